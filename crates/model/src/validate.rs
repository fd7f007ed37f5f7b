//! Checks on what a caller wants to write into the plan.

use crate::registry::{self, FieldKind, FieldSpec, ItemShape};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("\"{0}\" is not a field id: write it as SECTION.FIELD, for example crisis.when_well")]
    BadPath(String),
    #[error("there is no section called \"{0}\"")]
    UnknownSection(String),
    #[error("there is no field called \"{0}\"")]
    UnknownField(String),
    #[error("{0} is a list: add items to it instead of setting its text")]
    NotText(String),
    #[error("{0} is a text field, not a list")]
    NotList(String),
    #[error("{field} holds at most {max} characters; this text has {len}")]
    TooLong {
        field: String,
        max: usize,
        len: usize,
    },
    #[error("{0} holds too many items already")]
    TooManyItems(String),
    #[error("{field} items have no value called \"{key}\" (they have: {allowed})")]
    UnknownItemKey {
        field: String,
        key: String,
        allowed: String,
    },
    #[error("a new item in {field} needs its {key}")]
    EmptyItem { field: String, key: String },
    #[error("\"{0}\" is not an item id")]
    BadItemId(String),
    #[error("{field} has no item with id {id}")]
    NoSuchItem { field: String, id: String },
    #[error("the text contains a control character that cannot be stored")]
    ControlCharacter,
    #[error("\"{0}\" is not a date: write it as YYYY-MM-DD")]
    BadDate(String),
    #[error("the crisis plan cannot go from {from} to {to}")]
    BadTransition { from: String, to: String },
    #[error("\"{0}\" is not a time: write it as YYYY-MM-DDTHH:MM:SSZ")]
    BadTime(String),
    #[error("\"{0}\" is not a check-in: say green, amber or red")]
    BadCheckInState(String),
    #[error("{0} is written by check-ins only")]
    CheckInsOnly(String),
    #[error("items of {0} cannot have a photo")]
    NoPhotos(String),
}

/// Size limits, generous for a person's writing, small enough to keep a
/// document (and every supporter's copy) light.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub text_chars: usize,
    pub item_value_chars: usize,
    pub items_per_list: usize,
    pub name_chars: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        text_chars: 20_000,
        item_value_chars: 2_000,
        items_per_list: 500,
        name_chars: 200,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

pub(crate) fn check_chars(field: &str, text: &str, max: usize) -> Result<(), ValidationError> {
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err(ValidationError::ControlCharacter);
    }
    let len = text.chars().count();
    if len > max {
        return Err(ValidationError::TooLong {
            field: field.to_string(),
            max,
            len,
        });
    }
    Ok(())
}

/// `section.field` must be a text field and `text` must fit.
pub fn text_field(path: &str, text: &str, limits: &Limits) -> Result<FieldSpec, ValidationError> {
    let spec = registry::parse_path(path)?;
    if spec.kind != FieldKind::Text {
        return Err(ValidationError::NotText(spec.path()));
    }
    check_chars(&spec.path(), text, limits.text_chars)?;
    Ok(spec)
}

/// `section.field` must be a list field; returns its spec and item shape.
pub fn list_field(path: &str) -> Result<(FieldSpec, ItemShape), ValidationError> {
    let spec = registry::parse_path(path)?;
    match spec.kind {
        FieldKind::List(shape) => Ok((spec, shape)),
        FieldKind::Text => Err(ValidationError::NotList(spec.path())),
    }
}

/// Values for an item of `shape`: known keys, each fitting. With `new`, the
/// primary value must not be empty.
pub fn item_values(
    spec: &FieldSpec,
    shape: ItemShape,
    values: &BTreeMap<String, String>,
    new: bool,
    limits: &Limits,
) -> Result<(), ValidationError> {
    for (key, value) in values {
        if !shape.keys().contains(&key.as_str()) {
            return Err(ValidationError::UnknownItemKey {
                field: spec.path(),
                key: key.clone(),
                allowed: shape.keys().join(", "),
            });
        }
        check_chars(
            &format!("{}.{key}", spec.path()),
            value,
            limits.item_value_chars,
        )?;
    }
    if new
        && values
            .get(shape.primary())
            .is_none_or(|v| v.trim().is_empty())
    {
        return Err(ValidationError::EmptyItem {
            field: spec.path(),
            key: shape.primary().to_string(),
        });
    }
    Ok(())
}

/// Item ids are 32 lowercase hex digits (128 random bits).
pub fn item_id(id: &str) -> Result<(), ValidationError> {
    if id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        Ok(())
    } else {
        Err(ValidationError::BadItemId(id.to_string()))
    }
}

/// A calendar date `YYYY-MM-DD` (years 1900–9999).
pub fn date(s: &str) -> Result<(), ValidationError> {
    let bad = || ValidationError::BadDate(s.to_string());
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Result<u32, ValidationError> {
        s.get(r)
            .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|p| p.parse().ok())
            .ok_or_else(bad)
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if y < 1900 || d == 0 || d > days {
        return Err(bad());
    }
    Ok(())
}

/// A short name (who changed the crisis state).
pub fn name(field: &str, s: &str, limits: &Limits) -> Result<(), ValidationError> {
    check_chars(field, s, limits.name_chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_checks() {
        let l = Limits::DEFAULT;
        assert!(text_field("crisis.when_well", "calm, funny", &l).is_ok());
        assert!(matches!(
            text_field("toolbox.helps", "x", &l),
            Err(ValidationError::NotText(_))
        ));
        let long = "x".repeat(l.text_chars + 1);
        let err = text_field("crisis.money", &long, &l).unwrap_err();
        assert!(err.to_string().contains("at most 20000"), "{err}");
        assert_eq!(
            text_field("crisis.money", "a\u{0}b", &l),
            Err(ValidationError::ControlCharacter)
        );
    }

    #[test]
    fn item_checks() {
        let l = Limits::DEFAULT;
        let (spec, shape) = list_field("crisis.supporters").unwrap();
        let ok: BTreeMap<_, _> = [("name".to_string(), "Sam".to_string())].into();
        assert!(item_values(&spec, shape, &ok, true, &l).is_ok());
        let bad: BTreeMap<_, _> = [("colour".to_string(), "red".to_string())].into();
        let err = item_values(&spec, shape, &bad, false, &l).unwrap_err();
        assert!(
            err.to_string().contains("name, role, contact, tasks"),
            "{err}"
        );
        let empty: BTreeMap<_, _> = [("role".to_string(), "friend".to_string())].into();
        assert!(matches!(
            item_values(&spec, shape, &empty, true, &l),
            Err(ValidationError::EmptyItem { .. })
        ));
        assert!(matches!(
            list_field("daily.when_well"),
            Err(ValidationError::NotList(_))
        ));
    }

    #[test]
    fn ids_and_dates() {
        assert!(item_id("0123456789abcdef0123456789abcdef").is_ok());
        assert!(item_id("0123456789ABCDEF0123456789abcdef").is_err());
        assert!(item_id("../etc").is_err());
        assert!(date("2024-02-29").is_ok());
        assert!(date("2023-02-29").is_err());
        assert!(date("2023-13-01").is_err());
        assert!(date("2023-1-01").is_err());
        assert!(date("２０２３-01-01").is_err());
    }
}
