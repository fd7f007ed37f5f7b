//! Projections and replies: the documents a supporter reads and writes.
//!
//! A projection holds only the sections shared with one supporter, written
//! by the person's publishing device with `autosurgeon::reconcile` into a
//! document of its own (never a filtered copy of the plan's history). A new
//! supporter, or a narrowed share (a new generation), starts from a fresh
//! document, so text deleted earlier is not in its history.
//!
//! ```text
//! projection: { schema: 1, valid_as_of, crisis?: { status, by, at },
//!               sections: { <shared section>: { last_reviewed, text: {..}, lists: {..} } },
//!               photos: { <photo id>: bytes } }   (only photos of shared items)
//! reply:      { role_accepted: bool, signals_ok: bool, availability: Text,
//!               notes: { <id>: { at: u64, text: str } }, read_up_to: str }
//! ```

use crate::mirror::{DocCrisis, DocItem, DocSection};
use crate::DocError;
use automerge::{ActorId, Automerge, ChangeHash, ReadDoc, ROOT};
use autosurgeon::bytes::ByteVec;
use autosurgeon::{Hydrate, Reconcile, Text};
use harbour_model::{checkin, registry, CrisisState, Plan};
use std::collections::BTreeMap;

type Result<T> = std::result::Result<T, DocError>;

fn corrupt(e: impl std::fmt::Display) -> DocError {
    DocError::Corrupt(e.to_string())
}

/// An Automerge document with one writer, as the engine keeps it.
#[derive(Debug, Clone)]
pub struct Doc {
    doc: Automerge,
}

impl Doc {
    pub fn new(actor: &[u8]) -> Self {
        let mut doc = Automerge::new();
        doc.set_actor(ActorId::from(actor));
        Self { doc }
    }

    pub fn load(bytes: &[u8], actor: &[u8]) -> Result<Self> {
        let mut doc = Automerge::load(bytes).map_err(corrupt)?;
        doc.set_actor(ActorId::from(actor));
        Ok(Self { doc })
    }

    pub fn save(&self) -> Vec<u8> {
        self.doc.save()
    }

