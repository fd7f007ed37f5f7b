//! PostgreSQL: relay nodes keep no state of their own, so any number of them
//! can share one database. The append transaction locks the mailbox row
//! (`SELECT ... FOR UPDATE`), and `(mailbox, seq)` is the primary key of
//! `messages`, so two nodes can never hand out the same seq.

use super::Wake;
use super::{
    for_owner, same_hash, Append, BoxFut, Expired, MailboxId, Message, Page, PageQuery, Storage,
    StoreError, TokenHash, Usage,
};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use std::time::Duration;
use tokio_postgres::{AsyncMessage, NoTls};

/// The NOTIFY channel for appends.
pub const CHANNEL: &str = "harbour_relay_append";
/// The `application_name` of the listening connection.
pub const LISTENER_NAME: &str = "harbour-relay-listener";
/// How often the listening connection is checked with a query.
const LISTEN_CHECK: Duration = Duration::from_secs(15);

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS mailboxes (
    id BYTEA PRIMARY KEY,
    token_hash BYTEA NOT NULL,
    last_seq BIGINT NOT NULL,
    bytes BIGINT NOT NULL,
    count BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    mailbox BYTEA NOT NULL,
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (mailbox, seq)
);
CREATE INDEX IF NOT EXISTS messages_created ON messages (created_at);
CREATE TABLE IF NOT EXISTS rendezvous (
    slot BYTEA PRIMARY KEY,
    data BYTEA NOT NULL,
    expires_at BIGINT NOT NULL
);
";

fn be<E: std::error::Error>(e: E) -> StoreError {
    let mut m = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        m.push_str(": ");
        m.push_str(&s.to_string());
        src = s.source();
    }
    StoreError::Backend(m)
}

fn map_db(e: tokio_postgres::Error) -> StoreError {
    match e.code() {
        // Another node won the race for this seq (or this mailbox).
        Some(c) if *c == tokio_postgres::error::SqlState::UNIQUE_VIOLATION => {
            StoreError::SeqConflict { last: 0 }
        }
        _ => be(e),
    }
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

pub struct PgStore {
    pool: Pool,
    config: tokio_postgres::Config,
    /// Random per process: a node ignores its own notifications.
    node: String,
    /// The database has LISTEN/NOTIFY (PostgreSQL does; some
    /// PostgreSQL-compatible databases do not).
    notify: bool,
    /// Mailboxes appended to, for the notifier task.
    notes: tokio::sync::mpsc::UnboundedSender<MailboxId>,
}

/// Sends a notification for each mailbox appended to, many in one
/// transaction; retries a failed send a few times. One lost after that (the
/// database unreachable for seconds) delays a long-poll on another node
/// until it ends, and a WebSocket there until the next append to that
/// mailbox or that node's listener reconnects (which wakes everyone).
/// Ends with the store.
async fn notifier(
    pool: Pool,
    node: String,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<MailboxId>,
) {
    let mut batch = Vec::new();
    while let Some(first) = rx.recv().await {
        batch.clear();
        batch.push(first);
        while batch.len() < 256 {
            match rx.try_recv() {
                Ok(m) => batch.push(m),
                Err(_) => break,
            }
        }
        batch.sort_unstable();
        batch.dedup();
        // Only hex and the node id (hex) go into the literal.
        let payloads: Vec<String> = batch
            .iter()
            .map(|m| format!("'{node}:{}'", hex(m)))
            .collect();
        let sql = format!(
            "BEGIN; SET LOCAL synchronous_commit TO OFF; \
             SELECT pg_notify('{CHANNEL}', p) FROM unnest(ARRAY[{}]::TEXT[]) AS p; COMMIT;",
            payloads.join(",")
        );
        for attempt in 0..5u64 {
            let r = match pool.get().await {
                Ok(c) => c.batch_execute(&sql).await.map_err(be),
                Err(e) => Err(be(e)),
            };
            match r {
                Ok(()) => break,
                Err(e) => {
                    eprintln!("harbour-relay: telling other nodes about appends failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100 << attempt)).await;
                }
            }
        }
    }
}

fn node_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(d.as_nanos());
    }
    format!("{:016x}", h.finish())
}

