//! The field registry: every `SECTION.FIELD` id of the plan and its kind.
//!
//! These ids are a contract: they name keys in stored documents, in exports and
//! on the command line. Add, never rename.

/// The shape of one item in a list field: which named values it has.
/// The first key is the item's primary value (what `plan add` sets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemShape {
    /// `{ text }`
    Text,
    /// `{ text, why }`: medication and treatment choices.
    TextWhy,
    /// `{ name, role, contact, tasks }`
    Supporter,
    /// `{ name, why }`
    NotInvolved,
    /// `{ task, who }`
    Responsibility,
    /// `{ state, at, note }`: one daily check-in (see [`crate::checkin`]).
    CheckIn,
}

impl ItemShape {
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Self::Text => &["text"],
            Self::TextWhy => &["text", "why"],
            Self::Supporter => &["name", "role", "contact", "tasks"],
            Self::NotInvolved => &["name", "why"],
            Self::Responsibility => &["task", "who"],
            Self::CheckIn => &["state", "at", "note"],
        }
    }

    /// The key `plan add SECTION.LIST TEXT` fills.
    pub fn primary(self) -> &'static str {
        self.keys()[0]
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::TextWhy => "text_why",
            Self::Supporter => "supporter",
            Self::NotInvolved => "not_involved",
            Self::Responsibility => "responsibility",
            Self::CheckIn => "checkin",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    Text,
    List(ItemShape),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    pub section: &'static str,
    pub field: &'static str,
    pub kind: FieldKind,
}

impl FieldSpec {
    /// `section.field`
    pub fn path(&self) -> String {
        format!("{}.{}", self.section, self.field)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionSpec {
    pub id: &'static str,
    pub fields: &'static [(&'static str, FieldKind)],
}

impl SectionSpec {
    pub fn field_specs(&self) -> impl Iterator<Item = FieldSpec> + '_ {
        self.fields.iter().map(|&(field, kind)| FieldSpec {
            section: self.id,
            field,
            kind,
        })
    }
}

use FieldKind::{List, Text as T};
use ItemShape as S;

const L: FieldKind = List(S::Text);
const LW: FieldKind = List(S::TextWhy);

/// Every section, in the order the plan is shown.
pub const SECTIONS: &[SectionSpec] = &[
    SectionSpec {
        id: "toolbox",
        fields: &[("helps", L), ("avoid", L)],
    },
    SectionSpec {
        id: "daily",
        fields: &[("when_well", T), ("every_day", L), ("might_need", L)],
    },
    SectionSpec {
        id: "triggers",
        fields: &[("triggers", L), ("must_do", L), ("might_do", L)],
    },
    SectionSpec {
        id: "early_warning",
        fields: &[("signs", L), ("must_do", L), ("might_do", L)],
    },
    SectionSpec {
        id: "breaking_down",
        fields: &[("signs", L), ("must_do", L), ("might_do", L)],
    },
    SectionSpec {
        id: "crisis",
        fields: &[
            ("when_well", T),
            ("take_over_signs", L),
            ("supporters", List(S::Supporter)),
            ("not_involved", List(S::NotInvolved)),
            ("disagreements", T),
            ("medication_current", LW),
            ("medication_preferred", LW),
            ("medication_acceptable", LW),
            ("medication_unacceptable", LW),
            ("allergies", L),
            ("treatments_current", LW),
            ("treatments_preferred", LW),
            ("treatments_acceptable", LW),
            ("treatments_unacceptable", LW),
            ("home_care", T),
            ("places_preferred", L),
            ("places_unacceptable", L),
            ("help_wanted", L),
            ("help_unwanted", L),
            ("if_danger", T),
            ("responsibilities", List(S::Responsibility)),
            ("safer_surroundings", L),
            ("money", T),
            ("no_longer_needed_signs", L),
            // The advance choice document (Mental Health Act 2025): the person's
            // values, and the professionals and services it was shared with.
            ("values_statement", T),
            ("professionals_shared", L),
        ],
    },
    SectionSpec {
        id: "after_crisis",
        fields: &[
            ("out_of_crisis_signs", L),
            ("helpers", L),
            ("first_steps", L),
            ("learning", T),
        ],
    },
    SectionSpec {
        id: "reasons",
        fields: &[("reasons", L), ("good_moments", L)],
    },
];

