//! The engine's state on disk, record by record: one sealed setting per
//! supporter, person, sequence counter and replay window, plus one for the
//! group, one for device links and one for the rest. A save writes only the
//! records that changed, in one transaction, each only if the store still
//! holds what this engine read: a stale copy of the state can never write a
//! revoked supporter back or rewind a counter, it fails with `vault_busy`.
//!
//! Older Harbours kept the whole state in one setting (`sync/state`); it is
//! read once and replaced by records in the same transaction.

use super::{Group, LinkRel, PersonRel, State, SupporterRel};
use crate::error::{Result, SyncError};
use crate::replay::SeenSeqs;
use crate::store::{ReadSettings, SettingWrite};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Records by key, as stored.
type Records = BTreeMap<String, Vec<u8>>;

/// Every record's key starts with this.
const PREFIX: &str = "sync/r/";
const META: &str = "sync/r/meta";
const GROUP: &str = "sync/r/group";
const LINKS: &str = "sync/r/links";
const SUPPORTER: &str = "sync/r/supporter/";
const PERSON: &str = "sync/r/person/";
const SEEN: &str = "sync/r/seen/";
const SEQ: &str = "sync/r/seq/";
/// Where older Harbours kept the whole state.
const LEGACY: &str = "sync/state";

/// What is left once supporters, persons, group, links and counters have
/// their own records: small, and changed together.
#[derive(Serialize, Deserialize, Default)]
struct Meta {
    device_name: String,
    outbox: Vec<String>,
    used_invites: Vec<String>,
    ended: Vec<String>,
    relay_sent: BTreeMap<String, String>,
    /// Ids of supporters and persons in the order they were added (their
    /// records are keyed by id), so lists read back as they were.
    supporter_order: Vec<String>,
    person_order: Vec<String>,
}

/// The records as they were read or last written: what a save compares
/// against and what each write expects to find.
#[derive(Default)]
pub(super) struct Saved {
    records: Records,
    /// The old single setting, deleted by the first save.
    legacy: Option<Vec<u8>>,
}

fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| SyncError::StateCorrupt(e.to_string()))
}

fn decode<T: DeserializeOwned>(key: &str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| SyncError::StateCorrupt(format!("{key}: {e}")))
}

/// The state as records, keyed as stored.
fn records(state: &State) -> Result<Records> {
    let mut out = BTreeMap::new();
    let meta = Meta {
        device_name: state.device_name.clone(),
        outbox: state.outbox.clone(),
        used_invites: state.used_invites.clone(),
        ended: state.ended.clone(),
        relay_sent: state.relay_sent.clone(),
        supporter_order: state.supporters.iter().map(|s| s.id.clone()).collect(),
        person_order: state.persons.iter().map(|p| p.id.clone()).collect(),
    };
    out.insert(META.to_owned(), encode(&meta)?);
    if let Some(group) = &state.group {
        out.insert(GROUP.to_owned(), encode(group)?);
    }
    if !state.links.is_empty() {
        out.insert(LINKS.to_owned(), encode(&state.links)?);
    }
    for s in &state.supporters {
        out.insert(format!("{SUPPORTER}{}", s.id), encode(s)?);
    }
    for p in &state.persons {
        out.insert(format!("{PERSON}{}", p.id), encode(p)?);
    }
    for (k, seen) in &state.seen {
        out.insert(format!("{SEEN}{k}"), encode(seen)?);
    }
    for (mailbox, seq) in &state.seq {
        out.insert(format!("{SEQ}{mailbox}"), encode(seq)?);
    }
    Ok(out)
}

/// Rebuilds the state from its records.
fn from_records(records: &Records) -> Result<State> {
    let mut state = State::default();
    let mut order = (Vec::new(), Vec::new());
    let mut supporters: Vec<SupporterRel> = Vec::new();
    let mut persons: Vec<PersonRel> = Vec::new();
    for (key, bytes) in records {
        if key == META {
            let meta: Meta = decode(key, bytes)?;
            state.device_name = meta.device_name;
            state.outbox = meta.outbox;
            state.used_invites = meta.used_invites;
            state.ended = meta.ended;
            state.relay_sent = meta.relay_sent;
            order = (meta.supporter_order, meta.person_order);
        } else if key == GROUP {
            state.group = Some(decode::<Group>(key, bytes)?);
        } else if key == LINKS {
            state.links = decode::<Vec<LinkRel>>(key, bytes)?;
        } else if key.starts_with(SUPPORTER) {
            supporters.push(decode(key, bytes)?);
        } else if key.starts_with(PERSON) {
            persons.push(decode(key, bytes)?);
        } else if let Some(k) = key.strip_prefix(SEEN) {
            state
                .seen
                .insert(k.to_owned(), decode::<SeenSeqs>(key, bytes)?);
        } else if let Some(mailbox) = key.strip_prefix(SEQ) {
            state
                .seq
                .insert(mailbox.to_owned(), decode::<u64>(key, bytes)?);
        } else {
            return Err(SyncError::StateCorrupt(format!("unknown record {key}")));
        }
    }
    let position = |ids: &[String], id: &str| ids.iter().position(|x| x == id);
    supporters.sort_by_key(|s| position(&order.0, &s.id).unwrap_or(usize::MAX));
    persons.sort_by_key(|p| position(&order.1, &p.id).unwrap_or(usize::MAX));
    state.supporters = supporters;
    state.persons = persons;
    Ok(state)
}

/// Reads the state: from its records, or from an older Harbour's single
/// setting (kept in `Saved` to be replaced at the next save).
pub(super) fn read(store: &impl ReadSettings) -> Result<(State, Saved)> {
    let records: Records = store.settings_under(PREFIX)?.into_iter().collect();
    let legacy = store.get_setting(LEGACY)?;
    if records.is_empty() {
        if let Some(old) = legacy {
            let state = decode(LEGACY, &old)?;
            let saved = Saved {
                records,
                legacy: Some(old),
            };
            return Ok((state, saved));
        }
    }
    let state = from_records(&records)?;
    Ok((state, Saved { records, legacy }))
}

/// The state as it is stored, for readers that do not run the engine.
pub fn read_state(store: &impl ReadSettings) -> Result<State> {
    Ok(read(store)?.0)
}

/// The writes that take the stored records from `saved` to `state`, with
/// the records as they will then be.
pub(super) fn changes(state: &State, saved: &Saved) -> Result<(Vec<SettingWrite>, Records)> {
    let now = records(state)?;
    let mut writes = Vec::new();
    for (key, value) in &now {
        let before = saved.records.get(key);
        if before != Some(value) {
            writes.push(SettingWrite {
                key: key.clone(),
                expected: before.cloned(),
                value: Some(value.clone()),
            });
        }
    }
    for (key, before) in &saved.records {
        if !now.contains_key(key) {
            writes.push(SettingWrite {
                key: key.clone(),
                expected: Some(before.clone()),
                value: None,
            });
        }
    }
    if let Some(old) = &saved.legacy {
        writes.push(SettingWrite {
            key: LEGACY.to_owned(),
            expected: Some(old.clone()),
            value: None,
        });
    }
    Ok((writes, now))
}

impl Saved {
    /// After the writes from [`changes`] committed.
    pub(super) fn committed(&mut self, now: Records) {
        self.records = now;
        self.legacy = None;
    }
}
