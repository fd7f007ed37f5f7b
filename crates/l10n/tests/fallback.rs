//! The per-message fallback chain and hostile input, through the real Fluent
//! runtime (fluent-bundle) the CLI and exports use.

use harbour_l10n::{lint, FluentArgs, LocaleSet, Localizer, Rule};

fn set() -> LocaleSet {
    let mut set = LocaleSet::default();
    set.insert(
        "en-GB",
        "harbour.ftl",
        "greeting = Hello\nfarewell = Goodbye\ncall = Call { $name }\nonly-en = English only\n",
    );
    set.insert(
        "en-GB",
        "easy-read.ftl",
        "greeting = Hi\nonly-en = Plain English\n",
    );
    set.insert(
        "cy",
        "harbour.ftl",
        "greeting = Helo\ncall = Ffonio { $name }\nbroken = { $x\n",
    );
    set.insert("cy", "easy-read.ftl", "farewell = Hwyl\n");
    set
}

#[test]
fn easy_read_in_the_chosen_language_comes_first() {
    assert_eq!(
        Localizer::new(&set(), "cy", true).format("farewell", None),
        "Hwyl"
    );
}

#[test]
fn then_standard_in_the_chosen_language() {
    assert_eq!(
        Localizer::new(&set(), "cy", true).format("greeting", None),
        "Helo"
    );
    assert_eq!(
        Localizer::new(&set(), "cy", false).format("farewell", None),
        "Goodbye"
    );
}

#[test]
fn then_en_gb_easy_read_then_en_gb() {
    assert_eq!(
        Localizer::new(&set(), "cy", true).format("only-en", None),
        "Plain English"
    );
    assert_eq!(
        Localizer::new(&set(), "cy", false).format("only-en", None),
        "English only"
    );
    assert_eq!(
        Localizer::new(&set(), "pl", true).format("greeting", None),
        "Hi"
    );
    assert_eq!(
        Localizer::new(&set(), "en-GB", false).format("greeting", None),
        "Hello"
    );
}

#[test]
fn never_an_id_and_no_isolation_marks() {
    let l = Localizer::new(&set(), "cy", true);
    assert_eq!(l.format("no-such-id", None), "");
    assert!(!l.has("no-such-id"));
    assert_eq!(l.format("broken", None), "");
    let mut args = FluentArgs::new();
    args.set("name", "116 123");
    // Text from Rust leaves the web view: no FSI/PDI around the number.
    assert_eq!(l.format("call", Some(&args)), "Ffonio 116 123");
}

#[test]
fn a_message_missing_its_variable_falls_back() {
    // `call` without $name errors in cy and en-GB alike: nothing half-formatted is shown.
    let l = Localizer::new(&set(), "cy", false);
    assert_eq!(l.format("call", None), "");
}

fn hostile() -> String {
    let mut s = String::new();
    s.push_str("script = <script>alert('x')</script>\n");
    s.push_str("markup = <img src=x onerror=alert(1)><b>bold</b>\n");
    s.push_str("bidi = Call \u{202E}321 611\u{202C} now\n");
    s.push_str(&format!("huge = {}\n", "a".repeat(1024 * 1024)));
    s.push_str(&format!(
        "deep = {}$x{}\n",
        "{".repeat(5000),
        "}".repeat(5000)
    ));
    s.push_str(&format!("unbalanced = {}\n", "{ ".repeat(100_000)));
    s
}

#[test]
fn a_hostile_locale_is_refused_without_panicking() {
    let mut set = set();
    set.insert("pl", "harbour.ftl", &hostile());
    set.insert(
        "pl",
        "locale.toml",
        "name = \"Polski\"\ndirection = \"ltr\"\nstatus = \"needs-review\"\n",
    );
    let report = lint(&set, Some("pl"));
    assert!(report.errors() > 0);
    assert!(report.has(Rule::ForbiddenChar));
    assert!(report.has(Rule::TooLong));
    // The refused file falls back to en-GB as a whole.
    let l = Localizer::new(&set, "pl", false);
    assert_eq!(l.format("greeting", None), "Hello");
    assert_eq!(l.format("script", None), "");
}

#[test]
fn hostile_messages_that_load_are_plain_text() {
    let mut set = set();
    // Small enough to load: each hostile part on its own.
    set.insert(
        "pl",
        "harbour.ftl",
        "script = <script>alert('x')</script>\ndeep = { { { { { \"ok\" } } } } }\n",
    );
    let l = Localizer::new(&set, "pl", false);
    assert_eq!(l.format("script", None), "<script>alert('x')</script>");
    assert_eq!(l.format("deep", None), "ok");
    for part in [
        format!("deep = {}$x{}\n", "{".repeat(5000), "}".repeat(5000)),
        format!("huge = {}\n", "a".repeat(1024 * 1024)),
        "bidi = \u{202E}x\n".to_owned(),
    ] {
        let mut one = LocaleSet::default();
        one.insert("en-GB", "harbour.ftl", "a = b\n");
        one.insert("pl", "harbour.ftl", &part);
        one.insert(
            "pl",
            "locale.toml",
            "name = \"P\"\ndirection = \"ltr\"\nstatus = \"needs-review\"\n",
        );
        let report = lint(&one, Some("pl"));
        assert!(report.errors() > 0, "{part:.40}");
        let _ = Localizer::new(&one, "pl", false).format("deep", None);
    }
}
