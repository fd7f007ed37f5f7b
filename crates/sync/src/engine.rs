//! The sharing engine: relationships, publishing, receiving, revoking and own
//! devices. State lives in a [`Store`] (the encrypted vault); transports only
//! move the envelopes [`Engine::outgoing`] makes and [`Engine::receive`] takes.
//!
//! This file holds the state types and the engine's plumbing (state, docs,
//! sealing); the rest is split by concern: `person`, `supporter`, `devices`,
//! `outgoing` and `receive`.

use crate::control::{Control, SignalKind, SupporterKey};
use crate::envelope::{self, Body, Kind};
use crate::error::{Result, SyncError};
use crate::invite::{Invite, InviteKind, DEFAULT_TTL_SECS};
use crate::keys::{
    confirmation_code, hex, normalize_code, root_from_invite, unhex, Direction, Purpose, StoredKey,
    StreamKeys,
};
use crate::replay::SeenSeqs;
use crate::store::{SettingWrite, Store, ACTOR_SETTING};
use crate::{bundle, chunks};
use automerge::{ChangeHash, ReadDoc};
use harbour_crypto::agreement::{Ephemeral, PairingKey};
use harbour_crypto::SecretKey;
use harbour_doc::keys::{self, PLAN_DOC};
use harbour_doc::projection::{self, Doc, Note, Reply};
use harbour_doc::PlanDoc;
use harbour_model::{CrisisStatus, Plan};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

mod devices;
mod outgoing;
mod person;
mod receive;
mod records;
mod supporter;

pub use records::read_state;

/// At most one signal of a kind to one supporter in this many seconds.
pub const SIGNAL_INTERVAL_SECS: u64 = 15 * 60;
const MAX_OUTBOX: usize = 64;
/// At most this many apps may answer one invite or device link; more is an
/// attack on the code (or a link gone far), and every further answer is refused.
pub const MAX_ANSWERS: usize = 8;
const MAX_NOTE: usize = 2000;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    pub device: String,
    pub device_name: String,
    pub supporters: Vec<SupporterRel>,
    pub persons: Vec<PersonRel>,
    pub group: Option<Group>,
    pub links: Vec<LinkRel>,
    /// Sealed envelopes to send again with every bundle (revocations whose
    /// keys are already forgotten).
    pub outbox: Vec<String>,
    /// Seen sequence numbers by `mailbox/sender`.
    pub seen: BTreeMap<String, SeenSeqs>,
    /// This device's last sequence number per mailbox.
    pub seq: BTreeMap<String, u64>,
    pub used_invites: Vec<String>,
    /// People who stopped sharing with me (names), for a plain message.
    pub ended: Vec<String>,
    /// The last acknowledgement or hello sent over the relay, by
    /// `mailbox/kind` (a digest), so an unchanged one is not sent again.
    #[serde(default)]
    pub relay_sent: BTreeMap<String, String>,
}

/// The person's side of a supporter relationship.
#[derive(Clone, Serialize, Deserialize)]
pub struct SupporterRel {
    pub id: String,
    pub name: String,
    pub root: StoredKey,
    pub sections: Vec<String>,
    pub generation: u32,
    pub invite_id: String,
    pub expires_at: u64,
    /// The supporter's device, bound by its first authentic message.
    pub peer: Option<String>,
    /// The one own device that writes this supporter's projection.
    pub publisher: String,
    /// The person agreed to send crisis signals to this supporter.
    pub signals: bool,
    pub acked: Vec<String>,
    pub last_crisis: String,
    pub last_signal: BTreeMap<String, u64>,
    pub pending: Vec<Control>,
    pub created_at: u64,
    pub delivered: bool,
    /// Until the person confirms an answer's code: what finishes the
    /// pairing. `root` is the invite's bootstrap root meanwhile, and nothing
    /// is published.
    #[serde(default)]
    pub pairing: Option<Pairing>,
    /// The apps that answered the invite, each waiting for the person to
    /// type the code it shows ([`Engine::confirm_supporter`]).
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// The confirmed code (kept: it is slow to derive on purpose).
    #[serde(default)]
    pub code: Option<String>,
    /// The supporter's X25519 public key (hex), from their answer: a removed
    /// device of the person's cannot follow a re-key made with it.
    #[serde(default)]
    pub peer_public: Option<String>,
}