fn hex(b: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push(D[(x >> 4) as usize] as char);
        s.push(D[(x & 15) as usize] as char);
    }
    s
}

fn unhex16(s: &str) -> Option<MailboxId> {
    let b = s.as_bytes();
    if b.len() != 32 {
        return None;
    }
    let v = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = [0u8; 16];
    for (i, o) in out.iter_mut().enumerate() {
        *o = v(b[2 * i])? << 4 | v(b[2 * i + 1])?;
    }
    Some(out)
}

/// One listening session: returns when the connection fails or `wake`
/// says nobody listens any more (then `false`).
async fn listen_once(
    config: &tokio_postgres::Config,
    node: &str,
    wake: &Wake,
) -> Result<bool, StoreError> {
    let (client, mut conn) = config.connect(NoTls).await.map_err(be)?;
    let (done_tx, mut done_rx) = tokio::sync::oneshot::channel::<bool>();
    let own = format!("{node}:");
    let w = wake.clone();
    // Drives the connection: notifications arrive here.
    let driver = tokio::spawn(async move {
        let mut stream = futures_util::stream::poll_fn(move |cx| conn.poll_message(cx));
        use futures_util::StreamExt;
        let mut listening = true;
        while let Some(m) = stream.next().await {
            match m {
                Ok(AsyncMessage::Notification(n)) => {
                    let p = n.payload();
                    if p.starts_with(&own) {
                        continue;
                    }
                    // An unreadable payload wakes everyone rather than miss one.
                    let mb = p.rsplit_once(':').and_then(|(_, h)| unhex16(h));
                    if !w(mb) {
                        listening = false;
                        break;
                    }
                }
                Ok(_) => {}
                Err(_) => break,
            }
        }
        let _ = done_tx.send(listening);
    });
    let r = async {
        client
            .batch_execute(&format!("LISTEN {CHANNEL}"))
            .await
            .map_err(be)?;
        // Anything appended while nobody listened: everyone re-reads.
        if !wake(None) {
            return Ok(false);
        }
        loop {
            tokio::select! {
                d = &mut done_rx => return match d {
                    Ok(false) => Ok(false),
                    _ => Err(StoreError::Backend("the listening connection closed".into())),
                },
                _ = tokio::time::sleep(LISTEN_CHECK) => {
                    match tokio::time::timeout(Duration::from_secs(10), client.simple_query("SELECT 1")).await {
                        Ok(Ok(_)) => {}
                        Ok(Err(e)) => return Err(be(e)),
                        Err(_) => return Err(StoreError::Backend("the listening connection stopped answering".into())),
                    }
                }
            }
        }
    }
    .await;
    driver.abort();
    r
}

