//! The engine's state is stored record by record. Attacks on the old way of
//! storing it (one setting rewritten whole at every save): two engines over
//! one vault, each with its own copy, where the later save silently undid the
//! earlier one: a revoked supporter came back, counters went backwards.

mod common;
use common::*;
use harbour_doc::Materialised;
use harbour_sync::engine::read_state;
use harbour_sync::store::{ReadSettings, SettingWrite, STALE_WRITE};
use harbour_sync::{Engine, MemStore, Store, SyncError};
use proptest::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

const NOW: u64 = 1_750_000_000;

/// One store seen by several engines (as two handles on one vault would
/// be), logging the keys of each `write_settings`.
#[derive(Clone, Default)]
struct Shared {
    inner: Rc<RefCell<MemStore>>,
    writes: Rc<RefCell<Vec<Vec<String>>>>,
}

impl ReadSettings for Shared {
    fn get_setting(&self, key: &str) -> harbour_sync::Result<Option<Vec<u8>>> {
        self.inner.borrow().get_setting(key)
    }
    fn settings_under(&self, prefix: &str) -> harbour_sync::Result<Vec<(String, Vec<u8>)>> {
        self.inner.borrow().settings_under(prefix)
    }
}

impl Store for Shared {
    fn put_setting(&mut self, key: &str, value: &[u8]) -> harbour_sync::Result<()> {
        self.inner.borrow_mut().put_setting(key, value)
    }
    fn write_settings(&mut self, writes: &[SettingWrite]) -> harbour_sync::Result<()> {
        let keys = writes.iter().map(|w| w.key.clone()).collect();
        self.writes.borrow_mut().push(keys);
        self.inner.borrow_mut().write_settings(writes)
    }
    fn load_doc(&self, id: &str) -> harbour_sync::Result<Option<Vec<Vec<u8>>>> {
        self.inner.borrow().load_doc(id)
    }
    fn save_doc(&mut self, id: &str, bytes: &[u8]) -> harbour_sync::Result<()> {
        self.inner.borrow_mut().save_doc(id, bytes)
    }
    fn delete_doc(&mut self, id: &str) -> harbour_sync::Result<()> {
        self.inner.borrow_mut().delete_doc(id)
    }
    fn append_plan(&mut self, chunk: &[u8], views: &Materialised) -> harbour_sync::Result<()> {
        self.inner.borrow_mut().append_plan(chunk, views)
    }
    fn save_plan(&mut self, bytes: &[u8], views: &Materialised) -> harbour_sync::Result<()> {
        self.inner.borrow_mut().save_plan(bytes, views)
    }
}

fn names(e: &Engine<impl Store>) -> Vec<String> {
    e.state.supporters.iter().map(|s| s.name.clone()).collect()
}

/// The state as JSON, for comparing a saved state with its reload.
fn json(e: &Engine<impl Store>) -> serde_json::Value {
    serde_json::to_value(&e.state).unwrap()
}

#[test]
fn a_stale_copy_cannot_bring_back_a_revoked_supporter() {
    let store = Shared::default();
    let mut first = Engine::open(store.clone()).unwrap();
    for name in ["Sam", "Kim"] {
        invite_to_crisis(&mut first, name, NOW);
    }
    // A second handle reads the same state, then the first revokes Sam.
    let mut stale = Engine::open(store.clone()).unwrap();
    first.revoke("Sam").unwrap();

    // The stale handle changes Kim only: its save writes Kim's record and
    // leaves Sam revoked.
    stale
        .reshare("Kim", &sections(&["crisis", "reasons"]))
        .unwrap();
    assert_eq!(store.writes.borrow().last().unwrap().len(), 1);
    let after = Engine::open(store.clone()).unwrap();
    assert_eq!(names(&after), vec!["Kim".to_string()], "Sam came back");
    assert_eq!(after.state.supporters[0].sections.len(), 2);

    // A stale change to what the revoke changed too (the list of
    // supporters) is refused whole, not written over the newer state.
    let r = stale.invite("Lee", &sections(&["crisis"]), false, "Alex", NOW);
    assert_err!(
        r,
        SyncError::Store {
            code: STALE_WRITE,
            ..
        }
    );
    let after = Engine::open(store.clone()).unwrap();
    assert_eq!(names(&after), vec!["Kim".to_string()]);
}

