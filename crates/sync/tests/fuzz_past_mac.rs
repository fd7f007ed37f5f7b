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

mod common;

use common::{add, deliver, device, link_device, set, share_with_sam, Dev};
use harbour_sync::envelope::{self, padded_len};
use harbour_sync::fuzzing::{mutate, Mutation};
use harbour_sync::keys::StreamKeys;
use harbour_sync::{bundle, Engine, MemStore};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const NOW: u64 = 1_767_225_600;

/// One receiver: its stored state, and the stream keys it opens.
struct Receiver {
    name: &'static str,
    store: MemStore,
    keys: Vec<StreamKeys>,
}

/// A real plaintext some receiver accepted, and which receiver and stream.
struct Seed {
    to: usize,
    key: usize,
    plain: Vec<u8>,
}

struct Fixture {
    receivers: Vec<Receiver>,
    seeds: Vec<Seed>,
}

/// Whatever `from` sends now, as (receiver, stream, plaintext) seeds, then delivered.
fn collect(from: &mut Dev, to: &mut Dev, to_index: usize, seeds: &mut Vec<Seed>) {
    let out = from.bundle_out(NOW).unwrap();
    let keys = to.receiving_keys().unwrap();
    for env in bundle::decode(&out).unwrap() {
        let header = envelope::peek(env).unwrap();
        if let Some(k) = keys.iter().position(|k| k.mailbox == header.mailbox) {
            if let Ok(plain) = envelope::open_plaintext(&keys[k], env) {
                seeds.push(Seed {
                    to: to_index,
                    key: k,
                    plain,
                });
            }
        }
    }
    to.bundle_in(&out, NOW).unwrap();
}

fn fixture() -> Fixture {
    let mut alex = device();
    let mut laptop = device();
    let mut sam = device();
    set(&mut alex, "crisis.when_well", "I walk by the river");
    add(&mut alex, "crisis.take_over_signs", "a quiet room");
    link_device(&mut alex, &mut laptop, "laptop", NOW);
    share_with_sam(&mut alex, &mut sam, &["crisis"], NOW);
    sam.reply("Alex", Some("I'm here"), Some("evenings"), Some(true), NOW)
        .unwrap();
    set(&mut alex, "crisis.when_well", "I walk by the sea");
    add(&mut laptop, "crisis.take_over_signs", "tea");
    alex.ask_for_help(NOW).unwrap();
    let mut seeds = Vec::new();
    // Receivers: 0 = alex, 1 = laptop, 2 = sam.
    collect(&mut alex, &mut sam, 2, &mut seeds);
    collect(&mut sam, &mut alex, 0, &mut seeds);
    collect(&mut alex, &mut laptop, 1, &mut seeds);
    collect(&mut laptop, &mut alex, 0, &mut seeds);
    collect(&mut alex, &mut sam, 2, &mut seeds);
    deliver(&mut alex, &mut laptop, NOW);
    let receivers = [("alex", alex), ("laptop", laptop), ("sam", sam)]
        .into_iter()
        .map(|(name, e)| Receiver {
            name,
            keys: e.receiving_keys().unwrap(),
            store: e.store,
        })
        .collect();
    Fixture { receivers, seeds }
}

/// The plaintext with its payload replaced (length and padding fixed up),
/// so a mutation reaches the decoders behind the body's framing.
fn with_payload(plain: &[u8], payload: &[u8]) -> Option<Vec<u8>> {
    let start = payload_len_at(plain)?;
    let mut out = plain.get(..start)?.to_vec();
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    out.extend_from_slice(payload);
    out.resize(padded_len(out.len()), 0);
    Some(out)
}

/// Where the payload's length sits in a body: after kind, sender and heads.
fn payload_len_at(plain: &[u8]) -> Option<usize> {
    let heads = u16::from_be_bytes([*plain.get(17)?, *plain.get(18)?]) as usize;
    Some(1 + 16 + 2 + heads * 32)
}

fn payload_of(plain: &[u8]) -> Option<&[u8]> {
    let start = payload_len_at(plain)?;
    let len = u32::from_be_bytes(plain.get(start..start + 4)?.try_into().ok()?) as usize;
    plain.get(start + 4..start + 4 + len)
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

/// Seals `plain` for the receiver and hands it over; then the receiver must
/// still open its state and its plan.
fn deliver_junk(f: &Fixture, to: usize, key: usize, seq: u64, plain: &[u8]) {
    let r = &f.receivers[to];
    let env = envelope::seal_plaintext(&r.keys[key], seq, plain).unwrap();
    let mut e = Engine::open(r.store.clone()).unwrap();
    let report = e.receive(&[env], NOW + 1);
    assert!(
        report.is_ok(),
        "{}: an error, not a refusal: {report:?}",
        r.name
    );
    let store = e.store;
    let mut again = Engine::open(store).unwrap_or_else(|err| panic!("{}: {err}", r.name));
    again
        .plan_doc()
        .unwrap_or_else(|err| panic!("{}: the plan no longer opens: {err}", r.name));
}

fn iters(default: u32) -> u32 {
    std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

#[test]
fn hostile_plaintext_behind_the_mac_is_refused_and_loses_nothing() {
    let f = fixture();
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
            deliver_junk(&f, s.to, s.key, seq.get(), &plain);
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
    let f = fixture();
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
