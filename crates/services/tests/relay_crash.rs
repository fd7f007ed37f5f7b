//! Crash loop over the relay transport's writes: a child process edits the
//! plan and seals it for the relay (`relay_prepare`) until it is killed with
//! SIGKILL at a random moment. After every kill, every envelope kept for
//! sending must still be there, and the engine's counters must be past each
//! of them: kept and counted in one transaction. Stored apart, a kill between
//! the two writes left envelopes whose numbers the next ones reused (a
//! supporter drops those as replays) or lost sealed ones.
//!
//! The child is this same test binary, re-run with an environment variable.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use harbour_doc::Edit;
use harbour_services::{VaultRef, VaultStore};
use harbour_sync::{envelope, Engine, MemStore, Store};
use harbour_vault::{KdfParams, Unlock, Vault};

const ENV_DIR: &str = "HARBOUR_RELAY_CRASH_DIR";
const PASS: &str = "relay crash passphrase";
const NOW: u64 = 1_750_000_000;
/// Never contacted: preparing a relay round only seals and stores.
const RELAY: &str = "http://127.0.0.1:9";

fn open(dir: &Path) -> Engine<VaultStore> {
    let vault = Vault::open(dir, Unlock::Passphrase(PASS)).unwrap();
    Engine::open(VaultStore(vault)).unwrap()
}

fn edit(e: &mut Engine<VaultStore>, text: &str) {
    let mut doc = e.plan_doc().unwrap();
    let edit = Edit::SetText {
        path: "crisis.when_well".into(),
        text: text.into(),
    };
    let applied = doc.apply(&edit, 1).unwrap();
    let views = doc.materialise().unwrap();
    e.store.append_plan(&applied.change, &views).unwrap();
}

/// The envelopes kept for the relay, as (mailbox hex, seq).
fn pending(vault: &Vault) -> Vec<(String, u64)> {
    let Some(b) = vault.get_setting("relay_transport").unwrap() else {
        return Vec::new();
    };
    let st: serde_json::Value = serde_json::from_slice(&b).unwrap();
    st["pending"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let h = h.as_str().unwrap();
            let bytes: Vec<u8> = (0..h.len() / 2)
                .map(|i| u8::from_str_radix(&h[i * 2..i * 2 + 2], 16).unwrap())
                .collect();
            let header = envelope::peek(&bytes).unwrap();
            let mailbox: String = header.mailbox.iter().map(|b| format!("{b:02x}")).collect();
            (mailbox, header.seq)
        })
        .collect()
}

/// The child's work. Does nothing unless run as the child.
#[test]
fn relay_crash_child() {
    let Ok(dir) = std::env::var(ENV_DIR) else {
        return;
    };
    let mut e = open(Path::new(&dir));
    let out = std::io::stdout();
    for n in 0.. {
        edit(&mut e, &format!("edit {n}"));
        e.relay_prepare(RELAY, NOW).unwrap();
        let kept = pending(&e.store.0).len();
        let mut o = out.lock();
        writeln!(o, "KEPT {kept}").unwrap();
        o.flush().unwrap();
    }
}

fn run_child(dir: &Path, max_ms: u64) -> Vec<usize> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "relay_crash_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(ENV_DIR, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let jitter = u64::from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos(),
    );
    std::thread::sleep(Duration::from_millis(100 + jitter % max_ms));
    // std's kill is SIGKILL on unix: no destructors, no flushing, no cleanup.
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    out.stdout
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| l.strip_prefix("KEPT ")?.parse().ok())
        .collect()
}

#[test]
fn crash_loop_relay_prepare_keeps_envelopes_and_counters_together() {
    let tmp = tempfile::tempdir().unwrap();
    let dir: PathBuf = tmp.path().join("vault");
    let (vault, _) = Vault::create(&dir, PASS, KdfParams::FLOOR).unwrap();
    // Alex shares the crisis section with Sam, so each edit seals a change.
    let mut alex = Engine::open(VaultStore(vault)).unwrap();
    let mut sam = Engine::open(MemStore::default()).unwrap();
    edit(&mut alex, "before");
    let inv = alex
        .invite("Sam", &["crisis".to_string()], false, "Alex", NOW)
        .unwrap();
    let code = sam.join(&inv.link, NOW).unwrap().code;
    let answer = sam.bundle_out(NOW).unwrap();
    alex.bundle_in(&answer, NOW).unwrap();
    alex.confirm_supporter("Sam", &code).unwrap();
    drop(alex);

    let mut acked = 0;
    let rounds = 20;
    for round in 0..rounds {
        if let Some(&kept) = run_child(&dir, 900).last() {
            acked = kept;
        }
        let vault = Vault::open(&dir, Unlock::Passphrase(PASS)).unwrap();
        vault.integrity_check().unwrap();
        let kept = pending(&vault);
        assert!(
            kept.len() >= acked,
            "round {round}: {acked} envelopes were kept, {} are left",
            kept.len()
        );
        let state = harbour_sync::engine::read_state(&VaultRef(&vault)).unwrap();
        let counters: BTreeMap<String, u64> = state.seq;
        let mut numbers = BTreeSet::new();
        for (mailbox, seq) in &kept {
            assert!(
                numbers.insert((mailbox.clone(), *seq)),
                "round {round}: two envelopes kept with seq {seq}"
            );
            let counter = counters.get(mailbox).copied().unwrap_or(0);
            assert!(
                *seq <= counter,
                "round {round}: an envelope kept with seq {seq}, the counter is back at {counter}"
            );
        }
    }
    eprintln!("{rounds} kills, {acked} envelopes kept at the last acknowledgement");
    assert!(
        acked > rounds,
        "the child should get work done between kills"
    );
}
