//! `locale.toml`: what the app and translators need to know about a locale.
//!
//! ```toml
//! name = "Cymraeg"            # the language's own name for itself
//! english-name = "Welsh"      # optional
//! direction = "ltr"           # or "rtl"
//! status = "needs-review"     # or "reviewed"
//! contributors = ["Name <optional contact>"]
//! ```

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A native speaker has checked every message.
    Reviewed,
    /// Translated but not yet checked by a native speaker: the app still
    /// offers it, and missing messages are only warnings.
    NeedsReview,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LocaleInfo {
    pub name: String,
    #[serde(default)]
    pub english_name: Option<String>,
    pub direction: Direction,
    pub status: Status,
    #[serde(default)]
    pub contributors: Vec<String>,
}

impl LocaleInfo {
    /// Parses a `locale.toml`; the error says what is wrong, with its line.
    pub fn parse(text: &str) -> Result<LocaleInfo, String> {
        let info: LocaleInfo = toml::from_str(text).map_err(|e| e.to_string())?;
        if info.name.trim().is_empty() {
            return Err("`name` must be the language's own name, e.g. \"Cymraeg\"".into());
        }
        Ok(info)
    }
}
