//! Sharing in the app: the person's supporters, the plans others share with
//! this person, own devices, update files, and the sync setting.
//!
//! Everything runs on the unlocked vault of the [`AppSession`] (through
//! `with_vault`), using [`Sharing`] for the journeys the CLI also has and the
//! engine directly for what only a screen needs (status, "changed since I last
//! read", accepting a role). What only the app keeps (when a supporter was last
//! heard from, who was revoked, what was last read, the sync setting) is one
//! small JSON document in the vault's encrypted settings.
//!
//! No function here opens a network connection: sync is off by default and,
//! until the relay transport exists, switching it on only stores the setting.

use crate::app_session::{AppSession, AppState};
use crate::saving::{SaveTo, SavedKind};
use harbour_api::app_sharing::*;
use harbour_api::saving::SavedFile;
use harbour_api::sharing::{
    BundleInResult, DeviceDto, InviteArgs, JoinResult, RevokeResult, SupporterDto,
};
use harbour_api::PhotoDto;
use harbour_api::SharedPhotoArgs;
use harbour_api::{Error, ErrorCode, View};
use harbour_model::ViewSection;
use harbour_services::files::{io_error, saved, write_atomically};
use harbour_services::sharing::{relay_error, Sharing, MAX_REPLY};
use harbour_services::{time, VaultRef, VaultStore};
use harbour_sync::engine::State;
use harbour_sync::relay::RelayError;
use harbour_sync::relay::{RelayFetched, RelayReport, RelayRound, RelayWait};
use harbour_sync::Engine;
use harbour_vault::Vault;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The app's own sharing bookkeeping, in the vault (encrypted).
const META_SETTING: &str = "app/sharing";
/// The largest update file the app reads (the engine's own cap).
const MAX_BUNDLE: usize = harbour_sync::bundle::MAX_BUNDLE;

// ---------------------------------------------------------------- DTOs

// ---------------------------------------------------------------- app bookkeeping

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
struct Meta {
    /// Supporter name → when their update last arrived (Unix seconds).
    last_synced: BTreeMap<String, u64>,
    revoked: Vec<RevokedMeta>,
    /// Person → the shared view's fields when I last read it (field id → text).
    read: BTreeMap<String, BTreeMap<String, String>>,
    /// Person → signals up to this time have been seen.
    signals_seen: BTreeMap<String, u64>,
    sync: SyncSettings,
    last_relay_ok: Option<u64>,
    last_relay_news: Option<u64>,
    last_relay_error: Option<Error>,
    unsent: u32,
    last_file_out: Option<u64>,
    last_file_in: Option<u64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct RevokedMeta {
    name: String,
    sections: Vec<String>,
    at: u64,
    had_received: bool,
}

fn now() -> u64 {
    time::now_secs().max(0) as u64
}

fn stamp(secs: u64) -> String {
    time::rfc3339(i64::try_from(secs).unwrap_or(i64::MAX))
}

fn load_meta(vault: &Vault) -> Result<Meta, Error> {
    Ok(match vault.get_setting(META_SETTING)? {
        // Bookkeeping only: a damaged copy starts again rather than blocking sharing.
        Some(b) => serde_json::from_slice(&b).unwrap_or_default(),
        None => Meta::default(),
    })
}

fn save_meta(vault: &mut Vault, meta: &Meta) -> Result<(), Error> {
    // Someone who stopped sharing with me leaves nothing behind here: not
    // even my copy of what I last read of their plan.
    let persons = engine_state(vault)?.persons;
    let shares = |name: &String| persons.iter().any(|p| &p.name == name);
    let mut meta = meta.clone();
    meta.read.retain(|name, _| shares(name));
    meta.signals_seen.retain(|name, _| shares(name));
    let b =
        serde_json::to_vec(&meta).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
    vault.put_setting(META_SETTING, &b)?;
    Ok(())
}

fn engine_state(vault: &Vault) -> Result<State, Error> {
    Ok(harbour_sync::engine::read_state(&VaultRef(vault))?)
}

/// What a `with_vault` closure hands back: the vault (if it still has it) and the result.
type Back<T> = (Option<Vault>, Result<T, Error>);

/// Runs `f` with the vault as a [`Sharing`], handing the vault back.
fn on_sharing<T>(vault: Vault, f: impl FnOnce(&mut Sharing) -> Result<T, Error>) -> Back<T> {
    // Opening the engine consumes the vault and only fails reading its state:
    // read that first, so a damaged state is an error that keeps the session.
    if let Err(e) = engine_state(&vault) {
        return (Some(vault), Err(e));
    }
    match Sharing::from_vault(vault) {
        Ok(mut s) => {
            let r = f(&mut s);
            (Some(s.into_vault()), r)
        }
        Err(e) => (None, Err(e)),
    }
}

/// Runs `f` with the engine itself, handing the vault back.
fn on_engine<T>(
    vault: Vault,
    f: impl FnOnce(&mut Engine<VaultStore>) -> Result<T, Error>,
) -> Back<T> {
    if let Err(e) = engine_state(&vault) {
        return (Some(vault), Err(e));
    }
    match Engine::open(VaultStore(vault)) {
        Ok(mut e) => {
            let r = f(&mut e);
            (Some(e.into_store().0), r)
        }
        Err(e) => (None, Err(e.into())),
    }
}

/// Runs `f` on the vault when it needs no engine.
fn on_vault<T>(mut vault: Vault, f: impl FnOnce(&mut Vault) -> Result<T, Error>) -> Back<T> {
    let r = f(&mut vault);
    (Some(vault), r)
}

/// A QR code of `text` as an SVG document (dark on white, with a quiet zone).
pub fn qr_svg(text: &str) -> Result<String, Error> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| Error::new(ErrorCode::Internal, format!("no QR code: {e}")))?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build())
}

