//! Crash loop: a child process edits, compacts, changes the passphrase and
//! restores backups until it is killed with SIGKILL at a random moment. After
//! every kill the vault must pass `integrity_check`, hold a state from before
//! or after each write (never a mix), and keep every write it acknowledged.
//!
//! The child is this same test binary, re-run with an environment variable.

mod common;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use harbour_vault::{RecoveryKey, SettingWrite, Unlock, Vault};

const ENV_MODE: &str = "HARBOUR_VAULT_CRASH_CHILD";
const ENV_DIR: &str = "HARBOUR_VAULT_CRASH_DIR";
const PASS_A: &str = "crash pass A";
const PASS_B: &str = "crash pass B";

fn rand_u64() -> u64 {
    u64::from_le_bytes(harbour_crypto::random_array().unwrap())
}

/// Decodes the document into the list of edit numbers it holds.
fn edits(chunks: &[Vec<u8>]) -> Vec<u64> {
    let mut out = Vec::new();
    for c in chunks {
        let s = std::str::from_utf8(c).expect("utf8 chunk");
        let body = s
            .strip_prefix("snap:")
            .or_else(|| s.strip_prefix("edit:"))
            .expect("known chunk");
        out.extend(
            body.split(';')
                .filter(|p| !p.is_empty())
                .map(|p| p.parse::<u64>().expect("number")),
        );
    }
    out
}

fn open_either(dir: &Path) -> (Vault, &'static str) {
    let mut errors = Vec::new();
    for p in [PASS_A, PASS_B] {
        match Vault::open(dir, Unlock::Passphrase(p)) {
            Ok(v) => return (v, p),
            Err(e) => errors.push(format!("{p:?}: {e}")),
        }
    }
    panic!("neither passphrase opens the vault: {errors:?}");
}

/// A new vault under [`PASS_A`] in `tmp`/vault, closed: its directory and
/// recovery key.
fn closed_vault(tmp: &Path) -> (PathBuf, RecoveryKey) {
    let dir = tmp.join("vault");
    let (v, rk) = Vault::create(&dir, PASS_A, KDF).unwrap();
    drop(v);
    (dir, rk)
}

