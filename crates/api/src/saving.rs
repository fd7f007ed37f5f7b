//! A file saved for the person.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A file Harbour wrote for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedFile {
    /// Full path, to show the person where it is.
    pub path: String,
    /// Just the file name.
    pub name: String,
}
