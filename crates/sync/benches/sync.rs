//! Sync costs: bytes on the wire and time to build/apply, Harbour envelopes
//! (projection over file bundles) next to plain Automerge sync of the same
//! edits. `scripts/bench-sync.sh` prints the table into BENCHMARKS.md.

use automerge::sync::{State, SyncDoc};
use automerge::{Automerge, ChangeHash};
use criterion::{criterion_group, criterion_main, Criterion};
use harbour_doc::projection::{self, Doc};
use harbour_doc::{Edit, PlanDoc};
use harbour_model::Plan;
use harbour_sync::envelope::{self, Body, Kind};
use harbour_sync::keys::{Direction, Purpose, StreamKeys};
use std::collections::BTreeMap;

fn sample_plan() -> PlanDoc {
    let mut d = PlanDoc::new(&[1; 16]).unwrap();
    let mut t = 0;
    let mut ap = |d: &mut PlanDoc, e: Edit| {
        t += 1;
        d.apply(&e, t).unwrap();
    };
    ap(&mut d, Edit::SetText { path: "crisis.when_well".into(), text: "Chatty, makes bad jokes, walks the dog every morning and likes to cook for friends.".into() });
    for (path, n) in [
        ("crisis.take_over_signs", 5),
        ("crisis.help_wanted", 6),
        ("crisis.help_unwanted", 4),
        ("crisis.medication_current", 3),
        ("triggers.triggers", 6),
        ("after_crisis.first_steps", 4),
    ] {
        for i in 0..n {
            ap(
                &mut d,
                Edit::AddItem {
                    path: path.into(),
                    values: BTreeMap::from([(
                        "text".to_string(),
                        format!("item {i} of {path}: a sentence of about this length"),
                    )]),
                    after: None,
                },
            );
        }
    }
    d
}

fn keys() -> StreamKeys {
    StreamKeys::derive(
        &harbour_crypto::SecretKey::from_bytes([7; 32]),
        Purpose::Supporter,
        Direction::Down,
        0,
        0,
    )
    .unwrap()
}

fn seal(payload: Vec<u8>, heads: Vec<[u8; 32]>) -> Vec<u8> {
    envelope::seal(
        &keys(),
        Kind::ProjectionChanges,
        1,
        &Body {
            sender: [1; 16],
            heads,
            payload,
        },
    )
    .unwrap()
}

fn secs() -> Vec<String> {
    vec!["crisis".into(), "after_crisis".into()]
}

/// One message of the Automerge sync protocol from `from` to `to`, if
/// `from` has one: its size in bytes, or 0.
fn send(
    from: &mut Automerge,
    from_state: &mut State,
    to: &mut Automerge,
    to_state: &mut State,
) -> usize {
    let Some(m) = from.generate_sync_message(from_state) else {
        return 0;
    };
    let e = m.encode();
    to.receive_sync_message(to_state, automerge::sync::Message::decode(&e).unwrap())
        .unwrap();
    e.len()
}

/// Six rounds of the Automerge sync protocol, `b` first: the bytes sent.
fn sync_rounds(a: &mut Automerge, sa: &mut State, b: &mut Automerge, sb: &mut State) -> usize {
    let mut total = 0;
    for _ in 0..6 {
        total += send(b, sb, a, sa);
        total += send(a, sa, b, sb);
    }
    total
}

/// Updates `proj` to show `plan`'s shared sections at time `now`.
fn project(proj: &mut Doc, plan: &Plan, now: i64) {
    projection::update_projection(proj, plan, &secs(), |_| None, now).unwrap();
}

/// The small edit both sizes measure: one text field changed.
fn small_edit(plan: &mut PlanDoc) {
    plan.apply(&Edit::SetText { path: "crisis.when_well".into(), text: "Chatty, makes bad jokes, walks the dog every morning and likes to cook for friends!".into() }, 100).unwrap();
}

/// The size of the envelope that carries `proj`'s changes since `since`.
fn sealed_len(proj: &Doc, since: &[ChangeHash]) -> usize {
    seal(
        proj.changes_after(since),
        proj.heads().iter().map(|h| h.0).collect(),
    )
    .len()
}

