//! In-memory token buckets, per client IP and per mailbox.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Instant;

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// `rate` tokens a second, up to `burst`. A rate of 0 turns the limit off.
pub struct Buckets<K> {
    rate: f64,
    burst: f64,
    map: Mutex<HashMap<K, Bucket>>,
}

impl<K: Hash + Eq + Clone> Buckets<K> {
    pub fn new(rate: f64, burst: f64) -> Self {
        Self {
            rate,
            burst: burst.max(1.0),
            map: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token; `Err(seconds to wait)` when empty.
    pub fn take(&self, key: &K) -> Result<(), f64> {
        self.take_n(key, 1.0)
    }

    /// Takes `n` tokens (at most the burst) at once, or none.
    pub fn take_n(&self, key: &K, n: f64) -> Result<(), f64> {
        let n = n.clamp(1.0, self.burst);
        if self.rate <= 0.0 {
            return Ok(());
        }
        let now = Instant::now();
        let Ok(mut m) = self.map.lock() else {
            return Ok(());
        };
        let b = m.entry(key.clone()).or_insert(Bucket {
            tokens: self.burst,
            at: now,
        });
        let dt = now.duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + dt * self.rate).min(self.burst);
        b.at = now;
        if b.tokens >= n {
            b.tokens -= n;
            Ok(())
        } else {
            Err((n - b.tokens) / self.rate)
        }
    }

    /// Forgets full buckets (they would start full anyway).
    pub fn sweep(&self) {
        if self.rate <= 0.0 {
            return;
        }
        let now = Instant::now();
        if let Ok(mut m) = self.map.lock() {
            let (rate, burst) = (self.rate, self.burst);
            m.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < burst);
        }
    }

    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_empties_and_refills() {
        let b = Buckets::new(1000.0, 3.0);
        assert!(b.take(&1).is_ok());
        assert!(b.take(&1).is_ok());
        assert!(b.take(&1).is_ok());
        assert!(b.take(&1).is_err());
        assert!(b.take(&2).is_ok());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(b.take(&1).is_ok());
        let off = Buckets::new(0.0, 0.0);
        for _ in 0..100 {
            assert!(off.take(&1).is_ok());
        }
    }
}
