//! Replay detection: which sequence numbers a (mailbox, sender) has used.
//!
//! Bundles arrive out of order, twice, or months late, so a single "highest
//! seq" would drop real messages that were merely delayed. This keeps the
//! exact set of seen numbers as merged ranges; a duplicate is refused, a
//! late-but-new one is accepted. When ranges pile up (a very lossy link),
//! the oldest gap is closed (treated as seen): old messages carry nothing the
//! next full resend does not.

use serde::{Deserialize, Serialize};

const MAX_RANGES: usize = 256;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenSeqs {
    /// Sorted, disjoint, non-adjacent inclusive ranges.
    ranges: Vec<(u64, u64)>,
}

impl SeenSeqs {
    pub fn contains(&self, seq: u64) -> bool {
        self.ranges.iter().any(|&(a, b)| a <= seq && seq <= b)
    }

    /// Records `seq`; false if it was seen before (a replay).
    pub fn insert(&mut self, seq: u64) -> bool {
        if self.contains(seq) {
            return false;
        }
        let i = self.ranges.partition_point(|&(_, b)| b < seq);
        self.ranges.insert(i, (seq, seq));
        // Merge with neighbours.
        if i + 1 < self.ranges.len() && self.ranges[i + 1].0 == seq.saturating_add(1) {
            self.ranges[i].1 = self.ranges[i + 1].1;
            self.ranges.remove(i + 1);
        }
        if i > 0 && self.ranges[i - 1].1.saturating_add(1) == self.ranges[i].0 {
            self.ranges[i - 1].1 = self.ranges[i].1;
            self.ranges.remove(i);
        }
        while self.ranges.len() > MAX_RANGES {
            let end = self.ranges[1].1;
            self.ranges.remove(1);
            self.ranges[0].1 = end;
        }
        true
    }

    pub fn highest(&self) -> Option<u64> {
        self.ranges.last().map(|r| r.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn exact_set(seqs in proptest::collection::vec(0u64..300, 0..200)) {
            let mut s = SeenSeqs::default();
            let mut model = std::collections::BTreeSet::new();
            for q in seqs {
                prop_assert_eq!(s.insert(q), model.insert(q));
            }
            for q in 0..300 {
                prop_assert_eq!(s.contains(q), model.contains(&q));
            }
        }
    }
}
