//! The `harbour` binary on real vault directories: init, edit, show, export,
//! backup and restore, errors, and no plaintext on disk.

mod common;

use common::{field, harbour, init, json, json_error, ok, PASS};
use std::path::{Path, PathBuf};

fn err_code(vault: &Path, pass: &str, args: &[&str]) -> String {
    let mut cmd = harbour(vault);
    cmd.env("HARBOUR_PASSPHRASE", pass);
    let err = json_error(cmd, args);
    assert!(err["message"].as_str().is_some_and(|m| !m.is_empty()));
    err["code"].as_str().unwrap().to_string()
}

#[test]
fn write_show_export_backup_restore() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    let key = init(&vault);

    ok(
        &vault,
        &[
            "plan",
            "set",
            "crisis.when_well",
            "Chatty & <loud>, likes jokes",
        ],
    );
    let walk = ok(
        &vault,
        &["plan", "add", "toolbox.helps", "A walk by the river"],
    )
    .trim()
    .to_string();
    assert_eq!(walk.len(), 32, "{walk}");
    let music = ok(&vault, &["plan", "add", "toolbox.helps", "Loud music"])
        .trim()
        .to_string();
    ok(&vault, &["plan", "add", "crisis.supporters", "Sam"]);
    ok(
        &vault,
        &["plan", "add", "early_warning.signs", "Not sleeping"],
    );
    ok(&vault, &["plan", "add", "reasons.reasons", "My cat"]);
    ok(&vault, &["plan", "remove", "toolbox.helps", &music]);

    let text = ok(&vault, &["plan", "show", "toolbox"]);
    assert!(text.contains("A walk by the river"), "{text}");
    assert!(!text.contains("Loud music"), "{text}");
    assert!(!text.contains("Crisis plan ("), "only toolbox: {text}");

    let plan = json(&vault, &["plan", "show"]);
    assert_eq!(plan["sections"].as_array().unwrap().len(), 8);
    assert_eq!(
        field(&plan, "crisis.when_well")["text"],
        "Chatty & <loud>, likes jokes"
    );
    let helps = field(&plan, "toolbox.helps")["items"].as_array().unwrap();
    assert_eq!(helps.len(), 1);
    assert_eq!(helps[0]["id"], walk.as_str());
    assert_eq!(
        field(&plan, "crisis.supporters")["items"][0]["values"]["name"],
        "Sam"
    );

    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    for view in ["full", "safety", "crisis"] {
        let html = out.join(format!("{view}.html"));
        let js = out.join(format!("{view}.json"));
        let h = html.to_str().unwrap();
        let j = js.to_str().unwrap();
        ok(
            &vault,
            &[
                "plan", "export", "--format", "html", "--view", view, "-o", h,
            ],
        );
        ok(
            &vault,
            &[
                "plan", "export", "--format", "json", "--view", view, "-o", j,
            ],
        );
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("@page { size: A4"));
        assert!(!page.contains("<loud>"), "unescaped text in {view}");
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&js).unwrap()).unwrap();
        assert_eq!(doc["format"], "harbour-plan");
        assert_eq!(doc["view"]["kind"], view);
        match view {
            "crisis" => {
                assert!(page.contains("Chatty &amp; &lt;loud&gt;, likes jokes"));
                assert!(page.contains("Sam"));
                assert!(
                    !page.contains("A walk by the river"),
                    "toolbox is not in the crisis view"
                );
            }
            "safety" => {
                assert!(page.contains("Not sleeping") && page.contains("My cat"));
                assert!(page.contains("A walk by the river") && page.contains("Sam"));
            }
            _ => assert!(page.contains("A walk by the river") && page.contains("Chatty")),
        }
    }

    let backup = tmp.path().join("plan.backup");
    ok(
        &vault,
        &["backup", "create", "-o", backup.to_str().unwrap()],
    );
    // The plan in clear (exports) and in a backup: this user's eyes only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        for name in ["full.html", "full.json", "crisis.html"] {
            assert_eq!(mode(&out.join(name)), 0o600, "{name}");
        }
        assert_eq!(mode(&backup), 0o600);
        assert_eq!(mode(&vault), 0o700);
    }

    // Restore on a "fresh machine": a new directory, by passphrase and by recovery key.
    let restored = tmp.path().join("restored");
    ok(&restored, &["backup", "restore", backup.to_str().unwrap()]);
    assert_eq!(json(&restored, &["plan", "show"]), plan);

    let by_key = tmp.path().join("by-key");
    harbour(&by_key)
        .env_remove("HARBOUR_PASSPHRASE")
        .args([
            "backup",
            "restore",
            backup.to_str().unwrap(),
            "--recovery-key",
            &key,
        ])
        .assert()
        .success();
    assert_eq!(json(&by_key, &["plan", "show"]), plan);

    // Restoring over an existing vault is refused.
    assert_eq!(
        err_code(
            &restored,
            PASS,
            &["backup", "restore", backup.to_str().unwrap()]
        ),
        "vault_exists"
    );
}

