//! Fuzzing the relay's HTTP handlers over real loopback, shared by the
//! proptest target (`tests/fuzz_http.rs`, both backends) and the libFuzzer
//! one (`fuzz/`, SQLite): real requests to mutate, an exchange that sends
//! raw bytes and reads the whole answer, and the judge of an answer. Test
//! support: it panics on an answer the relay does not mean (a 500, no
//! answer in time, an error that is not its JSON).

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use crate::Config;

pub const MB: &str = "00112233445566778899aabbccddeeff";
pub const TOKEN: &str = "33333333333333333333333333333333333333333333333333333333333333cc";
pub const SLOT: &str = "ffeeddccbbaa99887766554433221100";

/// A request with `Authorization` when `auth`, and a JSON body when given.
pub fn request(method: &str, path: &str, auth: bool, body: &str) -> Vec<u8> {
    let mut r = format!("{method} {path} HTTP/1.1\r\nHost: relay\r\nConnection: close\r\n");
    if auth {
        r.push_str(&format!("Authorization: Bearer {TOKEN}\r\n"));
    }
    if !body.is_empty() {
        r.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    r.push_str("\r\n");
    r.push_str(body);
    r.into_bytes()
}

/// One of each request the relay serves, unmutated.
pub fn seeds() -> Vec<Vec<u8>> {
    let msgs = format!("/v1/mailboxes/{MB}/messages");
    vec![
        request("POST", &msgs, true, r#"{"seq":1,"data":"aGVsbG8="}"#),
        request(
            "POST",
            &msgs,
            true,
            r#"{"seq":2,"batch":["aGVsbG8=","d29ybGQ="]}"#,
        ),
        request("GET", &format!("{msgs}?after=0&limit=10"), true, ""),
        request("GET", &format!("{msgs}?after=0&wait=1"), true, ""),
        request("DELETE", &format!("{msgs}?upto=1"), true, ""),
        format!(
            "GET /v1/mailboxes/{MB}/ws?after=0 HTTP/1.1\r\nHost: relay\r\nConnection: Upgrade\r\n\
             Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
             Authorization: Bearer {TOKEN}\r\n\r\n"
        )
        .into_bytes(),
        request(
            "PUT",
            &format!("/v1/rendezvous/{SLOT}"),
            false,
            r#"{"data":"aGVsbG8=","ttl":60}"#,
        ),
        request("POST", &format!("/v1/rendezvous/{SLOT}/take"), false, ""),
        request("GET", "/healthz", false, ""),
    ]
}

/// Sends `raw`, closes the sending side and reads the whole answer.
pub fn exchange(addr: SocketAddr, raw: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let _ = s.write_all(raw);
    let _ = s.shutdown(Shutdown::Write);
    let mut out = Vec::new();
    let started = Instant::now();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!(
                "no answer within {:?} ({e}) to {:?}",
                started.elapsed(),
                String::from_utf8_lossy(raw)
            ),
        }
    }
    out
}

/// The status, and whether a body is a JSON error with a code.
pub fn judge(answer: &[u8], raw: &[u8]) {
    let text = String::from_utf8_lossy(answer);
    let Some(status) = text
        .strip_prefix("HTTP/1.1 ")
        .or_else(|| text.strip_prefix("HTTP/1.0 "))
        .and_then(|r| r.get(..3))
        .and_then(|s| s.parse::<u16>().ok())
    else {
        // A request hyper cannot parse may be closed without an answer.
        assert!(answer.is_empty(), "not HTTP: {text:?}");
        return;
    };
    let req = String::from_utf8_lossy(raw);
    assert!(
        !(500..=502).contains(&status) && status != 504,
        "{status} for {req:?}:\n{text}"
    );
    // Only the first answer: bytes past a mutated Content-Length are a
    // second request on a kept-alive connection, with an answer of its own.
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let len = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length: "))
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(rest.len());
    let body = rest.get(..len).unwrap_or(rest);
    let from_handlers = head.contains("content-type: application/json");
    if status >= 400 && from_handlers {
        let v: serde_json::Value = serde_json::from_str(body.trim())
            .unwrap_or_else(|e| panic!("{status}: not JSON ({e}) for {req:?}:\n{text}"));
        assert!(
            v["error"]["code"].as_str().is_some_and(|c| !c.is_empty()),
            "{status} without an error code for {req:?}:\n{text}"
        );
    }
}

/// Limits that keep a fuzz run quick: no rate limits, long-polls of at most
/// a second, a short header timeout.
pub fn config() -> Config {
    Config {
        ip_rate: 0.0,
        mailbox_rate: 0.0,
        max_wait_secs: 1,
        header_read_timeout_secs: 2,
        ..Config::default()
    }
}

/// A relay on SQLite in a scratch folder, serving on 127.0.0.1 from its own
/// runtime, for as long as this lives.
pub struct Loopback {
    pub addr: SocketAddr,
    dir: std::path::PathBuf,
    _rt: tokio::runtime::Runtime,
}

impl Loopback {
    pub fn start() -> Loopback {
        let dir = std::env::temp_dir().join(format!("harbour-relay-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let db = format!("sqlite:{}", dir.join("relay.sqlite").display());
        let store = rt.block_on(crate::store::open(&db)).expect("open storage");
        let listener = rt
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        rt.spawn(crate::serve(listener, store, config()));
        Loopback { addr, dir, _rt: rt }
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
