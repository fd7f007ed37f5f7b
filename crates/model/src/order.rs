//! Order keys for list items (fractional indexing).
//!
//! Items live in a map keyed by their id; their position is a string key that
//! sorts lexicographically. A new key can always be made between two others, so
//! adding or moving an item touches only that item, and two devices that add at
//! the same place both keep their item (ties are broken by id).

const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE: usize = 62;

fn digit(c: u8) -> Option<usize> {
    DIGITS.iter().position(|&d| d == c)
}

/// True when `key` is non-empty, uses only base-62 digits and does not end in `0`.
pub fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 256
        && key.bytes().all(|c| digit(c).is_some())
        && !key.ends_with('0')
}

/// A key strictly between `a` and `b` (`None` = the start / the end).
///
/// Invalid or out-of-order bounds are treated leniently (never panics): an
/// invalid bound is ignored, and if `a >= b` the result goes after `a`.
pub fn key_between(a: Option<&str>, b: Option<&str>) -> String {
    let a = a.filter(|k| is_valid_key(k)).unwrap_or("");
    let b = b.filter(|k| is_valid_key(k));
    match b {
        Some(b) if a < b => midpoint(a.as_bytes(), Some(b.as_bytes())),
        _ if !a.is_empty() => after(a.as_bytes()),
        _ => midpoint(b"", None),
    }
}

/// A short key after `a`: bump the first digit that can be bumped, drop the rest.
/// Appending grows keys by one character only every 30 or so items.
fn after(a: &[u8]) -> String {
    for (i, &c) in a.iter().enumerate() {
        let d = digit(c).unwrap_or(0);
        if d + 1 < BASE {
            let mut s = String::from_utf8_lossy(&a[..i]).into_owned();
            s.push(DIGITS[d + 1] as char);
            return s;
        }
    }
    let mut s = String::from_utf8_lossy(a).into_owned();
    s.push_str(&midpoint(b"", None));
    s
}

fn midpoint(a: &[u8], b: Option<&[u8]>) -> String {
    if let Some(b) = b {
        // Skip the common prefix (a is padded with '0').
        let mut n = 0;
        while n < b.len() && a.get(n).copied().unwrap_or(b'0') == b[n] {
            n += 1;
        }
        if n > 0 {
            let prefix = String::from_utf8_lossy(&b[..n]).into_owned();
            let rest_a = if n < a.len() { &a[n..] } else { &[][..] };
            return prefix + &midpoint(rest_a, Some(&b[n..]));
        }
    }
    let da = a.first().and_then(|&c| digit(c)).unwrap_or(0);
    let db = b
        .and_then(|b| b.first())
        .and_then(|&c| digit(c))
        .unwrap_or(BASE);
    if db - da > 1 {
        let mid = (da + db).div_ceil(2);
        (DIGITS[mid] as char).to_string()
    } else if let Some(b) = b.filter(|b| b.len() > 1) {
        // b is e.g. "N5": "N" alone sorts before it and after a.
        (b[0] as char).to_string()
    } else {
        let rest = if a.is_empty() { &[][..] } else { &a[1..] };
        let mut s = (DIGITS[da] as char).to_string();
        s.push_str(&midpoint(rest, None));
        s
    }
}

/// `n` keys in increasing order, for building a list from scratch.
pub fn keys_in_order(n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(n);
    for _ in 0..n {
        let k = key_between(out.last().map(String::as_str), None);
        out.push(k);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn simple_cases() {
        let a = key_between(None, None);
        let b = key_between(Some(&a), None);
        let c = key_between(Some(&a), Some(&b));
        let d = key_between(None, Some(&a));
        assert!(d < a && a < c && c < b, "{d} {a} {c} {b}");
        let keys = keys_in_order(500);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert!(keys.iter().all(|k| is_valid_key(k)));
        assert!(keys.last().unwrap().len() < 20);
    }

    proptest! {
        #[test]
        fn always_strictly_between(ops in proptest::collection::vec((any::<u16>(), any::<bool>()), 1..200)) {
            let mut keys: Vec<String> = vec![key_between(None, None)];
            for (pos, before) in ops {
                let i = pos as usize % keys.len();
                let (lo, hi) = if before {
                    (if i == 0 { None } else { Some(keys[i - 1].clone()) }, Some(keys[i].clone()))
                } else {
                    (Some(keys[i].clone()), keys.get(i + 1).cloned())
                };
                let k = key_between(lo.as_deref(), hi.as_deref());
                prop_assert!(is_valid_key(&k), "{k}");
                if let Some(lo) = &lo { prop_assert!(lo < &k, "{lo} < {k}"); }
                if let Some(hi) = &hi { prop_assert!(&k < hi, "{k} < {hi}"); }
                let at = if before { i } else { i + 1 };
                keys.insert(at, k);
            }
        }
    }
}
