#![no_main]

//! Hostile plaintext sealed with keys a receiver really holds; the input's
//! format is `Fixture::deliver_fuzz_input`'s.

use harbour_sync::fuzzing::behind_mac::Fixture;
use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

static FIXTURE: OnceLock<Fixture> = OnceLock::new();
static SEQ: AtomicU64 = AtomicU64::new(1_000_000);

fuzz_target!(|data: &[u8]| {
    harbour_sync::fuzzing::allow_caught_panics();
    FIXTURE
        .get_or_init(Fixture::build)
        .deliver_fuzz_input(data, SEQ.fetch_add(1, Ordering::Relaxed));
});
