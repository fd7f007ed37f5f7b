//! Every lower crate's error, mapped to its code here and only here, by type:
//! each `match` names every variant, so a new one does not compile until it
//! is given a code (none falls through to `internal` unseen).

use crate::{Error, ErrorCode as C};
use harbour_directory::{DirectoryError, HelplineError, ImportError, PlaceError, StoreError};
use harbour_doc::DocError;
use harbour_model::ValidationError;
use harbour_photo::PhotoError;
use harbour_sync::SyncError;
use harbour_vault::VaultError;

impl From<VaultError> for Error {
    fn from(e: VaultError) -> Self {
        use VaultError as V;
        let code = match &e {
            V::WrongPassphrase => C::WrongPassphrase,
            V::PassphraseTooShort { .. } => C::PassphraseTooShort,
            V::WrongRecoveryKey => C::WrongRecoveryKey,
            V::InvalidRecoveryKey(_) => C::InvalidRecoveryKey,
            V::Corrupt { .. } => C::VaultCorrupt,
            V::KdfParamsOutOfRange { .. } => C::KdfParamsOutOfRange,
            V::BackupCorrupt { .. } => C::BackupCorrupt,
            V::VaultExists => C::VaultExists,
            V::VaultNotFound => C::VaultNotFound,
            V::Busy => C::VaultBusy,
            V::TooNew { .. } => C::VaultTooNew,
            V::Io(_) => C::Io,
            V::Storage(_) => C::Storage,
            // A primitive failing is nothing the person did or can mend.
            V::Crypto(_) => C::Internal,
        };
        Error::new(code, e.to_string())
    }
}

impl From<ValidationError> for Error {
    fn from(e: ValidationError) -> Self {
        use ValidationError as V;
        let code = match &e {
            V::BadPath(_) | V::UnknownSection(_) | V::UnknownField(_) => C::UnknownField,
            V::NoSuchItem { .. } => C::ItemNotFound,
            V::TooLong { .. } => C::TooLong,
            _ => C::InvalidInput,
        };
        Error::new(code, e.to_string())
    }
}

impl From<DocError> for Error {
    fn from(e: DocError) -> Self {
        match e {
            DocError::Invalid(v) => v.into(),
            DocError::Corrupt(_) => Error::new(C::PlanCorrupt, e.to_string()),
            DocError::Random(_) => Error::new(C::Internal, e.to_string()),
        }
    }
}

impl From<SyncError> for Error {
    fn from(e: SyncError) -> Self {
        use SyncError as S;
        let code = match &e {
            S::TooLarge { .. } => C::MessageTooLarge,
            S::Malformed(_) | S::UnsupportedVersion(_) => C::MessageInvalid,
            S::Unauthentic => C::MessageUnauthentic,
            S::Replayed { .. } => C::MessageReplayed,
            S::WriteRefused(_) => C::WriteRefused,
            S::InviteInvalid(_) => C::InviteInvalid,
            S::InviteExpired => C::InviteExpired,
            S::InviteUsed => C::InviteUsed,
            S::BundleInvalid(_) => C::BundleInvalid,
            S::SupporterNotFound(_) => C::SupporterNotFound,
            S::SupporterExists(_) => C::SupporterExists,
            S::PersonNotFound(_) => C::PersonNotFound,
            S::DeviceNotFound(_) => C::DeviceNotFound,
            S::RateLimited => C::RateLimited,
            S::CodeMismatch => C::CodeMismatch,
            S::CodeAmbiguous | S::TooManyAnswers => C::CodeAmbiguous,
            S::UnknownSection(_) => C::UnknownField,
            // The store's own code (the vault's, through `VaultStore`): the
            // engine is generic over its store, so only the code crosses.
            S::Store { code, .. } => C::from_code(code).unwrap_or(C::Internal),
            S::Doc(DocError::Invalid(_)) => C::InvalidInput,
            S::Doc(_) => C::PlanCorrupt,
            S::StateCorrupt(_) => C::VaultCorrupt,
            S::Crypto(_) => C::Internal,
        };
        Error::new(code, e.to_string())
    }
}

