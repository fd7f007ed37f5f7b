//! The HTTP server: routes, limits, long-poll and WebSocket push.

use crate::limits::Buckets;
use crate::metrics::Metrics;
use crate::store::{MailboxId, Quota, Storage, StoreError, TokenHash};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::ws::{Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::{
    ConnectInfo, DefaultBodyLimit, FromRequestParts, Path, RawQuery, Request, State,
};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use harbour_relay_proto as proto;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;
use tokio::sync::Notify;

/// Everything an operator can set. See `harbour-relay --help`.
#[derive(Debug, Clone)]
pub struct Config {
    /// Largest envelope (decoded bytes).
    pub max_message: usize,
    /// A read page stops once it holds this many bytes (one message always
    /// comes), so junk in a mailbox cannot make one answer huge.
    pub max_page_bytes: u64,
    pub mailbox_max_bytes: u64,
    pub mailbox_max_count: u64,
    /// Bytes of messages in all mailboxes together (0 = no limit): appends
    /// past it are refused with 507 `relay_full` before the disk fills.
    pub max_total_bytes: u64,
    /// Requests a second per client IP (0 = no limit), and the burst.
    pub ip_rate: f64,
    pub ip_burst: f64,
    /// Appends a second per mailbox (0 = no limit), and the burst.
    pub mailbox_rate: f64,
    pub mailbox_burst: f64,
    /// Messages older than this are deleted.
    pub retention_secs: u64,
    /// How often retention and expiry run.
    pub sweep_secs: u64,
    /// Longest long-poll wait a client may ask for.
    pub max_wait_secs: u64,
    /// Longest rendezvous TTL, and the largest slot.
    pub max_slot_ttl_secs: u64,
    pub max_slot_bytes: usize,
    /// Long-poll and WebSocket waiters also re-read the store this often
    /// (seconds; 0 = only when this node appends). Needed with several
    /// nodes over one PostgreSQL.
    pub repoll_secs: u64,
    /// Take the client address from the last `X-Forwarded-For` entry (set
    /// by a reverse proxy in front of the relay).
    pub trust_forwarded: bool,
    /// Open connections in all, and from one client address (0 = no
    /// limit; the second is not applied with `trust_forwarded`). A
    /// WebSocket counts for as long as it is open.
    pub max_connections: usize,
    pub max_connections_per_ip: usize,
    /// Seconds a client has to send a request's head (slowloris).
    pub header_read_timeout_secs: u64,
    /// Seconds a client has to send a request's body once its head is in.
    pub body_read_timeout_secs: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            max_message: 4 * 1024 * 1024,
            max_page_bytes: 8 * 1024 * 1024,
            mailbox_max_bytes: 64 * 1024 * 1024,
            mailbox_max_count: 10_000,
            max_total_bytes: 8 * 1024 * 1024 * 1024,
            ip_rate: 50.0,
            ip_burst: 200.0,
            mailbox_rate: 20.0,
            mailbox_burst: 100.0,
            retention_secs: 30 * 86_400,
            sweep_secs: 60,
            max_wait_secs: 60,
            max_slot_ttl_secs: 14 * 86_400,
            max_slot_bytes: 64 * 1024,
            repoll_secs: 0,
            trust_forwarded: false,
            max_connections: 16_384,
            max_connections_per_ip: 256,
            header_read_timeout_secs: 10,
            body_read_timeout_secs: 60,
        }
    }
}

struct Inner {
    store: Arc<dyn Storage>,
    config: Config,
    metrics: Metrics,
    ip_buckets: Buckets<IpAddr>,
    mailbox_buckets: Buckets<MailboxId>,
    waiters: Mutex<HashMap<MailboxId, Weak<Notify>>>,
    /// Open connections (counted by the accept loop).
    open: Arc<crate::conns::Open>,
    /// Bytes stored in all mailboxes as last counted, plus this node's
    /// appends since, and when it was counted (`None`: not yet).
    stored: AtomicU64,
    stored_counted: Mutex<Option<std::time::Instant>>,
}

/// A running relay's shared state.
#[derive(Clone)]
pub struct Relay(Arc<Inner>);

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

