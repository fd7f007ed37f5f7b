//! The relay transport: the same sealed envelopes a bundle file carries,
//! appended to their mailboxes on a `harbour-relay` and read back after the
//! last seq this device has seen. Blocking (ureq), and only ever called when
//! the person asked for a sync with a relay URL.
//!
//! What it remembers (in the vault's encrypted settings, `relay_transport`):
//! the relay URL, per mailbox the last relay seq read and written, the write
//! tokens of mailboxes it has written (so a revocation can still be sent after
//! the relationship's keys are forgotten), and envelopes not yet accepted by
//! the relay (so nothing sealed is lost when the relay is unreachable).

use crate::engine::{Engine, Report};
use crate::envelope;
use crate::error::{Result, SyncError};
use crate::keys::StoredKey;
use crate::store::Store;
use harbour_crypto::SecretKey;
use harbour_relay_proto::{self as proto, Page};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::Duration;

const SETTING: &str = "relay_transport";
/// At most this many unsent envelopes are kept (oldest dropped first).
const MAX_PENDING: usize = 1024;
const PAGE: u32 = 256;
/// The largest relay answer read (a page of messages, as JSON).
const MAX_ANSWER: u64 = 16 * 1024 * 1024;
const MAX_PAGES: usize = 64;
/// Most envelopes in one batch append (the relay takes up to 64).
const MAX_BATCH: usize = 64;
/// Most envelope bytes in one batch append (a relay's body limit follows its
/// largest message, 4 MiB by default; a batch it finds too large is sent
/// again one envelope at a time).
const MAX_BATCH_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct RelayState {
    url: String,
    /// Last relay seq read, per mailbox (hex).
    read: BTreeMap<String, u64>,
    /// Last relay seq known to be taken, per mailbox (hex): the next append
    /// tries this + 1.
    written: BTreeMap<String, u64>,
    /// Write tokens of mailboxes this device writes (hex only inside the
    /// sealed setting and in the request's header).
    tokens: BTreeMap<String, StoredKey>,
    /// Sealed envelopes (hex) the relay has not accepted yet.
    pending: Vec<String>,
}

/// What one relay sync did.
#[derive(Debug, Default)]
pub struct RelayReport {
    pub sent: u32,
    /// Append requests it took (a batch of envelopes for one mailbox is one).
    pub append_requests: u32,
    /// Envelopes kept for the next sync (the relay refused them for now).
    pub unsent: u32,
    pub received: u32,
    pub report: Report,
}

/// Why a relay sync failed.
#[derive(Debug)]
pub enum RelayError {
    /// The relay address is not one this client talks to (see [`check_url`]).
    BadUrl(&'static str),
    /// The relay could not be reached (or answered garbage). What was sealed
    /// is kept and sent next time.
    Network(String),
    /// An answer larger than the client reads ([`MAX_ANSWER`]): a page full
    /// of junk someone wrote to a mailbox. Read again one message at a time.
    TooLarge,
    /// The relay refused a request: its status, error code and message.
    Refused {
        status: u16,
        code: String,
        message: String,
    },
    Sync(SyncError),
}

impl std::fmt::Display for RelayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RelayError::BadUrl(why) => write!(f, "relay address: {why}"),
            RelayError::Network(m) => write!(f, "could not reach the relay: {m}"),
            RelayError::TooLarge => write!(
                f,
                "the relay's answer was larger than {} MiB",
                MAX_ANSWER / (1024 * 1024)
            ),
            RelayError::Refused {
                status,
                code,
                message,
            } => write!(f, "the relay refused ({status} {code}): {message}"),
            RelayError::Sync(e) => write!(f, "{e}"),
        }
    }
}

impl From<SyncError> for RelayError {
    fn from(e: SyncError) -> Self {
        RelayError::Sync(e)
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(s.get(i * 2..i * 2 + 2)?, 16).ok())
        .collect()
}