/// Every field of a view as `id → words`, to tell what changed.
fn field_texts(sections: &[ViewSection]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for s in sections {
        for f in &s.fields {
            let mut words = f.text.clone();
            for it in &f.items {
                for v in it.values.values() {
                    words.push('\u{1f}');
                    words.push_str(v);
                }
                words.push('\u{1e}');
            }
            out.insert(f.id.clone(), words);
        }
    }
    out
}

fn signals_since(state: &State, person: &str, seen: u64) -> Vec<SignalDto> {
    let mut sig: Vec<SignalDto> = state
        .persons
        .iter()
        .filter(|p| p.name == person)
        .flat_map(|p| p.signals.iter())
        .filter(|(_, at)| *at > seen)
        .map(|(k, at)| SignalDto {
            kind: k.as_str().into(),
            at: stamp(*at),
        })
        .collect();
    sig.sort_by(|a, b| b.at.cmp(&a.at));
    sig
}

fn my_reply(vault: &Vault, state: &State, person: &str) -> Result<MyReply, Error> {
    let Some(p) = state.persons.iter().find(|p| p.name == person) else {
        return Ok(MyReply::default());
    };
    let Some(pieces) = vault.get_doc_pieces(&format!("myreply/{}", p.id))? else {
        return Ok(MyReply::default());
    };
    let Some(first) = pieces.first() else {
        return Ok(MyReply::default());
    };
    let mut doc = harbour_doc::projection::Doc::load(first, b"reader")?;
    for c in &pieces[1..] {
        doc.apply(c)?;
    }
    let r = harbour_doc::projection::reply(&doc)?;
    let mut notes: Vec<_> = r.notes.into_values().collect();
    notes.sort_by_key(|n| n.at);
    Ok(MyReply {
        role_accepted: r.role_accepted,
        signals_ok: r.signals_ok,
        availability: r.availability,
        notes: notes.into_iter().map(|n| n.text).collect(),
    })
}

trait DocPieces {
    fn get_doc_pieces(&self, id: &str) -> Result<Option<Vec<Vec<u8>>>, Error>;
}

impl DocPieces for Vault {
    fn get_doc_pieces(&self, id: &str) -> Result<Option<Vec<Vec<u8>>>, Error> {
        Ok(self.load_doc(id)?)
    }
}

fn check_relay_url(url: &str) -> Result<(), Error> {
    harbour_sync::relay::check_url(url)
        .map(|_| ())
        .map_err(|why| relay_error(RelayError::BadUrl(why), url))
}

fn status_of(m: &Meta) -> SyncStatus {
    let state = if !m.sync.enabled {
        SyncState::Off
    } else if let Some(e) = &m.last_relay_error {
        if e.code == ErrorCode::RelayUnreachable {
            SyncState::Offline
        } else {
            SyncState::Error
        }
    } else if m.last_relay_ok.is_some() {
        SyncState::Synced
    } else {
        SyncState::Waiting
    };
    SyncStatus {
        settings: m.sync.clone(),
        relay_available: true,
        state,
        last_relay_sync: m.last_relay_ok.map(stamp),
        last_news: m.last_relay_news.map(stamp),
        last_error: m.last_relay_error.clone(),
        unsent: m.unsent,
        last_file_out: m.last_file_out.map(stamp),
        last_file_in: m.last_file_in.map(stamp),
    }
}

/// Notes which supporters were heard from between two engine states.
fn note_heard_from(meta: &mut Meta, before: &State, after: &State, t: u64) {
    for s in &after.supporters {
        let old = before.supporters.iter().find(|b| b.id == s.id);
        let heard = old
            .is_none_or(|o| o.acked != s.acked || o.peer != s.peer || o.delivered != s.delivered);
        if heard && s.peer.is_some() {
            meta.last_synced.insert(s.name.clone(), t);
        }
    }
}

// ---------------------------------------------------------------- the app's calls

/// Hands the vault on to the next step, or stops with the first error.
macro_rules! then {
    ($back:expr, |$v:ident, $r:ident| $body:expr) => {{
        let (vault, result) = $back;
        match (vault, result) {
            (Some($v), Ok($r)) => $body,
            (vault, Err(e)) => return (vault, Err(e)),
            (None, Ok(_)) => {
                return (
                    None,
                    Err(Error::new(
                        ErrorCode::Internal,
                        "the vault was not handed back",
                    )),
                )
            }
        }
    }};
}

impl AppSession {
    /// The person's supporters with their state, and those they stopped sharing with.
    pub fn sharing_supporters(&mut self) -> Result<SupportersResult, Error> {
        self.with_vault(|vault| {
            let meta_state = on_vault(vault, |v| Ok((load_meta(v)?, engine_state(v)?)));
            then!(meta_state, |vault, ms| {
                let (meta, state) = ms;
                let listed = on_sharing(vault, |s| s.supporters_list());
                then!(listed, |vault, list| {
                    let t = now();
                    let supporters = list
                        .into_iter()
                        .map(|d: SupporterDto| {
                            let rel = state.supporters.iter().find(|r| r.name == d.name);
                            let st = if d.joined {
                                SupporterState::Active
                            } else if !d.waiting.is_empty() {
                                SupporterState::Waiting
                            } else if rel.is_some_and(|r| r.expires_at != 0 && r.expires_at < t) {
                                SupporterState::Expired
                            } else {
                                SupporterState::Invited
                            };
                            SupporterStatus {
                                invited_at: stamp(rel.map(|r| r.created_at).unwrap_or(0)),
                                last_synced: meta.last_synced.get(&d.name).map(|s| stamp(*s)),
                                name: d.name,
                                sections: d.sections,
                                state: st,
                                role_accepted: d.role_accepted,
                                signals: d.signals,
                                availability: d.availability,
                                notes: d.notes,
                                confirmation_code: d.confirmation_code,
                                read: d.read,
                                answers: d.waiting.len() as u32,
                            }
                        })
                        .collect();
                    let revoked = meta
                        .revoked
                        .iter()
                        .rev()
                        .map(|r| RevokedSupporter {
                            name: r.name.clone(),
                            sections: r.sections.clone(),
                            revoked_at: stamp(r.at),
                            had_received: r.had_received,
                        })
                        .collect();
                    (
                        Some(vault),
                        Ok(SupportersResult {
                            supporters,
                            revoked,
                        }),
                    )
                })
            })
        })
    }

