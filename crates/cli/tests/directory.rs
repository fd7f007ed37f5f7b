//! `harbour directory near|import`, run as the real binary.

mod common;

use assert_cmd::Command;
use common::{harbour_without_vault, json_error, stderr};
use std::path::PathBuf;

/// Thursday 26 November 2026, 19:00 UK time (test-only clock, read by harbour-api).
const THURSDAY_7PM: &str = "2026-11-26T19:00:00Z";

fn harbour() -> Command {
    let mut cmd = harbour_without_vault();
    cmd.env("HARBOUR_NOW", THURSDAY_7PM);
    cmd
}

/// A file of the directory crate's test fixtures, in `folder`.
fn fixture_in(folder: &str, name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../directory/tests/fixtures")
        .join(folder)
        .join(name)
        .display()
        .to_string()
}

fn fixture(name: &str) -> String {
    fixture_in("hsds", name)
}

fn council(name: &str) -> String {
    fixture_in("council", name)
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
    common::stdout(&cmd.assert().success())
}

const COUNCIL_SOURCE: &str = "https://council.example.org/open-referral";

/// `directory import FILE --source URL` into the vault folder, as JSON.
fn import_as_json(vault: &str, file: &str, source: &str) -> serde_json::Value {
    let text = stdout(harbour().args([
        "--json",
        "--vault",
        vault,
        "directory",
        "import",
        file,
        "--source",
        source,
    ]));
    serde_json::from_str(&text).expect("an import report in JSON")
}

/// `directory near PLACE`, with the datasets imported into the vault folder.
fn near_with_imports(vault: &str, place: &str) -> String {
    stdout(harbour().args(["--vault", vault, "directory", "near", place]))
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
        vec!["directory", "near", "Grantham", "--kind", "spa"],
        vec!["directory", "near", "Grantham", "--at", "teatime"],
        vec!["directory", "near", "  "],
    ] {
        let err = json_error(harbour(), &args);
        assert_eq!(err["code"], "invalid_input", "{args:?}");
    }
}

#[test]
fn import_stores_public_data_and_refuses_files_with_nothing_valid_whole() {
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
    assert_eq!(
        text, "Imported 1 services from service_list.json (1 imported in all).\n",
        "nothing refused or changed: nothing more said"
    );
    let text = near_with_imports(&vault_arg, "Community Counselling");
    assert!(text.contains("Community Counselling [drop_in]"), "{text}");
    assert!(text.contains("distance unknown"), "{text}");

    // Not one valid record: the whole file is refused, with every reason, and the store is
    // unchanged.
    let before = std::fs::read(vault.join("directory-imports.json")).unwrap();
    let all_bad = vault.join("all-bad.json");
    std::fs::write(
        &all_bad,
        r#"[{"id": "a", "name": "", "last_modified": "2026-01-05"},
            {"id": "b", "name": "B", "last_modified": "soon"}]"#,
    )
    .unwrap();
    let err = stderr(
        &harbour()
            .args([
                "--vault",
                &vault_arg,
                "directory",
                "import",
                &all_bad.display().to_string(),
                "--format",
                "hsds",
            ])
            .assert()
            .failure(),
    );
    assert!(
        err.contains("nothing was imported: 2 of 2 records refused"),
        "{err}"
    );
    assert!(err.contains("record 1 (a): has no name"), "{err}");
    assert!(
        err.contains("record 2 (b): last-checked date \"soon\""),
        "{err}"
    );
    assert!(err.contains("[invalid_input]"), "{err}");
    assert_eq!(
        std::fs::read(vault.join("directory-imports.json")).unwrap(),
        before
    );

    // The full example's latitude is 100: it imports without its coordinates, and says so.
    let text = stdout(harbour().args([
        "--vault",
        &vault_arg,
        "directory",
        "import",
        &fixture("service_full.json"),
        "--format",
        "hsds",
    ]));
    assert_eq!(
        text,
        "Imported 1 services from service_full.json (2 imported in all).\n\
         Changed record 1 (ac148810-d857-441c-9679-408f346de14b): latitude 100 is out of range \
         (-90 to 90): imported without its coordinates (the rest of its location is kept)\n"
    );
    let _ = std::fs::remove_dir_all(&vault);
}

#[test]
fn importing_a_council_file_lists_each_refused_and_changed_record() {
    let vault = scratch("council");
    let vault_arg = vault.display().to_string();
    let text = stdout(harbour().args([
        "--vault",
        &vault_arg,
        "directory",
        "import",
        &council("council.json"),
    ]));
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [
            "Imported 5 services from council.json (5 imported in all).",
            "Refused record 5 (lcc-005): has no name",
            "Changed record 3 (lcc-003): latitude 123 is out of range (-90 to 90): \
             imported without its coordinates (the rest of its location is kept)",
        ]
    );
    // The changed service is stored, with its address and no position.
    let text = near_with_imports(&vault_arg, "Riverside Drop-in");
    assert!(text.contains("Riverside Drop-in [drop_in]"), "{text}");
    assert!(text.contains("distance unknown"), "{text}");
    assert!(
        text.contains("Riverside Centre, Grantham, NG31 6AA"),
        "{text}"
    );

    // The ORUK CSV folder, as JSON: every existing field as before, plus the two lists.
    let v = import_as_json(&vault_arg, &council("oruk"), COUNCIL_SOURCE);
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["changed", "imported", "refused", "source", "total_imported"]
    );
    assert_eq!(v["source"], COUNCIL_SOURCE);
    assert_eq!(v["imported"], 5);
    assert_eq!(v["total_imported"], 10);
    assert_eq!(
        v["refused"],
        serde_json::json!([{"position": 6, "id": "lcc-005", "problem": "has no name"}])
    );
    assert_eq!(
        v["changed"],
        serde_json::json!([{
            "position": 4,
            "id": "lcc-003",
            "problem": "latitude 123 is out of range (-90 to 90): imported without its \
                        coordinates (the rest of its location is kept)"
        }])
    );
    // Its services.csv is the same import (replacing the one from the same source).
    let services_csv = format!("{}/services.csv", council("oruk"));
    let again = import_as_json(&vault_arg, &services_csv, COUNCIL_SOURCE);
    assert_eq!(again, v);
    let _ = std::fs::remove_dir_all(&vault);
}
