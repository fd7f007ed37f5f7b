use thiserror::Error;

/// Everything that can go wrong in this crate. None of these ever carries key
/// material or plaintext.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CryptoError {
    /// Authentication failed: wrong key, wrong associated data, or a changed byte.
    #[error("decryption failed: wrong key or the data was changed")]
    Decrypt,
    /// The sealed message is shorter than a nonce and a tag.
    #[error("sealed data is truncated ({len} bytes)")]
    Truncated { len: usize },
    /// KDF parameters outside the floor..=ceiling range.
    #[error("key derivation parameters out of range: {reason}")]
    KdfParamsOutOfRange { reason: String },
    /// The KDF itself failed (for example it could not allocate its memory).
    #[error("key derivation failed: {0}")]
    Kdf(String),
    /// The operating system's random number generator failed.
    #[error("the system random number generator failed")]
    Random,
    /// An HKDF output length that SHA-256 cannot give (over 255 * 32 bytes).
    #[error("requested key length {0} is not possible")]
    BadLength(usize),
}

/// Why a typed-in recovery key was not accepted. Messages say what to fix.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum RecoveryKeyError {
    #[error("a recovery key has {expected} letters and digits, this has {got}")]
    WrongLength { expected: usize, got: usize },
    #[error("'{ch}' (character {position}) cannot be in a recovery key")]
    InvalidChar { ch: char, position: usize },
    #[error("this recovery key has a typo: please check each group")]
    Checksum,
}