/// A relay message's bytes; `None` for what is not base64 or could not be an
/// envelope (checked before decoding).
fn b64_decode(s: &str) -> Option<Vec<u8>> {
    if s.len() > envelope::MAX_ENVELOPE / 3 * 4 + 8 {
        return None;
    }
    proto::decode(s)
}

/// The longest relay address taken.
pub const MAX_URL: usize = 2000;

/// A relay address this client talks to: `https://host[:port][/path]`, or
/// `http://` to this computer only (a relay for testing: `localhost`,
/// `127.x.y.z` or `[::1]`, not an IPv4 address mapped into IPv6). No user
/// name, query or fragment. Returns it without trailing slashes; otherwise
/// why not, in words.
pub fn check_url(url: &str) -> std::result::Result<String, &'static str> {
    if url.len() > MAX_URL || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("too long, or has spaces");
    }
    let (plain, rest) = if let Some(r) = url.strip_prefix("https://") {
        (false, r)
    } else if let Some(r) = url.strip_prefix("http://") {
        (true, r)
    } else {
        return Err("must start with https://");
    };
    if rest.contains(['?', '#', '@', '\\', '%']) {
        return Err("must not have a user name, query or fragment");
    }
    let authority = rest.split('/').next().unwrap_or("");
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let (ip, after) = v6.split_once(']').ok_or("has no host")?;
            let ip: std::net::Ipv6Addr = ip.parse().map_err(|_| "has no host")?;
            let port = match after {
                "" => None,
                p => Some(p.strip_prefix(':').ok_or("has no host")?),
            };
            (Host::V6(ip), port)
        }
        None => {
            let (name, port) = match authority.split_once(':') {
                Some((n, p)) => (n, Some(p)),
                None => (authority, None),
            };
            let ok = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
            if name.is_empty() || !name.chars().all(ok) {
                return Err("has no host");
            }
            (Host::Name(name.to_ascii_lowercase()), port)
        }
    };
    if let Some(p) = port {
        if !matches!(p.parse::<u16>(), Ok(n) if n > 0) || p.starts_with('+') {
            return Err("has a port that is not a number from 1 to 65535");
        }
    }
    let this_computer = match &host {
        Host::V6(ip) => *ip == std::net::Ipv6Addr::LOCALHOST,
        Host::Name(n) => {
            n == "localhost"
                || n.parse::<std::net::Ipv4Addr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
    };
    if plain && !this_computer {
        return Err("must start with https://");
    }
    Ok(url.trim_end_matches('/').to_string())
}

enum Host {
    V6(std::net::Ipv6Addr),
    Name(String),
}

/// The mailbox's token as an `Authorization` value: appends, deletes and
/// reads all present it (everyone who may read a stream derives its token
/// from the same root, so a separate read token would grant nothing new;
/// what it stops is reading a mailbox whose id alone was seen).
fn bearer(token: &StoredKey) -> String {
    format!("Bearer {}", hex(token.key().expose()))
}

/// A blocking client for one relay.
struct Client {
    agent: ureq::Agent,
    base: String,
}

impl Client {
    fn new(url: &str) -> std::result::Result<Self, RelayError> {
        let base = check_url(url).map_err(RelayError::BadUrl)?;
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .timeout_connect(Some(Duration::from_secs(10)))
            // A relay closes a connection idle for its header timeout (10 s
            // by default): never reuse one idle half that long.
            .max_idle_age(Duration::from_secs(5))
            .build()
            .into();
        Ok(Self { agent, base })
    }

