//! Backup -> restore round trips; damaged backups are refused before any write.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use harbour_vault::{KdfParams, RecoveryKey, Unlock, Vault, VaultError};

const BACKUP_PASS: &str = "backup pass";

fn fill(v: &mut Vault) {
    v.save_doc("plan", b"snapshot bytes").unwrap();
    for i in 0..20 {
        v.append_changes_with_views(
            "plan",
            format!("change {i}").as_bytes(),
            &[("crisis", format!("view {i}").as_bytes())],
        )
        .unwrap();
    }
    v.put_snapshot("plan", "safety", b"safety view").unwrap();
    v.append_changes("journal", b"j1").unwrap();
    v.put_setting("locale", b"cy").unwrap();
    v.put_setting("dir.private.1", b"my own cafe").unwrap();
}

/// A [`fill`]ed vault in `tmp`/a, backed up under [`BACKUP_PASS`]: the
/// vault, its recovery key and the backup file.
fn backed_up(tmp: &Path) -> (Vault, RecoveryKey, PathBuf) {
    let (mut v, rk) = create(&tmp.join("a"));
    fill(&mut v);
    let file = tmp.join("backup.hbk");
    v.backup_to(&file, BACKUP_PASS).unwrap();
    (v, rk, file)
}

/// Makes the backup's trailing SHA-256 checksum match its (edited) body.
fn fix_checksum(b: &mut [u8]) {
    let body = b.len() - 32;
    let sum = harbour_crypto::sha256(&b[..body]);
    b[body..].copy_from_slice(&sum);
}

fn same_content(a: &Vault, b: &Vault) {
    assert_eq!(a.doc_ids().unwrap(), b.doc_ids().unwrap());
    for d in a.doc_ids().unwrap() {
        assert_eq!(a.load_doc(&d).unwrap(), b.load_doc(&d).unwrap());
        for kind in ["crisis", "safety", "full"] {
            assert_eq!(
                a.get_snapshot(&d, kind).unwrap(),
                b.get_snapshot(&d, kind).unwrap()
            );
        }
    }
    assert_eq!(a.setting_keys().unwrap(), b.setting_keys().unwrap());
    for k in a.setting_keys().unwrap() {
        assert_eq!(a.get_setting(&k).unwrap(), b.get_setting(&k).unwrap());
    }
}

#[test]
fn round_trip_with_passphrase_and_recovery_key() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, rk, file) = backed_up(tmp.path());

    // "A fresh machine": a directory that does not exist yet.
    let fresh = tmp.path().join("new-machine").join("profile");
    let r = Vault::restore(&file, &fresh, Unlock::Passphrase(BACKUP_PASS)).unwrap();
    r.integrity_check().unwrap();
    same_content(&v, &r);
    drop(r);
    // The restored vault takes the backup's passphrase and keeps the recovery key.
    Vault::open(&fresh, Unlock::Passphrase(BACKUP_PASS)).unwrap();
    let r = Vault::open(&fresh, Unlock::RecoveryKey(&rk)).unwrap();
    same_content(&v, &r);

    let fresh2 = tmp.path().join("b");
    let r2 = Vault::restore(&file, &fresh2, Unlock::RecoveryKey(&rk)).unwrap();
    same_content(&v, &r2);
    // And the restored copy keeps working as a vault.
    drop(r2);
    let mut r2 = Vault::open(&fresh2, Unlock::Passphrase(BACKUP_PASS)).unwrap();
    r2.append_changes("plan", b"after restore").unwrap();
    assert_eq!(r2.load_doc("plan").unwrap().unwrap().len(), 22);

    // Never over an existing vault.
    let e = Vault::restore(&file, &fresh2, Unlock::RecoveryKey(&rk)).unwrap_err();
    assert_eq!(e.code(), "vault_exists");
}

#[test]
fn wrong_secrets_on_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let (_v, _, file) = backed_up(tmp.path());
    let out = tmp.path().join("out");
    let e = Vault::restore(&file, &out, Unlock::Passphrase(PASS)).unwrap_err();
    assert!(matches!(e, VaultError::WrongPassphrase), "{e}");
    let other = harbour_vault::RecoveryKey::generate().unwrap();
    let e = Vault::restore(&file, &out, Unlock::RecoveryKey(&other)).unwrap_err();
    assert!(matches!(e, VaultError::WrongRecoveryKey), "{e}");
    assert!(!Vault::exists(&out));
}

