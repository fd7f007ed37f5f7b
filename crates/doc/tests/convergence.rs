//! Two devices fork a plan, make random edits, merge both ways: they converge,
//! and no item is duplicated or lost.

use harbour_doc::{Edit, PlanDoc};
use harbour_model::{checkin, CheckInState, CrisisStatus};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const LISTS: &[&str] = &["toolbox.helps", "crisis.supporters", "reasons.reasons"];
const TEXTS: &[&str] = &["crisis.when_well", "daily.when_well", "crisis.money"];

#[derive(Debug, Clone)]
enum Op {
    Add(usize, String),
    Remove(usize, usize),
    Edit(usize, usize, String),
    Move(usize, usize, usize),
    Text(usize, String),
    Activate,
    CheckIn(usize, u8, String),
}

fn op() -> impl Strategy<Value = Op> {
    let word = "[a-z][a-z ]{0,7}";
    prop_oneof![
        3 => (0..LISTS.len(), word).prop_map(|(l, w)| Op::Add(l, w)),
        1 => (0..LISTS.len(), any::<usize>()).prop_map(|(l, i)| Op::Remove(l, i)),
        1 => (0..LISTS.len(), any::<usize>(), word).prop_map(|(l, i, w)| Op::Edit(l, i, w)),
        1 => (0..LISTS.len(), any::<usize>(), 0usize..6).prop_map(|(l, i, t)| Op::Move(l, i, t)),
        2 => (0..TEXTS.len(), "[a-z .]{0,20}").prop_map(|(t, w)| Op::Text(t, w)),
        1 => Just(Op::Activate),
        2 => (0usize..3, 1u8..29, word).prop_map(|(s, d, w)| Op::CheckIn(s, d, w)),
    ]
}

fn primary(path: &str) -> &'static str {
    if path == "crisis.supporters" {
        "name"
    } else {
        "text"
    }
}

/// Applies an op; returns the id of an added item.
fn run(doc: &mut PlanDoc, op: &Op) -> Option<String> {
    let plan = doc.plan().unwrap();
    let ids = |l: usize| -> Vec<String> {
        let (s, f) = LISTS[l].split_once('.').unwrap();
        plan.items(s, f)
            .iter()
            .map(|(id, _)| id.to_string())
            .collect()
    };
    let edit = match op {
        Op::Add(l, w) => Edit::AddItem {
            path: LISTS[*l].into(),
            values: [(primary(LISTS[*l]).to_string(), w.clone())].into(),
            after: None,
        },
        Op::Remove(l, i) | Op::Move(l, i, _) | Op::Edit(l, i, _) => {
            let ids = ids(*l);
            if ids.is_empty() {
                return None;
            }
            let id = ids[i % ids.len()].clone();
            match op {
                Op::Remove(..) => Edit::RemoveItem {
                    path: LISTS[*l].into(),
                    id,
                },
                Op::Move(_, _, to) => Edit::MoveItem {
                    path: LISTS[*l].into(),
                    id,
                    to_index: *to,
                },
                Op::Edit(_, _, w) => Edit::EditItem {
                    path: LISTS[*l].into(),
                    id,
                    values: [(primary(LISTS[*l]).to_string(), w.clone())].into(),
                },
                _ => return None,
            }
        }
        Op::Text(t, w) => Edit::SetText {
            path: TEXTS[*t].into(),
            text: w.clone(),
        },
        Op::Activate => Edit::SetCrisisStatus {
            status: if plan.crisis_state.status == CrisisStatus::Active {
                CrisisStatus::StoodDown
            } else {
                CrisisStatus::Active
            },
            by: "me".into(),
            at: "2025-01-01T00:00:00Z".into(),
        },
        Op::CheckIn(state, day, note) => Edit::CheckIn {
            state: CheckInState::ALL[*state],
            note: note.clone(),
            at: format!("2026-02-{day:02}T09:00:00Z"),
        },
    };
    doc.apply(&edit, 1).unwrap().item_id
}

