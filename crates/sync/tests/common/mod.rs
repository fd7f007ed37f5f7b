#![allow(dead_code)]

pub use harbour_sync::testing::*;

/// Asserts that `$result` is an `Err` matching `$pattern`; if not, the
/// message shows what it was instead. A message may follow, as for `assert!`.
#[allow(unused_macros)]
macro_rules! assert_err {
    ($result:expr, $pattern:pat $(,)?) => {
        assert_err!($result, $pattern, "")
    };
    ($result:expr, $pattern:pat, $($msg:tt)+) => {
        match $result {
            Err($pattern) => {}
            other => panic!(
                "expected Err({}), got {:?}: {}",
                stringify!($pattern),
                other,
                format_args!($($msg)+)
            ),
        }
    };
}
#[allow(unused_imports)]
pub(crate) use assert_err;

/// Whether `needle` is anywhere in what `d` keeps: the raw bytes of its
/// settings and documents, and every change in each document's history
/// (saved documents compress their columns, so raw bytes are not enough).
/// Automerge may keep text a character at a time: give a one-character needle
/// to look into histories.
pub fn holds_text(d: &Dev, needle: &str) -> bool {
    let n = needle.as_bytes();
    let raw = |b: &Vec<u8>| b.windows(n.len()).any(|w| w == n);
    if d.store.settings.values().any(raw) || d.store.docs.values().flatten().any(raw) {
        return true;
    }
    d.store.docs.values().any(|chunks| {
        let mut doc = automerge::Automerge::new();
        for c in chunks {
            if doc.load_incremental(c).is_err() {
                return false;
            }
        }
        doc.get_changes(&[])
            .iter()
            .any(|c| format!("{:?}", c.decode()).contains(needle))
    })
}
