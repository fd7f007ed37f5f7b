//! The plan as an Automerge document.
//!
//! Layout (every key a fixed id from `harbour_model::registry`):
//!
//! ```text
//! { schema: 1,
//!   valid_as_of: "YYYY-MM-DD" | null,
//!   crisis: { status: "inactive" | "active" | "stood_down", by: str | null, at: str | null },
//!   sections: { <section>: { last_reviewed: "YYYY-MM-DD" | null,
//!                            text:  { <field>: Text },
//!                            lists: { <field>: { <item id>: { order: str, values: { <key>: str } } } } } },
//!   photos: { <photo id>: bytes (a JPEG) } }
//! ```
//!
//! Every object above the items is created by one *skeleton* change that is
//! byte-for-byte the same on every device (fixed actor, time 0), so two devices
//! that each started a plan can merge without one side's `sections` map
//! replacing the other's. Items are keyed by random 128-bit ids and ordered by a
//! fractional order key, so concurrent adds, edits and moves never duplicate.
//!
//! Each [`PlanDoc::apply`] is one Automerge change; its bytes (`save_after` the
//! previous heads) are what the vault appends durably. [`PlanDoc::load`] takes a
//! compacted snapshot plus the appended chunks; [`PlanDoc::save`] compacts.
//! [`PlanDoc::materialise`] gives what the vault keeps (encrypted) in step with
//! the document, in the same transaction as each change: the crisis view and
//! the whole plan, so opening any screen never replays history.

pub mod keys;
mod mirror;
pub mod projection;
mod upgrade;

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, Automerge, ChangeHash, ObjId, ObjType, ReadDoc, ROOT};
use harbour_model::{
    checkin, order, registry, validate, views, CheckInState, CrisisStatus, Limits, Plan,
    ValidationError, View,
};
use std::collections::BTreeMap;

pub use automerge;

/// The root map of photos, by photo id (an item's `photo` value).
const PHOTOS: &str = "photos";
/// Photos a plan keeps, at most.
pub const MAX_PHOTOS: usize = 100;
/// A stored photo's bytes, at most (`harbour-photo` makes them far smaller).
pub const MAX_PHOTO_BYTES: usize = 1024 * 1024;

/// The actor of the skeleton change: the same on every device.
const SKELETON_ACTOR: [u8; 16] = *b"harbour-skeleton";

#[derive(Debug, thiserror::Error)]
pub enum DocError {
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    #[error("the plan document is damaged: {0}")]
    Corrupt(String),
    #[error("could not make a random id: {0}")]
    Random(String),
}

impl DocError {
    fn corrupt(e: impl std::fmt::Display) -> Self {
        Self::Corrupt(e.to_string())
    }
}

/// One edit a person (or one of their devices) makes to the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Replace a text field's text (stored as a minimal diff).
    SetText {
        path: String,
        text: String,
    },
    /// Add an item; `after` = the id of the item it goes after (`None` = at the end).
    AddItem {
        path: String,
        values: BTreeMap<String, String>,
        after: Option<String>,
    },
    /// Change some of an item's values; an empty value clears that key.
    EditItem {
        path: String,
        id: String,
        values: BTreeMap<String, String>,
    },
    RemoveItem {
        path: String,
        id: String,
    },
    /// Move an item to `to_index` in the list as it is now.
    MoveItem {
        path: String,
        id: String,
        to_index: usize,
    },
    SetCrisisStatus {
        status: CrisisStatus,
        by: String,
        at: String,
    },
    MarkReviewed {
        section: String,
        date: String,
    },
    SetValidAsOf {
        date: Option<String>,
    },
    /// Puts a photo (a JPEG made by `harbour-photo`) on an item of a list
    /// that takes photos, replacing any it had; `None` takes it off.
    SetPhoto {
        path: String,
        id: String,
        jpeg: Option<Vec<u8>>,
    },
    /// A daily check-in (`at`: RFC 3339 UTC), added to `checkins.entries`.
    CheckIn {
        state: CheckInState,
        note: String,
        at: String,
    },
}

