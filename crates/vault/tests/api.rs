//! The vault's public behaviour on real SQLite files.

mod common;

use common::*;
use harbour_vault::{KdfParams, SettingWrite, Unlock, Vault, VaultError};

#[test]
fn a_documents_revision_grows_with_each_write_to_it_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut v, _) = create(&tmp.path().join("profile"));
    assert_eq!(v.doc_revision("plan"), 0);
    v.save_doc("plan", b"snapshot").unwrap();
    v.append_changes("plan", b"c1").unwrap();
    assert_eq!(v.doc_revision("plan"), 2);
    // Reads, settings and other documents leave it alone.
    v.load_doc("plan").unwrap();
    v.put_setting("lock_minutes", b"5").unwrap();
    v.save_doc("reply/sam", b"other").unwrap();
    assert_eq!(v.doc_revision("plan"), 2);
    v.put_snapshot("plan", "crisis", b"{}").unwrap();
    // Compaction can leave the same number of chunks: the revision still moves.
    v.save_doc("plan", b"compacted").unwrap();
    assert!(v.delete_doc("plan").unwrap());
    assert_eq!(v.doc_revision("plan"), 5);
    assert_eq!(v.doc_revision("reply/sam"), 1);
}

#[test]
fn create_open_docs_views_settings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("profile");
    assert!(!Vault::exists(&dir));
    let (mut v, rk) = create(&dir);
    assert!(Vault::exists(&dir));
    assert_eq!(v.load_doc("plan").unwrap(), None);
    v.save_doc("plan", b"snapshot").unwrap();
    v.append_changes("plan", b"c1").unwrap();
    v.append_changes_with_views("plan", b"c2", &[("crisis", b"{\"v\":2}")])
        .unwrap();
    v.put_setting("lock_minutes", b"5").unwrap();
    assert_eq!(v.doc_chunk_count("plan").unwrap(), Some(3));
    v.lock();

    let v = open(&dir);
    assert_eq!(
        v.load_doc("plan").unwrap().unwrap(),
        vec![b"snapshot".to_vec(), b"c1".to_vec(), b"c2".to_vec()]
    );
    assert_eq!(
        v.get_snapshot("plan", "crisis").unwrap().unwrap(),
        b"{\"v\":2}"
    );
    assert_eq!(v.get_snapshot("plan", "full").unwrap(), None);
    assert_eq!(v.get_setting("lock_minutes").unwrap().unwrap(), b"5");
    assert_eq!(v.get_setting("nope").unwrap(), None);
    assert_eq!(v.doc_ids().unwrap(), vec!["plan".to_string()]);
    drop(v);

    let mut v = Vault::open(&dir, Unlock::RecoveryKey(&rk)).unwrap();
    // Compaction replaces snapshot and chunks atomically.
    v.save_doc_with_views("plan", b"compacted", &[("crisis", b"{\"v\":3}")])
        .unwrap();
    assert_eq!(
        v.load_doc("plan").unwrap().unwrap(),
        vec![b"compacted".to_vec()]
    );
    assert_eq!(
        v.get_snapshot("plan", "crisis").unwrap().unwrap(),
        b"{\"v\":3}"
    );
    assert!(v.delete_doc("plan").unwrap());
    assert!(!v.delete_doc("plan").unwrap());
    assert_eq!(v.load_doc("plan").unwrap(), None);
    assert!(v.delete_setting("lock_minutes").unwrap());
    // What is left is the recovery key the vault keeps from creation.
    assert_eq!(v.setting_keys().unwrap(), vec!["vault/recovery_key"]);
}

#[test]
fn create_refuses_existing_and_open_refuses_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, _) = create(tmp.path());
    drop(v);
    assert_eq!(
        Vault::create(tmp.path(), PASS, KDF).unwrap_err().code(),
        "vault_exists"
    );
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(
        Vault::open(empty.path(), Unlock::Passphrase(PASS))
            .unwrap_err()
            .code(),
        "vault_not_found"
    );
}