// ---------------------------------------------------------------- errors

/// A refusal: status, stable code, plain message.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    last_seq: Option<u64>,
    retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            last_seq: None,
            retry_after: None,
        }
    }
    fn bad(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = proto::Refusal {
            error: proto::RefusalDetail {
                code: self.code.into(),
                message: self.message,
            },
            last_seq: self.last_seq,
        };
        let mut r = (self.status, Json(body)).into_response();
        if let Some(s) = self.retry_after {
            if let Ok(v) = HeaderValue::from_str(&s.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        r.extensions_mut().insert(ErrorCode(self.code));
        r
    }
}

#[derive(Clone, Copy)]
struct ErrorCode(&'static str);

fn store_error(e: StoreError) -> ApiError {
    match e {
        StoreError::WrongToken => ApiError::new(
            StatusCode::FORBIDDEN,
            proto::code::WRONG_TOKEN,
            "this mailbox belongs to another token",
        ),
        StoreError::SeqConflict { last } => {
            let mut e = ApiError::new(
                StatusCode::CONFLICT,
                proto::code::SEQ_CONFLICT,
                format!("seq must be {} (the last is {last})", last + 1),
            );
            e.last_seq = Some(last);
            e
        }
        StoreError::Quota { what, limit } => ApiError::new(
            StatusCode::INSUFFICIENT_STORAGE,
            proto::code::MAILBOX_FULL,
            format!("this mailbox is full (at most {limit} {what}); the owner must delete read messages"),
        ),
        StoreError::SlotTaken => ApiError::new(
            StatusCode::CONFLICT,
            "slot_taken",
            "this rendezvous slot is already in use",
        ),
        StoreError::Backend(m) => {
            // The storage's own words never contain request data.
            eprintln!("harbour-relay: storage error: {m}");
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "storage_unavailable",
                "the relay's storage is unavailable; try again later",
            )
        }
    }
}

// ---------------------------------------------------------------- parsing

fn parse_hex<const N: usize>(s: &str, what: &str) -> Result<[u8; N], ApiError> {
    let bad = || {
        ApiError::bad(
            "bad_id",
            format!("{what} must be {} lowercase hex characters", N * 2),
        )
    };
    if s.len() != N * 2
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(bad());
    }
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(s.get(i * 2..i * 2 + 2).ok_or_else(bad)?, 16).map_err(|_| bad())?;
    }
    Ok(out)
}

fn mailbox_id(
    p: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<MailboxId, ApiError> {
    let Path(s) = p.map_err(|_| ApiError::bad("bad_id", "bad mailbox id in the path"))?;
    parse_hex::<16>(&s, "a mailbox id")
}

fn token_hash(headers: &HeaderMap) -> Result<TokenHash, ApiError> {
    let missing = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            proto::code::TOKEN_REQUIRED,
            "send the mailbox's token as `Authorization: Bearer <64 hex characters>`",
        )
    };
    let v = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(missing)?;
    let t = v.strip_prefix("Bearer ").ok_or_else(missing)?;
    let raw = parse_hex::<32>(t.trim(), "the write token").map_err(|_| missing())?;
    let mut h = [0u8; 32];
    h.copy_from_slice(&Sha256::digest(raw));
    Ok(h)
}

/// A mailbox request's mailbox (from the path) and the hash of the token it
/// sends. Refused in that order, as the handlers did one by one.
struct Owner {
    mb: MailboxId,
    token: TokenHash,
}

impl<S: Send + Sync> FromRequestParts<S> for Owner {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let mb = mailbox_id(Path::from_request_parts(parts, state).await)?;
        let token = token_hash(&parts.headers)?;
        Ok(Self { mb, token })
    }
}

/// `a=1&b=2` into pairs of u64; unknown keys refused.
fn query_u64(q: &Option<String>, allowed: &[&str]) -> Result<HashMap<String, u64>, ApiError> {
    let mut out = HashMap::new();
    let Some(q) = q else { return Ok(out) };
    for part in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        if !allowed.contains(&k) {
            return Err(ApiError::bad(
                "bad_query",
                format!("unknown query parameter (allowed: {})", allowed.join(", ")),
            ));
        }
        let n: u64 = v
            .parse()
            .map_err(|_| ApiError::bad("bad_query", format!("`{k}` must be a whole number")))?;
        out.insert(k.to_string(), n);
    }
    Ok(out)
}

