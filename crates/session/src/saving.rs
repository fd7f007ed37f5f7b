//! Where a file the person saves goes, and what it is called.
//!
//! The app's shell asks the person with the system's save dialog before it
//! takes the session (a dialog open for a minute must not hold up syncing or
//! typing), then hands the chosen path in as [`SaveTo::Chosen`]. The web view
//! never names a path: it asks to save a kind of file, nothing more.

use harbour_api::ViewKind;
use harbour_services::time;
use std::path::PathBuf;

/// What the person saves; it names the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedKind {
    RecoveryKey,
    Pdf(ViewKind),
    Backup,
    /// An invite link, as a text file to send. The name carries no name of
    /// a person, only the date.
    Invite,
    UpdateFile,
}

impl SavedKind {
    /// The file's name without a number: `harbour-crisis-card-2026-12-07`
    /// and `pdf` (see `AppSession::suggested_path`).
    pub(crate) fn stem_and_extension(self) -> (String, &'static str) {
        let today = time::date(time::now_secs());
        match self {
            Self::RecoveryKey => ("harbour-recovery-key".into(), "txt"),
            Self::Pdf(view) => {
                let what = match view {
                    ViewKind::Full => "plan",
                    ViewKind::Safety => "safety-plan",
                    ViewKind::Crisis => "crisis-plan",
                    ViewKind::Card => "crisis-card",
                    ViewKind::AdvanceChoice => "advance-choice",
                };
                (format!("harbour-{what}-{today}"), "pdf")
            }
            Self::Backup => (format!("harbour-backup-{today}"), "harbour"),
            Self::Invite => (format!("harbour-invite-{today}"), "txt"),
            Self::UpdateFile => (format!("harbour-update-{today}"), "harbour"),
        }
    }
}

/// Where a file the person saves goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveTo {
    /// A free name in the export folder, never over an earlier file (phones,
    /// where the app keeps its own folder, and tests).
    ExportFolder,
    /// The path the person chose in the system's save dialog, which asked
    /// before replacing a file there.
    Chosen(PathBuf),
}
