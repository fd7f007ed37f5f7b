//! Two own devices and two supporters, random edits and random delivery
//! (drop, duplicate, reorder, delay, replay of old bundles): everyone
//! converges; no acknowledged edit is lost; a projection never holds a field
//! outside its share; a supporter added later never receives text deleted
//! before they were added; and Eve, who copied Sam's invite link, answered
//! first and reads every bundle, never receives a byte of the plan (the
//! person only ever types the codes Sam's and Kim's apps show).

mod common;
use common::*;
use harbour_doc::projection;
use proptest::prelude::*;

const NOW: u64 = 1_750_000_000;
const CANARY: char = '\u{2620}';

#[derive(Debug, Clone)]
enum Op {
    SetText { dev: u8, text: String },
    AddItem { dev: u8, text: String },
    Send { from: u8, to: u8 },
    Drop { from: u8 },
    Replay { to: u8, which: u8 },
    Duplicate { to: u8 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..2, "[a-z ]{0,12}").prop_map(|(dev, text)| Op::SetText { dev, text }),
        (0u8..2, "[a-z]{1,8}").prop_map(|(dev, text)| Op::AddItem { dev, text }),
        (0u8..4, 0u8..4).prop_map(|(from, to)| Op::Send { from, to }),
        (0u8..4).prop_map(|from| Op::Drop { from }),
        (0u8..4, any::<u8>()).prop_map(|(to, which)| Op::Replay { to, which }),
        (0u8..4).prop_map(|to| Op::Duplicate { to }),
    ]
}

/// Empty lists are not carried in projections.
fn norm(mut p: harbour_model::Plan) -> harbour_model::Plan {
    for s in p.sections.values_mut() {
        s.lists.retain(|_, l| !l.is_empty());
    }
    p
}

fn policy_holds(d: &Dev, allowed: &[&str]) {
    for p in &d.state.persons {
        let plan = d.shared_plan(&p.name).unwrap();
        for s in plan.sections.keys() {
            assert!(allowed.contains(&s.as_str()), "{s} leaked");
        }
    }
}

/// The person types each waiting supporter's code on whichever own device
/// has their answer (the codes their apps show; never Eve's).
fn confirm_waiting(devs: &mut [Dev], codes: &[(&str, String)]) {
    for d in devs.iter_mut().take(2) {
        for (name, code) in codes {
            let waiting = d
                .supporter_answers(name)
                .is_ok_and(|a| a.iter().any(|a| &a.code == code));
            if waiting {
                d.confirm_supporter(name, code).unwrap();
            }
        }
    }
}

