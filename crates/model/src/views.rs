//! The three ways the plan is shown, as pure functions of a [`Plan`].
//!
//! - **full**: every section and field in registry order, empty ones included
//!   (the editor shows a prompt there);
//! - **safety**: a one-page safety plan drawn from several sections (warning
//!   signs, what helps, what to do, who to contact, safer surroundings,
//!   reasons), only what is filled in;
//! - **crisis**: the crisis plan a supporter reads, with its state, only what
//!   is filled in.
//!
//! Headings are ids; the UI and exports turn them into words from the locale files.

use crate::registry::{self, FieldKind};
use crate::{CrisisState, Plan};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", ts(rename = "PlanViewKind"))]
pub enum ViewKind {
    Full,
    Safety,
    Crisis,
}

impl ViewKind {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "full" => Some(Self::Full),
            "safety" => Some(Self::Safety),
            "crisis" => Some(Self::Crisis),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Safety => "safety",
            Self::Crisis => "crisis",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "PlanView"))]
pub struct View {
    pub kind: ViewKind,
    /// `YYYY-MM-DD`, when the person dated the plan.
    pub valid_as_of: Option<String>,
    pub crisis_state: CrisisState,
    pub sections: Vec<ViewSection>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "PlanViewSection"))]
pub struct ViewSection {
    /// A plan section id (`crisis`), or for the safety plan a part id
    /// (`safety_warning_signs`, `safety_coping`, ...).
    pub id: String,
    /// `YYYY-MM-DD`; for a safety-plan part, the oldest review date of the
    /// sections it draws on (none if any of them was never reviewed).
    pub last_reviewed: Option<String>,
    pub fields: Vec<ViewField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "PlanViewField"))]
pub struct ViewField {
    /// `section.field`, e.g. `crisis.supporters`.
    pub id: String,
    /// `text`, or the item shape of a list: `text_list`, `text_why`,
    /// `supporter`, `not_involved`, `responsibility`.
    pub kind: String,
    /// Keys of each item's values, primary first (empty for text fields).
    pub item_keys: Vec<String>,
    /// The text of a text field (empty for lists).
    pub text: String,
    /// The items of a list, in order (empty for text fields).
    pub items: Vec<ViewItem>,
    /// Its items may carry a photo (the value `photo`, a photo id).
    pub takes_photos: bool,
}

impl ViewField {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.items.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "PlanViewItem"))]
pub struct ViewItem {
    pub id: String,
    pub values: BTreeMap<String, String>,
}

fn field_view(plan: &Plan, section: &str, field: &str) -> Option<ViewField> {
    let spec = registry::field(section, field)?;
    let id = spec.path();
    let photos = registry::takes_photos(&id);
    Some(match spec.kind {
        FieldKind::Text => ViewField {
            id,
            kind: "text".into(),
            item_keys: vec![],
            text: plan.text(section, field).to_string(),
            items: vec![],
            takes_photos: false,
        },
        FieldKind::List(shape) => ViewField {
            id,
            kind: match shape {
                registry::ItemShape::Text => "text_list".into(),
                other => other.as_str().into(),
            },
            item_keys: shape.keys().iter().map(|k| k.to_string()).collect(),
            text: String::new(),
            items: plan
                .items(section, field)
                .into_iter()
                .map(|(id, item)| ViewItem {
                    id: id.to_string(),
                    values: item
                        .values
                        .iter()
                        .filter(|(k, v)| {
                            let known = shape.keys().contains(&k.as_str())
                                || (photos && k.as_str() == registry::PHOTO_KEY);
                            known && !v.is_empty()
                        })
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                })
                .collect(),
            takes_photos: photos,
        },
    })
}

fn section_view(plan: &Plan, section: &registry::SectionSpec, keep_empty: bool) -> ViewSection {
    ViewSection {
        id: section.id.to_string(),
        last_reviewed: plan.last_reviewed(section.id).map(str::to_string),
        fields: section
            .fields
            .iter()
            .filter_map(|(f, _)| field_view(plan, section.id, f))
            .filter(|f| keep_empty || !f.is_empty())
            .collect(),
    }
}

/// Every section and field.
pub fn full(plan: &Plan) -> View {
    View {
        kind: ViewKind::Full,
        valid_as_of: plan.valid_as_of.clone(),
        crisis_state: plan.crisis_state.clone(),
        sections: registry::SECTIONS
            .iter()
            .map(|s| section_view(plan, s, true))
            .collect(),
    }
}

