//! The key schedule. Everything derives from one 256-bit root secret per
//! relationship (a supporter, the own-device group, a device link) with
//! HKDF-SHA256 and a label that names the purpose, direction, generation and
//! epoch, so no two streams ever share a key, a mailbox id or a write token.

use crate::error::Result;
use harbour_crypto::{hkdf_sha256, hkdf_sha256_key, hmac_sha256, SecretKey};

const SALT: &[u8] = b"harbour-sync/v1";

/// What a root secret is for (a byte in every label).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Purpose {
    /// The person and one supporter.
    Supporter = 1,
    /// The person's own devices.
    Devices = 2,
    /// A one-time link between an existing and a new own device.
    Link = 3,
}

/// Which way a stream flows: `Down` from the relationship's owner (the person,
/// or the linking device), `Up` back to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Direction {
    Down = 1,
    Up = 2,
}

/// The keys and ids of one stream: (root, purpose, direction, generation, epoch).
#[derive(Clone)]
pub struct StreamKeys {
    pub(crate) enc: SecretKey,
    pub(crate) commit: SecretKey,
    pub mailbox: [u8; 16],
    pub write_token: [u8; 32],
    pub generation: u32,
    pub epoch: u32,
}

impl std::fmt::Debug for StreamKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamKeys")
            .field("mailbox", &hex(&self.mailbox))
            .field("generation", &self.generation)
            .field("epoch", &self.epoch)
            .finish_non_exhaustive()
    }
}

fn label(what: &[u8], purpose: Purpose, dir: Direction, generation: u32, epoch: u32) -> Vec<u8> {
    let mut l = Vec::with_capacity(what.len() + 10);
    l.extend_from_slice(what);
    l.push(purpose as u8);
    l.push(dir as u8);
    l.extend_from_slice(&generation.to_be_bytes());
    l.extend_from_slice(&epoch.to_be_bytes());
    l
}

impl StreamKeys {
    pub fn derive(
        root: &SecretKey,
        purpose: Purpose,
        dir: Direction,
        generation: u32,
        epoch: u32,
    ) -> Result<Self> {
        let stream = hkdf_sha256_key(
            root.expose(),
            SALT,
            &label(b"stream", purpose, dir, generation, epoch),
        )?;
        let enc = hkdf_sha256_key(stream.expose(), SALT, b"aead")?;
        let commit = hkdf_sha256_key(stream.expose(), SALT, b"commit")?;
        let mut mailbox = [0; 16];
        hkdf_sha256(
            root.expose(),
            SALT,
            &label(b"mailbox", purpose, dir, generation, epoch),
            &mut mailbox,
        )?;
        let mut write_token = [0; 32];
        hkdf_sha256(
            root.expose(),
            SALT,
            &label(b"write-token", purpose, dir, generation, epoch),
            &mut write_token,
        )?;
        Ok(Self {
            enc,
            commit,
            mailbox,
            write_token,
            generation,
            epoch,
        })
    }
}

/// A root from an invite's secret: with the X25519 shared secret, the
/// relationship's root; without, the bootstrap root that only carries the
/// joiner's answer. See "Invite and the X25519 exchange" in ARCHITECTURE.md.
pub fn root_from_invite(secret: &[u8; 32], x25519: Option<&SecretKey>) -> Result<SecretKey> {
    match x25519 {
        None => Ok(hkdf_sha256_key(secret, SALT, b"root/offline")?),
        Some(shared) => {
            let mut ikm = Vec::with_capacity(64);
            ikm.extend_from_slice(secret);
            ikm.extend_from_slice(shared.expose());
            let k = hkdf_sha256_key(&ikm, SALT, b"root/x25519");
            ikm.iter_mut().for_each(|b| *b = 0);
            Ok(k?)
        }
    }
}

/// A short code both sides can read to each other: `123 456`.
///
/// Six digits are a million tries. Someone who holds an invite link can make
/// as many answers as they like, and each answer's code is theirs to compute;
/// so after overhearing the rightful code they could search for an answer
/// that shows the same one. The code is therefore stretched with Argon2id at
/// its floor (19 MiB, 2 passes): one try costs tens of milliseconds and
/// 19 MiB, so a million cost hours of a many-core machine, in the minute
/// between a code read aloud and the person typing it. The person's side also
/// refuses a code that two answers share ([`crate::SyncError::CodeAmbiguous`]),
/// so the grinder must in addition keep the rightful answer from arriving.
pub fn confirmation_code(root: &SecretKey) -> Result<String> {
    let stretched = harbour_crypto::kdf::derive_key(
        root.expose(),
        CODE_SALT,
        harbour_crypto::KdfParams::FLOOR,
    )?;
    let mac = hmac_sha256(stretched.expose(), b"harbour-sync/v1 confirm");
    let n = u32::from_be_bytes([mac[0], mac[1], mac[2], mac[3]]) % 1_000_000;
    Ok(format!("{:03} {:03}", n / 1000, n % 1000))
}

/// Argon2id's salt for confirmation codes: the root is already unique and
/// secret, so a fixed, domain-separating salt suffices.
const CODE_SALT: &[u8] = b"harbour-sync/v1 confirmation code";

/// A code as a person typed or pasted it (`123456`, `123 456`, `123-456`,
/// `123.456`, with stray spaces or the invisible direction marks copied from
/// right-to-left text, in the digits of any script Harbour ships:
/// Arabic-Indic, Persian and Urdu, Bengali, Gurmukhi, full-width) in the
/// form [`confirmation_code`] writes; `None` unless it is six digits. The
/// app's `cleanConfirmCode` accepts the same.
pub fn normalize_code(typed: &str) -> Option<String> {
    let mut digits = String::new();
    for c in typed.chars() {
        if is_code_separator(c) {
            continue;
        }
        digits.push(char::from_digit(digit_value(c)?, 10)?);
    }
    if digits.len() != 6 {
        return None;
    }
    Some(format!("{} {}", &digits[..3], &digits[3..]))
}