fn all_ids(doc: &PlanDoc) -> Vec<String> {
    let plan = doc.plan().unwrap();
    LISTS
        .iter()
        .chain([&checkin::PATH])
        .flat_map(|p| {
            let (s, f) = p.split_once('.').unwrap();
            plan.items(s, f)
                .into_iter()
                .map(|(id, _)| id.to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn forked_devices_converge(
        base in proptest::collection::vec(op(), 0..8),
        left in proptest::collection::vec(op(), 0..16),
        right in proptest::collection::vec(op(), 0..16),
    ) {
        let mut a = PlanDoc::new(b"device-a").unwrap();
        for o in &base { run(&mut a, o); }
        let mut b = a.fork(b"device-b");
        let before: BTreeSet<String> = all_ids(&a).into_iter().collect();
        let mut added = BTreeSet::new();
        for o in &left { added.extend(run(&mut a, o)); }
        for o in &right { added.extend(run(&mut b, o)); }

        // Merge both ways, through saved bytes as the vault and sync would.
        let a_bytes = a.save();
        let b_bytes = b.save();
        a.merge_bytes(&b_bytes).unwrap();
        b.merge_bytes(&a_bytes).unwrap();

        let pa = a.plan().unwrap();
        let pb = b.plan().unwrap();
        prop_assert_eq!(&pa, &pb);
        prop_assert_eq!(a.heads().len(), b.heads().len());

        let ids = all_ids(&a);
        let unique: BTreeSet<&String> = ids.iter().collect();
        prop_assert_eq!(unique.len(), ids.len(), "an item appears twice");
        // Every id present was either there before or added on one side.
        for id in &ids {
            prop_assert!(before.contains(id) || added.contains(id));
        }
        // Views render identically.
        prop_assert_eq!(a.crisis_view_json().unwrap(), b.crisis_view_json().unwrap());
        let _ = BTreeMap::<String, String>::new();
    }
}

/// What a device does next in [`the_kept_plan_is_what_the_document_holds`].
#[derive(Debug, Clone)]
enum Step {
    Op(Op),
    Review(usize),
    ValidAsOf(Option<u8>),
    /// Merges the other device's changes.
    Merge,
    /// Materialises (as every durable write does).
    Materialise,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => op().prop_map(Step::Op),
        1 => (0usize..3).prop_map(Step::Review),
        1 => proptest::option::of(1u8..28).prop_map(Step::ValidAsOf),
        1 => Just(Step::Merge),
        2 => Just(Step::Materialise),
    ]
}

/// The plan as a document loaded from bytes reads it: no kept copy.
fn fresh_read(doc: &PlanDoc) -> (harbour_model::Plan, Vec<u8>) {
    let fresh = PlanDoc::load(&doc.save(), [], b"reader").unwrap();
    (fresh.plan().unwrap(), fresh.crisis_view_json().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The plan a document keeps materialised (re-reading only the section an
    /// edit touched) is always the plan read afresh from the document, and so
    /// is the crisis view built from it.
    #[test]
    fn the_kept_plan_is_what_the_document_holds(
        steps in proptest::collection::vec(step(), 1..40),
        other in proptest::collection::vec(op(), 0..8),
    ) {
        let mut a = PlanDoc::new(b"device-a").unwrap();
        let mut b = a.fork(b"device-b");
        for o in &other { run(&mut b, o); }
        for s in &steps {
            match s {
                Step::Op(o) => { run(&mut a, o); }
                Step::Review(i) => {
                    let section = ["toolbox", "crisis", "reasons"][*i];
                    a.apply(&Edit::MarkReviewed { section: section.into(), date: "2026-01-02".into() }, 1).unwrap();
                }
                Step::ValidAsOf(day) => {
                    let date = day.map(|d| format!("2026-02-{d:02}"));
                    a.apply(&Edit::SetValidAsOf { date }, 1).unwrap();
                }
                Step::Merge => { a.merge_bytes(&b.save()).unwrap(); }
                Step::Materialise => {
                    let m = a.materialise().unwrap();
                    let (plan, crisis) = fresh_read(&a);
                    prop_assert_eq!(harbour_doc::plan_from_json(&m.plan).unwrap(), plan);
                    prop_assert_eq!(m.crisis_view, crisis);
                }
            }
            let (plan, crisis) = fresh_read(&a);
            prop_assert_eq!(a.plan().unwrap(), plan);
            prop_assert_eq!(a.crisis_view_json().unwrap(), crisis);
        }
    }
}