    /// Exactly what a supporter given `sections` would see now.
    pub fn sharing_preview(&mut self, args: SharePreviewArgs) -> Result<View, Error> {
        for s in &args.sections {
            if harbour_model::registry::section(s).is_none() {
                return Err(Error::new(
                    ErrorCode::UnknownField,
                    format!("there is no section {s:?}"),
                ));
            }
        }
        self.with_session(|s| {
            let mut view = s.plan_get(harbour_api::PlanGetArgs::default())?;
            view.sections.retain(|x| args.sections.contains(&x.id));
            if !args.sections.iter().any(|x| x == "crisis") {
                view.crisis_state = Default::default();
            }
            Ok(view)
        })
    }

    /// Invites a supporter; the link is shown, as text and as a QR code.
    pub fn sharing_invite(&mut self, args: InviteArgs) -> Result<AppInvite, Error> {
        if args.sections.is_empty() {
            return Err(Error::invalid_input("choose at least one part to share"));
        }
        let name = args.name.trim().to_string();
        let args = InviteArgs { name, ..args };
        self.with_vault(|vault| {
            on_sharing(vault, |s| {
                let name = args.name.clone();
                let r = s.supporters_invite(args)?;
                Ok(AppInvite {
                    qr_svg: qr_svg(&r.link)?,
                    name,
                    link: r.link,
                    expires_in_days: r.expires_in_days,
                })
            })
        })
    }

    /// Saves an invite link into a text file the person can send.
    pub fn sharing_invite_save(
        &mut self,
        args: InviteSaveArgs,
        to: SaveTo,
    ) -> Result<SavedFile, Error> {
        let link = args.link.trim();
        if !link.starts_with("harbour://invite#") || link.len() > 2048 {
            return Err(Error::new(
                ErrorCode::InviteInvalid,
                "that is not an invite link",
            ));
        }
        self.with_session(|_| Ok(()))?;
        let path = self.save_path(SavedKind::Invite, to)?;
        write_atomically(&path, format!("{link}\n").as_bytes())?;
        Ok(saved(path))
    }

    /// Stops sharing with a supporter; remembers that it happened.
    pub fn sharing_revoke(&mut self, args: SupporterArgs) -> Result<RevokeResult, Error> {
        self.with_vault(|vault| {
            let revoked = on_sharing(vault, |s| s.supporters_revoke(&args.name));
            then!(revoked, |vault, r| on_vault(vault, |v| {
                let mut meta = load_meta(v)?;
                meta.last_synced.remove(&r.name);
                meta.revoked.push(RevokedMeta {
                    name: r.name.clone(),
                    sections: r.sections.clone(),
                    at: now(),
                    had_received: r.had_received,
                });
                save_meta(v, &meta)?;
                Ok(r)
            }))
        })
    }

    /// Accepts an invite someone sent me.
    pub fn sharing_join(&mut self, args: JoinArgs) -> Result<JoinResult, Error> {
        let link = args.link.trim().to_string();
        if link.len() > 4096 {
            return Err(Error::new(
                ErrorCode::InviteInvalid,
                "too long for an invite",
            ));
        }
        self.with_vault(|vault| on_sharing(vault, |s| s.join(&link)))
    }

    /// The plans others share with me.
    pub fn sharing_shared(&mut self) -> Result<Vec<SharedStatus>, Error> {
        self.with_vault(|vault| {
            let meta_state = on_vault(vault, |v| Ok((load_meta(v)?, engine_state(v)?)));
            then!(meta_state, |vault, ms| {
                let (meta, state) = ms;
                let shown = on_sharing(vault, |s| {
                    state
                        .persons
                        .iter()
                        .map(|p| Ok((s.shared_show(&p.name)?, s.person_code(&p.name)?)))
                        .collect::<Result<Vec<_>, Error>>()
                });
                then!(shown, |vault, shown| on_vault(vault, |v| {
                    let mut out = Vec::new();
                    for (p, (show, code)) in state.persons.iter().zip(shown) {
                        let texts = field_texts(&show.view.sections);
                        let changed = match meta.read.get(&p.name) {
                            Some(read) => read != &texts,
                            None => p.updated_at.is_some(),
                        };
                        let seen = meta.signals_seen.get(&p.name).copied().unwrap_or(0);
                        out.push(SharedStatus {
                            signals: signals_since(&state, &p.name, seen),
                            person: p.name.clone(),
                            sections: p.sections.clone(),
                            received: p.updated_at.is_some(),
                            updated_at: p.updated_at.map(stamp),
                            changed,
                            role_accepted: my_reply(v, &state, &p.name)?.role_accepted,
                            code,
                        });
                    }
                    Ok(out)
                }))
            })
        })
    }

