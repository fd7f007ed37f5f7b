//! Crisis services and national helplines, offline, and the person's own places
//! beside them (checked and searched here, kept by the caller).
//!
//! Everything bundled is compiled into the binary. A helpline or service is only
//! ever shown with its source and "last checked" date, so loading refuses any
//! entry that lacks them. See `ARCHITECTURE.md` for the map.

pub mod gazetteer;
pub mod geo;
mod helplines;
pub mod hours;
pub mod import;
pub mod model;
pub mod own_places;
pub mod search;
pub mod store;
#[doc(hidden)]
pub mod synthetic;
mod validate;

pub use gazetteer::{is_outward_code, outward_code, parse_lat_lon, Gazetteer, Place};
pub use helplines::{normalise_country, Helpline, HelplineDataset, HelplineError};
pub use hours::{DayRef, Hours, HoursError, OpenStatus};
pub use import::{import_file, Format, ImportError, ImportOptions, ImportOutcome, RecordError};
pub use model::{
    AgeRange, Dataset, DatasetMeta, Location, Organisation, Phone, Referral, ScheduleSpec, Service,
    ServiceKind,
};
pub use own_places::{OwnHit, OwnPlace, OwnQuery, PlaceError, PlaceFields};
pub use search::{Directory, DirectoryError, Hit, Query};
pub use store::{ImportStore, StoreError};
pub use validate::validate_service;

/// The date and time-zone crates this API speaks, for callers that need the same versions.
pub use chrono;
pub use chrono_tz;
