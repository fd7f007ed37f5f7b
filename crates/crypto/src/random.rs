use ring::rand::{SecureRandom, SystemRandom};

use crate::{CryptoError, Result};

/// Fills `buf` from the operating system's CSPRNG.
pub fn fill_random(buf: &mut [u8]) -> Result<()> {
    SystemRandom::new()
        .fill(buf)
        .map_err(|_| CryptoError::Random)
}

pub fn random_bytes(n: usize) -> Result<Vec<u8>> {
    let mut v = vec![0; n];
    fill_random(&mut v)?;
    Ok(v)
}

pub fn random_array<const N: usize>() -> Result<[u8; N]> {
    let mut a = [0; N];
    fill_random(&mut a)?;
    Ok(a)
}
