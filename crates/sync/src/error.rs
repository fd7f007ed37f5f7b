use thiserror::Error;

/// Everything sharing can refuse or fail at. [`SyncError::code`] gives each a
/// stable snake_case code (the api crate's `ErrorCode` has the same strings).
/// Messages never carry key material or plan text.
#[derive(Debug, Error)]
pub enum SyncError {
    #[error("this message is too large ({len} bytes; at most {max})")]
    TooLarge { len: usize, max: usize },
    #[error("this is not a valid Harbour message ({0})")]
    Malformed(&'static str),
    #[error("this message was written by a newer Harbour (version {0})")]
    UnsupportedVersion(u8),
    #[error("this message could not be authenticated: wrong key, or it was changed on the way")]
    Unauthentic,
    #[error("this message was already received (sequence {seq})")]
    Replayed { seq: u64 },
    #[error("refused a change from someone who may not write this: {0}")]
    WriteRefused(String),
    #[error("this invite is not valid ({0})")]
    InviteInvalid(&'static str),
    #[error("this invite has expired; ask for a new one")]
    InviteExpired,
    #[error("this invite has already been used; ask for a new one")]
    InviteUsed,
    #[error("this sync file is not valid ({0})")]
    BundleInvalid(&'static str),
    #[error("no supporter called \"{0}\"")]
    SupporterNotFound(String),
    #[error("there is already a supporter called \"{0}\"")]
    SupporterExists(String),
    #[error("nobody called \"{0}\" shares a plan with you")]
    PersonNotFound(String),
    #[error("no linked device called \"{0}\"")]
    DeviceNotFound(String),
    #[error("please wait: a signal was sent to this supporter a moment ago")]
    RateLimited,
    #[error("no app that answered shows this code; check the code on their screen, or sync and try again")]
    CodeMismatch,
    #[error("more than one app answered with this code: someone else may have the link. Stop this invite and make a new one")]
    CodeAmbiguous,
    #[error("too many apps answered this invite: someone else may have the link. Stop this invite and make a new one")]
    TooManyAnswers,
    #[error("{0} is not a section that can be shared")]
    UnknownSection(String),
    /// The [`crate::Store`] failed; `code` is the store's own stable code
    /// (for the vault: `vault_busy`, `vault_corrupt`, ...).
    #[error("{message}")]
    Store { code: &'static str, message: String },
    #[error(transparent)]
    Doc(#[from] harbour_doc::DocError),
    #[error("the sharing state is damaged ({0})")]
    StateCorrupt(String),
    #[error("cryptography failed: {0}")]
    Crypto(#[from] harbour_crypto::CryptoError),
}

impl SyncError {
    /// A stable code; never renamed.
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::TooLarge { .. } => "message_too_large",
            SyncError::Malformed(_) | SyncError::UnsupportedVersion(_) => "message_invalid",
            SyncError::Unauthentic => "message_unauthentic",
            SyncError::Replayed { .. } => "message_replayed",
            SyncError::WriteRefused(_) => "write_refused",
            SyncError::InviteInvalid(_) => "invite_invalid",
            SyncError::InviteExpired => "invite_expired",
            SyncError::InviteUsed => "invite_used",
            SyncError::BundleInvalid(_) => "bundle_invalid",
            SyncError::SupporterNotFound(_) => "supporter_not_found",
            SyncError::SupporterExists(_) => "supporter_exists",
            SyncError::PersonNotFound(_) => "person_not_found",
            SyncError::DeviceNotFound(_) => "device_not_found",
            SyncError::RateLimited => "rate_limited",
            SyncError::CodeMismatch => "code_mismatch",
            SyncError::CodeAmbiguous | SyncError::TooManyAnswers => "code_ambiguous",
            SyncError::UnknownSection(_) => "unknown_field",
            SyncError::Store { code, .. } => code,
            SyncError::Doc(harbour_doc::DocError::Invalid(_)) => "invalid_input",
            SyncError::Doc(_) => "plan_corrupt",
            SyncError::StateCorrupt(_) => "vault_corrupt",
            SyncError::Crypto(_) => "internal",
        }
    }
}

pub type Result<T, E = SyncError> = std::result::Result<T, E>;