impl From<PhotoError> for Error {
    fn from(e: PhotoError) -> Self {
        let code = match e {
            PhotoError::TooLarge { .. } | PhotoError::TooManyPixels { .. } => C::PhotoTooLarge,
            PhotoError::NotAnImage => C::PhotoInvalid,
            PhotoError::Encode(_) => C::Internal,
        };
        Error::new(code, e.to_string())
    }
}

impl From<HelplineError> for Error {
    fn from(e: HelplineError) -> Self {
        let code = match e {
            HelplineError::BadCountry(_) => C::InvalidInput,
            _ => C::DataInvalid,
        };
        Error::new(code, e.to_string())
    }
}

/// The bundled or imported directory does not hold together: a data fault.
impl From<DirectoryError> for Error {
    fn from(e: DirectoryError) -> Self {
        Error::new(C::DataInvalid, e.to_string())
    }
}

/// The store of imported datasets failed to read or write.
impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        Error::new(C::Internal, e.to_string())
    }
}

/// A file to import was refused as a whole.
impl From<ImportError> for Error {
    fn from(e: ImportError) -> Self {
        Error::invalid_input(e.to_string())
    }
}

/// What the person typed for one of their own places was refused.
impl From<PlaceError> for Error {
    fn from(e: PlaceError) -> Self {
        let code = match e {
            PlaceError::NameRequired => C::PlaceNameRequired,
            PlaceError::TooLong { .. } => C::TooLong,
            PlaceError::PhoneInvalid(_) => C::PhoneInvalid,
            PlaceError::CoordinatesOutOfRange { .. } | PlaceError::HalfCoordinates => {
                C::CoordinatesInvalid
            }
            PlaceError::OpeningHours(_) => C::OpeningHoursInvalid,
            PlaceError::UnknownKind(_) | PlaceError::TooManyPhones => C::InvalidInput,
        };
        Error::new(code, e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vault's and the engine's own codes (which their reports and tests
    /// use) and the codes here agree, so the app, the CLI and a sync report
    /// never name one failure two ways. Every variant a test can make from
    /// here is checked; left out are those wrapping another crate's error
    /// (a recovery key's, SQLite's, a primitive's: `Crypto` is `internal` here
    /// on purpose, where the vault says `crypto`, no code of the boundary's).
    #[test]
    fn lower_codes_and_boundary_codes_agree() {
        let io = || std::io::Error::other("disk");
        let vault = [
            VaultError::WrongPassphrase,
            VaultError::PassphraseTooShort { min: 8 },
            VaultError::WrongRecoveryKey,
            VaultError::Corrupt { what: "x".into() },
            VaultError::KdfParamsOutOfRange { reason: "x".into() },
            VaultError::BackupCorrupt { what: "x".into() },
            VaultError::VaultExists,
            VaultError::VaultNotFound,
            VaultError::Busy,
            VaultError::TooNew {
                found: 9,
                supported: 1,
            },
            VaultError::Io(io()),
        ];
        for e in vault {
            let lower = e.code();
            assert_eq!(Error::from(e).code.as_str(), lower);
        }
        let sync = [
            SyncError::TooLarge { len: 2, max: 1 },
            SyncError::Malformed("x"),
            SyncError::UnsupportedVersion(9),
            SyncError::Unauthentic,
            SyncError::Replayed { seq: 1 },
            SyncError::WriteRefused("x".into()),
            SyncError::InviteInvalid("x"),
            SyncError::InviteExpired,
            SyncError::InviteUsed,
            SyncError::BundleInvalid("x"),
            SyncError::SupporterNotFound("x".into()),
            SyncError::SupporterExists("x".into()),
            SyncError::PersonNotFound("x".into()),
            SyncError::DeviceNotFound("x".into()),
            SyncError::RateLimited,
            SyncError::CodeMismatch,
            SyncError::CodeAmbiguous,
            SyncError::TooManyAnswers,
            SyncError::UnknownSection("x".into()),
            SyncError::Store {
                code: "vault_busy",
                message: "x".into(),
            },
            SyncError::Doc(DocError::Corrupt("x".into())),
            SyncError::StateCorrupt("x".into()),
        ];
        for e in sync {
            let lower = e.code();
            assert_eq!(Error::from(e).code.as_str(), lower);
        }
    }
}
