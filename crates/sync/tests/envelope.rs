//! Tampered, truncated, replayed, oversized and wrong-key envelopes are
//! refused with clear errors.

use harbour_crypto::SecretKey;
use harbour_sync::envelope::{self, Body, Kind, MAX_ENVELOPE, OVERHEAD};
use harbour_sync::keys::{Direction, Purpose, StreamKeys};
use harbour_sync::replay::SeenSeqs;
use harbour_sync::{bundle, chunks, SyncError};

fn keys(seed: u8) -> StreamKeys {
    StreamKeys::derive(
        &SecretKey::from_bytes([seed; 32]),
        Purpose::Supporter,
        Direction::Down,
        0,
        0,
    )
    .unwrap()
}

fn body(n: usize) -> Body {
    Body {
        sender: [1; 16],
        heads: vec![[2; 32]; 2],
        payload: vec![b'x'; n],
    }
}

#[test]
fn round_trip_and_padding() {
    let k = keys(1);
    for n in [0, 1, 100, 1000, 70_000] {
        let e = envelope::seal(&k, Kind::ProjectionChanges, 3, &body(n)).unwrap();
        assert!(e.len() >= OVERHEAD + n);
        assert!(e.len() <= OVERHEAD + (n + 100) * 9 / 8 + 1);
        let (h, b) = envelope::open(&k, &e).unwrap();
        assert_eq!(h.seq, 3);
        assert_eq!(b, body(n));
    }
    // Fresh nonces: sealing twice differs.
    let a = envelope::seal(&k, Kind::Ack, 1, &body(5)).unwrap();
    let b = envelope::seal(&k, Kind::Ack, 1, &body(5)).unwrap();
    assert_ne!(a, b);
}

#[test]
fn every_flipped_bit_is_refused() {
    let k = keys(1);
    let e = envelope::seal(&k, Kind::ProjectionChanges, 3, &body(40)).unwrap();
    for i in 0..e.len() {
        for bit in [0x01, 0x80] {
            let mut t = e.clone();
            t[i] ^= bit;
            let err = envelope::open(&k, &t).unwrap_err();
            assert!(
                matches!(
                    err,
                    SyncError::Unauthentic
                        | SyncError::Malformed(_)
                        | SyncError::UnsupportedVersion(_)
                ),
                "byte {i}: {err}"
            );
        }
    }
}

#[test]
fn truncated_wrong_key_oversized() {
    let k = keys(1);
    let e = envelope::seal(&k, Kind::ReplyChanges, 9, &body(10)).unwrap();
    for len in 0..e.len() {
        assert!(envelope::open(&k, &e[..len]).is_err(), "len {len}");
    }
    let err = envelope::open(&keys(2), &e).unwrap_err();
    assert!(matches!(err, SyncError::Unauthentic));
    assert!(err.to_string().contains("wrong key"));
    assert_eq!(err.code(), "message_unauthentic");

    let huge = vec![0u8; MAX_ENVELOPE + 1];
    let err = envelope::open(&k, &huge).unwrap_err();
    assert!(matches!(err, SyncError::TooLarge { .. }));
    assert_eq!(err.code(), "message_too_large");
    assert!(envelope::seal(&k, Kind::ReplyChanges, 1, &body(MAX_ENVELOPE)).is_err());
    assert!(bundle::decode(&vec![0u8; bundle::MAX_BUNDLE + 1]).is_err());
}

#[test]
fn replays_are_detected() {
    let k = keys(1);
    let e = envelope::seal(&k, Kind::ProjectionChanges, 4, &body(1)).unwrap();
    let mut seen = SeenSeqs::default();
    let (h, _) = envelope::open(&k, &e).unwrap();
    assert!(seen.insert(h.seq));
    let (h, _) = envelope::open(&k, &e).unwrap();
    assert!(!seen.insert(h.seq), "the second delivery is a replay");
}

#[test]
fn compressed_automerge_is_refused_before_decoding() {
    use automerge::{transaction::Transactable, AutoCommit, ROOT};
    let mut d = AutoCommit::new();
    d.put(ROOT, "a", "z".repeat(100_000)).unwrap();
    d.commit();
    // A document chunk with deflated columns: never handed to Automerge.
    assert!(chunks::split(&d.save()).is_err());
    let changes = d.document().save_after(&[]);
    assert_eq!(chunks::split(&changes).unwrap().len(), 1);
}
