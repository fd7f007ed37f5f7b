//! The entry points the fuzz targets (and the stable-Rust fallback test)
//! drive. Each feeds hostile bytes through a decoder and must never panic.

use crate::envelope::{self, Body, Kind};
use crate::keys::{Direction, Purpose, StreamKeys};
use crate::{bundle, chunks, control, invite};
use harbour_crypto::SecretKey;

/// Stream keys the fuzz corpus envelopes were sealed with (root = 0x11 * 32).
pub fn corpus_keys() -> StreamKeys {
    let root = SecretKey::from_bytes([0x11; 32]);
    // Cannot fail: HKDF with a 32-byte output.
    StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, 0, 0)
        .unwrap_or_else(|_| unreachable!())
}

pub fn envelope(data: &[u8]) {
    let _ = envelope::peek(data);
    let keys = corpus_keys();
    if let Ok(envelope::Opened { kind, body: b, .. }) = envelope::open(&keys, data) {
        match kind {
            Kind::Control => {
                let _ = control::Control::decode(&b.payload);
            }
            _ => {
                let _ = chunks::actors(&b.payload);
            }
        }
    }
    // Also treat the data as a payload that got through authentication.
    let _ = chunks::split(data);
}

pub fn bundle(data: &[u8]) {
    if let Ok(envs) = bundle::decode(data) {
        for e in envs {
            envelope(e);
        }
    }
}

pub fn invite(data: &[u8]) {
    let _ = invite::Invite::decode(data);
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = invite::Invite::from_link(s);
    }
}

/// A valid envelope for seeding corpora.
pub fn sample_envelope(kind: Kind, payload: &[u8]) -> Vec<u8> {
    let body = Body {
        sender: [0x22; 16],
        heads: vec![[0x33; 32]],
        payload: payload.to_vec(),
    };
    envelope::seal(&corpus_keys(), kind, 1, &body).unwrap_or_default()
}