/// What applying an edit produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The change, ready to append (Automerge `save_after` format; empty when
    /// the edit changed nothing).
    pub change: Vec<u8>,
    /// The new item's id, for [`Edit::AddItem`].
    pub item_id: Option<String>,
}

/// A random 128-bit id as 32 lowercase hex digits.
pub fn new_id() -> Result<String, DocError> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| DocError::Random(e.to_string()))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// Whether `hash` is one of the layout's fixed changes, the skeleton or an
/// upgrade, which every device makes byte for byte the same under actors that
/// are no device's. A receiver takes these from any device that may write the
/// plan, by this exact hash (never by their actor, which anyone could claim).
pub fn is_layout_change(hash: &automerge::ChangeHash) -> bool {
    upgrade::is_layout(hash)
}

/// A fresh random actor id for a device.
pub fn new_actor() -> Result<Vec<u8>, DocError> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| DocError::Random(e.to_string()))?;
    Ok(b.to_vec())
}

pub struct PlanDoc {
    doc: Automerge,
    limits: Limits,
    /// The plan this document holds, once read: kept current edit by edit
    /// (re-reading only the section an edit touched), dropped when another
    /// device's changes are merged. Reading the whole plan takes milliseconds.
    materialised: Option<Plan>,
}

/// What the vault keeps next to the plan document, sealed and written in the
/// same transaction as every change to it, so that opening a screen never
/// has to load the document's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Materialised {
    /// The crisis view (JSON of [`View`]).
    pub crisis_view: Vec<u8>,
    /// The whole plan (JSON of [`Plan`]).
    pub plan: Vec<u8>,
}

impl PlanDoc {
    /// A new, empty plan for the device `actor`.
    pub fn new(actor: &[u8]) -> Result<Self, DocError> {
        let mut doc = Automerge::new();
        doc.load_incremental(&upgrade::skeleton()?)
            .map_err(DocError::corrupt)?;
        upgrade::apply(&mut doc)?;
        doc.set_actor(ActorId::from(actor));
        Ok(Self {
            doc,
            limits: Limits::DEFAULT,
            materialised: None,
        })
    }

