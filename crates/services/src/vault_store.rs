//! The sharing engine's [`Store`] over the encrypted vault. The engine
//! (`harbour-sync`) knows no vault; this newtype is where the two meet.

use harbour_doc::keys::{CRISIS_VIEW, PLAN_DOC, PLAN_VIEW};
use harbour_doc::Materialised;
use harbour_sync::store::{ReadSettings, SettingWrite, Store};
use harbour_sync::SyncError;
use harbour_vault::{Vault, VaultError};

/// An unlocked vault lent to the sharing engine.
pub struct VaultStore(pub Vault);

impl std::fmt::Debug for VaultStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultStore(..)")
    }
}

/// Keeps the vault's stable code (`vault_busy`, `vault_corrupt`, ...).
fn store_error(e: VaultError) -> SyncError {
    SyncError::Store {
        code: e.code(),
        message: e.to_string(),
    }
}

/// A vault lent for reading only (the engine's state without the engine).
pub struct VaultRef<'a>(pub &'a Vault);

impl ReadSettings for VaultRef<'_> {
    fn get_setting(&self, key: &str) -> harbour_sync::Result<Option<Vec<u8>>> {
        self.0.get_setting(key).map_err(store_error)
    }
    fn settings_under(&self, prefix: &str) -> harbour_sync::Result<Vec<(String, Vec<u8>)>> {
        self.0.settings_under(prefix).map_err(store_error)
    }
}

impl ReadSettings for VaultStore {
    fn get_setting(&self, key: &str) -> harbour_sync::Result<Option<Vec<u8>>> {
        VaultRef(&self.0).get_setting(key)
    }
    fn settings_under(&self, prefix: &str) -> harbour_sync::Result<Vec<(String, Vec<u8>)>> {
        VaultRef(&self.0).settings_under(prefix)
    }
}

impl Store for VaultStore {
    fn put_setting(&mut self, key: &str, value: &[u8]) -> harbour_sync::Result<()> {
        self.0.put_setting(key, value).map_err(store_error)
    }
    fn write_settings(&mut self, writes: &[SettingWrite]) -> harbour_sync::Result<()> {
        let writes: Vec<harbour_vault::SettingWrite<'_>> = writes
            .iter()
            .map(|w| harbour_vault::SettingWrite {
                key: &w.key,
                expected: w.expected.as_deref(),
                value: w.value.as_deref(),
            })
            .collect();
        self.0.write_settings(&writes).map_err(store_error)
    }
    fn load_doc(&self, id: &str) -> harbour_sync::Result<Option<Vec<Vec<u8>>>> {
        self.0.load_doc(id).map_err(store_error)
    }
    fn save_doc(&mut self, id: &str, bytes: &[u8]) -> harbour_sync::Result<()> {
        self.0.save_doc(id, bytes).map_err(store_error)
    }
    fn delete_doc(&mut self, id: &str) -> harbour_sync::Result<()> {
        self.0.delete_doc(id).map(|_| ()).map_err(store_error)
    }
    fn append_plan(&mut self, chunk: &[u8], views: &Materialised) -> harbour_sync::Result<()> {
        self.0
            .append_changes_with_views(PLAN_DOC, chunk, &view_rows(views))
            .map_err(store_error)
    }
    fn save_plan(&mut self, bytes: &[u8], views: &Materialised) -> harbour_sync::Result<()> {
        self.0
            .save_doc_with_views(PLAN_DOC, bytes, &view_rows(views))
            .map_err(store_error)
    }
}

/// The plan's materialised views as the vault stores them (kind, bytes).
pub fn view_rows(views: &Materialised) -> [(&'static str, &[u8]); 2] {
    [
        (CRISIS_VIEW, views.crisis_view.as_slice()),
        (PLAN_VIEW, views.plan.as_slice()),
    ]
}
