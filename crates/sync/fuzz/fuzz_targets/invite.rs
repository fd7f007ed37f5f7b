#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    harbour_sync::fuzzing::allow_caught_panics();
    harbour_sync::fuzzing::invite(data);
});
