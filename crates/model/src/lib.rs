//! The recovery and crisis plan, with no IO.
//!
//! - [`registry`]: every `SECTION.FIELD` id and its kind (text or list of items of a shape).
//! - [`Plan`]: the plan's state as plain data; lists are maps from stable item id
//!   to [`Item`] with an explicit order key ([`order`]), never bare indexes.
//! - [`validate`]: checks on what a caller wants to write, with clear errors.
//! - [`checkin`]: the daily traffic-light check-ins kept beside the plan.
//! - [`views`]: the full plan, the one-page safety plan and the crisis view, as
//!   pure functions of a plan.
//!
//! Storage (Automerge) lives in `harbour-doc`; this crate only knows the shape.

pub mod checkin;
pub mod clock;
pub mod order;
pub mod registry;
pub mod validate;
pub mod views;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use checkin::{CheckIn, CheckInState, CheckInSummary};
pub use registry::{FieldKind, FieldSpec, ItemShape, SectionSpec, SECTIONS};
pub use validate::{Limits, ValidationError};
pub use views::{View, ViewField, ViewItem, ViewKind, ViewSection};

/// Version of the stored document layout.
pub const SCHEMA_VERSION: u64 = 1;

/// The whole plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The date (`YYYY-MM-DD`) from which the person says this plan holds.
    pub valid_as_of: Option<String>,
    pub crisis_state: CrisisState,
    /// By section id; a section with nothing written may be absent.
    pub sections: BTreeMap<String, Section>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The date (`YYYY-MM-DD`) the person last reviewed this section.
    pub last_reviewed: Option<String>,
    /// Text fields by field id.
    pub text: BTreeMap<String, String>,
    /// List fields by field id, then items by item id.
    pub lists: BTreeMap<String, BTreeMap<String, Item>>,
}

/// One entry in a list. Its id is the key it is stored under.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Fractional-index order key (see [`order`]).
    pub order: String,
    /// Named values, keys from the field's [`ItemShape`].
    pub values: BTreeMap<String, String>,
}

impl Item {
    pub fn get(&self, key: &str) -> &str {
        self.values.get(key).map(String::as_str).unwrap_or("")
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CrisisStatus {
    #[default]
    Inactive,
    Active,
    StoodDown,
}

impl CrisisStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Inactive => "inactive",
            Self::Active => "active",
            Self::StoodDown => "stood_down",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "inactive" => Some(Self::Inactive),
            "active" => Some(Self::Active),
            "stood_down" => Some(Self::StoodDown),
            _ => None,
        }
    }

    /// `inactive → active → stood_down`, and a stood-down plan may be activated again.
    pub fn can_become(self, next: Self) -> bool {
        matches!(
            (self, next),
            (Self::Inactive, Self::Active)
                | (Self::Active, Self::StoodDown)
                | (Self::StoodDown, Self::Active)
        )
    }
}

/// The crisis plan's state, with who changed it and when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CrisisState {
    pub status: CrisisStatus,
    /// Who made the last change ("me", or a supporter's name).
    pub by: Option<String>,
    /// When (RFC 3339, UTC).
    pub at: Option<String>,
}

impl Plan {
    /// A list's items in display order: by order key, then id (so ties from
    /// concurrent inserts at the same place are stable on every device).
    pub fn items(&self, section: &str, list: &str) -> Vec<(&str, &Item)> {
        let mut items: Vec<(&str, &Item)> = self
            .sections
            .get(section)
            .and_then(|s| s.lists.get(list))
            .map(|m| m.iter().map(|(id, it)| (id.as_str(), it)).collect())
            .unwrap_or_default();
        items.sort_by(|a, b| (a.1.order.as_str(), a.0).cmp(&(b.1.order.as_str(), b.0)));
        items
    }

    pub fn text(&self, section: &str, field: &str) -> &str {
        self.sections
            .get(section)
            .and_then(|s| s.text.get(field))
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn item(&self, section: &str, list: &str, id: &str) -> Option<&Item> {
        self.sections.get(section)?.lists.get(list)?.get(id)
    }

    pub fn last_reviewed(&self, section: &str) -> Option<&str> {
        self.sections.get(section)?.last_reviewed.as_deref()
    }

    /// True when nothing at all is written.
    pub fn is_empty(&self) -> bool {
        self.sections.values().all(|s| {
            s.text.values().all(|t| t.is_empty()) && s.lists.values().all(|l| l.is_empty())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_sort_by_order_then_id() {
        let mut plan = Plan::default();
        let list = plan
            .sections
            .entry("toolbox".into())
            .or_default()
            .lists
            .entry("helps".into())
            .or_default();
        for (id, order, text) in [
            ("b", "V", "second"),
            ("a", "V", "first"),
            ("c", "F", "zero"),
        ] {
            list.insert(
                id.into(),
                Item {
                    order: order.into(),
                    values: [("text".to_string(), text.to_string())].into(),
                },
            );
        }
        let texts: Vec<&str> = plan
            .items("toolbox", "helps")
            .iter()
            .map(|(_, i)| i.get("text"))
            .collect();
        assert_eq!(texts, ["zero", "first", "second"]);
    }

    #[test]
    fn crisis_transitions() {
        use CrisisStatus::*;
        assert!(Inactive.can_become(Active));
        assert!(Active.can_become(StoodDown));
        assert!(StoodDown.can_become(Active));
        assert!(!Inactive.can_become(StoodDown));
        assert!(!Active.can_become(Active));
        assert_eq!(CrisisStatus::parse("stood_down"), Some(StoodDown));
    }
}
