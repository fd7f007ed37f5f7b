//! Argon2id passphrase stretching.
//!
//! The parameters travel in vault and backup headers, which an attacker may
//! edit. The floor stops a header from downgrading the work an offline guess
//! costs; the ceiling stops it from asking for gigabytes or minutes and so
//! hanging or killing the app on unlock.

use argon2::{Algorithm, Argon2, Params, Version};

use crate::{CryptoError, Result, SecretKey};

/// Argon2id cost parameters: memory in KiB, passes, lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

impl KdfParams {
    /// OWASP's minimum for Argon2id (19 MiB, 2 passes).
    pub const FLOOR: KdfParams = KdfParams {
        m_kib: 19 * 1024,
        t: 2,
        p: 1,
    };
    /// 256 MiB, 8 passes, 4 lanes, and never more than [`Self::MAX_WORK`]
    /// together: a header from a backup file or a damaged vault may ask for
    /// no more than a few seconds and a quarter of a gigabyte, even on a phone.
    pub const CEILING: KdfParams = KdfParams {
        m_kib: 256 * 1024,
        t: 8,
        p: 4,
    };
    /// The most work (memory in KiB × passes) any header may ask for: four
    /// times [`Self::DEFAULT`]'s.
    pub const MAX_WORK: u64 = 4 * 64 * 1024 * 3;
    /// 64 MiB, 3 passes, 1 lane: well under a second on a mid-range phone.
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// Salt length used by Harbour.
    pub const SALT_LEN: usize = 16;

    /// The cheapest parameters that are still legal: for tests and benchmarks
    /// that must stay fast. It is the floor, not below it.
    pub const fn fastest_legal() -> KdfParams {
        Self::FLOOR
    }

    /// Checks the parameters against the floor and the ceiling.
    pub fn validate(&self) -> Result<()> {
        let bad = |reason: String| Err(CryptoError::KdfParamsOutOfRange { reason });
        let (f, c) = (Self::FLOOR, Self::CEILING);
        if self.m_kib < f.m_kib || self.m_kib > c.m_kib {
            return bad(format!(
                "memory {} KiB not in {}..={} KiB",
                self.m_kib, f.m_kib, c.m_kib
            ));
        }
        if self.t < f.t || self.t > c.t {
            return bad(format!("passes {} not in {}..={}", self.t, f.t, c.t));
        }
        if self.p < f.p || self.p > c.p {
            return bad(format!("lanes {} not in {}..={}", self.p, f.p, c.p));
        }
        let work = u64::from(self.m_kib) * u64::from(self.t);
        if work > Self::MAX_WORK {
            return bad(format!(
                "memory × passes {work} KiB is more than {} KiB",
                Self::MAX_WORK
            ));
        }
        // Argon2 needs at least 8 KiB per lane; always true above the floor.
        Ok(())
    }

    /// What a new passphrase is wrapped with: these parameters, raised to at
    /// least [`Self::DEFAULT`]'s memory and passes, so a passphrase change
    /// never keeps a weak (or older, cheaper) cost. Always within the ceiling.
    pub fn at_least_default(self) -> KdfParams {
        let d = Self::DEFAULT;
        let raised = KdfParams {
            m_kib: self.m_kib.max(d.m_kib),
            t: self.t.max(d.t),
            p: self.p,
        };
        if raised.validate().is_ok() {
            raised
        } else {
            d
        }
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Derives a 256-bit key from a passphrase. Validates `params` first.
pub fn derive_key(passphrase: &[u8], salt: &[u8], params: KdfParams) -> Result<SecretKey> {
    params.validate()?;
    if salt.len() < 8 {
        return Err(CryptoError::Kdf("salt too short".into()));
    }
    let p = Params::new(params.m_kib, params.t, params.p, Some(SecretKey::LEN))
        .map_err(|e| CryptoError::Kdf(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, p);
    let mut key = SecretKey::from_bytes([0; 32]);
    argon
        .hash_password_into(passphrase, salt, key.expose_mut())
        .map_err(|e| CryptoError::Kdf(e.to_string()))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        assert!(KdfParams::DEFAULT.validate().is_ok());
        assert!(KdfParams::FLOOR.validate().is_ok());
        for bad in [
            KdfParams {
                m_kib: 19 * 1024 - 1,
                ..KdfParams::FLOOR
            },
            KdfParams {
                t: 1,
                ..KdfParams::FLOOR
            },
            KdfParams {
                p: 0,
                ..KdfParams::FLOOR
            },
            KdfParams {
                m_kib: 256 * 1024 + 1,
                ..KdfParams::FLOOR
            },
            KdfParams {
                t: 9,
                ..KdfParams::FLOOR
            },
            // Each within its bound, too much together.
            KdfParams {
                m_kib: 256 * 1024,
                t: 4,
                p: 1,
            },
            KdfParams {
                m_kib: 1024 * 1024,
                t: 10,
                p: 4,
            },
            KdfParams {
                p: 5,
                ..KdfParams::FLOOR
            },
        ] {
            assert!(
                matches!(bad.validate(), Err(CryptoError::KdfParamsOutOfRange { .. })),
                "{bad:?}"
            );
            assert!(derive_key(b"pw", &[0; 16], bad).is_err());
        }
    }

    #[test]
    fn a_new_passphrase_never_keeps_a_weaker_cost() {
        let d = KdfParams::DEFAULT;
        assert_eq!(KdfParams::FLOOR.at_least_default(), d);
        let more_passes = KdfParams {
            t: 6,
            ..KdfParams::FLOOR
        };
        assert_eq!(more_passes.at_least_default(), KdfParams { t: 6, ..d });
        let stronger = KdfParams {
            m_kib: 128 * 1024,
            t: 6,
            p: 2,
        };
        assert_eq!(stronger.at_least_default(), stronger);
        assert!(
            KdfParams::CEILING.validate().is_err(),
            "the ceiling's corners are not all legal together"
        );
        let big = KdfParams {
            m_kib: 256 * 1024,
            t: 3,
            p: 4,
        };
        assert_eq!(big.at_least_default(), big);
    }

    #[test]
    fn deterministic_and_salted() {
        let p = KdfParams::fastest_legal();
        let a = derive_key(b"correct horse", &[1; 16], p).unwrap();
        let b = derive_key(b"correct horse", &[1; 16], p).unwrap();
        let c = derive_key(b"correct horse", &[2; 16], p).unwrap();
        let d = derive_key(b"correct horsf", &[1; 16], p).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
    }
}
