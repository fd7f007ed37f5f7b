//! The key hierarchy.
//!
//! passphrase --Argon2id(salt, params)--> passphrase KEK --unwraps--> data key
//! recovery key --HKDF(vault id)------->  recovery KEK   --unwraps--> data key
//! data key --HKDF--> blob key (AES-GCM for every stored blob)
//!          --HKDF--> mac key  (header MAC, keyed names of docs/settings)
//!
//! There is no password verifier: a wrap that opens is the check. The wraps'
//! associated data names what is wrapped and by what, and binds the vault id
//! and (for the passphrase) the KDF parameters and salt.

use harbour_crypto::{aead, hkdf_sha256_key, hmac_sha256, kdf, KdfParams, RecoveryKey, SecretKey};

use crate::codec::Writer;
use crate::{Result, Unlock, VaultError, FORMAT_VERSION};

/// The unlocked keys. All wiped on drop (each `SecretKey` zeroizes itself).
pub(crate) struct Keys {
    pub data: SecretKey,
    pub blob: SecretKey,
    pub mac: SecretKey,
}

impl Keys {
    pub fn from_data_key(data: SecretKey, vault_id: &[u8]) -> Result<Keys> {
        let blob = hkdf_sha256_key(data.expose(), vault_id, b"harbour/vault/blob/v1")?;
        let mac = hkdf_sha256_key(data.expose(), vault_id, b"harbour/vault/mac/v1")?;
        Ok(Keys { data, blob, mac })
    }

    /// Keyed name lookup: what the database indexes instead of a plain name.
    pub fn name_mac(&self, space: &str, name: &str) -> Vec<u8> {
        let mut w = Writer::new();
        w.bytes(space.as_bytes()).bytes(name.as_bytes());
        hmac_sha256(self.mac.expose(), &w.0).to_vec()
    }
}

/// What unlocks a data key: the same shape in the vault's header row and in a
/// backup file's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct KeyHeader {
    pub format_version: i64,
    pub vault_id: Vec<u8>,
    pub kdf: KdfParams,
    pub salt: Vec<u8>,
    pub pass_wrap: Vec<u8>,
    pub recovery_wrap: Vec<u8>,
}

fn pass_wrap_aad(vault_id: &[u8], kdf: KdfParams, salt: &[u8]) -> Vec<u8> {
    let mut w = Writer::new();
    w.bytes(b"harbour/wrap/data-key/by-passphrase/v1")
        .bytes(vault_id)
        .u32(kdf.m_kib)
        .u32(kdf.t)
        .u32(kdf.p)
        .bytes(salt);
    w.0
}

fn recovery_wrap_aad(vault_id: &[u8]) -> Vec<u8> {
    let mut w = Writer::new();
    w.bytes(b"harbour/wrap/data-key/by-recovery-key/v1")
        .bytes(vault_id);
    w.0
}

fn recovery_kek(rk: &RecoveryKey, vault_id: &[u8]) -> Result<SecretKey> {
    // 128 random bits need no stretching; HKDF only separates domains.
    Ok(hkdf_sha256_key(
        rk.expose(),
        vault_id,
        b"harbour/recovery-kek/v1",
    )?)
}

pub(crate) fn wrap_with_passphrase(
    data: &SecretKey,
    vault_id: &[u8],
    passphrase: &str,
    kdf: KdfParams,
    salt: &[u8],
) -> Result<Vec<u8>> {
    let kek = kdf::derive_key(passphrase.as_bytes(), salt, kdf)?;
    Ok(aead::seal(
        &kek,
        &pass_wrap_aad(vault_id, kdf, salt),
        data.expose(),
    )?)
}

impl KeyHeader {
    /// A new header for a new data key.
    pub fn new(
        data: &SecretKey,
        passphrase: &str,
        kdf: KdfParams,
        recovery: &RecoveryKey,
    ) -> Result<KeyHeader> {
        kdf.validate()?;
        let vault_id = harbour_crypto::random_bytes(16)?;
        let salt = harbour_crypto::random_bytes(KdfParams::SALT_LEN)?;
        let pass_wrap = wrap_with_passphrase(data, &vault_id, passphrase, kdf, &salt)?;
        let kek = recovery_kek(recovery, &vault_id)?;
        let recovery_wrap = aead::seal(&kek, &recovery_wrap_aad(&vault_id), data.expose())?;
        Ok(KeyHeader {
            format_version: FORMAT_VERSION,
            vault_id,
            kdf,
            salt,
            pass_wrap,
            recovery_wrap,
        })
    }

