//! The sealed catalog: which documents, views and settings exist.
//!
//! SQLite does not notice every damaged page: a changed cell count can make
//! rows vanish silently. Without a catalog a vanished plan would look like "no
//! plan yet" and the next save would start an empty one. With it, a missing
//! row is reported as corruption. It changes only when something is created or
//! deleted, so an ordinary edit does not rewrite it.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, Connection, OptionalExtension};
use zeroize::Zeroizing;

use crate::codec::{Reader, Writer};
use crate::keys::Keys;
use crate::{aad, seal, unseal, Result, VaultError};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Catalog {
    /// Document id -> kinds of its materialised views.
    pub docs: BTreeMap<String, BTreeSet<String>>,
    pub settings: BTreeSet<String>,
}

impl Catalog {
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut w = Writer::new();
        w.u64(self.docs.len() as u64);
        for (doc, kinds) in &self.docs {
            w.bytes(doc.as_bytes()).u64(kinds.len() as u64);
            for k in kinds {
                w.bytes(k.as_bytes());
            }
        }
        w.u64(self.settings.len() as u64);
        for s in &self.settings {
            w.bytes(s.as_bytes());
        }
        Zeroizing::new(w.0)
    }

    fn decode(b: &[u8]) -> Option<Catalog> {
        let mut r = Reader::new(b);
        let mut c = Catalog::default();
        for _ in 0..r.u64()? {
            let doc = r.str()?.to_owned();
            let mut kinds = BTreeSet::new();
            for _ in 0..r.u64()? {
                kinds.insert(r.str()?.to_owned());
            }
            c.docs.insert(doc, kinds);
        }
        for _ in 0..r.u64()? {
            c.settings.insert(r.str()?.to_owned());
        }
        r.is_empty().then_some(c)
    }

    pub fn load(conn: &Connection, keys: &Keys) -> Result<Catalog> {
        let data: Option<Vec<u8>> = conn
            .query_row("SELECT data FROM catalog WHERE id = 1", [], |r| r.get(0))
            .optional()?;
        let data = data.ok_or_else(|| VaultError::corrupt("the catalog is missing"))?;
        let pt = unseal(keys, &aad("catalog", 1, ""), &data, "the catalog")?;
        Catalog::decode(&pt).ok_or_else(|| VaultError::corrupt("the catalog is malformed"))
    }

    pub fn store(&self, conn: &Connection, keys: &Keys) -> Result<()> {
        let data = seal(keys, &aad("catalog", 1, ""), &self.encode())?;
        conn.prepare_cached(
            "INSERT INTO catalog (id, data) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET data = excluded.data",
        )?
        .execute(params![data])?;
        Ok(())
    }

    /// The error for a row the catalog lists but the database lacks.
    pub fn missing(what: &str) -> VaultError {
        VaultError::corrupt(format!("{what} is listed but missing"))
    }
}
