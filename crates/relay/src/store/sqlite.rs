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

/// One append waiting for the group-commit writer.
struct Job {
    mailbox: MailboxId,
    token: TokenHash,
    seq: u64,
    data: Vec<u8>,
    now: u64,
    quota: Quota,
    reply: tokio::sync::oneshot::Sender<Result<u64, StoreError>>,
}

/// Most appends committed in one transaction.
const GROUP: usize = 256;

/// Appends one message inside an open transaction (checks first, so a
/// refusal writes nothing).
fn append_in(c: &Connection, j: &Job) -> Result<u64, StoreError> {
    let row: Option<(Vec<u8>, i64, i64, i64)> = c
        .prepare_cached("SELECT token_hash, last_seq, bytes, count FROM mailboxes WHERE id = ?1")
        .and_then(|mut st| {
            st.query_row(params![&j.mailbox[..]], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()
        })
        .map_err(be)?;
    let (last, bytes, count) = match row {
        Some((h, last, bytes, count)) => {
            if !same_hash(&h, &j.token) {
                return Err(StoreError::WrongToken);
            }
            (last as u64, bytes as u64, count as u64)
        }
        None => (0, 0, 0),
    };
    if j.seq != last + 1 {
        return Err(StoreError::SeqConflict { last });
    }
    if count + 1 > j.quota.max_count {
        return Err(StoreError::Quota {
            what: "messages",
            limit: j.quota.max_count,
        });
    }
    if bytes + j.data.len() as u64 > j.quota.max_bytes {
        return Err(StoreError::Quota {
            what: "bytes",
            limit: j.quota.max_bytes,
        });
    }
    c.prepare_cached(
        "INSERT INTO mailboxes (id, token_hash, last_seq, bytes, count) VALUES (?1, ?2, ?3, ?4, 1)
         ON CONFLICT (id) DO UPDATE SET last_seq = ?3, bytes = bytes + ?4, count = count + 1",
    )
    .and_then(|mut st| {
        st.execute(params![
            &j.mailbox[..],
            &j.token[..],
            to_i64(j.seq),
            j.data.len() as i64
        ])
    })
    .map_err(be)?;
    c.prepare_cached(
        "INSERT INTO messages (mailbox, seq, data, created_at) VALUES (?1, ?2, ?3, ?4)",
    )
    .and_then(|mut st| {
        st.execute(params![
            &j.mailbox[..],
            to_i64(j.seq),
            &j.data,
            to_i64(j.now)
        ])
    })
    .map_err(be)?;
    Ok(j.seq)
}

/// Group commit: takes every append waiting (up to [`GROUP`]) and commits
/// them in one transaction, each in its own savepoint. Replies only after
/// the commit, so an acknowledged append is in the WAL.
fn writer_loop(w: Arc<Mutex<Connection>>, rx: std::sync::mpsc::Receiver<Job>) {
    while let Ok(first) = rx.recv() {
        let mut jobs = vec![first];
        while jobs.len() < GROUP {
            match rx.try_recv() {
                Ok(j) => jobs.push(j),
                Err(_) => break,
            }
        }
        let Ok(c) = w.lock() else {
            for j in jobs {
                let _ = j
                    .reply
                    .send(Err(StoreError::Backend("writer lock poisoned".into())));
            }
            continue;
        };
        let mut results = Vec::with_capacity(jobs.len());
        let began = c.execute_batch("BEGIN IMMEDIATE").map_err(be);
        if let Err(e) = began {
            drop(c);
            for j in jobs {
                let _ = j.reply.send(Err(e.clone()));
            }
            continue;
        }
        for j in &jobs {
            let r = c
                .execute_batch("SAVEPOINT a")
                .map_err(be)
                .and_then(|_| append_in(&c, j));
            let end = if r.is_ok() {
                "RELEASE a"
            } else {
                "ROLLBACK TO a; RELEASE a"
            };
            let r = c.execute_batch(end).map_err(be).and(r);
            results.push(r);
        }
        if let Err(e) = c.execute_batch("COMMIT").map_err(be) {
            let _ = c.execute_batch("ROLLBACK");
            results = jobs.iter().map(|_| Err(e.clone())).collect();
        }
        drop(c);
        for (j, r) in jobs.into_iter().zip(results) {
            let _ = j.reply.send(r);
        }
    }
}

pub struct SqliteStore {
    appends: Mutex<std::sync::mpsc::Sender<Job>>,
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
        let writer = Arc::new(Mutex::new(w));
        let (tx, rx) = std::sync::mpsc::channel();
        let w2 = writer.clone();
        std::thread::Builder::new()
            .name("relay-sqlite-writer".into())
            .spawn(move || writer_loop(w2, rx))
            .map_err(|e| StoreError::Backend(e.to_string()))?;
        Ok(Self {
            appends: Mutex::new(tx),
            writer,
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
        let (reply, rx) = tokio::sync::oneshot::channel();
        let job = Job {
            mailbox,
            token,
            seq,
            data,
            now,
            quota,
            reply,
        };
        let sent = matches!(self.appends.lock().map(|tx| tx.send(job).is_ok()), Ok(true));
        Box::pin(async move {
            if !sent {
                return Err(StoreError::Backend("the append writer has stopped".into()));
            }
            rx.await
                .map_err(|_| StoreError::Backend("the append writer has stopped".into()))?
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