fn run(ops: Vec<Op>) {
    let mut devs: Vec<Dev> = (0..4).map(|_| device()).collect();
    let mut eve = device();
    // 0, 1: the person's devices; 2: Sam (crisis); 3: Kim (crisis + after_crisis, added later).
    set(
        &mut devs[0],
        "crisis.when_well",
        &format!("old {CANARY} text"),
    );
    add(&mut devs[0], "triggers.might_do", "never shared");
    let inv = invite_to_crisis(&mut devs[0], "Sam", NOW);
    let mut codes = vec![("Sam", devs[2].join(&inv.link, NOW).unwrap().code)];
    eve.join(&inv.link, NOW).unwrap();
    deliver(&mut eve, &mut devs[0], NOW);
    let (a, b) = devs.split_at_mut(1);
    link_device(&mut a[0], &mut b[0], "laptop", NOW);
    deliver(&mut eve, &mut devs[1], NOW);

    let mut history: Vec<Vec<u8>> = Vec::new();
    let mut last: Vec<Option<Vec<u8>>> = vec![None; 4];
    let mut added: Vec<String> = Vec::new();
    let mut kim_added = false;
    for (step, op) in ops.into_iter().enumerate() {
        let now = NOW + step as u64;
        if step == 5 && !kim_added {
            // The canary text is deleted before Kim is invited.
            set(&mut devs[0], "crisis.when_well", "new text");
            let inv = devs[0]
                .invite(
                    "Kim",
                    &sections(&["crisis", "after_crisis"]),
                    false,
                    "Alex",
                    now,
                )
                .unwrap();
            codes.push(("Kim", devs[3].join(&inv.link, now).unwrap().code));
            kim_added = true;
        }
        match op {
            Op::SetText { dev, text } => set(&mut devs[dev as usize], "crisis.when_well", &text),
            Op::AddItem { dev, text } => {
                add(&mut devs[dev as usize], "crisis.help_wanted", &text);
                added.push(text);
            }
            Op::Send { from, to } => {
                let b = devs[from as usize].bundle_out(now).unwrap();
                if from != to {
                    let r = devs[to as usize].bundle_in(&b, now).unwrap();
                    assert!(r.refused.is_empty(), "{r:?}");
                }
                eve.bundle_in(&b, now).unwrap();
                history.push(b.clone());
                last[to as usize] = Some(b);
            }
            Op::Drop { from } => {
                let b = devs[from as usize].bundle_out(now).unwrap();
                history.push(b);
            }
            Op::Replay { to, which } => {
                if !history.is_empty() {
                    let b = &history[which as usize % history.len()];
                    devs[to as usize].bundle_in(b, now).unwrap();
                }
            }
            Op::Duplicate { to } => {
                if let Some(b) = &last[to as usize] {
                    devs[to as usize].bundle_in(b, now).unwrap();
                }
            }
        }
        confirm_waiting(&mut devs, &codes);
        policy_holds(&devs[2], &["crisis"]);
        assert!(eve.shared_plan("Alex").unwrap().sections.is_empty());
        policy_holds(&devs[3], &["crisis", "after_crisis"]);
    }
    // Reliable delivery at the end, everyone to everyone, a few rounds.
    for round in 0..3 {
        for from in 0..4 {
            let b = devs[from].bundle_out(NOW + 1000 + round).unwrap();
            for (to, d) in devs.iter_mut().enumerate() {
                if to != from {
                    d.bundle_in(&b, NOW + 1000 + round).unwrap();
                }
            }
            eve.bundle_in(&b, NOW + 1000 + round).unwrap();
            confirm_waiting(&mut devs, &codes);
        }
    }
    assert!(eve.shared_plan("Alex").unwrap().sections.is_empty());
    assert!(eve.store.docs.keys().all(|k| !k.starts_with("shared/")));
    let pa = devs[0].plan_doc().unwrap().plan().unwrap();
    let pb = devs[1].plan_doc().unwrap().plan().unwrap();
    assert_eq!(pa, pb, "own devices converge");
    let texts: Vec<&str> = pa
        .items("crisis", "help_wanted")
        .iter()
        .map(|(_, i)| i.get("text"))
        .collect();
    for t in &added {
        assert!(texts.contains(&t.as_str()), "edit {t} lost");
    }
    let sam = devs[2].shared_plan("Alex").unwrap();
    assert_eq!(
        norm(sam),
        norm(projection::filter(&pa, &sections(&["crisis"])))
    );
    if kim_added {
        let kim = devs[3].shared_plan("Alex").unwrap();
        assert_eq!(
            norm(kim),
            norm(projection::filter(
                &pa,
                &sections(&["crisis", "after_crisis"])
            ))
        );
        // Nothing in Kim's document's history ever held the deleted text.
        let id = format!("shared/{}/0", devs[3].state.persons[0].id);
        let stored = devs[3].store.docs.get(&id).unwrap();
        let doc = automerge::Automerge::load(&stored[0]).unwrap();
        for c in doc.get_changes(&[]) {
            let dbg = format!("{:?}", c.decode());
            assert!(
                !dbg.contains(CANARY),
                "deleted text reached a new supporter"
            );
        }
        let _ = doc.get_heads();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
    #[test]
    fn everyone_converges(ops in proptest::collection::vec(op(), 6..30)) {
        run(ops);
    }
}
