//! CLDR cardinal plural categories per language.
//!
//! Source: Unicode CLDR 46, `common/supplemental/plurals.xml` (cardinal
//! rules), also browsable as the "Language Plural Rules" chart at
//! unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html.
//! Encoded here for the shipped languages and some likely next ones; any
//! other language gets [`DEFAULT`] (`one`, `other`), which is right for most
//! languages and never asks a translator for more than they need. Add a row
//! when adding a language whose CLDR row differs.

/// Used for languages missing from [`TABLE`].
pub const DEFAULT: &[&str] = &["one", "other"];

/// Every category name Fluent may use as a plural variant key.
pub const ALL: &[&str] = &["zero", "one", "two", "few", "many", "other"];

const TABLE: &[(&str, &[&str])] = &[
    // shipped
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
    ("bn", &["one", "other"]),
    ("cy", &["zero", "one", "two", "few", "many", "other"]),
    ("en", &["one", "other"]),
    ("es", &["one", "many", "other"]),
    ("pa", &["one", "other"]),
    ("pl", &["one", "few", "many", "other"]),
    ("ro", &["one", "few", "other"]),
    ("ur", &["one", "other"]),
    // likely next (UK community languages)
    ("de", &["one", "other"]),
    ("fa", &["one", "other"]),
    ("fr", &["one", "many", "other"]),
    ("ga", &["one", "two", "few", "many", "other"]),
    ("gd", &["one", "two", "few", "other"]),
    ("gu", &["one", "other"]),
    ("he", &["one", "two", "other"]),
    ("hi", &["one", "other"]),
    ("it", &["one", "many", "other"]),
    ("ja", &["other"]),
    ("ko", &["other"]),
    ("lt", &["one", "few", "many", "other"]),
    ("pt", &["one", "many", "other"]),
    ("ps", &["one", "other"]),
    ("ru", &["one", "few", "many", "other"]),
    ("so", &["one", "other"]),
    ("ta", &["one", "other"]),
    ("ti", &["one", "other"]),
    ("tr", &["one", "other"]),
    ("uk", &["one", "few", "many", "other"]),
    ("vi", &["other"]),
    ("zh", &["other"]),
];

/// The plural categories a translation into `locale` (a BCP 47 tag) must cover.
pub fn categories(locale: &str) -> &'static [&'static str] {
    let language = locale
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    TABLE
        .iter()
        .find(|(l, _)| *l == language)
        .map_or(DEFAULT, |(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_by_language() {
        assert_eq!(categories("pl"), &["one", "few", "many", "other"]);
        assert_eq!(categories("en-GB"), &["one", "other"]);
        assert_eq!(categories("ar-EG").len(), 6);
        assert_eq!(categories("xx"), DEFAULT);
    }

    #[test]
    fn table_uses_cldr_names_and_always_has_other() {
        for (_, cats) in TABLE {
            assert!(cats.contains(&"other"));
            assert!(cats.iter().all(|c| ALL.contains(c)));
        }
    }
}