/// The child's work. Does nothing unless run as the child.
#[test]
fn crash_child() {
    let Ok(mode) = std::env::var(ENV_MODE) else {
        return;
    };
    let dir = PathBuf::from(std::env::var(ENV_DIR).unwrap());
    let out = std::io::stdout();
    let ack = |line: String| {
        let mut o = out.lock();
        writeln!(o, "{line}").unwrap();
        o.flush().unwrap();
    };
    match mode.as_str() {
        "edits" => {
            let (mut v, mut pass) = open_either(&dir);
            let mut done = edits(&v.load_doc("plan").unwrap().unwrap_or_default());
            loop {
                let n = done.len() as u64;
                let view = format!("count:{}", n + 1);
                if n % 9 == 8 {
                    done.push(n);
                    let snap: String = done.iter().map(|e| format!("{e};")).collect();
                    v.save_doc_with_views(
                        "plan",
                        format!("snap:{snap}").as_bytes(),
                        &[("crisis", view.as_bytes())],
                    )
                    .unwrap();
                } else {
                    v.append_changes_with_views(
                        "plan",
                        format!("edit:{n};").as_bytes(),
                        &[("crisis", view.as_bytes())],
                    )
                    .unwrap();
                    done.push(n);
                }
                v.put_setting("last", n.to_string().as_bytes()).unwrap();
                ack(format!("ACK {n}"));
                if n % 7 == 6 {
                    let new = if pass == PASS_A { PASS_B } else { PASS_A };
                    v.change_passphrase(pass, new).unwrap();
                    pass = new;
                    ack(format!("PASS {new}"));
                }
            }
        }
        "restore" => {
            let backup = dir.join("backup.hbk");
            let rk = RecoveryKey::parse(&std::env::var("HARBOUR_VAULT_CRASH_RK").unwrap()).unwrap();
            for k in 0.. {
                let target = dir.join(format!("restored-{k}"));
                if Vault::exists(&target) {
                    continue;
                }
                let unlock = if k % 2 == 0 {
                    Unlock::Passphrase(PASS_A)
                } else {
                    Unlock::RecoveryKey(&rk)
                };
                Vault::restore(&backup, &target, unlock).unwrap();
                ack(format!("RESTORED {k}"));
            }
        }
        "records" => {
            // Each step moves three records in one write_settings: the
            // total, one of four slots, and a record that is created under a
            // new name while the old one is deleted.
            let (mut v, _) = open_either(&dir);
            let mut held: std::collections::BTreeMap<String, Vec<u8>> =
                v.settings_under("rec/").unwrap().into_iter().collect();
            let mut n = held
                .get("rec/total")
                .map_or(0, |t| String::from_utf8_lossy(t).parse::<u64>().unwrap());
            loop {
                n += 1;
                let value = n.to_string().into_bytes();
                let slot = format!("rec/slot{}", n % 4);
                let born = format!("rec/new{n}");
                let gone = format!("rec/new{}", n - 1);
                let mut writes = vec![
                    SettingWrite {
                        key: "rec/total",
                        expected: held.get("rec/total").map(Vec::as_slice),
                        value: Some(&value),
                    },
                    SettingWrite {
                        key: &slot,
                        expected: held.get(&slot).map(Vec::as_slice),
                        value: Some(&value),
                    },
                    SettingWrite {
                        key: &born,
                        expected: None,
                        value: Some(&value),
                    },
                ];
                if let Some(old) = held.get(&gone) {
                    writes.push(SettingWrite {
                        key: &gone,
                        expected: Some(old),
                        value: None,
                    });
                }
                v.write_settings(&writes).unwrap();
                held.remove(&gone);
                for key in ["rec/total", slot.as_str(), born.as_str()] {
                    held.insert(key.to_owned(), value.clone());
                }
                ack(format!("ACK {n}"));
            }
        }
        other => panic!("unknown mode {other}"),
    }
}

fn run_child(mode: &str, dir: &Path, rk: &RecoveryKey, max_ms: u64) -> Vec<String> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env(ENV_MODE, mode)
        .env(ENV_DIR, dir)
        .env("HARBOUR_VAULT_CRASH_RK", rk.encode().as_str())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(20 + rand_u64() % max_ms));
    // std's kill is SIGKILL on unix: no destructors, no flushing, no cleanup.
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    out.stdout
        .lines()
        .map_while(Result::ok)
        .filter(|l| l.starts_with("ACK ") || l.starts_with("PASS ") || l.starts_with("RESTORED "))
        .collect()
}

#[test]
fn crash_loop_edits_and_passphrase_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, rk) = closed_vault(tmp.path());
    let mut acked_max: Option<u64> = None;
    let mut total_acks = 0;
    let rounds = 30;
    for round in 0..rounds {
        let lines = run_child("edits", &dir, &rk, 600);
        for l in &lines {
            if let Some(n) = l.strip_prefix("ACK ") {
                let n: u64 = n.parse().unwrap();
                acked_max = Some(acked_max.map_or(n, |m| m.max(n)));
                total_acks += 1;
            }
        }
        // The recovery key opens it whatever passphrase the kill left (one
        // handle at a time: the vault is locked while open).
        drop(Vault::open(&dir, Unlock::RecoveryKey(&rk)).unwrap());
        let (v, _) = open_either(&dir);
        v.integrity_check().unwrap();
        let chunks = v.load_doc("plan").unwrap().unwrap_or_default();
        let got = edits(&chunks);
        let expected: Vec<u64> = (0..got.len() as u64).collect();
        assert_eq!(got, expected, "round {round}: edits are not a clean prefix");
        if let Some(m) = acked_max {
            assert!(
                got.len() as u64 > m,
                "round {round}: acknowledged edit {m} lost (have {})",
                got.len()
            );
        }
        // The view was written in the same transaction as its change.
        let view = v.get_snapshot("plan", "crisis").unwrap();
        if !got.is_empty() {
            assert_eq!(
                view.unwrap(),
                format!("count:{}", got.len()).into_bytes(),
                "round {round}"
            );
        }
        drop(v);
    }
    eprintln!("{rounds} kills, {total_acks} acknowledged edits, final count {acked_max:?}");
    assert!(
        total_acks > rounds,
        "the child should get work done between kills"
    );
}