/// The parts of the one-page safety plan and the fields each draws on.
pub const SAFETY_PARTS: &[(&str, &[&str])] = &[
    (
        "safety_warning_signs",
        &["early_warning.signs", "breaking_down.signs"],
    ),
    ("safety_coping", &["toolbox.helps"]),
    (
        "safety_actions",
        &["early_warning.must_do", "breaking_down.must_do"],
    ),
    ("safety_people", &["crisis.supporters"]),
    ("safety_surroundings", &["crisis.safer_surroundings"]),
    ("safety_reasons", &["reasons.reasons"]),
];

/// The one-page safety plan: only filled-in fields, parts with nothing left out.
pub fn safety(plan: &Plan) -> View {
    let sections = SAFETY_PARTS
        .iter()
        .filter_map(|(part, paths)| {
            let mut reviewed: Vec<Option<&str>> = vec![];
            let fields: Vec<ViewField> = paths
                .iter()
                .filter_map(|p| {
                    let (s, f) = p.split_once('.')?;
                    reviewed.push(plan.last_reviewed(s));
                    field_view(plan, s, f)
                })
                .filter(|f| !f.is_empty())
                .collect();
            if fields.is_empty() {
                return None;
            }
            let last_reviewed = if reviewed.iter().any(Option::is_none) {
                None
            } else {
                reviewed.into_iter().flatten().min().map(str::to_string)
            };
            Some(ViewSection {
                id: part.to_string(),
                last_reviewed,
                fields,
            })
        })
        .collect();
    View {
        kind: ViewKind::Safety,
        valid_as_of: plan.valid_as_of.clone(),
        crisis_state: plan.crisis_state.clone(),
        sections,
    }
}

/// The crisis plan as a supporter reads it: only filled-in fields.
pub fn crisis(plan: &Plan) -> View {
    let sections = registry::section("crisis")
        .map(|s| vec![section_view(plan, s, false)])
        .unwrap_or_default();
    View {
        kind: ViewKind::Crisis,
        valid_as_of: plan.valid_as_of.clone(),
        crisis_state: plan.crisis_state.clone(),
        sections,
    }
}

pub fn render(plan: &Plan, kind: ViewKind) -> View {
    match kind {
        ViewKind::Full => full(plan),
        ViewKind::Safety => safety(plan),
        ViewKind::Crisis => crisis(plan),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Item, Section};

    fn sample() -> Plan {
        let mut plan = Plan {
            valid_as_of: Some("2025-01-02".into()),
            ..Plan::default()
        };
        let crisis = plan.sections.entry("crisis".into()).or_default();
        crisis.text.insert("when_well".into(), "chatty".into());
        crisis.last_reviewed = Some("2025-01-03".into());
        crisis.lists.entry("supporters".into()).or_default().insert(
            "a".repeat(32),
            Item {
                order: "V".into(),
                values: [
                    ("name".to_string(), "Sam".to_string()),
                    ("contact".to_string(), "07700 900123".to_string()),
                ]
                .into(),
            },
        );
        let mut tb = Section::default();
        tb.lists.entry("helps".into()).or_default().insert(
            "b".repeat(32),
            Item {
                order: "V".into(),
                values: [("text".to_string(), "a walk".to_string())].into(),
            },
        );
        plan.sections.insert("toolbox".into(), tb);
        plan
    }

    #[test]
    fn full_has_every_field() {
        let v = full(&sample());
        assert_eq!(v.sections.len(), 8);
        assert_eq!(
            v.sections.iter().map(|s| s.fields.len()).sum::<usize>(),
            registry::all_fields().count()
        );
    }

    #[test]
    fn crisis_view_has_only_filled_crisis_fields() {
        let v = crisis(&sample());
        assert_eq!(v.sections.len(), 1);
        let ids: Vec<&str> = v.sections[0].fields.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["crisis.when_well", "crisis.supporters"]);
        assert_eq!(v.sections[0].last_reviewed.as_deref(), Some("2025-01-03"));
        assert_eq!(v.sections[0].fields[1].items[0].values["name"], "Sam");
    }

    #[test]
    fn safety_plan_draws_from_several_sections() {
        let v = safety(&sample());
        let ids: Vec<&str> = v.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["safety_coping", "safety_people"]);
        // toolbox was never reviewed
        assert_eq!(v.sections[0].last_reviewed, None);
        assert_eq!(v.sections[1].last_reviewed.as_deref(), Some("2025-01-03"));
    }
}
