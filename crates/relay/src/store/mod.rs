//! Storage behind one trait, with two backends: SQLite (the embedded
//! default, one file) and PostgreSQL (stateless relay nodes over one
//! database). Both keep the same three tables:
//!
//! - `mailboxes`: id, a SHA-256 hash of the write token (the first writer
//!   claims the mailbox), the last sequence number handed out, and the
//!   bytes and count currently stored (for quotas);
//! - `messages`: (mailbox, seq) unique, the opaque envelope, when it arrived;
//! - `rendezvous`: single-use slots with an expiry time.

use std::future::Future;
use std::pin::Pin;

pub mod postgres;
pub mod sqlite;

pub type BoxFut<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

pub type MailboxId = [u8; 16];

/// Told about appends another relay node made over the same database:
/// `Some(mailbox)`, or `None` when some may have been missed (wake every
/// waiter so it re-reads). Returns false once nobody is listening any more
/// (the relay is gone), which ends the watch.
pub type Wake = std::sync::Arc<dyn Fn(Option<MailboxId>) -> bool + Send + Sync>;
pub type TokenHash = [u8; 32];

/// What the storage refuses, and why. Everything else is `Backend`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The mailbox is claimed with another write token.
    WrongToken,
    /// `seq` was not last + 1.
    SeqConflict { last: u64 },
    /// The mailbox would hold more than its quota.
    Quota { what: &'static str, limit: u64 },
    /// The rendezvous slot is already in use.
    SlotTaken,
    /// The database failed (its message never contains request data).
    Backend(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::WrongToken => f.write_str("wrong write token"),
            StoreError::SeqConflict { last } => write!(f, "seq conflict (last is {last})"),
            StoreError::Quota { what, limit } => write!(f, "mailbox quota: at most {limit} {what}"),
            StoreError::SlotTaken => f.write_str("slot taken"),
            StoreError::Backend(m) => write!(f, "storage: {m}"),
        }
    }
}

/// Per-mailbox quotas, checked inside the append transaction.
#[derive(Debug, Clone, Copy)]
pub struct Quota {
    pub max_bytes: u64,
    pub max_count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub seq: u64,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub messages: Vec<Message>,
    /// The last seq ever handed out in this mailbox (0 if none).
    pub last_seq: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Expired {
    pub messages: u64,
    pub slots: u64,
}

/// The relay's storage. Every method is atomic on its own.
pub trait Storage: Send + Sync + 'static {
    /// Appends `batch` (not empty) as `first`, `first + 1`, ... (`first`
    /// must be last + 1), all or nothing, in one transaction. The first
    /// append claims the mailbox for `token`. Returns the last seq taken.
    fn append_batch<'a>(
        &'a self,
        mailbox: MailboxId,
        token: TokenHash,
        first: u64,
        batch: Vec<Vec<u8>>,
        now: u64,
        quota: Quota,
    ) -> BoxFut<'a, u64>;

    /// Appends `data` as `seq` (which must be last + 1).
    fn append<'a>(
        &'a self,
        mailbox: MailboxId,
        token: TokenHash,
        seq: u64,
        data: Vec<u8>,
        now: u64,
        quota: Quota,
    ) -> BoxFut<'a, u64> {
        self.append_batch(mailbox, token, seq, vec![data], now, quota)
    }

    /// Messages after `after`, oldest first, at most `limit` of them, and no
    /// more once the page holds `max_bytes` (the first message always comes,
    /// so a page is at most `max_bytes` plus one message). Only for the
    /// mailbox's own token (`WrongToken` otherwise); a mailbox nobody has
    /// claimed yet is empty to anyone.
    fn read(
        &self,
        mailbox: MailboxId,
        token: TokenHash,
        after: u64,
        limit: u32,
        max_bytes: u64,
    ) -> BoxFut<'_, Page>;

    /// Deletes messages with seq <= `upto`; returns how many.
    fn delete_upto(&self, mailbox: MailboxId, token: TokenHash, upto: u64) -> BoxFut<'_, u64>;

    /// Puts a rendezvous slot once; `SlotTaken` if it exists and has not expired.
    fn slot_put(&self, slot: [u8; 16], data: Vec<u8>, expires_at: u64, now: u64) -> BoxFut<'_, ()>;

    /// Takes a slot (and deletes it); `None` if absent or expired.
    fn slot_take(&self, slot: [u8; 16], now: u64) -> BoxFut<'_, Option<Vec<u8>>>;

    /// Deletes messages that arrived before `older_than` and expired slots.
    fn expire(&self, older_than: u64, now: u64) -> BoxFut<'_, Expired>;

    /// A cheap query, for `/healthz`.
    fn health(&self) -> BoxFut<'_, ()>;

    /// Bytes of messages stored in all mailboxes (the relay's global cap).
    fn stored_bytes(&self) -> BoxFut<'_, u64>;

    /// Starts telling `wake` about appends other relay nodes make to the
    /// same database (spawns a task; call it inside a tokio runtime). A
    /// store only one node uses does nothing: the node wakes its own
    /// waiters when it takes an append.
    fn watch(&self, _wake: Wake) {}

    /// Whether [`Storage::watch`] reports other nodes' appends. When a
    /// shared database cannot, waiters must re-read (`repoll_secs`).
    fn wakes_other_nodes(&self) -> bool {
        false
    }

    /// "sqlite" or "postgres".
    fn kind(&self) -> &'static str;
}

/// Constant-time comparison of two token hashes.
pub(crate) fn same_hash(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Opens the storage a `--database` argument names.
pub async fn open(database: &str) -> Result<std::sync::Arc<dyn Storage>, StoreError> {
    if database.starts_with("postgres://") || database.starts_with("postgresql://") {
        Ok(std::sync::Arc::new(
            postgres::PgStore::connect(database).await?,
        ))
    } else {
        let path = database.strip_prefix("sqlite:").unwrap_or(database);
        let path = path.strip_prefix("//").unwrap_or(path).to_string();
        let s = tokio::task::spawn_blocking(move || sqlite::SqliteStore::open(&path))
            .await
            .map_err(|e| StoreError::Backend(e.to_string()))??;
        Ok(std::sync::Arc::new(s))
    }
}