    fn answer(
        r: std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> std::result::Result<(u16, serde_json::Value), RelayError> {
        let mut r = r.map_err(|e| RelayError::Network(e.to_string()))?;
        let status = r.status().as_u16();
        let text = r
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER)
            .read_to_string()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => RelayError::TooLarge,
                e => RelayError::Network(e.to_string()),
            })?;
        let v: serde_json::Value = serde_json::from_str(&text).map_err(|_| {
            RelayError::Network(format!("the relay's answer was not JSON (status {status})"))
        })?;
        Ok((status, v))
    }

    fn refused(status: u16, v: &serde_json::Value) -> RelayError {
        Self::refusal_error(status, proto::Refusal::deserialize(v).ok())
    }

    fn refusal_error(status: u16, refusal: Option<proto::Refusal>) -> RelayError {
        let (code, message) = match refusal {
            Some(r) => (r.error.code, r.error.message),
            None => ("unknown".into(), String::new()),
        };
        RelayError::Refused {
            status,
            code,
            message,
        }
    }

    /// Appends at `seq`; `Ok(Err(last))` on a seq conflict.
    fn append(
        &self,
        mailbox: &str,
        token: &StoredKey,
        seq: u64,
        env: &[u8],
    ) -> std::result::Result<std::result::Result<(), u64>, RelayError> {
        let body = proto::AppendRequest::one(seq, env);
        match self.post_messages(mailbox, token, &body)? {
            (201, _) => Ok(Ok(())),
            (
                409,
                Some(proto::Refusal {
                    last_seq: Some(last),
                    ..
                }),
            ) => Ok(Err(last)),
            (status, refusal) => Err(Self::refusal_error(status, refusal)),
        }
    }

    fn post_messages(
        &self,
        mailbox: &str,
        token: &StoredKey,
        body: &proto::AppendRequest,
    ) -> std::result::Result<(u16, Option<proto::Refusal>), RelayError> {
        let body = serde_json::to_string(body)
            .map_err(|e| RelayError::Network(format!("could not write the request: {e}")))?;
        let (status, v) = Self::answer(
            self.agent
                .post(format!("{}{}", self.base, proto::messages_path(mailbox)))
                .header("Authorization", bearer(token))
                .content_type("application/json")
                .send(body),
        )?;
        // A 201's answer is not a refusal; anything else is read as one.
        Ok((status, proto::Refusal::deserialize(&v).ok()))
    }

    /// Appends `envs` as `seq`, `seq + 1`, ... in one request, all or
    /// nothing. `Ok(Err(last))` on a seq conflict; `Ok(Ok(false))` when this
    /// relay cannot take it as a batch (too large for it, or a relay from
    /// before batches): send the envelopes one at a time.
    fn append_batch(
        &self,
        mailbox: &str,
        token: &StoredKey,
        seq: u64,
        envs: &[&[u8]],
    ) -> std::result::Result<std::result::Result<bool, u64>, RelayError> {
        let body = proto::AppendRequest::batch(seq, envs);
        match self.post_messages(mailbox, token, &body)? {
            (201, _) => Ok(Ok(true)),
            (
                409,
                Some(proto::Refusal {
                    last_seq: Some(last),
                    ..
                }),
            ) => Ok(Err(last)),
            (413, _) => Ok(Ok(false)),
            (400, Some(r)) if r.error.code == proto::code::BAD_JSON => Ok(Ok(false)),
            (status, refusal) => Err(Self::refusal_error(status, refusal)),
        }
    }

    /// Waits up to `secs` for anything after `after` (a long-poll).
    fn wait_for(
        &self,
        mailbox: &str,
        token: &StoredKey,
        after: u64,
        secs: u64,
    ) -> std::result::Result<bool, RelayError> {
        let page = self.page(
            mailbox,
            token,
            &format!("after={after}&limit=1&wait={secs}"),
        )?;
        Ok(!page.messages.is_empty())
    }

    fn read(
        &self,
        mailbox: &str,
        token: &StoredKey,
        after: u64,
        limit: u32,
    ) -> std::result::Result<Page, RelayError> {
        self.page(mailbox, token, &format!("after={after}&limit={limit}"))
    }

    /// One page of a mailbox, as `query` asks for it.
    fn page(
        &self,
        mailbox: &str,
        token: &StoredKey,
        query: &str,
    ) -> std::result::Result<Page, RelayError> {
        let (status, v) = Self::answer(
            self.agent
                .get(format!(
                    "{}{}?{query}",
                    self.base,
                    proto::messages_path(mailbox)
                ))
                .header("Authorization", bearer(token))
                .call(),
        )?;
        if status != 200 {
            return Err(Self::refused(status, &v));
        }
        serde_json::from_value(v)
            .map_err(|_| RelayError::Network("the relay's answer had an unexpected shape".into()))
    }
}

