//! The error every boundary speaks: `{ "code": "...", "message": "..." }`.
//!
//! `code` is stable (the UI looks up its translated text as `error-<code>` in
//! the locale files, and scripts match on it); `message` is a plain English
//! description for logs and the CLI. The wire format is pinned by a test.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The caller sent something malformed (bad country code, bad field id, ...).
    InvalidInput,
    /// Bundled data failed its checks; a build bug, never the user's fault.
    DataInvalid,
    /// Anything not covered above; the message says more.
    Internal,
    /// The passphrase does not open the vault (or the backup).
    WrongPassphrase,
    /// The recovery key does not open the vault (or the backup).
    WrongRecoveryKey,
    /// What was typed is not a recovery key (bad character or checksum).
    InvalidRecoveryKey,
    /// No passphrase was given and none could be asked for.
    PassphraseRequired,
    /// The vault file is damaged; restore from a backup.
    VaultCorrupt,
    /// The vault's key-derivation parameters are below the floor or above the ceiling.
    KdfParamsOutOfRange,
    /// The backup file is damaged, truncated or not a Harbour backup.
    BackupCorrupt,
    /// A vault already exists where a new one was to be made.
    VaultExists,
    /// There is no vault in the directory given.
    VaultNotFound,
    /// The vault was written by a newer Harbour.
    VaultTooNew,
    /// The vault is locked (the app must unlock it first).
    VaultLocked,
    /// A file could not be read or written.
    Io,
    /// The database failed (disk full, locked by another program, ...).
    Storage,
    /// `SECTION.FIELD` (or a section id) names nothing in the plan.
    UnknownField,
    /// A list has no item with that id.
    ItemNotFound,
    /// Text is longer than the field holds.
    TooLong,
    /// The stored plan document is damaged.
    PlanCorrupt,
    /// A sync message or file is larger than Harbour accepts.
    MessageTooLarge,
    /// A sync message is damaged or not a Harbour message.
    MessageInvalid,
    /// A sync message could not be authenticated (wrong key, or changed on the way).
    MessageUnauthentic,
    /// A sync message was received before (a replay).
    MessageReplayed,
    /// A change came from someone who may not write that document; it was refused.
    WriteRefused,
    /// An invite link or file is not valid.
    InviteInvalid,
    /// An invite has expired.
    InviteExpired,
    /// An invite was already used.
    InviteUsed,
    /// A sync file is damaged or not a Harbour sync file.
    BundleInvalid,
    /// No supporter has that name.
    SupporterNotFound,
    /// A supporter with that name already exists.
    SupporterExists,
    /// Nobody of that name shares a plan with this device.
    PersonNotFound,
    /// No linked device matches.
    DeviceNotFound,
    /// A signal was sent a moment ago; wait before sending another.
    RateLimited,
    /// One of the person's own places was given no name.
    PlaceNameRequired,
    /// What was typed is not a phone number.
    PhoneInvalid,
    /// Opening hours are not in the OpenStreetMap `opening_hours` form.
    OpeningHoursInvalid,
    /// Latitude and longitude are out of range, or only one was given.
    CoordinatesInvalid,
    /// The person has no place with that id.
    MyPlaceNotFound,
    /// The sync relay could not be reached (offline, wrong address); nothing is lost.
    RelayUnreachable,
    /// The sync relay refused a request (full mailbox, too large, not allowed).
    RelayRefused,
    /// No app that answered an invite or device link shows the code typed.
    CodeMismatch,
    /// More than one app answered with that code (or too many answered): someone
    /// else may hold the link, so nobody is admitted.
    CodeAmbiguous,
    /// Another Harbour window or `harbour` command has this vault open.
    VaultBusy,
    /// A new passphrase (for the vault or a backup) is too short.
    PassphraseTooShort,
    /// A PDF (binary) was asked for without a file to write it to.
    OutputFileRequired,
}

