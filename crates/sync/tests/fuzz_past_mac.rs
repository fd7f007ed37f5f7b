//! Fuzzing behind the MAC: hostile plaintext sealed with keys the receiver
//! really holds, so it passes authentication and reaches the body decoder,
//! the control-message decoder, Automerge and the engine's dispatch. This is
//! what a co-writer (a supporter, a linked device) or a stolen key could
//! send. Whatever arrives, the receiver must not panic, must answer with a
//! report (a refusal, never an error), and must still open its state and its
//! plan afterwards: junk loses nothing.
//!
//! Seeds are the real plaintexts of a pairing: plan changes between the
//! person's devices, the projection sent to a supporter, the supporter's
//! reply, acks, signals. `FUZZ_ITERS=N` runs longer (`scripts/fuzz.sh`).

use harbour_sync::fuzzing::behind_mac::{payload_of, with_payload, Fixture, NOW};
use harbour_sync::fuzzing::{iters, mutate, mutation};
use harbour_sync::{envelope, Engine};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

#[test]
fn hostile_plaintext_behind_the_mac_is_refused_and_loses_nothing() {
    let f = Fixture::build();
    assert!(f.seeds.len() >= 8, "seeds: {}", f.seeds.len());
    // Every receiver and several kinds are reached.
    for to in 0..3 {
        assert!(f.seeds.iter().any(|s| s.to == to), "no seed for {to}");
    }
    let cases = iters(1000);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (
        0..f.seeds.len(),
        any::<bool>(),
        proptest::collection::vec(mutation(), 1..6),
    );
    let started = std::time::Instant::now();
    let seq = std::cell::Cell::new(1_000_000u64);
    runner
        .run(&strategy, |(i, whole, muts)| {
            let s = &f.seeds[i];
            seq.set(seq.get() + 1);
            let plain = if whole {
                mutate(s.plain.clone(), &muts)
            } else {
                let payload = payload_of(&s.plain).unwrap_or_default().to_vec();
                with_payload(&s.plain, &mutate(payload, &muts)).unwrap_or_default()
            };
            f.deliver_junk(s.to, s.key, seq.get(), &plain);
            Ok(())
        })
        .unwrap();
    eprintln!(
        "fuzz past_the_mac: {cases} executions in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// The seeds themselves, unchanged but for a fresh seq, are accepted: the
/// harness really reaches the receivers (a test that refuses everything
/// would pass the one above for the wrong reason).
#[test]
fn the_unmutated_seeds_are_accepted() {
    let f = Fixture::build();
    let mut accepted = 0;
    for (n, s) in f.seeds.iter().enumerate() {
        let r = &f.receivers[s.to];
        let env = envelope::seal_plaintext(&r.keys[s.key], 2_000_000 + n as u64, &s.plain).unwrap();
        let mut e = Engine::open(r.store.clone()).unwrap();
        let report = e.receive(&[env], NOW + 1).unwrap();
        accepted += report.accepted;
    }
    assert!(
        accepted >= f.seeds.len() as u32 / 2,
        "{accepted} of {}",
        f.seeds.len()
    );
}

/// The seeds as the libFuzzer target's starting corpus, in its input format
/// (a pick byte, then a payload or a whole body). `scripts/fuzz.sh` runs it
/// before the libFuzzer targets; the corpus is committed.
#[test]
#[ignore = "writes fuzz/corpus/past_the_mac; run by scripts/fuzz.sh"]
fn write_libfuzzer_corpus() {
    let f = Fixture::build();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/past_the_mac");
    std::fs::create_dir_all(&dir).unwrap();
    for (i, s) in f.seeds.iter().enumerate().take(0x80) {
        let mut payload = vec![i as u8];
        payload.extend_from_slice(payload_of(&s.plain).unwrap_or_default());
        std::fs::write(dir.join(format!("seed-{i}-payload")), payload).unwrap();
        let mut whole = vec![i as u8 | 0x80];
        whole.extend_from_slice(&s.plain);
        std::fs::write(dir.join(format!("seed-{i}-whole")), whole).unwrap();
    }
    assert!(std::fs::read_dir(&dir).unwrap().count() >= 2 * f.seeds.len().min(0x80));
}

/// Inputs libFuzzer found that crashed a receiver, replayed through the
/// engine (the format of `fuzz/fuzz_targets/past_the_mac.rs`: a pick byte,
/// then a whole body or a payload).
#[test]
fn crashes_libfuzzer_found_are_refused() {
    let f = Fixture::build();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/past_the_mac");
    let mut replayed = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if !path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("crash-")
        {
            continue;
        }
        f.deliver_fuzz_input(&std::fs::read(&path).unwrap(), 3_000_000 + replayed);
        replayed += 1;
    }
    assert!(replayed >= 1, "the committed crash inputs were replayed");
}
