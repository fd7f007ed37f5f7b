//! The linter catches each kind of problem it claims to, on broken fixtures,
//! and the shipped locales pass it.

use harbour_l10n::{lint, LocaleSet, Report, Rule, Severity};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The reference en-GB plus one fixture folder.
fn load(fixture: &str) -> LocaleSet {
    let mut set = LocaleSet::from_dir(&fixtures().join("reference")).expect("reference fixture");
    let broken = LocaleSet::from_dir(&fixtures().join(fixture)).expect("fixture folder");
    for (locale, files) in broken.locales {
        let entry = set.locales.entry(locale).or_default();
        entry.extend(files);
    }
    set.unreadable.extend(broken.unreadable);
    set
}

fn check(fixture: &str) -> Report {
    let report = lint(&load(fixture), None);
    eprintln!("{fixture}:\n{}", report.render());
    report
}

fn only(report: &Report, rule: Rule) -> Vec<&harbour_l10n::Diagnostic> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .collect()
}

#[test]
fn good_fixture_is_clean() {
    let report = check("good");
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.coverage.len(), 2);
}

#[test]
fn syntax_errors_have_file_line_and_column() {
    let report = check("syntax");
    let found = only(&report, Rule::Syntax);
    assert!(!found.is_empty());
    let d = found[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.file, "pl/harbour.ftl");
    assert_eq!(d.line, 2);
    assert!(d.column > 1, "{d:?}");
    assert!(report.render().contains("pl/harbour.ftl:2:"));
}

/// Fixtures whose single rule must fire with the given severity.
const CASES: &[(&str, Rule, Severity)] = &[
    ("duplicate-id", Rule::DuplicateId, Severity::Error),
    ("missing-id", Rule::MissingId, Severity::Warning),
    ("missing-id-reviewed", Rule::MissingId, Severity::Error),
    ("obsolete-id", Rule::ObsoleteId, Severity::Warning),
    ("variable-unknown", Rule::VariableUnknown, Severity::Error),
    (
        "variable-unexplained",
        Rule::VariableUnexplained,
        Severity::Error,
    ),
    ("variable-dropped", Rule::VariableDropped, Severity::Warning),
    ("reference-unknown", Rule::ReferenceUnknown, Severity::Error),
    ("plural-missing", Rule::PluralMissing, Severity::Error),
    ("plural-unknown", Rule::PluralUnknown, Severity::Warning),
    ("forbidden-char", Rule::ForbiddenChar, Severity::Error),
    ("too-long", Rule::TooLong, Severity::Error),
    ("too-deep", Rule::TooDeep, Severity::Error),
    ("markup", Rule::Markup, Severity::Warning),
    (
        "easy-read-sentence",
        Rule::EasyReadSentence,
        Severity::Error,
    ),
    ("easy-read-jargon", Rule::EasyReadJargon, Severity::Error),
    ("locale-toml", Rule::LocaleToml, Severity::Error),
    ("locale-tag", Rule::LocaleTag, Severity::Error),
    ("file-missing", Rule::FileMissing, Severity::Error),
    ("file-unknown", Rule::FileUnknown, Severity::Warning),
    ("encoding", Rule::Encoding, Severity::Error),
];

#[test]
fn each_broken_fixture_fires_its_rule() {
    for (fixture, rule, severity) in CASES {
        let report = check(fixture);
        let found = only(&report, *rule);
        assert!(!found.is_empty(), "{fixture}: {rule:?} did not fire");
        assert!(
            found.iter().all(|d| d.severity == *severity),
            "{fixture}: {found:?}"
        );
        // Nothing else is wrong with a fixture that is broken in one way
        // (a refused file also counts as not translating anything).
        let others: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule != *rule && d.rule != Rule::MissingId)
            // Renaming a variable both adds an unknown one and drops the real one.
            .filter(|d| !(*fixture == "variable-unknown" && d.rule == Rule::VariableDropped))
            .collect();
        assert!(others.is_empty(), "{fixture}: unexpected {others:?}");
        assert_eq!(
            report.errors() > 0,
            *severity == Severity::Error,
            "{fixture}"
        );
    }
}

#[test]
fn forbidden_characters_are_located() {
    let report = check("forbidden-char");
    let found = only(&report, Rule::ForbiddenChar);
    assert_eq!(found.len(), 2);
    assert!(found.iter().any(|d| d.message.contains("U+202E")));
    assert!(found
        .iter()
        .any(|d| d.message.contains("U+0007") && d.line == 2));
}

#[test]
fn variable_messages_name_the_variable() {
    let report = check("variable-unknown");
    let d = only(&report, Rule::VariableUnknown)[0];
    assert_eq!(d.id.as_deref(), Some("greeting"));
    assert!(d.message.contains("$imie") && d.message.contains("$name"));
}

#[test]
fn unexplained_variables_are_listed_one_by_one() {
    let report = check("variable-unexplained");
    let found: Vec<(Option<&str>, &str, usize)> = only(&report, Rule::VariableUnexplained)
        .iter()
        .map(|d| (d.id.as_deref(), d.file.as_str(), d.line))
        .collect();
    assert_eq!(
        found,
        vec![
            (Some("greeting"), "en-GB/harbour.ftl", 5),
            (Some("save"), "en-GB/harbour.ftl", 13),
        ]
    );
    let text = report.render();
    assert!(text.contains("greeting: uses { $name }"), "{text}");
    assert!(text.contains("save: uses { $who }"), "{text}");
    assert!(!text.contains("{ $count }"), "{text}");
    // Checking another locale leaves en-GB's own problems out.
    assert!(!lint(&load("variable-unexplained"), Some("xx")).has(Rule::VariableUnexplained));
}

#[test]
fn coverage_counts_translated_ids() {
    let report = check("missing-id");
    let pl = report
        .coverage
        .iter()
        .find(|c| c.locale == "pl")
        .expect("pl row");
    assert_eq!(pl.total, 6);
    assert_eq!(pl.standard, 5);
    assert_eq!(pl.easy_read, 0);
    assert!(report.render().contains("83%"));
}

#[test]
fn only_checks_one_locale_when_asked() {
    let report = lint(&load("obsolete-id"), Some("en-GB"));
    assert!(report.diagnostics.is_empty());
    assert_eq!(report.coverage.len(), 1);
    let missing = lint(&load("good"), Some("xx"));
    assert!(missing.has(Rule::FileMissing));
}

#[test]
fn shipped_locales_pass() {
    let report = lint(&LocaleSet::bundled(), None);
    eprintln!("{}", report.render());
    assert_eq!(report.errors(), 0, "{}", report.render());
    let shipped: Vec<&str> = report.coverage.iter().map(|c| c.locale.as_str()).collect();
    for l in ["en-GB", "cy", "pl", "ar", "ur", "ro", "pa", "bn", "es"] {
        assert!(shipped.contains(&l), "{l} is not shipped");
    }
    // The pseudo-locales are checked too, so they always pass.
    for l in ["en-XA", "ar-XB"] {
        assert!(shipped.contains(&l), "{l} is not checked");
    }
    for l in ["en-GB", "cy", "pl"] {
        let c = report.coverage.iter().find(|c| c.locale == l).expect("row");
        assert!(c.easy_read > 0, "{l} has no Easy Read layer");
    }
}

#[test]
fn the_bundled_copy_matches_the_repository() {
    let on_disk = LocaleSet::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"))
        .expect("locales/")
        // The bundled set also carries the pseudo-locales derived from en-GB.
        .with_pseudo();
    assert_eq!(on_disk.locales, LocaleSet::bundled().locales);
}
