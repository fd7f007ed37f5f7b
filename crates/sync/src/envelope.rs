//! The versioned binary envelope every transport carries.
//!
//! ```text
//! header (49 bytes, authenticated as AAD, readable by relays):
//!   magic "HRBE" | version u8 (2) | mailbox [16] | generation u32 BE
//!   | epoch u32 BE | seq u64 BE | nonce [12]
//! ciphertext: AES-256-GCM(enc key, nonce, aad = header, padded body) || tag [16]
//! commitment [32]: HMAC-SHA256(commit key, header || ciphertext || tag)
//!
//! body (before padding):
//!   kind u8 | sender device [16] | n_heads u16 BE | heads [32 * n] | payload_len u32 BE
//!   | payload, then zero bytes up to [`padded_len`] of the body
//! ```
//!
//! What a relay learns is kept to the header and the padded size: the kind
//! (a revoke, a signal, an ack, a change) is inside the encryption, and every
//! body under [`MIN_PADDED_BODY`] bytes (every control message but a device
//! keyring, every ack, most single edits) is padded to exactly that size, so a
//! revoke, an ask for help and a crisis signal look the same on the wire.
//! Version 1 carried the kind in the clear and padded small bodies hardly at all.
//!
//! GCM alone is not key-committing: one ciphertext can be made to open under
//! two chosen keys. The HMAC over the whole message under a second key derived
//! from the same stream key commits to it, and is checked (in constant time)
//! before any decryption. Every size is checked against [`MAX_ENVELOPE`]
//! before anything is parsed, and the payload of a change envelope is only
//! accepted as uncompressed Automerge change chunks (see [`crate::chunks`]).

use crate::error::{Result, SyncError};
use crate::keys::StreamKeys;
use harbour_crypto::aead::{open_detached, seal_detached, NONCE_BYTES, TAG_BYTES};
use harbour_crypto::{hmac_sha256, hmac_sha256_verify};

pub const MAGIC: [u8; 4] = *b"HRBE";
pub const VERSION: u8 = 2;
pub const HEADER_LEN: usize = 4 + 1 + 16 + 4 + 4 + 8 + NONCE_BYTES;
pub const COMMIT_LEN: usize = 32;
/// Header, tag and commitment: the fixed cost of one envelope.
pub const OVERHEAD: usize = HEADER_LEN + TAG_BYTES + COMMIT_LEN;
/// No envelope is larger than this, whatever it carries (checked first).
pub const MAX_ENVELOPE: usize = 4 * 1024 * 1024;
/// At most this many heads in a body.
pub const MAX_HEADS: usize = 1024;
/// Kind, sender, head count and payload length: the smallest body before padding.
const MIN_BODY: usize = 1 + 16 + 2 + 4;
/// Every body is padded to at least this many bytes: one size bucket for all
/// small messages, whatever their kind.
pub const MIN_PADDED_BODY: usize = 512;

/// What an envelope carries. It travels inside the encryption: a device
/// refuses a kind its sender may not send right after decrypting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    /// Automerge changes to the plan (own devices only).
    PlanChanges = 1,
    /// Automerge changes to a projection (the person's devices to a supporter).
    ProjectionChanges = 2,
    /// Automerge changes to a reply document (a supporter to the person).
    ReplyChanges = 3,
    /// "I have these heads" of the document the other side writes.
    Ack = 4,
    /// A control message (see [`crate::control`]).
    Control = 5,
}

impl Kind {
    pub fn from_u8(b: u8) -> Option<Self> {
        Some(match b {
            1 => Self::PlanChanges,
            2 => Self::ProjectionChanges,
            3 => Self::ReplyChanges,
            4 => Self::Ack,
            5 => Self::Control,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub mailbox: [u8; 16],
    pub generation: u32,
    pub epoch: u32,
    pub seq: u64,
    pub nonce: [u8; NONCE_BYTES],
}

impl Header {
    pub fn encode(&self) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        h[0..4].copy_from_slice(&MAGIC);
        h[4] = VERSION;
        h[5..21].copy_from_slice(&self.mailbox);
        h[21..25].copy_from_slice(&self.generation.to_be_bytes());
        h[25..29].copy_from_slice(&self.epoch.to_be_bytes());
        h[29..37].copy_from_slice(&self.seq.to_be_bytes());
        h[37..49].copy_from_slice(&self.nonce);
        h
    }
}

/// The decrypted content of an envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The sending device's id (random, per device).
    pub sender: [u8; 16],
    /// For changes: the sender's heads after them. For an ack: the heads held.
    pub heads: Vec<[u8; 32]>,
    /// Automerge change chunks, or a control message.
    pub payload: Vec<u8>,
}

/// An envelope that passed every check: its header, its kind and its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub header: Header,
    pub kind: Kind,
    pub body: Body,
}