#[test]
fn crash_loop_record_writes_are_all_or_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, rk) = closed_vault(tmp.path());
    let mut acked_max = 0;
    let rounds = 20;
    for round in 0..rounds {
        for l in run_child("records", &dir, &rk, 400) {
            let n: u64 = l.strip_prefix("ACK ").unwrap().parse().unwrap();
            acked_max = acked_max.max(n);
        }
        let (v, _) = open_either(&dir);
        v.integrity_check().unwrap();
        let records: std::collections::BTreeMap<String, Vec<u8>> =
            v.settings_under("rec/").unwrap().into_iter().collect();
        let Some(total) = records.get("rec/total") else {
            assert_eq!(acked_max, 0, "round {round}: acknowledged records lost");
            continue;
        };
        let total: u64 = String::from_utf8_lossy(total).parse().unwrap();
        assert!(total >= acked_max, "round {round}: write {acked_max} lost");
        let t = total.to_string().into_bytes();
        assert_eq!(records.get(&format!("rec/slot{}", total % 4)), Some(&t));
        let born: Vec<&String> = records
            .keys()
            .filter(|k| k.starts_with("rec/new"))
            .collect();
        assert_eq!(
            born,
            vec![&format!("rec/new{total}")],
            "round {round}: half a write"
        );
    }
    eprintln!("{rounds} kills, last acknowledged write {acked_max}");
    assert!(acked_max > rounds as u64, "the child should get work done");
}

#[test]
fn crash_loop_restore() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    let (mut v, rk) = Vault::create(&src, PASS_A, KDF).unwrap();
    for i in 0..300 {
        v.append_changes("plan", format!("edit:{i};").as_bytes())
            .unwrap();
    }
    v.put_setting("s", b"v").unwrap();
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    v.backup_to(&work.join("backup.hbk"), PASS_A).unwrap();
    let expected = v.load_doc("plan").unwrap();
    drop(v);

    let mut restored = 0;
    for _ in 0..12 {
        let lines = run_child("restore", &work, &rk, 1500);
        restored += lines.len();
        for l in &lines {
            let k = l.strip_prefix("RESTORED ").unwrap();
            assert!(
                Vault::exists(&work.join(format!("restored-{k}"))),
                "acknowledged restore {k} missing"
            );
        }
    }
    // Every target is either absent or a whole vault; an interrupted one can be
    // restored into again.
    let mut whole = 0;
    for entry in std::fs::read_dir(&work).unwrap() {
        let p = entry.unwrap().path();
        if !p.is_dir() {
            continue;
        }
        if Vault::exists(&p) {
            let v = Vault::open(&p, Unlock::RecoveryKey(&rk)).unwrap();
            v.integrity_check().unwrap();
            assert_eq!(v.load_doc("plan").unwrap(), expected);
            assert_eq!(v.get_setting("s").unwrap().unwrap(), b"v");
            whole += 1;
        } else {
            let v = Vault::restore(&work.join("backup.hbk"), &p, Unlock::RecoveryKey(&rk)).unwrap();
            assert_eq!(v.load_doc("plan").unwrap(), expected);
            let names: Vec<String> = all_files(&p).into_iter().map(|f| f.0).collect();
            assert!(
                names.iter().all(|n| !n.contains(".vault-new-")),
                "leftovers: {names:?}"
            );
        }
    }
    eprintln!("{restored} acknowledged restores, {whole} whole vaults");
    assert!(restored > 0);
}