fn json_body<T: for<'de> Deserialize<'de>>(
    body: Result<Bytes, BytesRejection>,
    limit: usize,
) -> Result<T, ApiError> {
    let b = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large(limit)
        } else {
            // Also a body that did not arrive within `body_read_timeout_secs`.
            ApiError::bad(
                "bad_body",
                "could not read the request body (cut short, or too slow)",
            )
        }
    })?;
    serde_json::from_slice(&b)
        .map_err(|e| ApiError::bad(proto::code::BAD_JSON, format!("malformed JSON: {e}")))
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        proto::code::TOO_LARGE,
        format!("the request is larger than this relay accepts ({limit} bytes)"),
    )
}

fn decode_b64(s: &str) -> Result<Vec<u8>, ApiError> {
    proto::decode(s).ok_or_else(|| ApiError::bad("bad_base64", "`data` must be standard base64"))
}

// ---------------------------------------------------------------- handlers

pub use proto::MAX_BATCH;

async fn append(
    State(r): State<Relay>,
    // Refused only once the body is in, as before.
    owner: Result<Owner, ApiError>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let Owner { mb, token } = owner?;
    let c = &r.0.config;
    let req: proto::AppendRequest = json_body(body, body_limit(c))?;
    let (encoded, single) = match (req.data, req.batch) {
        (Some(d), None) => (vec![d], true),
        (None, Some(b)) if !b.is_empty() && b.len() <= MAX_BATCH => (b, false),
        (None, Some(_)) => {
            return Err(ApiError::bad(
                "bad_batch",
                format!("`batch` holds 1 to {MAX_BATCH} messages"),
            ))
        }
        _ => {
            return Err(ApiError::bad(
                proto::code::BAD_JSON,
                "send either `data` (one message) or `batch` (a list)",
            ))
        }
    };
    let mut data = Vec::with_capacity(encoded.len());
    let mut len = 0u64;
    for e in &encoded {
        let d = decode_b64(e)?;
        if d.len() > c.max_message {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                proto::code::TOO_LARGE,
                format!("a message may be at most {} bytes", c.max_message),
            ));
        }
        if d.is_empty() {
            return Err(ApiError::bad("empty", "a message may not be empty"));
        }
        len += d.len() as u64;
        data.push(d);
    }
    drop(encoded);
    if req.seq == 0 {
        return Err(ApiError::bad("bad_seq", "seq starts at 1"));
    }
    let n = data.len() as u64;
    if let Err(wait) = r.0.mailbox_buckets.take_n(&mb, n as f64) {
        return Err(rate_limited("mailbox", wait));
    }
    let quota = Quota {
        max_bytes: c.mailbox_max_bytes,
        max_count: c.mailbox_max_count,
    };
    r.room_for(len).await?;
    let seq =
        r.0.store
            .append_batch(mb, token, req.seq, data, now(), quota)
            .await
            .map_err(store_error)?;
    Metrics::inc(&r.0.stored, len);
    Metrics::inc(&r.0.metrics.appends, n);
    Metrics::inc(&r.0.metrics.append_bytes, len);
    r.wake(&mb);
    let body = proto::Appended {
        seq,
        count: (!single).then_some(n),
    };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

fn rate_limited(what: &str, wait: f64) -> ApiError {
    let mut e = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        proto::code::RATE_LIMITED,
        format!("too many requests for this {what}; try again in a moment"),
    );
    e.retry_after = Some(wait.ceil().max(1.0) as u64);
    e
}

fn wire_page(p: &crate::store::Page) -> proto::Page {
    proto::Page {
        messages: p
            .messages
            .iter()
            .map(|m| proto::Message {
                seq: m.seq,
                data: proto::encode(&m.data),
            })
            .collect(),
        last_seq: p.last_seq,
    }
}

const READ_LIMIT: u64 = 256;