impl PgStore {
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let cfg: tokio_postgres::Config = url.parse().map_err(be)?;
        let mut listen_cfg = cfg.clone();
        listen_cfg
            .application_name(LISTENER_NAME)
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(30));
        let mgr = Manager::from_config(
            cfg,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(mgr).max_size(16).build().map_err(be)?;
        let c = pool.get().await.map_err(be)?;
        // Several nodes may start at once: serialise schema creation.
        c.batch_execute(&format!(
            "SELECT pg_advisory_lock(727001); {SCHEMA} SELECT pg_advisory_unlock(727001);"
        ))
        .await
        .map_err(be)?;
        let notify = c
            .simple_query(&format!("SELECT pg_notify('{CHANNEL}', '')"))
            .await
            .is_ok();
        if !notify {
            eprintln!(
                "harbour-relay: this database has no LISTEN/NOTIFY; readers waiting on other \
                 nodes notice appends only by re-reading (--repoll-secs)"
            );
        }
        drop(c);
        let node = node_id();
        let (notes, rx) = tokio::sync::mpsc::unbounded_channel();
        if notify {
            tokio::spawn(notifier(pool.clone(), node.clone(), rx));
        }
        Ok(Self {
            pool,
            config: listen_cfg,
            node,
            notify,
            notes,
        })
    }

    async fn append_once(&self, a: &Append) -> Result<u64, StoreError> {
        // Before taking a connection (the checks below repeat it).
        a.refuse_empty()?;
        let (mailbox, seq, data, now) = (a.mailbox, a.first, &a.batch, a.now);
        let mut c = self.pool.get().await.map_err(be)?;
        let tx = c.transaction().await.map_err(be)?;
        let row = tx
            .query_opt(
                "SELECT token_hash, last_seq, bytes, count FROM mailboxes WHERE id = $1 FOR UPDATE",
                &[&&mailbox[..]],
            )
            .await
            .map_err(map_db)?;
        let exists = row.is_some();
        let accepted = a.check(row.as_ref().map(|r| {
            let usage = Usage {
                last_seq: r.get::<_, i64>(1) as u64,
                bytes: r.get::<_, i64>(2) as u64,
                count: r.get::<_, i64>(3) as u64,
            };
            (r.get::<_, &[u8]>(0), usage)
        }))?;
        let end = accepted.end;
        let (len, n) = (to_i64(accepted.bytes), to_i64(accepted.count));
        if exists {
            tx.execute(
                "UPDATE mailboxes SET last_seq = $2, bytes = bytes + $3, count = count + $4 WHERE id = $1",
                &[&&mailbox[..], &to_i64(end), &len, &n],
            )
            .await
            .map_err(map_db)?;
        } else {
            // A unique violation here means another node claimed it first.
            tx.execute(
                "INSERT INTO mailboxes (id, token_hash, last_seq, bytes, count) VALUES ($1, $2, $3, $4, $5)",
                &[&&mailbox[..], &&a.token[..], &to_i64(end), &len, &n],
            )
            .await
            .map_err(map_db)?;
        }
        if data.len() == 1 {
            tx.execute(
                "INSERT INTO messages (mailbox, seq, data, created_at) VALUES ($1, $2, $3, $4)",
                &[&&mailbox[..], &to_i64(seq), &data[0], &to_i64(now)],
            )
            .await
            .map_err(map_db)?;
        } else {
            let all: Vec<&[u8]> = data.iter().map(Vec::as_slice).collect();
            tx.execute(
                "INSERT INTO messages (mailbox, seq, data, created_at)
                 SELECT $1, $2 + t.o - 1, t.d, $4 FROM unnest($3::BYTEA[]) WITH ORDINALITY AS t(d, o)",
                &[&&mailbox[..], &to_i64(seq), &all, &to_i64(now)],
            )
            .await
            .map_err(map_db)?;
        }
        tx.commit().await.map_err(map_db)?;
        if self.notify {
            let _ = self.notes.send(mailbox);
        }
        Ok(end)
    }

    async fn last_seq(&self, mailbox: MailboxId) -> Result<u64, StoreError> {
        let c = self.pool.get().await.map_err(be)?;
        let r = c
            .query_opt(
                "SELECT last_seq FROM mailboxes WHERE id = $1",
                &[&&mailbox[..]],
            )
            .await
            .map_err(be)?;
        Ok(r.map(|r| r.get::<_, i64>(0) as u64).unwrap_or(0))
    }
}

