#![allow(dead_code)]
//! Shared helpers for the vault's integration tests.

use std::path::Path;

use harbour_vault::{KdfParams, RecoveryKey, Unlock, Vault};

/// The floor: legal, and fast enough for tests. Never lower.
pub const KDF: KdfParams = KdfParams::FLOOR;
pub const PASS: &str = "correct horse battery staple";

pub fn create(dir: &Path) -> (Vault, RecoveryKey) {
    Vault::create(dir, PASS, KDF).expect("create")
}

pub fn open(dir: &Path) -> Vault {
    Vault::open(dir, Unlock::Passphrase(PASS)).expect("open")
}

/// Every file in `dir` (recursively), as raw bytes.
pub fn all_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let e = e.expect("entry");
        let p = e.path();
        if p.is_dir() {
            out.extend(all_files(&p));
        } else {
            out.push((
                p.display().to_string(),
                std::fs::read(&p).unwrap_or_default(),
            ));
        }
    }
    out
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