async fn read(
    State(r): State<Relay>,
    Owner { mb, token }: Owner,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let q = query_u64(&q, &["after", "wait", "limit"])?;
    let after = q.get("after").copied().unwrap_or(0);
    let wait = q
        .get("wait")
        .copied()
        .unwrap_or(0)
        .min(r.0.config.max_wait_secs);
    let limit = q
        .get("limit")
        .copied()
        .unwrap_or(READ_LIMIT)
        .clamp(1, READ_LIMIT) as u32;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(wait);
    let notify = (wait > 0).then(|| r.waiter(&mb));
    let _gauge = notify.as_ref().map(|_| Gauge::new(&r.0.metrics.waiting));
    loop {
        // Register for a wake-up before reading, so no append is missed.
        let notified = notify.as_ref().map(|n| n.notified());
        tokio::pin!(notified);
        if let Some(n) = notified.as_mut().as_pin_mut() {
            n.enable();
        }
        let page = r
            .read_page(mb, token, after, limit)
            .await
            .map_err(store_error)?;
        let now_t = tokio::time::Instant::now();
        if !page.messages.is_empty() || now_t >= deadline {
            Metrics::inc(&r.0.metrics.reads, 1);
            Metrics::inc(&r.0.metrics.delivered, page.messages.len() as u64);
            return Ok(Json(wire_page(&page)).into_response());
        }
        let mut until = deadline;
        if r.0.config.repoll_secs > 0 {
            until = until.min(now_t + Duration::from_secs(r.0.config.repoll_secs));
        }
        if let Some(n) = notified.as_mut().as_pin_mut() {
            let _ = tokio::time::timeout_at(until, n).await;
        }
    }
}

struct Gauge<'a>(&'a std::sync::atomic::AtomicI64);
impl<'a> Gauge<'a> {
    fn new(g: &'a std::sync::atomic::AtomicI64) -> Self {
        g.fetch_add(1, Ordering::Relaxed);
        Self(g)
    }
}
impl Drop for Gauge<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

async fn delete(
    State(r): State<Relay>,
    Owner { mb, token }: Owner,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let q = query_u64(&q, &["upto"])?;
    let upto = q
        .get("upto")
        .copied()
        .ok_or_else(|| ApiError::bad("bad_query", "`upto` is required"))?;
    let n =
        r.0.store
            .delete_upto(mb, token, upto)
            .await
            .map_err(store_error)?;
    Metrics::inc(&r.0.metrics.deletes, n);
    Ok(Json(proto::Deleted { deleted: n }).into_response())
}

async fn ws(
    State(r): State<Relay>,
    Owner { mb, token }: Owner,
    RawQuery(q): RawQuery,
    up: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
    slot: Option<axum::Extension<Arc<crate::conns::Slot>>>,
) -> Result<Response, ApiError> {
    let q = query_u64(&q, &["after"])?;
    let after = q.get("after").copied().unwrap_or(0);
    let up = up.map_err(|_| {
        ApiError::bad(
            "websocket_required",
            "this endpoint needs a WebSocket upgrade",
        )
    })?;
    // The first page is read before the upgrade: a wrong token is refused
    // where the client can read why, and what it reads is the first thing
    // the socket sends. A token that goes wrong later (a stranger waiting on
    // a mailbox before its owner claims it) closes the socket.
    let first = r
        .read_page(mb, token, after, READ_LIMIT as u32)
        .await
        .map_err(store_error)?;
    // Small buffers: tungstenite's defaults (128 KiB read buffer, allocated
    // up front) made 10,000 idle WebSockets cost 1.3 GB. Clients only send
    // pings and a close; pages going out are written at once.
    Ok(up
        .max_message_size(64 * 1024)
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .on_upgrade(move |socket| async move {
            // Counted as an open connection until it closes.
            let _slot = slot;
            push(r, mb, token, after, first, socket).await
        }))
}

/// How often an idle WebSocket is pinged.
const WS_PING: Duration = Duration::from_secs(30);

