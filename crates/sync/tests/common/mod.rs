#![allow(dead_code)]

use harbour_doc::Edit;
use harbour_sync::{Engine, MemStore, Store};
use std::collections::BTreeMap;

pub type Dev = Engine<MemStore>;

pub fn device() -> Dev {
    Engine::open(MemStore::default()).unwrap()
}

pub fn edit(d: &mut Dev, e: &Edit) -> Option<String> {
    let mut doc = d.plan_doc().unwrap();
    let a = doc.apply(e, 1).unwrap();
    if !a.change.is_empty() {
        let view = doc.crisis_view_json().unwrap();
        d.store.append_plan(&a.change, &view).unwrap();
    }
    a.item_id
}

pub fn set(d: &mut Dev, path: &str, text: &str) {
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
pub fn deliver(from: &mut Dev, to: &mut Dev, now: u64) -> harbour_sync::Report {
    let b = from.bundle_out(now).unwrap();
    to.bundle_in(&b, now).unwrap()
}

/// The person invites Sam to `secs`; Sam joins, answers, and receives the
/// shared plan (three bundles). Returns Sam's confirmation code.
pub fn share_with_sam(person: &mut Dev, sam: &mut Dev, secs: &[&str], now: u64) -> String {
    let inv = person
        .invite("Sam", &sections(secs), false, "Alex", now)
        .unwrap();
    let code = sam.join(&inv.link, now).unwrap().code;
    deliver(sam, person, now);
    deliver(person, sam, now);
    code
}
