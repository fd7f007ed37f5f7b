//! Harbour's one facade.
//!
//! The Tauri shell and the `harbour` CLI call only this crate. Every call takes
//! a plain argument struct and returns a DTO or an [`Error`]; all of them derive
//! `ts_rs::TS`, and `tests/bindings.rs` keeps `ui/src/lib/bindings.ts` in step.

pub mod app_session;
pub mod directory;
mod error;
mod helplines;

pub use error::{Error, ErrorCode};
pub use helplines::{helplines, HelplineDto, HelplinesArgs, HelplinesResult};

/// Every type the UI sees, for the TypeScript bindings generator.
pub mod bindings;