/// An app that answered an invite or a device link: the root its answer
/// gives and the code its screen shows. Nothing is sent to it until the
/// person types that code.
#[derive(Clone, Serialize, Deserialize)]
pub struct Answer {
    /// The answering device's id (hex).
    pub sender: String,
    /// Its X25519 public key (hex).
    pub public: String,
    /// The relationship's root if this answer is confirmed (hex).
    pub root: StoredKey,
    pub code: String,
}

impl SupporterRel {
    /// This relationship's stream one way, in its current generation.
    fn stream(&self, dir: Direction) -> Result<StreamKeys> {
        StreamKeys::derive(self.root.key(), Purpose::Supporter, dir, self.generation, 0)
    }
}

/// An invite's bootstrap stream, which carries only the joiner's answer.
fn bootstrap_up(root: &StoredKey, purpose: Purpose) -> Result<StreamKeys> {
    StreamKeys::derive(root.key(), purpose, Direction::Up, 0, 0)
}

/// The inviting side of a pairing that waits for its answer: the invite's
/// secret and the seed of the X25519 key whose public half the invite
/// carries. Both are kept while answers wait (up to [`MAX_ANSWERS`]) and
/// forgotten once the person confirms one.
#[derive(Clone, Serialize, Deserialize)]
pub struct Pairing {
    pub secret: StoredKey,
    pub seed: StoredKey,
}

/// The joining side's answer, sent on the bootstrap stream until the first
/// message under the new root shows the inviter has it.
#[derive(Clone, Serialize, Deserialize)]
pub struct PairHello {
    /// The invite's bootstrap root (hex).
    pub root: StoredKey,
    /// This side's X25519 public key (hex).
    pub public: String,
}

/// The supporter's side: a person who shares with me.
#[derive(Clone, Serialize, Deserialize)]
pub struct PersonRel {
    pub id: String,
    pub name: String,
    pub root: StoredKey,
    pub sections: Vec<String>,
    pub generation: u32,
    pub acked: Vec<String>,
    pub updated_at: Option<u64>,
    pub signals: Vec<(SignalKind, u64)>,
    #[serde(default)]
    pub hello: Option<PairHello>,
    /// The seed of this side's X25519 key (hex), kept so the person can
    /// re-key the relationship when they remove a device of theirs.
    #[serde(default)]
    pub key: Option<StoredKey>,
    /// The code this side showed when it joined (kept: it is slow to derive
    /// on purpose), read to the person until their plan arrives.
    #[serde(default)]
    pub code: Option<String>,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct Group {
    pub root: StoredKey,
    pub epoch: u32,
    pub devices: Vec<DeviceInfo>,
    pub removed: Vec<String>,
    pub acked: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct LinkRel {
    pub root: StoredKey,
    /// True on the new device (it reads Down, writes Up).
    pub joiner: bool,
    pub expires_at: u64,
    pub peer: Option<String>,
    pub pending: Vec<Control>,
    /// The linking device, until the new one answers.
    #[serde(default)]
    pub pairing: Option<Pairing>,
    /// The new device, until the linking one is heard from.
    #[serde(default)]
    pub hello: Option<PairHello>,
    /// The linking device: new devices that answered, until the person types
    /// the code one of them shows ([`Engine::confirm_device`]).
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// The confirmed code (kept: it is slow to derive on purpose).
    #[serde(default)]
    pub code: Option<String>,
}

/// What the linking device gives a new one.
#[derive(Clone, Serialize, Deserialize)]
struct Keyring {
    group: Group,
    supporters: Vec<SupporterRel>,
}

/// `Debug` for a type that holds key material: only the fields named, and
/// never a root, seed or secret (they would end up in logs and panics).
macro_rules! debug_without_secrets {
    ($t:ident { $($f:ident),* }) => {
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($t))
                    $(.field(stringify!($f), &self.$f))*
                    .finish_non_exhaustive()
            }
        }
    };
}

