//! SQLite: one file, WAL mode, one writer connection and a few readers.
//!
//! Threads, not tokio's blocking pool: appends go to one writer thread that
//! commits whatever is waiting in one transaction (group commit); reads go
//! to a queue that [`READERS`] threads, each with its own connection, drain.
//! Under load a busy thread takes the next job without sleeping, so a
//! request costs no thread start-up or hand-off beyond one queue push and
//! one reply (`spawn_blocking` grew the pool to dozens of threads that all
//! fought over four connection locks).

use super::{
    for_owner, Append, BoxFut, Expired, MailboxId, Message, Page, PageQuery, Storage, StoreError,
    TokenHash, Usage,
};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};

/// Reader threads (each with its own connection).
const READERS: usize = 3;

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
    UNIQUE (mailbox, seq)
);
-- Layout: a rowid table, so a commit's new rows land together at the end
-- (and the (mailbox, seq) index entries are small). Databases made before
-- keep their WITHOUT ROWID table; the statements are the same for both.
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
    append: Append,
    reply: tokio::sync::oneshot::Sender<Result<u64, StoreError>>,
}

/// Most appends committed in one transaction.
const GROUP: usize = 256;

/// Appends a job's messages inside an open transaction (checks first, so a
/// refusal writes nothing). Returns the last seq.
fn append_in(c: &Connection, a: &Append) -> Result<u64, StoreError> {
    let row: Option<(Vec<u8>, i64, i64, i64)> = c
        .prepare_cached("SELECT token_hash, last_seq, bytes, count FROM mailboxes WHERE id = ?1")
        .and_then(|mut st| {
            st.query_row(params![&a.mailbox[..]], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()
        })
        .map_err(be)?;
    let accepted = a.check(row.as_ref().map(|(h, last, bytes, count)| {
        let usage = Usage {
            last_seq: *last as u64,
            bytes: *bytes as u64,
            count: *count as u64,
        };
        (h.as_slice(), usage)
    }))?;
    let end = accepted.end;
    c.prepare_cached(
        "INSERT INTO mailboxes (id, token_hash, last_seq, bytes, count) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET last_seq = ?3, bytes = bytes + ?4, count = count + ?5",
    )
    .and_then(|mut st| {
        st.execute(params![
            &a.mailbox[..],
            &a.token[..],
            to_i64(end),
            to_i64(accepted.bytes),
            to_i64(accepted.count)
        ])
    })
    .map_err(be)?;
    let mut st = c
        .prepare_cached(
            "INSERT INTO messages (mailbox, seq, data, created_at) VALUES (?1, ?2, ?3, ?4)",
        )
        .map_err(be)?;
    for (i, d) in a.batch.iter().enumerate() {
        st.execute(params![
            &a.mailbox[..],
            to_i64(a.first + i as u64),
            d,
            to_i64(a.now)
        ])
        .map_err(be)?;
    }
    Ok(end)
}

/// Runs a statement without parameters, prepared once per connection.
fn exec(c: &Connection, sql: &str) -> Result<(), StoreError> {
    c.prepare_cached(sql)
        .and_then(|mut st| st.execute([]))
        .map(|_| ())
        .map_err(be)
}

/// Group commit: takes every append waiting (up to [`GROUP`]) and commits
/// them in one transaction, each in its own savepoint. Replies only after
/// the commit, so an acknowledged append is in the WAL.
fn writer_loop(w: Arc<Mutex<Connection>>, q: Arc<Queue<Job>>) {
    loop {
        let mut jobs = Vec::with_capacity(16);
        q.take(GROUP, &mut jobs);
        if jobs.is_empty() {
            return;
        }
        // A panic drops this group's replies (503s) and leaves the
        // transaction open: roll it back and go on with the next group.
        let group =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| commit_group(&w, jobs)));
        if group.is_err() {
            let c = w.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let _ = c.execute_batch("ROLLBACK");
            drop(c);
            w.clear_poison();
        }
    }
}