/// Sections the person keeps but does not write as part of the plan: the
/// editor, the views and the printed plan leave them out; they are stored,
/// synced, backed up and shared (by id) like any other section.
pub const RECORDS: &[SectionSpec] = &[SectionSpec {
    id: crate::checkin::SECTION,
    fields: &[(crate::checkin::LIST, List(S::CheckIn))],
}];

/// Lists whose items may carry a photo: the value [`PHOTO_KEY`] holds the id
/// of a photo the plan document keeps (set only by `Edit::SetPhoto`).
pub const PHOTO_FIELDS: &[&str] = &["reasons.reasons", "reasons.good_moments", "toolbox.helps"];
pub const PHOTO_KEY: &str = "photo";

pub fn takes_photos(path: &str) -> bool {
    PHOTO_FIELDS.contains(&path)
}

/// What the sharing screen offers first: the crisis plan and what follows it,
/// which is what most people share.
const SHARED_FIRST: [&str; 2] = ["crisis", "after_crisis"];

/// Every section a supporter can be given (each plan section and each record),
/// in the order the sharing screen offers them.
pub fn shareable() -> impl Iterator<Item = &'static str> {
    let rest = SECTIONS
        .iter()
        .chain(RECORDS)
        .map(|s| s.id)
        .filter(|id| !SHARED_FIRST.contains(id));
    SHARED_FIRST.into_iter().chain(rest)
}

/// A plan section or a record, by id.
pub fn section(id: &str) -> Option<&'static SectionSpec> {
    SECTIONS.iter().chain(RECORDS).find(|s| s.id == id)
}

pub fn field(section_id: &str, field_id: &str) -> Option<FieldSpec> {
    section(section_id)?
        .field_specs()
        .find(|f| f.field == field_id)
}

/// Every field of every section, in display order.
pub fn all_fields() -> impl Iterator<Item = FieldSpec> {
    SECTIONS.iter().flat_map(|s| s.field_specs())
}

/// Parses `section.field` into its spec.
pub fn parse_path(path: &str) -> Result<FieldSpec, crate::ValidationError> {
    let (s, f) = path
        .split_once('.')
        .ok_or_else(|| crate::ValidationError::BadPath(path.to_string()))?;
    if section(s).is_none() {
        return Err(crate::ValidationError::UnknownSection(s.to_string()));
    }
    field(s, f).ok_or_else(|| crate::ValidationError::UnknownField(path.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_snake_case() {
        let mut seen = HashSet::new();
        for f in all_fields() {
            assert!(seen.insert(f.path()), "duplicate {}", f.path());
            for id in [f.section, f.field] {
                assert!(id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()));
            }
        }
        assert_eq!(SECTIONS.len(), 8);
        assert_eq!(section("crisis").unwrap().fields.len(), 26);
    }

    #[test]
    fn every_section_and_record_is_shareable_once_crisis_first() {
        let shareable: Vec<&str> = shareable().collect();
        let mut expected: Vec<&str> = SECTIONS.iter().chain(RECORDS).map(|s| s.id).collect();
        assert_eq!(shareable.len(), expected.len());
        assert_eq!(&shareable[..2], &["crisis", "after_crisis"]);
        assert_eq!(shareable.last(), Some(&crate::checkin::SECTION));
        let mut sorted = shareable.clone();
        sorted.sort_unstable();
        expected.sort_unstable();
        assert_eq!(sorted, expected);
    }

    #[test]
    fn structured_items_have_their_shapes() {
        assert_eq!(
            field("crisis", "supporters").unwrap().kind,
            FieldKind::List(ItemShape::Supporter)
        );
        assert_eq!(
            ItemShape::Supporter.keys(),
            &["name", "role", "contact", "tasks"]
        );
        assert_eq!(
            field("crisis", "medication_unacceptable").unwrap().kind,
            FieldKind::List(ItemShape::TextWhy)
        );
        assert_eq!(
            parse_path("crisis.responsibilities").unwrap().kind,
            FieldKind::List(ItemShape::Responsibility)
        );
        assert!(matches!(
            parse_path("crisis.nope"),
            Err(crate::ValidationError::UnknownField(_))
        ));
        assert!(matches!(
            parse_path("nope.x"),
            Err(crate::ValidationError::UnknownSection(_))
        ));
        assert!(matches!(
            parse_path("crisis"),
            Err(crate::ValidationError::BadPath(_))
        ));
    }
}
