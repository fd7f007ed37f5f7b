//! AES-256-GCM. Sealed form: `nonce (12) || ciphertext || tag (16)`.
//!
//! Every message gets a fresh random 96-bit nonce. With random nonces one key
//! stays safe for about 2^32 messages; a person's vault stays far below that.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};

use crate::{fill_random, CryptoError, Result, SecretKey};

pub const NONCE_BYTES: usize = NONCE_LEN;
pub const TAG_BYTES: usize = 16;
/// Bytes a sealed message adds to its plaintext.
pub const OVERHEAD: usize = NONCE_BYTES + TAG_BYTES;

fn key(k: &SecretKey) -> LessSafeKey {
    // Cannot fail: the key is exactly 32 bytes, which AES-256 takes.
    let unbound = UnboundKey::new(&AES_256_GCM, k.expose()).unwrap_or_else(|_| unreachable!());
    LessSafeKey::new(unbound)
}

/// Encrypts `plaintext`, binding it to `aad` (which is authenticated, not stored).
pub fn seal(k: &SecretKey, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_BYTES];
    fill_random(&mut nonce)?;
    let mut out = Vec::with_capacity(plaintext.len() + OVERHEAD);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    let tag = key(k)
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut out[NONCE_BYTES..],
        )
        .map_err(|_| CryptoError::Decrypt)?;
    out.extend_from_slice(tag.as_ref());
    Ok(out)
}

/// Encrypts with a caller-chosen nonce; returns `ciphertext || tag` (no nonce).
///
/// For wire formats that carry the nonce in an authenticated header. The
/// caller must never reuse a nonce under one key (use [`fill_random`] per
/// message, as `harbour-sync` does; fixed nonces are for test vectors only).
pub fn seal_detached(
    k: &SecretKey,
    nonce: &[u8; NONCE_BYTES],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(plaintext.len() + TAG_BYTES);
    out.extend_from_slice(plaintext);
    let tag = key(k)
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(*nonce),
            Aad::from(aad),
            &mut out,
        )
        .map_err(|_| CryptoError::Decrypt)?;
    out.extend_from_slice(tag.as_ref());
    Ok(out)
}

/// Decrypts what [`seal_detached`] made under the same key, nonce and `aad`.
pub fn open_detached(
    k: &SecretKey,
    nonce: &[u8; NONCE_BYTES],
    aad: &[u8],
    sealed: &[u8],
) -> Result<Vec<u8>> {
    if sealed.len() < TAG_BYTES {
        return Err(CryptoError::Truncated { len: sealed.len() });
    }
    let mut buf = sealed.to_vec();
    let len = key(k)
        .open_in_place(
            Nonce::assume_unique_for_key(*nonce),
            Aad::from(aad),
            &mut buf,
        )
        .map_err(|_| CryptoError::Decrypt)?
        .len();
    buf.truncate(len);
    Ok(buf)
}

/// Decrypts what [`seal`] made under the same key and `aad`.
pub fn open(k: &SecretKey, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>> {
    if sealed.len() < OVERHEAD {
        return Err(CryptoError::Truncated { len: sealed.len() });
    }
    let (nonce, rest) = sealed.split_at(NONCE_BYTES);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| CryptoError::Decrypt)?;
    let mut buf = rest.to_vec();
    let len = key(k)
        .open_in_place(nonce, Aad::from(aad), &mut buf)
        .map_err(|_| CryptoError::Decrypt)?
        .len();
    buf.truncate(len);
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding() {
        let k = SecretKey::generate().unwrap();
        let s = seal(&k, b"row 1", b"hello").unwrap();
        assert_eq!(s.len(), 5 + OVERHEAD);
        assert_eq!(open(&k, b"row 1", &s).unwrap(), b"hello");
        assert_eq!(open(&k, b"row 2", &s), Err(CryptoError::Decrypt));
        let other = SecretKey::generate().unwrap();
        assert_eq!(open(&other, b"row 1", &s), Err(CryptoError::Decrypt));
        for i in 0..s.len() {
            let mut t = s.clone();
            t[i] ^= 0x01;
            assert_eq!(
                open(&k, b"row 1", &t),
                Err(CryptoError::Decrypt),
                "byte {i}"
            );
        }
        assert_eq!(
            open(&k, b"row 1", &s[..10]),
            Err(CryptoError::Truncated { len: 10 })
        );
    }

    #[test]
    fn detached_round_trip() {
        let k = SecretKey::from_bytes([7; 32]);
        let n = [1; NONCE_BYTES];
        let s = seal_detached(&k, &n, b"hdr", b"hello").unwrap();
        assert_eq!(s.len(), 5 + TAG_BYTES);
        assert_eq!(open_detached(&k, &n, b"hdr", &s).unwrap(), b"hello");
        assert!(open_detached(&k, &[2; NONCE_BYTES], b"hdr", &s).is_err());
        assert!(open_detached(&k, &n, b"hdx", &s).is_err());
        assert!(open_detached(&k, &n, b"hdr", &s[..3]).is_err());
    }

    #[test]
    fn nonces_are_fresh() {
        let k = SecretKey::generate().unwrap();
        let a = seal(&k, b"", b"same").unwrap();
        let b = seal(&k, b"", b"same").unwrap();
        assert_ne!(a, b);
    }
}
