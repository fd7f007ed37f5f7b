//! Recovery keys: 128 random bits that a person prints or writes down once.
//!
//! Written as 28 Crockford base32 characters in seven groups of four, e.g.
//! `7K2M-9QXD-...`: 26 characters carry the 128 bits (the last two bits are
//! zero) and two more carry a check value, `sum((i + 1) * v[i]) mod 1021`.
//! 1021 is prime and larger than any weighted difference a single change can
//! make, so every single wrong character and every swap of two characters is
//! caught and reported as a typo, instead of unlocking nothing.
//!
//! Parsing forgives what people do when copying: spaces, dashes, lower case,
//! and O/I/L for 0/1 (Crockford's rule).

use std::fmt;
use std::str::FromStr;

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::{fill_random, RecoveryKeyError, Result};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DATA_CHARS: usize = 26;
const CHECK_CHARS: usize = 2;
const TOTAL_CHARS: usize = DATA_CHARS + CHECK_CHARS;
const CHECK_MOD: u32 = 1021;
const GROUP: usize = 4;

#[derive(Clone, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub struct RecoveryKey([u8; 16]);

impl RecoveryKey {
    pub fn generate() -> Result<Self> {
        let mut k = Self([0; 16]);
        fill_random(&mut k.0)?;
        Ok(k)
    }

    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes)
    }

    pub fn expose(&self) -> &[u8; 16] {
        &self.0
    }

    /// The printable form, grouped with dashes. Wiped when dropped.
    pub fn encode(&self) -> Zeroizing<String> {
        let mut vals = Zeroizing::new([0u8; TOTAL_CHARS]);
        // 128 bits big-endian, then two zero bits, in 5-bit groups.
        let n = u128::from_be_bytes(self.0);
        for (i, v) in vals.iter_mut().take(DATA_CHARS).enumerate() {
            // Character i holds bits 127-5i ..= 123-5i of n; the last one is padded.
            let shift = 123 - 5 * i as i32;
            let bits = if shift >= 0 { n >> shift } else { n << -shift };
            *v = (bits & 0x1f) as u8;
        }
        let check = checksum(&vals[..DATA_CHARS]);
        vals[DATA_CHARS] = (check >> 5) as u8;
        vals[DATA_CHARS + 1] = (check & 0x1f) as u8;
        let mut s = String::with_capacity(TOTAL_CHARS + TOTAL_CHARS / GROUP);
        for (i, v) in vals.iter().enumerate() {
            if i > 0 && i % GROUP == 0 {
                s.push('-');
            }
            s.push(ALPHABET[*v as usize] as char);
        }
        Zeroizing::new(s)
    }

    /// Parses a typed or pasted recovery key.
    pub fn parse(input: &str) -> Result<Self, RecoveryKeyError> {
        let mut vals = Zeroizing::new(Vec::with_capacity(TOTAL_CHARS));
        for (pos, ch) in input.chars().enumerate() {
            if ch.is_whitespace() || ch == '-' {
                continue;
            }
            let v = decode_char(ch).ok_or(RecoveryKeyError::InvalidChar {
                ch,
                position: pos + 1,
            })?;
            vals.push(v);
        }
        if vals.len() != TOTAL_CHARS {
            return Err(RecoveryKeyError::WrongLength {
                expected: TOTAL_CHARS,
                got: vals.len(),
            });
        }
        let stored = (u32::from(vals[DATA_CHARS]) << 5) | u32::from(vals[DATA_CHARS + 1]);
        if stored != checksum(&vals[..DATA_CHARS]) || vals[DATA_CHARS - 1] & 0b11 != 0 {
            return Err(RecoveryKeyError::Checksum);
        }
        let mut n: u128 = 0;
        for v in &vals[..DATA_CHARS - 1] {
            n = (n << 5) | u128::from(*v);
        }
        n = (n << 3) | u128::from(vals[DATA_CHARS - 1] >> 2);
        let key = Self(n.to_be_bytes());
        n.zeroize();
        Ok(key)
    }
}

fn checksum(vals: &[u8]) -> u32 {
    vals.iter()
        .enumerate()
        .map(|(i, v)| (i as u32 + 1) * u32::from(*v))
        .sum::<u32>()
        % CHECK_MOD
}

fn decode_char(ch: char) -> Option<u8> {
    let c = match ch.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    if !c.is_ascii() {
        return None;
    }
    ALPHABET.iter().position(|a| *a == c as u8).map(|p| p as u8)
}

impl FromStr for RecoveryKey {
    type Err = RecoveryKeyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shape() {
        let k = RecoveryKey::from_bytes([0xab; 16]);
        let s = k.encode();
        assert_eq!(s.len(), 28 + 6);
        assert_eq!(s.split('-').count(), 7);
        assert_eq!(RecoveryKey::parse(&s).unwrap(), k);
    }

    #[test]
    fn forgiving_parse() {
        let k = RecoveryKey::from_bytes(*b"0123456789abcdef");
        let s = k.encode().to_string();
        let messy = format!(
            "  {} ",
            s.to_lowercase().replace('-', " - ").replace('0', "o")
        );
        assert_eq!(RecoveryKey::parse(&messy).unwrap(), k);
        let compact = s.replace('-', "").replace('1', "l");
        assert_eq!(RecoveryKey::parse(&compact).unwrap(), k);
    }

    #[test]
    fn clear_errors() {
        let s = RecoveryKey::from_bytes([7; 16]).encode().to_string();
        assert_eq!(
            RecoveryKey::parse(&s[..s.len() - 1]),
            Err(RecoveryKeyError::WrongLength {
                expected: 28,
                got: 27
            })
        );
        assert_eq!(
            RecoveryKey::parse("U"),
            Err(RecoveryKeyError::InvalidChar {
                ch: 'U',
                position: 1
            })
        );
        assert!(matches!(
            RecoveryKey::parse("ABCD-É"),
            Err(RecoveryKeyError::InvalidChar {
                ch: 'É',
                position: 6
            })
        ));
        assert_eq!(
            RecoveryKey::parse(""),
            Err(RecoveryKeyError::WrongLength {
                expected: 28,
                got: 0
            })
        );
    }

    fn chars_of(k: &RecoveryKey) -> Vec<char> {
        k.encode().chars().filter(|c| *c != '-').collect()
    }

    proptest! {
        #[test]
        fn round_trip(bytes in any::<[u8; 16]>()) {
            let k = RecoveryKey::from_bytes(bytes);
            prop_assert_eq!(RecoveryKey::parse(&k.encode()).unwrap(), k);
        }

        #[test]
        fn any_single_typo_is_caught(bytes in any::<[u8; 16]>(), pos in 0usize..28, sym in 0usize..32) {
            let k = RecoveryKey::from_bytes(bytes);
            let mut cs = chars_of(&k);
            let new = ALPHABET[sym] as char;
            prop_assume!(cs[pos] != new);
            cs[pos] = new;
            let typo: String = cs.into_iter().collect();
            prop_assert_eq!(RecoveryKey::parse(&typo), Err(RecoveryKeyError::Checksum));
        }

        #[test]
        fn any_swap_is_caught(bytes in any::<[u8; 16]>(), a in 0usize..26, b in 0usize..26) {
            let k = RecoveryKey::from_bytes(bytes);
            let mut cs = chars_of(&k);
            prop_assume!(cs[a] != cs[b]);
            cs.swap(a, b);
            let typo: String = cs.into_iter().collect();
            prop_assert_eq!(RecoveryKey::parse(&typo), Err(RecoveryKeyError::Checksum));
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,60}") {
            let _ = RecoveryKey::parse(&s);
        }
    }
}
