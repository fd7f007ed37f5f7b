//! National crisis helplines, from `data/helplines.json`.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The bundled list; see `data/README.md` for where every number comes from.
const BUNDLED: &str = include_str!("../../../data/helplines.json");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helpline {
    pub id: String,
    /// ISO 3166-1 alpha-2 (the United Kingdom is `GB`).
    pub country: String,
    pub name: String,
    /// The number as the source prints it, for display.
    pub phone: Option<String>,
    /// Only the digits to dial (for `tel:` links).
    pub phone_dial: Option<String>,
    /// The text-message instruction as the source prints it.
    pub sms: Option<String>,
    pub sms_number: Option<String>,
    /// A keyword to send, such as `SHOUT`.
    pub sms_body: Option<String>,
    pub hours: Option<String>,
    pub languages: Option<Vec<String>>,
    pub notes: Option<String>,
    pub source_url: String,
    /// The source page's own date, when it shows one.
    pub source_date: Option<String>,
    /// When this entry was last checked against its source (YYYY-MM-DD).
    pub last_checked: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct HelplineDataset {
    pub helplines: Vec<Helpline>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HelplineError {
    #[error("the helpline list is not valid JSON: {0}")]
    Malformed(String),
    #[error("helpline {id} has no {missing}; unsourced numbers are never shown")]
    Unsourced { id: String, missing: &'static str },
    #[error("helpline {id} has a dial string with characters other than digits and +")]
    BadDialString { id: String },
    #[error("{0:?} is not a two-letter country code")]
    BadCountry(String),
}

impl HelplineDataset {
    /// Parses and validates a helpline list.
    pub fn parse(json: &str) -> Result<Self, HelplineError> {
        let dataset: HelplineDataset =
            serde_json::from_str(json).map_err(|e| HelplineError::Malformed(e.to_string()))?;
        for h in &dataset.helplines {
            h.validate()?;
        }
        Ok(dataset)
    }

    /// The list compiled into this binary.
    pub fn bundled() -> &'static HelplineDataset {
        static DATASET: OnceLock<HelplineDataset> = OnceLock::new();
        DATASET.get_or_init(|| {
            // The bundled file is checked by the test suite, so this cannot fail in a build that passed it.
            HelplineDataset::parse(BUNDLED).unwrap_or_else(|e| panic!("bundled helplines: {e}"))
        })
    }

    /// Helplines for one country, in the order the dataset lists them
    /// (the most general line first), or all of them.
    pub fn for_country(&self, country: Option<&str>) -> Result<Vec<&Helpline>, HelplineError> {
        let Some(country) = country else {
            return Ok(self.helplines.iter().collect());
        };
        let code = normalise_country(country)?;
        Ok(self
            .helplines
            .iter()
            .filter(|h| h.country == code)
            .collect())
    }

    /// Country codes that have at least one helpline, sorted.
    pub fn countries(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self.helplines.iter().map(|h| h.country.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }
}

/// Accepts `gb`, `GB` and the common mistake `UK`.
pub fn normalise_country(input: &str) -> Result<String, HelplineError> {
    let trimmed = input.trim();
    if trimmed.len() != 2 || !trimmed.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(HelplineError::BadCountry(input.to_string()));
    }
    let upper = trimmed.to_ascii_uppercase();
    Ok(if upper == "UK" { "GB".into() } else { upper })
}

impl Helpline {
    fn validate(&self) -> Result<(), HelplineError> {
        let unsourced = |missing| HelplineError::Unsourced {
            id: self.id.clone(),
            missing,
        };
        if self.source_url.trim().is_empty() {
            return Err(unsourced("source"));
        }
        if !is_iso_date(&self.last_checked) {
            return Err(unsourced("last-checked date"));
        }
        for dial in [&self.phone_dial, &self.sms_number].into_iter().flatten() {
            if dial.is_empty() || !dial.chars().all(|c| c.is_ascii_digit() || c == '+') {
                return Err(HelplineError::BadDialString {
                    id: self.id.clone(),
                });
            }
        }
        Ok(())
    }

    /// A `tel:` link, when the helpline takes calls.
    pub fn tel_href(&self) -> Option<String> {
        self.phone_dial.as_ref().map(|d| format!("tel:{d}"))
    }

    /// An `sms:` link with the keyword pre-filled, when the helpline takes texts.
    pub fn sms_href(&self) -> Option<String> {
        let number = self.sms_number.as_ref()?;
        Some(match &self.sms_body {
            Some(body) => format!("sms:{number}?body={}", percent_encode(body)),
            None => format!("sms:{number}"),
        })
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_list_is_valid_and_sourced() {
        let dataset = HelplineDataset::parse(BUNDLED).expect("bundled helplines parse");
        assert!(dataset.helplines.len() >= 20);
        for h in &dataset.helplines {
            assert!(h.source_url.starts_with("http"), "{} has no source", h.id);
            assert!(is_iso_date(&h.last_checked), "{} has no date", h.id);
            assert!(h.tel_href().is_some() || h.sms_href().is_some(), "{}", h.id);
        }
    }

    #[test]
    fn samaritans_first_for_great_britain() {
        let lines = HelplineDataset::bundled().for_country(Some("uk")).unwrap();
        assert_eq!(lines[0].name, "Samaritans");
        assert_eq!(lines[0].tel_href().as_deref(), Some("tel:116123"));
        assert!(lines.iter().all(|h| h.country == "GB"));
    }

    #[test]
    fn shout_is_a_text_line_with_its_keyword() {
        let lines = HelplineDataset::bundled().for_country(Some("GB")).unwrap();
        let shout = lines.iter().find(|h| h.name.starts_with("Shout")).unwrap();
        assert_eq!(shout.tel_href(), None);
        assert_eq!(shout.sms_href().as_deref(), Some("sms:85258?body=SHOUT"));
    }

    #[test]
    fn unknown_country_is_empty_and_bad_country_is_an_error() {
        let dataset = HelplineDataset::bundled();
        assert!(dataset.for_country(Some("ZZ")).unwrap().is_empty());
        assert_eq!(
            dataset.for_country(Some("Britain")),
            Err(HelplineError::BadCountry("Britain".into()))
        );
    }

    #[test]
    fn entries_without_source_or_date_are_refused() {
        let entry = |source: &str, checked: &str| {
            format!(
                r#"{{"helplines":[{{"id":"x","country":"GB","name":"X","phone":"1","phone_dial":"1",
                "sms":null,"sms_number":null,"sms_body":null,"hours":null,"languages":null,"notes":null,
                "source_url":"{source}","source_date":null,"last_checked":"{checked}"}}]}}"#
            )
        };
        assert!(HelplineDataset::parse(&entry("https://example.org", "2026-01-02")).is_ok());
        assert!(matches!(
            HelplineDataset::parse(&entry("", "2026-01-02")),
            Err(HelplineError::Unsourced { .. })
        ));
        assert!(matches!(
            HelplineDataset::parse(&entry("https://example.org", "recently")),
            Err(HelplineError::Unsourced { .. })
        ));
        assert!(matches!(
            HelplineDataset::parse("{"),
            Err(HelplineError::Malformed(_))
        ));
    }
}
