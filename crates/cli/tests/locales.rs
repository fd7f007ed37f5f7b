//! `harbour locales check` on the real binary: the bundled locales pass, a
//! broken folder fails with the problem's file, line and column.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../l10n/tests/fixtures")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn the_bundled_locales_pass() {
    let out = Command::cargo_bin("harbour")
        .unwrap()
        .args(["locales", "check"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for locale in ["en-GB", "cy", "pl", "ar", "ur", "ro", "pa", "bn", "es"] {
        assert!(
            text.lines().any(|l| l.starts_with(locale)),
            "{locale} missing:\n{text}"
        );
    }
    assert!(text.contains("0 error(s)"), "{text}");
}

#[test]
fn a_syntax_error_fails_with_its_position() {
    let dir = std::env::temp_dir().join(format!("harbour-locales-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&fixtures().join("reference/en-GB"), &dir.join("en-GB"));
    copy_dir(&fixtures().join("syntax/pl"), &dir.join("pl"));
    let out = Command::cargo_bin("harbour")
        .unwrap()
        .args(["locales", "check", "--locale", "pl", "--dir"])
        .arg(&dir)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("pl/harbour.ftl:2:27: error[syntax]"),
        "{text}"
    );
    let _ = fs::remove_dir_all(&dir);
}
