//! Runs the real `harbour` binary.

use assert_cmd::Command;

#[test]
fn helplines_for_gb_lists_samaritans_with_source_and_date() {
    let out = Command::cargo_bin("harbour")
        .unwrap()
        .args(["helplines", "--country", "GB"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("Samaritans (GB)\n  Call: 116 123\n"),
        "{text}"
    );
    assert!(text.contains("Last checked: 20"), "{text}");
    assert!(!text.contains("(IE)"), "only GB lines: {text}");
}

#[test]
fn json_errors_carry_a_stable_code() {
    let out = Command::cargo_bin("harbour")
        .unwrap()
        .args(["--json", "helplines", "--country", "Britain"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("Britain"));
}
