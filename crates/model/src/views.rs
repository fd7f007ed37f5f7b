//! The ways the plan is shown, as pure functions of a [`Plan`].
//!
//! - **full**: every section and field in registry order, empty ones included
//!   (the editor shows a prompt there);
//! - **safety**: a one-page safety plan drawn from several sections (warning
//!   signs, what helps, what to do, who to contact, safer surroundings,
//!   reasons), only what is filled in;
//! - **crisis**: the crisis plan a supporter reads, with its state, only what
//!   is filled in;
//! - **card**: the wallet-sized crisis card: the few things a stranger needs
//!   in a crisis, only what is filled in;
//! - **advance_choice**: the crisis plan laid out as an advance choice
//!   document (Mental Health Act 2025, England and Wales), only what is filled in.
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
    /// The wallet-sized crisis card.
    Card,
    /// The crisis plan as an advance choice document.
    AdvanceChoice,
}

impl ViewKind {
    pub const ALL: [ViewKind; 5] = [
        Self::Full,
        Self::Safety,
        Self::Crisis,
        Self::Card,
        Self::AdvanceChoice,
    ];

    /// `advance_choice` and, as typed on a command line, `advance-choice`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "full" => Some(Self::Full),
            "safety" => Some(Self::Safety),
            "crisis" => Some(Self::Crisis),
            "card" => Some(Self::Card),
            "advance_choice" | "advance-choice" => Some(Self::AdvanceChoice),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Safety => "safety",
            Self::Crisis => "crisis",
            Self::Card => "card",
            Self::AdvanceChoice => "advance_choice",
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
    /// A plan section id (`crisis`), or a part id of the safety plan
    /// (`safety_coping`, ...), the card (`card_contacts`, ...) or the advance
    /// choice document (`advance_values`, ...).
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

/// The parts of the wallet-sized crisis card and the fields each draws on;
/// `a|b` takes `b` only when `a` is empty.
///
/// Only what a stranger (a paramedic, a police officer, a passer-by) needs in
/// the first minutes: who to call, allergies, the medication taken now, what
/// helps and what does not, and who not to involve. The crisis section's "what
/// helps" is written for others in a crisis; the toolbox (the person's own
/// self-care) stands in only when it is blank. Treatment choices, reasons and
/// the rest stay in the full plan: a card has room for a few lines.
pub const CARD_PARTS: &[(&str, &[&str])] = &[
    ("card_contacts", &["crisis.supporters"]),
    ("card_allergies", &["crisis.allergies"]),
    ("card_medication", &["crisis.medication_current"]),
    ("card_helps", &["crisis.help_wanted|toolbox.helps"]),
    ("card_avoid", &["crisis.help_unwanted|toolbox.avoid"]),
    ("card_not_involved", &["crisis.not_involved"]),
];

/// The item values a card shows, per field: names and numbers, not tasks or
/// reasons (those are long, and sometimes private).
const CARD_KEYS: &[(&str, &[&str])] = &[
    ("crisis.supporters", &["name", "role", "contact"]),
    ("crisis.medication_current", &["text"]),
    ("crisis.not_involved", &["name"]),
];

/// The parts of an advance choice document and the crisis fields each draws
/// on: the person's values first, then treatment wishes with their reasons,
/// people, care at home, practical matters, places, and who has a copy.
pub const ADVANCE_CHOICE_PARTS: &[(&str, &[&str])] = &[
    ("advance_values", &["crisis.values_statement"]),
    (
        "advance_medication",
        &[
            "crisis.medication_preferred",
            "crisis.medication_acceptable",
            "crisis.medication_unacceptable",
        ],
    ),
    (
        "advance_treatments",
        &[
            "crisis.treatments_preferred",
            "crisis.treatments_acceptable",
            "crisis.treatments_unacceptable",
        ],
    ),
    (
        "advance_people",
        &[
            "crisis.supporters",
            "crisis.not_involved",
            "crisis.disagreements",
        ],
    ),
    ("advance_home", &["crisis.home_care"]),
    ("advance_practical", &["crisis.responsibilities"]),
    (
        "advance_places",
        &["crisis.places_preferred", "crisis.places_unacceptable"],
    ),
    ("advance_shared", &["crisis.professionals_shared"]),
];

/// One path of a parts table (`section.field`, or `a|b`: `b` when `a` is
/// empty), the field if filled in.
fn part_field(plan: &Plan, path: &str) -> Option<ViewField> {
    path.split('|').find_map(|p| {
        let (s, f) = p.split_once('.')?;
        field_view(plan, s, f).filter(|f| !f.is_empty())
    })
}

/// A view made of parts drawn from several sections: only filled-in fields,
/// parts with nothing left out. A part's review date is the oldest of the
/// sections it draws on (none if any of them was never reviewed).
fn parts_view(plan: &Plan, kind: ViewKind, parts: &[(&str, &[&str])]) -> View {
    let sections = parts
        .iter()
        .filter_map(|(part, paths)| {
            let mut reviewed: Vec<Option<&str>> = vec![];
            let fields: Vec<ViewField> = paths
                .iter()
                .filter_map(|p| {
                    // Every section a part draws on counts for its date, filled or not.
                    for alt in p.split('|') {
                        if let Some((s, _)) = alt.split_once('.') {
                            reviewed.push(plan.last_reviewed(s));
                        }
                    }
                    part_field(plan, p)
                })
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
        kind,
        valid_as_of: plan.valid_as_of.clone(),
        crisis_state: plan.crisis_state.clone(),
        sections,
    }
}

/// The one-page safety plan: only filled-in fields, parts with nothing left out.
pub fn safety(plan: &Plan) -> View {
    parts_view(plan, ViewKind::Safety, SAFETY_PARTS)
}

/// The wallet-sized crisis card ([`CARD_PARTS`]), items cut down to
/// [`CARD_KEYS`].
pub fn card(plan: &Plan) -> View {
    let mut view = parts_view(plan, ViewKind::Card, CARD_PARTS);
    for field in view.sections.iter_mut().flat_map(|s| s.fields.iter_mut()) {
        let Some((_, keep)) = CARD_KEYS.iter().find(|(id, _)| *id == field.id) else {
            continue;
        };
        field.item_keys.retain(|k| keep.contains(&k.as_str()));
        for item in &mut field.items {
            item.values.retain(|k, _| keep.contains(&k.as_str()));
        }
        // An item left with nothing to show (a supporter with only tasks) goes.
        field.items.retain(|i| !i.values.is_empty());
    }
    for s in &mut view.sections {
        s.fields.retain(|f| !f.is_empty());
    }
    view.sections.retain(|s| !s.fields.is_empty());
    view
}

/// The advance choice document ([`ADVANCE_CHOICE_PARTS`]). Made on is the
/// plan's `valid_as_of`; reviewed on, the crisis section's last review.
pub fn advance_choice(plan: &Plan) -> View {
    parts_view(plan, ViewKind::AdvanceChoice, ADVANCE_CHOICE_PARTS)
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
        ViewKind::Card => card(plan),
        ViewKind::AdvanceChoice => advance_choice(plan),
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

    fn item(order: &str, values: &[(&str, &str)]) -> Item {
        Item {
            order: order.into(),
            values: values
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    /// [`sample`] with what a card and an advance choice document draw on.
    fn fuller() -> Plan {
        let mut plan = sample();
        let crisis = plan.sections.get_mut("crisis").unwrap();
        crisis
            .lists
            .get_mut("supporters")
            .unwrap()
            .insert("c".repeat(32), item("W", &[("tasks", "feeds the cat")]));
        crisis
            .lists
            .get_mut("supporters")
            .unwrap()
            .get_mut(&"a".repeat(32))
            .unwrap()
            .values
            .insert("tasks".into(), "stays with me".into());
        for (list, values) in [
            ("allergies", vec![("text", "penicillin")]),
            (
                "medication_current",
                vec![("text", "sertraline"), ("why", "mood")],
            ),
            ("not_involved", vec![("name", "Alex"), ("why", "old hurt")]),
            (
                "medication_unacceptable",
                vec![("text", "olanzapine"), ("why", "weight")],
            ),
            ("treatments_preferred", vec![("text", "home visits")]),
            ("places_unacceptable", vec![("text", "a ward far away")]),
            ("professionals_shared", vec![("text", "Dr Rees, my GP")]),
            ("help_unwanted", vec![("text", "crowding me")]),
        ] {
            crisis
                .lists
                .entry(list.into())
                .or_default()
                .insert("d".repeat(32), item("V", &values));
        }
        crisis
            .text
            .insert("values_statement".into(), "Being with my family".into());
        crisis
            .text
            .insert("home_care".into(), "Friends stay".into());
        plan
    }

    fn ids(v: &View) -> Vec<&str> {
        v.sections.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn kinds_round_trip_and_accept_the_command_line_spelling() {
        for kind in ViewKind::ALL {
            assert_eq!(ViewKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(render(&fuller(), kind).kind, kind);
        }
        assert_eq!(
            ViewKind::parse("advance-choice"),
            Some(ViewKind::AdvanceChoice)
        );
        assert_eq!(ViewKind::parse("Card"), None);
    }

    #[test]
    fn the_card_holds_only_what_a_stranger_needs() {
        let v = card(&fuller());
        assert_eq!(
            ids(&v),
            [
                "card_contacts",
                "card_allergies",
                "card_medication",
                "card_helps",
                "card_avoid",
                "card_not_involved"
            ]
        );
        let contacts = &v.sections[0].fields[0];
        assert_eq!(contacts.item_keys, ["name", "role", "contact"]);
        // Tasks are left out, and a supporter with only tasks has nothing to show.
        assert_eq!(contacts.items.len(), 1);
        assert_eq!(contacts.items[0].values["contact"], "07700 900123");
        assert!(!contacts.items[0].values.contains_key("tasks"));
        // Reasons stay in the full plan.
        let meds = &v.sections[2].fields[0];
        assert_eq!(meds.items[0].values.keys().collect::<Vec<_>>(), ["text"]);
        let not = &v.sections[5].fields[0];
        assert_eq!(not.items[0].values.keys().collect::<Vec<_>>(), ["name"]);
        // No "what helps" in the crisis section: the toolbox stands in.
        assert_eq!(v.sections[3].fields[0].id, "toolbox.helps");
        assert_eq!(v.sections[4].fields[0].id, "crisis.help_unwanted");
        // Nothing from the treatment choices or the values.
        assert!(!v
            .sections
            .iter()
            .flat_map(|s| &s.fields)
            .any(|f| f.id.contains("unacceptable") || f.id.contains("values")));
    }

    #[test]
    fn the_card_prefers_the_crisis_sections_what_helps() {
        let mut plan = fuller();
        plan.sections
            .get_mut("crisis")
            .unwrap()
            .lists
            .entry("help_wanted".into())
            .or_default()
            .insert("e".repeat(32), item("V", &[("text", "sit with me")]));
        let v = card(&plan);
        let helps = v.sections.iter().find(|s| s.id == "card_helps").unwrap();
        assert_eq!(helps.fields.len(), 1);
        assert_eq!(helps.fields[0].id, "crisis.help_wanted");
        // An empty plan makes an empty card.
        assert!(card(&Plan::default()).sections.is_empty());
    }

    #[test]
    fn the_advance_choice_document_reads_in_its_order_with_its_dates() {
        let v = advance_choice(&fuller());
        assert_eq!(
            ids(&v),
            [
                "advance_values",
                "advance_medication",
                "advance_treatments",
                "advance_people",
                "advance_home",
                "advance_places",
                "advance_shared"
            ]
        );
        assert_eq!(v.valid_as_of.as_deref(), Some("2025-01-02"));
        assert!(v
            .sections
            .iter()
            .all(|s| s.last_reviewed.as_deref() == Some("2025-01-03")));
        assert_eq!(v.sections[0].fields[0].text, "Being with my family");
        let refused = &v.sections[1].fields[0];
        assert_eq!(refused.id, "crisis.medication_unacceptable");
        assert_eq!(refused.items[0].values["why"], "weight");
        let people: Vec<&str> = v.sections[3].fields.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(people, ["crisis.supporters", "crisis.not_involved"]);
        // Who has a copy comes last.
        assert_eq!(
            v.sections[6].fields[0].items[0].values["text"],
            "Dr Rees, my GP"
        );
        // Current medication and allergies are for the card and the crisis plan.
        assert!(!v
            .sections
            .iter()
            .flat_map(|s| &s.fields)
            .any(|f| f.id == "crisis.medication_current"));
    }
}
