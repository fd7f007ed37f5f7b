use super::*;

fn text(s: &str) -> BTreeMap<String, String> {
    [("text".to_string(), s.to_string())].into()
}

fn add(doc: &mut PlanDoc, path: &str, s: &str) -> String {
    doc.apply(
        &Edit::AddItem {
            path: path.into(),
            values: text(s),
            after: None,
        },
        1,
    )
    .unwrap()
    .item_id
    .unwrap()
}

fn texts(plan: &Plan, s: &str, l: &str) -> Vec<String> {
    plan.items(s, l)
        .iter()
        .map(|(_, i)| i.get("text").to_string())
        .collect()
}

#[test]
fn edits_round_trip_through_save_and_chunks() {
    let mut doc = PlanDoc::new(b"device-a").unwrap();
    let snapshot = doc.save();
    let mut chunks = vec![];
    let c = doc
        .apply(
            &Edit::SetText {
                path: "crisis.when_well".into(),
                text: "I like jokes".into(),
            },
            1,
        )
        .unwrap();
    chunks.push(c.change);
    let a = add(&mut doc, "toolbox.helps", "walk");
    let b = add(&mut doc, "toolbox.helps", "music");
    chunks.push(doc.save_after(&[]));
    let moved = doc
        .apply(
            &Edit::MoveItem {
                path: "toolbox.helps".into(),
                id: b.clone(),
                to_index: 0,
            },
            2,
        )
        .unwrap();
    chunks.push(moved.change);
    let plan = doc.plan().unwrap();
    assert_eq!(texts(&plan, "toolbox", "helps"), ["music", "walk"]);
    assert_eq!(plan.text("crisis", "when_well"), "I like jokes");

    let loaded = PlanDoc::load(&snapshot, chunks.iter().map(Vec::as_slice), b"device-a").unwrap();
    assert_eq!(loaded.plan().unwrap(), plan);

    doc.apply(
        &Edit::RemoveItem {
            path: "toolbox.helps".into(),
            id: a,
        },
        3,
    )
    .unwrap();
    assert_eq!(texts(&doc.plan().unwrap(), "toolbox", "helps"), ["music"]);
}

#[test]
fn structured_items_and_edits() {
    let mut doc = PlanDoc::new(b"device-a").unwrap();
    let id = doc
        .apply(
            &Edit::AddItem {
                path: "crisis.supporters".into(),
                values: [
                    ("name".to_string(), "Sam".to_string()),
                    ("contact".to_string(), "07700 900123".to_string()),
                ]
                .into(),
                after: None,
            },
            1,
        )
        .unwrap()
        .item_id
        .unwrap();
    doc.apply(
        &Edit::EditItem {
            path: "crisis.supporters".into(),
            id: id.clone(),
            values: [
                ("role".to_string(), "sister".to_string()),
                ("contact".to_string(), String::new()),
            ]
            .into(),
        },
        2,
    )
    .unwrap();
    let plan = doc.plan().unwrap();
    let item = plan.item("crisis", "supporters", &id).unwrap();
    assert_eq!(item.get("name"), "Sam");
    assert_eq!(item.get("role"), "sister");
    assert_eq!(item.get("contact"), "");
    let view = doc.crisis_view().unwrap();
    assert_eq!(view.sections[0].fields[0].id, "crisis.supporters");
    let json = doc.crisis_view_json().unwrap();
    assert_eq!(crisis_view_from_json(&json).unwrap(), view);
}

#[test]
fn invalid_edits_change_nothing() {
    let mut doc = PlanDoc::new(b"device-a").unwrap();
    let heads = doc.heads();
    for edit in [
        Edit::SetText {
            path: "toolbox.helps".into(),
            text: "x".into(),
        },
        Edit::SetText {
            path: "crisis.nope".into(),
            text: "x".into(),
        },
        Edit::RemoveItem {
            path: "toolbox.helps".into(),
            id: "0".repeat(32),
        },
        Edit::SetCrisisStatus {
            status: CrisisStatus::StoodDown,
            by: "me".into(),
            at: "2025-01-01T00:00:00Z".into(),
        },
        Edit::MarkReviewed {
            section: "crisis".into(),
            date: "yesterday".into(),
        },
    ] {
        assert!(
            matches!(doc.apply(&edit, 1), Err(DocError::Invalid(_))),
            "{edit:?}"
        );
        assert_eq!(doc.heads(), heads);
    }
}

#[test]
fn crisis_state_review_and_validity() {
    let mut doc = PlanDoc::new(b"device-a").unwrap();
    for (status, at) in [
        (CrisisStatus::Active, "2025-03-01T10:00:00Z"),
        (CrisisStatus::StoodDown, "2025-03-05T10:00:00Z"),
    ] {
        doc.apply(
            &Edit::SetCrisisStatus {
                status,
                by: "me".into(),
                at: at.into(),
            },
            1,
        )
        .unwrap();
    }
    doc.apply(
        &Edit::MarkReviewed {
            section: "crisis".into(),
            date: "2025-03-06".into(),
        },
        1,
    )
    .unwrap();
    doc.apply(
        &Edit::SetValidAsOf {
            date: Some("2025-03-06".into()),
        },
        1,
    )
    .unwrap();
    let plan = doc.plan().unwrap();
    assert_eq!(plan.crisis_state.status, CrisisStatus::StoodDown);
    assert_eq!(plan.crisis_state.by.as_deref(), Some("me"));
    assert_eq!(plan.last_reviewed("crisis"), Some("2025-03-06"));
    assert_eq!(plan.valid_as_of.as_deref(), Some("2025-03-06"));
}

#[test]
fn two_independently_started_plans_merge_without_loss() {
    let mut a = PlanDoc::new(b"device-a").unwrap();
    let mut b = PlanDoc::new(b"device-b").unwrap();
    add(&mut a, "toolbox.helps", "from a");
    add(&mut b, "toolbox.helps", "from b");
    a.apply(
        &Edit::SetText {
            path: "daily.when_well".into(),
            text: "calm".into(),
        },
        1,
    )
    .unwrap();
    a.merge(&mut b).unwrap();
    let plan = a.plan().unwrap();
    let mut got = texts(&plan, "toolbox", "helps");
    got.sort();
    assert_eq!(got, ["from a", "from b"]);
    assert_eq!(plan.text("daily", "when_well"), "calm");
}

#[test]
fn concurrent_text_edits_merge() {
    let mut a = PlanDoc::new(b"device-a").unwrap();
    a.apply(
        &Edit::SetText {
            path: "crisis.money".into(),
            text: "Pay rent.".into(),
        },
        1,
    )
    .unwrap();
    let mut b = a.fork(b"device-b");
    a.apply(
        &Edit::SetText {
            path: "crisis.money".into(),
            text: "Pay rent. Cancel gym.".into(),
        },
        2,
    )
    .unwrap();
    b.apply(
        &Edit::SetText {
            path: "crisis.money".into(),
            text: "Always pay rent.".into(),
        },
        2,
    )
    .unwrap();
    a.merge(&mut b).unwrap();
    assert_eq!(
        a.plan().unwrap().text("crisis", "money"),
        "Always pay rent. Cancel gym."
    );
}