impl ErrorCode {
    /// Every code, for tests that check each one is translated.
    pub const ALL: &'static [ErrorCode] = &[
        Self::InvalidInput,
        Self::DataInvalid,
        Self::Internal,
        Self::WrongPassphrase,
        Self::WrongRecoveryKey,
        Self::InvalidRecoveryKey,
        Self::PassphraseRequired,
        Self::VaultCorrupt,
        Self::KdfParamsOutOfRange,
        Self::BackupCorrupt,
        Self::VaultExists,
        Self::VaultNotFound,
        Self::VaultTooNew,
        Self::VaultLocked,
        Self::Io,
        Self::Storage,
        Self::UnknownField,
        Self::ItemNotFound,
        Self::TooLong,
        Self::PlanCorrupt,
        Self::MessageTooLarge,
        Self::MessageInvalid,
        Self::MessageUnauthentic,
        Self::MessageReplayed,
        Self::WriteRefused,
        Self::InviteInvalid,
        Self::InviteExpired,
        Self::InviteUsed,
        Self::BundleInvalid,
        Self::SupporterNotFound,
        Self::SupporterExists,
        Self::PersonNotFound,
        Self::DeviceNotFound,
        Self::RateLimited,
        Self::PlaceNameRequired,
        Self::PhoneInvalid,
        Self::OpeningHoursInvalid,
        Self::CoordinatesInvalid,
        Self::MyPlaceNotFound,
        Self::RelayUnreachable,
        Self::RelayRefused,
        Self::CodeMismatch,
        Self::CodeAmbiguous,
        Self::VaultBusy,
        Self::PassphraseTooShort,
        Self::OutputFileRequired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid_input",
            Self::DataInvalid => "data_invalid",
            Self::Internal => "internal",
            Self::WrongPassphrase => "wrong_passphrase",
            Self::WrongRecoveryKey => "wrong_recovery_key",
            Self::InvalidRecoveryKey => "invalid_recovery_key",
            Self::PassphraseRequired => "passphrase_required",
            Self::VaultCorrupt => "vault_corrupt",
            Self::KdfParamsOutOfRange => "kdf_params_out_of_range",
            Self::BackupCorrupt => "backup_corrupt",
            Self::VaultExists => "vault_exists",
            Self::VaultNotFound => "vault_not_found",
            Self::VaultTooNew => "vault_too_new",
            Self::VaultLocked => "vault_locked",
            Self::Io => "io",
            Self::Storage => "storage",
            Self::UnknownField => "unknown_field",
            Self::ItemNotFound => "item_not_found",
            Self::TooLong => "too_long",
            Self::PlanCorrupt => "plan_corrupt",
            Self::MessageTooLarge => "message_too_large",
            Self::MessageInvalid => "message_invalid",
            Self::MessageUnauthentic => "message_unauthentic",
            Self::MessageReplayed => "message_replayed",
            Self::WriteRefused => "write_refused",
            Self::InviteInvalid => "invite_invalid",
            Self::InviteExpired => "invite_expired",
            Self::InviteUsed => "invite_used",
            Self::BundleInvalid => "bundle_invalid",
            Self::SupporterNotFound => "supporter_not_found",
            Self::SupporterExists => "supporter_exists",
            Self::PersonNotFound => "person_not_found",
            Self::DeviceNotFound => "device_not_found",
            Self::RateLimited => "rate_limited",
            Self::PlaceNameRequired => "place_name_required",
            Self::PhoneInvalid => "phone_invalid",
            Self::OpeningHoursInvalid => "opening_hours_invalid",
            Self::CoordinatesInvalid => "coordinates_invalid",
            Self::MyPlaceNotFound => "my_place_not_found",
            Self::RelayUnreachable => "relay_unreachable",
            Self::RelayRefused => "relay_refused",
            Self::CodeMismatch => "code_mismatch",
            Self::CodeAmbiguous => "code_ambiguous",
            Self::VaultBusy => "vault_busy",
            Self::PassphraseTooShort => "passphrase_too_short",
            Self::OutputFileRequired => "output_file_required",
        }
    }

    /// The code for a stable code string (the inverse of [`ErrorCode::as_str`]).
    pub fn from_code(code: &str) -> Option<ErrorCode> {
        Self::ALL.iter().copied().find(|c| c.as_str() == code)
    }
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
