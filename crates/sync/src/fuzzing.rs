//! The entry points the fuzz targets (and the stable-Rust fallback test)
//! drive. Each feeds hostile bytes through a decoder and must never panic.

#[cfg(feature = "test-vectors")]
pub mod behind_mac;

use crate::envelope::{self, Body, Kind};
use crate::keys::{Direction, Purpose, StreamKeys};
use crate::{bundle, chunks, control, invite};
use harbour_crypto::SecretKey;

/// libFuzzer's panic hook aborts on every panic, even one the code catches
/// on purpose (Automerge's decoder runs behind `catch_unwind`, see
/// `chunks`). The libFuzzer targets call this once to put the default hook
/// back: a caught panic is then the refusal it is in the app, and one that
/// escapes still aborts the run (libfuzzer-sys aborts on it).
pub fn allow_caught_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| drop(std::panic::take_hook()));
}

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

/// One edit a fuzz case makes to an input; positions wrap around its length.
#[derive(Debug, Clone)]
pub enum Mutation {
    Flip(u16, u8),
    Set(u16, u8),
    Truncate(u16),
    Insert(u16, Vec<u8>),
}

/// A proptest strategy for one [`Mutation`]: flips, set bytes (often 0 or
/// 0xff), truncations and short inserts, for the proptest fuzz targets.
#[cfg(feature = "test-vectors")]
pub fn mutation() -> impl proptest::strategy::Strategy<Value = Mutation> {
    use proptest::prelude::*;
    prop_oneof![
        (any::<u16>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (
            any::<u16>(),
            prop_oneof![Just(0u8), Just(0xff), any::<u8>()]
        )
            .prop_map(|(i, b)| Mutation::Set(i, b)),
        any::<u16>().prop_map(Mutation::Truncate),
        (any::<u16>(), proptest::collection::vec(any::<u8>(), 1..24))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
    ]
}

/// How many executions a proptest fuzz target runs: `FUZZ_ITERS` if set
/// (`scripts/fuzz.sh`), else its short default for the test command.
pub fn iters(default: u32) -> u32 {
    std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// `input` with `muts` applied in order (the proptest fuzz tests' mutator).
pub fn mutate(mut v: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let at = |i: u16, len: usize| i as usize % len.max(1);
        match m {
            Mutation::Flip(i, bit) if !v.is_empty() => {
                let i = at(*i, v.len());
                v[i] ^= 1 << (bit % 8);
            }
            Mutation::Set(i, b) if !v.is_empty() => {
                let i = at(*i, v.len());
                v[i] = *b;
            }
            Mutation::Truncate(n) => v.truncate(at(*n, v.len() + 1)),
            Mutation::Insert(i, bytes) => {
                let i = at(*i, v.len() + 1);
                v.splice(i..i, bytes.iter().copied());
            }
            _ => {}
        }
    }
    v
}
