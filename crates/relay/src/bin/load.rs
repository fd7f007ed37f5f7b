//! Load generator for scripts/bench-relay.sh (loopback only).
//!
//! ```text
//! harbour-relay-load throughput URL CLIENTS SECONDS SIZE [BATCH]
//!     CLIENTS clients, each with its own mailbox and keep-alive connection,
//!     loop: append BATCH messages of SIZE bytes in one request (BATCH 1, the
//!     default: a single `{"seq","data"}` append), then read them back.
//!     All clients run on one thread (the generator uses at most one core).
//!     Prints one JSON line: messages/s, HTTP requests/s, p50/p99 of appends
//!     and reads.
//! harbour-relay-load latency URL SAMPLES
//!     Append → a waiting long-poll reader has it, one at a time.
//! harbour-relay-load idle URL CONNECTIONS SECONDS
//!     Opens CONNECTIONS long-polls (wait=60) on distinct mailboxes and holds
//!     them for SECONDS. Prints "open N" once they are all sent.
//! harbour-relay-load idle-ws URL CONNECTIONS SECONDS
//!     The same with WebSockets (each upgraded, then left idle).
//! ```

use std::io::Write;
use std::time::{Duration, Instant};

fn usage() -> ! {
    eprintln!("usage: harbour-relay-load throughput URL CLIENTS SECONDS SIZE [BATCH] | latency URL SAMPLES | idle|idle-ws URL CONNECTIONS SECONDS");
    std::process::exit(2)
}

fn arg<T: std::str::FromStr>(a: &[String], i: usize) -> T {
    a.get(i)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| usage())
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_unstable();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)].as_secs_f64() * 1000.0
}

fn b64(data: &[u8]) -> String {
    harbour_relay_proto::encode(data)
}

fn runtime() -> tokio::runtime::Runtime {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("runtime: {e}");
            std::process::exit(1)
        }
    }
}

fn host_port(url: &str) -> String {
    url.strip_prefix("http://")
        .unwrap_or_else(|| usage())
        .trim_end_matches('/')
        .to_string()
}

type Sender = hyper::client::conn::http1::SendRequest<http_body_util::Full<axum::body::Bytes>>;

/// One keep-alive HTTP/1.1 connection.
async fn connect(hostport: &str) -> Option<Sender> {
    let s = tokio::net::TcpStream::connect(hostport).await.ok()?;
    let _ = s.set_nodelay(true);
    let (send, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(s))
        .await
        .ok()?;
    tokio::spawn(conn);
    Some(send)
}

/// Sends one request; (status, body).
async fn call(
    send: &mut Sender,
    method: &str,
    hostport: &str,
    path: String,
    token: Option<&str>,
    body: String,
) -> Option<(u16, axum::body::Bytes)> {
    use http_body_util::BodyExt;
    let mut rq = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", hostport);
    if let Some(t) = token {
        rq = rq
            .header("authorization", t)
            .header("content-type", "application/json");
    }
    let rq = rq
        .body(http_body_util::Full::new(axum::body::Bytes::from(body)))
        .ok()?;
    send.ready().await.ok()?;
    let r = send.send_request(rq).await.ok()?;
    let status = r.status().as_u16();
    let b = r.into_body().collect().await.ok()?.to_bytes();
    Some((status, b))
}