    /// Loads a snapshot followed by any number of appended change chunks.
    pub fn load<'a>(
        snapshot: &[u8],
        chunks: impl IntoIterator<Item = &'a [u8]>,
        actor: &[u8],
    ) -> Result<Self, DocError> {
        let mut doc = Automerge::load(snapshot).map_err(DocError::corrupt)?;
        // Before the chunks: a change made since may build on an upgrade.
        upgrade::apply(&mut doc)?;
        for chunk in chunks {
            doc.load_incremental(chunk).map_err(DocError::corrupt)?;
        }
        Self::from_automerge(doc, actor)
    }

    /// Wraps a loaded Automerge document (checks it looks like a plan).
    pub fn from_automerge(mut doc: Automerge, actor: &[u8]) -> Result<Self, DocError> {
        doc.set_actor(ActorId::from(actor));
        match doc.get(ROOT, "sections").map_err(DocError::corrupt)? {
            Some((automerge::Value::Object(ObjType::Map), _)) => {}
            _ => return Err(DocError::Corrupt("it has no plan sections".into())),
        }
        upgrade::apply(&mut doc)?;
        Ok(Self {
            doc,
            limits: Limits::DEFAULT,
            materialised: None,
        })
    }

    pub fn automerge(&self) -> &Automerge {
        &self.doc
    }

    /// The whole document, compacted (every change kept, compressed).
    pub fn save(&self) -> Vec<u8> {
        self.doc.save()
    }

    pub fn heads(&self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// Changes made after `heads`, in the format `load` accepts as a chunk.
    pub fn save_after(&self, heads: &[ChangeHash]) -> Vec<u8> {
        self.doc.save_after(heads)
    }

    /// Merges changes from another device (a snapshot or change chunk).
    pub fn merge_bytes(&mut self, bytes: &[u8]) -> Result<(), DocError> {
        self.materialised = None;
        self.doc
            .load_incremental(bytes)
            .map(|_| ())
            .map_err(DocError::corrupt)
    }

    pub fn merge(&mut self, other: &mut PlanDoc) -> Result<(), DocError> {
        self.materialised = None;
        self.doc
            .merge(&mut other.doc)
            .map(|_| ())
            .map_err(DocError::corrupt)
    }

    pub fn fork(&self, actor: &[u8]) -> PlanDoc {
        PlanDoc {
            doc: self.doc.fork().with_actor(ActorId::from(actor)),
            limits: self.limits,
            materialised: self.materialised.clone(),
        }
    }

    /// The plan's current state.
    pub fn plan(&self) -> Result<Plan, DocError> {
        match &self.materialised {
            Some(plan) => Ok(plan.clone()),
            None => self.read_plan(),
        }
    }

    /// Reads the whole plan from the document (no cache).
    fn read_plan(&self) -> Result<Plan, DocError> {
        let m: mirror::DocPlan = autosurgeon::hydrate(&self.doc).map_err(DocError::corrupt)?;
        Ok(m.into_plan())
    }

    /// The plan's current state, read once and then kept current.
    fn materialised(&mut self) -> Result<&Plan, DocError> {
        if self.materialised.is_none() {
            self.materialised = Some(self.read_plan()?);
        }
        self.materialised
            .as_ref()
            .ok_or_else(|| DocError::Corrupt("the plan did not read".into()))
    }

    /// After an edit: re-reads the top-level fields and the section the edit
    /// touched into the kept plan (if there is one).
    fn refresh_materialised(&mut self, edit: &Edit) -> Result<(), DocError> {
        if self.materialised.is_none() {
            return Ok(());
        }
        let (valid_as_of, crisis) = mirror::hydrate_top(&self.doc)?;
        let section = match edit.section() {
            Some(id) => Some((id, mirror::hydrate_section(&self.doc, id)?)),
            None => None,
        };
        if let Some(plan) = self.materialised.as_mut() {
            plan.valid_as_of = valid_as_of;
            plan.crisis_state = crisis.into_state();
            match section {
                Some((id, Some(sec))) => {
                    plan.sections.insert(id.to_string(), sec.into_section());
                }
                Some((id, None)) => {
                    plan.sections.remove(id);
                }
                None => {}
            }
        }
        Ok(())
    }

    /// A photo's bytes by its id (an item's `photo` value), if the plan has it.
    pub fn photo(&self, photo_id: &str) -> Result<Option<Vec<u8>>, DocError> {
        let Some((automerge::Value::Object(ObjType::Map), photos)) =
            self.doc.get(ROOT, PHOTOS).map_err(DocError::corrupt)?
        else {
            return Ok(None);
        };
        Ok(
            match self.doc.get(&photos, photo_id).map_err(DocError::corrupt)? {
                Some((automerge::Value::Scalar(s), _)) => match s.as_ref() {
                    automerge::ScalarValue::Bytes(b) => Some(b.clone()),
                    _ => None,
                },
                _ => None,
            },
        )
    }

    /// The crisis view, reading only the crisis section (or the kept plan).
    pub fn crisis_view(&self) -> Result<View, DocError> {
        if let Some(plan) = &self.materialised {
            return Ok(views::crisis(plan));
        }
        let m = mirror::DocPlan::hydrate_crisis_only(&self.doc)?;
        Ok(views::crisis(&m.into_plan()))
    }

    /// The materialised crisis view the vault keeps next to the document.
    pub fn crisis_view_json(&self) -> Result<Vec<u8>, DocError> {
        serde_json::to_vec(&self.crisis_view()?).map_err(DocError::corrupt)
    }

    /// Everything the vault keeps next to the document. Cheap after an edit:
    /// only the edited section is read again.
    pub fn materialise(&mut self) -> Result<Materialised, DocError> {
        let plan = self.materialised()?;
        Ok(Materialised {
            crisis_view: serde_json::to_vec(&views::crisis(plan)).map_err(DocError::corrupt)?,
            plan: serde_json::to_vec(plan).map_err(DocError::corrupt)?,
        })
    }

    /// Applies one edit as one change. `now` is the change's time (Unix seconds).
    /// The bytes of the one change just committed on top of `before`.
    /// `save_after` would find it by walking the whole change graph, which
    /// grows with ten years of edits; the last local change is at hand.
    fn last_change_after(&mut self, before: &[ChangeHash]) -> Vec<u8> {
        match self.doc.get_last_local_change() {
            Some(c) if sorted(c.deps()) == sorted(before) => c.raw_bytes().to_vec(),
            _ => self.doc.save_after(before),
        }
    }

    pub fn apply(&mut self, edit: &Edit, now: i64) -> Result<Applied, DocError> {
        let before = self.doc.get_heads();
        let limits = self.limits;
        let plan_for_order = match edit {
            Edit::AddItem { .. } | Edit::MoveItem { .. } | Edit::CheckIn { .. } => {
                Some(self.materialised()?.clone())
            }
            _ => None,
        };
        let mut tx = self.doc.transaction();
        let result = apply_in(&mut tx, edit, &limits, plan_for_order.as_ref());
        match result {
            Ok(item_id) => {
                tx.commit_with(CommitOptions::default().with_time(now));
                let change = if self.doc.get_heads() == before {
                    Vec::new()
                } else {
                    self.last_change_after(&before)
                };
                if let Err(e) = self.refresh_materialised(edit) {
                    self.materialised = None;
                    return Err(e);
                }
                Ok(Applied { change, item_id })
            }
            Err(e) => {
                tx.rollback();
                Err(e)
            }
        }
    }
}

