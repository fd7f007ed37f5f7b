//! Find help: the query, the places and the services found.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FindHelpArgs {
    /// A town ("Grantham"), a UK postcode or its district ("M1 1AD", "M1"), "LAT,LON", or words from a service's name.
    pub place: String,
    /// Kinds to include (`crisis_cafe`, `safe_haven`, ...); empty or `None` for all.
    pub kinds: Option<Vec<String>>,
    /// Only places open now.
    pub open_now: Option<bool>,
    /// Only places open at this time: `HH:MM` today, `YYYY-MM-DDTHH:MM` (UK time) or RFC 3339.
    pub at: Option<String>,
    /// A language code the service must list, e.g. `pl`.
    pub language: Option<String>,
    /// At most this many results (default 20, at most 200).
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlaceDto {
    pub name: String,
    pub nation: String,
    pub latitude: f64,
    pub longitude: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The text named a place in the gazetteer.
    Place,
    /// The text was "LAT,LON".
    Coordinates,
    /// No such place: services whose name or town contain the words.
    Name,
}

/// Whether a place is open, for the UI to put into words ("Open until 23:00").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum OpenStatusDto {
    OpenAllDay,
    /// `time` is local `HH:MM`; `day` is `today`, `tomorrow` or a weekday (`thursday`).
    OpenUntil {
        time: String,
        day: String,
    },
    OpensAt {
        time: String,
        day: String,
    },
    Closed,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PhoneDto {
    pub number: String,
    pub tel_href: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ServiceHitDto {
    pub id: String,
    pub name: String,
    /// `crisis_cafe`, `safe_haven`, `crisis_house`, `peer_group`, `drop_in` or `helpline`.
    pub kind: String,
    pub organisation: Option<String>,
    pub description: Option<String>,
    pub address: Vec<String>,
    pub town: Option<String>,
    pub postcode: Option<String>,
    /// Great-circle km from the place searched; `None` when the service has no coordinates.
    pub distance_km: Option<f64>,
    /// The coordinates are a town centre, not the door.
    pub approximate_location: bool,
    pub status: OpenStatusDto,
    pub opening_hours: Option<String>,
    /// The source's own wording of the hours.
    pub hours_text: Option<String>,
    pub phones: Vec<PhoneDto>,
    pub url: Option<String>,
    /// An OpenStreetMap link: the point when exact, else a search for the address.
    pub directions_href: Option<String>,
    /// `self_referral`, `phone_first`, `referral_needed` or `unknown`.
    pub referral: String,
    pub age_range: Option<String>,
    pub accessibility: Option<String>,
    pub languages: Vec<String>,
    pub notes: Option<String>,
    pub source_url: String,
    pub source_date: Option<String>,
    pub last_checked: String,
    pub months_since_checked: Option<u32>,
    pub stale: bool,
    pub dataset_name: String,
    /// Only when the dataset publishes one.
    pub report_problem_url: Option<String>,
    /// One of the person's own places (from the vault), not the public directory.
    pub mine: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FindHelpResult {
    pub query: String,
    pub matched_by: MatchedBy,
    pub place: Option<PlaceDto>,
    /// Other places with the same name (most populous first), to offer as alternatives.
    pub other_places: Vec<PlaceDto>,
    /// The instant statuses are for (RFC 3339).
    pub evaluated_at: String,
    pub services: Vec<ServiceHitDto>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ImportArgs {
    /// An HSDS JSON file, an Open Referral UK `services.csv`, or the folder of its tables.
    pub file: String,
    /// `hsds` or `oruk-csv`; guessed from the path when `None` (a folder or `.csv` is
    /// `oruk-csv`).
    pub format: Option<String>,
    /// A URL or name recorded as every imported service's source (default: the file name).
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportResult {
    pub source: String,
    pub imported: u32,
    /// Services now stored from every import.
    pub total_imported: u32,
    /// Records in the file that were not imported, each with why. `imported` plus these is
    /// every record in the file.
    #[ts(inline)]
    pub refused: Vec<ImportProblemDto>,
    /// Records imported with something impossible left out (coordinates off the Earth),
    /// each with what and why. They are among `imported`.
    #[ts(inline)]
    pub changed: Vec<ImportProblemDto>,
}

/// One refused or changed record of an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportProblemDto {
    /// 1-based place in the file (for CSV, the row number, the header being row 1).
    pub position: u32,
    /// The record's id, when it has one.
    pub id: Option<String>,
    /// What is wrong (in English, from the importer), and for a changed record what was left out.
    pub problem: String,
}