/// An envelope and its place in the pending list.
type Numbered = (usize, Vec<u8>);

/// Splits one mailbox's envelopes into batches of at most [`MAX_BATCH`]
/// envelopes and [`MAX_BATCH_BYTES`] bytes (an envelope larger than that
/// goes alone).
fn chunks(envs: &[Numbered]) -> Vec<&[Numbered]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (k, (_, e)) in envs.iter().enumerate() {
        if k > start && (k - start == MAX_BATCH || bytes + e.len() > MAX_BATCH_BYTES) {
            out.push(&envs[start..k]);
            start = k;
            bytes = 0;
        }
        bytes += e.len();
    }
    if start < envs.len() {
        out.push(&envs[start..]);
    }
    out
}

impl<S: Store> Engine<S> {
    fn relay_state(&self) -> Result<RelayState> {
        match self.store.get_setting(SETTING)? {
            Some(b) => {
                serde_json::from_slice(&b).map_err(|e| SyncError::StateCorrupt(e.to_string()))
            }
            None => Ok(RelayState::default()),
        }
    }

    fn save_relay_state(&mut self, st: &RelayState) -> Result<()> {
        let b = serde_json::to_vec(st).map_err(|e| SyncError::StateCorrupt(e.to_string()))?;
        self.store.put_setting(SETTING, &b)
    }

    /// The relay state and the engine's state in one transaction.
    fn save_both(&mut self, st: &RelayState) -> Result<()> {
        let b = serde_json::to_vec(st).map_err(|e| SyncError::StateCorrupt(e.to_string()))?;
        self.save_with(Some((SETTING, &b)))
    }

    /// One sync through the relay at `url`: send everything there is to send,
    /// then read every mailbox after its last seen seq. The three phases are
    /// public so that a caller can run the network part ([`RelayRound::exchange`])
    /// without holding whatever guards the engine (the app's session lock).
    pub fn relay_sync(
        &mut self,
        url: &str,
        now: u64,
    ) -> std::result::Result<RelayReport, RelayError> {
        let round = self.relay_prepare(url, now)?;
        let fetched = round.exchange();
        self.relay_finish(fetched, now)
    }

    /// Seals what there is to send and keeps it (sent or not, it is not lost).
    pub fn relay_prepare(
        &mut self,
        url: &str,
        now: u64,
    ) -> std::result::Result<RelayRound, RelayError> {
        let client = Client::new(url)?;
        let mut st = self.relay_state()?;
        if st.url != client.base {
            // Another relay: its seqs mean nothing here. Keep unsent envelopes.
            st = RelayState {
                url: client.base.clone(),
                tokens: std::mem::take(&mut st.tokens),
                pending: std::mem::take(&mut st.pending),
                ..RelayState::default()
            };
            self.forget_relay_sent();
        }
        let mut mailboxes = Vec::new();
        for (m, t) in self.mailboxes()? {
            let token = StoredKey::from(SecretKey::from_bytes(t));
            st.tokens.insert(hex(&m), token.clone());
            mailboxes.push((hex(&m), token));
        }
        // Seal first and keep it all until the relay has it.
        for e in self.outgoing_for_relay(now)? {
            st.pending.push(hex(&e));
        }
        // Past the cap the oldest go, but not silently and not for good:
        // everything still unacknowledged is sealed again at the next sync
        // (forgetting what the relay was told), and the person is told.
        let dropped = st.pending.len().saturating_sub(MAX_PENDING);
        if dropped > 0 {
            st.pending.drain(..dropped);
            self.forget_relay_sent();
        }
        // Kept for resending and marked as sent (with the counters that
        // sealed it) in one transaction: stored apart, a crash between lost
        // the envelopes, or kept them while the counters went back and the
        // next envelopes reused their numbers (dropped as replays).
        self.save_both(&st)?;
        Ok(RelayRound {
            client,
            st,
            mailboxes,
            dropped,
        })
    }

