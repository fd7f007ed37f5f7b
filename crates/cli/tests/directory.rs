//! `harbour directory near|import`, run as the real binary.

use assert_cmd::Command;
use std::path::PathBuf;

/// Thursday 26 November 2026, 19:00 UK time (test-only clock, read by harbour-api).
const THURSDAY_7PM: &str = "2026-11-26T19:00:00Z";

fn harbour() -> Command {
    let mut cmd = Command::cargo_bin("harbour").unwrap();
    cmd.env("HARBOUR_NOW", THURSDAY_7PM)
        .env_remove("HARBOUR_VAULT");
    cmd
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../directory/tests/fixtures/hsds")
        .join(name)
        .display()
        .to_string()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "harbour-cli-directory-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn near_a_town_lists_the_open_crisis_cafe_first_with_status_in_words() {
    let text = stdout(harbour().args([
        "directory",
        "near",
        "Grantham",
        "--kind",
        "crisis_cafe",
        "--open-now",
        "--limit",
        "3",
    ]));
    assert!(text.starts_with("Near Grantham (england)\n"), "{text}");
    let first = text.split("\n\n").nth(1).unwrap();
    assert!(first.starts_with("Night Light Café"), "{first}");
    assert!(first.contains("Open until 21:00 · about 0.0 km"), "{first}");
    assert!(first.contains("Last checked: 2026-11-23"), "{first}");
    assert!(first.contains("Source: https://"), "{first}");
}

#[test]
fn near_coordinates_as_json_gives_structured_status() {
    let text = stdout(harbour().args([
        "--json",
        "directory",
        "near",
        "52.9115,-0.6418",
        "--at",
        "2026-11-27T10:00",
        "--limit",
        "5",
    ]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["matched_by"], "coordinates");
    // Friday 10:00: whatever is listed is open then, and says until when in data, not words.
    for s in v["services"].as_array().unwrap() {
        let state = s["status"]["state"].as_str().unwrap();
        assert!(state == "open_until" || state == "open_all_day", "{s}");
    }
}

#[test]
fn bad_input_gets_a_stable_error_code() {
    for args in [
        vec!["--json", "directory", "near", "Grantham", "--kind", "spa"],
        vec!["--json", "directory", "near", "Grantham", "--at", "teatime"],
        vec!["--json", "directory", "near", "  "],
    ] {
        let out = harbour()
            .args(&args)
            .assert()
            .failure()
            .get_output()
            .stderr
            .clone();
        let err: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(err["code"], "invalid_input", "{args:?}");
    }
}

#[test]
fn import_stores_public_data_and_refuses_bad_files_whole() {
    let vault = scratch("import");
    let vault_arg = vault.display().to_string();
    // No vault: nowhere to keep imports.
    harbour()
        .args(["directory", "import", &fixture("service_list.json")])
        .assert()
        .failure();

    let text = stdout(harbour().args([
        "--vault",
        &vault_arg,
        "directory",
        "import",
        &fixture("service_list.json"),
    ]));
    assert!(
        text.contains("Imported 1 services from service_list.json"),
        "{text}"
    );
    let text = stdout(harbour().args([
        "--vault",
        &vault_arg,
        "directory",
        "near",
        "Community Counselling",
    ]));
    assert!(text.contains("Community Counselling [drop_in]"), "{text}");
    assert!(text.contains("distance unknown"), "{text}");

    // The full example's latitude is 100: the whole file is refused, the store is unchanged.
    let before = std::fs::read(vault.join("directory-imports.json")).unwrap();
    let out = harbour()
        .args([
            "--vault",
            &vault_arg,
            "directory",
            "import",
            &fixture("service_full.json"),
            "--format",
            "hsds",
        ])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(err.contains("latitude 100 is out of range"), "{err}");
    assert!(err.contains("[invalid_input]"), "{err}");
    assert_eq!(
        std::fs::read(vault.join("directory-imports.json")).unwrap(),
        before
    );
    let _ = std::fs::remove_dir_all(&vault);
}