#[test]
fn corrupted_or_truncated_backups_are_refused_before_writing() {
    let tmp = tempfile::tempdir().unwrap();
    let (_v, rk, file) = backed_up(tmp.path());
    let good = std::fs::read(&file).unwrap();
    let bad_file = tmp.path().join("bad.hbk");
    let out = tmp.path().join("out");
    let try_restore = |bytes: &[u8]| {
        std::fs::write(&bad_file, bytes).unwrap();
        let e = Vault::restore(&bad_file, &out, Unlock::RecoveryKey(&rk)).unwrap_err();
        assert!(
            !Vault::exists(&out),
            "nothing may be written for a bad backup"
        );
        if out.exists() {
            assert!(all_files(&out).is_empty());
        }
        e
    };

    let mut lens: Vec<usize> = (0..good.len()).step_by(7).collect();
    lens.extend([good.len() - 1, good.len() - 32, 16, 19, 20]);
    for len in lens {
        let e = try_restore(&good[..len]);
        assert_eq!(e.code(), "backup_corrupt", "truncated to {len}: {e}");
    }
    let mut longer = good.clone();
    longer.push(0);
    assert_eq!(try_restore(&longer).code(), "backup_corrupt");

    for off in (0..good.len()).step_by(3) {
        let mut b = good.clone();
        b[off] ^= 0x20;
        let e = try_restore(&b);
        assert_eq!(e.code(), "backup_corrupt", "flip at {off}: {e}");
    }

    // A deliberate edit that also fixes the checksum still fails authentication.
    let mut b = good.clone();
    let off = good.len() - 100;
    b[off] ^= 1;
    fix_checksum(&mut b);
    assert_eq!(try_restore(&b).code(), "backup_corrupt");

    // The good file still restores.
    Vault::restore(&file, &out, Unlock::RecoveryKey(&rk)).unwrap();
}

/// A backup file is input from anywhere. One whose header asks for more
/// Argon2 work than Harbour ever uses (here 1 GiB and 10 passes, which held
/// the app for a minute and could kill it on a phone) is refused before any
/// key work, with the checksum made right so only the bound can stop it.
#[test]
fn a_backup_demanding_huge_argon2_work_is_refused_before_key_work() {
    let tmp = tempfile::tempdir().unwrap();
    let (_v, _, file) = backed_up(tmp.path());
    let good = std::fs::read(&file).unwrap();
    // magic (16), version (4), header length (8), format (8), vault id
    // length (8) and bytes (16): then memory, passes, lanes.
    let at = 16 + 4 + 8 + 8 + 8 + 16;
    let field =
        |b: &[u8], i: usize| u32::from_le_bytes(b[at + 4 * i..at + 4 * i + 4].try_into().unwrap());
    assert_eq!(
        (field(&good, 0), field(&good, 1)),
        (KdfParams::DEFAULT.m_kib, KdfParams::DEFAULT.t),
        "layout (a backup's own passphrase gets at least the default cost)"
    );
    for (m_kib, t, p) in [(1024 * 1024, 10, 4), (256 * 1024, 8, 1), (512 * 1024, 2, 1)] {
        let mut b = good.clone();
        for (i, v) in [m_kib, t, p].into_iter().enumerate() {
            b[at + 4 * i..at + 4 * i + 4].copy_from_slice(&u32::to_le_bytes(v));
        }
        fix_checksum(&mut b);
        let hostile = tmp.path().join("hostile.hbk");
        std::fs::write(&hostile, &b).unwrap();
        let out = tmp.path().join("out");
        let e = Vault::restore(&hostile, &out, Unlock::Passphrase(BACKUP_PASS)).unwrap_err();
        assert_eq!(
            e.code(),
            "kdf_params_out_of_range",
            "{m_kib} KiB × {t}: {e}"
        );
        assert!(!Vault::exists(&out));
    }
}

/// A backup written by the Harbour before backup version 2 (committed under
/// tests/fixtures, made by that version's code) still restores, whole.
#[test]
fn a_version_1_backup_still_restores() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let rk = std::fs::read_to_string(fixtures.join("backup-v1.recovery-key")).unwrap();
    let rk = harbour_vault::RecoveryKey::parse(rk.trim()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let v = Vault::restore(
        &fixtures.join("backup-v1.hbk"),
        &tmp.path().join("restored"),
        Unlock::RecoveryKey(&rk),
    )
    .unwrap();
    assert_eq!(
        v.load_doc("plan").unwrap().unwrap(),
        vec![b"plan snapshot".to_vec(), b"change one".to_vec()]
    );
    assert_eq!(
        v.get_snapshot("plan", "crisis_view").unwrap().unwrap(),
        b"{\"crisis\":1}"
    );
    assert_eq!(v.get_setting("lock_minutes").unwrap().unwrap(), b"5");
    v.integrity_check().unwrap();
}