/// (first sync bytes, small edit bytes, automerge first sync, automerge edit)
pub fn sizes() -> (usize, usize, usize, usize) {
    let mut plan = sample_plan();
    let mut proj = Doc::new(&[1; 16]);
    project(&mut proj, &plan.plan().unwrap(), 1);
    let first = sealed_len(&proj, &[]);
    let before = proj.heads();
    small_edit(&mut plan);
    project(&mut proj, &plan.plan().unwrap(), 2);
    let edit = sealed_len(&proj, &before);

    // Plain Automerge sync protocol of the same projection document.
    let mut a = Automerge::load(&Doc::new(&[1; 16]).save()).unwrap();
    let mut src = Doc::new(&[2; 16]);
    let fresh_plan = sample_plan();
    project(&mut src, &fresh_plan.plan().unwrap(), 1);
    let mut b = Automerge::load(&src.save()).unwrap();
    let (mut sa, mut sb) = (State::new(), State::new());
    let first_am = sync_rounds(&mut a, &mut sa, &mut b, &mut sb);
    let mut plan2 = fresh_plan;
    small_edit(&mut plan2);
    let bh = src.heads();
    project(&mut src, &plan2.plan().unwrap(), 2);
    b.load_incremental(&src.changes_after(&bh)).unwrap();
    let edit_am = sync_rounds(&mut a, &mut sa, &mut b, &mut sb);
    (first, edit, first_am, edit_am)
}

fn bench(c: &mut Criterion) {
    let (first, edit, first_am, edit_am) = sizes();
    println!("SIZES first_sync={first} small_edit={edit} automerge_first_sync={first_am} automerge_small_edit={edit_am}");
    let plan = sample_plan();
    let p = plan.plan().unwrap();
    let mut proj = Doc::new(&[1; 16]);
    project(&mut proj, &p, 1);
    let mut n = 0u64;
    c.bench_function("projection update: build + seal (one text edit)", |b| {
        b.iter(|| {
            n += 1;
            let mut p2 = p.clone();
            p2.sections
                .get_mut("crisis")
                .unwrap()
                .text
                .insert("when_well".into(), format!("edit {n}"));
            let before = proj.heads();
            project(&mut proj, &p2, n as i64);
            seal(proj.changes_after(&before), vec![])
        })
    });
    let mut base = Doc::new(&[1; 16]);
    project(&mut base, &p, 1);
    let mut p2 = p.clone();
    p2.sections
        .get_mut("crisis")
        .unwrap()
        .text
        .insert("when_well".into(), "changed".into());
    let mut next = base.clone();
    project(&mut next, &p2, 2);
    let env = seal(next.changes_after(&base.heads()), vec![]);
    c.bench_function("projection update: open + apply (one text edit)", |b| {
        b.iter(|| {
            let body = envelope::open(&keys(), &env).unwrap().body;
            harbour_sync::chunks::split(&body.payload).unwrap();
            let mut d = base.clone();
            d.apply(&body.payload).unwrap();
            d
        })
    });
    // The floor: the same one-field change made directly on a plain Automerge
    // copy of the projection (no plan to compare, no reconcile, no seal).
    let mut plain = base.automerge().clone();
    let field = {
        use automerge::{ObjType, ReadDoc, Value, ROOT};
        let mut obj = ROOT;
        for key in ["sections", "crisis", "text", "when_well"] {
            obj = match plain.get(&obj, key).unwrap() {
                Some((Value::Object(ObjType::Map | ObjType::Text), id)) => id,
                _ => panic!("no crisis.when_well text in the projection"),
            };
        }
        obj
    };
    let mut m = 0u64;
    c.bench_function("plain automerge: make the same text change", |b| {
        b.iter(|| {
            use automerge::transaction::Transactable;
            m += 1;
            let before = plain.get_heads();
            let mut tx = plain.transaction();
            tx.update_text(&field, format!("edit {m}")).unwrap();
            tx.commit();
            plain.save_after(&before)
        })
    });
    let payload = next.changes_after(&base.heads());
    c.bench_function("plain automerge: apply the same change", |b| {
        b.iter(|| {
            let mut d = base.automerge().clone();
            d.load_incremental(&payload).unwrap();
            d
        })
    });
}

criterion_group! { name = benches; config = Criterion::default().sample_size(20); targets = bench }
criterion_main!(benches);
