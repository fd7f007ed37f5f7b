//! Objects added to the layout after the first release.
//!
//! The skeleton change is byte-for-byte the same on every device, so it can
//! never change: a device made with the old one and a device made with a new
//! one would hold two different "first" changes of the same actor. A section
//! or field added later gets its objects from one more fixed change instead,
//! made by its own actor on top of the skeleton alone, with time 0. Every
//! device (old plan or new) applies the very same bytes, so the objects exist
//! once everywhere and two devices never create them concurrently (which
//! would let one device's text or items replace the other's).
//!
//! Never edit an upgrade that has shipped; add the next one.

use crate::{mirror, DocError, SKELETON_ACTOR};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, Automerge, ChangeHash, ObjType, ReadDoc, ROOT};
use std::sync::OnceLock;

struct Upgrade {
    actor: [u8; 16],
    /// Maps it creates at the document's root.
    roots: &'static [&'static str],
    /// `(section, field)` text objects it creates.
    texts: &'static [(&'static str, &'static str)],
    /// `(section, field)` list maps it creates.
    lists: &'static [(&'static str, &'static str)],
}

const UPGRADES: &[Upgrade] = &[Upgrade {
    actor: *b"harbour-layout-2",
    roots: &[crate::PHOTOS],
    texts: &[("crisis", "values_statement")],
    lists: &[
        ("crisis", "professionals_shared"),
        (
            harbour_model::checkin::SECTION,
            harbour_model::checkin::LIST,
        ),
    ],
}];

/// Whether `(section, field)` came after the skeleton (so the skeleton,
/// which must never change, leaves it out).
pub(crate) fn added_later(section: &str, field: &str) -> bool {
    UPGRADES.iter().any(|u| {
        u.texts
            .iter()
            .chain(u.lists)
            .any(|&(s, f)| s == section && f == field)
    })
}

/// The skeleton change's bytes (see [`crate::PlanDoc::new`]).
pub(crate) fn skeleton() -> Result<Vec<u8>, DocError> {
    let mut skeleton = AutoCommit::new().with_actor(ActorId::from(SKELETON_ACTOR));
    autosurgeon::reconcile(&mut skeleton, mirror::DocPlan::skeleton())
        .map_err(DocError::corrupt)?;
    skeleton.commit_with(CommitOptions::default().with_time(0));
    skeleton
        .get_last_local_change()
        .map(|c| c.raw_bytes().to_vec())
        .ok_or_else(|| DocError::Corrupt("the skeleton made no change".into()))
}

/// The skeleton's hash, then each upgrade's hash and bytes.
type Built = (ChangeHash, Vec<(ChangeHash, Vec<u8>)>);

/// Built once per process.
fn built() -> Result<&'static Built, DocError> {
    static BUILT: OnceLock<Result<Built, String>> = OnceLock::new();
    BUILT
        .get_or_init(|| build().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| DocError::Corrupt(e.clone()))
}

fn build() -> Result<Built, DocError> {
    let mut base = Automerge::new();
    base.load_incremental(&skeleton()?)
        .map_err(DocError::corrupt)?;
    let skeleton_heads = base.get_heads();
    let [skeleton_hash] = skeleton_heads[..] else {
        return Err(DocError::Corrupt("the skeleton is not one change".into()));
    };
    let mut out = Vec::new();
    for upgrade in UPGRADES {
        // On the skeleton alone, so its bytes never depend on the plan.
        let mut doc = AutoCommit::load(&base.save())
            .map_err(DocError::corrupt)?
            .with_actor(ActorId::from(upgrade.actor));
        for root in upgrade.roots {
            crate::map_at(&mut doc, &ROOT, root)?;
        }
        let sections = crate::map_at(&mut doc, &ROOT, "sections")?;
        for &(section, field) in upgrade.texts.iter().chain(upgrade.lists) {
            let s = section_with_maps(&mut doc, &sections, section)?;
            let is_text = upgrade.texts.contains(&(section, field));
            let parent = crate::map_at(&mut doc, &s, if is_text { "text" } else { "lists" })?;
            let kind = if is_text { ObjType::Text } else { ObjType::Map };
            doc.put_object(&parent, field, kind)
                .map_err(DocError::corrupt)?;
        }
        doc.commit_with(CommitOptions::default().with_time(0));
        let change = doc
            .get_last_local_change()
            .ok_or_else(|| DocError::Corrupt("an upgrade made no change".into()))?;
        if change.deps() != skeleton_heads {
            return Err(DocError::Corrupt(
                "an upgrade is not on the skeleton".into(),
            ));
        }
        out.push((change.hash(), change.raw_bytes().to_vec()));
    }
    Ok((skeleton_hash, out))
}

/// A section map with its `text` and `lists` maps (a new section's come
/// with it, so they too are made only once).
fn section_with_maps(
    doc: &mut AutoCommit,
    sections: &automerge::ObjId,
    id: &str,
) -> Result<automerge::ObjId, DocError> {
    let new = doc.get(sections, id).map_err(DocError::corrupt)?.is_none();
    let s = crate::map_at(doc, sections, id)?;
    if new {
        doc.put(&s, "last_reviewed", automerge::ScalarValue::Null)
            .map_err(DocError::corrupt)?;
    }
    crate::map_at(doc, &s, "text")?;
    crate::map_at(doc, &s, "lists")?;
    Ok(s)
}

/// Applies every upgrade `doc` lacks; true if any was applied. A document
/// without the skeleton (not a plan) is left alone.
pub(crate) fn apply(doc: &mut Automerge) -> Result<bool, DocError> {
    let (skeleton, upgrades) = built()?;
    if doc.get_change_by_hash(skeleton).is_none() {
        return Ok(false);
    }
    let mut applied = false;
    for (hash, bytes) in upgrades {
        if doc.get_change_by_hash(hash).is_none() {
            doc.load_incremental(bytes).map_err(DocError::corrupt)?;
            applied = true;
        }
    }
    Ok(applied)
}

/// Whether `hash` is the skeleton's or an upgrade's.
pub(crate) fn is_layout(hash: &ChangeHash) -> bool {
    built().is_ok_and(|(skeleton, upgrades)| {
        skeleton == hash || upgrades.iter().any(|(h, _)| h == hash)
    })
}

/// Hashes of the skeleton and each upgrade, for tests that pin them.
#[cfg(test)]
pub(crate) fn hashes() -> Vec<ChangeHash> {
    let (skeleton, upgrades) = built().expect("the layout changes build");
    std::iter::once(*skeleton)
        .chain(upgrades.iter().map(|(h, _)| *h))
        .collect()
}
