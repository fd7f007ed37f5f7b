//! The sharing engine: relationships, publishing, receiving, revoking and own
//! devices. State lives in a [`Store`] (the encrypted vault); transports only
//! move the envelopes [`Engine::outgoing`] makes and [`Engine::receive`] takes.

use crate::control::{Control, SignalKind, SupporterKey};
use crate::envelope::{self, Body, Kind};
use crate::error::{Result, SyncError};
use crate::invite::{Invite, InviteKind, DEFAULT_TTL_SECS};
use crate::keys::{
    confirmation_code, hex, normalize_code, root_from_invite, unhex, Direction, Purpose, StreamKeys,
};
use crate::projection::{self, Doc, Note, Reply};
use crate::replay::SeenSeqs;
use crate::store::{Store, ACTOR_SETTING, PLAN_DOC};
use crate::{bundle, chunks};
use automerge::{ChangeHash, ReadDoc};
use harbour_crypto::agreement::{Ephemeral, PairingKey};
use harbour_crypto::SecretKey;
use harbour_doc::PlanDoc;
use harbour_model::{CrisisStatus, Plan};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

const STATE_SETTING: &str = "sync/state";
const SKELETON_ACTOR: &[u8] = b"harbour-skeleton";
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
    pub root: String,
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
    #[serde(default)]
    pub public: String,
    /// The relationship's root if this answer is confirmed (hex).
    pub root: String,
    pub code: String,
    pub at: u64,
}

impl std::fmt::Debug for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Answer")
            .field("sender", &self.sender)
            .field("code", &self.code)
            .field("at", &self.at)
            .finish_non_exhaustive()
    }
}

impl SupporterRel {
    /// This relationship's stream one way, in its current generation.
    fn stream(&self, dir: Direction) -> Result<StreamKeys> {
        StreamKeys::derive(
            &root_of(&self.root)?,
            Purpose::Supporter,
            dir,
            self.generation,
            0,
        )
    }
}

/// An invite's bootstrap stream, which carries only the joiner's answer.
fn bootstrap_up(root: &str, purpose: Purpose) -> Result<StreamKeys> {
    StreamKeys::derive(&root_of(root)?, purpose, Direction::Up, 0, 0)
}

/// The inviting side of a pairing that waits for its answer: the invite's
/// secret and the seed of the X25519 key whose public half the invite
/// carries. Both are forgotten once the answer arrives.
#[derive(Clone, Serialize, Deserialize)]
pub struct Pairing {
    pub secret: String,
    pub seed: String,
}

/// The joining side's answer, sent on the bootstrap stream until the first
/// message under the new root shows the inviter has it.
#[derive(Clone, Serialize, Deserialize)]
pub struct PairHello {
    /// The invite's bootstrap root (hex).
    pub root: String,
    /// This side's X25519 public key (hex).
    pub public: String,
}

/// The supporter's side: a person who shares with me.
#[derive(Clone, Serialize, Deserialize)]
pub struct PersonRel {
    pub id: String,
    pub name: String,
    pub root: String,
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
    pub key: Option<String>,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct Group {
    pub root: String,
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
    pub root: String,
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
    /// Supporters whose invite was answered by more than one app: someone
    /// else may hold the link. The person is warned.
    pub answered_twice: Vec<String>,
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

fn root_of(hex_root: &str) -> Result<SecretKey> {
    unhex::<32>(hex_root)
        .map(SecretKey::from_bytes)
        .ok_or_else(|| SyncError::StateCorrupt("bad root".into()))
}

fn proj_doc_id(id: &str, gen: u32) -> String {
    format!("proj/{id}/{gen}")
}
fn reply_doc_id(id: &str) -> String {
    format!("reply/{id}")
}
fn shared_doc_id(id: &str, gen: u32) -> String {
    format!("shared/{id}/{gen}")
}
fn myreply_doc_id(id: &str) -> String {
    format!("myreply/{id}")
}

/// The inviting side: a fresh secret and waiting X25519 key, the invite's
/// bootstrap root, and what to keep until the answer.
fn start_pairing() -> Result<(SecretKey, [u8; 32], SecretKey, Pairing)> {
    let secret = SecretKey::generate()?;
    let key = PairingKey::generate()?;
    let public = key.public_key()?;
    let bootstrap = root_from_invite(secret.expose(), None)?;
    let pairing = Pairing {
        secret: hex(secret.expose()),
        seed: hex(key.seed().expose()),
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
    let theirs = unhex::<32>(&public).ok_or(SyncError::Malformed("bad pairing key"))?;
    let seed = root_of(&p.seed)?;
    let shared = PairingKey::from_seed(seed)
        .agree(&theirs)
        .map_err(|_| SyncError::InviteInvalid("bad pairing key"))?;
    let secret = root_of(&p.secret)?;
    let root = root_from_invite(secret.expose(), Some(&shared))?;
    let root_hex = hex(root.expose());
    // The joiner repeats its answer until the plan comes: the same answer
    // again is no news.
    if answers.iter().any(|a| a.root == root_hex) {
        return Ok(None);
    }
    if answers.len() >= MAX_ANSWERS {
        return Err(SyncError::TooManyAnswers);
    }
    Ok(Some(Answer {
        sender: sender.into(),
        public,
        code: confirmation_code(&root)?,
        root: root_hex,
        at: now,
    }))
}

/// The one answer whose code is `typed`: none is a mismatch, two or more
/// (someone holding the link made an answer that shows the same code) admit
/// nobody.
fn matching_answer<'a>(answers: impl Iterator<Item = &'a Answer>, typed: &str) -> Result<Answer> {
    let code = normalize_code(typed).ok_or(SyncError::CodeMismatch)?;
    let mut found: Vec<&Answer> = answers.filter(|a| a.code == code).collect();
    match found.len() {
        0 => Err(SyncError::CodeMismatch),
        1 => Ok(found.remove(0).clone()),
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
            root: hex(bootstrap.expose()),
            public: hex(&public),
        },
        mine,
    ))
}

