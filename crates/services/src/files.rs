//! Writing a file the person asked for: atomically, readable by them alone.

use harbour_api::saving::SavedFile;
use harbour_api::{Error, ErrorCode};
use std::path::{Path, PathBuf};

pub fn saved(path: PathBuf) -> SavedFile {
    SavedFile {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path.to_string_lossy().into_owned(),
    }
}

pub fn io_error(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::new(
        ErrorCode::Io,
        format!("could not {what} {}: {e}", path.display()),
    )
}

/// Writes next to the target, fsyncs, renames into place; 0600.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    harbour_vault::files::write_private(path, bytes).map_err(|e| io_error("write", path, e))
}
