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

/// One append: `batch` (not empty) as `first`, `first + 1`, ... The first
/// append claims the mailbox for `token`.
#[derive(Debug, Clone)]
pub struct Append {
    pub mailbox: MailboxId,
    pub token: TokenHash,
    pub first: u64,
    pub batch: Vec<Vec<u8>>,
    pub now: u64,
    pub quota: Quota,
}

/// What an append that passed [`Append::check`] adds to its mailbox.
pub(crate) struct Accepted {
    /// The last seq it takes.
    pub end: u64,
    pub bytes: u64,
    pub count: u64,
}

/// A claimed mailbox's counters, as the append transaction finds them.
#[derive(Default)]
pub(crate) struct Usage {
    pub last_seq: u64,
    pub bytes: u64,
    pub count: u64,
}

/// What a mailbox's row holds for the holder of `token`, from the row's
/// token hash and `what`: `None` while nobody has claimed the mailbox,
/// `WrongToken` if another token did.
pub(crate) fn for_owner<T>(
    row: Option<(&[u8], T)>,
    token: &TokenHash,
) -> Result<Option<T>, StoreError> {
    match row {
        None => Ok(None),
        Some((h, _)) if !same_hash(h, token) => Err(StoreError::WrongToken),
        Some((_, what)) => Ok(Some(what)),
    }
}

impl Append {
    pub(crate) fn refuse_empty(&self) -> Result<(), StoreError> {
        if self.batch.is_empty() {
            return Err(StoreError::Backend("an empty batch".into()));
        }
        Ok(())
    }

    /// The checks both backends make inside the append transaction before
    /// writing anything, given the mailbox's token hash and usage (`None`:
    /// not claimed yet): the token, the seq, then the quotas.
    pub(crate) fn check(&self, row: Option<(&[u8], Usage)>) -> Result<Accepted, StoreError> {
        let Usage {
            last_seq: last,
            bytes,
            count,
        } = for_owner(row, &self.token)?.unwrap_or_default();
        if self.first != last + 1 {
            return Err(StoreError::SeqConflict { last });
        }
        self.refuse_empty()?;
        let n = self.batch.len() as u64;
        let size: u64 = self.batch.iter().map(|d| d.len() as u64).sum();
        if count + n > self.quota.max_count {
            return Err(StoreError::Quota {
                what: "messages",
                limit: self.quota.max_count,
            });
        }
        if bytes + size > self.quota.max_bytes {
            return Err(StoreError::Quota {
                what: "bytes",
                limit: self.quota.max_bytes,
            });
        }
        Ok(Accepted {
            end: self.first + n - 1,
            bytes: size,
            count: n,
        })
    }
}

/// A page of a mailbox: messages after `after`, at most `limit` of them and
/// about `max_bytes` (see [`Storage::read`]).
#[derive(Debug, Clone, Copy)]
pub struct PageQuery {
    pub mailbox: MailboxId,
    pub token: TokenHash,
    pub after: u64,
    pub limit: u32,
    pub max_bytes: u64,
}

impl Page {
    /// A page of `messages` from a mailbox whose last seq was `last`.
    pub(crate) fn new(messages: Vec<Message>, last: u64) -> Self {
        let last_seq = messages.last().map(|m| m.seq).unwrap_or(0).max(last);
        Page { messages, last_seq }
    }
}

/// The relay's storage. Every method is atomic on its own.
pub trait Storage: Send + Sync + 'static {
    /// Takes `append` all or nothing, in one transaction (`first` must be
    /// last + 1). Returns the last seq taken.
    fn apply_append(&self, append: Append) -> BoxFut<'_, u64>;

    /// Appends `batch` (not empty) as `first`, `first + 1`, ... (see
    /// [`Append`] and [`Storage::apply_append`]).
    fn append_batch(
        &self,
        mailbox: MailboxId,
        token: TokenHash,
        first: u64,
        batch: Vec<Vec<u8>>,
        now: u64,
        quota: Quota,
    ) -> BoxFut<'_, u64> {
        self.apply_append(Append {
            mailbox,
            token,
            first,
            batch,
            now,
            quota,
        })
    }

    /// Appends `data` as `seq` (which must be last + 1).
    fn append(
        &self,
        mailbox: MailboxId,
        token: TokenHash,
        seq: u64,
        data: Vec<u8>,
        now: u64,
        quota: Quota,
    ) -> BoxFut<'_, u64> {
        self.append_batch(mailbox, token, seq, vec![data], now, quota)
    }

    /// The page `query` asks for (see [`Storage::read`]).
    fn query_page(&self, query: PageQuery) -> BoxFut<'_, Page>;

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
    ) -> BoxFut<'_, Page> {
        self.query_page(PageQuery {
            mailbox,
            token,
            after,
            limit,
            max_bytes,
        })
    }

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
