//! X25519 key agreement (ring), for pairing when both sides are live.
//!
//! ring keeps ephemeral private keys in memory only: an [`Ephemeral`] cannot
//! be saved and reloaded. Pairing flows that must survive a restart (an invite
//! sent as a file) therefore cannot rely on X25519 alone; `harbour-sync`
//! documents how it mixes the invite secret with the shared secret when one
//! is available.

use ring::agreement::{self, EphemeralPrivateKey, UnparsedPublicKey, X25519};
use ring::rand::SystemRandom;

use crate::{CryptoError, Result, SecretKey};

pub const PUBLIC_KEY_BYTES: usize = 32;

/// A one-time X25519 key pair, alive for one pairing.
pub struct Ephemeral {
    private: EphemeralPrivateKey,
    public: [u8; PUBLIC_KEY_BYTES],
}

impl Ephemeral {
    pub fn generate() -> Result<Self> {
        let rng = SystemRandom::new();
        let private =
            EphemeralPrivateKey::generate(&X25519, &rng).map_err(|_| CryptoError::Random)?;
        let pk = private
            .compute_public_key()
            .map_err(|_| CryptoError::Random)?;
        let mut public = [0; PUBLIC_KEY_BYTES];
        public.copy_from_slice(pk.as_ref());
        Ok(Self { private, public })
    }

    pub fn public_key(&self) -> [u8; PUBLIC_KEY_BYTES] {
        self.public
    }

    /// The 32-byte shared secret with `peer_public`. Consumes the key pair.
    /// Fails on an invalid (for example all-zero, low-order) peer key.
    pub fn agree(self, peer_public: &[u8; PUBLIC_KEY_BYTES]) -> Result<SecretKey> {
        let peer = UnparsedPublicKey::new(&X25519, peer_public);
        agreement::agree_ephemeral(self.private, &peer, SecretKey::from_slice)
            .map_err(|_| CryptoError::Decrypt)?
            .ok_or(CryptoError::BadLength(0))
    }
}

impl std::fmt::Debug for Ephemeral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ephemeral(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sides_agree() {
        let a = Ephemeral::generate().unwrap();
        let b = Ephemeral::generate().unwrap();
        let (pa, pb) = (a.public_key(), b.public_key());
        let sa = a.agree(&pb).unwrap();
        let sb = b.agree(&pa).unwrap();
        assert_eq!(sa, sb);
    }

    #[test]
    fn refuses_low_order_key() {
        let a = Ephemeral::generate().unwrap();
        assert!(a.agree(&[0; 32]).is_err());
    }
}
