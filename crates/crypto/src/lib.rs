//! Harbour's cryptography, in one small crate so that every primitive the app
//! uses is reviewed in one place.
//!
//! - [`aead`]: AES-256-GCM with a fresh random nonce per message (ring).
//! - [`kdf`]: Argon2id passphrase stretching with a floor and a ceiling on its
//!   parameters, so a tampered header can neither weaken nor hang an unlock.
//! - [`hkdf_sha256`], [`hmac_sha256`], [`random_bytes`]: ring wrappers.
//! - [`RecoveryKey`]: 128 random bits written as Crockford base32 with a check.
//! - [`SecretKey`]: 256-bit keys that are wiped from memory when dropped.
//!
//! - [`agreement`]: X25519 for pairing (ring), including a key that waits
//!   for an answer across restarts.

pub mod aead;
pub mod agreement;
mod error;
pub mod kdf;
mod mac;
mod random;
mod recovery;
mod secret;

pub use error::{CryptoError, RecoveryKeyError};
pub use kdf::KdfParams;
pub use mac::{hkdf_sha256, hkdf_sha256_key, hmac_sha256, hmac_sha256_verify, sha256};
pub use random::{fill_random, random_array, random_bytes};
pub use recovery::RecoveryKey;
pub use secret::SecretKey;

pub type Result<T, E = CryptoError> = std::result::Result<T, E>;
