//! The error every boundary speaks: `{ "code": "...", "message": "..." }`.
//!
//! `code` is stable (the UI looks up its translated text as `error-<code>` in
//! the locale files, and scripts match on it); `message` is a plain English
//! description for logs and the CLI. The wire format is pinned by a test.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares every error code once: the variant, its doc, and its wire
/// string. The enum, [`ErrorCode::ALL`] and [`ErrorCode::as_str`] all come
/// from this one list, and `wire_format_is_pinned` pins it.
macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $code:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* #[serde(rename = $code)] $variant,)*
        }

        impl ErrorCode {
            /// Every code, for tests that check each one is translated.
            pub const ALL: &'static [ErrorCode] = &[$(Self::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }

            /// The code for a stable code string (the inverse of [`ErrorCode::as_str`]).
            pub fn from_code(code: &str) -> Option<ErrorCode> {
                match code {
                    $($code => Some(Self::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

error_codes! {
    /// The caller sent something malformed (bad country code, bad field id, ...).
    InvalidInput = "invalid_input",
    /// Bundled data failed its checks; a build bug, never the user's fault.
    DataInvalid = "data_invalid",
    /// Anything not covered above; the message says more.
    Internal = "internal",
    /// The passphrase does not open the vault (or the backup).
    WrongPassphrase = "wrong_passphrase",
    /// The recovery key does not open the vault (or the backup).
    WrongRecoveryKey = "wrong_recovery_key",
    /// What was typed is not a recovery key (bad character or checksum).
    InvalidRecoveryKey = "invalid_recovery_key",
    /// No passphrase was given and none could be asked for.
    PassphraseRequired = "passphrase_required",
    /// The vault file is damaged; restore from a backup.
    VaultCorrupt = "vault_corrupt",
    /// The vault's key-derivation parameters are below the floor or above the ceiling.
    KdfParamsOutOfRange = "kdf_params_out_of_range",
    /// The backup file is damaged, truncated or not a Harbour backup.
    BackupCorrupt = "backup_corrupt",
    /// A vault already exists where a new one was to be made.
    VaultExists = "vault_exists",
    /// There is no vault in the directory given.
    VaultNotFound = "vault_not_found",
    /// The vault was written by a newer Harbour.
    VaultTooNew = "vault_too_new",
    /// The vault is locked (the app must unlock it first).
    VaultLocked = "vault_locked",
    /// A file could not be read or written.
    Io = "io",
    /// The database failed (disk full, locked by another program, ...).
    Storage = "storage",
    /// `SECTION.FIELD` (or a section id) names nothing in the plan.
    UnknownField = "unknown_field",
    /// A list has no item with that id.
    ItemNotFound = "item_not_found",
    /// Text is longer than the field holds.
    TooLong = "too_long",
    /// The stored plan document is damaged.
    PlanCorrupt = "plan_corrupt",
    /// A sync message or file is larger than Harbour accepts.
    MessageTooLarge = "message_too_large",
    /// A sync message is damaged or not a Harbour message.
    MessageInvalid = "message_invalid",
    /// A sync message could not be authenticated (wrong key, or changed on the way).
    MessageUnauthentic = "message_unauthentic",
    /// A sync message was received before (a replay).
    MessageReplayed = "message_replayed",
    /// A change came from someone who may not write that document; it was refused.
    WriteRefused = "write_refused",
    /// An invite link or file is not valid.
    InviteInvalid = "invite_invalid",
    /// An invite has expired.
    InviteExpired = "invite_expired",
    /// An invite was already used.
    InviteUsed = "invite_used",
    /// A sync file is damaged or not a Harbour sync file.
    BundleInvalid = "bundle_invalid",
    /// No supporter has that name.
    SupporterNotFound = "supporter_not_found",
    /// A supporter with that name already exists.
    SupporterExists = "supporter_exists",
    /// Nobody of that name shares a plan with this device.
    PersonNotFound = "person_not_found",
    /// No linked device matches.
    DeviceNotFound = "device_not_found",
    /// A signal was sent a moment ago; wait before sending another.
    RateLimited = "rate_limited",
    /// One of the person's own places was given no name.
    PlaceNameRequired = "place_name_required",
    /// What was typed is not a phone number.
    PhoneInvalid = "phone_invalid",
    /// Opening hours are not in the OpenStreetMap `opening_hours` form.
    OpeningHoursInvalid = "opening_hours_invalid",
    /// Latitude and longitude are out of range, or only one was given.
    CoordinatesInvalid = "coordinates_invalid",
    /// The person has no place with that id.
    MyPlaceNotFound = "my_place_not_found",
    /// The file given as a photo is not a JPEG, PNG, WebP or GIF Harbour can read.
    PhotoInvalid = "photo_invalid",
    /// The photo file is larger than Harbour takes in, or has too many pixels.
    PhotoTooLarge = "photo_too_large",
    /// The plan (or the shared plan) has no photo with that id.
    PhotoNotFound = "photo_not_found",
    /// The sync relay could not be reached (offline, wrong address); nothing is lost.
    RelayUnreachable = "relay_unreachable",
    /// The sync relay refused a request (full mailbox, too large, not allowed).
    RelayRefused = "relay_refused",
    /// No app that answered an invite or device link shows the code typed.
    CodeMismatch = "code_mismatch",
    /// More than one app answered with that code (or too many answered): someone
    /// else may hold the link, so nobody is admitted.
    CodeAmbiguous = "code_ambiguous",
    /// Another Harbour window or `harbour` command has this vault open.
    VaultBusy = "vault_busy",
    /// A new passphrase (for the vault or a backup) is too short.
    PassphraseTooShort = "passphrase_too_short",
    /// A PDF (binary) was asked for without a file to write it to.
    OutputFileRequired = "output_file_required",
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message} ({code:?})")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidInput, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format_is_pinned() {
        let e = Error::invalid_input("\"Britain\" is not a two-letter country code");
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"invalid_input","message":"\"Britain\" is not a two-letter country code"}"#
        );
        for code in ErrorCode::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::Value::String(code.as_str().into()));
        }
        // Codes are a contract: scripts and the locale files depend on them.
        let all: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            all,
            [
                "invalid_input",
                "data_invalid",
                "internal",
                "wrong_passphrase",
                "wrong_recovery_key",
                "invalid_recovery_key",
                "passphrase_required",
                "vault_corrupt",
                "kdf_params_out_of_range",
                "backup_corrupt",
                "vault_exists",
                "vault_not_found",
                "vault_too_new",
                "vault_locked",
                "io",
                "storage",
                "unknown_field",
                "item_not_found",
                "too_long",
                "plan_corrupt",
                "message_too_large",
                "message_invalid",
                "message_unauthentic",
                "message_replayed",
                "write_refused",
                "invite_invalid",
                "invite_expired",
                "invite_used",
                "bundle_invalid",
                "supporter_not_found",
                "supporter_exists",
                "person_not_found",
                "device_not_found",
                "rate_limited",
                "place_name_required",
                "phone_invalid",
                "opening_hours_invalid",
                "coordinates_invalid",
                "my_place_not_found",
                "photo_invalid",
                "photo_too_large",
                "photo_not_found",
                "relay_unreachable",
                "relay_refused",
                "code_mismatch",
                "code_ambiguous",
                "vault_busy",
                "passphrase_too_short",
                "output_file_required",
            ]
        );
    }
}
