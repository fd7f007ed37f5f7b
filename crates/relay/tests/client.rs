//! The relay client (`Engine::relay_sync`, crates/sync/src/relay.rs) against
//! a real relay on both backends: pairing by syncing until the supporter has
//! the plan, then envelopes kept while the relay was unreachable go out in
//! one batch per mailbox.

mod common;

use common::{both, no_rate_limits, serve, serve_at, sqlite, Backend, Served};
use harbour_doc::Edit;
use harbour_relay::Config;
use harbour_sync::engine::Joined;
use harbour_sync::{Engine, MemStore, ReadSettings, Store};

const NOW: u64 = 1_800_000_000;

fn set(d: &mut Engine<MemStore>, path: &str, text: &str) {
    let mut doc = d.plan_doc().expect("plan");
    let a = doc
        .apply(
            &Edit::SetText {
                path: path.into(),
                text: text.into(),
            },
            NOW as i64,
        )
        .expect("edit");
    let views = doc.materialise().expect("views");
    d.store.append_plan(&a.change, &views).expect("append");
}

fn engine() -> Engine<MemStore> {
    Engine::open(MemStore::default()).expect("engine")
}

/// Alex (the person, whose plan says `words`) and Sam, not paired yet.
fn alex_and_sam(words: &str) -> (Engine<MemStore>, Engine<MemStore>) {
    let mut alex = engine();
    set(&mut alex, "crisis.when_well", words);
    (alex, engine())
}

/// Alex invites `sup` as `name` (sharing the crisis section) and `sup` joins.
fn invite(alex: &mut Engine<MemStore>, sup: &mut Engine<MemStore>, name: &str) -> Joined {
    let inv = alex
        .invite(name, &["crisis".to_string()], false, "Alex", NOW)
        .expect("invite");
    sup.join(&inv.link, NOW).expect("join")
}

fn has(d: &Engine<MemStore>, person: &str, text: &str) -> bool {
    d.shared_plan(person)
        .is_ok_and(|p| format!("{p:?}").contains(text))
}

fn suite(b: &Backend) {
    let s = serve(b, no_rate_limits());
    let url = s.base.as_str();
    let (mut alex, mut sam) = alex_and_sam("first words");
    let joined = invite(&mut alex, &mut sam, "Sam");
    let person = joined.person;
    let code = joined.code;
    // Pairing takes as many hops as it takes: sync both until Sam has it.
    let mut rounds = 0;
    while !has(&sam, &person, "first words") {
        rounds += 1;
        assert!(rounds <= 10, "no shared plan after 10 rounds");
        sam.relay_sync(url, NOW).expect("sam sync");
        alex.relay_sync(url, NOW).expect("alex sync");
        // The person types the code Sam's app shows once the answer is in.
        if !alex.supporter_answers("Sam").expect("Sam").is_empty() {
            alex.confirm_supporter("Sam", &code).expect("confirm");
            alex.relay_sync(url, NOW).expect("alex sync");
        }
        sam.relay_sync(url, NOW).expect("sam sync");
    }

    // The relay is unreachable for two edits: what was sealed is kept...
    let dead = "http://127.0.0.1:9";
    for (i, text) in ["second words", "third words"].iter().enumerate() {
        set(&mut alex, "crisis.when_well", text);
        assert!(
            alex.relay_sync(dead, NOW + i as u64).is_err(),
            "port 9 should refuse"
        );
    }
    // ...and goes out in batches: fewer append requests than envelopes.
    let r = alex.relay_sync(url, NOW + 5).expect("alex sync");
    assert!(r.sent >= 2, "sent {}", r.sent);
    assert!(
        r.append_requests < r.sent,
        "{} envelopes took {} append requests",
        r.sent,
        r.append_requests
    );
    assert_eq!(r.unsent, 0);
    sam.relay_sync(url, NOW + 6).expect("sam sync");
    assert!(has(&sam, &person, "third words"), "the last edit arrived");
    // Nothing is left to send twice.
    let again = alex.relay_sync(url, NOW + 7).expect("alex sync");
    assert_eq!(again.unsent, 0);
}

#[test]
fn relay_client_pairs_and_batches_on_both_backends() {
    both("client", suite);
}

/// One HTTP/1.1 request on loopback; the status and the JSON body.
fn http(
    addr: &std::net::SocketAddr,
    head: &str,
    token: Option<&str>,
    body: &str,
) -> (u16, serde_json::Value) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let req = format!(
        "{head} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).expect("write");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read");
    let status = out[9..12].parse().expect("status");
    let json = out
        .split("\r\n\r\n")
        .nth(1)
        .and_then(|b| serde_json::from_str(b).ok())
        .unwrap_or(serde_json::Value::Null);
    (status, json)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The mailbox the person writes to a supporter on, and its write token