    /// One shared plan, with what changed since I last read it.
    pub fn sharing_shared_show(&mut self, args: PersonArgs) -> Result<SharedPlan, Error> {
        self.with_vault(|vault| {
            let shown = on_sharing(vault, |s| s.shared_show(&args.person));
            then!(shown, |vault, show| on_vault(vault, |v| {
                let meta = load_meta(v)?;
                let state = engine_state(v)?;
                let updated = state
                    .persons
                    .iter()
                    .find(|p| p.name == args.person)
                    .and_then(|p| p.updated_at);
                let texts = field_texts(&show.view.sections);
                let read = meta.read.get(&args.person);
                let changed = match read {
                    Some(read) => texts
                        .iter()
                        .filter(|(id, t)| read.get(*id) != Some(*t) && !t.is_empty())
                        .map(|(id, _)| id.clone())
                        .collect(),
                    None => Vec::new(),
                };
                let seen = meta.signals_seen.get(&args.person).copied().unwrap_or(0);
                Ok(SharedPlan {
                    person: show.person,
                    sections: show.sections,
                    received: updated.is_some(),
                    updated_at: updated.map(stamp),
                    view: show.view,
                    changed,
                    first_read: read.is_none(),
                    signals: signals_since(&state, &args.person, seen),
                    reply: my_reply(v, &state, &args.person)?,
                    checkin: show.checkin,
                })
            }))
        })
    }

    /// A photo of an item someone shares with me.
    pub fn sharing_shared_photo(&mut self, args: SharedPhotoArgs) -> Result<PhotoDto, Error> {
        self.with_vault(|vault| on_sharing(vault, |s| s.shared_photo(&args)))
    }

    /// "I have read this": remembers the plan as it is now, and the signals as seen.
    pub fn sharing_mark_read(&mut self, args: PersonArgs) -> Result<(), Error> {
        self.with_vault(|vault| {
            let shown = on_sharing(vault, |s| {
                s.mark_read(&args.person)?;
                s.shared_show(&args.person)
            });
            then!(shown, |vault, show| on_vault(vault, |v| {
                let mut meta = load_meta(v)?;
                let state = engine_state(v)?;
                let latest = state
                    .persons
                    .iter()
                    .filter(|p| p.name == args.person)
                    .flat_map(|p| p.signals.iter().map(|(_, at)| *at))
                    .max()
                    .unwrap_or(0);
                meta.read
                    .insert(args.person.clone(), field_texts(&show.view.sections));
                meta.signals_seen.insert(args.person.clone(), latest);
                save_meta(v, &meta)
            }))
        })
    }

    /// Sends a short reply with the next update.
    pub fn sharing_reply(&mut self, args: ReplyArgs) -> Result<(), Error> {
        let text = args.text.trim().to_string();
        if text.is_empty() {
            return Err(Error::invalid_input("write a reply first"));
        }
        if text.len() > MAX_REPLY {
            return Err(Error::new(
                ErrorCode::TooLong,
                format!("a reply is at most {MAX_REPLY} bytes"),
            ));
        }
        self.with_vault(|vault| on_sharing(vault, |s| s.reply(&args.person, &text)))
    }

    /// Accepts my role in their plan, in my words, and says whether I want signals.
    pub fn sharing_accept_role(&mut self, args: AcceptRoleArgs) -> Result<(), Error> {
        self.with_vault(|vault| {
            on_sharing(vault, |s| {
                s.accept_role(&args.person, &args.availability, args.signals_ok)
            })
        })
    }

    /// The person asks supporters who agreed for help (a content-free signal).
    pub fn sharing_ask_for_help(&mut self) -> Result<u32, Error> {
        self.with_vault(|vault| on_sharing(vault, |s| s.ask_for_help()))
    }

    /// The person's devices, then new devices waiting for their code. The
    /// app does not show a waiting device's code: the person types the one
    /// the new device shows.
    pub fn devices_list(&mut self) -> Result<Vec<DeviceDto>, Error> {
        let mut list = self.with_vault(|vault| on_sharing(vault, |s| s.devices_list()))?;
        for d in list.iter_mut().filter(|d| d.waiting) {
            d.confirmation_code = None;
        }
        Ok(list)
    }

    /// The person typed the code a new device shows.
    pub fn devices_confirm(&mut self, args: DeviceConfirmArgs) -> Result<DeviceDto, Error> {
        self.with_vault(|vault| on_sharing(vault, |s| s.devices_confirm(&args.code)))
    }

    /// The person typed the code `name`'s app shows.
    pub fn sharing_confirm(&mut self, args: ConfirmArgs) -> Result<(), Error> {
        self.with_vault(|vault| on_sharing(vault, |s| s.supporters_confirm(&args.name, &args.code)))
    }

    /// Starts linking another device: the code to type (or scan) there.
    pub fn devices_link(&mut self) -> Result<DeviceLinkResult, Error> {
        self.with_vault(|vault| {
            on_sharing(vault, |s| {
                let code = s.devices_link()?;
                Ok(DeviceLinkResult {
                    qr_svg: qr_svg(&code)?,
                    code,
                })
            })
        })
    }

    /// On the new device: joins with the code from the other one.
    pub fn devices_join(&mut self, args: DeviceJoinArgs) -> Result<DeviceJoined, Error> {
        let code = args.code.trim().to_string();
        let name = args.name.trim().to_string();
        if name.chars().count() > 64 || name.chars().any(char::is_control) {
            return Err(Error::invalid_input(
                "a device name is at most 64 characters",
            ));
        }
        self.with_vault(|vault| {
            on_sharing(vault, |s| {
                Ok(DeviceJoined {
                    confirmation_code: s.devices_join(&code, &name)?,
                })
            })
        })
    }