impl Body {
    fn encode(&self, kind: Kind) -> Result<Vec<u8>> {
        if self.heads.len() > MAX_HEADS {
            return Err(SyncError::TooLarge {
                len: self.heads.len(),
                max: MAX_HEADS,
            });
        }
        let len = MIN_BODY + self.heads.len() * 32 + self.payload.len();
        // Checked padded: a body just under the cap must not pad past it.
        let padded = padded_len(len);
        if padded + OVERHEAD > MAX_ENVELOPE {
            return Err(SyncError::TooLarge {
                len: padded + OVERHEAD,
                max: MAX_ENVELOPE,
            });
        }
        let mut b = Vec::with_capacity(padded);
        b.push(kind as u8);
        b.extend_from_slice(&self.sender);
        b.extend_from_slice(&(self.heads.len() as u16).to_be_bytes());
        for h in &self.heads {
            b.extend_from_slice(h);
        }
        b.extend_from_slice(&(self.payload.len() as u32).to_be_bytes());
        b.extend_from_slice(&self.payload);
        b.resize(padded, 0);
        Ok(b)
    }

    fn decode(b: &[u8]) -> Result<(Kind, Self)> {
        let mut r = Reader(b);
        let kind = Kind::from_u8(r.u8()?).ok_or(SyncError::Malformed("unknown kind"))?;
        let sender = r.array::<16>()?;
        let n = u16::from_be_bytes(r.array::<2>()?) as usize;
        if n > MAX_HEADS {
            return Err(SyncError::Malformed("too many heads"));
        }
        let mut heads = Vec::with_capacity(n);
        for _ in 0..n {
            heads.push(r.array::<32>()?);
        }
        let plen = u32::from_be_bytes(r.array::<4>()?) as usize;
        let payload = r.take(plen)?.to_vec();
        let used = b.len() - r.0.len();
        if b.len() != padded_len(used) || r.0.iter().any(|&x| x != 0) {
            return Err(SyncError::Malformed("bad padding"));
        }
        Ok((
            kind,
            Self {
                sender,
                heads,
                payload,
            },
        ))
    }
}

pub(crate) struct Reader<'a>(pub &'a [u8]);

impl<'a> Reader<'a> {
    pub fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.0.len() < n {
            return Err(SyncError::Malformed("truncated"));
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Ok(a)
    }

    pub fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let s = self.take(N)?;
        let mut a = [0; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.array::<1>()?[0])
    }
}

/// The padded size of a body of `len` bytes: the small-message bucket, or PADMÉ above it.
pub fn padded_len(len: usize) -> usize {
    padme(len).max(MIN_PADDED_BODY)
}

/// PADMÉ (Nikitin et al., 2019): pads a length `l` to a size that leaks at
/// most O(log log l) bits, costing at most about 12% extra.
pub fn padme(l: usize) -> usize {
    if l < 2 {
        return l;
    }
    let e = usize::BITS - 1 - l.leading_zeros(); // floor(log2 l)
    let s = u32::BITS - e.leading_zeros(); // floor(log2 e) + 1
    let last_bits = e - s;
    let mask = (1usize << last_bits) - 1;
    (l + mask) & !mask
}

/// Reads and checks the clear header, with no key: caps, magic, version.
/// Callers use the mailbox to find the keys for [`open`].
pub fn peek(bytes: &[u8]) -> Result<Header> {
    if bytes.len() > MAX_ENVELOPE {
        return Err(SyncError::TooLarge {
            len: bytes.len(),
            max: MAX_ENVELOPE,
        });
    }
    if bytes.len() < 5 {
        return Err(SyncError::Malformed("truncated"));
    }
    if bytes[0..4] != MAGIC {
        return Err(SyncError::Malformed("not an envelope"));
    }
    if bytes[4] != VERSION {
        return Err(SyncError::UnsupportedVersion(bytes[4]));
    }
    if bytes.len() < OVERHEAD + MIN_PADDED_BODY {
        return Err(SyncError::Malformed("truncated"));
    }
    let mut r = Reader(&bytes[5..HEADER_LEN]);
    Ok(Header {
        mailbox: r.array()?,
        generation: u32::from_be_bytes(r.array()?),
        epoch: u32::from_be_bytes(r.array()?),
        seq: u64::from_be_bytes(r.array()?),
        nonce: r.array()?,
    })
}

