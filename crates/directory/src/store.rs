//! Imported **public** directory data, kept beside the vault.
//!
//! Only public, non-personal data (an organisation's published service list) is stored here,
//! as plain JSON in `<vault dir>/directory-imports.json`. The person's own private entries
//! belong in the encrypted vault, never in this file.
// TODO(vault): once harbour-vault has a settings/records API, keep the list of imported
// datasets' names there too, and keep the person's private places in the vault only.

use crate::model::Dataset;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "directory-imports.json";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ImportStore {
    pub datasets: Vec<Dataset>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("could not read {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("could not write {path}: {reason}")]
    Write { path: String, reason: String },
}

pub fn path_in(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

impl ImportStore {
    /// The store in `dir`, or an empty one if nothing was imported yet.
    pub fn load(dir: &Path) -> Result<Self, StoreError> {
        let path = path_in(dir);
        let read_err = |reason: String| StoreError::Read {
            path: path.display().to_string(),
            reason,
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| read_err(e.to_string())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(read_err(e.to_string())),
        }
    }

    /// Adds a dataset, replacing an earlier import from the same source.
    pub fn put(&mut self, dataset: Dataset) {
        self.datasets.retain(|d| d.dataset.id != dataset.dataset.id);
        self.datasets.push(dataset);
    }

    /// Writes atomically: a crash leaves the old file or the new one, never half of one.
    pub fn save(&self, dir: &Path) -> Result<(), StoreError> {
        let path = path_in(dir);
        let write_err = |reason: String| StoreError::Write {
            path: path.display().to_string(),
            reason,
        };
        std::fs::create_dir_all(dir).map_err(|e| write_err(e.to_string()))?;
        let text = serde_json::to_string(self).map_err(|e| write_err(e.to_string()))?;
        let tmp = dir.join(format!("{FILE_NAME}.tmp"));
        std::fs::write(&tmp, text).map_err(|e| write_err(e.to_string()))?;
        std::fs::rename(&tmp, &path).map_err(|e| write_err(e.to_string()))
    }
}
