//! The sharing scenario across separate vault directories, through the real
//! `harbour` binary and sync files: invite → join → answer → bundle out → bundle in →
//! the supporter sees the crisis plan and not the triggers; an edit arrives;
//! revoking removes the supporter's copy.

mod common;

use common::{alex_invites_sam, fails_with, json, ok, wrong_code};

#[test]
fn invite_join_sync_edit_revoke() {
    let tmp = tempfile::tempdir().unwrap();
    let alex = tmp.path().join("alex");
    let sam = tmp.path().join("sam");
    let to_sam = tmp.path().join("to-sam.harbour");
    let to_alex = tmp.path().join("to-alex.harbour");
    let invite_file = tmp.path().join("invite.txt");
    let (inv, joined) = alex_invites_sam(&alex, &sam, &invite_file);
    let link = inv["link"].as_str().unwrap();
    // Whoever reads the invite file can answer it: for this user only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&invite_file)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(link.starts_with("harbour://invite#"));
    assert!(inv.get("code").is_none(), "no code before they answer");

    // Sam's app answers the invite; then Alex sees the code Sam sees.
    let before = json(&alex, &["supporters", "list"]);
    assert_eq!(before[0]["confirmation_code"], serde_json::Value::Null);
    ok(&sam, &["sync", "--bundle-out", to_alex.to_str().unwrap()]);
    let r = json(&alex, &["sync", "--bundle-in", to_alex.to_str().unwrap()]);
    assert_eq!(
        r["bundle_in"]["refused"].as_array().unwrap().len(),
        0,
        "{r}"
    );
    assert_eq!(r["bundle_in"]["answered"][0], "Sam", "{r}");
    // Sam's app is waiting, listed with the code it shows; nothing goes to
    // it until Alex types that code.
    let code = joined["code"].as_str().unwrap();
    assert_eq!(
        joined["confirmation_code"], joined["code"],
        "both names, as `devices join`"
    );
    let sups = json(&alex, &["supporters", "list"]);
    assert_eq!(sups[0]["confirmation_code"], serde_json::Value::Null);
    assert_eq!(sups[0]["waiting"][0], code);
    let listed = ok(&alex, &["supporters", "list"]);
    assert!(
        listed.contains("waiting") && listed.contains(code),
        "{listed}"
    );
    ok(&alex, &["sync", "--bundle-out", to_sam.to_str().unwrap()]);
    let r = json(&sam, &["sync", "--bundle-in", to_sam.to_str().unwrap()]);
    assert_eq!(
        r["bundle_in"]["accepted"], 0,
        "nothing before the code: {r}"
    );
    fails_with(
        &alex,
        &["supporters", "confirm", "Sam", &wrong_code(code)],
        "code_mismatch",
    );
    let sups = json(&alex, &["supporters", "list"]);
    assert_eq!(sups[0]["waiting"][0], code, "still waiting: {sups}");
    ok(
        &alex,
        &["supporters", "confirm", "Sam", &code.replace(' ', "")],
    );
    let sups = json(&alex, &["supporters", "list"]);
    assert_eq!(sups[0]["confirmation_code"], joined["code"]);
    assert!(ok(&alex, &["supporters", "list"]).contains(&format!("confirmation code {code}")));

    ok(&alex, &["sync", "--bundle-out", to_sam.to_str().unwrap()]);
    let bytes = std::fs::read(&to_sam).unwrap();
    assert!(!bytes.windows(8).any(|w| w == b"CANARY-T"));
    let r = json(&sam, &["sync", "--bundle-in", to_sam.to_str().unwrap()]);
    assert!(r["bundle_in"]["accepted"].as_u64().unwrap() >= 1, "{r}");
    assert_eq!(
        r["bundle_in"]["refused"].as_array().unwrap().len(),
        0,
        "{r}"
    );

    let shown = ok(&sam, &["shared", "show", "Alex"]);
    assert!(shown.contains("Chatty and likes jokes"), "{shown}");
    assert!(!shown.contains("CANARY-TRIGGER-TEXT"), "{shown}");
    let list = json(&sam, &["shared", "list"]);
    assert_eq!(list[0]["person"], "Alex");

    // Sam accepts the role from the terminal and replies; Alex sees both.
    fails_with(&sam, &["shared", "accept", "Nobody"], "person_not_found");
    let long = "x".repeat(2001);
    fails_with(
        &sam,
        &["shared", "accept", "Alex", "--availability", &long],
        "too_long",
    );
    assert_eq!(
        json(&alex, &["supporters", "list"])[0]["role_accepted"],
        false
    );
    let accepted = json(
        &sam,
        &[
            "shared",
            "accept",
            "Alex",
            "--availability",
            "Evenings, by phone",
            "--signals",
        ],
    );
    assert_eq!(accepted["role_accepted"], true);
    assert_eq!(accepted["signals_ok"], true);
    ok(&sam, &["reply", "Alex", "Call me any time"]);
    ok(&sam, &["sync", "--bundle-out", to_alex.to_str().unwrap()]);
    ok(&alex, &["sync", "--bundle-in", to_alex.to_str().unwrap()]);
    let sups = json(&alex, &["supporters", "list"]);
    assert_eq!(sups[0]["joined"], true);
    assert_eq!(sups[0]["notes"][0], "Call me any time");
    assert_eq!(sups[0]["role_accepted"], true, "{sups}");
    assert_eq!(sups[0]["availability"], "Evenings, by phone");
    // Alex did not offer signals: Sam's yes alone turns none on.
    assert_eq!(sups[0]["signals"], false);

    // An edit arrives.
    ok(
        &alex,
        &["plan", "set", "crisis.when_well", "Chatty, and loves tea"],
    );
    ok(&alex, &["sync", "--bundle-out", to_sam.to_str().unwrap()]);
    ok(&sam, &["sync", "--bundle-in", to_sam.to_str().unwrap()]);
    assert!(ok(&sam, &["shared", "show", "Alex"]).contains("Chatty, and loves tea"));
    // The same file again is harmless.
    let again = json(&sam, &["sync", "--bundle-in", to_sam.to_str().unwrap()]);
    assert_eq!(again["bundle_in"]["accepted"], 0);

    // A damaged file is refused with a clear code, and changes nothing.
    let mut bad = std::fs::read(&to_sam).unwrap();
    bad.truncate(bad.len() / 2);
    let bad_path = tmp.path().join("bad.harbour");
    std::fs::write(&bad_path, &bad).unwrap();
    fails_with(
        &sam,
        &["sync", "--bundle-in", bad_path.to_str().unwrap()],
        "bundle_invalid",
    );

    // Revoke: Sam's copy is gone after the next sync.
    let rev = json(&alex, &["supporters", "revoke", "Sam"]);
    assert!(rev["message"].as_str().unwrap().contains("stopped sharing"));
    ok(&alex, &["sync", "--bundle-out", to_sam.to_str().unwrap()]);
    let r = json(&sam, &["sync", "--bundle-in", to_sam.to_str().unwrap()]);
    assert_eq!(r["bundle_in"]["revoked"][0], "Alex");
    fails_with(&sam, &["shared", "show", "Alex"], "person_not_found");
    assert_eq!(json(&sam, &["shared", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn link_a_second_device_through_files() {
    let tmp = tempfile::tempdir().unwrap();
    let phone = tmp.path().join("phone");
    let laptop = tmp.path().join("laptop");
    let to_phone = tmp.path().join("to-phone.harbour");
    let to_laptop = tmp.path().join("to-laptop.harbour");
    common::init(&phone);
    common::init(&laptop);
    ok(
        &phone,
        &["plan", "set", "crisis.when_well", "Chatty and likes jokes"],
    );
    let link = json(&phone, &["devices", "link"]);
    let joined = json(
        &laptop,
        &[
            "devices",
            "join",
            link["code"].as_str().unwrap(),
            "--name",
            "laptop",
        ],
    );
    let code = joined["confirmation_code"].as_str().unwrap().to_string();
    assert_eq!(
        joined["code"], joined["confirmation_code"],
        "both names, as `join`"
    );

    // The laptop answers; the phone sends the keyring and plan; the laptop
    // joins the group and says so.
    ok(
        &laptop,
        &["sync", "--bundle-out", to_phone.to_str().unwrap()],
    );
    ok(&phone, &["sync", "--bundle-in", to_phone.to_str().unwrap()]);
    // Waiting for the code: listed with it, and nothing goes to the laptop.
    let assert_waiting = || {
        let devices = json(&phone, &["devices", "list"]);
        let waiting: Vec<_> = devices
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["waiting"] == true)
            .collect();
        assert_eq!(waiting.len(), 1, "{devices}");
        assert_eq!(waiting[0]["confirmation_code"], code.as_str(), "{devices}");
    };
    assert_waiting();
    ok(
        &phone,
        &["sync", "--bundle-out", to_laptop.to_str().unwrap()],
    );
    let r = json(
        &laptop,
        &["sync", "--bundle-in", to_laptop.to_str().unwrap()],
    );
    assert_eq!(r["bundle_in"]["accepted"], 0, "{r}");
    // Text that is not a code, and a well-formed wrong code, admit nobody:
    // the laptop still waits.
    fails_with(&phone, &["devices", "confirm", "000000x"], "code_mismatch");
    fails_with(
        &phone,
        &["devices", "confirm", &wrong_code(&code)],
        "code_mismatch",
    );
    assert_waiting();
    ok(&phone, &["devices", "confirm", &code]);
    ok(
        &phone,
        &["sync", "--bundle-out", to_laptop.to_str().unwrap()],
    );
    ok(
        &laptop,
        &["sync", "--bundle-in", to_laptop.to_str().unwrap()],
    );
    assert!(ok(&laptop, &["plan", "show"]).contains("Chatty and likes jokes"));
    ok(
        &laptop,
        &["sync", "--bundle-out", to_phone.to_str().unwrap()],
    );
    ok(&phone, &["sync", "--bundle-in", to_phone.to_str().unwrap()]);

    let devices = json(&phone, &["devices", "list"]);
    let laptop_entry = devices
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "laptop")
        .unwrap_or_else(|| panic!("the laptop is listed: {devices}"));
    assert_eq!(laptop_entry["confirmation_code"], code.as_str());
}

/// `sync --relay` takes only https, or plain http to this computer: an
/// address that would send the plan's envelopes in clear to another host
/// (an IPv4 address dressed as IPv6 loopback too) is refused before any
/// connection, and nothing is lost.
#[test]
fn sync_refuses_a_relay_address_that_is_not_https_or_this_computer() {
    let tmp = tempfile::tempdir().unwrap();
    let alex = tmp.path().join("alex");
    common::init(&alex);
    for url in [
        "http://192.0.2.1:8787",
        "http://[::ffff:192.0.2.1]:8787",
        "http://localhost@192.0.2.1:8787",
        "ftp://relay.example.org",
    ] {
        let err = fails_with(&alex, &["sync", "--relay", url], "invalid_input");
        assert!(
            err["message"].as_str().unwrap().contains("relay address"),
            "{err}"
        );
    }
    assert_eq!(json(&alex, &["supporters", "list"]), serde_json::json!([]));
}

/// Joining in words ends with a short pointer to the supporter's role: what
/// they are not asked to do, 999 if life is in danger, and where the
/// helplines are; `--json` keeps exactly its fields.
#[test]
fn joining_in_words_points_to_the_supporters_role() {
    let tmp = tempfile::tempdir().unwrap();
    let alex = tmp.path().join("alex");
    let robin = tmp.path().join("robin");
    let kit = tmp.path().join("kit");
    common::init(&alex);
    common::init(&robin);
    common::init(&kit);
    let inv = json(
        &alex,
        &[
            "supporters",
            "invite",
            "Robin",
            "--sections",
            "crisis",
            "--from",
            "Alex",
        ],
    );
    let link = inv["link"].as_str().unwrap();
    let said = ok(&robin, &["join", link]);
    assert!(said.contains("Alex shares with you"), "{said}");
    for words in [
        "Your role as a supporter",
        "not their clinician",
        "do not have to be there all the time",
        "do not pass it on",
        "call 999",
        "harbour helplines",
    ] {
        assert!(said.contains(words), "{words:?} in {said}");
    }
    let joined = json(&kit, &["join", link]);
    let mut keys: Vec<&str> = joined
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["code", "confirmation_code", "person", "sections"]);
}
