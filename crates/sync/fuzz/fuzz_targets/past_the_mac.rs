#![no_main]

//! Hostile plaintext sealed with keys a receiver really holds. The first
//! byte picks the seed (low seven bits) and whether the rest is the whole
//! body (high bit) or a payload inside the seed's own framing.

use harbour_sync::fuzzing::behind_mac::{with_payload, Fixture};
use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

static FIXTURE: OnceLock<Fixture> = OnceLock::new();
static SEQ: AtomicU64 = AtomicU64::new(1_000_000);

fuzz_target!(|data: &[u8]| {
    harbour_sync::fuzzing::allow_caught_panics();
    let f = FIXTURE.get_or_init(Fixture::build);
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let seed = &f.seeds[usize::from(pick & 0x7f) % f.seeds.len()];
    let plain = if pick & 0x80 != 0 {
        rest.to_vec()
    } else {
        with_payload(&seed.plain, rest).unwrap_or_default()
    };
    f.deliver_junk(
        seed.to,
        seed.key,
        SEQ.fetch_add(1, Ordering::Relaxed),
        &plain,
    );
});