debug_without_secrets!(SupporterRel {
    id,
    name,
    sections,
    generation,
    peer,
    publisher,
    answers
});
debug_without_secrets!(Answer { sender, code });
debug_without_secrets!(Pairing {});
debug_without_secrets!(PairHello { public });
debug_without_secrets!(PersonRel {
    id,
    name,
    sections,
    generation
});
debug_without_secrets!(Group {
    epoch,
    devices,
    removed
});
debug_without_secrets!(LinkRel {
    joiner,
    expires_at,
    peer,
    answers
});
debug_without_secrets!(Keyring { group, supporters });

/// How far a supporter has read what the person shares with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadState {
    /// They have not marked anything as read.
    NotYet,
    /// They read an earlier version; changes came since.
    Earlier,
    /// They read what this device last published to them.
    Latest,
}

/// What a received bundle did, in plain terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub accepted: u32,
    pub duplicates: u32,
    pub not_for_me: u32,
    /// Refused messages, each with its error code and a plain reason.
    pub refused: Vec<(String, String)>,
    /// People whose shared plan was removed because they stopped sharing.
    pub revoked: Vec<String>,
    pub signals: Vec<(String, SignalKind)>,
    /// Supporters whose app answered an invite: they wait for the person to
    /// type the code it shows.
    pub answered: Vec<String>,
    /// A new device answered a device link (it waits for its code).
    pub devices_answered: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invited {
    pub link: String,
    pub expires_at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    pub person: String,
    pub sections: Vec<String>,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revoked {
    pub name: String,
    pub sections: Vec<String>,
    /// Whether anything had reached them (they acknowledged a projection).
    pub had_received: bool,
}

#[derive(Clone, Copy)]
enum Route {
    /// Person side: a supporter's replies and acks.
    SupUp(usize),
    /// Person side: the stream this side writes; anything from others is forged.
    SupDown(usize),
    /// Supporter side: the projection, its acks and control messages.
    PersDown(usize, u32),
    /// Supporter side: the stream this side writes.
    PersUp,
    /// Person side: the answer to an invite, on its bootstrap stream.
    SupHello(usize),
    /// Linking device: the new device's answer.
    LinkHello(usize),
    Group,
    LinkIn(usize),
    LinkOut,
}

fn heads_from_hex(h: &[String]) -> Vec<ChangeHash> {
    h.iter()
        .filter_map(|s| unhex::<32>(s))
        .map(ChangeHash)
        .collect()
}

/// Heads as the reply document keeps them: sorted hex, comma-separated.
fn heads_text(heads: &[ChangeHash]) -> String {
    let mut h: Vec<String> = heads.iter().map(|x| hex(&x.0)).collect();
    h.sort();
    h.join(",")
}

/// The inviting side: a fresh secret and waiting X25519 key, the invite's
/// bootstrap root, and what to keep until the answer.
fn start_pairing() -> Result<(SecretKey, [u8; 32], SecretKey, Pairing)> {
    let secret = SecretKey::generate()?;
    let key = PairingKey::generate()?;
    let public = key.public_key()?;
    let bootstrap = root_from_invite(secret.expose(), None)?;
    let pairing = Pairing {
        secret: StoredKey::from(&secret),
        seed: StoredKey::from(key.seed()),
    };
    Ok((secret, public, bootstrap, pairing))
}

/// The inviting side, when an answer arrives: the root and code it would
/// give. Nothing is admitted here; the person confirms the code later.
fn take_answer(
    p: Option<&Pairing>,
    answers: &[Answer],
    expires_at: u64,
    now: u64,
    sender: &str,
    payload: &[u8],
) -> Result<Option<Answer>> {
    if now > expires_at {
        return Err(SyncError::InviteExpired);
    }
    let p = p.ok_or(SyncError::InviteUsed)?;
    let Some(Control::PairHello { public }) = Control::decode(payload) else {
        return Err(SyncError::Malformed("expected the answer to an invite"));
    };
    // The joiner repeats its answer until the plan comes: the same answer
    // again is no news (and costs no key agreement).
    if answers.iter().any(|a| a.public == public) {
        return Ok(None);
    }
    let theirs = unhex::<32>(&public).ok_or(SyncError::Malformed("bad pairing key"))?;
    let seed = p.seed.key().clone();
    let shared = PairingKey::from_seed(seed)
        .agree(&theirs)
        .map_err(|_| SyncError::InviteInvalid("bad pairing key"))?;
    let secret = p.secret.key().clone();
    let root = root_from_invite(secret.expose(), Some(&shared))?;
    if answers.len() >= MAX_ANSWERS {
        return Err(SyncError::TooManyAnswers);
    }
    Ok(Some(Answer {
        sender: sender.into(),
        public,
        code: confirmation_code(&root)?,
        root: StoredKey::from(root),
    }))
}

/// The one answer whose code is `typed`: none is a mismatch, two or more
/// (someone holding the link made an answer that shows the same code) admit
/// nobody. Each answer comes with the index of what it answered.
fn matching_answer<'a>(
    answers: impl Iterator<Item = (usize, &'a Answer)>,
    typed: &str,
) -> Result<(usize, Answer)> {
    let code = normalize_code(typed).ok_or(SyncError::CodeMismatch)?;
    let mut found: Vec<(usize, &Answer)> = answers.filter(|(_, a)| a.code == code).collect();
    match found.len() {
        0 => Err(SyncError::CodeMismatch),
        1 => {
            let (i, a) = found.remove(0);
            Ok((i, a.clone()))
        }
        _ => Err(SyncError::CodeAmbiguous),
    }
}

/// The joining side: the relationship's root, the answer to send, and the
/// key it was made with (a supporter keeps it for later re-keys; a new
/// device forgets it).
fn answer_invite(inv: &Invite) -> Result<(SecretKey, PairHello, PairingKey)> {
    let theirs = inv
        .x25519
        .ok_or(SyncError::InviteInvalid("made by an older Harbour"))?;
    let mine = PairingKey::generate()?;
    let public = mine.public_key()?;
    let shared = mine
        .agree(&theirs)
        .map_err(|_| SyncError::InviteInvalid("bad pairing key"))?;
    let root = root_from_invite(inv.secret.expose(), Some(&shared))?;
    let bootstrap = root_from_invite(inv.secret.expose(), None)?;
    Ok((
        root,
        PairHello {
            root: StoredKey::from(&bootstrap),
            public: hex(&public),
        },
        mine,
    ))
}

/// A supporter relationship's next root after a device of the person's was
/// removed: the old root with a fresh X25519 agreement mixed in.
fn rekeyed_root(old: &StoredKey, shared: &SecretKey) -> Result<SecretKey> {
    root_from_invite(old.key().expose(), Some(shared))
}

fn new_id() -> Result<String> {
    Ok(hex(&harbour_crypto::random_array::<16>()?))
}

fn refuse(report: &mut Report, e: SyncError) {
    report.refused.push((e.code().to_string(), e.to_string()));
}

pub struct Engine<S: Store> {
    pub store: S,
    pub state: State,
    device: [u8; 16],
    /// The state's records as stored: a save writes only what differs.
    saved: records::Saved,
}

impl<S: Store> Engine<S> {
    /// Loads the sharing state (creating this device's id if needed).
    pub fn open(mut store: S) -> Result<Self> {
        let device = match store.get_setting(ACTOR_SETTING)? {
            Some(a) if a.len() == 16 => {
                let mut d = [0; 16];
                d.copy_from_slice(&a);
                d
            }
            _ => {
                let d = harbour_crypto::random_array::<16>()?;
                store.put_setting(ACTOR_SETTING, &d)?;
                d
            }
        };
        let (mut state, saved) = records::read(&store)?;
        state.device = hex(&device);
        // No default name: words like "this device" would travel to the
        // other devices and be wrong there. The app shows a nameless device
        // in the reader's language.
        let mut engine = Self {
            store,
            state,
            device,
            saved,
        };
        engine.keep_missing_codes()?;
        Ok(engine)
    }

    /// Relationships confirmed before codes were kept get theirs once (it
    /// is slow to derive on purpose), so lists and re-confirmations read it.
    fn keep_missing_codes(&mut self) -> Result<()> {
        let mut missing = 0;
        let supporters = self.state.supporters.iter_mut();
        for s in supporters.filter(|s| s.pairing.is_none() && s.code.is_none()) {
            s.code = Some(confirmation_code(s.root.key())?);
            missing += 1;
        }
        let links = self.state.links.iter_mut();
        for l in links.filter(|l| !l.joiner && l.pairing.is_none() && l.code.is_none()) {
            l.code = Some(confirmation_code(l.root.key())?);
            missing += 1;
        }
        let persons = self.state.persons.iter_mut();
        for p in persons.filter(|p| p.updated_at.is_none() && p.code.is_none()) {
            p.code = Some(confirmation_code(p.root.key())?);
            missing += 1;
        }
        if missing > 0 {
            self.save()?;
        }
        Ok(())
    }

    pub fn device_id(&self) -> String {
        hex(&self.device)
    }

    /// After a restore from a backup: this device takes a new identity (a
    /// new epoch of itself). The backup's sequence counters and Automerge
    /// actor are behind what the old identity already sent, so everyone
    /// would drop its later messages as replays (and a revoke made after the
    /// restore would never arrive); under a new id nothing is a replay. The
    /// device keeps its place: it publishes where it published, stays in its
    /// group under the new id, and says so with its next hello.
    pub fn take_new_identity(&mut self) -> Result<()> {
        let old = self.device_id();
        let device = harbour_crypto::random_array::<16>()?;
        self.store.put_setting(ACTOR_SETTING, &device)?;
        self.device = device;
        let new = self.device_id();
        self.state.device = new.clone();
        for i in 0..self.state.supporters.len() {
            let s = &mut self.state.supporters[i];
            if s.publisher != old {
                continue;
            }
            s.publisher = new.clone();
            if s.pairing.is_none() {
                // The supporter holds edits made after the backup under the
                // old identity; a fresh generation replaces them with what
                // this device has, instead of merging two histories.
                let next = s.generation + 1;
                self.move_generation(i, next, new.clone())?;
            }
        }
        if let Some(g) = self.state.group.as_mut() {
            for d in &mut g.devices {
                if d.id == old {
                    d.id = new.clone();
                }
            }
        }
        // What the relay was told is the old identity's business.
        self.forget_relay_sent();
        self.save()
    }

    /// An invite or device link of `kind`, not expired and not used here
    /// before, with its id (hex) to mark it used.
    fn open_invite(
        &self,
        link: &str,
        kind: InviteKind,
        wrong_kind: &'static str,
        now: u64,
    ) -> Result<(Invite, String)> {
        let inv = Invite::from_link(link)?;
        if inv.kind != kind {
            return Err(SyncError::InviteInvalid(wrong_kind));
        }
        inv.check_expiry(now)?;
        let id_hex = hex(&inv.id);
        if self.state.used_invites.contains(&id_hex) {
            return Err(SyncError::InviteUsed);
        }
        Ok((inv, id_hex))
    }

    /// Moves supporter `i` to `generation`, published by `publisher`: a
    /// fresh document, key and mailbox; the old projection goes.
    fn move_generation(&mut self, i: usize, generation: u32, publisher: String) -> Result<()> {
        let s = &mut self.state.supporters[i];
        let stale = keys::projection(&s.id, s.generation);
        let moved = s.generation != generation;
        s.generation = generation;
        s.publisher = publisher;
        s.acked.clear();
        if moved {
            self.store.delete_doc(&stale)?;
        }
        Ok(())
    }

    /// Keeps a sealed control message (a revoke, a re-key) for every later
    /// bundle and, once, the relay; past [`MAX_OUTBOX`] the oldest go.
    fn queue_outbox(&mut self, env: &[u8]) {
        self.state.outbox.push(hex(env));
        let extra = self.state.outbox.len().saturating_sub(MAX_OUTBOX);
        self.state.outbox.drain(..extra);
    }

    /// Writes what changed in the state since it was read or last saved,
    /// record by record in one transaction (encrypted by the store). If
    /// another writer changed one of those records meanwhile, nothing is
    /// written and the error is the store's `vault_busy`.
    pub fn save(&mut self) -> Result<()> {
        self.save_with(None)
    }

    /// [`Self::save`], and one more setting (`key`, `value`) in the same
    /// transaction: the relay transport's envelopes kept for resending and
    /// the counters and marks that sealed them must never part in a crash.
    pub(crate) fn save_with(&mut self, also: Option<(&str, &[u8])>) -> Result<()> {
        let (mut writes, now) = records::changes(&self.state, &self.saved)?;
        if let Some((key, value)) = also {
            let current = self.store.get_setting(key)?;
            if current.as_deref() != Some(value) {
                writes.push(SettingWrite {
                    key: key.to_owned(),
                    expected: current,
                    value: Some(value.to_vec()),
                });
            }
        }
        if !writes.is_empty() {
            self.store.write_settings(&writes)?;
        }
        self.saved.committed(now);
        Ok(())
    }

    pub fn into_store(self) -> S {
        self.store
    }

    // ------------------------------------------------------------ docs

    pub fn plan_doc(&mut self) -> Result<PlanDoc> {
        match self.store.load_doc(PLAN_DOC)? {
            Some(p) if !p.is_empty() => Ok(PlanDoc::load(
                &p[0],
                p[1..].iter().map(Vec::as_slice),
                &self.device,
            )?),
            _ => {
                let mut d = PlanDoc::new(&self.device)?;
                self.store.save_plan(&d.save(), &d.materialise()?)?;
                Ok(d)
            }
        }
    }

    fn doc(&self, id: &str) -> Result<Option<Doc>> {
        match self.store.load_doc(id)? {
            Some(p) if !p.is_empty() => {
                let mut d = Doc::load(&p[0], &self.device)?;
                for c in &p[1..] {
                    d.apply(c)?;
                }
                Ok(Some(d))
            }
            _ => Ok(None),
        }
    }

    fn doc_or_new(&self, id: &str) -> Result<Doc> {
        Ok(self.doc(id)?.unwrap_or_else(|| Doc::new(&self.device)))
    }

    // ------------------------------------------------------------ seq

    fn next_seq(&mut self, mailbox: &[u8; 16]) -> u64 {
        let s = self.state.seq.entry(hex(mailbox)).or_insert(0);
        *s += 1;
        *s
    }

    fn seal(
        &mut self,
        keys: &StreamKeys,
        kind: Kind,
        heads: Vec<[u8; 32]>,
        payload: Vec<u8>,
    ) -> Result<Vec<u8>> {
        let seq = self.next_seq(&keys.mailbox);
        let body = Body {
            sender: self.device,
            heads,
            payload,
        };
        envelope::seal(keys, kind, seq, &body)
    }
}

fn hex_to_vec(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}
