//! Backup restore fuzzed behind the MAC: hostile contents sealed under the
//! backup's real keys, so they pass the checksum and the authentication and
//! reach the contents decoder and the restore itself. This is what someone
//! who knows the passphrase of a backup they hand over (or its recovery key)
//! could make. Whatever the contents, a restore either refuses with an error
//! and leaves no vault behind, or builds a vault that opens and reads back in
//! full (`harbour_vault::fuzzing`). `FUZZ_ITERS=N` runs longer
//! (`scripts/fuzz.sh`); `fuzz/` holds the libFuzzer twin.

use harbour_sync::fuzzing::{iters, mutate, mutation};
use harbour_vault::fuzzing::BackupFixture;
use proptest::test_runner::{Config, TestRunner};

#[test]
fn hostile_backup_contents_behind_the_mac_are_refused_or_restored_whole() {
    let f = BackupFixture::build();
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
            if f.restore_hostile(&mutate(f.plain.clone(), &muts)) {
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
    let (locale, crisis) = BackupFixture::build().restore_unchanged();
    assert_eq!(locale, Some(b"cy".to_vec()));
    assert_eq!(crisis, Some(b"crisis view".to_vec()));
}

/// The real contents as the libFuzzer target's starting corpus.
/// `scripts/fuzz.sh` runs it before the libFuzzer targets; the corpus is
/// committed.
#[test]
#[ignore = "writes fuzz/corpus/backup_restore; run by scripts/fuzz.sh"]
fn write_libfuzzer_corpus() {
    let f = BackupFixture::build();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/backup_restore");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("seed-0"), &f.plain).unwrap();
    assert_eq!(std::fs::read(dir.join("seed-0")).unwrap(), f.plain);
}
