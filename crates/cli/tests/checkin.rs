//! `harbour checkin` through the real binary: the person's history, and the
//! latest state reaching the supporter who was given check-ins (never the
//! notes), and not the supporter who was not.

mod common;

use common::{confirm_code, fails_with, init, json, ok};
use std::path::Path;

#[test]
fn check_ins_are_kept_in_order_with_their_notes() {
    let tmp = tempfile::tempdir().unwrap();
    let alex = tmp.path().join("alex");
    init(&alex);
    assert!(ok(&alex, &["checkin", "history"]).contains("No check-ins yet"));
    let first = json(&alex, &["checkin", "amber", "--note", "Slept badly"]);
    assert_eq!(first["checkin"]["state"], "amber");
    assert_eq!(first["checkin"]["note"], "Slept badly");
    assert_eq!(first["latest"]["since"], first["checkin"]["at"]);
    let said = ok(&alex, &["checkin", "red"]);
    assert!(said.contains("red since"), "{said}");
    assert!(
        said.contains("crisis plan"),
        "red offers the crisis plan: {said}"
    );
    let history = json(&alex, &["checkin", "history"]);
    let states: Vec<&str> = history["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["amber", "red"]);
    assert_eq!(history["checkins"][0]["note"], "Slept badly");
    assert_eq!(history["latest"]["state"], "red");

    // Bad input: a clear code, and nothing written.
    fails_with(
        &alex,
        &["checkin", "green", "--note", &"x".repeat(501)],
        "too_long",
    );
    fails_with(
        &alex,
        &["checkin", "history", "--note", "hi"],
        "invalid_input",
    );
    harbour_fails_to_parse(&alex, &["checkin", "purple"]);
    assert_eq!(
        json(&alex, &["checkin", "history"])["checkins"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // The check-ins are part of the plan: in the JSON export of the whole plan.
    let file = tmp.path().join("plan.json");
    ok(
        &alex,
        &[
            "plan",
            "export",
            "--format",
            "json",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    let export: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(export["checkins"][1]["state"], "red", "{export}");
}

fn harbour_fails_to_parse(vault: &Path, args: &[&str]) {
    let out = common::harbour(vault).args(args).assert().failure();
    let err = common::stderr(&out);
    assert!(err.contains("green"), "the choices are named: {err}");
}

/// Invites `name` to `sections` and has them join; returns what `join` said.
fn invite(alex: &Path, supporter: &Path, name: &str, sections: &str) -> serde_json::Value {
    init(supporter);
    let file = alex.with_file_name(format!("invite-{name}.txt"));
    let file = file.to_str().unwrap();
    ok(
        alex,
        &[
            "supporters",
            "invite",
            name,
            "--sections",
            sections,
            "--from",
            "Alex",
            "-o",
            file,
        ],
    );
    json(supporter, &["join", file])
}

/// One round of sync files: each supporter to Alex, Alex to both.
fn sync_round(alex: &Path, supporters: &[&Path]) {
    for (i, s) in supporters.iter().enumerate() {
        let to_alex = alex.with_file_name(format!("to-alex-{i}.harbour"));
        ok(s, &["sync", "--bundle-out", to_alex.to_str().unwrap()]);
        ok(alex, &["sync", "--bundle-in", to_alex.to_str().unwrap()]);
    }
    let out = alex.with_file_name("from-alex.harbour");
    ok(alex, &["sync", "--bundle-out", out.to_str().unwrap()]);
    for s in supporters {
        ok(s, &["sync", "--bundle-in", out.to_str().unwrap()]);
    }
}

#[test]
fn the_latest_state_reaches_only_the_supporter_given_check_ins() {
    let tmp = tempfile::tempdir().unwrap();
    let alex = tmp.path().join("alex");
    let sam = tmp.path().join("sam");
    let jo = tmp.path().join("jo");
    init(&alex);
    ok(&alex, &["plan", "set", "crisis.when_well", "Chatty"]);
    ok(&alex, &["checkin", "green", "--note", "NOTE-CANARY-1"]);
    let sam_joined = invite(&alex, &sam, "Sam", "crisis,checkins");
    let jo_joined = invite(&alex, &jo, "Jo", "crisis");
    assert_eq!(sam_joined["sections"][1], "checkins");
    sync_round(&alex, &[&sam, &jo]);
    confirm_code(&alex, "Sam", &sam_joined);
    confirm_code(&alex, "Jo", &jo_joined);

    let red = json(&alex, &["checkin", "red", "--note", "NOTE-CANARY-2"]);
    ok(&alex, &["checkin", "red"]);
    sync_round(&alex, &[&sam, &jo]);

    let shown = json(&sam, &["shared", "show", "Alex"]);
    assert_eq!(shown["checkin"]["state"], "red", "{shown}");
    assert_eq!(shown["checkin"]["since"], red["checkin"]["at"], "{shown}");
    let words = ok(&sam, &["shared", "show", "Alex"]);
    assert!(words.contains("Check-in: red since"), "{words}");
    assert!(!shown.to_string().contains("NOTE-CANARY"), "{shown}");
    assert!(!words.contains("NOTE-CANARY"), "{words}");

    let jo_sees = json(&jo, &["shared", "show", "Alex"]);
    assert_eq!(jo_sees["view"]["sections"][0]["id"], "crisis", "{jo_sees}");
    assert_eq!(jo_sees["checkin"], serde_json::Value::Null, "{jo_sees}");
    assert!(!ok(&jo, &["shared", "show", "Alex"]).contains("Check-in"));

    // A better day reaches Sam too.
    let green = json(&alex, &["checkin", "green"]);
    sync_round(&alex, &[&sam, &jo]);
    let shown = json(&sam, &["shared", "show", "Alex"]);
    assert_eq!(shown["checkin"]["state"], "green");
    assert_eq!(shown["checkin"]["since"], green["checkin"]["at"]);
}
