//! Golden test vectors: fixed keys and nonces give fixed bytes. If the wire
//! format changes by one bit, these fail; a deliberate format change bumps
//! the version and regenerates them with `UPDATE_VECTORS=1`.

use harbour_crypto::agreement::PairingKey;
use harbour_crypto::SecretKey;
use harbour_sync::control::Control;
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

/// The inviter's waiting X25519 key and the joiner's (fixed seeds here; a
/// joiner's key is one-shot in the app).
fn inviter_key() -> PairingKey {
    PairingKey::from_seed(SecretKey::from_bytes([0x05; 32]))
}
fn joiner_key() -> PairingKey {
    PairingKey::from_seed(SecretKey::from_bytes([0x06; 32]))
}

fn invite() -> Invite {
    Invite {
        kind: InviteKind::Supporter,
        secret: SecretKey::from_bytes([0x01; 32]),
        x25519: Some(inviter_key().public_key().unwrap()),
        expires_at: 1_767_225_600,
        id: [0x02; 16],
        sections: vec!["crisis".into(), "after_crisis".into()],
        from: "Alex".into(),
    }
}

fn compute() -> BTreeMap<&'static str, String> {
    let mut v = BTreeMap::new();
    let inv = invite();
    let bootstrap = root_from_invite(inv.secret.expose(), None).unwrap();
    let joiner_public = joiner_key().public_key().unwrap();
    let shared = inviter_key().agree(&joiner_public).unwrap();
    assert_eq!(
        joiner_key().agree(&inv.x25519.unwrap()).unwrap(),
        shared,
        "both sides agree"
    );
    let root = root_from_invite(inv.secret.expose(), Some(&shared)).unwrap();
    v.insert("invite_link", inv.to_link().unwrap());
    v.insert("root_bootstrap", hex(bootstrap.expose()));
    v.insert("x25519_inviter_public", hex(&inv.x25519.unwrap()));
    v.insert("x25519_joiner_public", hex(&joiner_public));
    v.insert("x25519_shared", hex(shared.expose()));
    v.insert("root_x25519", hex(root.expose()));
    v.insert("confirmation_code", confirmation_code(&root).unwrap());
    let hello_keys =
        StreamKeys::derive(&bootstrap, Purpose::Supporter, Direction::Up, 0, 0).unwrap();
    let hello = Body {
        sender: [0x11; 16],
        heads: vec![],
        payload: Control::PairHello {
            public: hex(&joiner_public),
        }
        .encode(),
    };
    v.insert(
        "envelope_pair_hello",
        hex(&envelope::seal_with_nonce(&hello_keys, Kind::Control, 1, [0x12; 12], &hello).unwrap()),
    );
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
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/v2.txt")
}

#[test]
fn golden_vectors_hold() {
    let now = compute();
    let text: String = now.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
    if std::env::var_os("UPDATE_VECTORS").is_some() {
        std::fs::write(path(), &text).unwrap();
    }
    let stored = std::fs::read_to_string(path()).expect("tests/vectors/v2.txt is committed");
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
    let root = SecretKey::from_slice(&unhex(&get("root_x25519"))).unwrap();
    let down = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, 0, 0).unwrap();
    let opened = envelope::open(&down, &unhex(&get("envelope_projection_seq7"))).unwrap();
    let h = opened.header;
    assert_eq!(
        (opened.kind, h.seq, h.nonce),
        (Kind::ProjectionChanges, 7, [0x44; 12])
    );
    assert_eq!(opened.body.payload, b"hello harbour");
    let inv = Invite::from_link(&get("invite_link")).unwrap();
    assert_eq!(inv, invite());
    // The inviter, from the stored answer alone, reaches the same root.
    let bootstrap = SecretKey::from_slice(&unhex(&get("root_bootstrap"))).unwrap();
    let hello_keys =
        StreamKeys::derive(&bootstrap, Purpose::Supporter, Direction::Up, 0, 0).unwrap();
    let hello = envelope::open(&hello_keys, &unhex(&get("envelope_pair_hello")))
        .unwrap()
        .body;
    let Some(Control::PairHello { public }) = Control::decode(&hello.payload) else {
        panic!("not a pairing answer");
    };
    let public: [u8; 32] = unhex(&public).try_into().unwrap();
    let shared = inviter_key().agree(&public).unwrap();
    assert_eq!(
        root_from_invite(inv.secret.expose(), Some(&shared)).unwrap(),
        root
    );
    let bundle_bytes = unhex(&get("bundle_two"));
    let envs = bundle::decode(&bundle_bytes).unwrap();
    assert_eq!(envs.len(), 2);
    let mut seen = SeenSeqs::default();
    assert!(seen.insert(h.seq));
    assert!(!seen.insert(h.seq));
}
