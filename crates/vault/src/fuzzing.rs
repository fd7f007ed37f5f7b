//! Fuzzing a restore behind the backup's MAC, shared by the proptest target
//! (`tests/fuzz_backup.rs`) and the libFuzzer one (`fuzz/`). Test support:
//! it panics when the honest set-up fails, or when a hostile restore ends in
//! anything but a clean refusal or a vault that reads back whole.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::{KdfParams, RecoveryKey, Result, Unlock, Vault};

/// The plaintext a backup's body holds.
pub fn backup_plaintext(bytes: &[u8], unlock: Unlock<'_>) -> Result<Vec<u8>> {
    crate::backup::plaintext(bytes, unlock)
}

/// The backup with `plain` sealed as its body under its own keys.
pub fn reseal_backup(bytes: &[u8], unlock: Unlock<'_>, plain: &[u8]) -> Result<Vec<u8>> {
    crate::backup::reseal(bytes, unlock, plain)
}

/// A folder of its own under the system's temporary folder, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "harbour-fuzz-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A real backup of a small vault, its opened contents, and the recovery
/// key that opens it (no Argon2 per run).
pub struct BackupFixture {
    _dir: Scratch,
    backup: Vec<u8>,
    pub plain: Vec<u8>,
    recovery: RecoveryKey,
}

impl BackupFixture {
    pub fn build() -> BackupFixture {
        let dir = Scratch::new();
        let pass = "correct horse battery staple";
        let (mut v, recovery) =
            Vault::create(&dir.0.join("vault"), pass, KdfParams::FLOOR).expect("create");
        v.save_doc("plan", b"snapshot bytes").expect("save");
        v.append_changes_with_views("plan", b"change", &[("crisis", b"crisis view")])
            .expect("append");
        v.append_changes("journal", b"j1").expect("append");
        v.put_setting("locale", b"cy").expect("setting");
        let path = dir.0.join("plan.harbour-backup");
        v.backup_to(&path, pass).expect("backup");
        let backup = std::fs::read(&path).expect("read backup");
        let plain =
            backup_plaintext(&backup, Unlock::RecoveryKey(&recovery)).expect("the backup opens");
        BackupFixture {
            _dir: dir,
            backup,
            plain,
            recovery,
        }
    }

    /// Restores `plain` sealed as the backup's body into a fresh folder.
    /// Returns whether it restored; panics (the fuzz failure) if a refusal
    /// left a vault behind or a restored vault does not read back in full.
    pub fn restore_hostile(&self, plain: &[u8]) -> bool {
        let unlock = || Unlock::RecoveryKey(&self.recovery);
        let file = reseal_backup(&self.backup, unlock(), plain).expect("reseal");
        let work = Scratch::new();
        let path = work.0.join("hostile.harbour-backup");
        std::fs::write(&path, file).expect("write");
        let target = work.0.join("restored");
        match Vault::restore(&path, &target, unlock()) {
            Err(e) => {
                assert!(!e.to_string().is_empty(), "a refusal says why");
                assert!(
                    !Vault::exists(&target),
                    "a refused restore left a vault behind: {e}"
                );
                false
            }
            Ok(v) => {
                drop(v);
                let v = Vault::open(&target, unlock()).expect("a restored vault opens");
                for d in v.doc_ids().expect("documents") {
                    v.load_doc(&d).expect("every document reads back");
                    v.get_snapshot(&d, "crisis").expect("its views read back");
                }
                for k in v.setting_keys().expect("settings") {
                    v.get_setting(&k).expect("every setting reads back");
                }
                v.integrity_check().expect("the database is sound");
                true
            }
        }
    }

    /// The unchanged contents, resealed and restored (the harness check):
    /// the restored vault's `locale` setting and its plan's crisis view.
    pub fn restore_unchanged(&self) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
        let unlock = || Unlock::RecoveryKey(&self.recovery);
        let file = reseal_backup(&self.backup, unlock(), &self.plain).expect("reseal");
        let work = Scratch::new();
        let path = work.0.join("same.harbour-backup");
        std::fs::write(&path, file).expect("write");
        let v = Vault::restore(&path, &work.0.join("restored"), unlock()).expect("restore");
        (
            v.get_setting("locale").expect("setting"),
            v.get_snapshot("plan", "crisis").expect("view"),
        )
    }
}
