//! Harbour's one facade.
//!
//! The Tauri shell and the `harbour` CLI call only this crate. Every call takes
//! a plain argument struct and returns a DTO or an [`Error`]; all of them derive
//! `ts_rs::TS`, and `tests/bindings.rs` keeps `ui/src/lib/bindings.ts` in step.

pub mod app_session;
pub mod app_sharing;
mod checkins;
pub mod directory;
mod error;
pub mod export;
mod helplines;
pub mod links;
pub mod my_places;
mod photos;
mod plan;
pub mod saving;
pub mod sharing;
mod time;
mod vault_store;

pub use checkins::{CheckInArgs, CheckInHistory, CheckInResult};
pub use error::{Error, ErrorCode};
pub use harbour_model::{
    CheckIn, CheckInState, CheckInSummary, CrisisState, CrisisStatus, View, ViewField, ViewItem,
    ViewKind, ViewSection,
};
pub use harbour_vault::{files, KdfParams};
pub use helplines::{helplines, HelplineDto, HelplinesArgs, HelplinesResult};
pub use photos::{
    prepare_photo, PhotoArgs, PhotoDto, PreparedPhoto, SetPhotoArgs, SharedPhotoArgs,
};
pub use plan::{
    backup_restore, default_vault_dir, plan_fields, vault_create, vault_create_with, vault_open,
    AddItemArgs, BackupCreateArgs, BackupCreated, BackupRestoreArgs, ChangePassphraseArgs,
    EditItemArgs, EditResult, ExportArgs, ExportFormat, ExportResult, MarkReviewedArgs,
    MoveItemArgs, PlanFieldDto, PlanFieldsResult, PlanGetArgs, PlanSectionDto, PlanViewArgs,
    RecoveryKeyArgs, RecoveryKeyShown, RemoveItemArgs, Session, SetCrisisStatusArgs, SetTextArgs,
    SetValidAsOfArgs, VaultCreateArgs, VaultCreated, VaultOpenArgs, VaultOpened, CRISIS_VIEW,
    PLAN_DOC, PLAN_VIEW,
};
pub use vault_store::{VaultRef, VaultStore};

/// Every type the UI sees, for the TypeScript bindings generator.
pub mod bindings;
