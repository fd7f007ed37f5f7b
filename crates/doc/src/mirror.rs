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
    /// Every section, text object and list map, empty.
    pub fn skeleton() -> Self {
        let sections = registry::SECTIONS
            .iter()
            .map(|s| {
                let mut sec = DocSection::default();
                for (field, kind) in s.fields {
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
        use automerge::{ObjType, ReadDoc, Value, ROOT};
        let valid_as_of: Option<String> =
            autosurgeon::hydrate_prop(doc, ROOT, "valid_as_of").map_err(DocError::corrupt)?;
        let crisis: DocCrisis =
            autosurgeon::hydrate_prop(doc, ROOT, "crisis").map_err(DocError::corrupt)?;
        let mut sections = BTreeMap::new();
        if let Some((Value::Object(ObjType::Map), sid)) =
            doc.get(ROOT, "sections").map_err(DocError::corrupt)?
        {
            let sec: Option<DocSection> =
                autosurgeon::hydrate_prop(doc, &sid, "crisis").map_err(DocError::corrupt)?;
            if let Some(sec) = sec {
                sections.insert("crisis".to_string(), sec);
            }
        }
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
            crisis_state: CrisisState {
                status: CrisisStatus::parse(&self.crisis.status).unwrap_or_default(),
                by: self.crisis.by,
                at: self.crisis.at,
            },
            sections: self
                .sections
                .into_iter()
                .map(|(id, s)| {
                    let section = Section {
                        last_reviewed: s.last_reviewed,
                        text: s
                            .text
                            .into_iter()
                            .map(|(k, t)| (k, t.as_str().to_string()))
                            .filter(|(_, t)| !t.is_empty())
                            .collect(),
                        lists: s
                            .lists
                            .into_iter()
                            .map(|(k, items)| {
                                let items = items
                                    .into_iter()
                                    .map(|(id, it)| {
                                        (
                                            id,
                                            Item {
                                                order: it.order,
                                                values: it.values,
                                            },
                                        )
                                    })
                                    .collect();
                                (k, items)
                            })
                            .collect(),
                    };
                    (id, section)
                })
                .collect(),
        }
    }
}
