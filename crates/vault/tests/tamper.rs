//! Moved ciphertexts, flipped bytes and hostile headers: always a clear error,
//! never a panic, never wrong data.

mod common;

use std::path::Path;

use common::*;
use harbour_vault::{RecoveryKey, Unlock, Vault, VaultError, DB_FILE};
use rusqlite::Connection;
use tempfile::TempDir;

fn raw(dir: &Path) -> Connection {
    Connection::open(dir.join(DB_FILE)).unwrap()
}

/// Runs `sql` on the vault's database directly, behind the vault's back.
fn tamper(dir: &Path, sql: &str) {
    raw(dir).execute_batch(sql).unwrap();
}

/// Why opening the vault in `dir` fails (it must fail).
fn open_error(dir: &Path, unlock: Unlock) -> VaultError {
    Vault::open(dir, unlock).unwrap_err()
}

/// A fresh [`sample`] vault in a new temporary directory.
fn sample_vault() -> (TempDir, RecoveryKey) {
    let tmp = tempfile::tempdir().unwrap();
    let rk = sample(tmp.path());
    (tmp, rk)
}

fn sample(dir: &Path) -> RecoveryKey {
    let (mut v, rk) = create(dir);
    v.save_doc("plan", b"plan snapshot").unwrap();
    v.append_changes_with_views("plan", b"plan change 1", &[("crisis", b"crisis view")])
        .unwrap();
    v.append_changes("plan", b"plan change 2").unwrap();
    v.save_doc("journal", b"journal snapshot").unwrap();
    v.put_snapshot("journal", "crisis", b"journal view")
        .unwrap();
    // Settings 2 and 3 (1 is the kept recovery key, written at creation).
    v.put_setting("a", b"setting a").unwrap();
    v.put_setting("b", b"setting b").unwrap();
    v.checkpoint().unwrap();
    rk
}

fn corrupt<T: std::fmt::Debug>(r: harbour_vault::Result<T>) {
    match r {
        Err(VaultError::Corrupt { .. }) => {}
        other => panic!("expected vault_corrupt, got {other:?}"),
    }
}

#[test]
fn ciphertext_moved_to_another_row_or_doc_fails() {
    let (tmp, _) = sample_vault();
    let id_of = |c: &Connection, sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };

    // Another row of the same document: swap two chunks' ciphertexts.
    tamper(
        tmp.path(),
        "UPDATE chunks SET data = (SELECT data FROM chunks WHERE id = 2) WHERE id = 3;",
    );
    corrupt(open(tmp.path()).load_doc("plan"));

    // A chunk moved to another document (by foreign key).
    let (tmp, _) = sample_vault();
    let c = raw(tmp.path());
    let journal = id_of(&c, "SELECT doc FROM chunks ORDER BY id DESC LIMIT 1");
    c.execute("UPDATE chunks SET doc = ?1 WHERE id = 2", [journal])
        .unwrap();
    drop(c);
    let v = open(tmp.path());
    corrupt(v.load_doc("plan"));
    corrupt(v.load_doc("journal"));

    // A view moved to another document; settings swapped; document records swapped.
    let (tmp, _) = sample_vault();
    tamper(
        tmp.path(),
        "UPDATE views SET data = (SELECT data FROM views WHERE id = 2) WHERE id = 1;
         UPDATE settings SET data = (SELECT data FROM settings WHERE id = 2) WHERE id = 3;",
    );
    let v = open(tmp.path());
    corrupt(v.get_snapshot("plan", "crisis"));
    assert_eq!(
        v.get_snapshot("journal", "crisis").unwrap().unwrap(),
        b"journal view"
    );
    corrupt(v.get_setting("b"));
    assert_eq!(v.get_setting("a").unwrap().unwrap(), b"setting a");
    drop(v);

    tamper(
        tmp.path(),
        "UPDATE docs SET meta = (SELECT meta FROM docs WHERE id = 2) WHERE id = 1;",
    );
    corrupt(open(tmp.path()).load_doc("plan"));

    // Rows that vanish are noticed (sealed catalog), and a vanished plan is
    // never silently started afresh.
    let (tmp, _) = sample_vault();
    tamper(
        tmp.path(),
        "DELETE FROM docs WHERE id = 1; DELETE FROM settings WHERE id = 2; DELETE FROM views WHERE id = 2;",
    );
    let mut v = open(tmp.path());
    corrupt(v.load_doc("plan"));
    corrupt(v.append_changes("plan", b"x"));
    corrupt(v.get_setting("a"));
    corrupt(v.get_snapshot("journal", "crisis"));
    assert_eq!(
        v.doc_ids().unwrap(),
        vec!["journal".to_string(), "plan".to_string()]
    );
    // Deleting what is damaged stays possible.
    assert!(v.delete_doc("plan").unwrap());
    v.append_changes("plan", b"fresh start, on purpose")
        .unwrap();

    // A silently dropped chunk row is noticed too.
    let (tmp, _) = sample_vault();
    tamper(tmp.path(), "DELETE FROM chunks WHERE id = 3");
    corrupt(open(tmp.path()).load_doc("plan"));
}

#[test]
fn header_params_out_of_range_are_refused() {
    for (col, val) in [
        ("kdf_m_kib", 19 * 1024 - 1i64),
        ("kdf_m_kib", 1024),
        ("kdf_m_kib", 1024 * 1024 + 1),
        ("kdf_m_kib", -1),
        ("kdf_m_kib", 1i64 << 40),
        ("kdf_t", 1),
        ("kdf_t", 11),
        ("kdf_p", 0),
        ("kdf_p", 5),
    ] {
        let (tmp, rk) = sample_vault();
        raw(tmp.path())
            .execute(&format!("UPDATE header SET {col} = ?1"), [val])
            .unwrap();
        for unlock in [Unlock::Passphrase(PASS), Unlock::RecoveryKey(&rk)] {
            let e = open_error(tmp.path(), unlock);
            assert_eq!(e.code(), "kdf_params_out_of_range", "{col}={val}: {e}");
        }
    }
}

