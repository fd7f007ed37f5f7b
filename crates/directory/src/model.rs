//! Services, shaped like Open Referral (HSDS 3 / Open Referral UK), flattened to what a person
//! in crisis needs: where, when, how to get in, and where the facts came from.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of help a place offers (see `data/README.md` for the definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    CrisisCafe,
    SafeHaven,
    CrisisHouse,
    PeerGroup,
    DropIn,
    Helpline,
}

impl ServiceKind {
    pub const ALL: &'static [ServiceKind] = &[
        Self::CrisisCafe,
        Self::SafeHaven,
        Self::CrisisHouse,
        Self::PeerGroup,
        Self::DropIn,
        Self::Helpline,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CrisisCafe => "crisis_cafe",
            Self::SafeHaven => "safe_haven",
            Self::CrisisHouse => "crisis_house",
            Self::PeerGroup => "peer_group",
            Self::DropIn => "drop_in",
            Self::Helpline => "helpline",
        }
    }

    /// Accepts `crisis_cafe`, `crisis-cafe` and `Crisis cafe`.
    pub fn parse(text: &str) -> Option<Self> {
        let key: String = text
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Self::ALL.iter().copied().find(|k| k.as_str() == key)
    }
}

impl fmt::Display for ServiceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a person gets in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Referral {
    /// Walk in; no referral.
    SelfReferral,
    /// Call, email or book before visiting.
    PhoneFirst,
    /// A professional must refer.
    ReferralNeeded,
    /// The source does not say.
    #[default]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    /// As the source prints it, for display.
    pub number: String,
    /// Only digits and `+`, for `tel:` links.
    pub dial: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Location {
    #[serde(default)]
    pub address_lines: Vec<String>,
    pub town: Option<String>,
    pub postcode: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// `england`, `wales`, `scotland` or `northern-ireland`: which bank holidays apply.
    pub nation: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// How the coordinates were found, e.g. `town: Grantham` (a town centre, not the door).
    pub geocoded_from: Option<String>,
    pub accessibility: Option<String>,
}

impl Location {
    pub fn coordinates(&self) -> Option<(f64, f64)> {
        Some((self.latitude?, self.longitude?))
    }
}

/// Opening times as an OpenStreetMap `opening_hours` string in an IANA time zone
/// (HSDS's numeric offset cannot express British Summer Time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleSpec {
    pub opening_hours: Option<String>,
    pub timezone: String,
    /// The source's own wording, kept for checking and for when there is no machine-readable form.
    pub text: Option<String>,
}

impl Default for ScheduleSpec {
    fn default() -> Self {
        Self {
            opening_hours: None,
            timezone: "Europe/London".into(),
            text: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    pub minimum: Option<u8>,
    pub maximum: Option<u8>,
    /// The source's wording ("18+", "young people").
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub kind: ServiceKind,
    pub description: Option<String>,
    pub organisation: Option<Organisation>,
    pub url: Option<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub location: Location,
    #[serde(default)]
    pub schedule: ScheduleSpec,
    /// BCP 47 / ISO 639 codes or names, as the source gives them.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub referral: Referral,
    pub age_range: Option<AgeRange>,
    pub source_url: String,
    /// The source page's own date, when it shows one (YYYY-MM-DD).
    pub source_date: Option<String>,
    /// When this entry was last checked against its source (YYYY-MM-DD).
    pub last_checked: String,
    /// The compiler's judgement that the source may be out of date.
    #[serde(default)]
    pub stale_risk: bool,
    pub notes: Option<String>,
}

/// What a dataset says about itself: name, licence, where to report a problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct DatasetMeta {
    pub id: String,
    pub name: String,
    pub licence: Option<String>,
    pub report_problem_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub dataset: DatasetMeta,
    pub services: Vec<Service>,
}

/// Whole months from `from` to `to` (both YYYY-MM-DD); `None` if either is not a date.
pub fn months_between(from: &str, to: chrono::NaiveDate) -> Option<u32> {
    use chrono::Datelike;
    let from = chrono::NaiveDate::parse_from_str(from, "%Y-%m-%d").ok()?;
    if to <= from {
        return Some(0);
    }
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months -= 1;
    }
    u32::try_from(months).ok()
}

/// Data last checked more than this many months ago is shown as stale.
pub const STALE_AFTER_MONTHS: u32 = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_parse_loosely() {
        assert_eq!(
            ServiceKind::parse("crisis-cafe"),
            Some(ServiceKind::CrisisCafe)
        );
        assert_eq!(
            ServiceKind::parse("Safe haven"),
            Some(ServiceKind::SafeHaven)
        );
        assert_eq!(ServiceKind::parse("café"), None);
    }

    #[test]
    fn months_count_whole_months() {
        let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(months_between("2025-01-15", d("2026-03-14")), Some(13));
        assert_eq!(months_between("2025-01-15", d("2026-03-15")), Some(14));
        assert_eq!(months_between("2026-05-01", d("2026-04-01")), Some(0));
        assert_eq!(months_between("soon", d("2026-04-01")), None);
    }
}