/// (a supporter knows both: they share the root).
fn down_mailbox(alex: &Engine<MemStore>, name: &str) -> (String, String) {
    use harbour_sync::keys::{Direction, Purpose, StreamKeys};
    let rel = alex
        .state
        .supporters
        .iter()
        .find(|s| s.name == name)
        .expect("supporter");
    let root = rel.root.key().clone();
    let k = StreamKeys::derive(
        &root,
        Purpose::Supporter,
        Direction::Down,
        rel.generation,
        0,
    )
    .expect("keys");
    (hex(&k.mailbox), hex(&k.write_token))
}

/// The mailbox's last seq (0 if nothing was ever appended), as a read says.
fn last_seq(addr: &std::net::SocketAddr, (mb, token): &(String, String)) -> u64 {
    let (status, v) = http(
        addr,
        &format!("GET /v1/mailboxes/{mb}/messages?after=0&limit=1"),
        Some(token),
        "",
    );
    assert_eq!(status, 200, "reading {mb}: {v}");
    v["last_seq"]
        .as_u64()
        .unwrap_or_else(|| panic!("no last_seq in {v}"))
}

/// Pairs `sup` with Alex as `name` over the relay, the person typing the code.
fn pair(alex: &mut Engine<MemStore>, sup: &mut Engine<MemStore>, name: &str, url: &str) {
    let joined = invite(alex, sup, name);
    sup.relay_sync(url, NOW).expect("answer");
    alex.relay_sync(url, NOW).expect("alex sync");
    alex.confirm_supporter(name, &joined.code).expect("confirm");
    alex.relay_sync(url, NOW).expect("alex sync");
    sup.relay_sync(url, NOW).expect("sup sync");
    assert!(
        has(sup, &joined.person, "first words"),
        "{name} has the plan"
    );
}

/// A relay on a fresh SQLite database with `config`, and Alex (plan: "first
/// words") paired with Sam over it. The backend is first so that it is
/// dropped after the relay.
fn paired_on_sqlite(config: Config) -> (Backend, Served, Engine<MemStore>, Engine<MemStore>) {
    let b = sqlite();
    let s = serve(&b, config);
    let (mut alex, mut sam) = alex_and_sam("first words");
    pair(&mut alex, &mut sam, "Sam", &s.base);
    (b, s, alex, sam)
}