#[test]
fn header_changes_within_range_are_caught() {
    // Legal but different parameters: the passphrase wrap binds them, and the
    // header MAC catches them under the recovery key.
    let (tmp, rk) = sample_vault();
    let dir = tmp.path();
    tamper(dir, "UPDATE header SET kdf_t = 3");
    assert_eq!(
        open_error(dir, Unlock::Passphrase(PASS)).code(),
        "wrong_passphrase"
    );
    assert_eq!(
        open_error(dir, Unlock::RecoveryKey(&rk)).code(),
        "vault_corrupt"
    );
    // A newer format is refused, not misread; a missing header is corrupt.
    for (sql, code) in [
        (
            "UPDATE header SET kdf_t = 2, format_version = 2",
            "vault_too_new",
        ),
        (
            "UPDATE header SET format_version = 1; PRAGMA user_version = 99;",
            "vault_too_new",
        ),
        (
            "PRAGMA user_version = 1; DELETE FROM header;",
            "vault_corrupt",
        ),
    ] {
        tamper(dir, sql);
        assert_eq!(
            open_error(dir, Unlock::RecoveryKey(&rk)).code(),
            code,
            "{sql}"
        );
    }
}

#[test]
fn not_a_vault_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join(DB_FILE),
        b"just some text, not sqlite at all........",
    )
    .unwrap();
    let e = open_error(tmp.path(), Unlock::Passphrase(PASS));
    assert_eq!(e.code(), "vault_corrupt", "{e}");
    let tmp = tempfile::tempdir().unwrap();
    Connection::open(tmp.path().join(DB_FILE))
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    let e = open_error(tmp.path(), Unlock::Passphrase(PASS));
    assert_eq!(e.code(), "vault_corrupt", "{e}");
}

/// What the sample vault holds, read through the API.
type Snapshot = (
    Option<Vec<Vec<u8>>>,
    Option<Vec<Vec<u8>>>,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
);

fn read_all(v: &Vault) -> harbour_vault::Result<Snapshot> {
    Ok((
        v.load_doc("plan")?,
        v.load_doc("journal")?,
        v.get_snapshot("plan", "crisis")?,
        v.get_snapshot("journal", "crisis")?,
        v.get_setting("a")?,
        v.get_setting("b")?,
    ))
}

const KNOWN: &[&str] = &[
    "vault_corrupt",
    "wrong_recovery_key",
    "wrong_passphrase",
    "kdf_params_out_of_range",
    "vault_too_new",
    "storage",
];

#[test]
fn flipped_bytes_anywhere_give_a_clear_error_or_the_same_data() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    let rk = sample(&src);
    let expected = read_all(&open(&src)).unwrap();
    // Close cleanly so the whole vault is the one main file.
    let bytes = std::fs::read(src.join(DB_FILE)).unwrap();
    assert!(
        !src.join(format!("{DB_FILE}-wal")).exists()
            || std::fs::metadata(src.join(format!("{DB_FILE}-wal")))
                .unwrap()
                .len()
                == 0
    );

    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    let (mut errors, mut same, mut tried) = (0, 0, 0);
    // Every byte of every page holding anything, with a few flip patterns.
    for off in 0..bytes.len() {
        let page_start = off - off % 4096;
        let page = &bytes[page_start..(page_start + 4096).min(bytes.len())];
        if page.iter().all(|b| *b == 0) {
            continue;
        }
        let pattern = [0x01u8, 0x80, 0xff][off % 3];
        if bytes[off] == 0 && off % 5 != 0 {
            continue; // thin out the long zero runs; still hit a fifth of them
        }
        let mut b = bytes.clone();
        b[off] ^= pattern;
        for f in all_files(&work) {
            std::fs::remove_file(f.0).unwrap();
        }
        std::fs::write(work.join(DB_FILE), &b).unwrap();
        tried += 1;
        let outcome = Vault::open(&work, Unlock::RecoveryKey(&rk)).and_then(|v| read_all(&v));
        match outcome {
            Ok(got) => {
                assert_eq!(got, expected, "flip at {off} gave different data");
                same += 1;
            }
            Err(e) => {
                assert!(KNOWN.contains(&e.code()), "flip at {off}: unexpected {e}");
                errors += 1;
            }
        }
    }
    eprintln!("tried {tried} flips: {errors} refused, {same} harmless");
    assert!(errors > 100);
}

#[test]
fn flipped_header_bytes_with_passphrase_unlock() {
    // The passphrase path runs Argon2 on every try, so flip only around the
    // header row (found by its salt).
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    sample(&src);
    let salt: Vec<u8> = raw(&src)
        .query_row("SELECT salt FROM header", [], |r| r.get(0))
        .unwrap();
    let bytes = std::fs::read(src.join(DB_FILE)).unwrap();
    let at = bytes
        .windows(salt.len())
        .position(|w| w == salt)
        .expect("salt in file");
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    for off in (at.saturating_sub(24)..(at + 120).min(bytes.len())).step_by(4) {
        let mut b = bytes.clone();
        b[off] ^= 0x04;
        std::fs::write(work.join(DB_FILE), &b).unwrap();
        match Vault::open(&work, Unlock::Passphrase(PASS)) {
            Ok(v) => assert_eq!(
                read_all(&v).unwrap(),
                read_all(&open(&src)).unwrap(),
                "flip at {off}"
            ),
            Err(e) => assert!(KNOWN.contains(&e.code()), "flip at {off}: {e}"),
        }
    }
}