fn map_at<T: Transactable>(tx: &mut T, parent: &ObjId, key: &str) -> Result<ObjId, DocError> {
    match tx.get(parent, key).map_err(DocError::corrupt)? {
        Some((automerge::Value::Object(ObjType::Map), id)) => Ok(id),
        _ => tx
            .put_object(parent, key, ObjType::Map)
            .map_err(DocError::corrupt),
    }
}

fn section_obj<T: Transactable>(tx: &mut T, section: &str) -> Result<ObjId, DocError> {
    let sections = map_at(tx, &ROOT, "sections")?;
    map_at(tx, &sections, section)
}

fn list_obj<T: Transactable>(tx: &mut T, section: &str, list: &str) -> Result<ObjId, DocError> {
    let s = section_obj(tx, section)?;
    let lists = map_at(tx, &s, "lists")?;
    map_at(tx, &lists, list)
}

fn existing_item<T: Transactable>(
    tx: &mut T,
    list: &ObjId,
    path: &str,
    id: &str,
) -> Result<ObjId, DocError> {
    validate::item_id(id)?;
    match tx.get(list, id).map_err(DocError::corrupt)? {
        Some((automerge::Value::Object(ObjType::Map), obj)) => Ok(obj),
        _ => Err(ValidationError::NoSuchItem {
            field: path.to_string(),
            id: id.to_string(),
        }
        .into()),
    }
}

/// The photo id an item carries, if any.
fn item_photo<T: Transactable>(tx: &mut T, item: &ObjId) -> Result<Option<String>, DocError> {
    let Some((automerge::Value::Object(ObjType::Map), vals)) =
        tx.get(item, "values").map_err(DocError::corrupt)?
    else {
        return Ok(None);
    };
    Ok(
        match tx
            .get(&vals, registry::PHOTO_KEY)
            .map_err(DocError::corrupt)?
        {
            Some((automerge::Value::Scalar(s), _)) => s.as_str().map(str::to_string),
            _ => None,
        },
    )
}

