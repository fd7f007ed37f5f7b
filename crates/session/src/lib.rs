//! The app's session: one data folder, its vault locked or unlocked, the idle
//! lock, preferences, the files the person saves, and sharing and sync as the
//! app drives them. Tauri-free: the shell in `src-tauri` and the tests call
//! the same [`AppSession`] and [`AppState`].

pub mod app_session;
pub mod app_sharing;
pub mod links;
mod my_places;
pub mod saving;

pub use app_session::{AppSession, AppState};
