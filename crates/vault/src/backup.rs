//! One-file encrypted backups.
//!
//! ```text
//! magic "HARBOUR-BACKUP\n\0" (16) | version u32
//! | key header (length-prefixed: vault id, KDF params, salt, passphrase wrap,
//!   recovery wrap; the same shape as the vault's header row)
//! | body (length-prefixed): AES-256-GCM under HKDF(data key, "backup body"),
//!   associated data = everything before it; plaintext = every document's
//!   chunks, every view, every setting
//! | SHA-256 of everything before it (32)
//! ```
//!
//! The trailing checksum tells accidental damage (a truncated copy, a bad
//! sector) apart from a wrong passphrase before any key work; the AEAD tag is
//! what stops deliberate changes.

use std::path::Path;

use harbour_crypto::{aead, hkdf_sha256_key, sha256, SecretKey};
use zeroize::Zeroizing;

use crate::catalog::Catalog;
use crate::codec::{Reader, Writer};
use crate::keys::{KeyHeader, Keys};
use crate::{Result, Unlock, Vault, VaultError};

const MAGIC: &[u8; 16] = b"HARBOUR-BACKUP\n\0";
/// 2: the same layout as 1; a restore writes views an older Harbour would
/// leave stale (see schema migration 2), so an older Harbour refuses it.
const VERSION: u32 = 2;
/// Backups this Harbour still restores.
const OLDEST_VERSION: u32 = 1;

fn body_key(keys: &Keys, vault_id: &[u8]) -> Result<SecretKey> {
    Ok(hkdf_sha256_key(
        keys.data.expose(),
        vault_id,
        b"harbour/backup/body/v1",
    )?)
}

/// What a backup holds, in clear (only ever in memory, wiped after use).
struct Content {
    docs: Vec<(String, Vec<Vec<u8>>)>,
    views: Vec<(String, String, Vec<u8>)>,
    settings: Vec<(String, Vec<u8>)>,
}

impl Content {
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut w = Writer::new();
        w.u64(self.docs.len() as u64);
        for (name, chunks) in &self.docs {
            w.bytes(name.as_bytes()).u64(chunks.len() as u64);
            for c in chunks {
                w.bytes(c);
            }
        }
        w.u64(self.views.len() as u64);
        for (doc, kind, bytes) in &self.views {
            w.bytes(doc.as_bytes()).bytes(kind.as_bytes()).bytes(bytes);
        }
        w.u64(self.settings.len() as u64);
        for (k, v) in &self.settings {
            w.bytes(k.as_bytes()).bytes(v);
        }
        Zeroizing::new(w.0)
    }

    fn decode(b: &[u8]) -> Option<Content> {
        let mut r = Reader::new(b);
        // Counts come from authenticated data, but cap pre-allocation anyway.
        let cap = |n: u64| usize::try_from(n).unwrap_or(0).min(1024);
        let n = r.u64()?;
        let mut docs = Vec::with_capacity(cap(n));
        for _ in 0..n {
            let name = r.str()?.to_owned();
            let m = r.u64()?;
            let mut chunks = Vec::with_capacity(cap(m));
            for _ in 0..m {
                chunks.push(r.bytes()?.to_vec());
            }
            docs.push((name, chunks));
        }
        let n = r.u64()?;
        let mut views = Vec::with_capacity(cap(n));
        for _ in 0..n {
            views.push((
                r.str()?.to_owned(),
                r.str()?.to_owned(),
                r.bytes()?.to_vec(),
            ));
        }
        let n = r.u64()?;
        let mut settings = Vec::with_capacity(cap(n));
        for _ in 0..n {
            settings.push((r.str()?.to_owned(), r.bytes()?.to_vec()));
        }
        r.is_empty().then_some(Content {
            docs,
            views,
            settings,
        })
    }
}

pub(crate) fn write(vault: &Vault, path: &Path, passphrase: &str) -> Result<()> {
    let (conn, keys) = (&vault.conn, &vault.keys);
    // One read transaction: the backup is a consistent moment of the vault.
    conn.execute_batch("BEGIN")?;
    let content = (|| -> Result<Content> {
        let mut c = Content {
            docs: Vec::new(),
            views: Vec::new(),
            settings: Vec::new(),
        };
        for (name, kinds) in &vault.catalog.docs {
            let doc =
                crate::find_doc(conn, keys, name)?.ok_or_else(|| Catalog::missing("a document"))?;
            for kind in kinds {
                let bytes = crate::get_view(conn, keys, &doc, kind)?
                    .ok_or_else(|| Catalog::missing("a view"))?;
                c.views.push((name.clone(), kind.clone(), bytes));
            }
            c.docs
                .push((name.clone(), crate::load_chunks(conn, keys, &doc)?));
        }
        for key in &vault.catalog.settings {
            let v = vault
                .get_setting(key)?
                .ok_or_else(|| Catalog::missing("a setting"))?;
            c.settings.push((key.clone(), v));
        }
        Ok(c)
    })();
    conn.execute_batch("COMMIT")?;
    let content = content?;

    let header = vault.header.rewrap_passphrase(&keys.data, passphrase)?;
    let file = seal_file(&header, keys, &content.encode())?;
    // Whole or not at all, for the user's eyes only.
    crate::files::write_private(path, &file)?;
    Ok(())
}