/// A supporter relationship's next root after a device of the person's was
/// removed: the old root with a fresh X25519 agreement mixed in.
fn rekeyed_root(old: &str, shared: &SecretKey) -> Result<SecretKey> {
    root_from_invite(root_of(old)?.expose(), Some(shared))
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
        let mut state: State = match store.get_setting(STATE_SETTING)? {
            Some(b) => {
                serde_json::from_slice(&b).map_err(|e| SyncError::StateCorrupt(e.to_string()))?
            }
            None => State::default(),
        };
        state.device = hex(&device);
        // No default name: words like "this device" would travel to the
        // other devices and be wrong there. The app shows a nameless device
        // in the reader's language.
        Ok(Self {
            store,
            state,
            device,
        })
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
            if s.pairing.is_some() {
                continue;
            }
            // The supporter holds edits made after the backup under the old
            // identity; a fresh generation replaces them with what this
            // device has, instead of merging two histories of one plan.
            let stale = proj_doc_id(&s.id, s.generation);
            s.generation += 1;
            s.acked.clear();
            self.store.delete_doc(&stale)?;
        }
        if let Some(g) = self.state.group.as_mut() {
            for d in &mut g.devices {
                if d.id == old {
                    d.id = new.clone();
                }
            }
        }
        // What the relay was told is the old identity's business.
        self.state.relay_sent.clear();
        self.save()
    }

    /// Writes the state back (encrypted by the store).
    pub fn save(&mut self) -> Result<()> {
        let b =
            serde_json::to_vec(&self.state).map_err(|e| SyncError::StateCorrupt(e.to_string()))?;
        self.store.put_setting(STATE_SETTING, &b)
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
                let d = PlanDoc::new(&self.device)?;
                self.store.save_plan(&d.save(), &d.crisis_view_json()?)?;
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

    // ------------------------------------------------------------ person side

    /// Invites a supporter to see `sections`. Returns the link and code.
    pub fn invite(
        &mut self,
        name: &str,
        sections: &[String],
        signals: bool,
        from: &str,
        now: u64,
    ) -> Result<Invited> {
        let name = name.trim();
        if name.is_empty() || name.len() > 64 || name.chars().any(char::is_control) {
            return Err(SyncError::InviteInvalid("a supporter needs a short name"));
        }
        if self.state.supporters.iter().any(|s| s.name == name) {
            return Err(SyncError::SupporterExists(name.into()));
        }
        let mut secs: Vec<String> = Vec::new();
        for s in sections {
            let s = s.trim();
            if harbour_model::registry::section(s).is_none() {
                return Err(SyncError::UnknownSection(s.into()));
            }
            if !secs.iter().any(|x| x == s) {
                secs.push(s.into());
            }
        }
        if secs.is_empty() {
            return Err(SyncError::InviteInvalid(
                "choose at least one section to share",
            ));
        }
        let (secret, public, bootstrap, pairing) = start_pairing()?;
        let inv = Invite {
            kind: InviteKind::Supporter,
            secret,
            x25519: Some(public),
            expires_at: now + DEFAULT_TTL_SECS,
            id: harbour_crypto::random_array()?,
            sections: secs.clone(),
            from: from.chars().take(64).collect(),
        };
        let link = inv.to_link()?;
        self.state.supporters.push(SupporterRel {
            id: new_id()?,
            name: name.into(),
            root: hex(bootstrap.expose()),
            sections: secs,
            generation: 0,
            invite_id: hex(&inv.id),
            expires_at: inv.expires_at,
            peer: None,
            publisher: self.device_id(),
            signals,
            acked: vec![],
            last_crisis: String::new(),
            last_signal: BTreeMap::new(),
            pending: vec![],
            created_at: now,
            delivered: false,
            pairing: Some(pairing),
            answers: vec![],
            code: None,
            peer_public: None,
        });
        self.save()?;
        Ok(Invited {
            link,
            expires_at: inv.expires_at,
        })
    }

    /// The code the person confirmed for a supporter (none while waiting).
    pub fn supporter_code(&self, name: &str) -> Result<Option<String>> {
        let rel = &self.state.supporters[self.supporter_index(name)?];
        if rel.pairing.is_some() {
            return Ok(None);
        }
        match &rel.code {
            Some(c) => Ok(Some(c.clone())),
            None => Ok(Some(confirmation_code(&root_of(&rel.root)?)?)),
        }
    }

    /// The apps that answered `name`'s invite and wait for the person to
    /// confirm one of them (with the code each shows).
    pub fn supporter_answers(&self, name: &str) -> Result<&[Answer]> {
        Ok(&self.state.supporters[self.supporter_index(name)?].answers)
    }

    /// The person typed the code `name`'s app shows: the answer with that
    /// code becomes the supporter, every other answer is dropped, and only
    /// now does anything get published to them.
    pub fn confirm_supporter(&mut self, name: &str, typed: &str) -> Result<()> {
        let i = self.supporter_index(name)?;
        let rel = &mut self.state.supporters[i];
        if rel.pairing.is_none() {
            // Already confirmed: the same code again is fine, another is not.
            let code = normalize_code(typed).ok_or(SyncError::CodeMismatch)?;
            return match &rel.code {
                Some(c) if *c == code => Ok(()),
                _ => Err(SyncError::CodeMismatch),
            };
        }
        let a = matching_answer(rel.answers.iter(), typed)?;
        rel.root = a.root;
        rel.peer = Some(a.sender);
        rel.peer_public = Some(a.public).filter(|p| !p.is_empty());
        rel.code = Some(a.code);
        rel.pairing = None;
        rel.answers.clear();
        self.save()
    }

    fn supporter_index(&self, name: &str) -> Result<usize> {
        self.state
            .supporters
            .iter()
            .position(|s| s.name == name)
            .ok_or_else(|| SyncError::SupporterNotFound(name.into()))
    }

    /// The reply a supporter sent (empty until they sync).
    pub fn supporter_reply(&self, name: &str) -> Result<Reply> {
        let i = self.supporter_index(name)?;
        match self.doc(&reply_doc_id(&self.state.supporters[i].id))? {
            Some(d) => projection::reply(&d),
            None => Ok(Reply::default()),
        }
    }

    /// How far `name` has read their shared plan, as their last reply says;
    /// `None` when another of the person's devices publishes to them, so
    /// this one cannot compare.
    pub fn supporter_read(&self, name: &str) -> Result<Option<ReadState>> {
        let rel = &self.state.supporters[self.supporter_index(name)?];
        let read = self.supporter_reply(name)?.read_up_to;
        if read.is_empty() {
            return Ok(Some(ReadState::NotYet));
        }
        let Some(d) = self.doc(&proj_doc_id(&rel.id, rel.generation))? else {
            return Ok(None);
        };
        Ok(Some(if read == heads_text(&d.heads()) {
            ReadState::Latest
        } else {
            ReadState::Earlier
        }))
    }

    /// Narrows or widens a share. Narrowing starts a new generation: a fresh
    /// document, key and mailbox, so removed sections are not in its history.
    pub fn reshare(&mut self, name: &str, sections: &[String]) -> Result<()> {
        let i = self.supporter_index(name)?;
        for s in sections {
            if harbour_model::registry::section(s).is_none() {
                return Err(SyncError::UnknownSection(s.clone()));
            }
        }
        let rel = &mut self.state.supporters[i];
        let narrowed = rel.sections.iter().any(|s| !sections.contains(s));
        rel.sections = sections.to_vec();
        if narrowed {
            let old = proj_doc_id(&rel.id, rel.generation);
            rel.generation += 1;
            rel.acked.clear();
            rel.publisher = hex(&self.device);
            self.store.delete_doc(&old)?;
        }
        self.save()
    }

    /// Stops sharing with a supporter: seals a revoke message (sent with the
    /// next bundles), forgets the secret and deletes their documents.
    pub fn revoke(&mut self, name: &str) -> Result<Revoked> {
        let i = self.supporter_index(name)?;
        let rel = self.state.supporters[i].clone();
        // Before their app answered nothing was sent, and nothing can be.
        if rel.pairing.is_none() {
            let keys = rel.stream(Direction::Down)?;
            let env = self.seal(&keys, Kind::Control, vec![], Control::Revoke.encode())?;
            self.state.outbox.push(hex(&env));
            if self.state.outbox.len() > MAX_OUTBOX {
                self.state.outbox.remove(0);
            }
        }
        self.state.supporters.remove(i);
        self.store
            .delete_doc(&proj_doc_id(&rel.id, rel.generation))?;
        self.store.delete_doc(&reply_doc_id(&rel.id))?;
        self.save()?;
        Ok(Revoked {
            name: rel.name,
            sections: rel.sections,
            had_received: rel.delivered,
        })
    }

    /// "Ask for help": a content-free signal to every supporter who agreed.
    /// Returns how many supporters it will reach.
    pub fn ask_for_help(&mut self, now: u64) -> Result<usize> {
        let mut queued = 0;
        let mut limited = 0;
        for i in 0..self.state.supporters.len() {
            match self.queue_signal(i, SignalKind::AskForHelp, now)? {
                Some(true) => queued += 1,
                Some(false) => limited += 1,
                None => {}
            }
        }
        if queued == 0 && limited > 0 {
            return Err(SyncError::RateLimited);
        }
        self.save()?;
        Ok(queued)
    }

    /// `None`: not opted in; `Some(false)`: rate-limited; `Some(true)`: queued.
    fn queue_signal(&mut self, i: usize, kind: SignalKind, now: u64) -> Result<Option<bool>> {
        let rel = &self.state.supporters[i];
        if !rel.signals {
            return Ok(None);
        }
        let ok = match self.doc(&reply_doc_id(&rel.id))? {
            Some(d) => projection::reply(&d)?.signals_ok,
            None => false,
        };
        if !ok {
            return Ok(None);
        }
        let rel = &mut self.state.supporters[i];
        if let Some(&last) = rel.last_signal.get(kind.as_str()) {
            if now < last + SIGNAL_INTERVAL_SECS {
                return Ok(Some(false));
            }
        }
        rel.last_signal.insert(kind.as_str().into(), now);
        rel.pending.push(Control::Signal { kind, at: now });
        Ok(Some(true))
    }

    // ------------------------------------------------------------ supporter side

    /// Accepts an invite (link text).
    pub fn join(&mut self, link: &str, now: u64) -> Result<Joined> {
        let inv = Invite::from_link(link)?;
        if inv.kind != InviteKind::Supporter {
            return Err(SyncError::InviteInvalid(
                "this is a device link; use devices join",
            ));
        }
        inv.check_expiry(now)?;
        let id_hex = hex(&inv.id);
        if self.state.used_invites.contains(&id_hex) {
            return Err(SyncError::InviteUsed);
        }
        let (root, hello, key) = answer_invite(&inv)?;
        let mut name = if inv.from.trim().is_empty() {
            "Someone".to_string()
        } else {
            inv.from.trim().to_string()
        };
        let mut n = 2;
        while self.state.persons.iter().any(|p| p.name == name) {
            name = format!("{} ({n})", inv.from.trim());
            n += 1;
        }
        let id = new_id()?;
        self.state.used_invites.push(id_hex);
        self.state.persons.push(PersonRel {
            id: id.clone(),
            name: name.clone(),
            root: hex(root.expose()),
            sections: inv.sections.clone(),
            generation: 0,
            acked: vec![],
            updated_at: None,
            signals: vec![],
            hello: Some(hello),
            key: Some(hex(key.seed().expose())),
        });
        let mut reply = Doc::new(&self.device);
        projection::set_reply(
            &mut reply,
            &Reply {
                role_accepted: true,
                ..Reply::default()
            },
            now as i64,
        )?;
        self.store.save_doc(&myreply_doc_id(&id), &reply.save())?;
        self.save()?;
        Ok(Joined {
            person: name,
            sections: inv.sections,
            code: confirmation_code(&root)?,
        })
    }

    fn person_index(&self, name: &str) -> Result<usize> {
        self.state
            .persons
            .iter()
            .position(|p| p.name == name)
            .ok_or_else(|| SyncError::PersonNotFound(name.into()))
    }

    /// What `name` shares with me (only the shared sections are present).
    pub fn shared_plan(&self, name: &str) -> Result<Plan> {
        let p = &self.state.persons[self.person_index(name)?];
        match self.doc(&shared_doc_id(&p.id, p.generation))? {
            Some(d) => projection::projection_plan(&d),
            None => Ok(Plan::default()),
        }
    }

    /// "I have read it": my reply tells `name` which version I read.
    pub fn mark_read(&mut self, name: &str, now: u64) -> Result<()> {
        let p = &self.state.persons[self.person_index(name)?];
        let Some(shared) = self.doc(&shared_doc_id(&p.id, p.generation))? else {
            return Ok(()); // nothing has arrived to read
        };
        let id = myreply_doc_id(&p.id);
        let mut d = self.doc_or_new(&id)?;
        let mut r = projection::reply(&d)?;
        r.read_up_to = heads_text(&shared.heads());
        if projection::set_reply(&mut d, &r, now as i64)? {
            self.store.save_doc(&id, &d.save())?;
        }
        Ok(())
    }

    /// Changes my reply to `name` (adds a note, sets availability or consent).
    pub fn reply(
        &mut self,
        name: &str,
        note: Option<&str>,
        availability: Option<&str>,
        signals_ok: Option<bool>,
        now: u64,
    ) -> Result<()> {
        let i = self.person_index(name)?;
        let id = myreply_doc_id(&self.state.persons[i].id);
        let mut d = self.doc_or_new(&id)?;
        let mut r = projection::reply(&d)?;
        if let Some(t) = note {
            if t.trim().is_empty() || t.len() > MAX_NOTE {
                return Err(SyncError::InviteInvalid("a reply is 1 to 2000 characters"));
            }
            r.notes.insert(
                new_id()?,
                Note {
                    at: now,
                    text: t.into(),
                },
            );
        }
        if let Some(a) = availability {
            r.availability = a.chars().take(MAX_NOTE).collect();
        }
        if let Some(s) = signals_ok {
            r.signals_ok = s;
        }
        r.role_accepted = true;
        if projection::set_reply(&mut d, &r, now as i64)? {
            self.store.save_doc(&id, &d.save())?;
        }
        Ok(())
    }

    // ------------------------------------------------------------ own devices

    fn ensure_group(&mut self) -> Result<&mut Group> {
        if self.state.group.is_none() {
            self.state.group = Some(Group {
                root: hex(SecretKey::generate()?.expose()),
                epoch: 0,
                devices: vec![DeviceInfo {
                    id: self.device_id(),
                    name: self.state.device_name.clone(),
                }],
                removed: vec![],
                acked: BTreeMap::new(),
            });
        }
        self.state
            .group
            .as_mut()
            .ok_or_else(|| SyncError::StateCorrupt("no group".into()))
    }

    /// Starts linking a new own device; returns the code to type or scan there.
    pub fn device_link(&mut self, now: u64) -> Result<String> {
        self.ensure_group()?;
        let (secret, public, bootstrap, pairing) = start_pairing()?;
        let inv = Invite {
            kind: InviteKind::Device,
            secret,
            x25519: Some(public),
            expires_at: now + 3600,
            id: harbour_crypto::random_array()?,
            sections: vec![],
            from: String::new(),
        };
        self.state.links.push(LinkRel {
            root: hex(bootstrap.expose()),
            joiner: false,
            expires_at: inv.expires_at,
            peer: None,
            pending: vec![],
            pairing: Some(pairing),
            hello: None,
            answers: vec![],
            code: None,
        });
        self.save()?;
        inv.to_link()
    }

    /// On the new device: accepts a link code. The plan and keyring arrive
    /// with the next bundle from the linking device.
    pub fn device_join(&mut self, code: &str, name: &str, now: u64) -> Result<String> {
        let inv = Invite::from_link(code)?;
        if inv.kind != InviteKind::Device {
            return Err(SyncError::InviteInvalid(
                "this is a supporter invite; use join",
            ));
        }
        inv.check_expiry(now)?;
        let id_hex = hex(&inv.id);
        if self.state.used_invites.contains(&id_hex) {
            return Err(SyncError::InviteUsed);
        }
        let (root, hello, _) = answer_invite(&inv)?;
        self.state.used_invites.push(id_hex);
        if !name.trim().is_empty() {
            self.state.device_name = name.trim().chars().take(64).collect();
        }
        self.state.links.push(LinkRel {
            root: hex(root.expose()),
            joiner: true,
            expires_at: inv.expires_at,
            peer: None,
            pending: vec![],
            pairing: None,
            hello: Some(hello),
            answers: vec![],
            code: None,
        });
        self.save()?;
        confirmation_code(&root)
    }

    /// The code this app shows for a person who invited it, until their
    /// plan first arrives (they type it to let it in); then none.
    pub fn person_code(&self, name: &str) -> Result<Option<String>> {
        match self.state.persons.iter().find(|p| p.name == name) {
            Some(p) if p.updated_at.is_none() => Ok(Some(confirmation_code(&root_of(&p.root)?)?)),
            _ => Ok(None),
        }
    }

    /// The confirmation code of a device this one linked, once the person
    /// confirmed it (the new device showed the same code when it joined).
    pub fn device_code(&self, id: &str) -> Result<Option<String>> {
        match self
            .state
            .links
            .iter()
            .find(|l| !l.joiner && l.pairing.is_none() && l.peer.as_deref() == Some(id))
        {
            Some(l) => match &l.code {
                Some(c) => Ok(Some(c.clone())),
                None => Ok(Some(confirmation_code(&root_of(&l.root)?)?)),
            },
            None => Ok(None),
        }
    }

    /// New devices that answered a device link from this one and wait for
    /// the person to type the code one of them shows.
    pub fn device_answers(&self, now: u64) -> Vec<Answer> {
        self.state
            .links
            .iter()
            .filter(|l| l.pairing.is_some() && now <= l.expires_at)
            .flat_map(|l| l.answers.iter().cloned())
            .collect()
    }

    /// The person typed the code a new device shows: that device is sent
    /// the keyring and the plan; every other answer to its link is dropped.
    pub fn confirm_device(&mut self, typed: &str, now: u64) -> Result<String> {
        let waiting = self
            .state
            .links
            .iter()
            .filter(|l| l.pairing.is_some() && now <= l.expires_at);
        let a = matching_answer(waiting.flat_map(|l| l.answers.iter()), typed)?;
        let l = self
            .state
            .links
            .iter_mut()
            .find(|l| l.answers.iter().any(|x| x.root == a.root))
            .ok_or_else(|| SyncError::StateCorrupt("lost answer".into()))?;
        l.root = a.root;
        l.peer = Some(a.sender.clone());
        l.code = Some(a.code);
        l.pairing = None;
        l.answers.clear();
        self.save()?;
        Ok(a.sender)
    }

    pub fn devices(&self) -> Vec<DeviceInfo> {
        match &self.state.group {
            Some(g) => g.devices.clone(),
            None => vec![DeviceInfo {
                id: self.device_id(),
                name: self.state.device_name.clone(),
            }],
        }
    }

    /// Removes a lost device: a new group key (sent only over pairwise link
    /// streams it cannot read), and a new generation for each supporter
    /// whose projection it published.
    pub fn device_remove(&mut self, id_prefix: &str) -> Result<DeviceInfo> {
        let me = self.device_id();
        let g = self
            .state
            .group
            .as_mut()
            .ok_or_else(|| SyncError::DeviceNotFound(id_prefix.into()))?;
        let pos = g
            .devices
            .iter()
            .position(|d| d.id != me && (d.id.starts_with(id_prefix) || d.name == id_prefix))
            .filter(|_| !id_prefix.is_empty())
            .ok_or_else(|| SyncError::DeviceNotFound(id_prefix.into()))?;
        let gone = g.devices.remove(pos);
        g.removed.push(gone.id.clone());
        g.acked.remove(&gone.id);
        g.epoch += 1;
        g.root = hex(SecretKey::generate()?.expose());
        let (group_root, epoch) = (g.root.clone(), g.epoch);
        let supporters = self.rekey_supporters()?;
        let rekey = Control::Rekey {
            removed: gone.id.clone(),
            root: group_root,
            epoch,
            supporters,
        };
        for l in &mut self.state.links {
            if l.peer.as_deref().is_some_and(|p| p != gone.id) {
                l.pending.push(rekey.clone());
            }
        }
        self.state
            .links
            .retain(|l| l.peer.as_deref() != Some(&gone.id));
        self.save()?;
        Ok(gone)
    }

    /// Moves every confirmed supporter relationship to a new root the
    /// removed device cannot derive, in a new generation published by this
    /// device. The supporter is told on the old stream (sent like a revoke);
    /// the new roots go to the remaining own devices with the group's.
    fn rekey_supporters(&mut self) -> Result<Vec<SupporterKey>> {
        let me = self.device_id();
        let mut keys = Vec::new();
        for i in 0..self.state.supporters.len() {
            let rel = self.state.supporters[i].clone();
            if rel.pairing.is_some() {
                continue; // nothing was ever sent; the invite is re-made if need be
            }
            let old = proj_doc_id(&rel.id, rel.generation);
            let generation = rel.generation + 1;
            if let Some(theirs) = rel.peer_public.as_deref().and_then(unhex::<32>) {
                let mine = Ephemeral::generate()?;
                let public = hex(&mine.public_key());
                let shared = mine
                    .agree(&theirs)
                    .map_err(|_| SyncError::StateCorrupt("bad supporter key".into()))?;
                let root = rekeyed_root(&rel.root, &shared)?;
                let tell = Control::SupporterRekey { public, generation };
                let env = self.seal(
                    &rel.stream(Direction::Down)?,
                    Kind::Control,
                    vec![],
                    tell.encode(),
                )?;
                self.state.outbox.push(hex(&env));
                self.state.supporters[i].root = hex(root.expose());
            }
            // Without their key (a relationship from an older Harbour) only
            // the generation moves on: the removed device could follow.
            let s = &mut self.state.supporters[i];
            s.generation = generation;
            s.publisher = me.clone();
            s.acked.clear();
            self.store.delete_doc(&old)?;
            keys.push(SupporterKey {
                id: s.id.clone(),
                root: s.root.clone(),
                generation,
            });
        }
        let extra = self.state.outbox.len().saturating_sub(MAX_OUTBOX);
        self.state.outbox.drain(..extra);
        Ok(keys)
    }

    // ------------------------------------------------------------ outgoing

    /// Every envelope this device has to send now (for a bundle: all of it).
    pub fn outgoing(&mut self, now: u64) -> Result<Vec<Vec<u8>>> {
        self.outgoing_for(now, false)
    }

    /// What to send through the relay: as [`Self::outgoing`], less the
    /// acknowledgements, hellos and revocations the relay already has. The
    /// state is not saved: the caller stores the envelopes for resending,
    /// then calls [`Self::save`].
    pub fn outgoing_for_relay(&mut self, now: u64) -> Result<Vec<Vec<u8>>> {
        self.outgoing_for(now, true)
    }

    /// A new relay: what it has is nothing.
    pub(crate) fn forget_relay_sent(&mut self) {
        self.state.relay_sent.clear();
    }

    fn outgoing_for(&mut self, now: u64, relay: bool) -> Result<Vec<Vec<u8>>> {
        // Revocations: in every bundle (files get lost), but to the relay
        // once (the relay transport keeps it pending until the relay has
        // it). Sent on every sync, a revoke filled its mailbox until the
        // relay refused it, and with it the whole sync.
        let mut out: Vec<Vec<u8>> = Vec::new();
        for h in &self.state.outbox {
            let Some(env) = hex_to_vec(h) else { continue };
            if relay {
                let key = format!("outbox/{}", hex(&harbour_crypto::sha256(&env)));
                if self.state.relay_sent.insert(key, String::new()).is_some() {
                    continue;
                }
            }
            out.push(env);
        }
        let plan_doc = self.plan_doc()?;
        let plan = plan_doc.plan()?;
        let me = self.device_id();
        for i in 0..self.state.supporters.len() {
            let rel = self.state.supporters[i].clone();
            if rel.pairing.is_some() {
                continue; // nothing until their app has answered
            }
            let keys = rel.stream(Direction::Down)?;
            if rel.publisher == me {
                let id = proj_doc_id(&rel.id, rel.generation);
                let mut d = self.doc_or_new(&id)?;
                if projection::update_projection(&mut d, &plan, &rel.sections, now as i64)? {
                    self.store.save_doc(&id, &d.save())?;
                }
                // Crisis signal when the plan became active.
                let status = plan.crisis_state.status;
                if rel.sections.iter().any(|s| s == "crisis")
                    && status == CrisisStatus::Active
                    && self.state.supporters[i].last_crisis != status.as_str()
                {
                    self.queue_signal(i, SignalKind::CrisisPlanActivated, now)?;
                }
                self.state.supporters[i].last_crisis = status.as_str().into();
                let payload = d.changes_after(&heads_from_hex(&rel.acked));
                if !payload.is_empty() {
                    let heads = d.heads().iter().map(|h| h.0).collect();
                    out.extend(self.seal_for(
                        &keys,
                        Kind::ProjectionChanges,
                        heads,
                        payload,
                        relay,
                    )?);
                }
            }
            if let Some(r) = self.doc(&reply_doc_id(&rel.id))? {
                let heads = r.heads().iter().map(|h| h.0).collect();
                out.extend(self.seal_for(&keys, Kind::Ack, heads, vec![], relay)?);
            }
            let pending = std::mem::take(&mut self.state.supporters[i].pending);
            for c in pending {
                out.push(self.seal(&keys, Kind::Control, vec![], c.encode())?);
            }
        }
        for i in 0..self.state.persons.len() {
            let rel = self.state.persons[i].clone();
            if let Some(h) = &rel.hello {
                out.extend(self.seal_hello(h, Purpose::Supporter, relay)?);
            }
            let root = root_of(&rel.root)?;
            let keys =
                StreamKeys::derive(&root, Purpose::Supporter, Direction::Up, rel.generation, 0)?;
            let r = self.doc_or_new(&myreply_doc_id(&rel.id))?;
            let payload = r.changes_after(&heads_from_hex(&rel.acked));
            if !payload.is_empty() {
                let heads = r.heads().iter().map(|h| h.0).collect();
                out.extend(self.seal_for(&keys, Kind::ReplyChanges, heads, payload, relay)?);
            }
            let proj_heads = match self.doc(&shared_doc_id(&rel.id, rel.generation))? {
                Some(d) => d.heads().iter().map(|h| h.0).collect(),
                None => vec![],
            };
            out.extend(self.seal_for(&keys, Kind::Ack, proj_heads, vec![], relay)?);
        }
        if let Some(g) = self.state.group.clone() {
            let keys = StreamKeys::derive(
                &root_of(&g.root)?,
                Purpose::Devices,
                Direction::Down,
                0,
                g.epoch,
            )?;
            let others: Vec<&DeviceInfo> = g.devices.iter().filter(|d| d.id != me).collect();
            let am = plan_doc.automerge();
            let mut missing: BTreeSet<ChangeHash> = BTreeSet::new();
            for d in &others {
                let acked = heads_from_hex(g.acked.get(&d.id).map(Vec::as_slice).unwrap_or(&[]));
                let known: Vec<ChangeHash> = acked
                    .into_iter()
                    .filter(|h| am.get_change_by_hash(h).is_some())
                    .collect();
                missing.extend(am.get_changes(&known).iter().map(|c| c.hash()));
            }
            if !missing.is_empty() {
                let mut payload = Vec::new();
                for c in am.get_changes(&[]) {
                    if missing.contains(&c.hash()) {
                        payload.extend_from_slice(c.raw_bytes());
                    }
                }
                let heads = plan_doc.heads().iter().map(|h| h.0).collect();
                out.extend(self.seal_for(&keys, Kind::PlanChanges, heads, payload, relay)?);
            }
            let heads = plan_doc.heads().iter().map(|h| h.0).collect();
            out.extend(self.seal_for(&keys, Kind::Ack, heads, vec![], relay)?);
            let hello = Control::DeviceHello {
                name: self.state.device_name.clone(),
            };
            out.extend(self.seal_for(&keys, Kind::Control, vec![], hello.encode(), relay)?);
        }
        for i in 0..self.state.links.len() {
            let l = self.state.links[i].clone();
            if (now > l.expires_at && l.peer.is_none()) || l.pairing.is_some() {
                continue;
            }
            if let Some(h) = &l.hello {
                out.extend(self.seal_hello(h, Purpose::Link, relay)?);
            }
            let root = root_of(&l.root)?;
            let dir = if l.joiner {
                Direction::Up
            } else {
                Direction::Down
            };
            let keys = StreamKeys::derive(&root, Purpose::Link, dir, 0, 0)?;
            if l.joiner {
                let hello = Control::DeviceHello {
                    name: self.state.device_name.clone(),
                };
                out.extend(self.seal_for(&keys, Kind::Control, vec![], hello.encode(), relay)?);
            } else if let Some(g) = self.state.group.clone() {
                let joined = l
                    .peer
                    .as_ref()
                    .is_some_and(|p| g.devices.iter().any(|d| &d.id == p));
                if !joined {
                    let kr = Keyring {
                        group: g,
                        supporters: self.state.supporters.clone(),
                    };
                    let keyring = serde_json::to_value(&kr)
                        .map_err(|e| SyncError::StateCorrupt(e.to_string()))?;
                    out.extend(self.seal_for(
                        &keys,
                        Kind::Control,
                        vec![],
                        Control::Keyring { keyring }.encode(),
                        relay,
                    )?);
                    let heads = plan_doc.heads().iter().map(|h| h.0).collect();
                    out.extend(self.seal_for(
                        &keys,
                        Kind::PlanChanges,
                        heads,
                        plan_doc.save_after(&[]),
                        relay,
                    )?);
                }
            }
            let pending = std::mem::take(&mut self.state.links[i].pending);
            for c in pending {
                out.push(self.seal(&keys, Kind::Control, vec![], c.encode())?);
            }
        }
        // Over the relay the caller saves, once what was sealed is stored
        // for resending: marked sent first, a crash between would lose it.
        if !relay {
            self.save()?;
        }
        Ok(out)
    }

    /// Seals what is resent until the other side acknowledges it (changes),
    /// or says where this side stands (acknowledgements, hellos). A bundle
    /// carries it every time (files get lost); the relay keeps what it has,
    /// so over the relay the same thing goes once: else every sync would
    /// pile copies on the relay, and two apps waiting on each other would
    /// wake each other for ever.
    fn seal_for(
        &mut self,
        keys: &StreamKeys,
        kind: Kind,
        heads: Vec<[u8; 32]>,
        payload: Vec<u8>,
        relay: bool,
    ) -> Result<Option<Vec<u8>>> {
        let key = format!("{}/{kind:?}", hex(&keys.mailbox));
        let mut said = heads.concat();
        said.extend_from_slice(&payload);
        let digest = hex(&harbour_crypto::sha256(&said));
        if relay && self.state.relay_sent.get(&key) == Some(&digest) {
            return Ok(None);
        }
        let env = self.seal(keys, kind, heads, payload)?;
        if relay {
            self.state.relay_sent.insert(key, digest);
        }
        Ok(Some(env))
    }

    /// The answer to an invite, on the invite's bootstrap stream.
    fn seal_hello(
        &mut self,
        h: &PairHello,
        purpose: Purpose,
        relay: bool,
    ) -> Result<Option<Vec<u8>>> {
        let keys = bootstrap_up(&h.root, purpose)?;
        let c = Control::PairHello {
            public: h.public.clone(),
        };
        self.seal_for(&keys, Kind::Control, vec![], c.encode(), relay)
    }

    /// A bundle file's bytes with everything to send.
    pub fn bundle_out(&mut self, now: u64) -> Result<Vec<u8>> {
        let envs = self.outgoing(now)?;
        bundle::encode(&envs)
    }

    // ------------------------------------------------------------ incoming

    fn routes(&self) -> Result<BTreeMap<[u8; 16], (Route, StreamKeys)>> {
        let mut m = BTreeMap::new();
        for (i, s) in self.state.supporters.iter().enumerate() {
            if s.pairing.is_some() {
                let k = bootstrap_up(&s.root, Purpose::Supporter)?;
                m.insert(k.mailbox, (Route::SupHello(i), k));
                continue;
            }
            let up = s.stream(Direction::Up)?;
            m.insert(up.mailbox, (Route::SupUp(i), up));
            let down = s.stream(Direction::Down)?;
            m.insert(down.mailbox, (Route::SupDown(i), down));
        }
        for (i, p) in self.state.persons.iter().enumerate() {
            if let Some(h) = &p.hello {
                let k = bootstrap_up(&h.root, Purpose::Supporter)?;
                m.insert(k.mailbox, (Route::PersUp, k));
            }
            let root = root_of(&p.root)?;
            for g in [p.generation, p.generation + 1] {
                let down = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, g, 0)?;
                m.insert(down.mailbox, (Route::PersDown(i, g), down));
            }
            let up = StreamKeys::derive(&root, Purpose::Supporter, Direction::Up, p.generation, 0)?;
            m.insert(up.mailbox, (Route::PersUp, up));
        }
        if let Some(g) = &self.state.group {
            let k = StreamKeys::derive(
                &root_of(&g.root)?,
                Purpose::Devices,
                Direction::Down,
                0,
                g.epoch,
            )?;
            m.insert(k.mailbox, (Route::Group, k));
        }
        for (i, l) in self.state.links.iter().enumerate() {
            if l.pairing.is_some() {
                let k = bootstrap_up(&l.root, Purpose::Link)?;
                m.insert(k.mailbox, (Route::LinkHello(i), k));
                continue;
            }
            if let Some(h) = &l.hello {
                let k = bootstrap_up(&h.root, Purpose::Link)?;
                m.insert(k.mailbox, (Route::LinkOut, k));
            }
            let root = root_of(&l.root)?;
            let (inn, outd) = if l.joiner {
                (Direction::Down, Direction::Up)
            } else {
                (Direction::Up, Direction::Down)
            };
            let k = StreamKeys::derive(&root, Purpose::Link, inn, 0, 0)?;
            m.insert(k.mailbox, (Route::LinkIn(i), k));
            let k = StreamKeys::derive(&root, Purpose::Link, outd, 0, 0)?;
            m.insert(k.mailbox, (Route::LinkOut, k));
        }
        Ok(m)
    }

    /// Every mailbox this device reads or writes now, with the relay write
    /// token of its stream (for the relay transport).
    pub fn mailboxes(&self) -> Result<Vec<([u8; 16], [u8; 32])>> {
        Ok(self
            .routes()?
            .into_iter()
            .map(|(m, (_, k))| (m, k.write_token))
            .collect())
    }

    /// Reads a bundle file's bytes.
    pub fn bundle_in(&mut self, bytes: &[u8], now: u64) -> Result<Report> {
        let envs: Vec<Vec<u8>> = bundle::decode(bytes)?
            .into_iter()
            .map(<[u8]>::to_vec)
            .collect();
        self.receive(&envs, now)
    }

    /// Takes envelopes from any transport. One bad envelope never stops the
    /// others; each refusal is reported.
    pub fn receive(&mut self, envs: &[Vec<u8>], now: u64) -> Result<Report> {
        let mut report = Report::default();
        for e in envs {
            let header = match envelope::peek(e) {
                Ok(h) => h,
                Err(err) => {
                    refuse(&mut report, err);
                    continue;
                }
            };
            // Routes change as messages arrive (a keyring, a new generation).
            let routes = self.routes()?;
            let Some((route, keys)) = routes.get(&header.mailbox).cloned() else {
                report.not_for_me += 1;
                continue;
            };
            let (h, body) = match envelope::open(&keys, e) {
                Ok(x) => x,
                Err(err) => {
                    refuse(&mut report, err);
                    continue;
                }
            };
            let seen_key = format!("{}/{}", hex(&h.mailbox), hex(&body.sender));
            if self
                .state
                .seen
                .get(&seen_key)
                .is_some_and(|s| s.contains(h.seq))
            {
                report.duplicates += 1;
                continue;
            }
            match self.dispatch(route, h.kind, &body, now, &mut report) {
                Ok(()) => {
                    self.state.seen.entry(seen_key).or_default().insert(h.seq);
                    report.accepted += 1;
                }
                Err(err) => refuse(&mut report, err),
            }
        }
        self.save()?;
        Ok(report)
    }

    fn check_actors(&self, payload: &[u8], allowed: &dyn Fn(&[u8]) -> bool) -> Result<()> {
        for a in chunks::actors(payload)? {
            if !allowed(&a) {
                return Err(SyncError::WriteRefused(
                    "a change was made by someone who may not write this document".into(),
                ));
            }
        }
        Ok(())
    }

    fn dispatch(
        &mut self,
        route: Route,
        kind: Kind,
        body: &Body,
        now: u64,
        report: &mut Report,
    ) -> Result<()> {
        let sender = hex(&body.sender);
        let me = self.device_id();
        let heads: Vec<String> = body.heads.iter().map(|h| hex(h)).collect();
        match route {
            Route::SupDown(i) => {
                if sender == me || self.is_own_device(&sender) {
                    return Ok(());
                }
                Err(SyncError::WriteRefused(format!(
                    "someone tried to write the plan you share with {}",
                    self.state.supporters[i].name
                )))
            }
            Route::PersUp => {
                if sender == me {
                    return Ok(());
                }
                Err(SyncError::WriteRefused(
                    "someone tried to write your reply".into(),
                ))
            }
            Route::SupHello(i) => {
                let rel = &mut self.state.supporters[i];
                let answer = take_answer(
                    rel.pairing.as_ref(),
                    &rel.answers,
                    rel.expires_at,
                    now,
                    &sender,
                    &body.payload,
                )?;
                if let Some(a) = answer {
                    rel.answers.push(a);
                    report.answered.push(rel.name.clone());
                    if rel.answers.len() > 1 {
                        report.answered_twice.push(rel.name.clone());
                    }
                }
                Ok(())
            }
            Route::LinkHello(i) => {
                let l = &mut self.state.links[i];
                let answer = take_answer(
                    l.pairing.as_ref(),
                    &l.answers,
                    l.expires_at,
                    now,
                    &sender,
                    &body.payload,
                )?;
                if let Some(a) = answer {
                    l.answers.push(a);
                    report.devices_answered += 1;
                }
                Ok(())
            }
            Route::SupUp(i) => {
                let rel = &self.state.supporters[i];
                if let Some(p) = &rel.peer {
                    if p != &sender {
                        return Err(SyncError::InviteUsed);
                    }
                } else if now > rel.expires_at {
                    return Err(SyncError::InviteExpired);
                }
                match kind {
                    Kind::ReplyChanges => {
                        self.check_actors(&body.payload, &|a| a == body.sender)?;
                        let id = reply_doc_id(&rel.id);
                        let mut d = self.doc_or_new(&id)?;
                        d.apply(&body.payload)?;
                        self.store.save_doc(&id, &d.save())?;
                    }
                    Kind::Ack => {
                        let rel = &mut self.state.supporters[i];
                        rel.acked = heads;
                        rel.delivered = rel.delivered || !body.heads.is_empty();
                    }
                    _ => {
                        return Err(SyncError::WriteRefused(format!(
                            "{} may only send replies, not changes to your plan",
                            rel.name
                        )))
                    }
                }
                self.state.supporters[i].peer = Some(sender);
                Ok(())
            }
            Route::PersDown(i, gen) => {
                if sender == me {
                    return Err(SyncError::WriteRefused(
                        "a supporter cannot write a shared plan".into(),
                    ));
                }
                // The plan under the new root: the publishing device has our
                // answer. (Another of their devices may have had it first
                // and only acknowledged; keep answering until the plan comes.)
                if kind == Kind::ProjectionChanges {
                    self.state.persons[i].hello = None;
                }
                if gen != self.state.persons[i].generation {
                    // The person narrowed the share: a fresh document.
                    let old =
                        shared_doc_id(&self.state.persons[i].id, self.state.persons[i].generation);
                    self.store.delete_doc(&old)?;
                    self.state.persons[i].generation = gen;
                }
                let rel = self.state.persons[i].clone();
                match kind {
                    Kind::ProjectionChanges => {
                        self.check_actors(&body.payload, &|a| a == body.sender)?;
                        let id = shared_doc_id(&rel.id, rel.generation);
                        let mut d = self.doc_or_new(&id)?;
                        d.apply(&body.payload)?;
                        let plan = projection::projection_plan(&d)?;
                        if plan.sections.keys().any(|s| !rel.sections.contains(s)) {
                            // Sections may only narrow after the invite; learn the current set.
                            self.state.persons[i].sections =
                                plan.sections.keys().cloned().collect();
                        }
                        self.store.save_doc(&id, &d.save())?;
                        self.state.persons[i].updated_at = Some(now);
                    }
                    Kind::Ack => self.state.persons[i].acked = heads,
                    Kind::Control => match crate::control::Control::decode(&body.payload) {
                        Some(Control::Revoke) => {
                            self.store
                                .delete_doc(&shared_doc_id(&rel.id, rel.generation))?;
                            self.store.delete_doc(&myreply_doc_id(&rel.id))?;
                            self.state.persons.remove(i);
                            self.state.ended.push(rel.name.clone());
                            report.revoked.push(rel.name);
                        }
                        Some(Control::SupporterRekey { public, generation }) => {
                            self.follow_rekey(i, &public, generation)?;
                        }
                        Some(Control::Signal { kind, at }) => {
                            let p = &mut self.state.persons[i];
                            let recent = p.signals.iter().any(|(k, t)| {
                                *k == kind && at < t.saturating_add(SIGNAL_INTERVAL_SECS)
                            });
                            if !recent {
                                p.signals.push((kind, at));
                                report.signals.push((rel.name, kind));
                            }
                        }
                        _ => return Err(SyncError::Malformed("unexpected control message")),
                    },
                    _ => {
                        return Err(SyncError::WriteRefused(
                            "this message kind is not allowed here".into(),
                        ))
                    }
                }
                Ok(())
            }
            Route::Group => {
                let g = self
                    .state
                    .group
                    .clone()
                    .ok_or_else(|| SyncError::StateCorrupt("no group".into()))?;
                if g.removed.contains(&sender) {
                    return Err(SyncError::WriteRefused("a removed device".into()));
                }
                if sender == me {
                    return Ok(());
                }
                match kind {
                    Kind::PlanChanges => {
                        let ids: Vec<Vec<u8>> = g
                            .devices
                            .iter()
                            .filter_map(|d| unhex::<16>(&d.id).map(|x| x.to_vec()))
                            .collect();
                        self.check_actors(&body.payload, &|a| {
                            a == body.sender || a == SKELETON_ACTOR || ids.iter().any(|x| x == a)
                        })?;
                        self.merge_plan(&body.payload)?;
                    }
                    Kind::Ack => {
                        if let Some(g) = self.state.group.as_mut() {
                            g.acked.insert(sender, heads);
                        }
                    }
                    Kind::Control => match Control::decode(&body.payload) {
                        Some(Control::DeviceHello { name }) => {
                            if let Some(g) = self.state.group.as_mut() {
                                match g.devices.iter_mut().find(|d| d.id == sender) {
                                    Some(d) => d.name = name,
                                    None => g.devices.push(DeviceInfo { id: sender, name }),
                                }
                            }
                        }
                        _ => return Err(SyncError::Malformed("unexpected control message")),
                    },
                    _ => return Err(SyncError::WriteRefused("not a device message".into())),
                }
                Ok(())
            }
            Route::LinkOut => {
                if sender == me {
                    Ok(())
                } else {
                    Err(SyncError::WriteRefused(
                        "a forged device-link message".into(),
                    ))
                }
            }
            Route::LinkIn(i) => {
                if let Some(p) = &self.state.links[i].peer {
                    if p != &sender {
                        return Err(SyncError::InviteUsed);
                    }
                }
                self.state.links[i].peer = Some(sender.clone());
                let joiner = self.state.links[i].joiner;
                match (kind, Control::decode(&body.payload)) {
                    // The new device's hello: it joins the group once it
                    // has the keyring and says hello there.
                    (Kind::Control, Some(Control::DeviceHello { .. })) if !joiner => {}
                    (Kind::Control, Some(Control::Keyring { keyring })) if joiner => {
                        self.state.links[i].hello = None;
                        let kr: Keyring = serde_json::from_value(keyring)
                            .map_err(|_| SyncError::Malformed("bad keyring"))?;
                        let mut g = kr.group;
                        if !g.devices.iter().any(|d| d.id == me) {
                            g.devices.push(DeviceInfo {
                                id: me.clone(),
                                name: self.state.device_name.clone(),
                            });
                        }
                        self.state.group = Some(g);
                        for s in kr.supporters {
                            if !self.state.supporters.iter().any(|x| x.id == s.id) {
                                self.state.supporters.push(s);
                            }
                        }
                    }
                    (Kind::PlanChanges, _) if joiner => {
                        self.check_actors(&body.payload, &|_| true)?;
                        self.merge_plan(&body.payload)?;
                    }
                    (
                        Kind::Control,
                        Some(Control::Rekey {
                            removed,
                            root,
                            epoch,
                            supporters,
                        }),
                    ) => {
                        let Some(g) = self.state.group.as_mut() else {
                            return Ok(());
                        };
                        if epoch <= g.epoch || unhex::<32>(&root).is_none() {
                            return Ok(()); // an old or damaged re-key
                        }
                        g.devices.retain(|d| d.id != removed);
                        g.removed.push(removed.clone());
                        g.root = root;
                        g.epoch = epoch;
                        for k in supporters {
                            if unhex::<32>(&k.root).is_none() {
                                continue;
                            }
                            if let Some(s) = self.state.supporters.iter_mut().find(|s| s.id == k.id)
                            {
                                s.root = k.root;
                                s.generation = k.generation;
                                s.publisher = sender.clone();
                                s.acked.clear();
                            }
                        }
                    }
                    _ => return Err(SyncError::WriteRefused("not a device-link message".into())),
                }
                Ok(())
            }
        }
    }

    /// Supporter side: the person removed a device, so the relationship
    /// moves to the root only this app (with its key) and the person's
    /// remaining devices can derive. The first re-key for a generation wins.
    fn follow_rekey(&mut self, i: usize, public: &str, generation: u32) -> Result<()> {
        let p = self.state.persons[i].clone();
        if generation != p.generation + 1 {
            return Ok(()); // already followed, or out of order
        }
        let seed = p.key.as_deref().ok_or(SyncError::Malformed(
            "a re-key for a relationship without a key",
        ))?;
        let theirs = unhex::<32>(public).ok_or(SyncError::Malformed("bad re-key"))?;
        let shared = PairingKey::from_seed(root_of(seed)?)
            .agree(&theirs)
            .map_err(|_| SyncError::Malformed("bad re-key"))?;
        let root = rekeyed_root(&p.root, &shared)?;
        self.store.delete_doc(&shared_doc_id(&p.id, p.generation))?;
        let rel = &mut self.state.persons[i];
        rel.root = hex(root.expose());
        rel.generation = generation;
        rel.acked.clear();
        Ok(())
    }

    fn is_own_device(&self, id: &str) -> bool {
        self.state
            .group
            .as_ref()
            .is_some_and(|g| g.devices.iter().any(|d| d.id == id))
    }

    fn merge_plan(&mut self, payload: &[u8]) -> Result<()> {
        let mut doc = self.plan_doc()?;
        let before = doc.heads();
        doc.merge_bytes(payload)?;
        let after = doc.save_after(&before);
        if !after.is_empty() {
            self.store.append_plan(&after, &doc.crisis_view_json()?)?;
        }
        Ok(())
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
