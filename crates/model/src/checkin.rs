//! Daily check-ins: a traffic light (green, amber, red) with a few words.
//!
//! They live in the plan document as the record section `checkins`, list
//! `entries`, one item `{ state, at, note }` per check-in, so they are
//! encrypted, synced to the person's devices, backed up and exported with the
//! plan. They are ordered by `at` (not by order key: ten years of daily
//! check-ins would outgrow any key). A supporter the person shares them with
//! sees only the latest state and since when ([`summary_for_supporter`]),
//! never the notes or the history.

use crate::{clock, Item, Plan, Section, ValidationError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The record section's id; share it to share the latest state.
pub const SECTION: &str = "checkins";
/// Its one list.
pub const LIST: &str = "entries";
/// `checkins.entries`
pub const PATH: &str = "checkins.entries";
/// The order key every check-in is stored with (they sort by time).
pub const ORDER: &str = "V";
/// A check-in's note, at most (characters).
pub const NOTE_CHARS: usize = 500;
/// Check-ins kept, at most: several a day for ten years.
pub const MAX_ENTRIES: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CheckInState {
    Green,
    Amber,
    Red,
}

impl CheckInState {
    pub const ALL: [CheckInState; 3] = [Self::Green, Self::Amber, Self::Red];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Green => "green",
            Self::Amber => "amber",
            Self::Red => "red",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One check-in, as the person's history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckIn {
    pub id: String,
    pub state: CheckInState,
    /// When (RFC 3339, UTC, to the millisecond).
    pub at: String,
    /// The person's few words (empty when none).
    pub note: String,
}

/// The latest state and since when it has held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckInSummary {
    pub state: CheckInState,
    /// The first check-in of the latest run of this state (RFC 3339, UTC).
    pub since: String,
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` (or without the milliseconds), a real moment.
pub fn check_time(at: &str) -> Result<(), ValidationError> {
    clock::parse_millis(at)
        .map(|_| ())
        .ok_or_else(|| ValidationError::BadTime(at.to_string()))
}

/// The time for a check-in made at `now_ms`: now, or just after the latest
/// check-in if the clock says otherwise (two taps within a millisecond, or a
/// clock set back), so the newest check-in is always the last.
pub fn next_time(plan: &Plan, now_ms: i64) -> String {
    let latest = history(plan)
        .last()
        .and_then(|c| clock::parse_millis(&c.at));
    clock::rfc3339_millis(match latest {
        Some(last) if last >= now_ms => last + 1,
        _ => now_ms,
    })
}

/// What a new check-in must be: a known state, a real time, a short note.
pub fn check_values(values: &BTreeMap<String, String>) -> Result<(), ValidationError> {
    let state = values.get("state").map(String::as_str).unwrap_or("");
    if CheckInState::parse(state).is_none() {
        return Err(ValidationError::BadCheckInState(state.to_string()));
    }
    check_time(values.get("at").map(String::as_str).unwrap_or(""))?;
    let note = values.get("note").map(String::as_str).unwrap_or("");
    crate::validate::check_chars(&format!("{PATH}.note"), note, NOTE_CHARS)
}

/// Every check-in, oldest first. An entry with an unknown state or a
/// malformed time (a newer version's, or junk from a co-writer) is left out,
/// never shown as something it is not.
pub fn history(plan: &Plan) -> Vec<CheckIn> {
    let mut out: Vec<CheckIn> = plan
        .sections
        .get(SECTION)
        .and_then(|s| s.lists.get(LIST))
        .into_iter()
        .flatten()
        .filter_map(|(id, item)| {
            let state = CheckInState::parse(item.get("state"))?;
            check_time(item.get("at")).ok()?;
            Some(CheckIn {
                id: id.clone(),
                state,
                at: item.get("at").to_string(),
                note: item.get("note").to_string(),
            })
        })
        .collect();
    // By the moment (with or without milliseconds), then id.
    out.sort_by_cached_key(|c| (clock::parse_millis(&c.at), c.id.clone()));
    out
}

/// The latest state and when its run began; `None` before the first check-in.
pub fn latest(plan: &Plan) -> Option<CheckInSummary> {
    let all = history(plan);
    let last = all.last()?;
    let since = all
        .iter()
        .rev()
        .take_while(|c| c.state == last.state)
        .last()
        .map(|c| c.at.clone())
        .unwrap_or_else(|| last.at.clone());
    Some(CheckInSummary {
        state: last.state,
        since,
    })
}

/// The id of the one entry a supporter's copy holds.
const SUMMARY_ID: &str = "00000000000000000000000000000000";

/// The record section as a supporter's copy holds it: one entry, the latest
/// state with `at` = since when, no note. `None` before the first check-in.
pub fn summary_for_supporter(plan: &Plan) -> Option<Section> {
    let summary = latest(plan)?;
    let item = Item {
        order: ORDER.to_string(),
        values: [
            ("state".to_string(), summary.state.as_str().to_string()),
            ("at".to_string(), summary.since),
        ]
        .into(),
    };
    let mut section = Section::default();
    section
        .lists
        .insert(LIST.to_string(), [(SUMMARY_ID.to_string(), item)].into());
    Some(section)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_with(entries: &[(&str, &str, &str, &str)]) -> Plan {
        let mut plan = Plan::default();
        let list = plan
            .sections
            .entry(SECTION.into())
            .or_default()
            .lists
            .entry(LIST.into())
            .or_default();
        for (id, state, at, note) in entries {
            list.insert(
                id.to_string(),
                Item {
                    order: ORDER.into(),
                    values: [
                        ("state".to_string(), state.to_string()),
                        ("at".to_string(), at.to_string()),
                        ("note".to_string(), note.to_string()),
                    ]
                    .into(),
                },
            );
        }
        plan
    }

    #[test]
    fn history_is_by_time_and_skips_junk() {
        let plan = plan_with(&[
            ("b", "amber", "2026-12-02T09:00:00Z", "tired"),
            ("a", "green", "2026-12-01T09:00:00Z", ""),
            ("c", "purple", "2026-12-03T09:00:00Z", "junk state"),
            ("d", "red", "yesterday", "junk time"),
        ]);
        let h = history(&plan);
        let got: Vec<(&str, CheckInState)> = h.iter().map(|c| (c.id.as_str(), c.state)).collect();
        assert_eq!(
            got,
            [("a", CheckInState::Green), ("b", CheckInState::Amber)]
        );
        assert_eq!(h[1].note, "tired");
    }

    #[test]
    fn a_new_check_in_is_always_the_latest() {
        let plan = plan_with(&[("a", "red", "2026-12-07T09:00:00.500Z", "")]);
        // The clock behind the latest check-in, or on the same millisecond.
        let now = clock::parse_millis("2026-12-07T09:00:00.500Z").unwrap();
        assert_eq!(next_time(&plan, now), "2026-12-07T09:00:00.501Z");
        assert_eq!(next_time(&plan, now - 5_000), "2026-12-07T09:00:00.501Z");
        assert_eq!(next_time(&plan, now + 1_000), "2026-12-07T09:00:01.500Z");
        assert_eq!(next_time(&Plan::default(), now), "2026-12-07T09:00:00.500Z");
        // Mixed precision sorts by the moment, not the text.
        let mixed = plan_with(&[
            ("a", "green", "2026-12-07T09:00:00Z", ""),
            ("b", "red", "2026-12-07T09:00:00.001Z", ""),
        ]);
        assert_eq!(latest(&mixed).unwrap().state, CheckInState::Red);
    }

    #[test]
    fn latest_says_since_when_the_state_has_held() {
        assert_eq!(latest(&Plan::default()), None);
        let plan = plan_with(&[
            ("a", "amber", "2026-11-28T09:00:00Z", ""),
            ("b", "green", "2026-11-30T09:00:00Z", ""),
            ("c", "amber", "2026-12-01T09:00:00Z", ""),
            ("d", "amber", "2026-12-03T20:00:00Z", "still"),
        ]);
        assert_eq!(
            latest(&plan),
            Some(CheckInSummary {
                state: CheckInState::Amber,
                since: "2026-12-01T09:00:00Z".into()
            })
        );
    }

    #[test]
    fn a_supporter_gets_the_state_and_since_never_the_note() {
        let plan = plan_with(&[
            ("a", "red", "2026-12-01T09:00:00Z", "private words"),
            ("b", "red", "2026-12-02T09:00:00Z", "more private words"),
        ]);
        let section = summary_for_supporter(&plan).unwrap();
        let entries = &section.lists[LIST];
        assert_eq!(entries.len(), 1);
        let item = entries.values().next().unwrap();
        assert_eq!(item.get("state"), "red");
        assert_eq!(item.get("at"), "2026-12-01T09:00:00Z");
        assert_eq!(item.get("note"), "");
        let copy = Plan {
            sections: [(SECTION.to_string(), section)].into(),
            ..Plan::default()
        };
        assert_eq!(latest(&copy).unwrap().since, "2026-12-01T09:00:00Z");
        assert!(summary_for_supporter(&Plan::default()).is_none());
    }

    #[test]
    fn values_are_checked() {
        let ok = |state: &str, at: &str, note: &str| {
            check_values(
                &[
                    ("state".to_string(), state.to_string()),
                    ("at".to_string(), at.to_string()),
                    ("note".to_string(), note.to_string()),
                ]
                .into(),
            )
        };
        assert!(ok("green", "2026-12-07T05:30:00Z", "").is_ok());
        assert!(ok("green", "2026-12-07T05:30:00.250Z", "").is_ok());
        assert!(matches!(
            ok("blue", "2026-12-07T05:30:00Z", ""),
            Err(ValidationError::BadCheckInState(_))
        ));
        for at in [
            "2026-12-07",
            "2026-12-07T25:00:00Z",
            "2026-02-30T05:30:00Z",
            "2026-12-07T05:30:00+01:00",
            "2026-12-07T05:30:00.5Z",
        ] {
            assert!(
                matches!(ok("red", at, ""), Err(ValidationError::BadTime(_))),
                "{at}"
            );
        }
        assert!(matches!(
            ok("amber", "2026-12-07T05:30:00Z", &"x".repeat(NOTE_CHARS + 1)),
            Err(ValidationError::TooLong { .. })
        ));
    }
}
