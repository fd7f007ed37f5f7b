#![no_main]

//! Hostile backup contents sealed under a real backup's keys: restore must
//! refuse them cleanly or build a vault that reads back whole.

use harbour_vault::fuzzing::BackupFixture;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static FIXTURE: OnceLock<BackupFixture> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    FIXTURE
        .get_or_init(BackupFixture::build)
        .restore_hostile(data);
});
