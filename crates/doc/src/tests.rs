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

fn check_in(doc: &mut PlanDoc, state: CheckInState, at: &str, note: &str) -> String {
    doc.apply(
        &Edit::CheckIn {
            state,
            note: note.into(),
            at: at.into(),
        },
        1,
    )
    .unwrap()
    .item_id
    .unwrap()
}

/// The first release's skeleton, byte for byte: if this hash moves, plans
/// made before would no longer merge with plans made now.
#[test]
fn the_skeleton_and_its_upgrades_never_change() {
    let hashes: Vec<String> = upgrade::hashes().iter().map(|h| h.to_string()).collect();
    assert_eq!(
        hashes,
        [
            "80c5202a150a32142fc77017d0989a8dfd357f33e0326389f15e348a3e0c7cdc",
            "57570d70b5ff1c7dc571565b6c5dda4f89275afba9fcda29a309fdf1a442d9a4",
        ]
    );
}

#[test]
fn only_the_layouts_own_changes_count_as_layout_changes_not_their_actors() {
    for hash in upgrade::hashes() {
        assert!(crate::is_layout_change(&hash));
    }
    // A change that claims an upgrade's actor but says something else.
    let mut doc = Automerge::new();
    doc.load_incremental(&upgrade::skeleton().unwrap()).unwrap();
    doc.set_actor(ActorId::from(*b"harbour-layout-2"));
    let mut tx = doc.transaction();
    tx.put(&ROOT, "forged", "by a claimed actor").unwrap();
    let (forged, _) = tx.commit();
    let forged = forged.expect("a change");
    assert!(!crate::is_layout_change(&forged));
    let mut edit = Automerge::new();
    edit.load_incremental(&upgrade::skeleton().unwrap())
        .unwrap();
    edit.set_actor(ActorId::from(*b"harbour-skeleton"));
    let mut tx = edit.transaction();
    tx.put(&ROOT, "forged", "as the skeleton").unwrap();
    let (forged, _) = tx.commit();
    assert!(!crate::is_layout_change(&forged.expect("a change")));
}

/// A plan as the first release made it: the skeleton only, with one edit.
fn first_release_plan(actor: &[u8]) -> Automerge {
    let mut doc = Automerge::new();
    doc.load_incremental(&upgrade::skeleton().unwrap()).unwrap();
    doc.set_actor(ActorId::from(actor));
    let mut tx = doc.transaction();
    let sections = map_at(&mut tx, &ROOT, "sections").unwrap();
    let crisis = map_at(&mut tx, &sections, "crisis").unwrap();
    let texts = map_at(&mut tx, &crisis, "text").unwrap();
    let Some((_, when_well)) = tx.get(&texts, "when_well").unwrap() else {
        panic!("the first skeleton has crisis.when_well");
    };
    tx.update_text(&when_well, "calm and chatty").unwrap();
    tx.commit();
    doc
}

#[test]
fn a_plan_from_the_first_release_takes_check_ins_and_merges_with_a_new_one() {
    let old = first_release_plan(b"old-device-0001");
    assert!(old.get(ROOT, "sections").unwrap().is_some());
    let mut upgraded = PlanDoc::from_automerge(old.clone(), b"old-device-0001").unwrap();
    let a = check_in(
        &mut upgraded,
        CheckInState::Amber,
        "2026-12-01T09:00:00Z",
        "",
    );

    // A device set up now, with its own plan, and the old device still on the
    // first release, editing after the upgrade was made elsewhere.
    let mut fresh = PlanDoc::new(b"new-device-0002").unwrap();
    let b = check_in(
        &mut fresh,
        CheckInState::Red,
        "2026-12-02T09:00:00Z",
        "bad day",
    );
    let mut old_again = old;
    old_again
        .load_incremental(&upgraded.save_after(&[]))
        .unwrap();

    // Through saved bytes, as the vault and sync move them.
    upgraded.merge_bytes(&fresh.save()).unwrap();
    upgraded.merge_bytes(&old_again.save()).unwrap();
    fresh.merge_bytes(&upgraded.save()).unwrap();
    let plan = fresh.plan().unwrap();
    assert_eq!(plan, upgraded.plan().unwrap());
    assert_eq!(plan.text("crisis", "when_well"), "calm and chatty");
    let ids: Vec<String> = checkin::history(&plan).into_iter().map(|c| c.id).collect();
    assert_eq!(ids, [a, b]);

    // Reloaded from a snapshot taken before the upgrade plus the later
    // changes (the vault's snapshot and chunks), nothing waits on a missing
    // change.
    let reloaded = PlanDoc::load(
        &first_release_plan(b"old-device-0001").save(),
        [upgraded.save_after(&[]).as_slice()],
        b"reader",
    )
    .unwrap();
    assert_eq!(reloaded.plan().unwrap(), plan);
}

