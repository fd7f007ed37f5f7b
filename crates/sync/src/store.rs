//! Where the engine keeps its state: the encrypted vault in the app (the api
//! crate's `VaultStore`), memory in tests. Everything (keys, peers, sequence
//! numbers, documents) goes through this trait, so nothing of it is ever
//! written in clear; the engine itself knows no vault, file or database.

use crate::error::Result;
use std::collections::BTreeMap;

pub const PLAN_DOC: &str = "plan";
pub const CRISIS_VIEW: &str = "crisis_view";
/// The api crate's setting for this device's Automerge actor; the engine uses
/// the same 16 bytes as the device id.
pub const ACTOR_SETTING: &str = "device_actor";

pub trait Store {
    fn get_setting(&self, key: &str) -> Result<Option<Vec<u8>>>;
    fn put_setting(&mut self, key: &str, value: &[u8]) -> Result<()>;
    /// Snapshot then chunks, as the vault returns them.
    fn load_doc(&self, id: &str) -> Result<Option<Vec<Vec<u8>>>>;
    fn save_doc(&mut self, id: &str, bytes: &[u8]) -> Result<()>;
    fn delete_doc(&mut self, id: &str) -> Result<()>;
    /// Appends plan changes with the refreshed crisis view, atomically.
    fn append_plan(&mut self, chunk: &[u8], crisis_view: &[u8]) -> Result<()>;
    fn save_plan(&mut self, bytes: &[u8], crisis_view: &[u8]) -> Result<()>;
}

/// An in-memory store for tests and benchmarks.
#[derive(Debug, Default, Clone)]
pub struct MemStore {
    pub settings: BTreeMap<String, Vec<u8>>,
    pub docs: BTreeMap<String, Vec<Vec<u8>>>,
}

impl Store for MemStore {
    fn get_setting(&self, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.settings.get(key).cloned())
    }
    fn put_setting(&mut self, key: &str, value: &[u8]) -> Result<()> {
        self.settings.insert(key.into(), value.to_vec());
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
    fn append_plan(&mut self, chunk: &[u8], _view: &[u8]) -> Result<()> {
        self.docs
            .entry(PLAN_DOC.into())
            .or_default()
            .push(chunk.to_vec());
        Ok(())
    }
    fn save_plan(&mut self, bytes: &[u8], _view: &[u8]) -> Result<()> {
        self.save_doc(PLAN_DOC, bytes)
    }
}