    pub fn devices_remove(&mut self, args: DeviceArgs) -> Result<DeviceDto, Error> {
        self.with_vault(|vault| on_sharing(vault, |s| s.devices_remove(&args.id)))
    }

    /// Writes everything to send into an update file.
    pub fn sync_save_update_file(&mut self, to: SaveTo) -> Result<SavedFile, Error> {
        self.with_session(|_| Ok(()))?;
        let path = self.save_path(SavedKind::UpdateFile, to)?;
        self.with_vault(|vault| {
            let out = on_sharing(vault, |s| s.bundle_out(&path));
            then!(out, |vault, _r| on_vault(vault, |v| {
                let mut meta = load_meta(v)?;
                meta.last_file_out = Some(now());
                save_meta(v, &meta)
            }))
        })?;
        Ok(saved(path))
    }

    /// Reads an update file the person picked (its bytes).
    pub fn sync_open_update_file(&mut self, args: UpdateFileArgs) -> Result<BundleInResult, Error> {
        if args.bytes.is_empty() {
            return Err(Error::new(
                ErrorCode::BundleInvalid,
                "this update file is empty",
            ));
        }
        if args.bytes.len() > MAX_BUNDLE {
            return Err(Error::new(
                ErrorCode::MessageTooLarge,
                "this update file is too large",
            ));
        }
        self.with_session(|_| Ok(()))?;
        let file = self
            .data_dir()
            .join(format!(".update-in-{}.harbour", now()));
        write_atomically(&file, &args.bytes)?;
        let result = self.with_vault(|vault| {
            let before = on_vault(vault, |v| engine_state(v));
            then!(before, |vault, before| {
                let read = on_sharing(vault, |s| s.bundle_in(&file));
                then!(read, |vault, r| on_vault(vault, |v| {
                    if r.accepted > 0 {
                        let after = engine_state(v)?;
                        let mut meta = load_meta(v)?;
                        let t = now();
                        for s in &after.supporters {
                            let old = before.supporters.iter().find(|b| b.id == s.id);
                            let heard = old.is_none_or(|o| {
                                o.acked != s.acked || o.peer != s.peer || o.delivered != s.delivered
                            });
                            if heard && s.peer.is_some() {
                                meta.last_synced.insert(s.name.clone(), t);
                            }
                        }
                        meta.last_file_in = Some(t);
                        save_meta(v, &meta)?;
                    }
                    Ok(r)
                }))
            })
        });
        if let Err(e) = std::fs::remove_file(&file) {
            if e.kind() != std::io::ErrorKind::NotFound {
                return Err(io_error("remove", &file, e));
            }
        }
        result
    }

    pub fn sync_status(&mut self) -> Result<SyncStatus, Error> {
        self.with_vault_quietly(|vault| {
            on_vault(vault, |v| {
                let m = load_meta(v)?;
                Ok(status_of(&m))
            })
        })
    }

    /// Sends and receives through the relay, if the person turned sync on.
    /// A failure is kept in the status (with its reason) rather than thrown:
    /// the next attempt simply tries again. Off: no connection, `invalid_input`.
    /// (The app uses [`AppState::sync_now`], which lets
    /// go of the session while the network runs.)
    pub fn sync_now(&mut self) -> Result<SyncStatus, Error> {
        sync_now_on(self)
    }

    /// The relay address, and the sharing state before the sync (to tell
    /// who was heard from). `invalid_input` while sync is off.
    fn sync_setup(&mut self) -> Result<(String, State), Error> {
        self.with_vault_quietly(|vault| {
            on_vault(vault, |v| {
                let meta = load_meta(v)?;
                if !meta.sync.enabled {
                    return Err(Error::invalid_input("sync is off"));
                }
                Ok((meta.sync.relay_url.clone(), engine_state(v)?))
            })
        })
    }

    fn sync_prepare(&mut self, url: &str) -> Result<RelayRound, Error> {
        self.with_vault_quietly(|vault| on_sharing(vault, |s| s.relay_prepare(url)))
    }

    fn sync_finish(&mut self, fetched: RelayFetched, url: &str) -> Result<RelayReport, Error> {
        self.with_vault_quietly(|vault| on_sharing(vault, |s| s.relay_finish(fetched, url)))
    }

    /// What to long-poll for news, while sync is on (`None` while off).
    pub(crate) fn sync_waiter(&mut self) -> Result<Option<(RelayWait, String)>, Error> {
        self.with_vault_quietly(|vault| {
            let meta = on_vault(vault, |v| load_meta(v));
            then!(meta, |vault, meta| {
                if !meta.sync.enabled {
                    return (Some(vault), Ok(None));
                }
                let url = meta.sync.relay_url.clone();
                on_engine(vault, |e| {
                    e.relay_waiter(&url)
                        .map(|w| Some((w, url.clone())))
                        .map_err(|err| relay_error(err, &url))
                })
            })
        })
    }

    /// Keeps how the sync went, for the status.
    fn sync_record(
        &mut self,
        before: &State,
        result: Result<RelayReport, Error>,
    ) -> Result<SyncStatus, Error> {
        self.with_vault_quietly(|vault| {
            on_vault(vault, |v| {
                let mut meta = load_meta(v)?;
                let t = now();
                match result {
                    Ok(r) => {
                        let after = engine_state(v)?;
                        note_heard_from(&mut meta, before, &after, t);
                        meta.last_relay_ok = Some(t);
                        if r.report.accepted > 0 {
                            meta.last_relay_news = Some(t);
                        }
                        meta.last_relay_error = None;
                        meta.unsent = r.unsent;
                    }
                    Err(e) => meta.last_relay_error = Some(e),
                }
                save_meta(v, &meta)?;
                Ok(status_of(&meta))
            })
        })
    }

