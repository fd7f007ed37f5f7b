//! Harbour's boundary: what crosses from the UI or the command line into Rust
//! and back.
//!
//! Every call takes a plain argument struct and returns a DTO or an
//! [`Error`] with a stable code; all of them derive `ts_rs::TS`, and
//! `tests/bindings.rs` keeps `ui/src/lib/bindings.ts` in step. The services
//! that do the work are `harbour-services`, `harbour-places` and
//! `harbour-session`; errors of the crates below map to a code here, by type.

pub mod app_session;
pub mod app_sharing;
pub mod checkins;
pub mod commands;
pub mod directory;
mod error;
pub mod helplines;
pub mod links;
mod lower_errors;
pub mod my_places;
pub mod photos;
pub mod plan;
pub mod saving;
pub mod sharing;

pub use checkins::{CheckInArgs, CheckInHistory, CheckInResult};
pub use error::{Error, ErrorCode};
pub use harbour_model::{
    CheckIn, CheckInState, CheckInSummary, CrisisState, CrisisStatus, View, ViewField, ViewItem,
    ViewKind, ViewSection,
};
pub use harbour_vault::KdfParams;
pub use helplines::{HelplineDto, HelplinesArgs, HelplinesResult};
pub use photos::{PhotoArgs, PhotoDto, SetPhotoArgs, SharedPhotoArgs};
pub use plan::{
    AddItemArgs, BackupCreateArgs, BackupCreated, BackupRestoreArgs, ChangePassphraseArgs,
    EditItemArgs, EditResult, ExportArgs, ExportFormat, ExportResult, MarkReviewedArgs,
    MoveItemArgs, PlanFieldDto, PlanFieldsResult, PlanGetArgs, PlanSectionDto, PlanViewArgs,
    RecoveryKeyArgs, RecoveryKeyShown, RemoveItemArgs, SetCrisisStatusArgs, SetTextArgs,
    SetValidAsOfArgs, VaultCreateArgs, VaultCreated, VaultOpenArgs, VaultOpened,
};

/// Every type the UI sees, for the TypeScript bindings generator.
pub mod bindings;