fn count(hay: &[u8], needle: &[u8]) -> u64 {
    if needle.is_empty() || hay.len() < needle.len() {
        return 0;
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

#[derive(Default)]
struct Stats {
    appends: Vec<Duration>,
    reads: Vec<Duration>,
    messages: u64,
    read_back: u64,
    errors: u64,
}

/// One client: its own mailbox and keep-alive connection; loop: append
/// `batch` messages (one request), read them back (one request).
async fn client(hostport: String, c: usize, stop: Instant, size: usize, batch: usize) -> Stats {
    let mut st = Stats::default();
    let Some(mut send) = connect(&hostport).await else {
        st.errors += 1;
        return st;
    };
    let token = format!("Bearer {:064x}", c + 1);
    let payload = b64(&(0..size).map(|i| (i * 31 + c) as u8).collect::<Vec<_>>());
    let list = vec![format!("\"{payload}\""); batch].join(",");
    let mailbox = |k: u64| {
        let mb = format!("{:08x}{:08x}{:016x}", std::process::id(), c, k);
        format!("/v1/mailboxes/{mb}/messages")
    };
    let mut k = 0u64;
    let mut path = mailbox(k);
    let mut seq = 0u64;
    while Instant::now() < stop {
        // A mailbox holds at most 10,000 messages by default: move on
        // before it is full (the relay's quota is not what is measured).
        if seq + batch as u64 > 8_000 {
            k += 1;
            path = mailbox(k);
            seq = 0;
        }
        let body = if batch == 1 {
            format!("{{\"seq\":{},\"data\":\"{payload}\"}}", seq + 1)
        } else {
            format!("{{\"seq\":{},\"batch\":[{list}]}}", seq + 1)
        };
        let t = Instant::now();
        match call(
            &mut send,
            "POST",
            &hostport,
            path.clone(),
            Some(&token),
            body,
        )
        .await
        {
            Some((201, _)) => {
                st.appends.push(t.elapsed());
                seq += batch as u64;
                st.messages += batch as u64;
            }
            Some(_) => {
                st.errors += 1;
                continue;
            }
            None => {
                st.errors += 1;
                match connect(&hostport).await {
                    Some(s) => send = s,
                    None => return st,
                }
                continue;
            }
        }
        let t = Instant::now();
        let q = format!("{path}?after={}", seq - batch as u64);
        match call(&mut send, "GET", &hostport, q, Some(&token), String::new()).await {
            Some((200, b)) => {
                st.read_back += count(&b, payload.as_bytes());
                st.reads.push(t.elapsed());
            }
            _ => st.errors += 1,
        }
    }
    st
}

/// CLIENTS clients on one thread (so the generator uses at most one core).
fn throughput(url: &str, clients: usize, secs: u64, size: usize, batch: usize) {
    let hostport = host_port(url);
    let batch = batch.max(1);
    let (st, elapsed) = runtime().block_on(async move {
        let started = Instant::now();
        let stop = started + Duration::from_secs(secs);
        let tasks: Vec<_> = (0..clients)
            .map(|c| tokio::spawn(client(hostport.clone(), c, stop, size, batch)))
            .collect();
        let mut all = Stats::default();
        for t in tasks {
            if let Ok(s) = t.await {
                all.appends.extend(s.appends);
                all.reads.extend(s.reads);
                all.messages += s.messages;
                all.read_back += s.read_back;
                all.errors += s.errors;
            }
        }
        (all, started.elapsed().as_secs_f64())
    });
    let Stats {
        mut appends,
        mut reads,
        messages,
        read_back,
        errors,
    } = st;
    let elapsed = elapsed.max(secs as f64);
    let mut all: Vec<Duration> = appends.iter().chain(reads.iter()).copied().collect();
    println!(
        "{{\"clients\":{clients},\"batch\":{batch},\"seconds\":{elapsed:.1},\"size\":{size},\"appended\":{messages},\"read_back\":{read_back},\"errors\":{errors},\
\"appends_per_s\":{:.0},\"requests_per_s\":{:.0},\"append_p50_ms\":{:.2},\"append_p99_ms\":{:.2},\"read_p50_ms\":{:.2},\"read_p99_ms\":{:.2},\"all_p50_ms\":{:.2},\"all_p99_ms\":{:.2}}}",
        messages as f64 / elapsed,
        (appends.len() + reads.len()) as f64 / elapsed,
        pct(&mut appends, 0.5),
        pct(&mut appends, 0.99),
        pct(&mut reads, 0.5),
        pct(&mut reads, 0.99),
        pct(&mut all, 0.5),
        pct(&mut all, 0.99),
    );
}

/// Append → a waiting long-poll reader has it: `n` samples, one at a time.
fn latency(url: &str, n: u64) {
    let agent = || -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into()
    };
    let mb = format!("{:08x}{:024x}", std::process::id(), 0xfeed_u64);
    let token = format!("{:064x}", 7);
    let (tx, rx) = std::sync::mpsc::channel::<Instant>();
    let reader = {
        let (url, mb, a, token) = (url.to_string(), mb.clone(), agent(), token.clone());
        std::thread::spawn(move || {
            for k in 0..n {
                let r = a
                    .get(format!(
                        "{url}/v1/mailboxes/{mb}/messages?after={k}&wait=10"
                    ))
                    .header("Authorization", format!("Bearer {token}"))
                    .call();
                let ok = r
                    .ok()
                    .and_then(|mut r| r.body_mut().read_to_string().ok())
                    .is_some_and(|b| b.contains("\"seq\""));
                if !ok || tx.send(Instant::now()).is_err() {
                    return;
                }
            }
        })
    };
    let a = agent();
    let mut lat = Vec::new();
    for k in 0..n {
        std::thread::sleep(Duration::from_millis(5));
        let t0 = Instant::now();
        let r = a
            .post(format!("{url}/v1/mailboxes/{mb}/messages"))
            .header("Authorization", format!("Bearer {token}"))
            .content_type("application/json")
            .send(format!(
                "{{\"seq\":{},\"data\":\"{}\"}}",
                k + 1,
                b64(&[k as u8; 300])
            ));
        if !r.is_ok_and(|r| r.status().as_u16() == 201) {
            eprintln!("append {k} failed");
            break;
        }
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(t1) => lat.push(t1.saturating_duration_since(t0)),
            Err(_) => break,
        }
    }
    let _ = reader.join();
    println!(
        "{{\"samples\":{},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"max_ms\":{:.2}}}",
        lat.len(),
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.99),
        pct(&mut lat, 1.0)
    );
}

