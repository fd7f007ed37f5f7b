//! Helpers shared by the CLI tests: drive the real `harbour` binary on a
//! vault directory, and run the real `harbour-relay` binary as a process.

#![allow(dead_code)]

use assert_cmd::assert::Assert;
use assert_cmd::Command;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

pub const PASS: &str = "correct horse battery staple";

pub fn harbour(vault: &Path) -> Command {
    let mut cmd = Command::cargo_bin("harbour").expect("the harbour binary");
    cmd.env("HARBOUR_PASSPHRASE", PASS)
        .env_remove("HARBOUR_VAULT")
        .env_remove("HARBOUR_RECOVERY_KEY")
        .arg("--vault")
        .arg(vault);
    cmd
}

pub fn ok(vault: &Path, args: &[&str]) -> String {
    let out = harbour(vault)
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stdout).expect("utf-8 output")
}

pub fn json(vault: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&ok(vault, &all)).expect("JSON output")
}

/// The field `id` (`section.field`) in a `plan show --json` view.
pub fn field<'a>(view: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    view["sections"]
        .as_array()
        .unwrap_or_else(|| panic!("no sections in {view}"))
        .iter()
        .flat_map(|s| s["fields"].as_array().expect("fields"))
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no field {id} in {view}"))
}

/// A new vault (at the KDF's legal floor, so the many commands after it stay
/// quick); returns the recovery key it printed.
pub fn init(vault: &Path) -> String {
    let text = ok(vault, &["init", "--low-memory"]);
    text.lines()
        .map(str::trim)
        .find(|l| l.len() == 34 && l.matches('-').count() == 6)
        .unwrap_or_else(|| panic!("no recovery key in {text}"))
        .to_string()
}

/// `harbour` for the commands that read no vault (helplines, locales, …).
pub fn harbour_without_vault() -> Command {
    let mut cmd = Command::cargo_bin("harbour").expect("the harbour binary");
    cmd.env_remove("HARBOUR_VAULT");
    cmd
}

/// What a finished run printed on standard output.
pub fn stdout(run: &Assert) -> String {
    String::from_utf8(run.get_output().stdout.clone()).expect("utf-8 stdout")
}

/// What a finished run printed on standard error.
pub fn stderr(run: &Assert) -> String {
    String::from_utf8(run.get_output().stderr.clone()).expect("utf-8 stderr")
}

/// Runs `cmd --json ARGS`, which must fail; returns the error it printed
/// (JSON on stderr).
pub fn json_error(mut cmd: Command, args: &[&str]) -> serde_json::Value {
    let run = cmd.arg("--json").args(args).assert().failure();
    let text = stderr(&run);
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{args:?}: stderr is not JSON ({e}): {text}"))
}

/// Runs `harbour --json ARGS`, which must fail with the error `code`;
/// returns the error it printed (JSON on stderr), for more checks.
pub fn fails_with(vault: &Path, args: &[&str], code: &str) -> serde_json::Value {
    let err = json_error(harbour(vault), args);
    assert_eq!(err["code"], code, "{args:?}: {err}");
    err
}

/// A well-formed six-digit code ("123456") that is not `code` (which may be
/// written "123 456").
pub fn wrong_code(code: &str) -> String {
    let digits: u32 = code
        .replace(' ', "")
        .parse()
        .unwrap_or_else(|_| panic!("not a code: {code:?}"));
    format!("{:06}", (digits + 1) % 1_000_000)
}

/// The person types the code their supporter's app showed on joining.
pub fn confirm_code(person: &Path, supporter: &str, joined: &serde_json::Value) {
    let code = joined["code"].as_str().expect("joining shows a code");
    ok(person, &["supporters", "confirm", supporter, code]);
}

/// The sharing scenario's start: Alex writes a crisis plan and a trigger
/// (a canary that must never reach Sam), invites Sam to the crisis plan and
/// after-crisis sections through an invite file, and Sam joins.
/// Returns (the invite, what Sam's `join` said).
pub fn alex_invites_sam(
    alex: &Path,
    sam: &Path,
    invite_file: &Path,
) -> (serde_json::Value, serde_json::Value) {
    init(alex);
    init(sam);
    ok(
        alex,
        &["plan", "set", "crisis.when_well", "Chatty and likes jokes"],
    );
    ok(
        alex,
        &["plan", "add", "triggers.triggers", "CANARY-TRIGGER-TEXT"],
    );
    let invite_path = invite_file.to_str().expect("a UTF-8 temp path");
    let invite = json(
        alex,
        &[
            "supporters",
            "invite",
            "Sam",
            "--sections",
            "crisis,after_crisis",
            "--from",
            "Alex",
            "-o",
            invite_path,
        ],
    );
    let joined = json(sam, &["join", invite_path]);
    assert_eq!(joined["person"], "Alex");
    (invite, joined)
}

/// The `harbour-relay` binary next to `harbour` (built on demand: it lives
/// in another package of the workspace).
pub fn relay_bin() -> PathBuf {
    let harbour = assert_cmd::cargo::cargo_bin("harbour");
    let dir = harbour.parent().expect("target dir").to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = std::process::Command::new(cargo)
        .args([
            "build",
            "-q",
            "-p",
            "harbour-relay",
            "--bin",
            "harbour-relay",
        ])
        .status()
        .expect("run cargo build for harbour-relay");
    assert!(status.success(), "building harbour-relay failed");
    let bin = dir.join("harbour-relay");
    assert!(bin.exists(), "harbour-relay not found at {}", bin.display());
    bin
}

/// A real relay process on loopback with a SQLite file; SIGKILLed on drop.
pub struct RelayProc {
    child: Child,
    pub addr: String,
    pub db: PathBuf,
    bin: PathBuf,
}

impl RelayProc {
    pub fn start(db: &Path, listen: &str) -> RelayProc {
        let bin = relay_bin();
        Self::spawn(bin, db, listen)
    }

    fn spawn(bin: PathBuf, db: &Path, listen: &str) -> RelayProc {
        let mut child = std::process::Command::new(&bin)
            .arg("--listen")
            .arg(listen)
            .arg("--database")
            .arg(format!("sqlite:{}", db.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start harbour-relay");
        let out = child.stdout.take().expect("relay stdout");
        let mut line = String::new();
        BufReader::new(out)
            .read_line(&mut line)
            .expect("relay prints its address");
        let addr = line
            .split_whitespace()
            .nth(3)
            .unwrap_or_else(|| panic!("unexpected first line from harbour-relay: {line:?}"))
            .to_string();
        RelayProc {
            child,
            addr,
            db: db.to_path_buf(),
            bin,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// SIGKILL (no clean shutdown), then start again on the same address
    /// and database.
    pub fn kill_and_restart(mut self) -> RelayProc {
        self.kill();
        let (bin, db, addr) = (self.bin.clone(), self.db.clone(), self.addr.clone());
        // The port may take a moment to be free again.
        for _ in 0..50 {
            if std::net::TcpListener::bind(&addr).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Self::spawn(bin, &db, &addr)
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill(); // SIGKILL on Unix
        let _ = self.child.wait();
    }
}

impl Drop for RelayProc {
    fn drop(&mut self) {
        self.kill();
    }
}
