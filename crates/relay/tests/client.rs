//! The relay client (`Engine::relay_sync`, crates/sync/src/relay.rs) against
//! a real relay on both backends: pairing by syncing until the supporter has
//! the plan, then envelopes kept while the relay was unreachable go out in
//! one batch per mailbox.

mod common;

use common::{both, serve, Backend};
use harbour_doc::Edit;
use harbour_relay::Config;
use harbour_sync::{Engine, MemStore, Store};

const NOW: u64 = 1_800_000_000;

fn set(d: &mut Engine<MemStore>, path: &str, text: &str) {
    let mut doc = d.plan_doc().expect("plan");
    let a = doc
        .apply(
            &Edit::SetText {
                path: path.into(),
                text: text.into(),
            },
            NOW as i64,
        )
        .expect("edit");
    let view = doc.crisis_view_json().expect("view");
    d.store.append_plan(&a.change, &view).expect("append");
}

fn has(d: &Engine<MemStore>, person: &str, text: &str) -> bool {
    d.shared_plan(person)
        .is_ok_and(|p| format!("{p:?}").contains(text))
}

fn suite(b: &Backend) {
    let s = serve(
        b,
        Config {
            ip_rate: 0.0,
            mailbox_rate: 0.0,
            ..Config::default()
        },
    );
    let url = s.base.as_str();
    let mut alex = Engine::open(MemStore::default()).expect("engine");
    let mut sam = Engine::open(MemStore::default()).expect("engine");
    set(&mut alex, "crisis.when_well", "first words");
    let inv = alex
        .invite("Sam", &["crisis".to_string()], false, "Alex", NOW)
        .expect("invite");
    let joined = sam.join(&inv.link, NOW).expect("join");
    let person = joined.person;
    // Pairing takes as many hops as it takes: sync both until Sam has it.
    let mut rounds = 0;
    while !has(&sam, &person, "first words") {
        rounds += 1;
        assert!(rounds <= 10, "no shared plan after 10 rounds");
        sam.relay_sync(url, NOW).expect("sam sync");
        alex.relay_sync(url, NOW).expect("alex sync");
        sam.relay_sync(url, NOW).expect("sam sync");
    }

    // The relay is unreachable for two edits: what was sealed is kept...
    let dead = "http://127.0.0.1:9";
    for (i, text) in ["second words", "third words"].iter().enumerate() {
        set(&mut alex, "crisis.when_well", text);
        assert!(
            alex.relay_sync(dead, NOW + i as u64).is_err(),
            "port 9 should refuse"
        );
    }
    // ...and goes out in batches: fewer append requests than envelopes.
    let r = alex.relay_sync(url, NOW + 5).expect("alex sync");
    assert!(r.sent >= 2, "sent {}", r.sent);
    assert!(
        r.append_requests < r.sent,
        "{} envelopes took {} append requests",
        r.sent,
        r.append_requests
    );
    assert_eq!(r.unsent, 0);
    sam.relay_sync(url, NOW + 6).expect("sam sync");
    assert!(has(&sam, &person, "third words"), "the last edit arrived");
    // Nothing is left to send twice.
    let again = alex.relay_sync(url, NOW + 7).expect("alex sync");
    assert_eq!(again.unsent, 0);
}

#[test]
fn relay_client_pairs_and_batches_on_both_backends() {
    both("client", suite);
}
