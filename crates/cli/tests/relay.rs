//! Sharing through a real `harbour-relay` process (SQLite file) between two
//! separate vault directories: invite → join → sync → the supporter sees the
//! crisis plan → an edit arrives → a reply comes back; then the relay is
//! SIGKILLed and restarted on the same database mid-stream, and nothing is
//! lost.

mod common;

use common::{alex_invites_sam, confirm_code, harbour, json, json_error, ok, RelayProc};

fn sync(vault: &std::path::Path, url: &str) -> serde_json::Value {
    let r = json(vault, &["sync", "--relay", url]);
    assert_eq!(
        r["relay"]["refused"].as_array().map(Vec::len),
        Some(0),
        "{r}"
    );
    r
}

#[test]
fn person_and_supporter_through_a_real_relay_and_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let alex = tmp.path().join("alex");
    let sam = tmp.path().join("sam");
    let invite_file = tmp.path().join("invite.txt");
    let db = tmp.path().join("relay.sqlite");
    let relay = RelayProc::start(&db, "127.0.0.1:0");
    let url = relay.url();

    let (_, joined) = alex_invites_sam(&alex, &sam, &invite_file);

    // The supporter's app answers the invite; the person syncs, sees the
    // answer waiting, types the code Sam reads out, and only then publishes;
    // the supporter syncs and sees the crisis plan only.
    sync(&sam, &url);
    let r = sync(&alex, &url);
    assert_eq!(r["relay"]["sent"], 0, "nothing before the code: {r}");
    confirm_code(&alex, "Sam", &joined);
    let r = sync(&alex, &url);
    assert!(r["relay"]["sent"].as_u64().unwrap() >= 1, "{r}");
    let r = sync(&sam, &url);
    assert!(r["relay"]["accepted"].as_u64().unwrap() >= 1, "{r}");
    let shown = ok(&sam, &["shared", "show", "Alex"]);
    assert!(shown.contains("Chatty and likes jokes"), "{shown}");
    assert!(!shown.contains("CANARY-TRIGGER-TEXT"), "{shown}");
    // Nothing readable on the relay's disk.
    let mut on_disk = std::fs::read(&db).unwrap_or_default();
    on_disk.extend(std::fs::read(tmp.path().join("relay.sqlite-wal")).unwrap_or_default());
    assert!(!on_disk.windows(6).any(|w| w == b"Chatty"));
    assert!(!on_disk.windows(8).any(|w| w == b"CANARY-T"));

    // An edit reaches the supporter.
    ok(
        &alex,
        &["plan", "set", "crisis.when_well", "Chatty, and loves tea"],
    );
    sync(&alex, &url);
    sync(&sam, &url);
    assert!(ok(&sam, &["shared", "show", "Alex"]).contains("Chatty, and loves tea"));

    // The supporter replies; the person sees it.
    ok(&sam, &["reply", "Alex", "Call me any time"]);
    sync(&sam, &url);
    sync(&alex, &url);
    let sups = json(&alex, &["supporters", "list"]);
    assert_eq!(sups[0]["joined"], true);
    assert_eq!(sups[0]["notes"][0], "Call me any time");
    // Syncing again with nothing new is harmless.
    sync(&sam, &url);
    sync(&alex, &url);

    // Mid-stream 1: the person's edit is on the relay, then the relay is
    // SIGKILLed and restarted on the same database before the supporter reads.
    ok(
        &alex,
        &["plan", "set", "crisis.when_well", "Edit before the crash"],
    );
    sync(&alex, &url);
    let relay = relay.kill_and_restart();
    assert_eq!(relay.url(), url);
    sync(&sam, &url);
    assert!(ok(&sam, &["shared", "show", "Alex"]).contains("Edit before the crash"));

    // Mid-stream 2: the relay is down when the person syncs: the sync fails
    // plainly, keeps what it sealed, and sends it once the relay is back.
    let mut relay = relay;
    relay.kill();
    ok(
        &alex,
        &["plan", "set", "crisis.when_well", "Edit while it was down"],
    );
    let err = json_error(harbour(&alex), &["sync", "--relay", &url]);
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("relay"),
        "{err}"
    );
    ok(&sam, &["reply", "Alex", "Reply while it was down"]);
    assert!(harbour(&sam)
        .args(["sync", "--relay", &url])
        .assert()
        .failure()
        .get_output()
        .status
        .code()
        .is_some());
    let relay = relay.kill_and_restart();
    let r = sync(&alex, &url);
    assert!(r["relay"]["sent"].as_u64().unwrap() >= 1, "{r}");
    assert_eq!(r["relay"]["unsent"], 0, "{r}");
    sync(&sam, &url);
    assert!(ok(&sam, &["shared", "show", "Alex"]).contains("Edit while it was down"));
    sync(&alex, &url);
    let notes = json(&alex, &["supporters", "list"])[0]["notes"].clone();
    assert!(
        notes
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "Reply while it was down"),
        "{notes}"
    );
    drop(relay);
}
