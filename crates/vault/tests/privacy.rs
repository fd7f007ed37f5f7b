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
        v.append_changes_with_view(
            doc,
            chunk.as_bytes(),
            "crisis-CANARY-7f3a-view-kind",
            view.as_bytes(),
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