/// Seals a body for one stream with a fresh random nonce.
pub fn seal(keys: &StreamKeys, kind: Kind, seq: u64, body: &Body) -> Result<Vec<u8>> {
    let nonce = harbour_crypto::random_array::<NONCE_BYTES>()?;
    seal_raw(keys, seq, nonce, &body.encode(kind)?)
}

/// Seals with a fixed nonce: only for golden test vectors, never for real
/// messages (a repeated nonce under one key breaks AES-GCM).
#[cfg(feature = "test-vectors")]
pub fn seal_with_nonce(
    keys: &StreamKeys,
    kind: Kind,
    seq: u64,
    nonce: [u8; NONCE_BYTES],
    body: &Body,
) -> Result<Vec<u8>> {
    seal_raw(keys, seq, nonce, &body.encode(kind)?)
}

/// Seals `plain` as it is, as an envelope body: for fuzzing what lies behind
/// the MAC (the body decoder and everything after it) with hostile bodies.
#[cfg(feature = "test-vectors")]
pub fn seal_plaintext(keys: &StreamKeys, seq: u64, plain: &[u8]) -> Result<Vec<u8>> {
    let nonce = harbour_crypto::random_array::<NONCE_BYTES>()?;
    seal_raw(keys, seq, nonce, plain)
}

/// The decrypted body of an envelope, padding and all: seeds for fuzzing
/// behind the MAC.
#[cfg(feature = "test-vectors")]
pub fn open_plaintext(keys: &StreamKeys, bytes: &[u8]) -> Result<Vec<u8>> {
    decrypt(keys, bytes).map(|(_, plain)| plain)
}

/// Every seal ends here: `plain` (an encoded body) under `keys` and `nonce`.
fn seal_raw(
    keys: &StreamKeys,
    seq: u64,
    nonce: [u8; NONCE_BYTES],
    plain: &[u8],
) -> Result<Vec<u8>> {
    let header = Header {
        mailbox: keys.mailbox,
        generation: keys.generation,
        epoch: keys.epoch,
        seq,
        nonce,
    }
    .encode();
    let ct = seal_detached(&keys.enc, &nonce, &header, plain)?;
    let mut out = Vec::with_capacity(HEADER_LEN + ct.len() + COMMIT_LEN);
    out.extend_from_slice(&header);
    out.extend_from_slice(&ct);
    let tag = hmac_sha256(keys.commit.expose(), &out);
    out.extend_from_slice(&tag);
    Ok(out)
}

/// Checks and opens an envelope with the keys of the stream its mailbox names.
/// Replay is checked by the caller (it knows the sender only after this).
pub fn open(keys: &StreamKeys, bytes: &[u8]) -> Result<Opened> {
    let (header, plain) = decrypt(keys, bytes)?;
    let (kind, body) = Body::decode(&plain)?;
    Ok(Opened { header, kind, body })
}

/// The header and the padded plaintext body of an envelope for this
/// stream, after every check but the body's own.
fn decrypt(keys: &StreamKeys, bytes: &[u8]) -> Result<(Header, Vec<u8>)> {
    let header = peek(bytes)?;
    if header.mailbox != keys.mailbox
        || header.generation != keys.generation
        || header.epoch != keys.epoch
    {
        return Err(SyncError::Unauthentic);
    }
    let (signed, tag) = bytes.split_at(bytes.len() - COMMIT_LEN);
    if !hmac_sha256_verify(keys.commit.expose(), signed, tag) {
        return Err(SyncError::Unauthentic);
    }
    let (aad, ct) = signed.split_at(HEADER_LEN);
    let plain =
        open_detached(&keys.enc, &header.nonce, aad, ct).map_err(|_| SyncError::Unauthentic)?;
    Ok((header, plain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padme_matches_the_paper() {
        assert_eq!(padme(0), 0);
        assert_eq!(padme(1), 1);
        assert_eq!(padme(9), 10);
        assert_eq!(padme(100), 104);
        assert_eq!(padme(1000), 1024);
        assert_eq!(padme(1025), 1088);
        for l in 2..5000 {
            let p = padme(l);
            assert!(p >= l && p <= l + l / 8 + 1, "{l} -> {p}");
        }
    }
}
