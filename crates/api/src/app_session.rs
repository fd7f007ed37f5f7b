//! The app's session: preferences, status, unlocking, the files it saves.

use crate::Error;
use crate::ViewKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Display and behaviour preferences. Not secret: no plan content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct AppPrefs {
    /// Text size in percent of the default: 100 to 200.
    pub text_size: u16,
    pub high_contrast: bool,
    pub reduced_motion: bool,
    /// Lock after this many idle minutes (1 to 60).
    pub auto_lock_minutes: u32,
    /// The chosen language (BCP 47), or `None` for the system's.
    pub locale: Option<String>,
    pub easy_read: bool,
    /// A system notification when someone who shares their plan with me
    /// starts their crisis plan or asks for help (off until turned on).
    pub notify_signals: bool,
    /// Remind me to look over my plan when a part has gone this many days
    /// without a review; 0 is never (the default), at most 365.
    pub review_reminder_days: u32,
    /// `YYYY-MM-DD`: the day the last review reminder was shown (one a day at most).
    pub review_reminded_on: Option<String>,
}

impl Default for AppPrefs {
    fn default() -> Self {
        Self {
            text_size: 100,
            high_contrast: false,
            reduced_motion: false,
            auto_lock_minutes: 5,
            locale: None,
            easy_read: false,
            notify_signals: false,
            review_reminder_days: 0,
            review_reminded_on: None,
        }
    }
}

impl AppPrefs {
    pub const TEXT_SIZES: std::ops::RangeInclusive<u16> = 100..=200;
    pub const AUTO_LOCK_MINUTES: std::ops::RangeInclusive<u32> = 1..=60;
    pub const REVIEW_REMINDER_DAYS: std::ops::RangeInclusive<u32> = 0..=365;

    /// Refuses preferences out of range (the app checks before it stores them).
    pub fn check(&self) -> Result<(), Error> {
        if !Self::TEXT_SIZES.contains(&self.text_size) {
            return Err(Error::invalid_input("text size must be 100 to 200 percent"));
        }
        if !Self::AUTO_LOCK_MINUTES.contains(&self.auto_lock_minutes) {
            return Err(Error::invalid_input("auto-lock must be 1 to 60 minutes"));
        }
        if !Self::REVIEW_REMINDER_DAYS.contains(&self.review_reminder_days) {
            return Err(Error::invalid_input(
                "review reminders must be 0 (never) to 365 days",
            ));
        }
        if let Some(d) = &self.review_reminded_on {
            if harbour_model::validate::date(d).is_err() {
                return Err(Error::invalid_input(format!("{d:?} is not a date")));
            }
        }
        if let Some(l) = &self.locale {
            let ok = !l.is_empty()
                && l.len() <= 35
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !ok {
                return Err(Error::invalid_input(format!("{l:?} is not a language tag")));
            }
        }
        Ok(())
    }
}

/// Where the app stands, for choosing the first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppStatus {
    /// A vault exists (else the first-run welcome shows).
    pub has_vault: bool,
    pub unlocked: bool,
    pub prefs: AppPrefs,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct AppCreateArgs {
    pub passphrase: String,
}

/// Unlock with the passphrase or the recovery key (exactly one).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct AppUnlockArgs {
    pub passphrase: Option<String>,
    pub recovery_key: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct RecoveryKeySaveArgs {
    /// The key just shown by `vault_create`; checked before it is written.
    pub recovery_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AppBackupArgs {
    /// Protects the backup file (the vault's recovery key opens it too).
    pub passphrase: String,
}

/// Save one view of the plan as a PDF in the export folder (the app's
/// "Save as PDF"; the command line's `plan export --format pdf`).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AppPdfArgs {
    pub view: ViewKind,
    /// The language of the headings and the document's words (a BCP 47 tag);
    /// en-GB when absent or not shipped.
    #[serde(default)]
    pub locale: Option<String>,
}

/// Restore a backup file the person picked (its bytes), replacing the vault
/// on this device. The vault it replaces is kept, renamed, never deleted.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct AppRestoreArgs {
    pub bytes: Vec<u8>,
    pub passphrase: Option<String>,
    pub recovery_key: Option<String>,
}
