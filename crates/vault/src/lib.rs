//! Harbour's on-device store: one SQLite file per profile, every blob sealed.
//!
//! ```text
//! DIR/vault.sqlite (+ -wal, -shm while open)
//!   header    one row: format version, vault id, Argon2id params + salt,
//!             data key wrapped by the passphrase KEK and by the recovery KEK,
//!             and a MAC over all of it under a key derived from the data key
//!   docs      one row per document: keyed MAC of its id, sealed meta (its id,
//!             chunk count and last chunk row, so a lost row is noticed)
//!   chunks    a document's saved snapshot then its incremental changes
//!   views     sealed materialised views (e.g. the crisis view) per document
//!   settings  sealed key/value pairs
//! ```
//!
//! Every blob is AES-256-GCM under a key derived from the data key, with
//! associated data naming (table, row id, document id, format version): a
//! ciphertext copied to another row or document does not open. A byte changed
//! anywhere gives [`VaultError::Corrupt`] (or a wrong-secret error for bytes
//! inside the key wraps), never wrong data. Each write is one SQLite
//! transaction in WAL mode with `synchronous=FULL`, so a crash leaves the state
//! before or after it and an acknowledged write is durable.

mod backup;
mod catalog;
mod codec;
mod error;
pub mod files;
mod keys;
mod schema;

use std::path::{Path, PathBuf};

use harbour_crypto::{aead, SecretKey};
pub use harbour_crypto::{KdfParams, RecoveryKey, RecoveryKeyError};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use zeroize::Zeroizing;

use catalog::Catalog;
use codec::{Reader, Writer};
pub use error::{Result, VaultError};

/// Materialised views of a document, each (kind, bytes), written with it.
pub type Views<'a> = &'a [(&'a str, &'a [u8])];
use keys::{KeyHeader, Keys};
use std::collections::BTreeMap;

/// Hooks for the fuzz targets that reach past a backup's MAC (a hostile
/// backup made by someone who holds its passphrase or recovery key).
#[cfg(feature = "fuzzing")]
pub mod fuzzing;

/// Version of the encryption format (bound into every blob's associated data).
pub const FORMAT_VERSION: i64 = 1;
/// The database file's name inside a vault directory.
pub const DB_FILE: &str = "vault.sqlite";
/// Held with an exclusive lock while a [`Vault`] is open: one writer per vault.
pub const LOCK_FILE: &str = "vault.lock";
/// The fewest characters a new passphrase may have (vault or backup). An
/// existing shorter one still opens; it is only refused when chosen.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// Files being built (create, restore) before the atomic rename into place.
const NEW_PREFIX: &str = ".vault-new-";