#[test]
fn a_stale_copy_cannot_rewind_a_sequence_counter() {
    let store = Shared::default();
    let mut person = Engine::open(store.clone()).unwrap();
    let mut sam = device();
    share_with_sam(&mut person, &mut sam, &["crisis"], NOW);
    let mut stale = Engine::open(store.clone()).unwrap();
    set(&mut person, "crisis.when_well", "a change");
    assert!(!person.outgoing(NOW).unwrap().is_empty());
    let ahead = json(&person)["seq"].clone();
    // The stale handle sealed under the old counters: it may not store them.
    set(&mut stale, "crisis.when_well", "another change");
    let r = stale.outgoing(NOW);
    assert_err!(
        r,
        SyncError::Store {
            code: STALE_WRITE,
            ..
        }
    );
    let after = Engine::open(store.clone()).unwrap();
    assert_eq!(json(&after)["seq"], ahead);
}

#[test]
fn a_save_writes_only_what_changed() {
    let store = Shared::default();
    let mut person = Engine::open(store.clone()).unwrap();
    for name in ["Sam", "Kim", "Lee"] {
        invite_to_crisis(&mut person, name, NOW);
    }
    store.writes.borrow_mut().clear();
    person
        .reshare("Kim", &sections(&["crisis", "reasons"]))
        .unwrap();
    let writes = store.writes.borrow().clone();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].len(), 1, "{writes:?}");
    assert!(writes[0][0].starts_with("sync/r/supporter/"));
    // Nothing changed: nothing written.
    person.save().unwrap();
    assert_eq!(store.writes.borrow().len(), 1);
}

#[test]
fn an_older_harbours_single_setting_becomes_records() {
    let mut old = device();
    for name in ["Sam", "Kim"] {
        invite_to_crisis(&mut old, name, NOW);
    }
    let state = json(&old);
    let mut store = MemStore::default();
    store
        .settings
        .insert("sync/state".into(), serde_json::to_vec(&old.state).unwrap());
    let mut e = Engine::open(store).unwrap();
    let mut read = json(&e);
    read["device"] = state["device"].clone();
    assert_eq!(read, state);
    e.save().unwrap();
    let store = e.into_store();
    assert!(!store.settings.contains_key("sync/state"));
    assert!(store
        .settings
        .keys()
        .any(|k| k.starts_with("sync/r/supporter/")));
    assert_eq!(
        names(&Engine::open(store.clone()).unwrap()),
        vec!["Sam".to_string(), "Kim".to_string()]
    );
    assert_eq!(read_state(&store).unwrap().supporters.len(), 2);
}

#[test]
fn a_damaged_record_is_a_clear_error() {
    let mut e = device();
    invite_to_crisis(&mut e, "Sam", NOW);
    let mut store = e.into_store();
    let key = store
        .settings
        .keys()
        .find(|k| k.starts_with("sync/r/supporter/"))
        .unwrap()
        .clone();
    store.settings.insert(key, b"{not json".to_vec());
    let r = Engine::open(store).map(|_| ());
    assert_err!(r, SyncError::StateCorrupt(_));
}

#[derive(Debug, Clone)]
enum Op {
    Invite(u8),
    Revoke(u8),
    Reshare(u8, bool),
    Edit(u8),
    Publish,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..4u8).prop_map(Op::Invite),
        (0..4u8).prop_map(Op::Revoke),
        (0..4u8, any::<bool>()).prop_map(|(i, w)| Op::Reshare(i, w)),
        (0..4u8).prop_map(Op::Edit),
        Just(Op::Publish),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever happens, what is stored reads back as exactly the state the
    /// engine holds, and its list order is kept.
    #[test]
    fn records_read_back_as_the_state(ops in prop::collection::vec(op(), 1..14)) {
        let mut person = device();
        let mut sam = device();
        share_with_sam(&mut person, &mut sam, &["crisis"], NOW);
        for op in ops {
            let name = |i: u8| ["Kim", "Lee", "Max", "Ola"][i as usize].to_string();
            match op {
                Op::Invite(i) => {
                    let _ = person.invite(&name(i), &sections(&["crisis"]), false, "Alex", NOW);
                }
                Op::Revoke(i) => {
                    let _ = person.revoke(&name(i));
                }
                Op::Reshare(i, wide) => {
                    let s: &[&str] = if wide { &["crisis", "reasons"] } else { &["reasons"] };
                    let _ = person.reshare(&name(i), &sections(s));
                }
                Op::Edit(i) => set(&mut person, "crisis.when_well", &format!("edit {i}")),
                Op::Publish => {
                    let out = person.bundle_out(NOW).unwrap();
                    sam.bundle_in(&out, NOW).unwrap();
                }
            }
            let held = json(&person);
            let store = person.into_store();
            person = Engine::open(store).unwrap();
            prop_assert_eq!(json(&person), held);
        }
    }
}
