//! A cheap walk over Automerge's chunk framing, before Automerge sees bytes.
//!
//! Automerge inflates compressed chunks without a bound. Harbour only ever
//! sends uncompressed change chunks (`save_after` gives exactly those), so a
//! receiver accepts a payload only if it is a sequence of well-framed change
//! chunks (type 1) that exactly fills it. Document chunks (type 0, whose
//! columns may be deflated), compressed changes (type 2) and bundles (type 3)
//! are refused, which bounds what Automerge decodes by the envelope size.

use crate::error::{Result, SyncError};

const MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];
const CHANGE: u8 = 1;
/// At most this many changes in one payload.
pub const MAX_CHANGES: usize = 100_000;

/// Splits a payload into its change chunks (each a complete chunk).
pub fn split(payload: &[u8]) -> Result<Vec<&[u8]>> {
    let mut out = Vec::new();
    let mut rest = payload;
    while !rest.is_empty() {
        if out.len() >= MAX_CHANGES {
            return Err(SyncError::TooLarge {
                len: out.len(),
                max: MAX_CHANGES,
            });
        }
        if rest.len() < 10 || rest[0..4] != MAGIC {
            return Err(SyncError::Malformed("not Automerge changes"));
        }
        if rest[8] != CHANGE {
            return Err(SyncError::Malformed(
                "only uncompressed changes are accepted",
            ));
        }
        let (len, used) = uleb(&rest[9..]).ok_or(SyncError::Malformed("bad chunk length"))?;
        let total = 9usize
            .checked_add(used)
            .and_then(|x| x.checked_add(len))
            .filter(|&t| t <= rest.len())
            .ok_or(SyncError::Malformed("truncated chunk"))?;
        out.push(&rest[..total]);
        rest = &rest[total..];
    }
    Ok(out)
}

fn uleb(b: &[u8]) -> Option<(usize, usize)> {
    let mut v: u64 = 0;
    for (i, &byte) in b.iter().enumerate().take(10) {
        v |= u64::from(byte & 0x7f).checked_shl(7 * i as u32)?;
        if byte & 0x80 == 0 {
            return Some((usize::try_from(v).ok()?, i + 1));
        }
    }
    None
}

/// The actor of each change chunk (parsed by Automerge, bounded as above).
/// Every received change passes here before Automerge applies it, and this
/// decodes all of its ops: a change that gets through is one Automerge reads.
pub fn actors(payload: &[u8]) -> Result<Vec<Vec<u8>>> {
    Ok(changes(payload)?.into_iter().map(|(a, _)| a).collect())
}

/// The actor and hash of each change chunk, decoded as [`actors`] does.
pub fn changes(payload: &[u8]) -> Result<Vec<(Vec<u8>, automerge::ChangeHash)>> {
    split(payload)?
        .into_iter()
        .map(|c| {
            decode_change(c)
                .map(|ch| (ch.actor_id().to_bytes().to_vec(), ch.hash()))
                .ok_or(SyncError::Malformed("bad Automerge change"))
        })
        .collect()
}

/// Automerge 0.12 panics on some malformed changes (an op counter past
/// `u32::MAX` is unwrapped in `OpId::new`; found by fuzzing behind the MAC;
/// upstream turned a silent truncation into that panic and guarded one path,
/// automerge/automerge#543),
/// so its decoder runs behind `catch_unwind`: a hostile change from a
/// co-writer is refused, it does not take the app down.
fn decode_change(chunk: &[u8]) -> Option<automerge::Change> {
    std::panic::catch_unwind(|| automerge::Change::from_bytes(chunk.to_vec()).ok())
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::{transaction::Transactable, AutoCommit, ROOT};

    #[test]
    fn accepts_changes_refuses_documents() {
        let mut d = AutoCommit::new();
        d.put(ROOT, "a", 1).unwrap();
        d.commit();
        d.put(ROOT, "b", "x".repeat(2000)).unwrap();
        d.commit();
        let changes = d.document().save_after(&[]);
        assert_eq!(split(&changes).unwrap().len(), 2);
        assert_eq!(actors(&changes).unwrap().len(), 2);
        assert!(split(&d.save()).is_err());
        assert!(split(&changes[..changes.len() - 1]).is_err());
        assert!(split(&[]).unwrap().is_empty());
    }
}
