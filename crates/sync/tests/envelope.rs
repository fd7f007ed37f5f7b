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
        assert!(e.len() <= OVERHEAD + envelope::MIN_PADDED_BODY + (n + 100) * 9 / 8 + 1);
        let opened = envelope::open(&k, &e).unwrap();
        assert_eq!(opened.header.seq, 3);
        assert_eq!(opened.kind, Kind::ProjectionChanges);
        assert_eq!(opened.body, body(n));
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
    let h = envelope::open(&k, &e).unwrap().header;
    assert!(seen.insert(h.seq));
    let h = envelope::open(&k, &e).unwrap().header;
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

/// What a relay sees of a revoke, an ask for help, a crisis signal, an ack
/// and a one-word edit: the same size and the same header but for seq and
/// nonce. Version 1 sent the kind in the clear and each had its own size.
#[test]
fn the_relay_cannot_tell_small_messages_apart() {
    use harbour_sync::control::{Control, SignalKind};
    let k = keys(1);
    let small = |kind, payload: Vec<u8>, heads| {
        let b = Body {
            sender: [7; 16],
            heads,
            payload,
        };
        envelope::seal(&k, kind, 1, &b).unwrap()
    };
    let seen = [
        small(Kind::Control, Control::Revoke.encode(), vec![]),
        small(
            Kind::Control,
            Control::Signal {
                kind: SignalKind::AskForHelp,
                at: 1_767_225_600,
            }
            .encode(),
            vec![],
        ),
        small(
            Kind::Control,
            Control::Signal {
                kind: SignalKind::CrisisPlanActivated,
                at: 1_767_225_600,
            }
            .encode(),
            vec![],
        ),
        small(Kind::Ack, vec![], vec![[3; 32]; 4]),
        small(Kind::ProjectionChanges, vec![b'x'; 300], vec![[4; 32]]),
    ];
    for e in &seen {
        assert_eq!(e.len(), seen[0].len(), "one size bucket");
        let clear = envelope::peek(e).unwrap();
        let first = envelope::peek(&seen[0]).unwrap();
        assert_eq!(
            (clear.mailbox, clear.generation, clear.epoch),
            (first.mailbox, first.generation, first.epoch)
        );
        // The clear header is magic, version, mailbox, generation, epoch, seq, nonce: no kind.
        assert_eq!(
            e[..envelope::HEADER_LEN - 12 - 8],
            seen[0][..envelope::HEADER_LEN - 12 - 8]
        );
    }
    assert_eq!(seen[0].len(), OVERHEAD + envelope::MIN_PADDED_BODY);
    // Inside, each is what it was sealed as.
    let kinds: Vec<Kind> = seen
        .iter()
        .map(|e| envelope::open(&k, e).unwrap().kind)
        .collect();
    assert_eq!(
        kinds,
        [
            Kind::Control,
            Kind::Control,
            Kind::Control,
            Kind::Ack,
            Kind::ProjectionChanges
        ]
    );
}