/// A revoke goes to the relay once, however many idle syncs follow (before,
/// each sync appended it again until the mailbox was full and the relay's
/// 507 stopped every sync); and one full mailbox is reported and skipped
/// while the other supporters still get the edit.
fn isolation_suite(b: &Backend) {
    let s = serve(
        b,
        Config {
            mailbox_max_count: 16,
            ..no_rate_limits()
        },
    );
    let url = s.base.as_str();
    let (mut alex, mut sam) = alex_and_sam("first words");
    let (mut kim, mut lee) = (engine(), engine());
    pair(&mut alex, &mut sam, "Sam", url);
    pair(&mut alex, &mut kim, "Kim", url);
    pair(&mut alex, &mut lee, "Lee", url);

    let sam_box = down_mailbox(&alex, "Sam");
    alex.revoke("Sam").expect("revoke");
    let before = last_seq(&s.addr, &sam_box);
    for t in 0..24 {
        let r = alex.relay_sync(url, NOW + t).expect("idle sync");
        assert!(r.report.refused.is_empty(), "{:?}", r.report.refused);
    }
    assert_eq!(
        last_seq(&s.addr, &sam_box),
        before + 1,
        "the revoke went once and idle syncs appended nothing"
    );
    let r = sam.relay_sync(url, NOW + 30).expect("sam sync");
    assert_eq!(r.report.revoked, vec!["Alex".to_string()]);

    // Kim (a supporter holds the token) fills the mailbox Alex writes to them.
    let kim_mailbox = down_mailbox(&alex, "Kim");
    let mut seq = last_seq(&s.addr, &kim_mailbox);
    let (kim_box, kim_token) = kim_mailbox;
    loop {
        seq += 1;
        let body = format!(r#"{{"seq":{seq},"data":"AAAA"}}"#);
        let (status, _) = http(
            &s.addr,
            &format!("POST /v1/mailboxes/{kim_box}/messages"),
            Some(&kim_token),
            &body,
        );
        if status == 507 {
            break;
        }
        assert_eq!(status, 201, "junk append");
        assert!(seq < 100, "the mailbox never filled");
    }
    set(&mut alex, "crisis.when_well", "words for Lee");
    let r = alex
        .relay_sync(url, NOW + 40)
        .expect("one full mailbox does not stop the sync");
    assert!(
        r.report.refused.iter().any(|(c, _)| c == "relay_refused"),
        "{:?}",
        r.report.refused
    );
    lee.relay_sync(url, NOW + 41).expect("lee sync");
    assert!(has(&lee, "Alex", "words for Lee"), "Lee got the edit");
    // Kim's app reads the junk, refuses it as not a message, and goes on
    // with the plan it had.
    let r = kim.relay_sync(url, NOW + 42).expect("kim sync");
    assert!(!r.report.refused.is_empty(), "{:?}", r.report);
    assert!(
        r.report.refused.iter().all(|(c, _)| c == "message_invalid"),
        "{:?}",
        r.report.refused
    );
    assert!(has(&kim, "Alex", "first words"), "Kim still has the plan");
}

#[test]
fn a_revoke_goes_once_and_a_full_mailbox_stops_only_itself() {
    both("isolation", isolation_suite);
}

/// The relay loses its data (a new disk, a restore from an old copy) and
/// comes back at the same address, numbering every mailbox from 1 again.
/// Before, Sam's read cursor skipped everything up to the old numbers and
/// what had been sent was never sent again: Alex's next edits never reached
/// Sam. Now the client sees the relay went backwards, reads from the start
/// and seals again what the other side has not acknowledged.
#[test]
fn a_relay_that_lost_its_data_is_noticed_and_nothing_is_lost() {
    let (_first, s, mut alex, mut sam) = paired_on_sqlite(no_rate_limits());
    let url = s.base.clone();
    let addr = s.addr;
    let person = sam.state.persons[0].name.clone();
    // Some traffic, so the cursors stand well above 1.
    for i in 0..4 {
        set(&mut alex, "crisis.when_well", &format!("edit {i}"));
        alex.relay_sync(&url, NOW + i).expect("alex sync");
        sam.relay_sync(&url, NOW + i).expect("sam sync");
    }
    assert!(has(&sam, &person, "edit 3"));

    // The relay goes, and an empty one takes its place.
    drop(s);
    let wiped = sqlite();
    let _s = serve_at(&wiped, no_rate_limits(), addr);

    set(&mut alex, "crisis.when_well", "after the wipe");
    for t in 10..13 {
        alex.relay_sync(&url, NOW + t).expect("alex sync");
        sam.relay_sync(&url, NOW + t).expect("sam sync");
    }
    assert!(
        has(&sam, &person, "after the wipe"),
        "Sam never got the edit made after the relay lost its data"
    );
    // And the other way: Sam marks it read, Alex sees it.
    sam.mark_read(&person, NOW + 20).expect("mark read");
    for t in 20..23 {
        sam.relay_sync(&url, NOW + t).expect("sam sync");
        alex.relay_sync(&url, NOW + t).expect("alex sync");
    }
    assert_eq!(
        alex.supporter_read("Sam").expect("Sam"),
        Some(harbour_sync::engine::ReadState::Latest)
    );
}

/// A hostile relay on loopback: `answer(request head, body)` gives the
/// status line and JSON for each request. Returns its address.
fn fake_relay(
    answer: impl Fn(&str, &[u8]) -> (&'static str, String) + Send + 'static,
) -> std::net::SocketAddr {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut r = BufReader::new(stream.try_clone().expect("clone"));
            let (mut head, mut line, mut len) = (String::new(), String::new(), 0);
            while r.read_line(&mut line).is_ok_and(|n| n > 0) {
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
                if line == "\r\n" {
                    break;
                }
                head.push_str(&line);
                line.clear();
            }
            let mut body = vec![0; len];
            let _ = r.read_exact(&mut body);
            let (status, json) = answer(&head, &body);
            let mut w = stream;
            let _ = write!(
                w,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
                json.len()
            );
        }
    });
    addr
}

