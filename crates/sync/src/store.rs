//! Where the engine keeps its state: the encrypted vault in the app (`harbour-services`'
//! `VaultStore`), memory in tests. Everything (keys, peers, sequence
//! numbers, documents) goes through this trait, so nothing of it is ever
//! written in clear; the engine itself knows no vault, file or database.

use crate::error::{Result, SyncError};
use harbour_doc::keys::PLAN_DOC;
use harbour_doc::Materialised;
use std::collections::BTreeMap;

/// The api crate's setting for this device's Automerge actor; the engine uses
/// the same 16 bytes as the device id.
pub const ACTOR_SETTING: &str = "device_actor";

/// One record change in [`Store::write_settings`]: `key` goes from
/// `expected` (what the writer read; `None`: absent) to `value` (`None`:
/// deleted). No `Debug`: the values are the engine's plaintext state.
#[derive(Clone, PartialEq, Eq)]
pub struct SettingWrite {
    pub key: String,
    pub expected: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
}

/// The code a store gives a write made from a stale copy (someone else wrote
/// the record since it was read), as the vault names it.
pub const STALE_WRITE: &str = "vault_busy";

/// What the engine reads: settings one by one or under a prefix.
pub trait ReadSettings {
    fn get_setting(&self, key: &str) -> Result<Option<Vec<u8>>>;
    /// Every setting whose key starts with `prefix`, sorted by key.
    fn settings_under(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>>;
}

pub trait Store: ReadSettings {
    fn put_setting(&mut self, key: &str, value: &[u8]) -> Result<()>;
    /// Applies every write in one transaction, or none: a write whose
    /// `expected` is not what the store holds fails the whole call with
    /// [`STALE_WRITE`], so a stale copy never overwrites newer records.
    fn write_settings(&mut self, writes: &[SettingWrite]) -> Result<()>;
    /// Snapshot then chunks, as the vault returns them.
    fn load_doc(&self, id: &str) -> Result<Option<Vec<Vec<u8>>>>;
    fn save_doc(&mut self, id: &str, bytes: &[u8]) -> Result<()>;
    fn delete_doc(&mut self, id: &str) -> Result<()>;
    /// Appends plan changes with the refreshed materialised views, atomically.
    fn append_plan(&mut self, chunk: &[u8], views: &Materialised) -> Result<()>;
    fn save_plan(&mut self, bytes: &[u8], views: &Materialised) -> Result<()>;
}

/// An in-memory store for tests and benchmarks.
#[derive(Debug, Default, Clone)]
pub struct MemStore {
    pub settings: BTreeMap<String, Vec<u8>>,
    pub docs: BTreeMap<String, Vec<Vec<u8>>>,
}

impl ReadSettings for MemStore {
    fn get_setting(&self, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.settings.get(key).cloned())
    }
    fn settings_under(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let from = self.settings.range(prefix.to_owned()..);
        Ok(from
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect())
    }
}

impl Store for MemStore {
    fn put_setting(&mut self, key: &str, value: &[u8]) -> Result<()> {
        self.settings.insert(key.into(), value.to_vec());
        Ok(())
    }
    fn write_settings(&mut self, writes: &[SettingWrite]) -> Result<()> {
        if let Some(w) = writes
            .iter()
            .find(|w| self.settings.get(&w.key) != w.expected.as_ref())
        {
            return Err(SyncError::Store {
                code: STALE_WRITE,
                message: format!("{} changed since it was read", w.key),
            });
        }
        for w in writes {
            match &w.value {
                Some(v) => self.settings.insert(w.key.clone(), v.clone()),
                None => self.settings.remove(&w.key),
            };
        }
        Ok(())
    }
    fn load_doc(&self, id: &str) -> Result<Option<Vec<Vec<u8>>>> {
        Ok(self.docs.get(id).cloned())
    }
    fn save_doc(&mut self, id: &str, bytes: &[u8]) -> Result<()> {
        self.docs.insert(id.into(), vec![bytes.to_vec()]);
        Ok(())
    }
    fn delete_doc(&mut self, id: &str) -> Result<()> {
        self.docs.remove(id);
        Ok(())
    }
    fn append_plan(&mut self, chunk: &[u8], _views: &Materialised) -> Result<()> {
        self.docs
            .entry(PLAN_DOC.into())
            .or_default()
            .push(chunk.to_vec());
        Ok(())
    }
    fn save_plan(&mut self, bytes: &[u8], _views: &Materialised) -> Result<()> {
        self.save_doc(PLAN_DOC, bytes)
    }
}