/// How to unlock a vault or a backup.
#[derive(Clone, Copy, Debug)]
pub enum Unlock<'a> {
    Passphrase(&'a str),
    RecoveryKey(&'a RecoveryKey),
}

/// An unlocked vault. Dropping it (or [`Vault::lock`]) wipes the keys.
pub struct Vault {
    conn: Connection,
    keys: Keys,
    header: KeyHeader,
    catalog: Catalog,
    dir: PathBuf,
    /// Writes to each document through this handle (see [`Vault::doc_revision`]).
    revisions: BTreeMap<String, u64>,
    /// The exclusive lock on [`LOCK_FILE`], released when the vault is dropped
    /// (or its process dies).
    _lock: std::fs::File,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// One change in [`Vault::write_settings`]: `key` goes from `expected` (what
/// the writer read; `None`: absent) to `value` (`None`: deleted). No `Debug`:
/// the values are plaintext.
#[derive(Clone, Copy)]
pub struct SettingWrite<'a> {
    pub key: &'a str,
    pub expected: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
}

/// A document's sealed bookkeeping.
struct DocRow {
    id: i64,
    name: String,
    count: u64,
    last_chunk: i64,
}

impl Vault {
    /// Whether `dir` holds a vault.
    pub fn exists(dir: &Path) -> bool {
        dir.join(DB_FILE).is_file()
    }

    /// Creates a vault in `dir` (made if missing). Returns the recovery key,
    /// which is shown to the person once and never stored in clear.
    pub fn create(dir: &Path, passphrase: &str, kdf: KdfParams) -> Result<(Vault, RecoveryKey)> {
        check_new_passphrase(passphrase)?;
        kdf.validate()?;
        if Vault::exists(dir) {
            return Err(VaultError::VaultExists);
        }
        let recovery = RecoveryKey::generate()?;
        let data = SecretKey::generate()?;
        let header = KeyHeader::new(&data, passphrase, kdf, &recovery)?;
        let keys = Keys::from_data_key(data, &header.vault_id)?;
        let vault = build_new(dir, header, keys, |conn, keys, cat| {
            keep_recovery_key(conn, keys, cat, &recovery)
        })?;
        Ok((vault, recovery))
    }

    /// Opens and unlocks the vault in `dir`.
    pub fn open(dir: &Path, unlock: Unlock<'_>) -> Result<Vault> {
        let path = dir.join(DB_FILE);
        if !path.is_file() {
            return Err(VaultError::VaultNotFound);
        }
        let lock = lock_dir(dir)?;
        let mut conn = open_conn(&path, false)?;
        configure(&conn, true)?;
        match schema::version(&conn)? {
            0 => return Err(VaultError::corrupt("not a Harbour vault")),
            v if v < schema::latest() => schema::migrate_to(&mut conn, schema::latest())?,
            v if v > schema::latest() => {
                return Err(VaultError::TooNew {
                    found: v,
                    supported: schema::latest(),
                })
            }
            _ => {}
        }
        let (header, mac) = read_header(&conn)?;
        let data = header.unlock(&unlock)?;
        let keys = Keys::from_data_key(data, &header.vault_id)?;
        if !harbour_crypto::hmac_sha256_verify(keys.mac.expose(), &mac_input(&header), &mac) {
            return Err(VaultError::corrupt("header does not authenticate"));
        }
        let catalog = Catalog::load(&conn, &keys)?;
        Ok(Vault::opened(conn, keys, header, catalog, dir, lock))
    }

    /// An unlocked vault from its parts, holding `lock` until it is dropped.
    fn opened(
        conn: Connection,
        keys: Keys,
        header: KeyHeader,
        catalog: Catalog,
        dir: &Path,
        lock: std::fs::File,
    ) -> Vault {
        Vault {
            conn,
            keys,
            header,
            catalog,
            dir: dir.to_path_buf(),
            revisions: BTreeMap::new(),
            _lock: lock,
        }
    }

    /// Locks: closes the file and wipes the keys from memory.
    pub fn lock(self) {
        drop(self)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn kdf_params(&self) -> KdfParams {
        self.header.kdf
    }

    /// Replaces the passphrase. Re-wraps the data key only (with a cost of at
    /// least [`KdfParams::DEFAULT`]); one transaction.
    pub fn change_passphrase(&mut self, old: &str, new: &str) -> Result<()> {
        check_new_passphrase(new)?;
        self.header.unlock(&Unlock::Passphrase(old))?;
        self.write_new_passphrase(new)
    }

    /// Sets a new passphrase when the old one is forgotten, proven by the
    /// recovery key.
    pub fn reset_passphrase(&mut self, recovery: &RecoveryKey, new: &str) -> Result<()> {
        check_new_passphrase(new)?;
        self.header.verify_recovery(recovery)?;
        self.write_new_passphrase(new)
    }

    /// The recovery key, shown again once the passphrase proves it is the
    /// person. `None` for a vault made before the key was kept (make a new
    /// one with [`Vault::new_recovery_key`]).
    pub fn recovery_key(&self, passphrase: &str) -> Result<Option<RecoveryKey>> {
        self.header.unlock(&Unlock::Passphrase(passphrase))?;
        let Some(kept) = self.get_setting(RECOVERY_KEY_SETTING)? else {
            return Ok(None);
        };
        let kept = Zeroizing::new(kept);
        let text = std::str::from_utf8(&kept)
            .map_err(|_| VaultError::corrupt("the kept recovery key is not text"))?;
        RecoveryKey::parse(text)
            .map(Some)
            .map_err(|_| VaultError::corrupt("the kept recovery key does not parse"))
    }

    /// Makes a new recovery key, proven by the passphrase. From then on only
    /// the new key opens this vault; backups made before still open with the
    /// key they were made with. The data key is re-wrapped, nothing else.
    pub fn new_recovery_key(&mut self, passphrase: &str) -> Result<RecoveryKey> {
        self.header.unlock(&Unlock::Passphrase(passphrase))?;
        let recovery = RecoveryKey::generate()?;
        let header = self.header.rewrap_recovery(&self.keys.data, &recovery)?;
        let mac = header.mac(&self.keys);
        let Vault {
            conn,
            keys,
            catalog,
            ..
        } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE header SET recovery_wrap = ?1, mac = ?2 WHERE id = 1",
            params![header.recovery_wrap, mac],
        )?;
        let mut cat = catalog.clone();
        keep_recovery_key(&tx, keys, &mut cat, &recovery)?;
        cat.store(&tx, keys)?;
        tx.commit()?;
        *catalog = cat;
        self.header = header;
        Ok(recovery)
    }

    fn write_new_passphrase(&mut self, new: &str) -> Result<()> {
        let header = self.header.rewrap_passphrase(&self.keys.data, new)?;
        let mac = header.mac(&self.keys);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE header SET salt = ?1, pass_wrap = ?2, mac = ?3,
                kdf_m_kib = ?4, kdf_t = ?5, kdf_p = ?6 WHERE id = 1",
            params![
                header.salt,
                header.pass_wrap,
                mac,
                header.kdf.m_kib,
                header.kdf.t,
                header.kdf.p
            ],
        )?;
        tx.commit()?;
        self.header = header;
        Ok(())
    }

    /// Stores a full snapshot of a document, replacing its snapshot and all
    /// its incremental chunks in one transaction (compaction).
    pub fn save_doc(&mut self, doc_id: &str, bytes: &[u8]) -> Result<()> {
        self.write(doc_id, |tx, keys, doc, _| {
            replace_chunks(tx, keys, doc, bytes)
        })
    }

    /// [`Vault::save_doc`] and materialised views in the same transaction.
    pub fn save_doc_with_views(&mut self, doc_id: &str, bytes: &[u8], views: Views) -> Result<()> {
        self.write(doc_id, |tx, keys, doc, cat| {
            replace_chunks(tx, keys, doc, bytes)?;
            put_views(tx, keys, doc, cat, views)
        })
    }

    /// Appends one incremental chunk (e.g. Automerge `save_incremental`
    /// output): one small durable transaction.
    pub fn append_changes(&mut self, doc_id: &str, chunk: &[u8]) -> Result<()> {
        self.write(doc_id, |tx, keys, doc, _| {
            insert_chunk(tx, keys, doc, chunk)
        })
    }

    /// Appends several chunks in one transaction (e.g. changes received in
    /// one sync round): one fsync for all of them.
    pub fn append_changes_many(&mut self, doc_id: &str, chunks: &[&[u8]]) -> Result<()> {
        self.write(doc_id, |tx, keys, doc, _| {
            chunks
                .iter()
                .try_for_each(|c| insert_chunk(tx, keys, doc, c))
        })
    }

    /// Appends a chunk and replaces materialised views atomically, so a view
    /// never lags or leads its document.
    pub fn append_changes_with_views(
        &mut self,
        doc_id: &str,
        chunk: &[u8],
        views: Views,
    ) -> Result<()> {
        self.write(doc_id, |tx, keys, doc, cat| {
            insert_chunk(tx, keys, doc, chunk)?;
            put_views(tx, keys, doc, cat, views)
        })
    }

    /// Stores a materialised view of a document on its own.
    pub fn put_snapshot(&mut self, doc_id: &str, kind: &str, bytes: &[u8]) -> Result<()> {
        self.write(doc_id, |tx, keys, doc, cat| {
            put_view(tx, keys, doc, cat, kind, bytes)
        })
    }

    /// A document's snapshot then its chunks, in write order; `None` if the
    /// document was never written.
    pub fn load_doc(&self, doc_id: &str) -> Result<Option<Vec<Vec<u8>>>> {
        let Some(doc) = self.find(doc_id)? else {
            return Ok(None);
        };
        load_chunks(&self.conn, &self.keys, &doc).map(Some)
    }

    /// A document's row, checked against the catalog.
    fn find(&self, doc_id: &str) -> Result<Option<DocRow>> {
        let found = find_doc(&self.conn, &self.keys, doc_id)?;
        if found.is_none() && self.catalog.docs.contains_key(doc_id) {
            return Err(Catalog::missing("a document"));
        }
        Ok(found)
    }

    /// How many stored pieces (snapshot + chunks) a document has: a cue for
    /// when to compact with [`Vault::save_doc`].
    pub fn doc_chunk_count(&self, doc_id: &str) -> Result<Option<u64>> {
        Ok(self.find(doc_id)?.map(|d| d.count))
    }

    /// How many times this handle has written `doc_id` (saved, appended to,
    /// given a view, deleted). It only grows, so a copy of the document kept
    /// in memory is still current while the revision it was read at holds.
    pub fn doc_revision(&self, doc_id: &str) -> u64 {
        self.revisions.get(doc_id).copied().unwrap_or(0)
    }

    fn bump_revision(&mut self, doc_id: &str) {
        *self.revisions.entry(doc_id.to_owned()).or_default() += 1;
    }

    pub fn get_snapshot(&self, doc_id: &str, kind: &str) -> Result<Option<Vec<u8>>> {
        let Some(doc) = self.find(doc_id)? else {
            return Ok(None);
        };
        let view = get_view(&self.conn, &self.keys, &doc, kind)?;
        let listed = self
            .catalog
            .docs
            .get(doc_id)
            .is_some_and(|k| k.contains(kind));
        if view.is_none() && listed {
            return Err(Catalog::missing("a view"));
        }
        Ok(view)
    }

    /// Ids of all documents, sorted.
    pub fn doc_ids(&self) -> Result<Vec<String>> {
        Ok(self.catalog.docs.keys().cloned().collect())
    }

    /// Deletes a document with its chunks and views. Returns whether it existed.
    pub fn delete_doc(&mut self, doc_id: &str) -> Result<bool> {
        if !self.catalog.docs.contains_key(doc_id) {
            return Ok(false);
        }
        // Deleting a damaged document must stay possible: no decrypting here.
        self.delete_row("docs", "name_mac", doc_id, |cat| {
            cat.docs.remove(doc_id);
        })?;
        self.bump_revision(doc_id);
        Ok(true)
    }

    /// Stores a small sealed setting (also used for private directory entries).
    pub fn put_setting(&mut self, key: &str, value: &[u8]) -> Result<()> {
        self.in_transaction(|tx, keys, _, cat| {
            put_setting(tx, keys, key, value)?;
            cat.settings.insert(key.to_owned());
            Ok(())
        })
    }

    pub fn get_setting(&self, key: &str) -> Result<Option<Vec<u8>>> {
        read_setting(&self.conn, &self.keys, &self.catalog, key)
    }

    /// Every setting whose key starts with `prefix`, sorted by key.
    pub fn settings_under(&self, prefix: &str) -> Result<Vec<(String, Vec<u8>)>> {
        let keys = self.catalog.settings.range(prefix.to_owned()..);
        let mut out = Vec::new();
        for key in keys.take_while(|k| k.starts_with(prefix)) {
            let value = self
                .get_setting(key)?
                .ok_or_else(|| Catalog::missing("a setting"))?;
            out.push((key.clone(), value));
        }
        Ok(out)
    }

    /// Writes and deletes settings in one transaction: all of them or none.
    /// Each applies only if the setting still holds what the writer read
    /// (`expected`); if another writer changed it since, nothing is written
    /// and the answer is [`VaultError::Busy`], so a stale copy never
    /// overwrites a newer one.
    pub fn write_settings(&mut self, writes: &[SettingWrite<'_>]) -> Result<()> {
        self.in_transaction(|tx, keys, catalog, cat| {
            for w in writes {
                let current = read_setting(tx, keys, catalog, w.key)?;
                if current.as_deref() != w.expected {
                    return Err(VaultError::Busy);
                }
                match w.value {
                    Some(value) => {
                        put_setting(tx, keys, w.key, value)?;
                        cat.settings.insert(w.key.to_owned());
                    }
                    None => {
                        delete_named(tx, keys, "settings", "key_mac", w.key)?;
                        cat.settings.remove(w.key);
                    }
                }
            }
            Ok(())
        })
    }

    pub fn delete_setting(&mut self, key: &str) -> Result<bool> {
        if !self.catalog.settings.contains(key) {
            return Ok(false);
        }
        self.delete_row("settings", "key_mac", key, |cat| {
            cat.settings.remove(key);
        })?;
        Ok(true)
    }

    /// Deletes the row of `table` named `name` and updates the catalog with
    /// `forget`, in one transaction; the catalog in memory changes only once
    /// both are committed.
    fn delete_row(
        &mut self,
        table: &'static str,
        name_column: &'static str,
        name: &str,
        forget: impl FnOnce(&mut Catalog),
    ) -> Result<()> {
        self.in_transaction(|tx, keys, _, cat| {
            delete_named(tx, keys, table, name_column, name)?;
            forget(cat);
            Ok(())
        })
    }

    /// Runs `f` in one immediate transaction with a copy of the catalog (and
    /// the catalog as it was), storing the copy if `f` changed it. Memory
    /// takes the copy only once both are committed.
    fn in_transaction<T>(
        &mut self,
        f: impl FnOnce(&Connection, &Keys, &Catalog, &mut Catalog) -> Result<T>,
    ) -> Result<T> {
        let Vault {
            conn,
            keys,
            catalog,
            ..
        } = self;
        // The catalog is a few names: cloning it per write costs next to nothing.
        let mut cat = catalog.clone();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx, keys, catalog, &mut cat)?;
        if cat != *catalog {
            cat.store(&tx, keys)?;
        }
        tx.commit()?;
        *catalog = cat;
        Ok(out)
    }

    /// Keys of all settings, sorted.
    pub fn setting_keys(&self) -> Result<Vec<String>> {
        Ok(self.catalog.settings.iter().cloned().collect())
    }

    /// Folds the WAL back into the main file and truncates it.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// SQLite's own structural check; `Ok(())` when it says "ok".
    pub fn integrity_check(&self) -> Result<()> {
        let msg: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if msg == "ok" {
            Ok(())
        } else {
            Err(VaultError::corrupt(msg))
        }
    }

    /// Writes one encrypted backup file. `passphrase` protects the backup (it
    /// becomes the restored vault's passphrase); the vault's recovery key
    /// opens it too. Written to a temporary file and renamed into place.
    pub fn backup_to(&self, path: &Path, passphrase: &str) -> Result<()> {
        check_new_passphrase(passphrase)?;
        backup::write(self, path, passphrase)
    }

    /// Restores a backup into `dir`, which must not hold a vault. The whole
    /// file is checked before anything is written; the new vault appears by an
    /// atomic rename, so a crash leaves either no vault or the restored one.
    pub fn restore(backup_path: &Path, dir: &Path, unlock: Unlock<'_>) -> Result<Vault> {
        backup::restore(backup_path, dir, unlock)
    }

    fn write(
        &mut self,
        doc_id: &str,
        f: impl FnOnce(&Connection, &Keys, &mut DocRow, &mut Catalog) -> Result<()>,
    ) -> Result<()> {
        self.in_transaction(|tx, keys, _, cat| {
            let mut doc = match find_doc(tx, keys, doc_id)? {
                Some(d) => d,
                // Never start a fresh document over one that vanished.
                None if cat.docs.contains_key(doc_id) => {
                    return Err(Catalog::missing("a document"))
                }
                None => {
                    cat.docs.insert(doc_id.to_owned(), Default::default());
                    create_doc(tx, keys, doc_id)?
                }
            };
            f(tx, keys, &mut doc, cat)?;
            write_meta(tx, keys, &doc)
        })?;
        self.bump_revision(doc_id);
        Ok(())
    }
}