#[test]
fn wrong_secrets_give_distinct_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, _) = create(tmp.path());
    drop(v);
    let e = Vault::open(tmp.path(), Unlock::Passphrase("not it")).unwrap_err();
    assert!(matches!(e, VaultError::WrongPassphrase), "{e}");
    assert_eq!(e.code(), "wrong_passphrase");
    let other = harbour_vault::RecoveryKey::generate().unwrap();
    let e = Vault::open(tmp.path(), Unlock::RecoveryKey(&other)).unwrap_err();
    assert!(matches!(e, VaultError::WrongRecoveryKey), "{e}");
    assert_eq!(e.code(), "wrong_recovery_key");
}

#[test]
fn change_and_reset_passphrase_rewrap_only() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut v, rk) = create(tmp.path());
    v.append_changes("plan", b"kept").unwrap();
    assert!(matches!(
        v.change_passphrase("wrong", "new one, longer"),
        Err(VaultError::WrongPassphrase)
    ));
    assert_eq!(v.kdf_params(), KDF);
    v.change_passphrase(PASS, "new one, longer").unwrap();
    // A passphrase change never keeps a weaker cost than today's default.
    assert_eq!(v.kdf_params(), KdfParams::DEFAULT);
    drop(v);
    assert!(matches!(
        Vault::open(tmp.path(), Unlock::Passphrase(PASS)),
        Err(VaultError::WrongPassphrase)
    ));
    let mut v = Vault::open(tmp.path(), Unlock::Passphrase("new one, longer")).unwrap();
    assert_eq!(v.kdf_params(), KdfParams::DEFAULT, "the upgrade is stored");
    assert_eq!(v.load_doc("plan").unwrap().unwrap(), vec![b"kept".to_vec()]);
    v.reset_passphrase(&rk, "a third passphrase").unwrap();
    drop(v);
    // The recovery key still opens it: the data key never changed.
    let v = Vault::open(tmp.path(), Unlock::RecoveryKey(&rk)).unwrap();
    assert_eq!(v.load_doc("plan").unwrap().unwrap(), vec![b"kept".to_vec()]);
    drop(v);
    Vault::open(tmp.path(), Unlock::Passphrase("a third passphrase")).unwrap();
}

#[test]
fn kdf_params_out_of_range_refused_at_create() {
    let tmp = tempfile::tempdir().unwrap();
    let weak = KdfParams { m_kib: 1024, ..KDF };
    let e = Vault::create(tmp.path(), PASS, weak).unwrap_err();
    assert_eq!(e.code(), "kdf_params_out_of_range");
    assert!(!Vault::exists(tmp.path()));
}

#[test]
fn error_codes_are_stable() {
    use harbour_crypto::CryptoError;
    let all = [
        (VaultError::WrongPassphrase, "wrong_passphrase"),
        (VaultError::WrongRecoveryKey, "wrong_recovery_key"),
        (
            VaultError::InvalidRecoveryKey(harbour_vault::RecoveryKeyError::Checksum),
            "invalid_recovery_key",
        ),
        (
            VaultError::Corrupt {
                what: String::new(),
            },
            "vault_corrupt",
        ),
        (
            VaultError::KdfParamsOutOfRange {
                reason: String::new(),
            },
            "kdf_params_out_of_range",
        ),
        (
            VaultError::BackupCorrupt {
                what: String::new(),
            },
            "backup_corrupt",
        ),
        (
            VaultError::PassphraseTooShort { min: 10 },
            "passphrase_too_short",
        ),
        (VaultError::VaultExists, "vault_exists"),
        (VaultError::VaultNotFound, "vault_not_found"),
        (
            VaultError::TooNew {
                found: 2,
                supported: 1,
            },
            "vault_too_new",
        ),
        (VaultError::Io(std::io::Error::other("x")), "io"),
        (VaultError::Storage(rusqlite_error()), "storage"),
        (VaultError::Crypto(CryptoError::Random), "crypto"),
    ];
    for (e, code) in all {
        assert_eq!(e.code(), code, "{e}");
        assert!(!e.to_string().is_empty());
    }
}

fn rusqlite_error() -> rusqlite::Error {
    rusqlite::Error::QueryReturnedNoRows
}

fn write<'a>(
    key: &'a str,
    expected: Option<&'a [u8]>,
    value: Option<&'a [u8]>,
) -> SettingWrite<'a> {
    SettingWrite {
        key,
        expected,
        value,
    }
}

