//! Golden test vectors: fixed keys and nonces give fixed bytes. If the wire
//! format changes by one bit, these fail; a deliberate format change bumps
//! the version and regenerates them with `UPDATE_VECTORS=1`.

use harbour_crypto::SecretKey;
use harbour_sync::envelope::{self, Body, Kind};
use harbour_sync::invite::{Invite, InviteKind};
use harbour_sync::keys::{confirmation_code, root_from_invite, Direction, Purpose, StreamKeys};
use harbour_sync::{bundle, replay::SeenSeqs};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn invite() -> Invite {
    Invite {
        kind: InviteKind::Supporter,
        secret: SecretKey::from_bytes([0x01; 32]),
        x25519: None,
        expires_at: 1_767_225_600,
        id: [0x02; 16],
        sections: vec!["crisis".into(), "after_crisis".into()],
        from: "Alex".into(),
    }
}

fn compute() -> BTreeMap<&'static str, String> {
    let mut v = BTreeMap::new();
    let inv = invite();
    let root = root_from_invite(inv.secret.expose(), None).unwrap();
    let live = root_from_invite(
        inv.secret.expose(),
        Some(&SecretKey::from_bytes([0x03; 32])),
    )
    .unwrap();
    v.insert("invite_link", inv.to_link().unwrap());
    v.insert("root_offline", hex(root.expose()));
    v.insert("root_x25519", hex(live.expose()));
    v.insert("confirmation_code", confirmation_code(&root));
    let down = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, 0, 0).unwrap();
    let up = StreamKeys::derive(&root, Purpose::Supporter, Direction::Up, 2, 1).unwrap();
    v.insert("down_mailbox", hex(&down.mailbox));
    v.insert("down_write_token", hex(&down.write_token));
    v.insert("up_g2_e1_mailbox", hex(&up.mailbox));
    let body = Body {
        sender: [0x22; 16],
        heads: vec![[0x33; 32]],
        payload: b"hello harbour".to_vec(),
    };
    let env =
        envelope::seal_with_nonce(&down, Kind::ProjectionChanges, 7, [0x44; 12], &body).unwrap();
    v.insert("envelope_projection_seq7", hex(&env));
    let ctl = Body {
        sender: [0x55; 16],
        heads: vec![],
        payload: br#"{"type":"revoke"}"#.to_vec(),
    };
    let env2 = envelope::seal_with_nonce(&up, Kind::Control, 1, [0x66; 12], &ctl).unwrap();
    v.insert("envelope_control_up_g2_e1", hex(&env2));
    v.insert("bundle_two", hex(&bundle::encode(&[env, env2]).unwrap()));
    v
}

fn path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/v1.txt")
}

#[test]
fn golden_vectors_hold() {
    let now = compute();
    let text: String = now.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
    if std::env::var_os("UPDATE_VECTORS").is_some() {
        std::fs::write(path(), &text).unwrap();
    }
    let stored = std::fs::read_to_string(path()).expect("tests/vectors/v1.txt is committed");
    for line in stored.lines() {
        let (k, v) = line.split_once(" = ").unwrap();
        assert_eq!(
            now.get(k).map(String::as_str),
            Some(v),
            "vector {k} changed"
        );
    }
    assert_eq!(stored, text, "the set of vectors changed");
}

#[test]
fn stored_vectors_open() {
    let stored = std::fs::read_to_string(path()).unwrap();
    let get = |k: &str| {
        stored
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{k} = ")))
            .unwrap()
            .to_string()
    };
    let root = SecretKey::from_slice(&unhex(&get("root_offline"))).unwrap();
    let down = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, 0, 0).unwrap();
    let (h, b) = envelope::open(&down, &unhex(&get("envelope_projection_seq7"))).unwrap();
    assert_eq!(
        (h.kind, h.seq, h.nonce),
        (Kind::ProjectionChanges, 7, [0x44; 12])
    );
    assert_eq!(b.payload, b"hello harbour");
    let inv = Invite::from_link(&get("invite_link")).unwrap();
    assert_eq!(inv, invite());
    let bundle_bytes = unhex(&get("bundle_two"));
    let envs = bundle::decode(&bundle_bytes).unwrap();
    assert_eq!(envs.len(), 2);
    let mut seen = SeenSeqs::default();
    assert!(seen.insert(h.seq));
    assert!(!seen.insert(h.seq));
}