// ---- files and connections ------------------------------------------------

fn open_conn(path: &Path, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    Ok(Connection::open_with_flags(path, flags)?)
}

fn configure(conn: &Connection, wal: bool) -> Result<()> {
    // secure_delete: freed pages are zeroed (they hold only ciphertext anyway,
    // but old ciphertext under a since-changed passphrase should not linger).
    // temp_store=MEMORY: sorts and temp tables never touch disk.
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    let mode = if wal { "WAL" } else { "DELETE" };
    let _: String = conn.query_row(&format!("PRAGMA journal_mode = {mode}"), [], |r| r.get(0))?;
    Ok(())
}

fn read_header(conn: &Connection) -> Result<(KeyHeader, Vec<u8>)> {
    let row = conn
        .query_row(
            "SELECT format_version, vault_id, kdf_m_kib, kdf_t, kdf_p, salt, pass_wrap,
                    recovery_wrap, mac FROM header WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Vec<u8>>(1)?,
                    [
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, i64>(4)?,
                    ],
                    r.get::<_, Vec<u8>>(5)?,
                    r.get::<_, Vec<u8>>(6)?,
                    r.get::<_, Vec<u8>>(7)?,
                    r.get::<_, Vec<u8>>(8)?,
                ))
            },
        )
        .optional()?;
    let Some((format_version, vault_id, kdf, salt, pass_wrap, recovery_wrap, mac)) = row else {
        return Err(VaultError::corrupt("the key header is missing"));
    };
    let to_u32 = |v: i64| {
        u32::try_from(v).map_err(|_| VaultError::KdfParamsOutOfRange {
            reason: format!("{v} is not a valid parameter"),
        })
    };
    let header = KeyHeader {
        format_version,
        vault_id,
        kdf: KdfParams {
            m_kib: to_u32(kdf[0])?,
            t: to_u32(kdf[1])?,
            p: to_u32(kdf[2])?,
        },
        salt,
        pass_wrap,
        recovery_wrap,
    };
    header.check()?;
    Ok((header, mac))
}

