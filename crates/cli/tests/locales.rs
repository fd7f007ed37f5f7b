//! `harbour locales check` on the real binary: the bundled locales pass, a
//! broken folder fails with the problem's file, line and column.

mod common;

use common::{harbour_without_vault, stdout};
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
    let text = stdout(
        &harbour_without_vault()
            .args(["locales", "check"])
            .assert()
            .success(),
    );
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
    let text = stdout(
        &harbour_without_vault()
            .args(["locales", "check", "--locale", "pl", "--dir"])
            .arg(&dir)
            .assert()
            .code(1),
    );
    assert!(
        text.contains("pl/harbour.ftl:2:27: error[syntax]"),
        "{text}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn the_pseudo_locales_are_checked_and_usable_with_lang() {
    // `locales check --dir` makes them from that folder's en-GB and checks them.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &fixtures().join("reference/en-GB"),
        &dir.path().join("en-GB"),
    );
    let text = stdout(
        &harbour_without_vault()
            .args(["locales", "check", "--dir"])
            .arg(dir.path())
            .assert()
            .success(),
    );
    for tag in ["en-XA", "ar-XB"] {
        assert!(text.lines().any(|l| l.starts_with(tag)), "{tag}:\n{text}");
    }

    // `--lang` reaches them by their exact tag; ar-XB writes right to left.
    let vault = dir.path().join("vault");
    common::init(&vault);
    let page = dir.path().join("plan.html");
    let page_arg = page.to_str().unwrap();
    for (tag, direction) in [("en-XA", "ltr"), ("ar-XB", "rtl")] {
        common::ok(
            &vault,
            &[
                "plan", "export", "--format", "html", "-o", page_arg, "--lang", tag,
            ],
        );
        let html = fs::read_to_string(&page).unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{tag}\" dir=\"{direction}\">")),
            "{tag}: {html}"
        );
        assert!(html.contains("[!! "), "{tag}: {html}");
    }
}