impl Storage for PgStore {
    fn apply_append(&self, append: Append) -> BoxFut<'_, u64> {
        let (mailbox, token, seq) = (append.mailbox, append.token, append.first);
        Box::pin(async move {
            match self.append_once(&append).await {
                // Lost a race on a new mailbox: report the real state.
                Err(StoreError::SeqConflict { last: 0 }) if seq == 1 => {
                    let last = self.last_seq(mailbox).await?;
                    if last == 0 {
                        Err(StoreError::SeqConflict { last })
                    } else {
                        // Same answer as the winner's token would get.
                        let c = self.pool.get().await.map_err(be)?;
                        let r = c
                            .query_opt(
                                "SELECT token_hash FROM mailboxes WHERE id = $1",
                                &[&&mailbox[..]],
                            )
                            .await
                            .map_err(be)?;
                        match r {
                            Some(r) if !same_hash(&r.get::<_, Vec<u8>>(0), &token) => {
                                Err(StoreError::WrongToken)
                            }
                            _ => Err(StoreError::SeqConflict { last }),
                        }
                    }
                }
                Err(StoreError::SeqConflict { last: 0 }) => Err(StoreError::SeqConflict {
                    last: self.last_seq(mailbox).await?,
                }),
                other => other,
            }
        })
    }

    fn query_page(&self, q: PageQuery) -> BoxFut<'_, Page> {
        let PageQuery {
            mailbox,
            token,
            after,
            limit,
            max_bytes,
        } = q;
        Box::pin(async move {
            let c = self.pool.get().await.map_err(be)?;
            let claim = c
                .query_opt(
                    "SELECT last_seq, token_hash FROM mailboxes WHERE id = $1",
                    &[&&mailbox[..]],
                )
                .await
                .map_err(be)?;
            let claim = claim
                .as_ref()
                .map(|r| (r.get::<_, &[u8]>(1), r.get::<_, i64>(0) as u64));
            let Some(last) = for_owner(claim, &token)? else {
                return Ok(Page::default());
            };
            let rows = c
                .query(
                    "SELECT seq, data FROM (
                         SELECT seq, data,
                                SUM(octet_length(data)) OVER (ORDER BY seq) - octet_length(data) AS before
                         FROM messages WHERE mailbox = $1 AND seq > $2 ORDER BY seq LIMIT $3
                     ) page WHERE before = 0 OR before < $4 ORDER BY seq",
                    &[&&mailbox[..], &to_i64(after), &(limit as i64), &to_i64(max_bytes)],
                )
                .await
                .map_err(be)?;
            let messages: Vec<Message> = rows
                .iter()
                .map(|r| Message {
                    seq: r.get::<_, i64>(0) as u64,
                    data: r.get(1),
                })
                .collect();
            Ok(Page::new(messages, last))
        })
    }

    fn delete_upto(&self, mailbox: MailboxId, token: TokenHash, upto: u64) -> BoxFut<'_, u64> {
        Box::pin(async move {
            let mut c = self.pool.get().await.map_err(be)?;
            let tx = c.transaction().await.map_err(be)?;
            let r = tx
                .query_opt(
                    "SELECT token_hash FROM mailboxes WHERE id = $1 FOR UPDATE",
                    &[&&mailbox[..]],
                )
                .await
                .map_err(be)?;
            let claim = r.as_ref().map(|r| (r.get::<_, &[u8]>(0), ()));
            if for_owner(claim, &token)?.is_none() {
                return Ok(0);
            }
            let r = tx
                .query_one(
                    "WITH d AS (DELETE FROM messages WHERE mailbox = $1 AND seq <= $2 RETURNING length(data) AS l)
                     SELECT count(*)::BIGINT, coalesce(sum(l), 0)::BIGINT FROM d",
                    &[&&mailbox[..], &to_i64(upto)],
                )
                .await
                .map_err(be)?;
            let n: i64 = r.get(0);
            let bytes: i64 = r.get(1);
            tx.execute(
                "UPDATE mailboxes SET bytes = bytes - $2, count = count - $3 WHERE id = $1",
                &[&&mailbox[..], &bytes, &n],
            )
            .await
            .map_err(be)?;
            tx.commit().await.map_err(be)?;
            Ok(n as u64)
        })
    }

    fn slot_put(&self, slot: [u8; 16], data: Vec<u8>, expires_at: u64, now: u64) -> BoxFut<'_, ()> {
        Box::pin(async move {
            let mut c = self.pool.get().await.map_err(be)?;
            let tx = c.transaction().await.map_err(be)?;
            tx.execute(
                "DELETE FROM rendezvous WHERE slot = $1 AND expires_at <= $2",
                &[&&slot[..], &to_i64(now)],
            )
            .await
            .map_err(be)?;
            let n = tx
                .execute(
                    "INSERT INTO rendezvous (slot, data, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    &[&&slot[..], &data, &to_i64(expires_at)],
                )
                .await
                .map_err(be)?;
            tx.commit().await.map_err(be)?;
            if n == 0 {
                Err(StoreError::SlotTaken)
            } else {
                Ok(())
            }
        })
    }

    fn slot_take(&self, slot: [u8; 16], now: u64) -> BoxFut<'_, Option<Vec<u8>>> {
        Box::pin(async move {
            let c = self.pool.get().await.map_err(be)?;
            let r = c
                .query_opt(
                    "DELETE FROM rendezvous WHERE slot = $1 RETURNING data, expires_at > $2",
                    &[&&slot[..], &to_i64(now)],
                )
                .await
                .map_err(be)?;
            Ok(r.and_then(|r| {
                let live: bool = r.get(1);
                live.then(|| r.get(0))
            }))
        })
    }

    fn expire(&self, older_than: u64, now: u64) -> BoxFut<'_, Expired> {
        Box::pin(async move {
            let mut c = self.pool.get().await.map_err(be)?;
            let tx = c.transaction().await.map_err(be)?;
            let r = tx
                .query_one(
                    "WITH d AS (DELETE FROM messages WHERE created_at < $1 RETURNING mailbox, length(data) AS l),
                          s AS (SELECT mailbox, count(*) AS n, sum(l) AS b FROM d GROUP BY mailbox),
                          u AS (UPDATE mailboxes m SET bytes = m.bytes - s.b, count = m.count - s.n
                                FROM s WHERE m.id = s.mailbox RETURNING 1)
                     SELECT coalesce((SELECT sum(n) FROM s), 0)::BIGINT, (SELECT count(*) FROM u)",
                    &[&to_i64(older_than)],
                )
                .await
                .map_err(be)?;
            let messages: i64 = r.get(0);
            let slots = tx
                .execute(
                    "DELETE FROM rendezvous WHERE expires_at <= $1",
                    &[&to_i64(now)],
                )
                .await
                .map_err(be)?;
            tx.commit().await.map_err(be)?;
            Ok(Expired {
                messages: messages as u64,
                slots,
            })
        })
    }

    fn health(&self) -> BoxFut<'_, ()> {
        Box::pin(async move {
            let c = self.pool.get().await.map_err(be)?;
            c.query_one("SELECT 1", &[]).await.map_err(be)?;
            Ok(())
        })
    }

    fn stored_bytes(&self) -> BoxFut<'_, u64> {
        Box::pin(async move {
            let c = self.pool.get().await.map_err(be)?;
            let n: i64 = c
                .query_one("SELECT coalesce(sum(bytes), 0)::BIGINT FROM mailboxes", &[])
                .await
                .map_err(be)?
                .get(0);
            Ok(n.max(0) as u64)
        })
    }

    fn watch(&self, wake: Wake) {
        if !self.notify {
            return;
        }
        let config = self.config.clone();
        let node = self.node.clone();
        tokio::spawn(async move {
            let mut backoff = Duration::from_millis(100);
            loop {
                let began = tokio::time::Instant::now();
                let r = listen_once(&config, &node, &wake).await;
                if began.elapsed() > Duration::from_secs(30) {
                    backoff = Duration::from_millis(100);
                }
                match r {
                    Ok(false) => return,
                    Ok(true) => {}
                    Err(e) => eprintln!(
                        "harbour-relay: listening for other nodes' appends failed ({e}); reconnecting"
                    ),
                }
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(5));
            }
        });
    }

    fn wakes_other_nodes(&self) -> bool {
        self.notify
    }

    fn kind(&self) -> &'static str {
        "postgres"
    }
}
