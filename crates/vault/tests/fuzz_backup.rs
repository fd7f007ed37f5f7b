//! Backup restore fuzzed behind the MAC: hostile contents sealed under the
//! backup's real keys, so they pass the checksum and the authentication and
//! reach the contents decoder and the restore itself. This is what someone
//! who knows the passphrase of a backup they hand over (or its recovery key)
//! could make. Whatever the contents, a restore either refuses with an error
//! and leaves no vault behind, or builds a vault that opens and reads back in
//! full. `FUZZ_ITERS=N` runs longer (`scripts/fuzz.sh`).

mod common;

use common::*;
use harbour_sync::fuzzing::{mutate, Mutation};
use harbour_vault::fuzzing::{backup_plaintext, reseal_backup};
use harbour_vault::{RecoveryKey, Unlock, Vault};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

struct Fixture {
    _dir: tempfile::TempDir,
    backup: Vec<u8>,
    plain: Vec<u8>,
    recovery: RecoveryKey,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut v, recovery) = create(&dir.path().join("vault"));
    v.save_doc("plan", b"snapshot bytes").expect("save");
    v.append_changes_with_view("plan", b"change", "crisis", b"crisis view")
        .expect("append");
    v.append_changes("journal", b"j1").expect("append");
    v.put_setting("locale", b"cy").expect("setting");
    let path = dir.path().join("plan.harbour-backup");
    v.backup_to(&path, PASS).expect("backup");
    let backup = std::fs::read(&path).expect("read backup");
    let plain =
        backup_plaintext(&backup, Unlock::RecoveryKey(&recovery)).expect("the backup opens");
    Fixture {
        _dir: dir,
        backup,
        plain,
        recovery,
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
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

/// Restores `plain` sealed as the backup's body into a fresh folder; panics
/// (the fuzz failure) if the outcome is anything but a clean refusal or a
/// vault that reads back in full.
/// Returns whether it restored.
fn restore_hostile(f: &Fixture, plain: &[u8]) -> bool {
    let unlock = || Unlock::RecoveryKey(&f.recovery);
    let file = reseal_backup(&f.backup, unlock(), plain).expect("reseal");
    let work = tempfile::tempdir().expect("temp dir");
    let path = work.path().join("hostile.harbour-backup");
    std::fs::write(&path, file).expect("write");
    let target = work.path().join("restored");
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

fn iters(default: u32) -> u32 {
    std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

#[test]
fn hostile_backup_contents_behind_the_mac_are_refused_or_restored_whole() {
    let f = fixture();
    let cases = iters(400);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let started = std::time::Instant::now();
    let restored = std::cell::Cell::new(0u32);
    runner
        .run(&proptest::collection::vec(mutation(), 1..6), |muts| {
            if restore_hostile(&f, &mutate(f.plain.clone(), &muts)) {
                restored.set(restored.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    eprintln!(
        "fuzz backup_restore: {cases} executions in {:.1} s ({} restored, the rest refused)",
        started.elapsed().as_secs_f64(),
        restored.get()
    );
    // Mutations inside names and data keep the framing: some must get
    // through to a real restore, or the harness tests only the decoder.
    assert!(
        restored.get() > 0 || cases < 50,
        "nothing reached a restore"
    );
}

/// The harness reaches a real restore: the unchanged contents, resealed,
/// restore to the same vault.
#[test]
fn the_unmutated_contents_restore() {
    let f = fixture();
    let file =
        reseal_backup(&f.backup, Unlock::RecoveryKey(&f.recovery), &f.plain).expect("reseal");
    let work = tempfile::tempdir().expect("temp dir");
    let path = work.path().join("same.harbour-backup");
    std::fs::write(&path, file).expect("write");
    let v = Vault::restore(
        &path,
        &work.path().join("restored"),
        Unlock::RecoveryKey(&f.recovery),
    )
    .expect("restore");
    assert_eq!(
        v.get_setting("locale").expect("setting"),
        Some(b"cy".to_vec())
    );
    assert_eq!(
        v.get_snapshot("plan", "crisis").expect("view"),
        Some(b"crisis view".to_vec())
    );
}
