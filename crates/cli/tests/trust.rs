//! Sharing as an attacker (or plain bad luck) tries it, through the real
//! `harbour` binary on separate vault directories: a vault restored from a
//! backup must still reach its supporter, and a second process must not open
//! a vault another one is using.

mod common;

use common::{alex_invites_sam, confirm_code, fails_with, field, json, ok};
use std::path::Path;

fn carry(from: &Path, to: &Path, file: &Path) -> serde_json::Value {
    ok(from, &["sync", "--bundle-out", file.to_str().unwrap()]);
    json(to, &["sync", "--bundle-in", file.to_str().unwrap()])
}

/// Alex shares with Sam, makes a backup, keeps editing (the message counters
/// move on), then loses the device and restores the backup. Before, the
/// restored vault reused its device id and its old counters: Sam dropped its
/// edits as replays and a revoke made after the restore never took effect.
#[test]
fn restore_then_edit_then_revoke_each_reach_the_supporter() {
    let tmp = tempfile::tempdir().unwrap();
    let alex = tmp.path().join("alex");
    let sam = tmp.path().join("sam");
    let file = tmp.path().join("update.harbour");
    let (_, joined) = alex_invites_sam(&alex, &sam, &tmp.path().join("invite.txt"));
    carry(&sam, &alex, &file);
    confirm_code(&alex, "Sam", &joined);
    carry(&alex, &sam, &file);
    assert!(ok(&sam, &["shared", "show", "Alex"]).contains("Chatty and likes jokes"));

    let backup = tmp.path().join("alex.hbk");
    ok(&alex, &["backup", "create", "-o", backup.to_str().unwrap()]);
    for i in 0..3 {
        let text = format!("edit {i} after the backup");
        ok(&alex, &["plan", "set", "crisis.when_well", &text]);
        carry(&alex, &sam, &file);
        carry(&sam, &alex, &file);
    }
    assert!(ok(&sam, &["shared", "show", "Alex"]).contains("edit 2 after the backup"));

    // The device is lost; the backup is restored on a new one.
    let restored = tmp.path().join("alex-restored");
    ok(&restored, &["backup", "restore", backup.to_str().unwrap()]);
    ok(
        &restored,
        &[
            "plan",
            "set",
            "crisis.when_well",
            "written after the restore",
        ],
    );
    let r = carry(&restored, &sam, &file);
    assert_eq!(
        r["bundle_in"]["refused"].as_array().unwrap().len(),
        0,
        "{r}"
    );
    let shown = ok(&sam, &["shared", "show", "Alex"]);
    assert!(shown.contains("written after the restore"), "{shown}");

    json(&restored, &["supporters", "revoke", "Sam"]);
    let r = carry(&restored, &sam, &file);
    assert_eq!(r["bundle_in"]["revoked"][0], "Alex", "{r}");
    assert_eq!(json(&sam, &["shared", "list"]).as_array().unwrap().len(), 0);
}

/// Two processes on one vault: each would load the sharing state and write
/// all of it back, the later silently undoing the other (a revoked supporter
/// came back). The second now gets `vault_busy` and changes nothing.
#[test]
fn a_second_process_on_the_same_vault_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("v");
    const HELD: &str = "HOLDER-KEEPS-THIS";
    const REFUSED: &str = "SECOND-PROCESS-WROTE-THIS";
    common::init(&vault);
    ok(&vault, &["plan", "set", "crisis.when_well", HELD]);

    // Hold the vault open in another process: a `harbour` waiting for its
    // passphrase on a terminal would, but there is none here, so a relay
    // sync to a listener that never answers keeps it open instead.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    ok(
        &vault,
        &["supporters", "invite", "Sam", "--sections", "crisis"],
    );
    let mut holder = std::process::Command::new(assert_cmd::cargo::cargo_bin("harbour"))
        .env("HARBOUR_PASSPHRASE", common::PASS)
        .args(["--vault", vault.to_str().unwrap(), "sync", "--relay", &url])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until it has connected (it holds the vault by then).
    let (_conn, _) = listener.accept().unwrap();

    fails_with(
        &vault,
        &["plan", "set", "crisis.when_well", REFUSED],
        "vault_busy",
    );

    holder.kill().unwrap();
    holder.wait().unwrap();
    // Once the other process is gone, the vault opens, nothing was lost and
    // the refused write left no trace.
    let plan = json(&vault, &["plan", "show"]);
    assert_eq!(field(&plan, "crisis.when_well")["text"], HELD, "{plan}");
    assert!(!plan.to_string().contains(REFUSED), "{plan}");
    ok(&vault, &["plan", "set", "crisis.when_well", REFUSED]);
    let plan = json(&vault, &["plan", "show"]);
    assert_eq!(field(&plan, "crisis.when_well")["text"], REFUSED, "{plan}");
}
