//! SQLite: one file, WAL mode, one writer connection and a few readers.
//! Every call runs on tokio's blocking pool.

use super::{
    same_hash, BoxFut, Expired, MailboxId, Message, Page, Quota, Storage, StoreError, TokenHash,
};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const READERS: usize = 4;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS mailboxes (
    id BLOB PRIMARY KEY,
    token_hash BLOB NOT NULL,
    last_seq INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    count INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
    mailbox BLOB NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (mailbox, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS messages_created ON messages (created_at);
CREATE TABLE IF NOT EXISTS rendezvous (
    slot BLOB PRIMARY KEY,
    data BLOB NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
";

fn be(e: rusqlite::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

pub struct SqliteStore {
    writer: Arc<Mutex<Connection>>,
    readers: Arc<Vec<Mutex<Connection>>>,
    next: AtomicUsize,
}

fn connect(path: &str) -> Result<Connection, StoreError> {
    let c = Connection::open(path).map_err(be)?;
    c.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(be)?;
    c.pragma_update(None, "journal_mode", "WAL").map_err(be)?;
    // NORMAL in WAL mode: a killed process loses nothing; a power cut may
    // lose the last transactions (see docs/relay-deployment.md).
    c.pragma_update(None, "synchronous", "NORMAL").map_err(be)?;
    Ok(c)
}

impl SqliteStore {
    pub fn open(path: &str) -> Result<Self, StoreError> {
        let w = connect(path)?;
        w.execute_batch(SCHEMA).map_err(be)?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            readers.push(Mutex::new(connect(path)?));
        }
        Ok(Self {
            writer: Arc::new(Mutex::new(w)),
            readers: Arc::new(readers),
            next: AtomicUsize::new(0),
        })
    }

    fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> BoxFut<'_, T> {
        let w = self.writer.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let mut c = w
                    .lock()
                    .map_err(|_| StoreError::Backend("writer lock poisoned".into()))?;
                f(&mut c)
            })
            .await
            .map_err(|e| StoreError::Backend(e.to_string()))?
        })
    }

    fn read_with<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> BoxFut<'_, T> {
        let rs = self.readers.clone();
        let i = self.next.fetch_add(1, Ordering::Relaxed) % READERS;
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let c = rs[i]
                    .lock()
                    .map_err(|_| StoreError::Backend("reader lock poisoned".into()))?;
                f(&c)
            })
            .await
            .map_err(|e| StoreError::Backend(e.to_string()))?
        })
    }
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

