//! Scenario helpers for tests and fuzz targets (feature `test-vectors`):
//! engines in memory, plan edits, bundles carried by hand, pairing a
//! supporter and linking a device the way the app does. They panic when an
//! honest step fails: that is the test's failure.

use std::collections::BTreeMap;

use harbour_doc::Edit;

use crate::{Engine, MemStore, Report, Store};

pub type Dev = Engine<MemStore>;

pub fn device() -> Dev {
    Engine::open(MemStore::default()).unwrap()
}

pub fn edit<S: Store>(d: &mut Engine<S>, e: &Edit) -> Option<String> {
    let mut doc = d.plan_doc().unwrap();
    let a = doc.apply(e, 1).unwrap();
    if !a.change.is_empty() {
        let views = doc.materialise().unwrap();
        d.store.append_plan(&a.change, &views).unwrap();
    }
    a.item_id
}

pub fn set<S: Store>(d: &mut Engine<S>, path: &str, text: &str) {
    edit(
        d,
        &Edit::SetText {
            path: path.into(),
            text: text.into(),
        },
    );
}

pub fn add(d: &mut Dev, path: &str, text: &str) -> String {
    edit(
        d,
        &Edit::AddItem {
            path: path.into(),
            values: BTreeMap::from([("text".to_string(), text.to_string())]),
            after: None,
        },
    )
    .unwrap()
}

pub fn sections(s: &[&str]) -> Vec<String> {
    s.iter().map(|x| x.to_string()).collect()
}

/// Everything `from` has to send, delivered to `to`.
pub fn deliver<A: Store, B: Store>(from: &mut Engine<A>, to: &mut Engine<B>, now: u64) -> Report {
    let b = from.bundle_out(now).unwrap();
    to.bundle_in(&b, now).unwrap()
}

/// The person invites Sam to `secs`; Sam joins and answers, the person
/// types the code Sam's app shows, and Sam receives the shared plan.
/// Returns Sam's confirmation code.
pub fn share_with_sam<S: Store>(
    person: &mut Engine<S>,
    sam: &mut Dev,
    secs: &[&str],
    now: u64,
) -> String {
    let inv = person
        .invite("Sam", &sections(secs), false, "Alex", now)
        .unwrap();
    let code = sam.join(&inv.link, now).unwrap().code;
    deliver(sam, person, now);
    person.confirm_supporter("Sam", &code).unwrap();
    deliver(person, sam, now);
    code
}

/// Links `new` to `existing`'s device group: the new device answers, the
/// person types the code it shows on the existing one, and the keyring and
/// plan arrive. Returns the code.
pub fn link_device(existing: &mut Dev, new: &mut Dev, name: &str, now: u64) -> String {
    let link = existing.device_link(now).unwrap();
    let code = new.device_join(&link, name, now).unwrap();
    deliver(new, existing, now);
    existing.confirm_device(&code, now).unwrap();
    deliver(existing, new, now);
    deliver(new, existing, now);
    code
}