    pub fn heads(&self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// Changes the holder of `heads` lacks (all changes if it knows none of them).
    pub fn changes_after(&self, heads: &[ChangeHash]) -> Vec<u8> {
        let known: Vec<ChangeHash> = heads
            .iter()
            .copied()
            .filter(|h| self.doc.get_change_by_hash(h).is_some())
            .collect();
        self.doc.save_after(&known)
    }

    pub fn has_all(&self, heads: &[ChangeHash]) -> bool {
        heads
            .iter()
            .all(|h| self.doc.get_change_by_hash(h).is_some())
    }

    /// Applies received change chunks (already checked by [`crate::chunks`]).
    pub fn apply(&mut self, payload: &[u8]) -> Result<()> {
        self.doc
            .load_incremental(payload)
            .map(|_| ())
            .map_err(corrupt)
    }

    pub fn automerge(&self) -> &Automerge {
        &self.doc
    }

    fn hydrate<T: Hydrate + Default>(&self) -> Result<T> {
        if self.doc.get(ROOT, "schema").map_err(corrupt)?.is_none()
            && self
                .doc
                .get(ROOT, "role_accepted")
                .map_err(corrupt)?
                .is_none()
        {
            return Ok(T::default());
        }
        autosurgeon::hydrate(&self.doc).map_err(corrupt)
    }

    fn reconcile<T: Reconcile>(&mut self, value: &T, now: i64) -> Result<bool> {
        self.reconcile_texts(value, &[], now)
    }

    /// Reconciles `value`, then sets each `(section, field, text)` with
    /// Automerge's own `update_text` (autosurgeon's `Text::update` counts
    /// positions differently from Automerge for non-ASCII text). One change,
    /// made in a transaction on the document itself: its cost follows the
    /// edit, not the document's size. Nothing is kept if any step fails.
    fn reconcile_texts<T: Reconcile>(
        &mut self,
        value: &T,
        texts: &[(String, String, String)],
        now: i64,
    ) -> Result<bool> {
        let before = self.doc.get_heads();
        let mut tx = self.doc.transaction();
        match reconcile_in(&mut tx, value, texts) {
            Ok(()) => {
                tx.commit_with(automerge::transaction::CommitOptions::default().with_time(now));
            }
            Err(e) => {
                tx.rollback();
                return Err(e);
            }
        }
        Ok(self.doc.get_heads() != before)
    }
}

fn reconcile_in<T: Reconcile>(
    tx: &mut automerge::transaction::Transaction<'_>,
    value: &T,
    texts: &[(String, String, String)],
) -> Result<()> {
    use automerge::transaction::Transactable;
    use automerge::{ObjType, Value};
    autosurgeon::reconcile(tx, value).map_err(corrupt)?;
    for (section, field, text) in texts {
        let mut obj = ROOT;
        for key in ["sections", section.as_str(), "text", field.as_str()] {
            obj = match tx.get(&obj, key).map_err(corrupt)? {
                Some((Value::Object(ObjType::Map | ObjType::Text), id)) => id,
                _ => return Err(corrupt("projection text object missing")),
            };
        }
        tx.update_text(&obj, text).map_err(corrupt)?;
    }
    Ok(())
}

#[derive(Debug, Default, Hydrate, Reconcile)]
struct ProjDoc {
    schema: u64,
    valid_as_of: Option<String>,
    crisis: Option<DocCrisis>,
    sections: BTreeMap<String, DocSection>,
    #[autosurgeon(missing = "Default::default")]
    photos: BTreeMap<String, ByteVec>,
}

/// The plan narrowed to `sections` (the share policy), check-ins to the
/// latest state. Pure.
pub fn filter(plan: &Plan, sections: &[String]) -> Plan {
    Plan {
        valid_as_of: plan.valid_as_of.clone(),
        crisis_state: if sections.iter().any(|s| s == "crisis") {
            plan.crisis_state.clone()
        } else {
            CrisisState::default()
        },
        sections: plan
            .sections
            .iter()
            .filter(|(id, _)| sections.contains(id))
            .filter_map(|(id, s)| {
                // Check-ins go out as the latest state only: no notes, no history.
                let s = if id == checkin::SECTION {
                    checkin::summary_for_supporter(plan)?
                } else {
                    s.clone()
                };
                Some((id.clone(), s))
            })
            .collect(),
    }
}

/// Brings a projection document in line with the plan under the policy,
/// with the photos of the shared items (`photo` looks one up by id).
/// Returns whether anything changed (one Automerge change if so).
pub fn update_projection(
    doc: &mut Doc,
    plan: &Plan,
    sections: &[String],
    photo: impl Fn(&str) -> Option<Vec<u8>>,
    now: i64,
) -> Result<bool> {
    let want = filter(plan, sections);
    let mut cur: ProjDoc = doc.hydrate()?;
    cur.schema = harbour_model::SCHEMA_VERSION;
    cur.valid_as_of = want.valid_as_of.clone();
    cur.crisis = sections.iter().any(|s| s == "crisis").then(|| DocCrisis {
        status: want.crisis_state.status.as_str().into(),
        by: want.crisis_state.by.clone(),
        at: want.crisis_state.at.clone(),
    });
    cur.sections.retain(|id, _| want.sections.contains_key(id));
    let mut texts = Vec::new();
    for (id, s) in &want.sections {
        let ps = cur.sections.entry(id.clone()).or_default();
        ps.last_reviewed = s.last_reviewed.clone();
        ps.text.retain(|k, _| s.text.contains_key(k));
        for (k, v) in &s.text {
            let current = ps
                .text
                .entry(k.clone())
                .or_insert_with(|| Text::with_value(""));
            if current.as_str() != v {
                texts.push((id.clone(), k.clone(), v.clone()));
            }
        }
        ps.lists = s
            .lists
            .iter()
            .filter(|(_, items)| !items.is_empty())
            .map(|(k, items)| {
                let items = items
                    .iter()
                    .map(|(id, it)| {
                        (
                            id.clone(),
                            DocItem {
                                order: it.order.clone(),
                                values: it.values.clone(),
                            },
                        )
                    })
                    .collect();
                (k.clone(), items)
            })
            .collect();
    }
    let shared_photos: std::collections::BTreeSet<&str> = want
        .sections
        .values()
        .flat_map(|s| s.lists.values())
        .flat_map(|items| items.values())
        .map(|it| it.get(registry::PHOTO_KEY))
        .filter(|id| !id.is_empty())
        .collect();
    cur.photos
        .retain(|id, _| shared_photos.contains(id.as_str()));
    for id in shared_photos {
        if !cur.photos.contains_key(id) {
            if let Some(bytes) = photo(id) {
                cur.photos.insert(id.to_string(), bytes.into());
            }
        }
    }
    doc.reconcile_texts(&cur, &texts, now)
}

/// A photo of a shared item, by id, as the projection holds it.
pub fn projection_photo(doc: &Doc, id: &str) -> Result<Option<Vec<u8>>> {
    use automerge::{ObjType, ScalarValue, Value};
    let Some((Value::Object(ObjType::Map), photos)) =
        doc.doc.get(ROOT, "photos").map_err(corrupt)?
    else {
        return Ok(None);
    };
    Ok(match doc.doc.get(&photos, id).map_err(corrupt)? {
        Some((Value::Scalar(s), _)) => match s.as_ref() {
            ScalarValue::Bytes(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    })
}

/// What a projection holds, as a plan (only the shared sections present).
pub fn projection_plan(doc: &Doc) -> Result<Plan> {
    let p: ProjDoc = doc.hydrate()?;
    Ok(Plan {
        valid_as_of: p.valid_as_of,
        crisis_state: p.crisis.map(DocCrisis::into_state).unwrap_or_default(),
        sections: p
            .sections
            .into_iter()
            .map(|(id, s)| (id, s.into_section()))
            .collect(),
    })
}

/// The supporter's reply document.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hydrate, Reconcile)]
pub struct Reply {
    pub role_accepted: bool,
    pub signals_ok: bool,
    pub availability: String,
    pub notes: BTreeMap<String, Note>,
    pub read_up_to: String,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Hydrate, Reconcile)]
pub struct Note {
    pub at: u64,
    pub text: String,
}

pub fn reply(doc: &Doc) -> Result<Reply> {
    doc.hydrate()
}

pub fn set_reply(doc: &mut Doc, reply: &Reply, now: i64) -> Result<bool> {
    doc.reconcile(reply, now)
}