fn mac_input(header: &KeyHeader) -> Vec<u8> {
    let mut w = Writer::new();
    w.bytes(b"harbour/vault/header/v1").bytes(&header.encode());
    w.0
}

/// Builds a complete vault file beside its final place, then renames it in.
fn build_new(
    dir: &Path,
    header: KeyHeader,
    keys: Keys,
    fill: impl FnOnce(&Connection, &Keys, &mut Catalog) -> Result<()>,
) -> Result<Vault> {
    files::create_private_dir(dir)?;
    let lock = lock_dir(dir)?;
    clean_leftovers(dir)?;
    if Vault::exists(dir) {
        return Err(VaultError::VaultExists);
    }
    let suffix: [u8; 8] = harbour_crypto::random_array()?;
    let hex: String = suffix.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = dir.join(format!("{NEW_PREFIX}{hex}.sqlite"));
    let mut catalog = Catalog::default();
    let result = (|| -> Result<()> {
        let mut conn = open_conn(&tmp, true)?;
        // SQLite gives its -wal and -shm files the database file's mode.
        files::make_private(&tmp, 0o600)?;
        // A rollback journal while building: nothing is left beside the file
        // when it is renamed, so no stray WAL can be applied to the wrong file.
        configure(&conn, false)?;
        schema::migrate_to(&mut conn, schema::latest())?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO header (id, format_version, vault_id, kdf_m_kib, kdf_t, kdf_p, salt,
                                 pass_wrap, recovery_wrap, mac)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                header.format_version,
                header.vault_id,
                header.kdf.m_kib,
                header.kdf.t,
                header.kdf.p,
                header.salt,
                header.pass_wrap,
                header.recovery_wrap,
                header.mac(&keys),
            ],
        )?;
        fill(&tx, &keys, &mut catalog)?;
        catalog.store(&tx, &keys)?;
        tx.commit()?;
        conn.close().map_err(|(_, e)| e)?;
        std::fs::File::open(&tmp)?.sync_all()?;
        if Vault::exists(dir) {
            return Err(VaultError::VaultExists);
        }
        std::fs::rename(&tmp, dir.join(DB_FILE))?;
        sync_dir(dir)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(tmp.with_extension("sqlite-journal"));
        return Err(e);
    }
    let conn = open_conn(&dir.join(DB_FILE), false)?;
    configure(&conn, true)?;
    Ok(Vault::opened(conn, keys, header, catalog, dir, lock))
}