/// Spaces, dashes and dots between a code's groups, and direction marks.
fn is_code_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '.' | '\u{b7}' | '\u{2010}'..='\u{2015}' | '\u{2212}'
        )
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{2066}'..='\u{2069}'
        )
}

/// The value of a decimal digit in the scripts Harbour ships.
fn digit_value(c: char) -> Option<u32> {
    const ZEROS: [u32; 6] = [0x30, 0x660, 0x6F0, 0x9E6, 0xA66, 0xFF10];
    let n = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&n))
        .map(|zero| n - zero)
}

/// A 32-byte secret (a root, an invite secret, an X25519 seed) as the
/// engine's state holds it: never a `String` in memory, wiped on drop, and
/// `Debug` shows no byte of it. It is written as hex inside the sealed state,
/// so the stored format (and a keyring sent to a new device) is unchanged.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredKey(SecretKey);

impl StoredKey {
    pub fn key(&self) -> &SecretKey {
        &self.0
    }
}

impl From<SecretKey> for StoredKey {
    fn from(k: SecretKey) -> Self {
        StoredKey(k)
    }
}

impl From<&SecretKey> for StoredKey {
    fn from(k: &SecretKey) -> Self {
        StoredKey(k.clone())
    }
}

impl std::fmt::Debug for StoredKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoredKey(..)")
    }
}

impl serde::Serialize for StoredKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&hex(self.0.expose()))
    }
}

impl<'de> serde::Deserialize<'de> for StoredKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        unhex::<32>(&text)
            .map(|b| StoredKey(SecretKey::from_bytes(b)))
            .ok_or_else(|| serde::de::Error::custom("a key is not 64 hex digits"))
    }
}

pub(crate) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub(crate) fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    if s.len() != N * 2 || !s.is_ascii() {
        return None;
    }
    let mut out = [0; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(s.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_key_is_hex_in_the_state_and_nowhere_in_debug() {
        let key = StoredKey::from(SecretKey::from_bytes([0xab; 32]));
        let json = serde_json::to_string(&key).unwrap();
        // The format vaults written before this type already hold.
        assert_eq!(json, format!("\"{}\"", "ab".repeat(32)));
        let back: StoredKey = serde_json::from_str(&json).unwrap();
        assert!(back == key);
        assert_eq!(format!("{key:?}"), "StoredKey(..)");
        for bad in ["\"ab\"", "\"{}\"", "17"] {
            let bad = bad.replace("{}", &"zz".repeat(32));
            assert!(serde_json::from_str::<StoredKey>(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn streams_are_separate() {
        let root = SecretKey::from_bytes([9; 32]);
        let a = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, 0, 0).unwrap();
        let b = StreamKeys::derive(&root, Purpose::Supporter, Direction::Up, 0, 0).unwrap();
        let c = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, 1, 0).unwrap();
        let d = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, 0, 1).unwrap();
        let all = [&a, &b, &c, &d];
        for (i, x) in all.iter().enumerate() {
            for y in &all[i + 1..] {
                assert_ne!(x.mailbox, y.mailbox);
                assert_ne!(x.enc, y.enc);
                assert_ne!(x.write_token, y.write_token);
            }
        }
        assert_ne!(a.enc, a.commit);
    }

    #[test]
    fn roots_and_codes() {
        let s = [3; 32];
        let off = root_from_invite(&s, None).unwrap();
        let live = root_from_invite(&s, Some(&SecretKey::from_bytes([4; 32]))).unwrap();
        assert_ne!(off, live);
        let code = confirmation_code(&off).unwrap();
        assert_eq!(code.len(), 7);
        assert_eq!(code, confirmation_code(&off).unwrap());
        assert_eq!(normalize_code(&code.replace(' ', "")), Some(code.clone()));
        assert_eq!(normalize_code(" 123-456 "), Some("123 456".into()));
        assert_eq!(normalize_code("12345"), None);
        assert_eq!(normalize_code("１２３４５６"), Some("123 456".into()));
        assert_eq!(
            normalize_code("١٢٣ ٤٥٦"),
            Some("123 456".into()),
            "Arabic-Indic"
        );
        assert_eq!(normalize_code("۱۲۳۴۵۶"), Some("123 456".into()), "Urdu");
        assert_eq!(normalize_code("১২৩৪৫৬"), Some("123 456".into()), "Bengali");
        assert_eq!(normalize_code("੧੨੩੪੫੬"), Some("123 456".into()), "Gurmukhi");
        assert_eq!(normalize_code("12345a"), None);
        // Pasted from right-to-left text, or written with a dot or a dash
        // other than the hyphen: as the app's cleanConfirmCode.
        assert_eq!(
            normalize_code("\u{200f}١٢٣\u{2013}٤٥٦\u{200e}"),
            Some("123 456".into())
        );
        assert_eq!(normalize_code("123.456"), Some("123 456".into()));
        assert_eq!(normalize_code("123\u{2212}456"), Some("123 456".into()));
        assert_eq!(normalize_code("123_456"), None);
        assert_eq!(normalize_code("1234567"), None);
        assert_eq!(unhex::<2>("0aff"), Some([10, 255]));
        assert_eq!(unhex::<2>("0aZf"), None);
        assert_eq!(unhex::<2>("é0a"), None);
    }
}
