#![allow(dead_code)]

pub use harbour_sync::testing::*;

use harbour_sync::engine::Invited;
use harbour_sync::{Engine, Store};

/// `person` ("Alex") invites `name` to the crisis plan, without signals.
pub fn invite_to_crisis<S: Store>(person: &mut Engine<S>, name: &str, now: u64) -> Invited {
    person
        .invite(name, &sections(&["crisis"]), false, "Alex", now)
        .unwrap()
}

/// A person's first device: its plan's `crisis.when_well` says `when_well`,
/// and it has invited Sam, so its keyring holds a root to pass on.
pub fn phone_with_keyring(when_well: &str, now: u64) -> Dev {
    let mut phone = device();
    set(&mut phone, "crisis.when_well", when_well);
    invite_to_crisis(&mut phone, "Sam", now);
    phone
}

/// A person whose `crisis.when_well` says `when_well` and who shares the
/// crisis plan with Sam (code confirmed, plan delivered); and Sam.
pub fn person_sharing_with_sam(when_well: &str, now: u64) -> (Dev, Dev) {
    let mut person = device();
    let mut sam = device();
    set(&mut person, "crisis.when_well", when_well);
    share_with_sam(&mut person, &mut sam, &["crisis"], now);
    (person, sam)
}

/// The text of `section`.`field` in the plan `d` keeps (its own, not a
/// shared copy).
pub fn plan_text<S: Store>(d: &mut Engine<S>, section: &str, field: &str) -> String {
    let plan = d.plan_doc().unwrap().plan().unwrap();
    plan.text(section, field).to_string()
}

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
/// settings and documents, and the text each change in each document's
/// history wrote (saved documents compress their columns, so raw bytes are not
/// enough). A change's text is its string values joined in order, so a needle
/// written by one edit is found whole.
///
/// Raw bytes include random keys and ids: give a needle of eight bytes or
/// more, or it may turn up there by chance.
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
            .any(|c| written_text(c).contains(needle))
    })
}

/// Every string a change wrote, joined in the order of its operations: a
/// text edit keeps one operation per character.
fn written_text(change: &automerge::Change) -> String {
    use automerge::{legacy::OpType, ScalarValue};
    change
        .decode()
        .operations
        .iter()
        .filter_map(|op| match &op.action {
            OpType::Put(ScalarValue::Str(s)) => Some(s.as_str()),
            _ => None,
        })
        .collect()
}
