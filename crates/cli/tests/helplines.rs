//! Runs the real `harbour` binary.

mod common;

use common::{harbour_without_vault, json_error, stdout};

#[test]
fn helplines_for_gb_lists_samaritans_with_source_and_date() {
    let text = stdout(
        &harbour_without_vault()
            .args(["helplines", "--country", "GB"])
            .assert()
            .success(),
    );
    assert!(
        text.starts_with("Samaritans (GB)\n  Call: 116 123\n"),
        "{text}"
    );
    assert!(text.contains("Last checked: 20"), "{text}");
    assert!(!text.contains("(IE)"), "only GB lines: {text}");
}

#[test]
fn json_errors_carry_a_stable_code() {
    let err = json_error(
        harbour_without_vault(),
        &["helplines", "--country", "Britain"],
    );
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("Britain"));
}
