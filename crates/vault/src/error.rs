use harbour_crypto::{CryptoError, RecoveryKeyError};
use thiserror::Error;

/// Everything the vault can refuse or fail at. [`VaultError::code`] gives each
/// a stable snake_case code for the api crate's `{code, message}` errors.
#[derive(Debug, Error)]
pub enum VaultError {
    #[error("the passphrase is not right")]
    WrongPassphrase,
    #[error("a new passphrase needs at least {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("the recovery key does not open this vault")]
    WrongRecoveryKey,
    #[error("the recovery key is not valid: {0}")]
    InvalidRecoveryKey(#[from] RecoveryKeyError),
    #[error("the vault is damaged ({what}); restore it from a backup")]
    Corrupt { what: String },
    #[error("the vault's key derivation parameters are refused: {reason}")]
    KdfParamsOutOfRange { reason: String },
    #[error("the backup file is damaged or incomplete ({what})")]
    BackupCorrupt { what: String },
    #[error("a vault already exists here")]
    VaultExists,
    #[error("there is no vault here")]
    VaultNotFound,
    #[error(
        "another Harbour window or the harbour command has this vault open; close it and try again"
    )]
    Busy,
    #[error("this vault was written by a newer Harbour (format {found}, this one reads up to {supported})")]
    TooNew { found: i64, supported: i64 },
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("storage error: {0}")]
    Storage(rusqlite::Error),
    #[error("cryptography failed: {0}")]
    Crypto(CryptoError),
}

impl VaultError {
    /// A stable code; pinned by a test, never renamed.
    pub fn code(&self) -> &'static str {
        match self {
            VaultError::WrongPassphrase => "wrong_passphrase",
            VaultError::PassphraseTooShort { .. } => "passphrase_too_short",
            VaultError::WrongRecoveryKey => "wrong_recovery_key",
            VaultError::InvalidRecoveryKey(_) => "invalid_recovery_key",
            VaultError::Corrupt { .. } => "vault_corrupt",
            VaultError::KdfParamsOutOfRange { .. } => "kdf_params_out_of_range",
            VaultError::BackupCorrupt { .. } => "backup_corrupt",
            VaultError::VaultExists => "vault_exists",
            VaultError::VaultNotFound => "vault_not_found",
            VaultError::Busy => "vault_busy",
            VaultError::TooNew { .. } => "vault_too_new",
            VaultError::Io(_) => "io",
            VaultError::Storage(_) => "storage",
            VaultError::Crypto(_) => "crypto",
        }
    }

    pub(crate) fn corrupt(what: impl Into<String>) -> Self {
        VaultError::Corrupt { what: what.into() }
    }

    pub(crate) fn backup(what: impl Into<String>) -> Self {
        VaultError::BackupCorrupt { what: what.into() }
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match &e {
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(f.code, C::DatabaseCorrupt | C::NotADatabase) =>
            {
                VaultError::corrupt(e.to_string())
            }
            // A damaged page can surface as a wrongly typed or missing column.
            rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::IntegralValueOutOfRange(..) => VaultError::corrupt(e.to_string()),
            _ => VaultError::Storage(e),
        }
    }
}

impl From<CryptoError> for VaultError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::KdfParamsOutOfRange { reason } => {
                VaultError::KdfParamsOutOfRange { reason }
            }
            other => VaultError::Crypto(other),
        }
    }
}

pub type Result<T, E = VaultError> = std::result::Result<T, E>;