    /// What to wait on for news: every mailbox this device reads, after
    /// what it has read there.
    pub fn relay_waiter(&self, url: &str) -> std::result::Result<RelayWait, RelayError> {
        let client = Client::new(url)?;
        let st = self.relay_state()?;
        let same = st.url == client.base;
        let cursors = self
            .mailboxes()?
            .into_iter()
            .map(|(m, t)| {
                let mb = hex(&m);
                let after = if same {
                    st.read.get(&mb).copied()
                } else {
                    None
                };
                (
                    mb,
                    StoredKey::from(SecretKey::from_bytes(t)),
                    after.unwrap_or(0),
                )
            })
            .collect();
        Ok(RelayWait { client, cursors })
    }

    /// Takes in what the exchange brought, and only then moves the read
    /// cursors, so nothing is skipped if this device stops half-way.
    pub fn relay_finish(
        &mut self,
        fetched: RelayFetched,
        now: u64,
    ) -> std::result::Result<RelayReport, RelayError> {
        let RelayFetched {
            mut st,
            mut out,
            envs,
            cursors,
            rewound,
            failure,
        } = fetched;
        self.save_relay_state(&st)?;
        if let Some(e) = failure {
            return Err(e);
        }
        let report = self.receive(&envs, now)?;
        for (mb, after) in cursors {
            st.read.insert(mb.clone(), after);
            let w = st.written.entry(mb).or_insert(0);
            *w = (*w).max(after);
        }
        if !rewound.is_empty() {
            // The relay lost what it held: whatever it was told is told again
            // (changes the other side has not acknowledged, hellos, acks,
            // revokes), and appends start from what it has now.
            self.forget_relay_sent();
            for mb in &rewound {
                st.written.remove(mb);
            }
        }
        self.save_both(&st)?;
        let refused = std::mem::take(&mut out.report.refused);
        out.report = report;
        out.report.refused.extend(refused);
        Ok(out)
    }
}

/// A relay sync between sealing and taking in: the network part alone, with
/// no engine, store or lock.
pub struct RelayRound {
    client: Client,
    st: RelayState,
    /// Each mailbox this device reads, with its token.
    mailboxes: Vec<(String, StoredKey)>,
    /// Oldest unsent envelopes dropped past [`MAX_PENDING`] (sealed again).
    dropped: usize,
}

/// Waiting for news, with no engine, store or lock held: a long-poll on
/// each mailbox (a thread each, at most [`MAX_WAITERS`]).
pub struct RelayWait {
    client: Client,
    /// Each mailbox, its token, and what was read there.
    cursors: Vec<(String, StoredKey, u64)>,
}

/// The most mailboxes one wait listens on (a person with very many
/// supporters still gets the rest at the next timed sync).
const MAX_WAITERS: usize = 64;

impl RelayWait {
    /// Blocks up to `secs` seconds (at most 25); true as soon as a mailbox
    /// has something new (a sync then takes it in; this device's own appends
    /// count too, and cost one sync). An unreachable relay answers at once
    /// with the error.
    pub fn wait(self, secs: u64) -> std::result::Result<bool, RelayError> {
        let secs = secs.min(25);
        if self.cursors.is_empty() {
            std::thread::sleep(Duration::from_secs(secs));
            return Ok(false);
        }
        let client = std::sync::Arc::new(self.client);
        let (tx, rx) = std::sync::mpsc::channel();
        let mut n = 0;
        for (mb, token, after) in self.cursors.into_iter().take(MAX_WAITERS) {
            let (tx, client) = (tx.clone(), client.clone());
            std::thread::spawn(move || {
                let _ = tx.send(client.wait_for(&mb, &token, after, secs));
            });
            n += 1;
        }
        drop(tx);
        let mut failure = None;
        for r in rx.iter().take(n) {
            match r {
                Ok(true) => return Ok(true),
                Ok(false) => {}
                Err(e) => {
                    failure.get_or_insert(e);
                }
            }
        }
        match failure {
            Some(e) => Err(e),
            None => Ok(false),
        }
    }
}

