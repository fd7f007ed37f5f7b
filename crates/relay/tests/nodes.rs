//! Two relay nodes over one PostgreSQL: a reader waiting on node B wakes
//! promptly when an append lands on node A (LISTEN/NOTIFY), also after B's
//! listening connection was killed and re-opened. Re-reading is off
//! (`repoll_secs: 0`), so without cross-node wake-ups every wait here would
//! run to its end (20 s) and the test fails.

mod common;

use common::{no_rate_limits, serve, with_pg, ws_connect, ws_text, Backend, Pg};
use harbour_relay::store::postgres::LISTENER_NAME;
use harbour_relay::Config;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const MB: &str = "00112233445566778899aabbccddeeff";
const TOKEN: &str = common::WS_TOKEN;
/// A wake-up across nodes must arrive well within this (the wait is 20 s).
const PROMPT: Duration = Duration::from_secs(3);

fn agent() -> ureq::Agent {
    common::agent(Duration::from_secs(40))
}

fn append(base: &str, seq: u64) {
    use base64::Engine;
    let data = base64::engine::general_purpose::STANDARD.encode([seq as u8; 40]);
    let r = agent()
        .post(format!("{base}/v1/mailboxes/{MB}/messages"))
        .header("Authorization", format!("Bearer {TOKEN}"))
        .content_type("application/json")
        .send(json!({"seq": seq, "data": data}).to_string())
        .expect("append");
    assert_eq!(r.status().as_u16(), 201);
}

/// Long-polls `base` after `after` in a thread; returns (page, when it came).
fn long_poll(base: &str, after: u64) -> std::thread::JoinHandle<(Value, Instant)> {
    let url = format!("{base}/v1/mailboxes/{MB}/messages?after={after}&wait=20");
    std::thread::spawn(move || {
        let mut r = agent()
            .get(&url)
            .header("Authorization", format!("Bearer {TOKEN}"))
            .call()
            .expect("long-poll");
        let v: Value =
            serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("JSON page");
        (v, Instant::now())
    })
}

/// Runs `sql` on the relays' database with the listening connections'
/// application name as `$1`.
fn on_listeners(url: &str, sql: &'static str) -> Vec<tokio_postgres::Row> {
    with_pg(url, |c| async move {
        c.query(sql, &[&LISTENER_NAME]).await.expect(sql)
    })
}

/// The listening connections' backend pids (one per node once listening).
fn listeners(url: &str) -> Vec<i32> {
    on_listeners(
        url,
        "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() ORDER BY pid",
    )
    .iter()
    .map(|r| r.get(0))
    .collect()
}

fn kill_listeners(url: &str) {
    on_listeners(
        url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
    );
}

/// Waits until two listeners are connected and none of them is in `old`.
fn await_listeners(url: &str, old: &[i32]) {
    let t = Instant::now();
    loop {
        let now = listeners(url);
        if now.len() == 2 && now.iter().all(|p| !old.contains(p)) {
            return;
        }
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "the relays' listening connections did not come up: {now:?} (old {old:?})"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn assert_prompt(h: std::thread::JoinHandle<(Value, Instant)>, appended: Instant, seq: u64) {
    let (page, at) = h.join().expect("long-poll thread");
    let took = at.saturating_duration_since(appended);
    assert_eq!(
        page["messages"][0]["seq"], seq,
        "the waiting reader on the other node got: {page}"
    );
    assert!(
        took < PROMPT,
        "the reader on the other node took {took:?} to wake"
    );
    eprintln!("woke {took:?} after the append on the other node");
}

#[test]
fn a_reader_on_one_node_wakes_for_an_append_on_another() {
    let Some(pg) = Pg::start() else { return };
    let url = pg.fresh_db("nodes");
    let config = Config {
        repoll_secs: 0,
        ..no_rate_limits()
    };
    let a = serve(&Backend::Postgres(url.clone()), config.clone());
    let b = serve(&Backend::Postgres(url.clone()), config);
    await_listeners(&url, &[]);

    // Long-poll on B, append on A.
    let h = long_poll(&b.base, 0);
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    append(&a.base, 1);
    assert_prompt(h, t, 1);

    // And the other way round.
    let h = long_poll(&a.base, 1);
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    append(&b.base, 2);
    assert_prompt(h, t, 2);

    // A WebSocket on B is pushed an append taken by A.
    let mut ws = ws_connect(&b.addr, MB);
    let first = ws_text(&mut ws);
    assert_eq!(first["messages"].as_array().map(Vec::len), Some(2));
    let t = Instant::now();
    append(&a.base, 3);
    let pushed = ws_text(&mut ws);
    assert_eq!(pushed["messages"][0]["seq"], 3, "{pushed}");
    assert!(t.elapsed() < PROMPT, "push took {:?}", t.elapsed());

    // Kill both listening connections: the nodes re-open them and wake-ups
    // across nodes work again.
    let old = listeners(&url);
    kill_listeners(&url);
    await_listeners(&url, &old);
    let h = long_poll(&b.base, 3);
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    append(&a.base, 4);
    assert_prompt(h, t, 4);
}
