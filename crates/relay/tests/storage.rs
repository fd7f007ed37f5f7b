//! One storage suite, run against SQLite and a real PostgreSQL.

mod common;

use common::{both, open_store, runtime, Backend};
use harbour_relay::store::{Quota, Storage, StoreError};
use std::sync::Arc;

const Q: Quota = Quota {
    max_bytes: 1000,
    max_count: 5,
};

fn h(b: u8) -> [u8; 32] {
    [b; 32]
}

async fn suite(s: Arc<dyn Storage>, second_node: Arc<dyn Storage>) {
    let mb = [1u8; 16];
    // First writer claims; seq must be last + 1.
    assert_eq!(s.append(mb, h(1), 1, b"one".to_vec(), 100, Q).await, Ok(1));
    assert_eq!(
        s.append(mb, h(1), 1, b"again".to_vec(), 100, Q).await,
        Err(StoreError::SeqConflict { last: 1 })
    );
    assert_eq!(
        s.append(mb, h(1), 5, b"gap".to_vec(), 100, Q).await,
        Err(StoreError::SeqConflict { last: 1 })
    );
    assert_eq!(
        s.append(mb, h(2), 2, b"thief".to_vec(), 100, Q).await,
        Err(StoreError::WrongToken)
    );
    // A new mailbox must start at 1.
    assert_eq!(
        s.append([2; 16], h(1), 3, b"x".to_vec(), 100, Q).await,
        Err(StoreError::SeqConflict { last: 0 })
    );
    assert_eq!(s.append(mb, h(1), 2, b"two".to_vec(), 101, Q).await, Ok(2));
    assert_eq!(
        s.append(mb, h(1), 3, b"three".to_vec(), 102, Q).await,
        Ok(3)
    );

    let p = s.read(mb, h(1), 1, 100, u64::MAX).await.unwrap();
    assert_eq!(p.last_seq, 3);
    assert_eq!(
        p.messages.iter().map(|m| m.seq).collect::<Vec<_>>(),
        vec![2, 3]
    );
    assert_eq!(p.messages[1].data, b"three");
    assert_eq!(
        s.read(mb, h(1), 0, 1, u64::MAX)
            .await
            .unwrap()
            .messages
            .len(),
        1
    );
    let empty = s.read([9; 16], h(1), 0, 10, u64::MAX).await.unwrap();
    assert_eq!((empty.messages.len(), empty.last_seq), (0, 0));
    // Only the mailbox's own token reads it.
    assert_eq!(
        s.read(mb, h(2), 0, 10, u64::MAX).await,
        Err(StoreError::WrongToken)
    );
    // The other node sees the same.
    assert_eq!(
        second_node
            .read(mb, h(1), 0, 10, u64::MAX)
            .await
            .unwrap()
            .last_seq,
        3
    );
    // A page stops once it holds max_bytes ("one" 3 + "two" 3 = 6 bytes
    // before "three"), but always carries one message, and last_seq says
    // there is more.
    let seqs =
        |p: &harbour_relay::store::Page| p.messages.iter().map(|m| m.seq).collect::<Vec<_>>();
    assert_eq!(
        seqs(&s.read(mb, h(1), 0, 100, 6).await.unwrap()),
        vec![1, 2]
    );
    assert_eq!(
        seqs(&s.read(mb, h(1), 0, 100, 4).await.unwrap()),
        vec![1, 2]
    );
    assert_eq!(seqs(&s.read(mb, h(1), 0, 100, 3).await.unwrap()), vec![1]);
    let one = s.read(mb, h(1), 1, 100, 1).await.unwrap();
    assert_eq!((seqs(&one), one.last_seq), (vec![2], 3));
    assert_eq!(
        seqs(&s.read(mb, h(1), 0, 2, 1000).await.unwrap()),
        vec![1, 2]
    );

    // Batches: seqs first, first + 1, ...; all or nothing.
    let bm = [0x3b; 16];
    let batch = |v: &[&str]| v.iter().map(|x| x.as_bytes().to_vec()).collect::<Vec<_>>();
    assert_eq!(
        s.append_batch(bm, h(1), 1, batch(&["a", "b", "c"]), 5000, Q)
            .await,
        Ok(3)
    );
    assert_eq!(
        s.append_batch(bm, h(1), 3, batch(&["x", "y"]), 5000, Q)
            .await,
        Err(StoreError::SeqConflict { last: 3 })
    );
    assert_eq!(
        second_node
            .append_batch(bm, h(2), 4, batch(&["x"]), 5000, Q)
            .await,
        Err(StoreError::WrongToken)
    );
    // Over the count quota (5): nothing of it is kept.
    assert!(matches!(
        s.append_batch(bm, h(1), 4, batch(&["d", "e", "f"]), 5000, Q)
            .await,
        Err(StoreError::Quota { .. })
    ));
    // Another node continues the same mailbox.
    assert_eq!(
        second_node
            .append_batch(bm, h(1), 4, batch(&["d", "e"]), 5000, Q)
            .await,
        Ok(5)
    );
    let p = s.read(bm, h(1), 0, 100, u64::MAX).await.unwrap();
    assert_eq!(p.last_seq, 5);
    assert_eq!(
        p.messages
            .iter()
            .map(|m| (m.seq, m.data.clone()))
            .collect::<Vec<_>>(),
        vec![
            (1, b"a".to_vec()),
            (2, b"b".to_vec()),
            (3, b"c".to_vec()),
            (4, b"d".to_vec()),
            (5, b"e".to_vec())
        ]
    );

    // Quota: count.
    assert_eq!(s.append(mb, h(1), 4, b"4".to_vec(), 103, Q).await, Ok(4));
    assert_eq!(s.append(mb, h(1), 5, b"5".to_vec(), 103, Q).await, Ok(5));
    assert!(matches!(
        s.append(mb, h(1), 6, b"6".to_vec(), 103, Q).await,
        Err(StoreError::Quota {
            what: "messages",
            ..
        })
    ));
    // Delete needs the token; deleting frees quota; seq carries on.
    assert_eq!(
        s.delete_upto(mb, h(2), 5).await,
        Err(StoreError::WrongToken)
    );
    assert_eq!(s.delete_upto(mb, h(1), 2).await, Ok(2));
    assert_eq!(s.delete_upto([7; 16], h(1), 2).await, Ok(0));
    let p = s.read(mb, h(1), 0, 100, u64::MAX).await.unwrap();
    assert_eq!(p.messages.first().map(|m| m.seq), Some(3));
    assert_eq!(p.last_seq, 5);
    assert_eq!(s.append(mb, h(1), 6, b"6".to_vec(), 104, Q).await, Ok(6));
    // Quota: bytes.
    let big = [3u8; 16];
    assert_eq!(s.append(big, h(3), 1, vec![0; 900], 104, Q).await, Ok(1));
    assert!(matches!(
        s.append(big, h(3), 2, vec![0; 101], 104, Q).await,
        Err(StoreError::Quota { what: "bytes", .. })
    ));
    assert_eq!(s.append(big, h(3), 2, vec![0; 100], 104, Q).await, Ok(2));

    // Retention: messages before 102 go; quotas shrink with them.
    let e = s.expire(102, 1000).await.unwrap();
    assert_eq!(e.messages, 0, "seq 1 and 2 were already deleted");
    let e = s.expire(104, 1000).await.unwrap();
    assert_eq!(e.messages, 3); // 3 (102), 4 and 5 (103)
    let p = s.read(mb, h(1), 0, 100, u64::MAX).await.unwrap();
    assert_eq!(
        p.messages.iter().map(|m| m.seq).collect::<Vec<_>>(),
        vec![6]
    );
    for (i, seq) in (7..=10).enumerate() {
        assert_eq!(
            s.append(mb, h(1), seq, vec![i as u8], 105, Q).await,
            Ok(seq),
            "room again after retention"
        );
    }

    // Rendezvous: once, take once, expire.
    let slot = [5u8; 16];
    assert_eq!(s.slot_put(slot, b"hello".to_vec(), 200, 100).await, Ok(()));
    assert_eq!(
        s.slot_put(slot, b"other".to_vec(), 200, 100).await,
        Err(StoreError::SlotTaken)
    );
    assert_eq!(
        second_node.slot_take(slot, 150).await,
        Ok(Some(b"hello".to_vec()))
    );
    assert_eq!(s.slot_take(slot, 150).await, Ok(None));
    assert_eq!(s.slot_put(slot, b"late".to_vec(), 200, 100).await, Ok(()));
    assert_eq!(s.slot_take(slot, 200).await, Ok(None), "expired at 200");
    assert_eq!(s.slot_put([6; 16], b"old".to_vec(), 300, 100).await, Ok(()));
    assert_eq!(s.expire(0, 301).await.unwrap().slots, 1);
    // An expired slot can be put again.
    assert_eq!(s.slot_put([6; 16], b"x".to_vec(), 500, 100).await, Ok(()));
    assert_eq!(s.slot_put([6; 16], b"y".to_vec(), 900, 600).await, Ok(()));

    s.health().await.unwrap();

    // Race: two "nodes", 8 writers each appending 25 messages with
    // seq = last + 1 and retrying on conflict. Seqs end up 1..=200, once each.
    let race = [8u8; 16];
    let big_q = Quota {
        max_bytes: 1 << 30,
        max_count: 1 << 20,
    };
    let mut tasks = Vec::new();
    for w in 0..8u8 {
        let st = if w % 2 == 0 {
            s.clone()
        } else {
            second_node.clone()
        };
        tasks.push(tokio::spawn(async move {
            let mut done = 0;
            let mut guess = 1;
            while done < 25 {
                match st.append(race, h(8), guess, vec![w], 1, big_q).await {
                    Ok(_) => {
                        done += 1;
                        guess += 1;
                    }
                    Err(StoreError::SeqConflict { last }) => guess = last + 1,
                    Err(e) => panic!("race append failed: {e}"),
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let mut all = Vec::new();
    let mut after = 0;
    loop {
        let p = s.read(race, h(8), after, 64, u64::MAX).await.unwrap();
        if p.messages.is_empty() {
            break;
        }
        after = p.messages.last().unwrap().seq;
        all.extend(p.messages.into_iter().map(|m| m.seq));
    }
    assert_eq!(all, (1..=200).collect::<Vec<_>>());
}

#[test]
fn storage_suite_on_both_backends() {
    both("storage", |b: &Backend| {
        let rt = runtime();
        let s = open_store(&rt, b);
        // A second connection/pool over the same database: another node.
        let s2 = open_store(&rt, b);
        rt.block_on(suite(s, s2));
    });
}
