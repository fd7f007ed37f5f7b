//! The relay's HTTP handlers fuzzed over real loopback, on both backends:
//! real requests (append, batch, read, long-poll, delete, WebSocket upgrade,
//! rendezvous) mutated byte by byte in the request line, the headers and the
//! body. Whatever arrives, the relay answers with a status it means (never
//! a 500, never a hang), a JSON error from its own handlers, and keeps
//! serving honest clients. `FUZZ_ITERS=N` runs longer (`scripts/fuzz.sh`).

mod common;

use common::{both, serve, Backend};
use harbour_relay::fuzzing::{config, exchange, judge, request, seeds};
use harbour_sync::fuzzing::{iters, mutate, Mutation};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use std::time::Instant;

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop_oneof![
        Just(b"\"".to_vec()),
        Just(b"{".to_vec()),
        Just(b"%00".to_vec()),
        Just(b"99999999999999999999".to_vec()),
        Just(b"\r\n".to_vec()),
        Just("é".as_bytes().to_vec()),
        proptest::collection::vec(any::<u8>(), 1..16),
    ];
    prop_oneof![
        (any::<u16>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<u16>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        any::<u16>().prop_map(Mutation::Truncate),
        (any::<u16>(), interesting).prop_map(|(i, b)| Mutation::Insert(i, b)),
    ]
}

fn fuzz_suite(b: &Backend) {
    let s = serve(b, config());
    let seeds = seeds();
    // Each seed, unchanged, gets an answer from the handlers: the harness
    // reaches them.
    for raw in &seeds {
        let a = exchange(s.addr, raw);
        assert!(
            a.starts_with(b"HTTP/1.1 "),
            "{:?} for {:?}",
            String::from_utf8_lossy(&a),
            String::from_utf8_lossy(raw)
        );
        judge(&a, raw);
    }
    let cases = iters(300);
    let mut runner = TestRunner::new(RunnerConfig {
        cases,
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    let started = Instant::now();
    runner
        .run(
            &(0..seeds.len(), proptest::collection::vec(mutation(), 1..5)),
            |(i, muts)| {
                let raw = mutate(seeds[i].clone(), &muts);
                judge(&exchange(s.addr, &raw), &raw);
                Ok(())
            },
        )
        .unwrap();
    let backend = match b {
        Backend::Sqlite(_) => "sqlite",
        _ => "postgres",
    };
    eprintln!(
        "fuzz relay_http_{backend}: {cases} executions in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // Still serving an honest client.
    let honest = "44556677889900aabbccddeeff001122";
    let append = request(
        "POST",
        &format!("/v1/mailboxes/{honest}/messages"),
        true,
        r#"{"seq":1,"data":"aGk="}"#,
    );
    let a = exchange(s.addr, &append);
    assert!(
        a.starts_with(b"HTTP/1.1 201"),
        "{}",
        String::from_utf8_lossy(&a)
    );
    let read = request(
        "GET",
        &format!("/v1/mailboxes/{honest}/messages?after=0"),
        true,
        "",
    );
    let a = String::from_utf8_lossy(&exchange(s.addr, &read)).to_string();
    assert!(a.starts_with("HTTP/1.1 200") && a.contains("aGk="), "{a}");
}

#[test]
fn mutated_requests_get_meant_answers_on_both_backends() {
    both("fuzz_http", fuzz_suite);
}

/// The seeds as the libFuzzer target's starting corpus. `scripts/fuzz.sh`
/// runs it before the libFuzzer targets; the corpus is committed.
#[test]
#[ignore = "writes fuzz/corpus/relay_http; run by scripts/fuzz.sh"]
fn write_libfuzzer_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/relay_http");
    std::fs::create_dir_all(&dir).unwrap();
    let seeds = seeds();
    for (i, raw) in seeds.iter().enumerate() {
        std::fs::write(dir.join(format!("seed-{i}")), raw).unwrap();
    }
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), seeds.len());
}