/// Idle readers wait on mailboxes nobody writes: any token reads them.
const IDLE_TOKEN: &str = "0000000000000000000000000000000000000000000000000000000000000001";

fn idle(url: &str, conns: usize, secs: u64, ws: bool) {
    let hostport = host_port(url);
    runtime().block_on(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut held = Vec::with_capacity(conns);
        let run = std::process::id();
        for i in 0..conns {
            let mut s = match tokio::net::TcpStream::connect(&hostport).await {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("connection {i}: {e}");
                    break;
                }
            };
            let req = if ws {
                format!(
                    "GET /v1/mailboxes/{run:08x}{i:024x}/ws?after=0 HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n\
                     Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
                     Authorization: Bearer {IDLE_TOKEN}\r\n\r\n"
                )
            } else {
                format!(
                    "GET /v1/mailboxes/{run:08x}{i:024x}/messages?after=0&wait=60 HTTP/1.1\r\nHost: {hostport}\r\n\
                     Authorization: Bearer {IDLE_TOKEN}\r\n\r\n"
                )
            };
            if s.write_all(req.as_bytes()).await.is_err() {
                eprintln!("connection {i}: write failed");
                break;
            }
            if ws {
                // Wait for the 101 so the relay has upgraded it.
                let mut head = Vec::new();
                let mut b = [0u8; 256];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match s.read(&mut b).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => head.extend_from_slice(&b[..n]),
                    }
                }
                if !head.starts_with(b"HTTP/1.1 101") {
                    eprintln!("connection {i}: no WebSocket upgrade");
                    break;
                }
            }
            held.push(s);
        }
        println!("open {}", held.len());
        let _ = std::io::stdout().flush();
        tokio::time::sleep(Duration::from_secs(secs)).await;
        drop(held);
    });
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    match a.get(1).map(String::as_str) {
        Some("throughput") => {
            let url: String = arg(&a, 2);
            let batch = if a.len() > 6 { arg(&a, 6) } else { 1 };
            throughput(&url, arg(&a, 3), arg(&a, 4), arg(&a, 5), batch)
        }
        Some("latency") => {
            let url: String = arg(&a, 2);
            latency(&url, arg(&a, 3))
        }
        Some("idle") => {
            let url: String = arg(&a, 2);
            idle(&url, arg(&a, 3), arg(&a, 4), false)
        }
        Some("idle-ws") => {
            let url: String = arg(&a, 2);
            idle(&url, arg(&a, 3), arg(&a, 4), true)
        }
        _ => usage(),
    }
}