    /// Turns sync on (with a relay address) or off. Turning it on connects to nothing by itself.
    pub fn sync_set(&mut self, settings: SyncSettings) -> Result<SyncStatus, Error> {
        let relay_url = settings.relay_url.trim().to_string();
        if settings.enabled || !relay_url.is_empty() {
            check_relay_url(&relay_url)?;
        }
        self.with_vault(|vault| {
            on_vault(vault, |v| {
                let mut meta = load_meta(v)?;
                if meta.sync.relay_url != relay_url || !settings.enabled {
                    meta.last_relay_error = None;
                }
                meta.sync = SyncSettings {
                    enabled: settings.enabled,
                    relay_url,
                };
                save_meta(v, &meta)
            })
        })?;
        self.sync_status()
    }
}

/// Where a relay sync's steps run: on a session of one's own, or on the
/// app's shared one with its lock taken for each step only.
pub(crate) trait SyncHost {
    fn step<T>(&mut self, f: impl FnOnce(&mut AppSession) -> T) -> T;
}

impl SyncHost for AppSession {
    fn step<T>(&mut self, f: impl FnOnce(&mut AppSession) -> T) -> T {
        f(self)
    }
}

impl SyncHost for &AppState {
    fn step<T>(&mut self, f: impl FnOnce(&mut AppSession) -> T) -> T {
        f(&mut self.get())
    }
}

impl AppState {
    /// Syncs through the relay, holding the session only to seal and to take
    /// in: while the network is slow or down, the plan stays usable.
    pub fn sync_now(&self) -> Result<SyncStatus, Error> {
        let _one_at_a_time = self
            .syncing
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        sync_now_on(&mut &*self)
    }

    /// Waits (at most `secs`, 25 at the most) for news on the relay while
    /// sync is on, holding nothing: true when there is something to sync.
    /// While sync is off it returns false at once and connects to nothing.
    pub fn sync_wait(&self, secs: u64) -> Result<bool, Error> {
        let Some((waiter, url)) = self.get().sync_waiter()? else {
            return Ok(false);
        };
        waiter.wait(secs).map_err(|e| relay_error(e, &url))
    }
}