/// The file's bytes: magic, version, header, the sealed body, the checksum.
fn seal_file(header: &KeyHeader, keys: &Keys, plain: &[u8]) -> Result<Vec<u8>> {
    let mut w = Writer::new();
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION).bytes(&header.encode());
    let body = aead::seal(&body_key(keys, &header.vault_id)?, &w.0, plain)?;
    w.bytes(&body);
    let sum = sha256(&w.0);
    w.0.extend_from_slice(&sum);
    Ok(w.0)
}

/// For fuzzing behind the MAC: what a backup's body holds once opened.
#[cfg(feature = "fuzzing")]
pub(crate) fn plaintext(bytes: &[u8], unlock: Unlock<'_>) -> Result<Vec<u8>> {
    let (_, _, content) = read(bytes, unlock)?;
    Ok(content.encode().to_vec())
}

/// For fuzzing behind the MAC: the same backup (header, keys) with `plain`
/// as its body, sealed and checksummed as a real one is, so the bytes pass
/// every check up to the body's decoder.
#[cfg(feature = "fuzzing")]
pub(crate) fn reseal(bytes: &[u8], unlock: Unlock<'_>, plain: &[u8]) -> Result<Vec<u8>> {
    let (header, keys, _) = read(bytes, unlock)?;
    seal_file(&header, &keys, plain)
}

/// Checks a backup file completely and returns its header, keys and content.
fn read(bytes: &[u8], unlock: Unlock<'_>) -> Result<(KeyHeader, Keys, Content)> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(VaultError::backup("not a Harbour backup file"));
    }
    if bytes.len() < MAGIC.len() + 4 + 32 {
        return Err(VaultError::backup("the file is truncated"));
    }
    let (signed, sum) = bytes.split_at(bytes.len() - 32);
    if sha256(signed) != sum {
        return Err(VaultError::backup(
            "checksum mismatch: the file is damaged or truncated",
        ));
    }
    let mut r = Reader::new(&signed[MAGIC.len()..]);
    let bad = || VaultError::backup("malformed");
    let version = r.u32().ok_or_else(bad)?;
    if !(OLDEST_VERSION..=VERSION).contains(&version) {
        return Err(VaultError::TooNew {
            found: i64::from(version),
            supported: i64::from(VERSION),
        });
    }
    let header_bytes = r.bytes().ok_or_else(bad)?;
    let mut hr = Reader::new(header_bytes);
    let header = KeyHeader::decode(&mut hr).ok_or_else(bad)?;
    if !hr.is_empty() {
        return Err(bad());
    }
    let aad_len = signed.len() - {
        let body = r.bytes().ok_or_else(bad)?;
        if !r.is_empty() {
            return Err(bad());
        }
        body.len() + 8
    };
    let aad = &signed[..aad_len];
    let body = &signed[aad_len + 8..];
    header.check().map_err(|e| match e {
        VaultError::Corrupt { what } => VaultError::backup(what),
        other => other,
    })?;
    let data = header.unlock(&unlock)?;
    let keys = Keys::from_data_key(data, &header.vault_id)?;
    let plain = aead::open(&body_key(&keys, &header.vault_id)?, aad, body)
        .map(Zeroizing::new)
        .map_err(|_| VaultError::backup("the contents do not authenticate"))?;
    let content =
        Content::decode(&plain).ok_or_else(|| VaultError::backup("malformed contents"))?;
    Ok((header, keys, content))
}

pub(crate) fn restore(backup_path: &Path, dir: &Path, unlock: Unlock<'_>) -> Result<Vault> {
    if Vault::exists(dir) {
        return Err(VaultError::VaultExists);
    }
    let bytes = std::fs::read(backup_path)?;
    let (header, keys, content) = read(&bytes, unlock)?;
    crate::build_new(dir, header, keys, |conn, keys, cat| {
        let mut rows = std::collections::HashMap::new();
        for (name, chunks) in &content.docs {
            let mut doc = crate::create_doc(conn, keys, name)?;
            cat.docs.entry(name.clone()).or_default();
            for c in chunks {
                crate::insert_chunk(conn, keys, &mut doc, c)?;
            }
            crate::write_meta(conn, keys, &doc)?;
            rows.insert(name.clone(), doc);
        }
        for (doc, kind, bytes) in &content.views {
            let d = rows
                .get(doc)
                .ok_or_else(|| VaultError::backup("a view of a missing document"))?;
            crate::put_view(conn, keys, d, cat, kind, bytes)?;
        }
        for (k, v) in &content.settings {
            crate::put_setting(conn, keys, k, v)?;
            cat.settings.insert(k.clone());
        }
        Ok(())
    })
}
