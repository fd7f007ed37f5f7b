//! What opened the app.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A link the app was opened with, waiting for the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpenedLink {
    pub kind: OpenedLinkKind,
    /// The whole link, trimmed; for an update file, its file name (the shell
    /// keeps its bytes: see [`OpenedFile`]).
    pub link: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OpenedLinkKind {
    Invite,
    Device,
    UpdateFile,
}
