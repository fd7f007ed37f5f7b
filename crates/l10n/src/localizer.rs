//! Fluent formatting for text Harbour writes outside the web view (CLI
//! output, exported files), with the same per-message fallback chain as the
//! UI: Easy Read in the chosen language → standard in the chosen language →
//! en-GB Easy Read (only when Easy Read is on) → en-GB.

use crate::pseudo::{grammar_locale, is_pseudo};
use crate::scan::{nesting, MAX_NESTING};
use crate::{LocaleSet, EASY_READ_FILE, MAX_FILE_BYTES, REFERENCE_LOCALE, STANDARD_FILE};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

pub struct Localizer {
    locale: String,
    chain: Vec<FluentBundle<FluentResource>>,
}

/// A bundle for one file, or `None` if the file is absent or refused
/// (too big, or nested too deeply to parse safely). A file with some broken
/// messages still loads the messages that parse.
fn bundle_for(
    langid: &LanguageIdentifier,
    source: Option<&str>,
) -> Option<FluentBundle<FluentResource>> {
    let source = source?;
    if source.len() > MAX_FILE_BYTES || nesting(source, MAX_NESTING).1.is_some() {
        return None;
    }
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, _errors)) => r,
    };
    let mut bundle = FluentBundle::new(vec![langid.clone()]);
    // Text formatted here leaves the web view (terminal, files): no FSI/PDI marks.
    bundle.set_use_isolating(false);
    // Duplicate ids: the first one wins, as in the UI.
    let _ = bundle.add_resource(resource);
    Some(bundle)
}

impl Localizer {
    /// A localizer for `locale` (use [`negotiate`] first to pick a shipped one).
    pub fn new(set: &LocaleSet, locale: &str, easy_read: bool) -> Localizer {
        // Plural rules follow the messages' grammar: en-GB's for a pseudo-locale.
        let langid: LanguageIdentifier = grammar_locale(locale).parse().unwrap_or_default();
        let reference: LanguageIdentifier = REFERENCE_LOCALE.parse().unwrap_or_default();
        let is_reference = locale == REFERENCE_LOCALE;
        let candidates = [
            easy_read.then(|| bundle_for(&langid, set.file(locale, EASY_READ_FILE))),
            Some(bundle_for(&langid, set.file(locale, STANDARD_FILE))),
            (easy_read && !is_reference)
                .then(|| bundle_for(&reference, set.file(REFERENCE_LOCALE, EASY_READ_FILE))),
            (!is_reference)
                .then(|| bundle_for(&reference, set.file(REFERENCE_LOCALE, STANDARD_FILE))),
        ];
        Localizer {
            locale: locale.to_owned(),
            chain: candidates.into_iter().flatten().flatten().collect(),
        }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Whether any bundle in the chain has a usable value for `id`.
    pub fn has(&self, id: &str) -> bool {
        self.chain
            .iter()
            .any(|b| b.get_message(id).and_then(|m| m.value()).is_some())
    }

    /// The message from the first bundle that formats it without errors.
    /// Never returns the id: a message missing everywhere is `""`.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in &self.chain {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
        }
        String::new()
    }
}

/// The best of `available` for the languages a person asked for, in order of
/// preference; en-GB when nothing matches. `pl-PL` finds `pl`, `en-US` finds `en-GB`.
/// A pseudo-locale is only chosen when asked for by its exact tag, so no
/// system language (`ar-EG`, `en-US`) ever lands on one.
pub fn negotiate<S: AsRef<str>>(requested: &[S], available: &[String]) -> String {
    let real: Vec<LanguageIdentifier> = available
        .iter()
        .filter(|a| !is_pseudo(a))
        .filter_map(|a| a.parse().ok())
        .collect();
    // Lookup takes the first requested tag that matches, so asking one at a
    // time, in order, gives the same answer and lets exact pseudo tags in.
    for raw in requested {
        let tag = normalise_tag(raw.as_ref());
        if is_pseudo(&tag) {
            if let Some(found) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag)) {
                return found.clone();
            }
            continue;
        }
        let Ok(id) = tag.parse::<LanguageIdentifier>() else {
            continue;
        };
        let chosen = negotiate_languages(&[id], &real, None, NegotiationStrategy::Lookup);
        let found = chosen.first().and_then(|id| {
            let tag = id.to_string();
            available
                .iter()
                .find(|a| a.eq_ignore_ascii_case(&tag))
                .cloned()
        });
        if let Some(found) = found {
            return found;
        }
    }
    REFERENCE_LOCALE.to_owned()
}

/// `pl_PL.UTF-8@euro` → `pl-PL`; `C` and `POSIX` → nothing useful.
fn normalise_tag(raw: &str) -> String {
    let base = raw.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if base == "C" || base == "POSIX" {
        String::new()
    } else {
        base
    }
}

/// The languages the environment asks for, most wanted first:
/// `HARBOUR_LOCALE`, then the POSIX variables (`LANGUAGE` may list several).
pub fn system_locales() -> Vec<String> {
    let mut out = Vec::new();
    for var in [
        "HARBOUR_LOCALE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANGUAGE",
        "LANG",
    ] {
        if let Ok(value) = std::env::var(var) {
            for part in value.split(':') {
                let tag = normalise_tag(part.trim());
                if !tag.is_empty() && !out.contains(&tag) {
                    out.push(tag);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn available() -> Vec<String> {
        ["ar", "cy", "en-GB", "pl"].map(String::from).to_vec()
    }

    #[test]
    fn negotiates_regions_and_posix_names() {
        assert_eq!(negotiate(&["pl_PL.UTF-8"], &available()), "pl");
        assert_eq!(negotiate(&["en-US"], &available()), "en-GB");
        assert_eq!(negotiate(&["ar-EG", "en-GB"], &available()), "ar");
        assert_eq!(negotiate(&["fr-FR", "cy-GB"], &available()), "cy");
        assert_eq!(negotiate(&["ja"], &available()), "en-GB");
        assert_eq!(negotiate::<&str>(&[], &available()), "en-GB");
        assert_eq!(negotiate(&["C", "not a tag!"], &available()), "en-GB");
    }

    #[test]
    fn a_pseudo_locale_only_by_its_exact_tag() {
        let with_pseudo: Vec<String> = ["ar", "ar-XB", "cy", "en-GB", "en-XA", "pl"]
            .map(String::from)
            .to_vec();
        assert_eq!(negotiate(&["en-XA"], &with_pseudo), "en-XA");
        assert_eq!(negotiate(&["ar_XB.UTF-8"], &with_pseudo), "ar-XB");
        assert_eq!(negotiate(&["pl", "en-XA"], &with_pseudo), "pl");
        assert_eq!(negotiate(&["ar-EG"], &with_pseudo), "ar");
        assert_eq!(negotiate(&["en-US"], &with_pseudo), "en-GB");
        assert_eq!(negotiate(&["en"], &with_pseudo), "en-GB");
        assert_eq!(negotiate(&["ja", "cy-GB"], &with_pseudo), "cy");
        assert_eq!(negotiate(&["en-XA"], &available()), "en-GB");
    }
}