/// Takes an item's photo off it and out of the photo map (its bytes stay in
/// the document's history, encrypted like everything in the vault).
fn drop_photo<T: Transactable>(tx: &mut T, item: &ObjId) -> Result<(), DocError> {
    let Some(photo) = item_photo(tx, item)? else {
        return Ok(());
    };
    let photos = map_at(tx, &ROOT, PHOTOS)?;
    if tx
        .get(&photos, photo.as_str())
        .map_err(DocError::corrupt)?
        .is_some()
    {
        tx.delete(&photos, photo.as_str())
            .map_err(DocError::corrupt)?;
    }
    let vals = map_at(tx, item, "values")?;
    tx.delete(&vals, registry::PHOTO_KEY)
        .map_err(DocError::corrupt)
}

fn apply_in<T: Transactable>(
    tx: &mut T,
    edit: &Edit,
    limits: &Limits,
    plan: Option<&Plan>,
) -> Result<Option<String>, DocError> {
    if let Edit::AddItem { path, .. } | Edit::EditItem { path, .. } | Edit::MoveItem { path, .. } =
        edit
    {
        // Check-ins are made whole, with their time, by `Edit::CheckIn`.
        if edit.section() == Some(checkin::SECTION) {
            return Err(ValidationError::CheckInsOnly(path.clone()).into());
        }
    }
    match edit {
        Edit::SetText { path, text } => {
            let spec = validate::text_field(path, text, limits)?;
            let s = section_obj(tx, spec.section)?;
            let texts = map_at(tx, &s, "text")?;
            let obj = match tx.get(&texts, spec.field).map_err(DocError::corrupt)? {
                Some((automerge::Value::Object(ObjType::Text), id)) => id,
                _ => tx
                    .put_object(&texts, spec.field, ObjType::Text)
                    .map_err(DocError::corrupt)?,
            };
            tx.update_text(&obj, text).map_err(DocError::corrupt)?;
            Ok(None)
        }
        Edit::AddItem {
            path,
            values,
            after,
        } => {
            let (spec, shape) = validate::list_field(path)?;
            validate::item_values(&spec, shape, values, true, limits)?;
            let items = plan
                .map(|p| p.items(spec.section, spec.field))
                .unwrap_or_default();
            if items.len() >= limits.items_per_list {
                return Err(ValidationError::TooManyItems(spec.path()).into());
            }
            let pos = match after {
                None => items.len(),
                Some(a) => {
                    validate::item_id(a)?;
                    items
                        .iter()
                        .position(|(id, _)| id == a)
                        .map(|i| i + 1)
                        .ok_or_else(|| ValidationError::NoSuchItem {
                            field: spec.path(),
                            id: a.clone(),
                        })?
                }
            };
            let lo = pos.checked_sub(1).and_then(|i| items.get(i));
            let hi = items.get(pos);
            let key = order::key_between(
                lo.map(|(_, it)| it.order.as_str()),
                hi.map(|(_, it)| it.order.as_str()),
            );
            let id = new_id()?;
            let list = list_obj(tx, spec.section, spec.field)?;
            let item = tx
                .put_object(&list, id.as_str(), ObjType::Map)
                .map_err(DocError::corrupt)?;
            tx.put(&item, "order", key).map_err(DocError::corrupt)?;
            let vals = tx
                .put_object(&item, "values", ObjType::Map)
                .map_err(DocError::corrupt)?;
            for (k, v) in values.iter().filter(|(_, v)| !v.is_empty()) {
                tx.put(&vals, k.as_str(), v.as_str())
                    .map_err(DocError::corrupt)?;
            }
            Ok(Some(id))
        }
        Edit::EditItem { path, id, values } => {
            let (spec, shape) = validate::list_field(path)?;
            validate::item_values(&spec, shape, values, false, limits)?;
            let list = list_obj(tx, spec.section, spec.field)?;
            let item = existing_item(tx, &list, path, id)?;
            let vals = map_at(tx, &item, "values")?;
            for (k, v) in values {
                let current = match tx.get(&vals, k.as_str()).map_err(DocError::corrupt)? {
                    Some((automerge::Value::Scalar(s), _)) => s.as_str().map(str::to_string),
                    _ => None,
                };
                if v.is_empty() {
                    if current.is_some() {
                        tx.delete(&vals, k.as_str()).map_err(DocError::corrupt)?;
                    }
                } else if current.as_deref() != Some(v.as_str()) {
                    tx.put(&vals, k.as_str(), v.as_str())
                        .map_err(DocError::corrupt)?;
                }
            }
            Ok(None)
        }
        Edit::RemoveItem { path, id } => {
            let (spec, _) = validate::list_field(path)?;
            let list = list_obj(tx, spec.section, spec.field)?;
            let item = existing_item(tx, &list, path, id)?;
            drop_photo(tx, &item)?;
            tx.delete(&list, id.as_str()).map_err(DocError::corrupt)?;
            Ok(None)
        }
        Edit::SetPhoto { path, id, jpeg } => {
            let (spec, _) = validate::list_field(path)?;
            if !registry::takes_photos(path) {
                return Err(ValidationError::NoPhotos(spec.path()).into());
            }
            let list = list_obj(tx, spec.section, spec.field)?;
            let item = existing_item(tx, &list, path, id)?;
            let photos = map_at(tx, &ROOT, PHOTOS)?;
            let Some(jpeg) = jpeg else {
                drop_photo(tx, &item)?;
                return Ok(None);
            };
            if jpeg.len() > MAX_PHOTO_BYTES {
                return Err(ValidationError::TooLong {
                    field: format!("{path} photo"),
                    max: MAX_PHOTO_BYTES,
                    len: jpeg.len(),
                }
                .into());
            }
            let replacing = item_photo(tx, &item)?.is_some();
            if !replacing && tx.length(&photos) >= MAX_PHOTOS {
                return Err(ValidationError::TooManyItems("photos".into()).into());
            }
            drop_photo(tx, &item)?;
            let photo_id = new_id()?;
            tx.put(&photos, photo_id.as_str(), jpeg.clone())
                .map_err(DocError::corrupt)?;
            let vals = map_at(tx, &item, "values")?;
            tx.put(&vals, registry::PHOTO_KEY, photo_id.as_str())
                .map_err(DocError::corrupt)?;
            Ok(Some(photo_id))
        }
        Edit::MoveItem { path, id, to_index } => {
            let (spec, _) = validate::list_field(path)?;
            let list = list_obj(tx, spec.section, spec.field)?;
            let item = existing_item(tx, &list, path, id)?;
            let others: Vec<(&str, &harbour_model::Item)> = plan
                .map(|p| p.items(spec.section, spec.field))
                .unwrap_or_default()
                .into_iter()
                .filter(|(i, _)| i != id)
                .collect();
            let pos = (*to_index).min(others.len());
            let lo = pos.checked_sub(1).and_then(|i| others.get(i));
            let hi = others.get(pos);
            let key = order::key_between(
                lo.map(|(_, it)| it.order.as_str()),
                hi.map(|(_, it)| it.order.as_str()),
            );
            tx.put(&item, "order", key).map_err(DocError::corrupt)?;
            Ok(None)
        }
        Edit::SetCrisisStatus { status, by, at } => {
            validate::name("by", by, limits)?;
            validate::name("at", at, limits)?;
            let crisis = map_at(tx, &ROOT, "crisis")?;
            let current = match tx.get(&crisis, "status").map_err(DocError::corrupt)? {
                Some((automerge::Value::Scalar(s), _)) => {
                    s.as_str().and_then(CrisisStatus::parse).unwrap_or_default()
                }
                _ => CrisisStatus::Inactive,
            };
            if !current.can_become(*status) {
                return Err(ValidationError::BadTransition {
                    from: current.as_str().into(),
                    to: status.as_str().into(),
                }
                .into());
            }
            tx.put(&crisis, "status", status.as_str())
                .map_err(DocError::corrupt)?;
            tx.put(&crisis, "by", by.as_str())
                .map_err(DocError::corrupt)?;
            tx.put(&crisis, "at", at.as_str())
                .map_err(DocError::corrupt)?;
            Ok(None)
        }
        Edit::MarkReviewed { section, date } => {
            if harbour_model::registry::section(section).is_none() {
                return Err(ValidationError::UnknownSection(section.clone()).into());
            }
            validate::date(date)?;
            let s = section_obj(tx, section)?;
            tx.put(&s, "last_reviewed", date.as_str())
                .map_err(DocError::corrupt)?;
            Ok(None)
        }
        Edit::SetValidAsOf { date } => {
            match date {
                Some(d) => {
                    validate::date(d)?;
                    tx.put(&ROOT, "valid_as_of", d.as_str())
                }
                None => tx.put(&ROOT, "valid_as_of", automerge::ScalarValue::Null),
            }
            .map_err(DocError::corrupt)?;
            Ok(None)
        }
        Edit::CheckIn { state, note, at } => {
            let mut values = std::collections::BTreeMap::from([
                ("state".to_string(), state.as_str().to_string()),
                ("at".to_string(), at.clone()),
            ]);
            if !note.trim().is_empty() {
                values.insert("note".to_string(), note.trim().to_string());
            }
            checkin::check_values(&values)?;
            let count = plan
                .map(|p| p.items(checkin::SECTION, checkin::LIST).len())
                .unwrap_or_default();
            if count >= checkin::MAX_ENTRIES {
                return Err(ValidationError::TooManyItems(checkin::PATH.to_string()).into());
            }
            let id = new_id()?;
            let list = list_obj(tx, checkin::SECTION, checkin::LIST)?;
            let item = tx
                .put_object(&list, id.as_str(), ObjType::Map)
                .map_err(DocError::corrupt)?;
            tx.put(&item, "order", checkin::ORDER)
                .map_err(DocError::corrupt)?;
            let vals = tx
                .put_object(&item, "values", ObjType::Map)
                .map_err(DocError::corrupt)?;
            for (k, v) in &values {
                tx.put(&vals, k.as_str(), v.as_str())
                    .map_err(DocError::corrupt)?;
            }
            Ok(Some(id))
        }
    }
}