/// Sends every message after `after` (starting with `first`, the page read
/// before the upgrade), then each new one as it arrives.
async fn push(
    r: Relay,
    mb: MailboxId,
    token: TokenHash,
    mut after: u64,
    first: crate::store::Page,
    mut socket: WebSocket,
) {
    let _gauge = Gauge::new(&r.0.metrics.websockets);
    let notify = r.waiter(&mb);
    let mut next_ping = tokio::time::Instant::now() + WS_PING;
    // Only a page with messages is kept: an empty one was read before this
    // socket waited for appends, so reading again is what sees one that
    // landed in between.
    let mut pending = Some(first).filter(|p| !p.messages.is_empty());
    loop {
        let notified = notify.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let read = match pending.take() {
            Some(p) => Ok(p),
            None => r.read_page(mb, token, after, READ_LIMIT as u32).await,
        };
        let Ok(page) = read else {
            let _ = socket.send(WsMessage::Close(None)).await;
            return;
        };
        if !page.messages.is_empty() {
            Metrics::inc(&r.0.metrics.delivered, page.messages.len() as u64);
            after = page.messages.last().map(|m| m.seq).unwrap_or(after);
            let text = serde_json::to_string(&wire_page(&page)).unwrap_or_default();
            if socket.send(WsMessage::Text(text.into())).await.is_err() {
                return;
            }
            continue;
        }
        // Wake for: an append, the client, a keep-alive ping (so proxies
        // keep the connection), or a re-read when repoll_secs is set.
        let t = tokio::time::Instant::now();
        let until = match r.0.config.repoll_secs {
            0 => next_ping,
            s => next_ping.min(t + Duration::from_secs(s)),
        };
        tokio::select! {
            _ = &mut notified => {}
            m = socket.recv() => match m {
                None | Some(Err(_)) | Some(Ok(WsMessage::Close(_))) => return,
                Some(Ok(_)) => {}
            },
            _ = tokio::time::sleep_until(until) => {
                if tokio::time::Instant::now() >= next_ping {
                    if socket.send(WsMessage::Ping(Bytes::new())).await.is_err() {
                        return;
                    }
                    next_ping = tokio::time::Instant::now() + WS_PING;
                }
            }
        }
    }
}

async fn slot_put(
    State(r): State<Relay>,
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let slot = mailbox_id(path)?;
    let c = &r.0.config;
    let req: proto::SlotPut = json_body(body, body_limit(c))?;
    let data = decode_b64(&req.data)?;
    if data.len() > c.max_slot_bytes {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            proto::code::TOO_LARGE,
            format!("a rendezvous slot holds at most {} bytes", c.max_slot_bytes),
        ));
    }
    if req.ttl == 0 || req.ttl > c.max_slot_ttl_secs {
        return Err(ApiError::bad(
            "bad_ttl",
            format!("ttl must be 1 to {} seconds", c.max_slot_ttl_secs),
        ));
    }
    let t = now();
    r.0.store
        .slot_put(slot, data, t + req.ttl, t)
        .await
        .map_err(store_error)?;
    Metrics::inc(&r.0.metrics.slots_put, 1);
    Ok((
        StatusCode::CREATED,
        Json(proto::SlotStored {
            expires_in: req.ttl,
        }),
    )
        .into_response())
}

async fn slot_take(
    State(r): State<Relay>,
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<Response, ApiError> {
    let slot = mailbox_id(path)?;
    match r
        .0
        .store
        .slot_take(slot, now())
        .await
        .map_err(store_error)?
    {
        Some(d) => {
            Metrics::inc(&r.0.metrics.slots_taken, 1);
            Ok(Json(proto::SlotTaken {
                data: proto::encode(&d),
            })
            .into_response())
        }
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "slot_not_found",
            "nothing is waiting here: it was never put, already taken, or it expired",
        )),
    }
}

async fn healthz(State(r): State<Relay>) -> Response {
    match r.0.store.health().await {
        Ok(()) => Json(proto::Health {
            status: "ok".into(),
            backend: r.0.store.kind().into(),
        })
        .into_response(),
        Err(e) => store_error(e).into_response(),
    }
}

async fn metrics(State(r): State<Relay>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        r.0.metrics.render(
            r.0.store.kind(),
            &r.0.open,
            &r.0.config,
            r.0.stored.load(Ordering::Relaxed),
        ),
    )
        .into_response()
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this endpoint does not take that method",
    )
}