/// What [`RelayRound::exchange`] did, for [`Engine::relay_finish`].
pub struct RelayFetched {
    st: RelayState,
    out: RelayReport,
    envs: Vec<Vec<u8>>,
    cursors: Vec<(String, u64)>,
    /// Mailboxes whose relay went backwards (lost or restored its data).
    rewound: Vec<String>,
    failure: Option<RelayError>,
}

impl RelayRound {
    /// Sends the pending envelopes, then reads every mailbox.
    pub fn exchange(self) -> RelayFetched {
        let RelayRound {
            client,
            mut st,
            mailboxes,
            dropped,
        } = self;
        let mut out = RelayReport::default();
        if dropped > 0 {
            out.report.refused.push((
                "relay_refused".into(),
                format!(
                    "{dropped} older unsent messages were set aside (more than {MAX_PENDING} waited); \
                     what they carried is sent again"
                ),
            ));
        }
        let failure = push(&client, &mut st, &mut out);
        let mut fetched = RelayFetched {
            st,
            out,
            envs: Vec::new(),
            cursors: Vec::new(),
            rewound: Vec::new(),
            failure,
        };
        if fetched.failure.is_none() {
            if let Err(e) = pull(&client, &mailboxes, &mut fetched) {
                fetched.failure = Some(e);
            }
        }
        fetched
    }
}

/// Appends the pending envelopes; what the relay did not take stays pending.
fn push(client: &Client, st: &mut RelayState, out: &mut RelayReport) -> Option<RelayError> {
    let pending = std::mem::take(&mut st.pending);
    // Each mailbox's envelopes, in order, go in batches (a sync usually
    // has several for one mailbox): one request each instead of one per
    // envelope.
    let mut groups: Vec<(String, StoredKey, Vec<Numbered>)> = Vec::new();
    for (i, h) in pending.iter().enumerate() {
        let Some(env) = unhex(h) else { continue };
        let Ok(header) = envelope::peek(&env) else {
            continue;
        };
        let mb = hex(&header.mailbox);
        let Some(token) = st.tokens.get(&mb).cloned() else {
            // No key for it any more and never written: nothing can send it.
            continue;
        };
        match groups.iter_mut().find(|g| g.0 == mb) {
            Some(g) => g.2.push((i, env)),
            None => groups.push((mb, token, vec![(i, env)])),
        }
    }
    let mut unsent = vec![false; pending.len()];
    let mut failure = None;
    let mut batches = true;
    for (mb, token, envs) in &groups {
        // One mailbox the relay refuses (full, too large, not allowed) is
        // reported and skipped; the others still sync. Only an unreachable
        // relay stops the round.
        let mut refused: Option<RelayError> = None;
        let mut todo: std::collections::VecDeque<&[Numbered]> = chunks(envs).into_iter().collect();
        while let Some(chunk) = todo.pop_front() {
            if failure.is_some() || refused.is_some() {
                for (i, _) in chunk {
                    unsent[*i] = true;
                }
                continue;
            }
            // A hostile relay can answer any number: never overflow on it.
            let mut seq = st.written.get(mb).copied().unwrap_or(0).saturating_add(1);
            let mut sent = false;
            let mut split = false;
            for _ in 0..8 {
                out.append_requests += 1;
                let r = if chunk.len() == 1 {
                    client
                        .append(mb, token, seq, &chunk[0].1)
                        .map(|r| r.map(|()| true))
                } else if batches {
                    let envs: Vec<&[u8]> = chunk.iter().map(|(_, e)| e.as_slice()).collect();
                    client.append_batch(mb, token, seq, &envs)
                } else {
                    out.append_requests -= 1;
                    Ok(Ok(false))
                };
                match r {
                    Ok(Ok(true)) => {
                        let last = seq.saturating_add(chunk.len() as u64 - 1);
                        st.written.insert(mb.clone(), last);
                        sent = true;
                        break;
                    }
                    Ok(Ok(false)) => {
                        split = true;
                        break;
                    }
                    Ok(Err(last)) => seq = last.saturating_add(1),
                    Err(e @ RelayError::Refused { .. }) => {
                        refused = Some(e);
                        break;
                    }
                    Err(e) => {
                        failure = Some(e);
                        break;
                    }
                }
            }
            if split {
                // Not as a batch here: one envelope at a time, in order.
                batches = false;
                for k in (0..chunk.len()).rev() {
                    todo.push_front(&chunk[k..k + 1]);
                }
                continue;
            }
            if sent {
                out.sent += chunk.len() as u32;
            } else {
                for (i, _) in chunk {
                    unsent[*i] = true;
                }
                if failure.is_none() && refused.is_none() {
                    refused = Some(RelayError::Network(
                        "the relay kept refusing the sequence number".into(),
                    ));
                }
            }
        }
        if let Some(e) = refused {
            out.report.refused.push((
                "relay_refused".into(),
                format!("one mailbox could not be written, the others synced: {e}"),
            ));
        }
    }
    st.pending = pending
        .into_iter()
        .zip(unsent)
        .filter_map(|(h, u)| u.then_some(h))
        .collect();
    out.unsent = st.pending.len() as u32;
    failure
}