/// How long a lock that is taken is retried before the vault counts as open
/// elsewhere. A child process started by any thread holds a copy of the lock's
/// descriptor between fork and exec, so a vault closed a moment ago can still
/// look locked for that long (tests/lock.rs).
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(1);

/// Takes the vault directory's exclusive lock, or says another process (or
/// another handle in this one) has the vault open. Two writers would each
/// load state and write it back whole, silently undoing each other.
fn lock_dir(dir: &Path) -> Result<std::fs::File> {
    let mut options = files::private_options();
    let file = options.truncate(false).open(dir.join(LOCK_FILE))?;
    let started = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_PATIENCE => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Err(VaultError::Busy),
            Err(std::fs::TryLockError::Error(e)) => return Err(VaultError::Io(e)),
        }
    }
}

/// Removes what an interrupted create or restore left behind, and a WAL or
/// shared-memory file whose database is gone (it must not meet a new one).
fn clean_leftovers(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(NEW_PREFIX) {
            std::fs::remove_file(entry.path())?;
        }
    }
    if !Vault::exists(dir) {
        for suffix in ["-wal", "-shm", "-journal"] {
            let p = dir.join(format!("{DB_FILE}{suffix}"));
            if p.exists() {
                std::fs::remove_file(p)?;
            }
        }
    }
    Ok(())
}

