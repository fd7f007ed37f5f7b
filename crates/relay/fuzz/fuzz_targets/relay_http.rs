#![no_main]

//! Raw bytes sent as one HTTP request to a real relay on loopback (SQLite):
//! the answer must be one the relay means.

use harbour_relay::fuzzing::{exchange, judge, Loopback};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RELAY: OnceLock<Loopback> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let relay = RELAY.get_or_init(Loopback::start);
    judge(&exchange(relay.addr, data), data);
});