/// One group commit (see [`writer_loop`]).
fn commit_group(w: &Mutex<Connection>, jobs: Vec<Job>) {
    let c = w.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut results = Vec::with_capacity(jobs.len());
    if let Err(e) = exec(&c, "BEGIN IMMEDIATE") {
        drop(c);
        for j in jobs {
            let _ = j.reply.send(Err(e.clone()));
        }
        return;
    }
    for j in &jobs {
        let r = exec(&c, "SAVEPOINT a").and_then(|_| append_in(&c, &j.append));
        let end = match r {
            Ok(_) => exec(&c, "RELEASE a"),
            Err(_) => exec(&c, "ROLLBACK TO a").and_then(|_| exec(&c, "RELEASE a")),
        };
        results.push(end.and(r));
    }
    if let Err(e) = exec(&c, "COMMIT") {
        let _ = c.execute_batch("ROLLBACK");
        results = jobs.iter().map(|_| Err(e.clone())).collect();
    }
    drop(c);
    for (j, r) in jobs.into_iter().zip(results) {
        let _ = j.reply.send(r);
    }
}

/// A queue of jobs that a few threads drain; a thread is woken only when
/// none is awake.
struct Queue<J> {
    state: Mutex<(VecDeque<J>, usize, bool)>,
    cv: Condvar,
}

impl<J> Queue<J> {
    fn new() -> Self {
        Self {
            state: Mutex::new((VecDeque::new(), 0, false)),
            cv: Condvar::new(),
        }
    }

    /// False once the queue is closed (or poisoned).
    fn push(&self, j: J) -> bool {
        let Ok(mut st) = self.state.lock() else {
            return false;
        };
        if st.2 {
            return false;
        }
        st.0.push_back(j);
        let wake = st.1 > 0;
        drop(st);
        if wake {
            self.cv.notify_one();
        }
        true
    }

    /// Waits for at least one job; takes up to `max`. Empty once closed.
    fn take(&self, max: usize, out: &mut Vec<J>) {
        let Ok(mut st) = self.state.lock() else {
            return;
        };
        while st.0.is_empty() && !st.2 {
            st.1 += 1;
            st = match self.cv.wait(st) {
                Ok(s) => s,
                Err(_) => return,
            };
            st.1 -= 1;
        }
        let n = st.0.len().min(max);
        out.extend(st.0.drain(..n));
    }

    fn close(&self) {
        if let Ok(mut st) = self.state.lock() {
            st.2 = true;
        }
        self.cv.notify_all();
    }
}

type ReadJob = Box<dyn FnOnce(&Connection) + Send>;

pub struct SqliteStore {
    appends: Arc<Queue<Job>>,
    writer: Arc<Mutex<Connection>>,
    reads: Arc<Queue<ReadJob>>,
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        self.appends.close();
        self.reads.close();
    }
}

fn connect(path: &str) -> Result<Connection, StoreError> {
    let c = Connection::open(path).map_err(be)?;
    c.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(be)?;
    c.pragma_update(None, "journal_mode", "WAL").map_err(be)?;
    // NORMAL in WAL mode: a killed process loses nothing; a power cut may
    // lose the last transactions (see docs/relay-deployment.md).
    c.pragma_update(None, "synchronous", "NORMAL").map_err(be)?;
    // Reads map the file instead of copying pages into each connection.
    c.pragma_update(None, "mmap_size", 256i64 << 20)
        .map_err(be)?;
    c.set_prepared_statement_cache_capacity(32);
    Ok(c)
}

fn reader_loop(c: Connection, q: Arc<Queue<ReadJob>>) {
    let mut jobs = Vec::new();
    loop {
        q.take(16, &mut jobs);
        if jobs.is_empty() {
            return;
        }
        for j in jobs.drain(..) {
            // A panic drops the job's reply (its request gets a 503) and
            // must not take this reader thread with it.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| j(&c)));
        }
    }
}