#[test]
fn errors_have_stable_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    assert_eq!(err_code(&vault, PASS, &["plan", "show"]), "vault_not_found");
    // Default KDF parameters, through the real prompt-free path.
    let text = ok(&vault, &["init"]);
    assert!(text.contains("recovery key"), "{text}");
    assert_eq!(err_code(&vault, PASS, &["init"]), "vault_exists");
    assert_eq!(
        err_code(&vault, "not my passphrase", &["plan", "show"]),
        "wrong_passphrase"
    );
    assert_eq!(
        err_code(
            &vault,
            PASS,
            &["plan", "set", "crisis.favourite_colour", "x"]
        ),
        "unknown_field"
    );
    assert_eq!(
        err_code(&vault, PASS, &["plan", "show", "nope"]),
        "unknown_field"
    );
    assert_eq!(
        err_code(&vault, PASS, &["plan", "set", "toolbox.helps", "x"]),
        "invalid_input"
    );
    assert_eq!(
        err_code(
            &vault,
            PASS,
            &[
                "plan",
                "remove",
                "toolbox.helps",
                "0123456789abcdef0123456789abcdef"
            ]
        ),
        "item_not_found"
    );
    let long = "x".repeat(20_001);
    assert_eq!(
        err_code(&vault, PASS, &["plan", "set", "crisis.money", &long]),
        "too_long"
    );
    let garbage = tmp.path().join("garbage.backup");
    std::fs::write(&garbage, b"HARBOUR? not really").unwrap();
    assert_eq!(
        err_code(
            &tmp.path().join("fresh"),
            PASS,
            &["backup", "restore", garbage.to_str().unwrap()]
        ),
        "backup_corrupt"
    );
    // No passphrase and no terminal: a clear error, not a hang.
    let mut cmd = harbour(&vault);
    cmd.env_remove("HARBOUR_PASSPHRASE");
    assert_eq!(
        json_error(cmd, &["plan", "show"])["code"],
        "passphrase_required"
    );
}

fn all_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn canaries_never_reach_the_disk_in_plaintext() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    let fields = json(&vault, &["plan", "show"]);
    let mut canaries = vec![];
    let mut to_remove = vec![];
    for section in fields["sections"].as_array().unwrap() {
        let mut removed_one = false;
        for f in section["fields"].as_array().unwrap() {
            let id = f["id"].as_str().unwrap();
            let canary = format!("CANARY-{}-zebra-quartz", id.replace('.', "-"));
            if f["kind"] == "text" {
                // Written, then edited, so history holds an older version too.
                ok(
                    &vault,
                    &["plan", "set", id, &format!("{canary} first draft")],
                );
                ok(&vault, &["plan", "set", id, &canary]);
            } else {
                ok(&vault, &["plan", "add", id, &canary]);
                if !removed_one {
                    // In every section, one more item that is then removed.
                    removed_one = true;
                    let gone = format!("DELETED-{}-zebra-quartz", id.replace('.', "-"));
                    let gone_id = ok(&vault, &["plan", "add", id, &gone]).trim().to_string();
                    to_remove.push((id.to_string(), gone_id));
                    canaries.push(gone);
                }
            }
            canaries.push(canary);
        }
    }
    for (list, id) in &to_remove {
        ok(&vault, &["plan", "remove", list, id]);
    }
    let backup = tmp.path().join("b.backup");
    ok(
        &vault,
        &["backup", "create", "-o", backup.to_str().unwrap()],
    );
    // The canaries are really in the plan...
    let shown = ok(&vault, &["plan", "show"]);
    assert!(shown.contains("CANARY-crisis-money-zebra-quartz"));

    // ...and nowhere on disk in the clear.
    let mut files = vec![];
    all_files(tmp.path(), &mut files);
    assert!(files.len() >= 2, "{files:?}");
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for needle in canaries
            .iter()
            .map(String::as_bytes)
            .chain([&b"zebra-quartz"[..]])
        {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{} holds {:?} in plaintext",
                file.display(),
                String::from_utf8_lossy(needle)
            );
        }
    }
}