#[test]
fn check_ins_keep_their_time_and_are_made_only_whole() {
    let mut doc = PlanDoc::new(b"device-a").unwrap();
    check_in(
        &mut doc,
        CheckInState::Green,
        "2026-12-03T08:00:00Z",
        "  slept well ",
    );
    check_in(&mut doc, CheckInState::Amber, "2026-12-01T08:00:00Z", "");
    let plan = doc.plan().unwrap();
    let history = checkin::history(&plan);
    let got: Vec<(&str, CheckInState, &str)> = history
        .iter()
        .map(|c| (c.at.as_str(), c.state, c.note.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-12-01T08:00:00Z", CheckInState::Amber, ""),
            ("2026-12-03T08:00:00Z", CheckInState::Green, "slept well"),
        ]
    );
    // Written by hand through the list edits, a check-in could carry any
    // state or time: refused, and nothing changes.
    let heads = doc.heads();
    let forged = Edit::AddItem {
        path: checkin::PATH.into(),
        values: [("state".to_string(), "green".to_string())].into(),
        after: None,
    };
    assert!(matches!(
        doc.apply(&forged, 1),
        Err(DocError::Invalid(ValidationError::CheckInsOnly(_)))
    ));
    assert!(matches!(
        doc.apply(
            &Edit::CheckIn {
                state: CheckInState::Red,
                note: String::new(),
                at: "tomorrow".into()
            },
            1
        ),
        Err(DocError::Invalid(ValidationError::BadTime(_)))
    ));
    assert_eq!(doc.heads(), heads);
    // A check-in can be taken back.
    let id = history[0].id.clone();
    doc.apply(
        &Edit::RemoveItem {
            path: checkin::PATH.into(),
            id,
        },
        1,
    )
    .unwrap();
    assert_eq!(checkin::history(&doc.plan().unwrap()).len(), 1);
}

fn set_photo(doc: &mut PlanDoc, path: &str, id: &str, jpeg: Option<&[u8]>) -> Option<String> {
    doc.apply(
        &Edit::SetPhoto {
            path: path.into(),
            id: id.into(),
            jpeg: jpeg.map(<[u8]>::to_vec),
        },
        1,
    )
    .unwrap()
    .item_id
}

#[test]
fn photos_live_beside_the_plan_and_go_with_their_item() {
    let mut doc = PlanDoc::new(b"device-a").unwrap();
    let reason = add(&mut doc, "reasons.reasons", "My niece");
    let first = set_photo(&mut doc, "reasons.reasons", &reason, Some(b"JPEG-ONE")).unwrap();
    assert_eq!(
        doc.photo(&first).unwrap().as_deref(),
        Some(&b"JPEG-ONE"[..])
    );
    let plan = doc.plan().unwrap();
    assert_eq!(
        plan.item("reasons", "reasons", &reason)
            .unwrap()
            .get("photo"),
        first
    );
    // The plan itself (and so its materialised copy) holds the id, not the bytes.
    let m = doc.materialise().unwrap();
    assert!(!m.plan.windows(8).any(|w| w == b"JPEG-ONE"));

    // Replacing drops the old photo; the bytes travel with the document.
    let second = set_photo(&mut doc, "reasons.reasons", &reason, Some(b"JPEG-TWO")).unwrap();
    assert_eq!(doc.photo(&first).unwrap(), None);
    let mut other = PlanDoc::load(&doc.save(), [], b"device-b").unwrap();
    assert_eq!(
        other.photo(&second).unwrap().as_deref(),
        Some(&b"JPEG-TWO"[..])
    );

    // Removing the item removes its photo; so does taking the photo off.
    let other_reason = add(&mut other, "toolbox.helps", "A walk");
    let third = set_photo(&mut other, "toolbox.helps", &other_reason, Some(b"JPEG-3")).unwrap();
    set_photo(&mut other, "toolbox.helps", &other_reason, None);
    assert_eq!(other.photo(&third).unwrap(), None);
    assert_eq!(
        other
            .plan()
            .unwrap()
            .item("toolbox", "helps", &other_reason)
            .unwrap()
            .get("photo"),
        ""
    );
    other
        .apply(
            &Edit::RemoveItem {
                path: "reasons.reasons".into(),
                id: reason.clone(),
            },
            1,
        )
        .unwrap();
    assert_eq!(other.photo(&second).unwrap(), None);
}

#[test]
fn a_photo_goes_only_where_photos_are_taken_and_only_through_set_photo() {
    let mut doc = PlanDoc::new(b"device-a").unwrap();
    let sign = add(&mut doc, "triggers.triggers", "Loud places");
    let err = doc
        .apply(
            &Edit::SetPhoto {
                path: "triggers.triggers".into(),
                id: sign.clone(),
                jpeg: Some(b"JPEG".to_vec()),
            },
            1,
        )
        .unwrap_err();
    assert!(matches!(
        err,
        DocError::Invalid(ValidationError::NoPhotos(_))
    ));
    // A photo value written as a plain value could point anywhere: refused.
    let reason = add(&mut doc, "reasons.reasons", "Tea");
    let forged = Edit::EditItem {
        path: "reasons.reasons".into(),
        id: reason,
        values: [("photo".to_string(), "f".repeat(32))].into(),
    };
    assert!(matches!(
        doc.apply(&forged, 1),
        Err(DocError::Invalid(ValidationError::UnknownItemKey { .. }))
    ));
    let huge = Edit::SetPhoto {
        path: "reasons.reasons".into(),
        id: add(&mut doc, "reasons.reasons", "Sea"),
        jpeg: Some(vec![0; MAX_PHOTO_BYTES + 1]),
    };
    let before = doc.heads();
    assert!(matches!(
        doc.apply(&huge, 1),
        Err(DocError::Invalid(ValidationError::TooLong { .. }))
    ));
    assert_eq!(doc.heads(), before);
}