impl Storage for SqliteStore {
    fn append<'a>(
        &'a self,
        mailbox: MailboxId,
        token: TokenHash,
        seq: u64,
        data: Vec<u8>,
        now: u64,
        quota: Quota,
    ) -> BoxFut<'a, u64> {
        self.write(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(be)?;
            let row: Option<(Vec<u8>, i64, i64, i64)> = tx
                .query_row(
                    "SELECT token_hash, last_seq, bytes, count FROM mailboxes WHERE id = ?1",
                    params![&mailbox[..]],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()
                .map_err(be)?;
            let (last, bytes, count) = match row {
                Some((h, last, bytes, count)) => {
                    if !same_hash(&h, &token) {
                        return Err(StoreError::WrongToken);
                    }
                    (last as u64, bytes as u64, count as u64)
                }
                None => (0, 0, 0),
            };
            if seq != last + 1 {
                return Err(StoreError::SeqConflict { last });
            }
            if count + 1 > quota.max_count {
                return Err(StoreError::Quota {
                    what: "messages",
                    limit: quota.max_count,
                });
            }
            if bytes + data.len() as u64 > quota.max_bytes {
                return Err(StoreError::Quota {
                    what: "bytes",
                    limit: quota.max_bytes,
                });
            }
            tx.execute(
                "INSERT INTO mailboxes (id, token_hash, last_seq, bytes, count) VALUES (?1, ?2, ?3, ?4, 1)
                 ON CONFLICT (id) DO UPDATE SET last_seq = ?3, bytes = bytes + ?4, count = count + 1",
                params![&mailbox[..], &token[..], to_i64(seq), data.len() as i64],
            )
            .map_err(be)?;
            tx.execute(
                "INSERT INTO messages (mailbox, seq, data, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![&mailbox[..], to_i64(seq), &data, to_i64(now)],
            )
            .map_err(be)?;
            tx.commit().map_err(be)?;
            Ok(seq)
        })
    }

    fn read(&self, mailbox: MailboxId, after: u64, limit: u32) -> BoxFut<'_, Page> {
        self.read_with(move |c| {
            let last: i64 = c
                .query_row(
                    "SELECT last_seq FROM mailboxes WHERE id = ?1",
                    params![&mailbox[..]],
                    |r| r.get(0),
                )
                .optional()
                .map_err(be)?
                .unwrap_or(0);
            let mut st = c
                .prepare_cached(
                    "SELECT seq, data FROM messages WHERE mailbox = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
                )
                .map_err(be)?;
            let messages = st
                .query_map(params![&mailbox[..], to_i64(after), limit], |r| {
                    Ok(Message {
                        seq: r.get::<_, i64>(0)? as u64,
                        data: r.get(1)?,
                    })
                })
                .map_err(be)?
                .collect::<Result<Vec<_>, _>>()
                .map_err(be)?;
            let last_seq = messages
                .last()
                .map(|m| m.seq)
                .unwrap_or(0)
                .max(last as u64);
            Ok(Page { messages, last_seq })
        })
    }

    fn delete_upto(&self, mailbox: MailboxId, token: TokenHash, upto: u64) -> BoxFut<'_, u64> {
        self.write(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(be)?;
            let h: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT token_hash FROM mailboxes WHERE id = ?1",
                    params![&mailbox[..]],
                    |r| r.get(0),
                )
                .optional()
                .map_err(be)?;
            match h {
                None => return Ok(0),
                Some(h) if !same_hash(&h, &token) => return Err(StoreError::WrongToken),
                Some(_) => {}
            }
            let (n, bytes): (i64, i64) = tx
                .query_row(
                    "SELECT count(*), coalesce(sum(length(data)), 0) FROM messages WHERE mailbox = ?1 AND seq <= ?2",
                    params![&mailbox[..], to_i64(upto)],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .map_err(be)?;
            tx.execute(
                "DELETE FROM messages WHERE mailbox = ?1 AND seq <= ?2",
                params![&mailbox[..], to_i64(upto)],
            )
            .map_err(be)?;
            tx.execute(
                "UPDATE mailboxes SET bytes = bytes - ?2, count = count - ?3 WHERE id = ?1",
                params![&mailbox[..], bytes, n],
            )
            .map_err(be)?;
            tx.commit().map_err(be)?;
            Ok(n as u64)
        })
    }

    fn slot_put(&self, slot: [u8; 16], data: Vec<u8>, expires_at: u64, now: u64) -> BoxFut<'_, ()> {
        self.write(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(be)?;
            tx.execute(
                "DELETE FROM rendezvous WHERE slot = ?1 AND expires_at <= ?2",
                params![&slot[..], to_i64(now)],
            )
            .map_err(be)?;
            let n = tx
                .execute(
                    "INSERT INTO rendezvous (slot, data, expires_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                    params![&slot[..], &data, to_i64(expires_at)],
                )
                .map_err(be)?;
            tx.commit().map_err(be)?;
            if n == 0 {
                Err(StoreError::SlotTaken)
            } else {
                Ok(())
            }
        })
    }

    fn slot_take(&self, slot: [u8; 16], now: u64) -> BoxFut<'_, Option<Vec<u8>>> {
        self.write(move |c| {
            let d: Option<Vec<u8>> = c
                .query_row(
                    "DELETE FROM rendezvous WHERE slot = ?1 RETURNING data, expires_at > ?2",
                    params![&slot[..], to_i64(now)],
                    |r| {
                        let live: bool = r.get(1)?;
                        Ok(if live { Some(r.get(0)?) } else { None })
                    },
                )
                .optional()
                .map_err(be)?
                .flatten();
            Ok(d)
        })
    }

    fn expire(&self, older_than: u64, now: u64) -> BoxFut<'_, Expired> {
        self.write(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(be)?;
            tx.execute(
                "UPDATE mailboxes SET
                   bytes = bytes - (SELECT coalesce(sum(length(data)), 0) FROM messages m WHERE m.mailbox = mailboxes.id AND m.created_at < ?1),
                   count = count - (SELECT count(*) FROM messages m WHERE m.mailbox = mailboxes.id AND m.created_at < ?1)
                 WHERE id IN (SELECT DISTINCT mailbox FROM messages WHERE created_at < ?1)",
                params![to_i64(older_than)],
            )
            .map_err(be)?;
            let messages = tx
                .execute(
                    "DELETE FROM messages WHERE created_at < ?1",
                    params![to_i64(older_than)],
                )
                .map_err(be)? as u64;
            let slots = tx
                .execute(
                    "DELETE FROM rendezvous WHERE expires_at <= ?1",
                    params![to_i64(now)],
                )
                .map_err(be)? as u64;
            tx.commit().map_err(be)?;
            Ok(Expired { messages, slots })
        })
    }

    fn health(&self) -> BoxFut<'_, ()> {
        self.read_with(|c| {
            c.query_row("SELECT 1", [], |_| Ok(())).map_err(be)?;
            Ok(())
        })
    }

    fn kind(&self) -> &'static str {
        "sqlite"
    }
}
