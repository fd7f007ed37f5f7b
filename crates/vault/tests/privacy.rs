//! Nothing of the plan is ever on disk in clear.

mod common;

use common::*;
use harbour_vault::{Unlock, Vault};

const CANARIES: &[&str] = &[
    "CANARY-7f3a-doc-snapshot",
    "CANARY-7f3a-change-chunk",
    "CANARY-7f3a-crisis-view",
    "CANARY-7f3a-setting-value",
    "CANARY-7f3a-setting-key",
    "CANARY-7f3a-doc-id",
    "CANARY-7f3a-view-kind",
    "CANARY-7f3a-deleted",
];

fn assert_clean(dir: &std::path::Path, extra: &[&str], when: &str) {
    let files = all_files(dir);
    assert!(!files.is_empty());
    for (name, bytes) in &files {
        for c in CANARIES.iter().chain(extra) {
            // Also a UTF-16 spelling, in case anything re-encodes text.
            let utf16: Vec<u8> = c.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            assert!(
                !contains(bytes, c.as_bytes()) && !contains(bytes, &utf16),
                "{when}: '{c}' found in clear in {name}"
            );
        }
    }
}

#[test]
fn canaries_never_reach_disk_in_clear() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let (mut v, rk) = create(&dir);
    let rk_text = rk.encode().to_string();
    let doc = "plan-CANARY-7f3a-doc-id";
    v.save_doc(doc, CANARIES[0].as_bytes()).unwrap();
    for i in 0..50 {
        let chunk = format!("{} edit {i}", CANARIES[1]);
        let view = format!("{{\"text\":\"{} {i}\"}}", CANARIES[2]);
        v.append_changes_with_views(
            doc,
            chunk.as_bytes(),
            &[("crisis-CANARY-7f3a-view-kind", view.as_bytes())],
        )
        .unwrap();
    }
    v.put_setting(
        "dir.private.CANARY-7f3a-setting-key",
        CANARIES[3].as_bytes(),
    )
    .unwrap();
    v.save_doc("other", CANARIES[7].as_bytes()).unwrap();
    assert_clean(&dir, &[PASS, &rk_text], "while open, before checkpoint");

    v.delete_doc("other").unwrap();
    v.save_doc(doc, format!("compacted {}", CANARIES[0]).as_bytes())
        .unwrap();
    v.change_passphrase(PASS, "CANARY-7f3a-new-passphrase")
        .unwrap();
    assert_clean(
        &dir,
        &[PASS, &rk_text, "CANARY-7f3a-new-passphrase"],
        "after edits and deletes",
    );

    v.checkpoint().unwrap();
    assert_clean(
        &dir,
        &[PASS, &rk_text, "CANARY-7f3a-new-passphrase"],
        "after checkpoint",
    );

    let backup_dir = tmp.path().join("backups");
    std::fs::create_dir_all(&backup_dir).unwrap();
    v.backup_to(&backup_dir.join("plan.hbk"), "CANARY-7f3a-backup-pass")
        .unwrap();
    v.lock();
    assert_clean(&dir, &[PASS, &rk_text], "after lock");
    assert_clean(
        &backup_dir,
        &[PASS, &rk_text, "CANARY-7f3a-backup-pass"],
        "backup file",
    );

    let restored = tmp.path().join("restored");
    let v = Vault::restore(
        &backup_dir.join("plan.hbk"),
        &restored,
        Unlock::RecoveryKey(&rk),
    )
    .unwrap();
    assert!(v.load_doc(doc).unwrap().is_some());
    v.checkpoint().unwrap();
    assert_clean(&restored, &[PASS, &rk_text], "restored vault");
    drop(v);
    assert_clean(&restored, &[PASS, &rk_text], "restored vault, closed");
}

/// Other users of the computer read nothing, whatever the umask: the vault
/// folder is 0700 and every file in it (the database, its WAL and shared
/// memory, the lock) and every backup is 0600.
#[cfg(unix)]
#[test]
fn vault_files_and_backups_are_for_this_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("profile");
    // An existing folder that others could read is closed too.
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (mut v, _) = create(&dir);
    v.append_changes("plan", b"c1").unwrap();
    v.put_setting("s", b"v").unwrap();
    assert_eq!(mode(&dir), 0o700);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().any(|n| n.ends_with("-wal")), "{names:?}");
    for name in &names {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
    let backup = tmp.path().join("plan.hbk");
    v.backup_to(&backup, "backup passphrase").unwrap();
    assert_eq!(mode(&backup), 0o600);
    // Written over an existing file others could read: 0600 again.
    std::fs::set_permissions(&backup, std::fs::Permissions::from_mode(0o644)).unwrap();
    v.backup_to(&backup, "backup passphrase").unwrap();
    assert_eq!(mode(&backup), 0o600);
    let restored = tmp.path().join("restored");
    drop(v);
    Vault::restore(&backup, &restored, Unlock::Passphrase("backup passphrase")).unwrap();
    assert_eq!(mode(&restored), 0o700);
    for e in std::fs::read_dir(&restored).unwrap() {
        let p = e.unwrap().path();
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
}
