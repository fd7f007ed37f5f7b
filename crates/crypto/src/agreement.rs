//! X25519 key agreement (ring), for pairing.
//!
//! ring hands out X25519 private keys only as one-shot, in-memory values. A
//! pairing waits: an invite sent as a link or a file is answered hours or
//! days later, after the app (or the `harbour` command) has restarted. So the
//! inviting side keeps a 32-byte *seed* sealed in its vault and rebuilds the
//! same key from it when the answer arrives; the seed is forgotten as soon as
//! the exchange is done. The joining side answers at once and uses a plain
//! [`Ephemeral`] that never leaves memory.
//!
//! Rebuilding a key from a seed goes through ring's fixed-bytes random source
//! (`ring::test::rand::FixedSliceRandom`, marked deprecated because ring
//! means it for tests): X25519 key generation is "take 32 random bytes", so
//! feeding it the seed gives exactly the RFC 7748 key for those bytes. The
//! RFC's own test vectors below pin that; if ring ever changes or removes
//! it, the build or those tests fail instead of pairing silently breaking.

use ring::agreement::{self, EphemeralPrivateKey, UnparsedPublicKey, X25519};
use ring::rand::SystemRandom;

use crate::{CryptoError, Result, SecretKey};

pub const PUBLIC_KEY_BYTES: usize = 32;

/// A one-time X25519 key pair, alive for one pairing in one process.
pub struct Ephemeral {
    private: EphemeralPrivateKey,
    public: [u8; PUBLIC_KEY_BYTES],
}

fn public_of(private: &EphemeralPrivateKey) -> Result<[u8; PUBLIC_KEY_BYTES]> {
    let pk = private
        .compute_public_key()
        .map_err(|_| CryptoError::Random)?;
    let mut public = [0; PUBLIC_KEY_BYTES];
    public.copy_from_slice(pk.as_ref());
    Ok(public)
}

/// The shared secret of `private` with `peer_public`. Fails on an invalid
/// (for example all-zero, low-order) peer key.
fn agree_with(
    private: EphemeralPrivateKey,
    peer_public: &[u8; PUBLIC_KEY_BYTES],
) -> Result<SecretKey> {
    let peer = UnparsedPublicKey::new(&X25519, peer_public);
    agreement::agree_ephemeral(private, &peer, SecretKey::from_slice)
        .map_err(|_| CryptoError::Decrypt)?
        .ok_or(CryptoError::BadLength(0))
}

impl Ephemeral {
    pub fn generate() -> Result<Self> {
        let private = EphemeralPrivateKey::generate(&X25519, &SystemRandom::new())
            .map_err(|_| CryptoError::Random)?;
        let public = public_of(&private)?;
        Ok(Self { private, public })
    }

    pub fn public_key(&self) -> [u8; PUBLIC_KEY_BYTES] {
        self.public
    }

    /// The 32-byte shared secret with `peer_public`. Consumes the key pair.
    pub fn agree(self, peer_public: &[u8; PUBLIC_KEY_BYTES]) -> Result<SecretKey> {
        agree_with(self.private, peer_public)
    }
}

impl std::fmt::Debug for Ephemeral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ephemeral(..)")
    }
}

/// An X25519 key that waits for an answer: kept as a seed (sealed in the
/// vault by the caller), rebuilt to agree once, then forgotten.
#[derive(Clone, PartialEq, Eq)]
pub struct PairingKey {
    seed: SecretKey,
}

impl PairingKey {
    pub fn generate() -> Result<Self> {
        Ok(Self {
            seed: SecretKey::generate()?,
        })
    }

    pub fn from_seed(seed: SecretKey) -> Self {
        Self { seed }
    }

    /// The bytes to keep (secret: whoever has them can finish the pairing).
    pub fn seed(&self) -> &SecretKey {
        &self.seed
    }

    #[allow(deprecated)] // see the module comment: the only way to rebuild a key in ring
    fn private(&self) -> Result<EphemeralPrivateKey> {
        let fixed = ring::test::rand::FixedSliceRandom {
            bytes: self.seed.expose(),
        };
        EphemeralPrivateKey::generate(&X25519, &fixed).map_err(|_| CryptoError::Random)
    }

    pub fn public_key(&self) -> Result<[u8; PUBLIC_KEY_BYTES]> {
        public_of(&self.private()?)
    }

    /// The shared secret with `peer_public` (the same one the peer's
    /// [`Ephemeral::agree`] gives).
    pub fn agree(&self, peer_public: &[u8; PUBLIC_KEY_BYTES]) -> Result<SecretKey> {
        agree_with(self.private()?, peer_public)
    }
}

impl std::fmt::Debug for PairingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PairingKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unhex32(s: &str) -> [u8; 32] {
        let mut out = [0; 32];
        for (i, o) in out.iter_mut().enumerate() {
            *o = u8::from_str_radix(&s[i * 2..i * 2 + 2], 16).unwrap();
        }
        out
    }

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
        let k = PairingKey::generate().unwrap();
        assert!(k.agree(&[0; 32]).is_err());
    }

    /// RFC 7748 section 6.1: Alice's and Bob's keys and their shared secret.
    #[test]
    fn pairing_key_matches_rfc7748() {
        let alice = PairingKey::from_seed(SecretKey::from_bytes(unhex32(
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        )));
        let bob = PairingKey::from_seed(SecretKey::from_bytes(unhex32(
            "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
        )));
        let alice_pub = unhex32("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        let bob_pub = unhex32("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        let shared = unhex32("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        assert_eq!(alice.public_key().unwrap(), alice_pub);
        assert_eq!(bob.public_key().unwrap(), bob_pub);
        assert_eq!(alice.agree(&bob_pub).unwrap().expose(), &shared);
        assert_eq!(bob.agree(&alice_pub).unwrap().expose(), &shared);
    }

    #[test]
    fn a_kept_key_agrees_with_a_live_one_after_a_restart() {
        let waiting = PairingKey::generate().unwrap();
        let public = waiting.public_key().unwrap();
        let joiner = Ephemeral::generate().unwrap();
        let joiner_public = joiner.public_key();
        let theirs = joiner.agree(&public).unwrap();
        // The seed is all that survives the restart.
        let reloaded = PairingKey::from_seed(waiting.seed().clone());
        assert_eq!(reloaded.agree(&joiner_public).unwrap(), theirs);
    }
}