/// Reads every mailbox after the last seq seen there.
fn pull(
    client: &Client,
    mailboxes: &[(String, StoredKey)],
    f: &mut RelayFetched,
) -> std::result::Result<(), RelayError> {
    for (mb, token) in mailboxes {
        let mut after = f.st.read.get(mb).copied().unwrap_or(0);
        let mut rewound = false;
        let mut limit = PAGE;
        for _ in 0..MAX_PAGES {
            // A mailbox the relay refuses to read is reported and skipped
            // (read again next time); the others are still read.
            let page = match client.read(mb, token, after, limit) {
                Ok(p) => p,
                // Someone filled this mailbox with large junk: read it one
                // message at a time, so the junk costs time, not the sync.
                Err(RelayError::TooLarge) if limit > 1 => {
                    limit = 1;
                    continue;
                }
                Err(e @ RelayError::TooLarge) => {
                    // One message larger than any envelope: junk, skipped
                    // (a mailbox's numbers have no gaps).
                    f.out.report.refused.push((
                        "message_too_large".into(),
                        format!("a message on the relay was skipped: {e}"),
                    ));
                    after = after.saturating_add(1);
                    continue;
                }
                Err(e @ RelayError::Refused { .. }) => {
                    f.out.report.refused.push((
                        "relay_refused".into(),
                        format!("one mailbox could not be read, the others synced: {e}"),
                    ));
                    break;
                }
                Err(e) => return Err(e),
            };
            if page.last_seq < after && !rewound {
                // The relay is behind what was read here: it lost (or was
                // restored from an older copy of) its data, and numbers
                // again from 1. Read it all again; what was already taken
                // in is dropped as a replay.
                rewound = true;
                f.rewound.push(mb.clone());
                after = 0;
                continue;
            }
            let Some(last) = page.messages.last().map(|m| m.seq) else {
                break;
            };
            for msg in page.messages {
                if msg.seq <= after {
                    continue;
                }
                match b64_decode(&msg.data) {
                    Some(b) => f.envs.push(b),
                    None => f.out.report.refused.push((
                        "message_invalid".into(),
                        "the relay sent data that is not base64".into(),
                    )),
                }
            }
            after = last;
            if last >= page.last_seq {
                break;
            }
        }
        f.cursors.push((mb.clone(), after));
    }
    f.out.received = f.envs.len() as u32;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_keep_order_and_limits() {
        let envs: Vec<(usize, Vec<u8>)> = (0..150).map(|i| (i, vec![0u8; 10])).collect();
        let c = chunks(&envs);
        assert_eq!(
            c.iter().map(|c| c.len()).collect::<Vec<_>>(),
            vec![64, 64, 22]
        );
        let flat: Vec<usize> = c.iter().flat_map(|c| c.iter().map(|(i, _)| *i)).collect();
        assert_eq!(flat, (0..150).collect::<Vec<_>>());
        // Bytes: 600 KiB each, so two never share a batch; a huge one goes alone.
        let big: Vec<(usize, Vec<u8>)> = (0..3).map(|i| (i, vec![0u8; 600 * 1024])).collect();
        assert_eq!(chunks(&big).len(), 3);
        let huge = vec![(0, vec![0u8; 3 * 1024 * 1024]), (1, vec![1u8; 5])];
        assert_eq!(
            chunks(&huge).iter().map(|c| c.len()).collect::<Vec<_>>(),
            vec![1, 1]
        );
        assert!(chunks(&[]).is_empty());
    }

    #[test]
    fn write_tokens_are_hex_in_the_stored_state_and_nowhere_in_debug() {
        let token = [0xab; 32];
        let mut st = RelayState::default();
        st.tokens.insert(
            "00".repeat(16),
            StoredKey::from(SecretKey::from_bytes(token)),
        );
        let stored = serde_json::to_string(&st).unwrap();
        assert!(stored.contains(&"ab".repeat(32)), "{stored}");
        let back: RelayState = serde_json::from_str(&stored).unwrap();
        assert_eq!(back.tokens, st.tokens);
        let debug = format!("{st:?} {back:?}");
        assert!(
            !debug.contains("abab") && !debug.contains("171, 171"),
            "{debug}"
        );
    }

    #[test]
    fn relay_addresses_are_https_or_this_computer() {
        let ok = [
            ("https://relay.example.org", "https://relay.example.org"),
            (
                "https://relay.example.org:8443/harbour/",
                "https://relay.example.org:8443/harbour",
            ),
            ("https://[2001:db8::1]:443", "https://[2001:db8::1]:443"),
            ("http://127.0.0.1:8787", "http://127.0.0.1:8787"),
            ("http://127.8.9.10", "http://127.8.9.10"),
            ("http://LOCALHOST:8787/", "http://LOCALHOST:8787"),
            ("http://[::1]:8787", "http://[::1]:8787"),
        ];
        for (url, base) in ok {
            assert_eq!(check_url(url).as_deref(), Ok(base), "{url}");
        }
        let refused = [
            "",
            "relay.example.org",
            "ftp://relay.example.org",
            "http://relay.example.org",
            "http://192.0.2.1:8787",
            // An IPv4 address mapped into IPv6 is not this computer.
            "http://[::ffff:192.0.2.1]:8787",
            "http://[::ffff:127.0.0.1]:8787",
            "http://[::1",
            "http://[]:80",
            "http://[::1]x",
            "http://127.0.0.1.example.org",
            "http://localhost.example.org",
            "http://localhost@example.org",
            "http://example.org#@localhost",
            "http://127.0.0.1:0",
            "http://127.0.0.1:99999",
            "http://127.0.0.1:+80",
            "https://",
            "https:///path",
            "https://relay.example.org/?q=1",
            "https://rel ay.example.org",
            "https://relay%2eexample.org",
            "https://relay.example.org\\@evil",
        ];
        for url in refused {
            assert!(check_url(url).is_err(), "{url} was taken");
        }
        assert!(check_url(&format!("https://{}.org", "a".repeat(MAX_URL))).is_err());
        assert!(matches!(
            Client::new("http://192.0.2.1:8787"),
            Err(RelayError::BadUrl(_))
        ));
    }
}
