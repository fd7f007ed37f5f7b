//! autosurgeon mirror of the stored layout, converted to and from `harbour_model::Plan`.

use crate::DocError;
use autosurgeon::{Hydrate, Reconcile, Text};
use harbour_model::{registry, CrisisState, CrisisStatus, FieldKind, Item, Plan, Section};
use std::collections::BTreeMap;

#[derive(Debug, Default, Hydrate, Reconcile)]
pub(crate) struct DocPlan {
    pub schema: u64,
    pub valid_as_of: Option<String>,
    pub crisis: DocCrisis,
    pub sections: BTreeMap<String, DocSection>,
}

#[derive(Debug, Default, Hydrate, Reconcile)]
pub(crate) struct DocCrisis {
    pub status: String,
    pub by: Option<String>,
    pub at: Option<String>,
}

#[derive(Debug, Default, Hydrate, Reconcile)]
pub(crate) struct DocSection {
    pub last_reviewed: Option<String>,
    pub text: BTreeMap<String, Text>,
    pub lists: BTreeMap<String, BTreeMap<String, DocItem>>,
}

#[derive(Debug, Default, Hydrate, Reconcile)]
pub(crate) struct DocItem {
    pub order: String,
    pub values: BTreeMap<String, String>,
}

impl DocPlan {
    /// Every section, text object and list map of the first release, empty
    /// (what came later is made by [`crate::upgrade`]).
    pub fn skeleton() -> Self {
        let sections = registry::SECTIONS
            .iter()
            .map(|s| {
                let mut sec = DocSection::default();
                let first = s
                    .fields
                    .iter()
                    .filter(|(field, _)| !crate::upgrade::added_later(s.id, field));
                for (field, kind) in first {
                    match kind {
                        FieldKind::Text => {
                            sec.text.insert(field.to_string(), Text::with_value(""));
                        }
                        FieldKind::List(_) => {
                            sec.lists.insert(field.to_string(), BTreeMap::new());
                        }
                    }
                }
                (s.id.to_string(), sec)
            })
            .collect();
        Self {
            schema: harbour_model::SCHEMA_VERSION,
            valid_as_of: None,
            crisis: DocCrisis {
                status: CrisisStatus::Inactive.as_str().into(),
                by: None,
                at: None,
            },
            sections,
        }
    }

    /// Reads only what the crisis view needs.
    pub fn hydrate_crisis_only(doc: &automerge::Automerge) -> Result<Self, DocError> {
        let (valid_as_of, crisis) = hydrate_top(doc)?;
        let sections = hydrate_section(doc, "crisis")?
            .map(|sec| BTreeMap::from([("crisis".to_string(), sec)]))
            .unwrap_or_default();
        Ok(Self {
            schema: harbour_model::SCHEMA_VERSION,
            valid_as_of,
            crisis,
            sections,
        })
    }

    pub fn into_plan(self) -> Plan {
        Plan {
            valid_as_of: self.valid_as_of,
            crisis_state: self.crisis.into_state(),
            sections: self
                .sections
                .into_iter()
                .map(|(id, s)| (id, s.into_section()))
                .collect(),
        }
    }
}

impl DocCrisis {
    pub fn into_state(self) -> CrisisState {
        CrisisState {
            status: CrisisStatus::parse(&self.status).unwrap_or_default(),
            by: self.by,
            at: self.at,
        }
    }
}

impl DocSection {
    pub fn into_section(self) -> Section {
        Section {
            last_reviewed: self.last_reviewed,
            text: self
                .text
                .into_iter()
                .map(|(k, t)| (k, t.as_str().to_string()))
                .filter(|(_, t)| !t.is_empty())
                .collect(),
            lists: self
                .lists
                .into_iter()
                .map(|(k, items)| {
                    let items = items
                        .into_iter()
                        .map(|(id, it)| {
                            let item = Item {
                                order: it.order,
                                values: it.values,
                            };
                            (id, item)
                        })
                        .collect();
                    (k, items)
                })
                .collect(),
        }
    }
}

/// The plan's top-level fields: when it holds from, and the crisis state.
pub(crate) fn hydrate_top(
    doc: &automerge::Automerge,
) -> Result<(Option<String>, DocCrisis), DocError> {
    let valid_as_of: Option<String> =
        autosurgeon::hydrate_prop(doc, automerge::ROOT, "valid_as_of")
            .map_err(DocError::corrupt)?;
    let crisis: DocCrisis =
        autosurgeon::hydrate_prop(doc, automerge::ROOT, "crisis").map_err(DocError::corrupt)?;
    Ok((valid_as_of, crisis))
}

/// One section, or `None` when the document has none by that id.
pub(crate) fn hydrate_section(
    doc: &automerge::Automerge,
    id: &str,
) -> Result<Option<DocSection>, DocError> {
    use automerge::{ObjType, ReadDoc, Value, ROOT};
    match doc.get(ROOT, "sections").map_err(DocError::corrupt)? {
        Some((Value::Object(ObjType::Map), sid)) => {
            autosurgeon::hydrate_prop(doc, &sid, id).map_err(DocError::corrupt)
        }
        _ => Ok(None),
    }
}