    /// Checks what can be checked without a key.
    pub fn check(&self) -> Result<()> {
        if self.format_version > FORMAT_VERSION {
            return Err(VaultError::TooNew {
                found: self.format_version,
                supported: FORMAT_VERSION,
            });
        }
        if self.format_version < 1 {
            return Err(VaultError::corrupt("unknown format version"));
        }
        self.kdf.validate()?;
        if self.vault_id.len() != 16 || self.salt.len() != KdfParams::SALT_LEN {
            return Err(VaultError::corrupt("header fields have the wrong size"));
        }
        Ok(())
    }

    /// Recovers the data key. A failed unwrap is reported as the wrong secret.
    pub fn unlock(&self, unlock: &Unlock<'_>) -> Result<SecretKey> {
        self.check()?;
        let key = match unlock {
            Unlock::Passphrase(p) => {
                let kek = kdf::derive_key(p.as_bytes(), &self.salt, self.kdf)?;
                let aad = pass_wrap_aad(&self.vault_id, self.kdf, &self.salt);
                aead::open(&kek, &aad, &self.pass_wrap).map_err(|_| VaultError::WrongPassphrase)?
            }
            Unlock::RecoveryKey(rk) => self.unlock_recovery(rk)?,
        };
        let key = zeroize::Zeroizing::new(key);
        SecretKey::from_slice(&key)
            .ok_or_else(|| VaultError::corrupt("wrapped key has the wrong size"))
    }

    fn unlock_recovery(&self, rk: &RecoveryKey) -> Result<Vec<u8>> {
        let kek = recovery_kek(rk, &self.vault_id)?;
        aead::open(
            &kek,
            &recovery_wrap_aad(&self.vault_id),
            &self.recovery_wrap,
        )
        .map_err(|_| VaultError::WrongRecoveryKey)
    }

    /// Same vault, same data key, a new passphrase with a fresh salt, and a
    /// cost raised to at least today's default (never kept weak).
    pub fn rewrap_passphrase(&self, data: &SecretKey, new_passphrase: &str) -> Result<KeyHeader> {
        let salt = harbour_crypto::random_bytes(KdfParams::SALT_LEN)?;
        let kdf = self.kdf.at_least_default();
        let pass_wrap = wrap_with_passphrase(data, &self.vault_id, new_passphrase, kdf, &salt)?;
        Ok(KeyHeader {
            kdf,
            salt,
            pass_wrap,
            ..self.clone()
        })
    }

    /// Same vault, same data key, wrapped by a new recovery key instead.
    pub fn rewrap_recovery(&self, data: &SecretKey, recovery: &RecoveryKey) -> Result<KeyHeader> {
        let kek = recovery_kek(recovery, &self.vault_id)?;
        let recovery_wrap = aead::seal(&kek, &recovery_wrap_aad(&self.vault_id), data.expose())?;
        Ok(KeyHeader {
            recovery_wrap,
            ..self.clone()
        })
    }

    /// Canonical bytes: what the header MAC and the backup's AAD cover.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.i64(self.format_version)
            .bytes(&self.vault_id)
            .u32(self.kdf.m_kib)
            .u32(self.kdf.t)
            .u32(self.kdf.p)
            .bytes(&self.salt)
            .bytes(&self.pass_wrap)
            .bytes(&self.recovery_wrap);
        w.0
    }

    pub fn decode(r: &mut crate::codec::Reader<'_>) -> Option<KeyHeader> {
        Some(KeyHeader {
            format_version: r.i64()?,
            vault_id: r.bytes()?.to_vec(),
            kdf: KdfParams {
                m_kib: r.u32()?,
                t: r.u32()?,
                p: r.u32()?,
            },
            salt: r.bytes()?.to_vec(),
            pass_wrap: r.bytes()?.to_vec(),
            recovery_wrap: r.bytes()?.to_vec(),
        })
    }

    pub fn mac(&self, keys: &Keys) -> Vec<u8> {
        let mut w = Writer::new();
        w.bytes(b"harbour/vault/header/v1").bytes(&self.encode());
        hmac_sha256(keys.mac.expose(), &w.0).to_vec()
    }

    /// Checks a recovery key against this header without opening anything.
    pub fn verify_recovery(&self, rk: &RecoveryKey) -> Result<()> {
        self.unlock_recovery(rk).map(|_| ())
    }
}
