//! The vault's lock against processes started by other threads of the same
//! program. Between `fork` and `exec` a child holds a copy of every open
//! descriptor, the lock file's included, so for that moment the lock outlives
//! the handle that took it. A test harness, or an app that spawns a helper,
//! must still be able to reopen a vault it has just closed.

mod common;

use std::os::unix::process::CommandExt;
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;
use harbour_vault::{Unlock, Vault, VaultError};

/// Starts `true` on another thread, held between fork and exec for `hold`.
fn spawn_slow_child(hold: Duration) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut cmd = Command::new("true");
        // SAFETY: only sleeps (nanosleep is async-signal-safe); touches no
        // lock or allocation shared with the parent.
        unsafe {
            cmd.pre_exec(move || {
                std::thread::sleep(hold);
                Ok(())
            });
        }
        cmd.status().expect("run true");
    })
}

#[test]
fn a_vault_closed_while_a_child_is_starting_reopens() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("profile");
    let (v, _) = create(&dir);
    let child = spawn_slow_child(Duration::from_millis(300));
    // Let the fork happen while the vault (and its lock) is open.
    std::thread::sleep(Duration::from_millis(60));
    drop(v);
    let reopened = Vault::open(&dir, Unlock::Passphrase(PASS));
    child.join().unwrap();
    assert!(reopened.is_ok(), "{:?}", reopened.err());
}

#[test]
fn a_vault_that_stays_open_is_still_busy_to_a_second_handle() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("profile");
    let (_held, _) = create(&dir);
    let started = Instant::now();
    let second = Vault::open(&dir, Unlock::Passphrase(PASS));
    assert!(
        matches!(second, Err(VaultError::Busy)),
        "{:?}",
        second.err()
    );
    // It waits out a starting child, not a person's patience.
    assert!(started.elapsed() < Duration::from_secs(5));
}