/// A relay sync in steps; the network exchange between them holds no session.
pub(crate) fn sync_now_on(host: &mut impl SyncHost) -> Result<SyncStatus, Error> {
    let (url, before) = host.step(|s| s.sync_setup())?;
    let result = host.step(|s| s.sync_prepare(&url)).and_then(|round| {
        let fetched = round.exchange();
        host.step(|s| s.sync_finish(fetched, &url))
    });
    host.step(|s| s.sync_record(&before, result))
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_api::app_session::AppCreateArgs;
    use harbour_api::sharing::SupporterRead;
    use harbour_api::{PlanGetArgs, SetTextArgs};
    use std::path::Path;
    use std::time::{Duration, Instant};

    fn app(dir: &Path, who: &str) -> AppSession {
        let mut a = AppSession::new(dir.join(who))
            .with_export_dir(Some(dir.join(format!("{who}-export"))))
            .with_fast_kdf(true);
        a.create(AppCreateArgs {
            passphrase: "kettle river yellow sock".into(),
        })
        .unwrap();
        a
    }

    fn set(a: &mut AppSession, path: &str, text: &str) {
        a.with_session(|s| {
            s.plan_set_text(SetTextArgs {
                path: path.into(),
                text: text.into(),
            })
        })
        .unwrap();
    }

    fn carry(from: &mut AppSession, to: &mut AppSession) -> BundleInResult {
        let f = from.sync_save_update_file(SaveTo::ExportFolder).unwrap();
        let bytes = std::fs::read(&f.path).unwrap();
        to.sync_open_update_file(UpdateFileArgs { bytes }).unwrap()
    }

    #[test]
    fn invite_join_read_reply_revoke_in_two_apps() {
        let tmp = tempfile::tempdir().unwrap();
        let mut alex = app(tmp.path(), "alex");
        let mut sam = app(tmp.path(), "sam");
        set(&mut alex, "crisis.when_well", "Chatty and likes jokes");
        set(&mut alex, "daily.when_well", "CANARY-DAILY");

        let preview = alex
            .sharing_preview(SharePreviewArgs {
                sections: vec!["crisis".into()],
            })
            .unwrap();
        assert_eq!(preview.sections.len(), 1);
        assert!(!serde_json::to_string(&preview).unwrap().contains("CANARY"));

        let inv = alex
            .sharing_invite(InviteArgs {
                name: " Sam ".into(),
                sections: vec!["crisis".into()],
                signals: true,
                from: Some("Alex".into()),
            })
            .unwrap();
        assert!(inv.qr_svg.starts_with("<?xml") || inv.qr_svg.contains("<svg"));
        let file = alex
            .sharing_invite_save(
                InviteSaveArgs {
                    name: "Sam".into(),
                    link: inv.link.clone(),
                },
                SaveTo::ExportFolder,
            )
            .unwrap();
        assert!(std::fs::read_to_string(&file.path)
            .unwrap()
            .starts_with("harbour://invite#"));
        let list = alex.sharing_supporters().unwrap();
        assert_eq!(list.supporters[0].state, SupporterState::Invited);
        assert_eq!(list.supporters[0].name, "Sam");

        let joined = sam
            .sharing_join(JoinArgs {
                link: format!("  {}\n", inv.link),
            })
            .unwrap();
        let shared = sam.sharing_shared().unwrap();
        assert!(!shared[0].received);
        assert_eq!(shared[0].code.as_deref(), Some(joined.code.as_str()));
        // Sam's answer gives Alex the code to compare.
        let list = alex.sharing_supporters().unwrap();
        assert_eq!(list.supporters[0].confirmation_code, None);
        let answered = carry(&mut sam, &mut alex);
        assert_eq!(
            answered.answered,
            vec!["Sam".to_string()],
            "the update says who answered"
        );
        let list = alex.sharing_supporters().unwrap();
        assert_eq!(list.supporters[0].state, SupporterState::Waiting);
        assert_eq!(list.supporters[0].answers, 1);
        assert_eq!(list.supporters[0].confirmation_code, None);
        let wrong = alex.sharing_confirm(ConfirmArgs {
            name: "Sam".into(),
            code: "12345".into(),
        });
        assert_eq!(wrong.unwrap_err().code, ErrorCode::CodeMismatch);
        alex.sharing_confirm(ConfirmArgs {
            name: "Sam".into(),
            code: joined.code.clone(),
        })
        .unwrap();
        let list = alex.sharing_supporters().unwrap();
        assert_eq!(list.supporters[0].state, SupporterState::Active);
        assert_eq!(list.supporters[0].confirmation_code, Some(joined.code));

        carry(&mut alex, &mut sam);
        let show = sam
            .sharing_shared_show(PersonArgs {
                person: "Alex".into(),
            })
            .unwrap();
        assert!(show.first_read);
        let json = serde_json::to_string(&show.view).unwrap();
        assert!(json.contains("Chatty and likes jokes"));
        assert!(!json.contains("CANARY"));
        assert!(sam.sharing_shared().unwrap()[0].changed);
        assert_eq!(
            sam.sharing_shared().unwrap()[0].code,
            None,
            "no code once it came"
        );
        sam.sharing_mark_read(PersonArgs {
            person: "Alex".into(),
        })
        .unwrap();
        assert!(!sam.sharing_shared().unwrap()[0].changed);

        sam.sharing_accept_role(AcceptRoleArgs {
            person: "Alex".into(),
            availability: "Evenings".into(),
            signals_ok: true,
        })
        .unwrap();
        sam.sharing_reply(ReplyArgs {
            person: "Alex".into(),
            text: "Call me any time".into(),
        })
        .unwrap();
        let mine = sam
            .sharing_shared_show(PersonArgs {
                person: "Alex".into(),
            })
            .unwrap()
            .reply;
        assert!(mine.role_accepted && mine.signals_ok);
        assert_eq!(mine.notes, vec!["Call me any time".to_string()]);

        carry(&mut sam, &mut alex);
        let list = alex.sharing_supporters().unwrap();
        let s = &list.supporters[0];
        assert_eq!(s.state, SupporterState::Active);
        assert!(s.last_synced.is_some());
        assert!(s.role_accepted && s.signals);
        assert_eq!(s.availability, "Evenings");
        assert_eq!(s.notes, vec!["Call me any time".to_string()]);
        assert_eq!(s.read, Some(SupporterRead::Latest), "Sam marked it read");

        // An edit arrives and is marked as changed.
        set(&mut alex, "crisis.when_well", "Chatty, and loves tea");
        carry(&mut alex, &mut sam);
        let list = alex.sharing_supporters().unwrap();
        assert_eq!(list.supporters[0].read, Some(SupporterRead::Earlier));
        let show = sam
            .sharing_shared_show(PersonArgs {
                person: "Alex".into(),
            })
            .unwrap();
        assert_eq!(show.changed, vec!["crisis.when_well".to_string()]);

        // The plan on Alex's side still works after the sharing calls.
        set(&mut alex, "crisis.money", "still editable");

        let rev = alex
            .sharing_revoke(SupporterArgs { name: "Sam".into() })
            .unwrap();
        assert!(rev.had_received);
        let list = alex.sharing_supporters().unwrap();
        assert!(list.supporters.is_empty());
        assert_eq!(list.revoked[0].name, "Sam");
        let last_read = |sam: &mut AppSession| sam.in_vault(|v| load_meta(v)).unwrap().read;
        assert!(
            last_read(&mut sam).contains_key("Alex"),
            "Sam's last-read copy"
        );
        let r = carry(&mut alex, &mut sam);
        assert_eq!(r.revoked, vec!["Alex".to_string()]);
        assert!(sam.sharing_shared().unwrap().is_empty());
        // Nothing of Alex's plan stays with Sam: not the last-read copy either.
        assert!(last_read(&mut sam).is_empty());
    }

    #[test]
    fn bad_input_gets_clear_codes() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = app(tmp.path(), "a");
        let e = a
            .sharing_join(JoinArgs {
                link: "hello".into(),
            })
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::InviteInvalid);
        let e = a
            .sync_open_update_file(UpdateFileArgs {
                bytes: b"not a bundle".to_vec(),
            })
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::BundleInvalid);
        let e = a
            .sharing_invite(InviteArgs {
                name: "Sam".into(),
                sections: vec![],
                signals: false,
                from: None,
            })
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        let e = a
            .sharing_preview(SharePreviewArgs {
                sections: vec!["nope".into()],
            })
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::UnknownField);
        // The session survives failed sharing calls.
        set(&mut a, "daily.when_well", "fine");
        a.lock();
        assert_eq!(
            a.sharing_supporters().unwrap_err().code,
            ErrorCode::VaultLocked
        );
    }

    #[test]
    fn sync_is_off_by_default_and_the_relay_url_is_checked() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = app(tmp.path(), "a");
        let s = a.sync_status().unwrap();
        assert!(!s.settings.enabled);
        assert_eq!(s.state, SyncState::Off);
        // Off: sync now refuses without touching the network.
        assert_eq!(a.sync_now().unwrap_err().code, ErrorCode::InvalidInput);
        for bad in [
            "",
            "ftp://x",
            "http://example.org",
            "http://[::ffff:192.0.2.1]:8787",
            "https://",
            "https://a b",
        ] {
            let e = a
                .sync_set(SyncSettings {
                    enabled: true,
                    relay_url: bad.into(),
                })
                .unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidInput, "{bad}");
        }
        let s = a
            .sync_set(SyncSettings {
                enabled: true,
                relay_url: "https://relay.example.org".into(),
            })
            .unwrap();
        assert!(s.settings.enabled);
        assert_eq!(s.state, SyncState::Waiting);
        a.sync_set(SyncSettings {
            enabled: true,
            relay_url: "http://127.0.0.1:8787".into(),
        })
        .unwrap();
        assert_eq!(
            a.sync_status().unwrap().settings.relay_url,
            "http://127.0.0.1:8787"
        );
        // Nothing listens on port 9 of this machine: with something to send,
        // the failure is kept, with its reason.
        a.sharing_invite(InviteArgs {
            name: "Sam".into(),
            sections: vec!["crisis".into()],
            signals: false,
            from: None,
        })
        .unwrap();
        a.sync_set(SyncSettings {
            enabled: true,
            relay_url: "http://127.0.0.1:9".into(),
        })
        .unwrap();
        let s = a.sync_now().unwrap();
        assert_eq!(s.state, SyncState::Offline);
        assert_eq!(
            s.last_error.map(|e| e.code),
            Some(harbour_api::ErrorCode::RelayUnreachable),
            "an unreachable relay is said as such, not as a file error"
        );
        // The plan still works after a failed sync.
        set(&mut a, "daily.when_well", "still here");
    }

    /// A relay that takes the connection and says nothing until told: the
    /// plan must stay usable meanwhile (the session is not held across the
    /// network exchange).
    #[test]
    fn the_plan_stays_usable_while_a_sync_waits_on_the_network() {
        use std::sync::atomic::{AtomicBool, Ordering};
        use std::sync::{mpsc, Arc};

        let tmp = tempfile::tempdir().unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(sharing_app_syncing_to(tmp.path(), Some(url)));

        let (accepted_tx, accepted) = mpsc::channel();
        let (release_tx, release) = mpsc::channel::<()>();
        let released = Arc::new(AtomicBool::new(false));
        let relay = {
            let released = released.clone();
            std::thread::spawn(move || {
                let (conn, _) = listener.accept().unwrap();
                accepted_tx.send(()).unwrap();
                // Held until the test says so, or 20 s at most.
                let _ = release.recv_timeout(Duration::from_secs(20));
                released.store(true, Ordering::SeqCst);
                drop(conn);
                drop(listener);
            })
        };
        let syncing = {
            let state = state.clone();
            std::thread::spawn(move || state.sync_now())
        };
        accepted
            .recv_timeout(Duration::from_secs(30))
            .expect("the sync reached the relay");
        let view = state
            .get()
            .with_session(|s| s.plan_get(PlanGetArgs::default()))
            .unwrap();
        assert!(
            !released.load(Ordering::SeqCst),
            "the plan had to wait for the network"
        );
        assert!(!view.sections.is_empty());
        release_tx.send(()).unwrap();
        relay.join().unwrap();
        let status = syncing.join().unwrap().unwrap();
        assert_eq!(
            status.last_error.map(|e| e.code),
            Some(ErrorCode::RelayUnreachable)
        );
    }

    /// A relay stand-in that answers every request with `page` (JSON).
    fn fake_relay(page: &'static str) -> (String, std::thread::JoinHandle<usize>) {
        use std::io::{Read, Write as _};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let served = std::thread::spawn(move || {
            listener.set_nonblocking(true).unwrap();
            let mut served = 0;
            let until = Instant::now() + Duration::from_secs(5);
            while Instant::now() < until {
                match listener.accept() {
                    Ok((mut conn, _)) => {
                        conn.set_nonblocking(false).unwrap();
                        let mut buf = [0u8; 4096];
                        let _ = conn.read(&mut buf);
                        let _ = write!(
                            conn,
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{page}",
                            page.len()
                        );
                        served += 1;
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
            served
        });
        (url, served)
    }

    fn sharing_app_syncing_to(dir: &Path, url: Option<String>) -> AppState {
        let mut session = app(dir, "data");
        session
            .sharing_invite(harbour_api::sharing::InviteArgs {
                name: "Sam".into(),
                sections: vec!["crisis".into()],
                signals: false,
                from: None,
            })
            .unwrap();
        if let Some(relay_url) = url {
            session
                .sync_set(SyncSettings {
                    enabled: true,
                    relay_url,
                })
                .unwrap();
        }
        AppState::new(session)
    }

    #[test]
    fn waiting_for_news_connects_only_while_sync_is_on() {
        let tmp = tempfile::tempdir().unwrap();
        let (url, served) = fake_relay(r#"{"messages":[],"last_seq":0}"#);
        let off = sharing_app_syncing_to(&tmp.path().join("off"), None);
        assert!(!off.sync_wait(1).unwrap(), "off: nothing to wait for");
        let on = sharing_app_syncing_to(&tmp.path().join("on"), Some(url));
        assert!(!on.sync_wait(1).unwrap(), "nothing new");
        assert_eq!(
            served.join().unwrap(),
            1,
            "one long-poll, and only while on"
        );

        let (url, served) = fake_relay(r#"{"messages":[{"seq":1,"data":"AA"}],"last_seq":1}"#);
        let news = sharing_app_syncing_to(&tmp.path().join("news"), Some(url));
        assert!(news.sync_wait(5).unwrap(), "something new");
        assert_eq!(served.join().unwrap(), 1);
    }
}