/// Parses the materialised crisis view.
pub fn crisis_view_from_json(bytes: &[u8]) -> Result<View, DocError> {
    serde_json::from_slice(bytes).map_err(DocError::corrupt)
}

/// Parses the materialised plan ([`Materialised::plan`]).
pub fn plan_from_json(bytes: &[u8]) -> Result<Plan, DocError> {
    serde_json::from_slice(bytes).map_err(DocError::corrupt)
}

impl Edit {
    /// The section an edit writes into; `None` for the plan's top-level fields.
    pub fn section(&self) -> Option<&str> {
        match self {
            Edit::SetText { path, .. }
            | Edit::AddItem { path, .. }
            | Edit::EditItem { path, .. }
            | Edit::RemoveItem { path, .. }
            | Edit::MoveItem { path, .. } => Some(path.split('.').next().unwrap_or(path)),
            Edit::MarkReviewed { section, .. } => Some(section),
            Edit::CheckIn { .. } => Some(checkin::SECTION),
            Edit::SetPhoto { path, .. } => Some(path.split('.').next().unwrap_or(path)),
            Edit::SetCrisisStatus { .. } | Edit::SetValidAsOf { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests;

fn sorted(hashes: &[ChangeHash]) -> Vec<ChangeHash> {
    let mut v = hashes.to_vec();
    v.sort();
    v
}