#[test]
fn settings_are_written_record_by_record_all_or_none() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("profile");
    let (mut v, _) = create(&dir);
    v.put_setting("other", b"x").unwrap();
    v.write_settings(&[
        write("rec/a", None, Some(b"1")),
        write("rec/b", None, Some(b"1")),
        write("rec/c", None, Some(b"1")),
    ])
    .unwrap();
    // A writer whose copy of rec/c is stale changes nothing, not even rec/a.
    let stale = v.write_settings(&[
        write("rec/a", Some(b"1"), Some(b"2")),
        write("rec/c", Some(b"0"), Some(b"2")),
    ]);
    assert!(matches!(stale, Err(VaultError::Busy)), "{stale:?}");
    assert_eq!(v.get_setting("rec/a").unwrap().unwrap(), b"1");
    // Nor does one that thinks a record is new when it exists.
    let stale = v.write_settings(&[write("rec/b", None, Some(b"2"))]);
    assert!(matches!(stale, Err(VaultError::Busy)), "{stale:?}");
    // A current copy changes one, deletes one, leaves the rest.
    v.write_settings(&[
        write("rec/a", Some(b"1"), Some(b"2")),
        write("rec/b", Some(b"1"), None),
    ])
    .unwrap();
    v.lock();

    let v = open(&dir);
    let under = v.settings_under("rec/").unwrap();
    assert_eq!(
        under,
        vec![
            ("rec/a".to_string(), b"2".to_vec()),
            ("rec/c".to_string(), b"1".to_vec())
        ]
    );
    assert_eq!(v.get_setting("rec/b").unwrap(), None);
    assert_eq!(v.get_setting("other").unwrap().unwrap(), b"x");
    assert!(v.settings_under("nothing/").unwrap().is_empty());
    v.integrity_check().unwrap();
}

#[test]
fn a_new_passphrase_has_at_least_ten_characters_wherever_it_is_chosen() {
    let tmp = tempfile::tempdir().unwrap();
    let short = "  nine 999  "; // nine characters once trimmed
    let e = Vault::create(&tmp.path().join("a"), short, KDF).unwrap_err();
    assert_eq!(e.code(), "passphrase_too_short");
    assert!(!Vault::exists(&tmp.path().join("a")));
    // Ten characters, counted as characters (not bytes): enough.
    let (mut v, rk) = Vault::create(&tmp.path().join("b"), "ąęółżźćńśá", KDF).unwrap();
    let e = v.change_passphrase("ąęółżźćńśá", "too short").unwrap_err();
    assert_eq!(e.code(), "passphrase_too_short");
    let e = v.reset_passphrase(&rk, "").unwrap_err();
    assert_eq!(e.code(), "passphrase_too_short");
    let file = tmp.path().join("backup.hbk");
    let e = v.backup_to(&file, "short").unwrap_err();
    assert_eq!(e.code(), "passphrase_too_short");
    assert!(!file.exists());
    drop(v);
    // Nothing changed: the first passphrase still opens it.
    Vault::open(&tmp.path().join("b"), Unlock::Passphrase("ąęółżźćńśá")).unwrap();
}

#[test]
fn the_recovery_key_is_shown_again_for_the_passphrase_and_a_new_one_replaces_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("profile");
    let (mut v, first) = create(&dir);
    let shown = v.recovery_key(PASS).unwrap().unwrap();
    assert_eq!(shown.encode().as_str(), first.encode().as_str());
    assert!(matches!(
        v.recovery_key("not the passphrase"),
        Err(VaultError::WrongPassphrase)
    ));
    assert!(matches!(
        v.new_recovery_key("not the passphrase"),
        Err(VaultError::WrongPassphrase)
    ));

    let second = v.new_recovery_key(PASS).unwrap();
    assert_ne!(second.encode().as_str(), first.encode().as_str());
    assert_eq!(
        v.recovery_key(PASS).unwrap().unwrap().encode().as_str(),
        second.encode().as_str()
    );
    drop(v);
    // Only the new key opens the vault; the passphrase still does.
    assert!(matches!(
        Vault::open(&dir, Unlock::RecoveryKey(&first)),
        Err(VaultError::WrongRecoveryKey)
    ));
    let v = Vault::open(&dir, Unlock::RecoveryKey(&second)).unwrap();
    v.integrity_check().unwrap();
    drop(v);
    drop(open(&dir));
}