// ---------------------------------------------------------------- middleware

fn body_limit(c: &Config) -> usize {
    // base64 (4/3) and a little JSON around it.
    c.max_message.max(c.max_slot_bytes) / 3 * 4 + 1024
}

fn client_ip(r: &Relay, req: &Request) -> Option<IpAddr> {
    if r.0.config.trust_forwarded {
        if let Some(ip) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|s| s.trim().parse().ok())
        {
            return Some(ip);
        }
    }
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

/// Counts, limits by client IP, and refuses a declared oversized body before
/// reading any of it.
async fn guard(State(r): State<Relay>, req: Request, next: Next) -> Response {
    Metrics::inc(&r.0.metrics.requests, 1);
    let limit = body_limit(&r.0.config);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let resp = if declared.is_some_and(|n| n > limit as u64) {
        too_large(limit).into_response()
    } else if let Some(Err(wait)) = client_ip(&r, &req).map(|ip| r.0.ip_buckets.take(&ip)) {
        rate_limited("client", wait).into_response()
    } else {
        next.run(req).await
    };
    if let Some(ErrorCode(code)) = resp.extensions().get::<ErrorCode>() {
        r.0.metrics.error(code);
    }
    resp
}

// ---------------------------------------------------------------- the relay

impl Relay {
    /// One page of a mailbox after `after`, at most `limit` messages and the
    /// configured page byte cap, for the holder of `token`.
    async fn read_page(
        &self,
        mb: MailboxId,
        token: TokenHash,
        after: u64,
        limit: u32,
    ) -> Result<crate::store::Page, StoreError> {
        self.0
            .store
            .read(mb, token, after, limit, self.0.config.max_page_bytes)
            .await
    }

    pub fn new(store: Arc<dyn Storage>, config: Config) -> Self {
        Relay(Arc::new(Inner {
            ip_buckets: Buckets::new(config.ip_rate, config.ip_burst),
            mailbox_buckets: Buckets::new(config.mailbox_rate, config.mailbox_burst),
            store,
            config,
            metrics: Metrics::default(),
            waiters: Mutex::new(HashMap::new()),
            open: Arc::default(),
            stored: AtomicU64::new(0),
            stored_counted: Mutex::new(None),
        }))
    }

    /// Counts the bytes stored in all mailboxes again (deletes, retention
    /// and other nodes' appends are seen only this way).
    async fn count_stored(&self) -> Result<u64, StoreError> {
        let n = self.0.store.stored_bytes().await?;
        self.0.stored.store(n, Ordering::Relaxed);
        if let Ok(mut t) = self.0.stored_counted.lock() {
            *t = Some(std::time::Instant::now());
        }
        Ok(n)
    }

    /// Refuses an append of `len` bytes that would take the relay past its
    /// global cap. Counted again at most once a second when near it, so a
    /// full relay takes appends again soon after owners delete what they read.
    async fn room_for(&self, len: u64) -> Result<(), ApiError> {
        let cap = self.0.config.max_total_bytes;
        if cap == 0 {
            return Ok(());
        }
        let counted = self.0.stored_counted.lock().map(|t| *t).unwrap_or(None);
        let over = |n: u64| n.saturating_add(len) > cap;
        let mut stored = self.0.stored.load(Ordering::Relaxed);
        let recount = match counted {
            None => true,
            Some(at) => over(stored) && at.elapsed() >= Duration::from_secs(1),
        };
        if recount {
            stored = self.count_stored().await.map_err(store_error)?;
        }
        if over(stored) {
            return Err(ApiError::new(
                StatusCode::INSUFFICIENT_STORAGE,
                proto::code::RELAY_FULL,
                "this relay holds as much as it may; try again later",
            ));
        }
        Ok(())
    }

    fn waiter(&self, mb: &MailboxId) -> Arc<Notify> {
        let Ok(mut m) = self.0.waiters.lock() else {
            return Arc::new(Notify::new());
        };
        if let Some(n) = m.get(mb).and_then(Weak::upgrade) {
            return n;
        }
        let n = Arc::new(Notify::new());
        m.insert(*mb, Arc::downgrade(&n));
        n
    }

