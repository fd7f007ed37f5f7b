//! Invites: `harbour://invite#<base64url>` for a supporter, `harbour://device#...`
//! to link one of the person's own devices. The payload travels in the URL
//! fragment, which browsers and link handlers never send to a server.
//!
//! ```text
//! version u8 (1) | kind u8 (1 supporter, 2 device) | flags u8 (bit 0: X25519 key present)
//! | secret [32] | [x25519 public key [32]] | expires_at u64 BE (Unix seconds) | id [16]
//! | n_sections u8 | n x (len u8 | section id) | from_len u8 | from (UTF-8)
//! ```
//!
//! The decoder checks the length cap before anything else and never panics.

use crate::b64;
use crate::envelope::Reader;
use crate::error::{Result, SyncError};
use harbour_crypto::SecretKey;

pub const VERSION: u8 = 1;
pub const SUPPORTER_PREFIX: &str = "harbour://invite#";
pub const DEVICE_PREFIX: &str = "harbour://device#";
/// The largest payload (bytes) and link (characters) accepted.
pub const MAX_PAYLOAD: usize = 1024;
pub const MAX_LINK: usize = 2048;
pub const MAX_FROM: usize = 64;
/// How long an invite stays valid by default.
pub const DEFAULT_TTL_SECS: u64 = 7 * 24 * 3600;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteKind {
    Supporter = 1,
    Device = 2,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub kind: InviteKind,
    pub secret: SecretKey,
    pub x25519: Option<[u8; 32]>,
    pub expires_at: u64,
    pub id: [u8; 16],
    /// Section ids offered (supporter invites).
    pub sections: Vec<String>,
    /// How the person wants to be named to the supporter ("Alex").
    pub from: String,
}

fn check_section(s: &str) -> Result<()> {
    if harbour_model::registry::section(s).is_none() {
        return Err(SyncError::InviteInvalid("unknown section"));
    }
    Ok(())
}

fn check_from(s: &str) -> Result<()> {
    if s.len() > MAX_FROM || s.chars().any(char::is_control) {
        return Err(SyncError::InviteInvalid("bad name"));
    }
    Ok(())
}

impl Invite {
    pub fn encode(&self) -> Result<Vec<u8>> {
        self.sections.iter().try_for_each(|s| check_section(s))?;
        check_from(&self.from)?;
        if self.sections.len() > 32 {
            return Err(SyncError::InviteInvalid("too many sections"));
        }
        let mut b = vec![VERSION, self.kind as u8, u8::from(self.x25519.is_some())];
        b.extend_from_slice(self.secret.expose());
        if let Some(pk) = &self.x25519 {
            b.extend_from_slice(pk);
        }
        b.extend_from_slice(&self.expires_at.to_be_bytes());
        b.extend_from_slice(&self.id);
        b.push(self.sections.len() as u8);
        for s in &self.sections {
            b.push(s.len() as u8);
            b.extend_from_slice(s.as_bytes());
        }
        b.push(self.from.len() as u8);
        b.extend_from_slice(self.from.as_bytes());
        Ok(b)
    }