fn sync_dir(dir: &Path) -> Result<()> {
    // Makes the rename itself durable. Directories cannot be opened on Windows.
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

// ---- sealed rows ----------------------------------------------------------

fn aad(table: &str, row: i64, doc: &str) -> Vec<u8> {
    let mut w = Writer::new();
    w.bytes(b"harbour/vault/blob")
        .i64(FORMAT_VERSION)
        .bytes(table.as_bytes())
        .i64(row)
        .bytes(doc.as_bytes());
    w.0
}

fn seal(keys: &Keys, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    Ok(aead::seal(&keys.blob, aad, plaintext)?)
}

fn unseal(keys: &Keys, aad: &[u8], sealed: &[u8], what: &str) -> Result<Zeroizing<Vec<u8>>> {
    aead::open(&keys.blob, aad, sealed)
        .map(Zeroizing::new)
        .map_err(|_| VaultError::corrupt(format!("{what} does not authenticate")))
}

fn next_id(conn: &Connection, table: &str) -> Result<i64> {
    let sql = format!("SELECT coalesce(max(id), 0) + 1 FROM {table}");
    Ok(conn.prepare_cached(&sql)?.query_row([], |r| r.get(0))?)
}

fn encode_meta(doc: &DocRow) -> Zeroizing<Vec<u8>> {
    let mut w = Writer::new();
    w.bytes(doc.name.as_bytes())
        .u64(doc.count)
        .i64(doc.last_chunk);
    Zeroizing::new(w.0)
}

fn decode_meta(keys: &Keys, id: i64, sealed: &[u8], name_mac: &[u8]) -> Result<DocRow> {
    let pt = unseal(keys, &aad("docs", id, ""), sealed, "document record")?;
    let mut r = Reader::new(&pt);
    let bad = || VaultError::corrupt("document record is malformed");
    let name = r.str().ok_or_else(bad)?.to_owned();
    let count = r.u64().ok_or_else(bad)?;
    let last_chunk = r.i64().ok_or_else(bad)?;
    if !r.is_empty() {
        return Err(bad());
    }
    if keys.name_mac("docs", &name) != name_mac {
        return Err(VaultError::corrupt("document record is in the wrong row"));
    }
    Ok(DocRow {
        id,
        name,
        count,
        last_chunk,
    })
}

fn find_doc(conn: &Connection, keys: &Keys, doc_id: &str) -> Result<Option<DocRow>> {
    let mac = keys.name_mac("docs", doc_id);
    let row: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT id, meta FROM docs WHERE name_mac = ?1")?
        .query_row([&mac], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((id, meta)) = row else {
        return Ok(None);
    };
    let doc = decode_meta(keys, id, &meta, &mac)?;
    if doc.name != doc_id {
        return Err(VaultError::corrupt("document record is in the wrong row"));
    }
    Ok(Some(doc))
}

fn create_doc(conn: &Connection, keys: &Keys, doc_id: &str) -> Result<DocRow> {
    let doc = DocRow {
        id: next_id(conn, "docs")?,
        name: doc_id.to_owned(),
        count: 0,
        last_chunk: 0,
    };
    let meta = seal(keys, &aad("docs", doc.id, ""), &encode_meta(&doc))?;
    conn.prepare_cached("INSERT INTO docs (id, name_mac, meta) VALUES (?1, ?2, ?3)")?
        .execute(params![doc.id, keys.name_mac("docs", doc_id), meta])?;
    Ok(doc)
}

fn write_meta(conn: &Connection, keys: &Keys, doc: &DocRow) -> Result<()> {
    let meta = seal(keys, &aad("docs", doc.id, ""), &encode_meta(doc))?;
    conn.prepare_cached("UPDATE docs SET meta = ?2 WHERE id = ?1")?
        .execute(params![doc.id, meta])?;
    Ok(())
}

fn insert_chunk(conn: &Connection, keys: &Keys, doc: &mut DocRow, bytes: &[u8]) -> Result<()> {
    let id = next_id(conn, "chunks")?;
    let data = seal(keys, &aad("chunks", id, &doc.name), bytes)?;
    conn.prepare_cached("INSERT INTO chunks (id, doc, data) VALUES (?1, ?2, ?3)")?
        .execute(params![id, doc.id, data])?;
    doc.count += 1;
    doc.last_chunk = id;
    Ok(())
}

fn replace_chunks(conn: &Connection, keys: &Keys, doc: &mut DocRow, bytes: &[u8]) -> Result<()> {
    conn.prepare_cached("DELETE FROM chunks WHERE doc = ?1")?
        .execute([doc.id])?;
    doc.count = 0;
    doc.last_chunk = 0;
    insert_chunk(conn, keys, doc, bytes)
}

fn load_chunks(conn: &Connection, keys: &Keys, doc: &DocRow) -> Result<Vec<Vec<u8>>> {
    let mut stmt = conn.prepare_cached("SELECT id, data FROM chunks WHERE doc = ?1 ORDER BY id")?;
    let rows = stmt.query_map([doc.id], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut out = Vec::with_capacity(usize::try_from(doc.count).unwrap_or(0).min(1 << 20));
    let mut last = 0;
    for row in rows {
        let (id, data) = row?;
        // A damaged index can repeat a row; ids must strictly increase.
        if id <= last {
            return Err(VaultError::corrupt("document chunks are out of order"));
        }
        let pt = aead::open(&keys.blob, &aad("chunks", id, &doc.name), &data)
            .map_err(|_| VaultError::corrupt("a document chunk does not authenticate"))?;
        out.push(pt);
        last = id;
    }
    // Sealed bookkeeping catches a row that vanished without SQLite noticing.
    if out.len() as u64 != doc.count || last != doc.last_chunk {
        return Err(VaultError::corrupt("a document is missing chunks"));
    }
    Ok(out)
}

fn put_view(
    conn: &Connection,
    keys: &Keys,
    doc: &DocRow,
    cat: &mut Catalog,
    kind: &str,
    bytes: &[u8],
) -> Result<()> {
    let kind_mac = keys.name_mac("views", kind);
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM views WHERE doc = ?1 AND kind_mac = ?2")?
        .query_row(params![doc.id, kind_mac], |r| r.get(0))
        .optional()?;
    let mut w = Writer::new();
    w.bytes(kind.as_bytes()).bytes(bytes);
    let pt = Zeroizing::new(w.0);
    let kinds = cat.docs.entry(doc.name.clone()).or_default();
    if existing.is_none() && kinds.contains(kind) {
        return Err(Catalog::missing("a view"));
    }
    kinds.insert(kind.to_owned());
    match existing {
        Some(id) => {
            let data = seal(keys, &aad("views", id, &doc.name), &pt)?;
            conn.prepare_cached("UPDATE views SET data = ?2 WHERE id = ?1")?
                .execute(params![id, data])?;
        }
        None => {
            let id = next_id(conn, "views")?;
            let data = seal(keys, &aad("views", id, &doc.name), &pt)?;
            conn.prepare_cached(
                "INSERT INTO views (id, doc, kind_mac, data) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, doc.id, kind_mac, data])?;
        }
    }
    Ok(())
}

/// Deletes the row of `table` whose `name_column` holds `name`'s MAC.
fn delete_named(
    conn: &Connection,
    keys: &Keys,
    table: &'static str,
    name_column: &'static str,
    name: &str,
) -> Result<()> {
    conn.execute(
        &format!("DELETE FROM {table} WHERE {name_column} = ?1"),
        [keys.name_mac(table, name)],
    )?;
    Ok(())
}

fn put_views(
    conn: &Connection,
    keys: &Keys,
    doc: &DocRow,
    cat: &mut Catalog,
    views: &[(&str, &[u8])],
) -> Result<()> {
    views
        .iter()
        .try_for_each(|(kind, view)| put_view(conn, keys, doc, cat, kind, view))
}

fn open_view(keys: &Keys, id: i64, doc: &DocRow, data: &[u8]) -> Result<(String, Vec<u8>)> {
    let pt = unseal(keys, &aad("views", id, &doc.name), data, "a view")?;
    let mut r = Reader::new(&pt);
    let bad = || VaultError::corrupt("a view is malformed");
    let kind = r.str().ok_or_else(bad)?.to_owned();
    let bytes = r.bytes().ok_or_else(bad)?.to_vec();
    if !r.is_empty() {
        return Err(bad());
    }
    Ok((kind, bytes))
}

fn get_view(conn: &Connection, keys: &Keys, doc: &DocRow, kind: &str) -> Result<Option<Vec<u8>>> {
    let kind_mac = keys.name_mac("views", kind);
    let row: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT id, data FROM views WHERE doc = ?1 AND kind_mac = ?2")?
        .query_row(params![doc.id, kind_mac], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((id, data)) = row else {
        return Ok(None);
    };
    let (k, bytes) = open_view(keys, id, doc, &data)?;
    if k != kind {
        return Err(VaultError::corrupt("a view is in the wrong row"));
    }
    Ok(Some(bytes))
}

fn put_setting(conn: &Connection, keys: &Keys, key: &str, value: &[u8]) -> Result<()> {
    let key_mac = keys.name_mac("settings", key);
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM settings WHERE key_mac = ?1")?
        .query_row([&key_mac], |r| r.get(0))
        .optional()?;
    let id = match existing {
        Some(id) => id,
        None => next_id(conn, "settings")?,
    };
    let mut w = Writer::new();
    w.bytes(key.as_bytes()).bytes(value);
    let pt = Zeroizing::new(w.0);
    let data = seal(keys, &aad("settings", id, ""), &pt)?;
    conn.prepare_cached(
        "INSERT INTO settings (id, key_mac, data) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET data = excluded.data",
    )?
    .execute(params![id, key_mac, data])?;
    Ok(())
}

/// Where a sealed copy of the current recovery key is kept, for
/// [`Vault::recovery_key`]. Anyone who can read it already holds the
/// passphrase, which opens everything the key does.
const RECOVERY_KEY_SETTING: &str = "vault/recovery_key";

fn keep_recovery_key(
    conn: &Connection,
    keys: &Keys,
    cat: &mut Catalog,
    recovery: &RecoveryKey,
) -> Result<()> {
    put_setting(
        conn,
        keys,
        RECOVERY_KEY_SETTING,
        recovery.encode().as_bytes(),
    )?;
    cat.settings.insert(RECOVERY_KEY_SETTING.to_owned());
    Ok(())
}

/// A passphrase being chosen: at least [`MIN_PASSPHRASE_CHARS`] characters
/// besides the spaces around it.
fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

fn read_setting(
    conn: &Connection,
    keys: &Keys,
    catalog: &Catalog,
    key: &str,
) -> Result<Option<Vec<u8>>> {
    let mac = keys.name_mac("settings", key);
    let row: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT id, data FROM settings WHERE key_mac = ?1")?
        .query_row([mac], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((id, data)) = row else {
        if catalog.settings.contains(key) {
            return Err(Catalog::missing("a setting"));
        }
        return Ok(None);
    };
    let (k, v) = open_setting(keys, id, &data)?;
    if k != key {
        return Err(VaultError::corrupt("setting is in the wrong row"));
    }
    Ok(Some(v))
}

fn open_setting(keys: &Keys, id: i64, data: &[u8]) -> Result<(String, Vec<u8>)> {
    let pt = unseal(keys, &aad("settings", id, ""), data, "a setting")?;
    let mut r = Reader::new(&pt);
    let bad = || VaultError::corrupt("a setting is malformed");
    let key = r.str().ok_or_else(bad)?.to_owned();
    let value = r.bytes().ok_or_else(bad)?.to_vec();
    if !r.is_empty() {
        return Err(bad());
    }
    Ok((key, value))
}
