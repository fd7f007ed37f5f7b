//! The person's own places, as typed and as shown.

use crate::directory::OpenStatusDto;
use crate::directory::PhoneDto;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A place as the person types it: the directory's own type, which crosses
/// the boundary as it is.
pub use harbour_directory::PlaceFields as MyPlaceInput;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MyPlaceEditArgs {
    pub id: String,
    pub place: MyPlaceInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MyPlaceIdArgs {
    pub id: String,
}

/// One of the person's places, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MyPlaceDto {
    pub id: String,
    pub name: String,
    /// A directory kind or `other`.
    pub kind: String,
    pub phones: Vec<PhoneDto>,
    pub address: Option<String>,
    pub town: Option<String>,
    pub postcode: Option<String>,
    /// As typed, or the town centre's when placed from the town.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// The coordinates were typed (`false` when placed from the town, or not placed).
    pub exact_location: bool,
    pub opening_hours: Option<String>,
    pub status: OpenStatusDto,
    pub note: Option<String>,
    pub directions_href: Option<String>,
    /// What was typed, to fill the edit form.
    pub input: MyPlaceInput,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MyPlacesResult {
    pub places: Vec<MyPlaceDto>,
}