/// A hostile relay answering the largest sequence number there is: the
/// client neither panics nor wraps around, it reports and keeps the data.
#[test]
fn a_relay_answering_the_largest_seq_is_survived() {
    let max = u64::MAX;
    let addr = fake_relay(move |_head, body| {
        if body.is_empty() {
            let page =
                format!(r#"{{"messages":[{{"seq":{max},"data":"AAAA"}}],"last_seq":{max}}}"#);
            ("200 OK", page)
        } else {
            let conflict =
                format!(r#"{{"error":{{"code":"seq_conflict","message":"x"}},"last_seq":{max}}}"#);
            ("409 Conflict", conflict)
        }
    });
    let url = format!("http://{addr}");
    let (mut alex, mut sam) = alex_and_sam("words");
    invite(&mut alex, &mut sam, "Sam");
    for t in 0..3 {
        let r = sam
            .relay_sync(&url, NOW + t)
            .expect("a report, not a panic");
        assert!(r.unsent > 0, "the answer is kept to send again");
        assert!(!r.report.refused.is_empty(), "{:?}", r.report);
    }
}

/// More unsent envelopes than the client keeps (1,024): the oldest are set
/// aside, but never silently: the sync says so, and what the engine told the
/// relay is forgotten, so everything still unacknowledged is sealed again.
#[test]
fn unsent_envelopes_past_the_cap_are_reported_and_sealed_again() {
    let (_b, s, mut alex, mut sam) = paired_on_sqlite(no_rate_limits());
    let url = s.base.as_str();
    assert!(!alex.state.relay_sent.is_empty());
    // 1,100 envelopes waiting (stand-ins: the client skips what it cannot
    // parse), as after a long time without a relay.
    let key = "relay_transport";
    let mut st: serde_json::Value =
        serde_json::from_slice(&alex.store.get_setting(key).expect("get").expect("set"))
            .expect("json");
    st["pending"] = serde_json::json!(vec!["00"; 1100]);
    alex.store
        .put_setting(key, &serde_json::to_vec(&st).expect("json"))
        .expect("put");
    set(&mut alex, "crisis.when_well", "after the pile-up");
    let r = alex.relay_sync(url, NOW + 1).expect("alex sync");
    let said: Vec<&String> = r.report.refused.iter().map(|(_, m)| m).collect();
    assert!(
        said.iter().any(|m| m.contains("set aside")),
        "not reported: {said:?}"
    );
    sam.relay_sync(url, NOW + 2).expect("sam sync");
    let person = sam.state.persons[0].name.clone();
    assert!(has(&sam, &person, "after the pile-up"));
}

/// A mailbox filled with large junk (anyone holding its write token can):
/// a page of it is larger than the client reads. Before, that aborted the
/// whole sync, for every mailbox, for as long as the junk stayed. Now the
/// client reads that mailbox one message at a time and the sync goes on.
#[test]
fn a_page_too_large_to_read_does_not_stop_the_sync() {
    let addr = fake_relay(|head, body| {
        if !body.is_empty() {
            ("201 Created", r#"{"seq":1}"#.to_string())
        } else if head.contains("limit=1 ") || head.contains("limit=1&") {
            // One junk message at a time: small enough to read.
            let page = r#"{"messages":[{"seq":1,"data":"AAAA"}],"last_seq":1}"#;
            ("200 OK", page.to_string())
        } else {
            // A whole page of it: 17 MiB.
            let junk = "A".repeat(17 * 1024 * 1024);
            let page = format!(r#"{{"messages":[{{"seq":1,"data":"{junk}"}}],"last_seq":1}}"#);
            ("200 OK", page)
        }
    });
    let url = format!("http://{addr}");
    let (mut alex, mut sam) = alex_and_sam("words");
    invite(&mut alex, &mut sam, "Sam");
    let r = sam
        .relay_sync(&url, NOW)
        .expect("the sync goes on past the oversized page");
    assert_eq!(r.unsent, 0, "the answer went out");
    assert!(
        !r.report.refused.is_empty(),
        "the junk is reported: {:?}",
        r.report
    );
}

/// The relay closes connections idle for its header timeout; the client's
/// next sync must not fail on a connection the relay already closed.
#[test]
fn syncs_after_the_relay_closed_idle_connections_still_work() {
    let (_b, s, mut alex, mut sam) = paired_on_sqlite(Config {
        header_read_timeout_secs: 1,
        ..no_rate_limits()
    });
    let url = s.base.as_str();
    for i in 0..3 {
        std::thread::sleep(std::time::Duration::from_millis(1500));
        set(&mut alex, "crisis.when_well", &format!("edit {i}"));
        alex.relay_sync(url, NOW + i)
            .expect("alex sync after an idle gap");
        sam.relay_sync(url, NOW + i)
            .expect("sam sync after an idle gap");
    }
    let person = sam.state.persons[0].name.clone();
    assert!(has(&sam, &person, "edit 2"));
}
