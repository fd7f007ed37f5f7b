//! Harbour's languages.
//!
//! - [`LocaleSet`]: the locale files, from the bundled copy of the repository's
//!   `locales/` folder or from a folder on disk.
//! - [`Localizer`]: Fluent formatting for Rust-side text (CLI, exports) with
//!   the per-message fallback chain Easy Read (chosen) → standard (chosen) → en-GB.
//! - [`negotiate`]: pick the best shipped locale for what the system asks for.
//! - [`LocaleInfo`]: a locale's `locale.toml`.
//! - [`lint`]: the translator's checker behind `harbour locales check`.
//! - [`pseudo`]: the pseudo-locales `en-XA` and `ar-XB`, derived from en-GB.

mod info;
pub mod lint;
mod localizer;
pub mod plural;
pub mod pseudo;
mod scan;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use info::{Direction, LocaleInfo, Status};
pub use lint::{lint, Diagnostic, Report, Rule, Severity};
pub use localizer::{negotiate, system_locales, Localizer};
pub use pseudo::{is_pseudo, PseudoLocale, PSEUDO_LOCALES};

/// The reference locale: every other locale translates its ids.
pub const REFERENCE_LOCALE: &str = "en-GB";
/// The standard messages of a locale.
pub const STANDARD_FILE: &str = "harbour.ftl";
/// The Easy Read layer: same ids, simpler words.
pub const EASY_READ_FILE: &str = "easy-read.ftl";
/// Name, direction, status and contributors.
pub const INFO_FILE: &str = "locale.toml";
/// Words and phrases an Easy Read layer must not use, one a line.
pub const JARGON_FILE: &str = "jargon.txt";

/// No locale file may be bigger than this (the biggest real one is a few KiB).
pub const MAX_FILE_BYTES: usize = 256 * 1024;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The text files of each locale: locale → file name → contents.
#[derive(Debug, Clone, Default)]
pub struct LocaleSet {
    pub locales: BTreeMap<String, BTreeMap<String, String>>,
    /// Files that could not be read (not UTF-8, unreadable), as (locale, file, reason).
    pub unreadable: Vec<(String, String, String)>,
}

impl LocaleSet {
    /// The locales compiled into this binary from the repository's `locales/`,
    /// and the pseudo-locales derived from its en-GB (see [`pseudo`]).
    pub fn bundled() -> LocaleSet {
        let mut set = LocaleSet::default();
        for (locale, file, text) in embedded::EMBEDDED {
            set.insert(locale, file, text);
        }
        set.with_pseudo()
    }

    /// Every `<locale>/*.{ftl,toml,txt}` under `dir`.
    pub fn from_dir(dir: &Path) -> std::io::Result<LocaleSet> {
        let mut set = LocaleSet::default();
        let mut subdirs: Vec<_> = fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        subdirs.sort();
        for sub in subdirs {
            let Some(locale) = sub.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            if locale.starts_with('.') {
                continue;
            }
            set.locales.entry(locale.clone()).or_default();
            for entry in fs::read_dir(&sub)?.filter_map(Result::ok) {
                let path = entry.path();
                let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned)
                else {
                    continue;
                };
                if !path.is_file() || name.starts_with('.') {
                    continue;
                }
                match fs::read(&path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => set.insert(&locale, &name, &text),
                        Err(_) => set.unreadable.push((
                            locale.clone(),
                            name,
                            "not UTF-8 text; save the file as UTF-8".into(),
                        )),
                    },
                    Err(e) => set.unreadable.push((locale.clone(), name, e.to_string())),
                }
            }
        }
        Ok(set)
    }

    pub fn insert(&mut self, locale: &str, file: &str, text: &str) {
        self.locales
            .entry(locale.to_owned())
            .or_default()
            .insert(file.to_owned(), text.to_owned());
    }

    pub fn file(&self, locale: &str, file: &str) -> Option<&str> {
        self.locales.get(locale)?.get(file).map(String::as_str)
    }

    /// Locales that have a standard file, i.e. that a person can choose.
    pub fn available(&self) -> Vec<String> {
        self.locales
            .iter()
            .filter(|(_, files)| files.contains_key(STANDARD_FILE))
            .map(|(l, _)| l.clone())
            .collect()
    }

    /// The parsed `locale.toml` of a locale, if it has a valid one.
    pub fn info(&self, locale: &str) -> Option<LocaleInfo> {
        LocaleInfo::parse(self.file(locale, INFO_FILE)?).ok()
    }
}
