//! A file bundle: a batch of envelopes in one file, for when there is no
//! network (email, a messaging app, a USB stick).
//!
//! ```text
//! magic "HRBB" | version u8 (1) | count u32 BE | count x (len u32 BE | envelope)
//! ```
//!
//! The bundle adds no encryption of its own: each envelope is sealed, and the
//! bundle reveals only what a relay would see (mailbox ids, sizes, kinds).

use crate::envelope::{Reader, MAX_ENVELOPE, OVERHEAD};
use crate::error::{Result, SyncError};

pub const MAGIC: [u8; 4] = *b"HRBB";
pub const VERSION: u8 = 1;
/// No bundle file is larger than this (checked before reading it whole).
pub const MAX_BUNDLE: usize = 64 * 1024 * 1024;
pub const MAX_ENVELOPES: usize = 10_000;

pub fn encode(envelopes: &[Vec<u8>]) -> Result<Vec<u8>> {
    if envelopes.len() > MAX_ENVELOPES {
        return Err(SyncError::TooLarge {
            len: envelopes.len(),
            max: MAX_ENVELOPES,
        });
    }
    let total: usize = 9 + envelopes.iter().map(|e| 4 + e.len()).sum::<usize>();
    if total > MAX_BUNDLE {
        return Err(SyncError::TooLarge {
            len: total,
            max: MAX_BUNDLE,
        });
    }
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(&MAGIC);
    out.push(VERSION);
    out.extend_from_slice(&(envelopes.len() as u32).to_be_bytes());
    for e in envelopes {
        if e.len() > MAX_ENVELOPE {
            return Err(SyncError::TooLarge {
                len: e.len(),
                max: MAX_ENVELOPE,
            });
        }
        out.extend_from_slice(&(e.len() as u32).to_be_bytes());
        out.extend_from_slice(e);
    }
    Ok(out)
}

/// Splits a bundle into its envelopes (still sealed). Never panics.
pub fn decode(bytes: &[u8]) -> Result<Vec<&[u8]>> {
    if bytes.len() > MAX_BUNDLE {
        return Err(SyncError::TooLarge {
            len: bytes.len(),
            max: MAX_BUNDLE,
        });
    }
    let mut r = Reader(bytes);
    let bad = |_| SyncError::BundleInvalid("truncated");
    if r.array::<4>().map_err(bad)? != MAGIC {
        return Err(SyncError::BundleInvalid("not a Harbour sync file"));
    }
    let v = r.u8().map_err(bad)?;
    if v != VERSION {
        return Err(SyncError::BundleInvalid("written by a newer Harbour"));
    }
    let count = u32::from_be_bytes(r.array().map_err(bad)?) as usize;
    if count > MAX_ENVELOPES || count.saturating_mul(4 + OVERHEAD) > r.0.len() {
        return Err(SyncError::BundleInvalid("bad envelope count"));
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let len = u32::from_be_bytes(r.array().map_err(bad)?) as usize;
        if len > MAX_ENVELOPE {
            return Err(SyncError::TooLarge {
                len,
                max: MAX_ENVELOPE,
            });
        }
        out.push(r.take(len).map_err(bad)?);
    }
    if !r.0.is_empty() {
        return Err(SyncError::BundleInvalid("trailing bytes"));
    }
    Ok(out)
}
