//! The relay's HTTP handlers fuzzed over real loopback, on both backends:
//! real requests (append, batch, read, long-poll, delete, WebSocket upgrade,
//! rendezvous) mutated byte by byte in the request line, the headers and the
//! body. Whatever arrives, the relay answers with a status it means (never
//! a 500, never a hang), a JSON error from its own handlers, and keeps
//! serving honest clients. `FUZZ_ITERS=N` runs longer (`scripts/fuzz.sh`).

mod common;

use common::{both, serve, Backend};
use harbour_relay::Config;
use harbour_sync::fuzzing::{mutate, Mutation};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

const MB: &str = "00112233445566778899aabbccddeeff";
const TOKEN: &str = "33333333333333333333333333333333333333333333333333333333333333cc";
const SLOT: &str = "ffeeddccbbaa99887766554433221100";

fn request(method: &str, path: &str, auth: bool, body: &str) -> Vec<u8> {
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

fn seeds() -> Vec<Vec<u8>> {
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

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop_oneof![
        Just(b"\"".to_vec()),
        Just(b"{".to_vec()),
        Just(b"%00".to_vec()),
        Just(b"99999999999999999999".to_vec()),
        Just(b"\r\n".to_vec()),
        Just("é".as_bytes().to_vec()),
        proptest::collection::vec(any::<u8>(), 1..16),
    ];
    prop_oneof![
        (any::<u16>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<u16>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        any::<u16>().prop_map(Mutation::Truncate),
        (any::<u16>(), interesting).prop_map(|(i, b)| Mutation::Insert(i, b)),
    ]
}

/// Sends `raw`, closes the sending side and reads the whole answer.
fn exchange(addr: SocketAddr, raw: &[u8]) -> Vec<u8> {
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
fn judge(answer: &[u8], raw: &[u8]) {
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

fn iters(default: u32) -> u32 {
    std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn fuzz_suite(b: &Backend) {
    let s = serve(
        b,
        Config {
            ip_rate: 0.0,
            mailbox_rate: 0.0,
            max_wait_secs: 1,
            header_read_timeout_secs: 2,
            ..Config::default()
        },
    );
    let seeds = seeds();
    // Each seed, unchanged, gets an answer from the handlers: the harness
    // reaches them.
    for raw in &seeds {
        let a = exchange(s.addr, raw);
        assert!(
            a.starts_with(b"HTTP/1.1 "),
            "{:?} for {:?}",
            String::from_utf8_lossy(&a),
            String::from_utf8_lossy(raw)
        );
        judge(&a, raw);
    }
    let cases = iters(300);
    let mut runner = TestRunner::new(RunnerConfig {
        cases,
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    let started = Instant::now();
    runner
        .run(
            &(0..seeds.len(), proptest::collection::vec(mutation(), 1..5)),
            |(i, muts)| {
                let raw = mutate(seeds[i].clone(), &muts);
                judge(&exchange(s.addr, &raw), &raw);
                Ok(())
            },
        )
        .unwrap();
    let backend = match b {
        Backend::Sqlite(_) => "sqlite",
        _ => "postgres",
    };
    eprintln!(
        "fuzz relay_http_{backend}: {cases} executions in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // Still serving an honest client.
    let honest = "44556677889900aabbccddeeff001122";
    let append = request(
        "POST",
        &format!("/v1/mailboxes/{honest}/messages"),
        true,
        r#"{"seq":1,"data":"aGk="}"#,
    );
    let a = exchange(s.addr, &append);
    assert!(
        a.starts_with(b"HTTP/1.1 201"),
        "{}",
        String::from_utf8_lossy(&a)
    );
    let read = request(
        "GET",
        &format!("/v1/mailboxes/{honest}/messages?after=0"),
        true,
        "",
    );
    let a = String::from_utf8_lossy(&exchange(s.addr, &read)).to_string();
    assert!(a.starts_with("HTTP/1.1 200") && a.contains("aGk="), "{a}");
}

#[test]
fn mutated_requests_get_meant_answers_on_both_backends() {
    both("fuzz_http", fuzz_suite);
}
