//! Harbour's services on one unlocked vault: the plan, sharing, photos,
//! check-ins and export.
//!
//! Each takes a plain argument struct from `harbour-api` and returns its DTO
//! or an `harbour_api::Error`. The CLI opens a [`Session`] or a
//! [`sharing::Sharing`] per command; the app keeps them in its session
//! (`harbour-session`).

mod checkins;
pub mod export;
pub mod files;
mod photos;
mod plan;
pub mod sharing;
pub mod time;
mod vault_store;

pub use photos::{prepare_photo, PreparedPhoto};
pub use plan::{
    backup_restore, default_vault_dir, plan_fields, vault_create, vault_create_with, vault_open,
    Session, CRISIS_VIEW, PLAN_DOC, PLAN_VIEW,
};
pub use vault_store::{VaultRef, VaultStore};
