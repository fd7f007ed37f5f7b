//! The relay's HTTP API over real loopback HTTP, on both backends.

mod common;

use common::{both, no_rate_limits, serve, sqlite, ws_connect, ws_handshake, ws_text, Backend};
use harbour_relay::Config;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

fn agent() -> ureq::Agent {
    common::agent(Duration::from_secs(30))
}

struct R {
    status: u16,
    body: Value,
    retry_after: Option<String>,
}

fn done(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> R {
    let mut r = r.expect("request");
    let status = r.status().as_u16();
    let retry_after = r
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    let text = r.body_mut().read_to_string().expect("body");
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    R {
        status,
        body,
        retry_after,
    }
}

const MB: &str = "0123456789abcdef0123456789abcdef";
const TOKEN: &str = common::WS_TOKEN;
const BEARER: &str = "Bearer 11111111111111111111111111111111111111111111111111111111111111aa";
const OTHER: &str = "22222222222222222222222222222222222222222222222222222222222222bb";

fn b64(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(b)
}

fn append(a: &ureq::Agent, base: &str, mb: &str, token: &str, seq: u64, data: &[u8]) -> R {
    done(
        a.post(format!("{base}/v1/mailboxes/{mb}/messages"))
            .header("Authorization", format!("Bearer {token}"))
            .content_type("application/json")
            .send(json!({"seq": seq, "data": b64(data)}).to_string()),
    )
}

fn raw_post(a: &ureq::Agent, url: &str, auth: Option<&str>, body: &str) -> R {
    let mut rq = a.post(url).content_type("application/json");
    if let Some(t) = auth {
        rq = rq.header("Authorization", t);
    }
    done(rq.send(body))
}

fn code(r: &R) -> &str {
    r.body["error"]["code"]
        .as_str()
        .unwrap_or("<no JSON error>")
}

fn assert_err(r: &R, status: u16, c: &str) {
    assert_eq!(r.status, status, "body: {}", r.body);
    assert_eq!(code(r), c, "body: {}", r.body);
    assert!(
        r.body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "a message: {}",
        r.body
    );
}

fn config() -> Config {
    Config {
        max_message: 2048,
        max_page_bytes: 12,
        mailbox_max_count: 20,
        mailbox_max_bytes: 1 << 20,
        ..no_rate_limits()
    }
}

fn api_suite(b: &Backend) {
    let s = serve(b, config());
    let base = s.base.as_str();
    let a = agent();
    let url = format!("{base}/v1/mailboxes/{MB}/messages");

    // Health and metrics.
    let r = done(a.get(format!("{base}/healthz")).call());
    assert_eq!(r.status, 200);
    assert_eq!(r.body["status"], "ok");

    // Happy path: append, read after, delete.
    let r = append(&a, base, MB, TOKEN, 1, b"first envelope");
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["seq"], 1);
    assert_eq!(append(&a, base, MB, TOKEN, 2, b"second").status, 201);
    let r = done(
        a.get(format!("{url}?after=0"))
            .header("Authorization", BEARER)
            .call(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.body["last_seq"], 2);
    assert_eq!(r.body["messages"][0]["seq"], 1);
    assert_eq!(r.body["messages"][0]["data"], b64(b"first envelope"));
    let r = done(
        a.get(format!("{url}?after=1"))
            .header("Authorization", BEARER)
            .call(),
    );
    assert_eq!(r.body["messages"].as_array().map(Vec::len), Some(1));
    assert_eq!(r.body["messages"][0]["data"], b64(b"second"));
    // Pages stop at --max-page-bytes (12 here): "first envelope" (14 bytes)
    // fills it, "second" waits for the next page; last_seq says so.
    let r = done(
        a.get(format!("{url}?after=0&limit=256"))
            .header("Authorization", BEARER)
            .call(),
    );
    assert_eq!(
        r.body["messages"].as_array().map(Vec::len),
        Some(1),
        "{}",
        r.body
    );
    assert_eq!(r.body["last_seq"], 2);
    // An unknown mailbox is simply empty.
    let r = done(
        a.get(format!("{base}/v1/mailboxes/{}/messages", "f".repeat(32)))
            .header("Authorization", BEARER)
            .call(),
    );
    assert_eq!((r.status, r.body["last_seq"].clone()), (200, json!(0)));

    // Wrong seq: 409 with the current last seq.
    let r = append(&a, base, MB, TOKEN, 2, b"dup");
    assert_err(&r, 409, "seq_conflict");
    assert_eq!(r.body["last_seq"], 2);
    let r = append(&a, base, MB, TOKEN, 7, b"gap");
    assert_err(&r, 409, "seq_conflict");
    assert_eq!(r.body["last_seq"], 2);

    // Wrong or missing token.
    assert_err(&append(&a, base, MB, OTHER, 3, b"x"), 403, "wrong_token");
    let body = json!({"seq": 3, "data": b64(b"x")}).to_string();
    assert_err(&raw_post(&a, &url, None, &body), 401, "token_required");
    assert_err(
        &raw_post(&a, &url, Some("Bearer nothex"), &body),
        401,
        "token_required",
    );
    let r = done(
        a.delete(format!("{url}?upto=1"))
            .header("Authorization", format!("Bearer {OTHER}"))
            .call(),
    );
    assert_err(&r, 403, "wrong_token");
    let r = done(
        a.delete(format!("{url}?upto=1"))
            .header("Authorization", format!("Bearer {TOKEN}"))
            .call(),
    );
    assert_eq!((r.status, r.body["deleted"].clone()), (200, json!(1)));
    let r = done(
        a.get(format!("{url}?after=0"))
            .header("Authorization", BEARER)
            .call(),
    );
    assert_eq!(r.body["messages"][0]["seq"], 2);

    // Oversized: declared body over the limit (refused before reading it),
    // and decoded data over the message cap.
    let huge = json!({"seq": 3, "data": b64(&vec![7u8; 64 * 1024])}).to_string();
    assert_err(
        &raw_post(&a, &url, Some(&format!("Bearer {TOKEN}")), &huge),
        413,
        "too_large",
    );
    let r = append(&a, base, MB, TOKEN, 3, &vec![7u8; 2049]);
    assert_err(&r, 413, "too_large");
    assert_eq!(append(&a, base, MB, TOKEN, 3, &vec![7u8; 2048]).status, 201);

    // Batch append: several messages in one request, all or nothing.
    let bmb = "b".repeat(32);
    let bauth = format!("Bearer {TOKEN}");
    let burl = format!("{base}/v1/mailboxes/{bmb}/messages");
    let batch = |seq: u64, items: &[&[u8]]| {
        json!({"seq": seq, "batch": items.iter().map(|d| b64(d)).collect::<Vec<_>>()}).to_string()
    };
    let r = raw_post(&a, &burl, Some(&bauth), &batch(1, &[b"b1", b"b2", b"b3"]));
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(
        (r.body["seq"].clone(), r.body["count"].clone()),
        (json!(3), json!(3))
    );
    let r = raw_post(&a, &burl, Some(&bauth), &batch(3, &[b"dup"]));
    assert_err(&r, 409, "seq_conflict");
    assert_eq!(r.body["last_seq"], 3);
    // One bad item refuses the whole batch.
    let bad = json!({"seq": 4, "batch": [b64(b"ok"), "not base64!"]}).to_string();
    assert_err(&raw_post(&a, &burl, Some(&bauth), &bad), 400, "bad_base64");
    let bad = json!({"seq": 4, "batch": [b64(b"ok"), ""]}).to_string();
    assert_err(&raw_post(&a, &burl, Some(&bauth), &bad), 400, "empty");
    let bad = json!({"seq": 4, "batch": [b64(b"ok"), b64(&vec![1u8; 2049])]}).to_string();
    assert_err(&raw_post(&a, &burl, Some(&bauth), &bad), 413, "too_large");
    let bad = json!({"seq": 4, "batch": []}).to_string();
    assert_err(&raw_post(&a, &burl, Some(&bauth), &bad), 400, "bad_batch");
    let many: Vec<String> = (0..65).map(|_| b64(b"m")).collect();
    let bad = json!({"seq": 4, "batch": many}).to_string();
    assert_err(&raw_post(&a, &burl, Some(&bauth), &bad), 400, "bad_batch");
    let bad = json!({"seq": 4, "data": b64(b"x"), "batch": [b64(b"y")]}).to_string();
    assert_err(&raw_post(&a, &burl, Some(&bauth), &bad), 400, "bad_json");
    let bad = json!({"seq": 4}).to_string();
    assert_err(&raw_post(&a, &burl, Some(&bauth), &bad), 400, "bad_json");
    // Past the quota (20): none of it is kept.
    let r = raw_post(&a, &burl, Some(&bauth), &batch(4, &[b"q".as_slice(); 18]));
    assert_err(&r, 507, "mailbox_full");
    let r = done(
        a.get(format!("{burl}?after=0"))
            .header("Authorization", BEARER)
            .call(),
    );
    assert_eq!(r.body["last_seq"], 3);
    let seqs: Vec<u64> = r.body["messages"]
        .as_array()
        .map(|m| m.iter().filter_map(|x| x["seq"].as_u64()).collect())
        .unwrap_or_default();
    assert_eq!(seqs, vec![1, 2, 3]);
    assert_eq!(r.body["messages"][2]["data"], b64(b"b3"));
    let r = raw_post(&a, &burl, Some(&bauth), &batch(4, &[b"b4", b"b5"]));
    assert_eq!((r.status, r.body["seq"].clone()), (201, json!(5)));

    // Quota: 20 messages per mailbox.
    let qmb = "a".repeat(32);
    for seq in 1..=20 {
        assert_eq!(append(&a, base, &qmb, TOKEN, seq, b"q").status, 201);
    }
    assert_err(
        &append(&a, base, &qmb, TOKEN, 21, b"q"),
        507,
        "mailbox_full",
    );

    // Malformed requests: never a panic, always a JSON 400.
    let auth = format!("Bearer {TOKEN}");
    assert_err(
        &raw_post(&a, &url, Some(&auth), "{not json"),
        400,
        "bad_json",
    );
    assert_err(
        &raw_post(&a, &url, Some(&auth), r#"{"seq":4,"data":"%%%"}"#),
        400,
        "bad_base64",
    );
    assert_err(
        &raw_post(&a, &url, Some(&auth), r#"{"seq":-1,"data":"AA=="}"#),
        400,
        "bad_json",
    );
    assert_err(
        &raw_post(&a, &url, Some(&auth), r#"{"seq":0,"data":"AA=="}"#),
        400,
        "bad_seq",
    );
    assert_err(
        &raw_post(&a, &url, Some(&auth), r#"{"seq":4,"data":""}"#),
        400,
        "empty",
    );
    assert_err(
        &raw_post(
            &a,
            &format!("{base}/v1/mailboxes/XYZ/messages"),
            Some(&auth),
            &body,
        ),
        400,
        "bad_id",
    );
    assert_err(
        &raw_post(
            &a,
            &format!("{base}/v1/mailboxes/%ff%fe/messages"),
            Some(&auth),
            &body,
        ),
        400,
        "bad_id",
    );
    assert_err(
        &done(
            a.get(format!("{url}?after=banana"))
                .header("Authorization", BEARER)
                .call(),
        ),
        400,
        "bad_query",
    );
    assert_err(
        &done(
            a.get(format!("{url}?evil=1"))
                .header("Authorization", BEARER)
                .call(),
        ),
        400,
        "bad_query",
    );
    assert_err(
        &done(a.delete(&url).header("Authorization", auth.as_str()).call()),
        400,
        "bad_query",
    );
    assert_err(
        &done(
            a.get(format!("{base}/v1/mailboxes/{MB}/ws"))
                .header("Authorization", BEARER)
                .call(),
        ),
        400,
        "websocket_required",
    );
    assert_err(
        &done(a.get(format!("{base}/nope")).call()),
        404,
        "not_found",
    );
    assert_err(&done(a.put(&url).send("{}")), 405, "method_not_allowed");

    // Rendezvous: put once, take once, expire.
    let slot = format!("{base}/v1/rendezvous/{}", "b".repeat(32));
    let put = |data: &str, ttl: u64| {
        done(
            a.put(&slot)
                .content_type("application/json")
                .send(json!({"data": data, "ttl": ttl}).to_string()),
        )
    };
    assert_eq!(put(&b64(b"pairing"), 60).status, 201);
    assert_err(&put(&b64(b"again"), 60), 409, "slot_taken");
    let r = done(a.post(format!("{slot}/take")).send_empty());
    assert_eq!(
        (r.status, r.body["data"].clone()),
        (200, json!(b64(b"pairing")))
    );
    assert_err(
        &done(a.post(format!("{slot}/take")).send_empty()),
        404,
        "slot_not_found",
    );
    assert_err(&put(&b64(b"x"), 0), 400, "bad_ttl");
    assert_err(&put(&b64(b"x"), 10_000_000), 400, "bad_ttl");
    assert_err(&put("!!", 5), 400, "bad_base64");
    assert_eq!(put(&b64(b"short"), 1).status, 201);
    std::thread::sleep(Duration::from_millis(2100));
    assert_err(
        &done(a.post(format!("{slot}/take")).send_empty()),
        404,
        "slot_not_found",
    );

    // Long-poll wakes on append (well before its 20 s timeout).
    let lp = "c".repeat(32);
    let reader = {
        let a = agent();
        let u = format!("{base}/v1/mailboxes/{lp}/messages?after=0&wait=20");
        std::thread::spawn(move || {
            let t = Instant::now();
            let r = done(a.get(&u).header("Authorization", BEARER).call());
            (r.status, r.body, t.elapsed())
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(append(&a, base, &lp, TOKEN, 1, b"wake").status, 201);
    let (status, body, took) = reader.join().expect("reader");
    assert_eq!(status, 200);
    assert_eq!(body["messages"][0]["data"], b64(b"wake"));
    assert!(took < Duration::from_secs(5), "woke after {took:?}");
    // A long-poll with nothing new returns empty after its wait.
    let t = Instant::now();
    let r = done(
        a.get(format!("{base}/v1/mailboxes/{lp}/messages?after=1&wait=1"))
            .header("Authorization", BEARER)
            .call(),
    );
    assert_eq!(r.body["messages"], json!([]));
    assert!(t.elapsed() >= Duration::from_millis(900));

    // WebSocket push: what is there, then each new append as it happens.
    let wsmb = "e".repeat(32);
    assert_eq!(append(&a, base, &wsmb, TOKEN, 1, b"before").status, 201);
    let mut ws = ws_connect(&s.addr, &wsmb);
    let first = ws_text(&mut ws);
    assert_eq!(first["messages"][0]["seq"], 1, "{first}");
    assert_eq!(first["messages"][0]["data"], b64(b"before"));
    let t = Instant::now();
    assert_eq!(append(&a, base, &wsmb, TOKEN, 2, b"pushed").status, 201);
    let next = ws_text(&mut ws);
    assert_eq!(next["messages"][0]["seq"], 2, "{next}");
    assert_eq!(next["messages"][0]["data"], b64(b"pushed"));
    assert!(t.elapsed() < Duration::from_secs(5));

    // Metrics in Prometheus text, with no ids or tokens in them.
    let r = done(a.get(format!("{base}/metrics")).call());
    let text = r.body.as_str().unwrap_or_default().to_string();
    assert!(text.contains("harbour_relay_appends_total "), "{text}");
    assert!(
        text.contains("harbour_relay_errors_total{code=\"seq_conflict\"} 3"),
        "{text}"
    );
    assert!(!text.contains(MB) && !text.contains(TOKEN));
}

fn read_as(a: &ureq::Agent, url: &str, token: Option<&str>) -> R {
    let mut rq = a.get(url);
    if let Some(t) = token {
        rq = rq.header("Authorization", format!("Bearer {t}"));
    }
    done(rq.call())
}

/// A copied mailbox id (from a proxy's log, a screenshot of diagnostics)
/// is not enough to read the mailbox: reads, long-polls and WebSockets
/// need the mailbox's token, as appends and deletes do.
fn reads_suite(b: &Backend) {
    let s = serve(b, config());
    let base = s.base.as_str();
    let a = agent();
    let mb = "7".repeat(32);
    let url = format!("{base}/v1/mailboxes/{mb}/messages?after=0");
    assert_eq!(append(&a, base, &mb, TOKEN, 1, b"crisis").status, 201);

    assert_err(&read_as(&a, &url, None), 401, "token_required");
    assert_err(&read_as(&a, &url, Some("nothex")), 401, "token_required");
    let r = read_as(&a, &url, Some(OTHER));
    assert_err(&r, 403, "wrong_token");
    assert!(!r.body.to_string().contains(&b64(b"crisis")));
    let r = read_as(&a, &url, Some(TOKEN));
    assert_eq!(r.body["messages"][0]["data"], b64(b"crisis"), "{}", r.body);

    // A stranger long-polling a mailbox before its owner claims it gets a
    // refusal when the first message lands, not the message.
    let lp = "8".repeat(32);
    let stranger = {
        let a = agent();
        let u = format!("{base}/v1/mailboxes/{lp}/messages?after=0&wait=20");
        std::thread::spawn(move || read_as(&a, &u, Some(OTHER)))
    };
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(append(&a, base, &lp, TOKEN, 1, b"first").status, 201);
    let r = stranger.join().expect("stranger");
    assert_err(&r, 403, "wrong_token");
    assert!(!r.body.to_string().contains(&b64(b"first")));
    // An unclaimed mailbox is empty to anyone.
    let r = read_as(
        &a,
        &format!("{base}/v1/mailboxes/{}/messages", "6".repeat(32)),
        Some(OTHER),
    );
    assert_eq!((r.status, r.body["last_seq"].clone()), (200, json!(0)));

    // WebSockets: refused before the upgrade without the token.
    let (head, _) = ws_handshake(&s.addr, &mb, None);
    assert!(head.starts_with("HTTP/1.1 401"), "{head}");
    let (head, _) = ws_handshake(&s.addr, &mb, Some(OTHER));
    assert!(head.starts_with("HTTP/1.1 403"), "{head}");
    let mut ws = ws_connect(&s.addr, &mb);
    assert_eq!(ws_text(&mut ws)["messages"][0]["data"], b64(b"crisis"));
}

fn limits_suite(b: &Backend) {
    // Rate limits: per mailbox, then per client address.
    let s = serve(
        b,
        Config {
            mailbox_rate: 1.0,
            mailbox_burst: 3.0,
            ..no_rate_limits()
        },
    );
    let a = agent();
    let rl = "9".repeat(32);
    for seq in 1..=3 {
        assert_eq!(append(&a, &s.base, &rl, TOKEN, seq, b"m").status, 201);
    }
    let r = append(&a, &s.base, &rl, TOKEN, 4, b"m");
    assert_err(&r, 429, "rate_limited");
    assert!(r.retry_after.is_some());
    // Another mailbox is not affected.
    assert_eq!(
        append(&a, &s.base, &"d".repeat(32), TOKEN, 1, b"m").status,
        201
    );

    let s = serve(
        b,
        Config {
            ip_rate: 1.0,
            ip_burst: 5.0,
            ..no_rate_limits()
        },
    );
    let mut limited = None;
    for i in 0..10 {
        let r = done(
            a.get(format!("{}/v1/mailboxes/{MB}/messages", s.base))
                .header("Authorization", BEARER)
                .call(),
        );
        if r.status == 429 {
            limited = Some((i, r));
            break;
        }
    }
    let (i, r) = limited.expect("the client limit answers 429");
    assert_eq!(i, 5);
    assert_err(&r, 429, "rate_limited");
}

/// Many writers together cannot fill the disk: past the global cap every
/// append is refused with 507 `relay_full` (and counted in /metrics), and
/// the relay takes appends again once owners delete what they read.
fn total_cap_suite(b: &Backend) {
    let s = serve(
        b,
        Config {
            max_total_bytes: 3000,
            ..config()
        },
    );
    let a = agent();
    let (one, two) = ("a".repeat(32), "b".repeat(32));
    assert_eq!(append(&a, &s.base, &one, TOKEN, 1, &[1; 1000]).status, 201);
    assert_eq!(append(&a, &s.base, &one, TOKEN, 2, &[2; 1000]).status, 201);
    // Another writer, another mailbox: the cap is for all of them.
    assert_eq!(append(&a, &s.base, &two, OTHER, 1, &[3; 1000]).status, 201);
    assert_err(
        &append(&a, &s.base, &two, OTHER, 2, &[4; 1]),
        507,
        "relay_full",
    );
    let m = done(a.get(format!("{}/metrics", s.base)).call());
    let text = m.body.as_str().unwrap_or_default().to_string();
    for line in [
        "harbour_relay_stored_bytes 3000",
        "harbour_relay_limit{limit=\"max_total_bytes\"} 3000",
        "harbour_relay_errors_total{code=\"relay_full\"} 1",
    ] {
        assert!(text.contains(line), "{line} in\n{text}");
    }
    // The owner of the first mailbox deletes what it read: room again.
    let url = format!("{}/v1/mailboxes/{one}/messages?upto=2", s.base);
    let r = done(
        a.delete(&url)
            .header("Authorization", format!("Bearer {TOKEN}"))
            .call(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(append(&a, &s.base, &two, OTHER, 2, &[4; 1]).status, 201);
}

#[test]
fn api_on_both_backends() {
    both("api", |b| {
        api_suite(b);
        reads_suite(b);
        limits_suite(b);
    });
}

#[test]
fn a_full_relay_refuses_appends_on_both_backends() {
    // Its own databases: the cap counts everything stored.
    both("total", total_cap_suite);
}

/// Reads until the server closes the connection; true if it did within
/// `within` (a read timeout is "still open").
fn closed_within(s: &mut std::net::TcpStream, within: Duration) -> bool {
    use std::io::Read;
    s.set_read_timeout(Some(within)).expect("timeout");
    let mut buf = [0u8; 1024];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false
            }
            Err(_) => return true,
        }
    }
}

/// Opens a connection and sends `sent` (`what_is_sent`), then nothing: the
/// relay must close it within 8 s (`kept` says what held it open).
fn assert_cut_off(addr: std::net::SocketAddr, sent: &[u8], what_is_sent: &str, kept: &str) {
    use std::io::Write;
    let mut slow = std::net::TcpStream::connect(addr).expect("connect");
    slow.write_all(sent).expect(what_is_sent);
    let started = Instant::now();
    assert!(closed_within(&mut slow, Duration::from_secs(8)), "{kept}");
    assert!(started.elapsed() < Duration::from_secs(8));
}

/// Hostile clients on the open internet: one that sends half a request head
/// and then nothing (slowloris: before, it held a connection for as long as
/// it liked), and one that opens more connections than it may (WebSockets
/// included). Both are cut off; honest requests still get through.
#[test]
fn a_slow_request_head_and_too_many_connections_are_cut_off() {
    use std::net::TcpStream;
    let b = sqlite();
    let s = serve(
        &b,
        Config {
            header_read_timeout_secs: 1,
            body_read_timeout_secs: 1,
            max_connections_per_ip: 3,
            ..config()
        },
    );
    let a = agent();
    let health = |a: &ureq::Agent| done(a.get(format!("{}/healthz", s.base)).call()).status;

    assert_cut_off(
        s.addr,
        b"GET /healthz HTTP/1.1\r\nHost: relay\r\n",
        "half a head",
        "slowloris kept its connection",
    );

    // A whole head, then a body that never finishes: refused in time.
    let head_and_some_body = format!(
        "POST /v1/mailboxes/{MB}/messages HTTP/1.1\r\nHost: relay\r\n\
         Authorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n\
         Content-Length: 500\r\n\r\n{{\"seq\":1,"
    );
    assert_cut_off(
        s.addr,
        head_and_some_body.as_bytes(),
        "a head and the start of a body",
        "a body trickling in kept its connection",
    );

    // Three WebSockets from this address fill its share...
    let sockets: Vec<TcpStream> = (0..3).map(|_| ws_connect(&s.addr, MB)).collect();
    std::thread::sleep(Duration::from_millis(1500)); // past the header timeout: still counted
    let mut extra = TcpStream::connect(s.addr).expect("connect");
    assert!(
        closed_within(&mut extra, Duration::from_secs(5)),
        "a fourth connection from one address was kept"
    );
    // ...and when they close, requests get through again.
    drop(sockets);
    let deadline = Instant::now() + Duration::from_secs(5);
    while health(&a) != 200 {
        assert!(
            Instant::now() < deadline,
            "the address never got its share back"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let m = done(a.get(format!("{}/metrics", s.base)).call());
    let text = m.body.as_str().unwrap_or_default().to_string();
    let refused = text
        .lines()
        .find_map(|l| l.strip_prefix("harbour_relay_connections_refused_total "))
        .and_then(|v| v.parse::<u64>().ok());
    assert!(refused.is_some_and(|n| n >= 1), "{text}");
    assert!(
        text.contains("harbour_relay_limit{limit=\"max_connections_per_ip\"} 3"),
        "{text}"
    );
}
