//! Edit-to-supporter through a real `harbour-relay` process, the way the app
//! would do it: both vaults stay open (unlocked once, before measuring), the
//! person's plan document stays loaded, and the supporter is already
//! waiting on a long-poll of the mailbox the person writes to.
//!
//! One sample: the person edits the plan (the edit is applied and appended
//! to the vault, durable) → `relay_sync` seals and appends it → the
//! supporter's long-poll returns → the supporter's `relay_sync` reads, opens
//! and applies it → the edit is readable in `shared_plan`. Real engine
//! (`harbour_sync::Engine`), real vaults (`harbour_services::VaultStore`, encrypted
//! SQLite), real relay process (release build, SQLite store) on loopback.
//!
//! Run: `cargo bench -p harbour-relay --bench edit_to_supporter`
//! (`scripts/bench-relay.sh` runs it). Prints one JSON line.
//! SAMPLES (default 30) sets the number of samples.

// The tests' harness, for its HTTP agent.
#[path = "../tests/common/mod.rs"]
mod common;

use harbour_doc::{Edit, PlanDoc};
use harbour_services::VaultStore;
use harbour_sync::{Engine, Store};
use harbour_vault::{KdfParams, Vault};
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Relay(Child);
impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn start_relay(dir: &std::path::Path) -> (Relay, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_harbour-relay"))
        .args(["--listen", "127.0.0.1:0", "--database"])
        .arg(format!("sqlite:{}", dir.join("relay.sqlite").display()))
        .args(["--ip-rate", "0", "--mailbox-rate", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start harbour-relay");
    let out = child.stdout.take().expect("relay stdout");
    let relay = Relay(child);
    let mut line = String::new();
    std::io::BufReader::new(out)
        .read_line(&mut line)
        .expect("relay's first line");
    // "harbour-relay listening on 127.0.0.1:PORT (sqlite)"
    let addr = line
        .split_whitespace()
        .nth(3)
        .expect("an address in the relay's first line");
    (relay, format!("http://{addr}"))
}

fn open(dir: &std::path::Path) -> Engine<VaultStore> {
    let (v, _) = Vault::create(dir, "bench passphrase", KdfParams::fastest_legal()).expect("vault");
    Engine::open(VaultStore(v)).expect("engine")
}

fn edit(e: &mut Engine<VaultStore>, doc: &mut PlanDoc, text: &str) {
    let a = doc
        .apply(
            &Edit::SetText {
                path: "crisis.when_well".into(),
                text: text.into(),
            },
            now() as i64,
        )
        .expect("edit");
    let views = doc.materialise().expect("materialised views");
    e.store
        .append_plan(&a.change, &views)
        .expect("durable edit");
}

fn has(e: &Engine<VaultStore>, person: &str, text: &str) -> bool {
    e.shared_plan(person)
        .is_ok_and(|p| format!("{p:?}").contains(text))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn agent() -> ureq::Agent {
    common::agent(Duration::from_secs(40))
}

/// The mailbox's last seq (a read after 0 with limit 1; 0 if nothing was
/// ever appended).
fn last_seq(url: &str, (mb, token): &(String, String)) -> u64 {
    let mut r = agent()
        .get(format!("{url}/v1/mailboxes/{mb}/messages?after=0&limit=1"))
        .header("Authorization", format!("Bearer {token}"))
        .call()
        .expect("read");
    let status = r.status().as_u16();
    let body = r.body_mut().read_to_string().expect("body");
    assert_eq!(status, 200, "reading {mb}: {body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    v["last_seq"]
        .as_u64()
        .unwrap_or_else(|| panic!("no last_seq in {v}"))
}

fn pct(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return 0.0;
    }
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let samples: usize = std::env::var("SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let tmp = tempfile::tempdir().expect("temp dir");
    let (_relay, url) = start_relay(tmp.path());
    let mut alex = open(&tmp.path().join("alex"));
    let mut sam = open(&tmp.path().join("sam"));

    // Pair: sync both sides until the supporter has the plan (however many
    // hops pairing takes).
    let mut doc = alex.plan_doc().expect("plan");
    edit(&mut alex, &mut doc, "before pairing");
    let inv = alex
        .invite("Sam", &["crisis".to_string()], false, "Alex", now())
        .expect("invite");
    let joined = sam.join(&inv.link, now()).expect("join");
    let (person, code) = (joined.person, joined.code);
    let mut rounds = 0;
    while !has(&sam, &person, "before pairing") {
        rounds += 1;
        assert!(rounds <= 10, "no shared plan after 10 rounds");
        sam.relay_sync(&url, now()).expect("sam sync");
        alex.relay_sync(&url, now()).expect("alex sync");
        if !alex.supporter_answers("Sam").expect("Sam").is_empty() {
            alex.confirm_supporter("Sam", &code).expect("confirm");
            alex.relay_sync(&url, now()).expect("alex sync");
        }
        sam.relay_sync(&url, now()).expect("sam sync");
    }

    // Which of the supporter's mailboxes the person writes to: the one
    // that grows when only the person syncs.
    let boxes: Vec<(String, String)> = sam
        .mailboxes()
        .expect("mailboxes")
        .iter()
        .map(|(m, t)| (hex(m), hex(t)))
        .collect();
    sam.relay_sync(&url, now()).expect("sam sync");
    let before: Vec<u64> = boxes.iter().map(|m| last_seq(&url, m)).collect();
    edit(&mut alex, &mut doc, "warm-up");
    alex.relay_sync(&url, now()).expect("alex sync");
    let inbox = boxes
        .iter()
        .zip(&before)
        .find(|(m, b)| last_seq(&url, m) > **b)
        .map(|(m, _)| m.clone())
        .expect("a mailbox the person's sync wrote to");
    sam.relay_sync(&url, now()).expect("sam sync");
    assert!(has(&sam, &person, "warm-up"));

    let (mut total, mut edits, mut pushes, mut wakes, mut pulls) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..samples {
        let text = format!("edit number {i} for the bench");
        let after = last_seq(&url, &inbox);
        let (t0, t1, t2, tw, td) = std::thread::scope(|s| {
            let (ready_tx, ready_rx) = std::sync::mpsc::channel();
            let waiter = {
                let (url, inbox, text, person) = (&url, &inbox, &text, &person);
                let sam = &mut sam;
                s.spawn(move || {
                    let a = agent();
                    let rq = a
                        .get(format!(
                            "{url}/v1/mailboxes/{}/messages?after={after}&wait=30",
                            inbox.0
                        ))
                        .header("Authorization", format!("Bearer {}", inbox.1));
                    let _ = ready_tx.send(());
                    let r = rq.call().expect("long-poll");
                    let _ = r.into_body().read_to_vec();
                    let tw = Instant::now();
                    sam.relay_sync(url, now()).expect("sam sync");
                    assert!(has(sam, person, text), "the edit arrived");
                    (tw, Instant::now())
                })
            };
            ready_rx.recv().expect("waiter");
            // Let the long-poll reach the relay and wait there.
            std::thread::sleep(Duration::from_millis(100));
            let t0 = Instant::now();
            edit(&mut alex, &mut doc, &text);
            let t1 = Instant::now();
            alex.relay_sync(&url, now()).expect("alex sync");
            let t2 = Instant::now();
            let (tw, td) = waiter.join().expect("waiter thread");
            (t0, t1, t2, tw, td)
        });
        let ms = |a: Instant, b: Instant| b.saturating_duration_since(a).as_secs_f64() * 1000.0;
        total.push(ms(t0, td));
        edits.push(ms(t0, t1));
        pushes.push(ms(t1, t2));
        wakes.push(ms(t0, tw));
        pulls.push(ms(tw, td));
    }
    println!(
        "{{\"samples\":{samples},\"pairing_rounds\":{rounds},\"e2s_p50_ms\":{:.1},\"e2s_p90_ms\":{:.1},\"e2s_max_ms\":{:.1},\
\"edit_p50_ms\":{:.1},\"person_sync_p50_ms\":{:.1},\"wake_p50_ms\":{:.1},\"supporter_sync_p50_ms\":{:.1}}}",
        pct(&total, 0.5),
        pct(&total, 0.9),
        pct(&total, 1.0),
        pct(&edits, 0.5),
        pct(&pushes, 0.5),
        pct(&wakes, 0.5),
        pct(&pulls, 0.5),
    );
}