    pub fn decode(bytes: &[u8]) -> Result<Self> {
        if bytes.len() > MAX_PAYLOAD {
            return Err(SyncError::InviteInvalid("too long"));
        }
        let t = |_| SyncError::InviteInvalid("truncated");
        let mut r = Reader(bytes);
        let version = r.u8().map_err(t)?;
        if version != VERSION {
            return Err(SyncError::InviteInvalid("made by a newer Harbour"));
        }
        let kind = match r.u8().map_err(t)? {
            1 => InviteKind::Supporter,
            2 => InviteKind::Device,
            _ => return Err(SyncError::InviteInvalid("unknown kind")),
        };
        let flags = r.u8().map_err(t)?;
        if flags > 1 {
            return Err(SyncError::InviteInvalid("unknown flags"));
        }
        let secret = SecretKey::from_bytes(r.array::<32>().map_err(t)?);
        let x25519 = if flags & 1 == 1 {
            Some(r.array::<32>().map_err(t)?)
        } else {
            None
        };
        let expires_at = u64::from_be_bytes(r.array().map_err(t)?);
        let id = r.array::<16>().map_err(t)?;
        let n = r.u8().map_err(t)? as usize;
        if n > 32 {
            return Err(SyncError::InviteInvalid("too many sections"));
        }
        let mut sections = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.u8().map_err(t)? as usize;
            let s = std::str::from_utf8(r.take(len).map_err(t)?)
                .map_err(|_| SyncError::InviteInvalid("bad section"))?;
            check_section(s)?;
            if sections.iter().any(|x| x == s) {
                return Err(SyncError::InviteInvalid("repeated section"));
            }
            sections.push(s.to_string());
        }
        let len = r.u8().map_err(t)? as usize;
        let from = std::str::from_utf8(r.take(len).map_err(t)?)
            .map_err(|_| SyncError::InviteInvalid("bad name"))?
            .to_string();
        check_from(&from)?;
        if !r.0.is_empty() {
            return Err(SyncError::InviteInvalid("trailing bytes"));
        }
        if kind == InviteKind::Device && !sections.is_empty() {
            return Err(SyncError::InviteInvalid("a device link offers no sections"));
        }
        Ok(Self {
            kind,
            secret,
            x25519,
            expires_at,
            id,
            sections,
            from,
        })
    }

    pub fn to_link(&self) -> Result<String> {
        let prefix = match self.kind {
            InviteKind::Supporter => SUPPORTER_PREFIX,
            InviteKind::Device => DEVICE_PREFIX,
        };
        Ok(format!("{prefix}{}", b64::encode(&self.encode()?)))
    }

    /// Parses a link (surrounding whitespace allowed, e.g. from a file).
    pub fn from_link(text: &str) -> Result<Self> {
        let text = text.trim();
        if text.len() > MAX_LINK {
            return Err(SyncError::InviteInvalid("too long"));
        }
        let (kind, rest) = if let Some(r) = text.strip_prefix(SUPPORTER_PREFIX) {
            (InviteKind::Supporter, r)
        } else if let Some(r) = text.strip_prefix(DEVICE_PREFIX) {
            (InviteKind::Device, r)
        } else {
            return Err(SyncError::InviteInvalid("not a Harbour invite link"));
        };
        let bytes = b64::decode(rest, MAX_LINK).ok_or(SyncError::InviteInvalid("bad encoding"))?;
        let inv = Self::decode(&bytes)?;
        if inv.kind != kind {
            return Err(SyncError::InviteInvalid("link kind does not match"));
        }
        Ok(inv)
    }

    pub fn check_expiry(&self, now: u64) -> Result<()> {
        if now > self.expires_at {
            return Err(SyncError::InviteExpired);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Invite {
        Invite {
            kind: InviteKind::Supporter,
            secret: SecretKey::from_bytes([5; 32]),
            x25519: Some([6; 32]),
            expires_at: 1_800_000_000,
            id: [7; 16],
            sections: vec!["crisis".into(), "after_crisis".into()],
            from: "Alex".into(),
        }
    }

    #[test]
    fn round_trip_and_refusals() {
        let inv = sample();
        let link = inv.to_link().unwrap();
        assert!(link.starts_with(SUPPORTER_PREFIX));
        assert!(link.len() < 200, "{}", link.len());
        assert_eq!(Invite::from_link(&format!("  {link}\n")).unwrap(), inv);
        let bytes = inv.encode().unwrap();
        for i in 0..bytes.len() {
            assert!(Invite::decode(&bytes[..i]).is_err());
        }
        assert!(Invite::from_link("https://example.org/#abc").is_err());
        assert_eq!(
            Invite::from_link(&link.replace("invite#", "device#"))
                .unwrap_err()
                .to_string(),
            SyncError::InviteInvalid("link kind does not match").to_string()
        );
        assert!(matches!(
            inv.check_expiry(1_800_000_001),
            Err(SyncError::InviteExpired)
        ));
        let mut bad = sample();
        bad.sections = vec!["secrets".into()];
        assert!(bad.encode().is_err());
    }
}