    /// Wakes every waiter (they re-read; those with nothing new wait again).
    fn wake_all(&self) {
        let all: Vec<Arc<Notify>> = match self.0.waiters.lock() {
            Ok(m) => m.values().filter_map(Weak::upgrade).collect(),
            Err(_) => return,
        };
        for n in all {
            n.notify_waiters();
        }
    }

    /// Has the store tell this node about appends other nodes take (with
    /// PostgreSQL: LISTEN/NOTIFY), so their waiters here wake at once.
    /// Called by [`serve`]; needs a tokio runtime.
    pub fn watch_other_nodes(&self) {
        let weak = Arc::downgrade(&self.0);
        let wake: crate::store::Wake = Arc::new(move |mb| {
            let Some(inner) = weak.upgrade() else {
                return false;
            };
            let r = Relay(inner);
            match mb {
                Some(mb) => r.wake(&mb),
                None => r.wake_all(),
            }
            true
        });
        self.0.store.watch(wake);
    }

    fn wake(&self, mb: &MailboxId) {
        let n = self
            .0
            .waiters
            .lock()
            .ok()
            .and_then(|m| m.get(mb).and_then(Weak::upgrade));
        if let Some(n) = n {
            n.notify_waiters();
        }
    }

    pub fn router(&self) -> Router {
        let v1 = Router::new()
            .route(
                &proto::messages_path("{id}"),
                post(append).get(read).delete(delete),
            )
            .route(&proto::ws_path("{id}"), get(ws))
            .route(&proto::slot_path("{slot}"), put(slot_put))
            .route(
                &format!("{}/take", proto::slot_path("{slot}")),
                post(slot_take),
            )
            .route("/healthz", get(healthz))
            .route("/metrics", get(metrics))
            .fallback(not_found)
            .method_not_allowed_fallback(method_not_allowed);
        let body_timeout = Duration::from_secs(self.0.config.body_read_timeout_secs.max(1));
        v1.layer(DefaultBodyLimit::max(body_limit(&self.0.config)))
            .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
                body_timeout,
            ))
            .layer(middleware::from_fn_with_state(self.clone(), guard))
            .with_state(self.clone())
    }

    /// Retention and expiry, forever (spawned by [`serve`]).
    pub async fn sweep_once(&self) -> Result<crate::store::Expired, StoreError> {
        let t = now();
        let e = self
            .0
            .store
            .expire(t.saturating_sub(self.0.config.retention_secs), t)
            .await?;
        Metrics::inc(&self.0.metrics.expired_messages, e.messages);
        if self.0.config.max_total_bytes > 0 {
            self.count_stored().await?;
        }
        Metrics::inc(&self.0.metrics.expired_slots, e.slots);
        self.0.ip_buckets.sweep();
        self.0.mailbox_buckets.sweep();
        if let Ok(mut m) = self.0.waiters.lock() {
            m.retain(|_, w| w.strong_count() > 0);
        }
        Ok(e)
    }
}

/// Serves on `listener` until the process ends.
pub async fn serve(
    listener: tokio::net::TcpListener,
    store: Arc<dyn Storage>,
    config: Config,
) -> std::io::Result<()> {
    let relay = Relay::new(store, config);
    relay.watch_other_nodes();
    let sweeper = relay.clone();
    tokio::spawn(async move {
        let every = Duration::from_secs(sweeper.0.config.sweep_secs.max(1));
        loop {
            tokio::time::sleep(every).await;
            if let Err(e) = sweeper.sweep_once().await {
                eprintln!("harbour-relay: retention sweep failed: {e}");
            }
        }
    });
    let c = &relay.0.config;
    let limits = crate::conns::ConnLimits {
        max_connections: c.max_connections,
        max_connections_per_ip: c.max_connections_per_ip,
        header_read_timeout: Duration::from_secs(c.header_read_timeout_secs.max(1)),
    };
    let per_ip = !c.trust_forwarded;
    let open = relay.0.open.clone();
    crate::conns::accept_loop(listener, relay.router(), limits, per_ip, open).await
}