impl SqliteStore {
    pub fn open(path: &str) -> Result<Self, StoreError> {
        let w = connect(path)?;
        w.execute_batch(SCHEMA).map_err(be)?;
        let reads = Arc::new(Queue::new());
        for i in 0..READERS {
            let (c, q) = (connect(path)?, reads.clone());
            std::thread::Builder::new()
                .name(format!("relay-sqlite-read{i}"))
                .spawn(move || reader_loop(c, q))
                .map_err(|e| StoreError::Backend(e.to_string()))?;
        }
        let writer = Arc::new(Mutex::new(w));
        let appends = Arc::new(Queue::new());
        let (w2, q2) = (writer.clone(), appends.clone());
        std::thread::Builder::new()
            .name("relay-sqlite-writer".into())
            .spawn(move || writer_loop(w2, q2))
            .map_err(|e| StoreError::Backend(e.to_string()))?;
        Ok(Self {
            appends,
            writer,
            reads,
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
        let (tx, rx) = tokio::sync::oneshot::channel();
        let pushed = self.reads.push(Box::new(move |c: &Connection| {
            let _ = tx.send(f(c));
        }));
        Box::pin(async move {
            if !pushed {
                return Err(StoreError::Backend("the readers have stopped".into()));
            }
            rx.await
                .map_err(|_| StoreError::Backend("the readers have stopped".into()))?
        })
    }
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

impl Storage for SqliteStore {
    fn apply_append(&self, append: Append) -> BoxFut<'_, u64> {
        let (reply, rx) = tokio::sync::oneshot::channel();
        let sent = self.appends.push(Job { append, reply });
        Box::pin(async move {
            if !sent {
                return Err(StoreError::Backend("the append writer has stopped".into()));
            }
            rx.await
                .map_err(|_| StoreError::Backend("the append writer has stopped".into()))?
        })
    }

    fn query_page(&self, q: PageQuery) -> BoxFut<'_, Page> {
        self.read_with(move |c| {
            let claim: Option<(i64, Vec<u8>)> = c
                .prepare_cached("SELECT last_seq, token_hash FROM mailboxes WHERE id = ?1")
                .and_then(|mut st| {
                    st.query_row(params![&q.mailbox[..]], |r| Ok((r.get(0)?, r.get(1)?)))
                        .optional()
                })
                .map_err(be)?;
            let claim = claim.as_ref().map(|(last, h)| (h.as_slice(), *last as u64));
            let Some(last) = for_owner(claim, &q.token)? else {
                return Ok(Page::default());
            };
            let mut st = c
                .prepare_cached(
                    "SELECT seq, data FROM (
                         SELECT seq, data, SUM(length(data)) OVER (ORDER BY seq) - length(data) AS before
                         FROM messages WHERE mailbox = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3
                     ) WHERE before = 0 OR before < ?4 ORDER BY seq",
                )
                .map_err(be)?;
            let messages = st
                .query_map(params![&q.mailbox[..], to_i64(q.after), q.limit, to_i64(q.max_bytes)], |r| {
                    Ok(Message {
                        seq: r.get::<_, i64>(0)? as u64,
                        data: r.get(1)?,
                    })
                })
                .map_err(be)?
                .collect::<Result<Vec<_>, _>>()
                .map_err(be)?;
            Ok(Page::new(messages, last))
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
            if for_owner(h.as_deref().map(|h| (h, ())), &token)?.is_none() {
                return Ok(0);
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

    fn stored_bytes(&self) -> BoxFut<'_, u64> {
        self.read_with(|c| {
            let n: i64 = c
                .query_row("SELECT coalesce(sum(bytes), 0) FROM mailboxes", [], |r| {
                    r.get(0)
                })
                .map_err(be)?;
            Ok(n.max(0) as u64)
        })
    }

    fn kind(&self) -> &'static str {
        "sqlite"
    }
}
