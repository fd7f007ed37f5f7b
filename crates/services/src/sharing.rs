//! Sharing with supporters and own devices over
//! `harbour-sync`. A [`Sharing`] is an unlocked vault with the sharing state
//! loaded; the CLI opens one per command. Every result is a DTO and every
//! failure an [`Error`] with a stable code.

use crate::VaultStore;
use harbour_api::sharing::*;
use harbour_api::{Error, ErrorCode};
use harbour_model::{checkin, views};
use harbour_sync::relay::{RelayError, RelayFetched, RelayReport, RelayRound};
use harbour_sync::Engine;
use harbour_vault::{Unlock, Vault};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The longest reply or availability text, in bytes.
pub const MAX_REPLY: usize = 2000;

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RelaySyncResult {
    /// Envelopes the relay accepted.
    pub sent: u32,
    /// Envelopes kept for the next sync.
    pub unsent: u32,
    /// Envelopes read from the relay.
    pub received: u32,
    pub accepted: u32,
    pub duplicates: u32,
    pub refused: Vec<Error>,
    pub revoked: Vec<String>,
    pub signals: Vec<String>,
    pub answered: Vec<String>,
    pub devices_answered: u32,
}

/// An unlocked vault with the sharing engine.
pub struct Sharing {
    pub engine: Engine<VaultStore>,
}

impl std::fmt::Debug for Sharing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sharing(..)")
    }
}

impl Sharing {
    pub fn open(dir: &Path, passphrase: &str) -> Result<Self, Error> {
        let vault = Vault::open(dir, Unlock::Passphrase(passphrase))?;
        Self::from_vault(vault)
    }

    pub fn from_vault(vault: Vault) -> Result<Self, Error> {
        Ok(Self {
            engine: Engine::open(VaultStore(vault))?,
        })
    }

    pub fn into_vault(self) -> Vault {
        self.engine.into_store().0
    }

    pub fn supporters_invite(&mut self, args: InviteArgs) -> Result<InviteResult, Error> {
        let from = args.from.unwrap_or_default();
        let inv = self
            .engine
            .invite(&args.name, &args.sections, args.signals, &from, now())?;
        Ok(InviteResult {
            link: inv.link,
            expires_in_days: (harbour_sync::invite::DEFAULT_TTL_SECS / 86_400) as u32,
        })
    }

    pub fn supporters_list(&self) -> Result<Vec<SupporterDto>, Error> {
        let mut out = Vec::new();
        for s in &self.engine.state.supporters {
            let r = self.engine.supporter_reply(&s.name)?;
            out.push(SupporterDto {
                name: s.name.clone(),
                sections: s.sections.clone(),
                joined: s.peer.is_some(),
                confirmation_code: self.engine.supporter_code(&s.name)?,
                waiting: self
                    .engine
                    .supporter_answers(&s.name)?
                    .iter()
                    .map(|a| a.code.clone())
                    .collect(),
                read: self.engine.supporter_read(&s.name)?.map(Into::into),
                role_accepted: r.role_accepted,
                signals: s.signals && r.signals_ok,
                availability: r.availability,
                notes: r.notes.into_values().map(|n| n.text).collect(),
            });
        }
        Ok(out)
    }

    pub fn supporters_revoke(&mut self, name: &str) -> Result<RevokeResult, Error> {
        let r = self.engine.revoke(name)?;
        let message = if r.had_received {
            format!(
                "You have stopped sharing with {}. Harbour on their device will delete your plan when it next syncs. \
                 What they already saw ({}) may stay with them if they copied, printed or photographed it.",
                r.name,
                r.sections.join(", ")
            )
        } else {
            format!(
                "You have stopped sharing with {}. Nothing had reached them yet.",
                r.name
            )
        };
        Ok(RevokeResult {
            name: r.name,
            sections: r.sections,
            had_received: r.had_received,
            message,
        })
    }

    /// The person typed the code `name`'s app shows: that app becomes the
    /// supporter, and only now is anything sent to it.
    pub fn supporters_confirm(&mut self, name: &str, code: &str) -> Result<(), Error> {
        Ok(self.engine.confirm_supporter(name, code)?)
    }

    pub fn ask_for_help(&mut self) -> Result<u32, Error> {
        Ok(self.engine.ask_for_help(now())? as u32)
    }

    pub fn join(&mut self, link: &str) -> Result<JoinResult, Error> {
        let j = self.engine.join(link, now())?;
        Ok(JoinResult {
            person: j.person,
            sections: j.sections,
            code: j.code,
        })
    }

    pub fn shared_list(&self) -> Vec<SharedDto> {
        self.engine
            .state
            .persons
            .iter()
            .map(|p| SharedDto {
                person: p.name.clone(),
                sections: p.sections.clone(),
                received: p.updated_at.is_some(),
                signals: p.signals.iter().map(|(k, _)| k.as_str().into()).collect(),
            })
            .collect()
    }

    /// The code to read to `person` until their plan first arrives.
    pub fn person_code(&self, person: &str) -> Result<Option<String>, Error> {
        Ok(self.engine.person_code(person)?)
    }

    pub fn shared_show(&self, person: &str) -> Result<SharedShow, Error> {
        let plan = self.engine.shared_plan(person)?;
        let sections: Vec<String> = self
            .engine
            .state
            .persons
            .iter()
            .find(|p| p.name == person)
            .map(|p| p.sections.clone())
            .unwrap_or_default();
        let mut view = views::full(&plan);
        view.sections.retain(|s| sections.contains(&s.id));
        let checkin = sections
            .iter()
            .any(|s| s == checkin::SECTION)
            .then(|| checkin::latest(&plan))
            .flatten();
        Ok(SharedShow {
            person: person.into(),
            sections,
            view,
            checkin,
        })
    }

    pub fn reply(&mut self, person: &str, text: &str) -> Result<(), Error> {
        Ok(self.engine.reply(person, Some(text), None, None, now())?)
    }

    /// I have read what `person` shares; my next reply says which version.
    pub fn mark_read(&mut self, person: &str) -> Result<(), Error> {
        Ok(self.engine.mark_read(person, now())?)
    }

    /// I accept my role in `person`'s plan, with when and how I can help in
    /// my words, and say whether I want their signals (the person sends them
    /// only if they offered them too).
    pub fn accept_role(
        &mut self,
        person: &str,
        availability: &str,
        signals_ok: bool,
    ) -> Result<(), Error> {
        let availability = availability.trim();
        if availability.len() > MAX_REPLY {
            return Err(Error::new(
                ErrorCode::TooLong,
                format!("at most {MAX_REPLY} bytes"),
            ));
        }
        Ok(self
            .engine
            .reply(person, None, Some(availability), Some(signals_ok), now())?)
    }

    /// The supporter agrees (or no longer agrees) to receive crisis signals.
    pub fn reply_signals(&mut self, person: &str, ok: bool) -> Result<(), Error> {
        Ok(self.engine.reply(person, None, None, Some(ok), now())?)
    }

    pub fn devices_link(&mut self) -> Result<String, Error> {
        Ok(self.engine.device_link(now())?)
    }

    pub fn devices_join(&mut self, code: &str, name: &str) -> Result<String, Error> {
        Ok(self.engine.device_join(code, name, now())?)
    }

    /// The person's devices, then new devices waiting for their code.
    pub fn devices_list(&self) -> Result<Vec<DeviceDto>, Error> {
        let me = self.engine.device_id();
        let mut list = self
            .engine
            .devices()
            .into_iter()
            .map(|d| {
                Ok(DeviceDto {
                    this_device: d.id == me,
                    confirmation_code: self.engine.device_code(&d.id),
                    id: d.id,
                    name: d.name,
                    waiting: false,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        list.extend(
            self.engine
                .device_answers(now())
                .into_iter()
                .map(|a| DeviceDto {
                    id: a.sender.clone(),
                    name: String::new(),
                    this_device: false,
                    confirmation_code: Some(a.code.clone()),
                    waiting: true,
                }),
        );
        Ok(list)
    }

    /// The person typed the code a new device shows: it gets the keyring
    /// and the plan with the next sync.
    pub fn devices_confirm(&mut self, code: &str) -> Result<DeviceDto, Error> {
        let id = self.engine.confirm_device(code, now())?;
        Ok(DeviceDto {
            confirmation_code: self.engine.device_code(&id),
            id,
            name: String::new(),
            this_device: false,
            waiting: false,
        })
    }

    pub fn devices_remove(&mut self, device: &str) -> Result<DeviceDto, Error> {
        let d = self.engine.device_remove(device)?;
        Ok(DeviceDto {
            id: d.id,
            name: d.name,
            this_device: false,
            confirmation_code: None,
            waiting: false,
        })
    }

    pub fn bundle_out(&mut self, path: &Path) -> Result<BundleOutResult, Error> {
        let bytes = self.engine.bundle_out(now())?;
        crate::files::write_atomically(path, &bytes)?;
        Ok(BundleOutResult {
            path: path.to_string_lossy().into_owned(),
            bytes: bytes.len() as u32,
        })
    }

    pub fn bundle_in(&mut self, path: &Path) -> Result<BundleInResult, Error> {
        let too_big = |len: u64| {
            Error::new(
                ErrorCode::MessageTooLarge,
                format!("this sync file is too large ({len} bytes)"),
            )
        };
        let meta = std::fs::metadata(path).map_err(|e| {
            Error::new(
                ErrorCode::Io,
                format!("could not read {}: {e}", path.display()),
            )
        })?;
        if meta.len() > harbour_sync::bundle::MAX_BUNDLE as u64 {
            return Err(too_big(meta.len()));
        }
        let bytes = std::fs::read(path).map_err(|e| {
            Error::new(
                ErrorCode::Io,
                format!("could not read {}: {e}", path.display()),
            )
        })?;
        let r = self.engine.bundle_in(&bytes, now())?;
        Ok(BundleInResult {
            accepted: r.accepted,
            duplicates: r.duplicates,
            not_for_me: r.not_for_me,
            refused: refused_errors(r.refused),
            revoked: r.revoked,
            signals: signal_lines(r.signals),
            answered: r.answered,
            devices_answered: r.devices_answered,
        })
    }

    /// Sends and receives through a relay (the person asked for it: this is
    /// the only place sharing opens a network connection).
    pub fn relay_sync(&mut self, url: &str) -> Result<RelaySyncResult, Error> {
        let round = self.relay_prepare(url)?;
        let r = self.relay_finish(round.exchange(), url)?;
        Ok(relay_result(r))
    }

    /// A relay sync's first phase: seal and keep what is to be sent.
    pub fn relay_prepare(&mut self, url: &str) -> Result<RelayRound, Error> {
        self.engine
            .relay_prepare(url, now())
            .map_err(|e| relay_error(e, url))
    }

    /// A relay sync's last phase: take in what the exchange brought.
    pub fn relay_finish(&mut self, fetched: RelayFetched, url: &str) -> Result<RelayReport, Error> {
        self.engine
            .relay_finish(fetched, now())
            .map_err(|e| relay_error(e, url))
    }
}

/// A relay sync's figures as the CLI prints them.
fn relay_result(r: RelayReport) -> RelaySyncResult {
    let rep = r.report;
    RelaySyncResult {
        sent: r.sent,
        unsent: r.unsent,
        received: r.received,
        accepted: rep.accepted,
        duplicates: rep.duplicates,
        refused: refused_errors(rep.refused),
        revoked: rep.revoked,
        signals: signal_lines(rep.signals),
        answered: rep.answered,
        devices_answered: rep.devices_answered,
    }
}

pub fn relay_error(e: RelayError, url: &str) -> Error {
    match e {
        RelayError::Sync(e) => Error::from(e),
        RelayError::BadUrl(why) => Error::new(ErrorCode::InvalidInput, format!("relay address: {why}")),
        RelayError::Network(m) => Error::new(
            ErrorCode::RelayUnreachable,
            format!("could not reach the relay at {url}: {m}. Nothing is lost: it will be sent next time."),
        ),
        e @ RelayError::TooLarge => Error::new(ErrorCode::RelayRefused, e.to_string()),
        e @ RelayError::Refused { .. } => {
            let limited = matches!(&e, RelayError::Refused { code, .. } if code == ErrorCode::RateLimited.as_str());
            let code = if limited {
                ErrorCode::RateLimited
            } else {
                ErrorCode::RelayRefused
            };
            Error::new(code, e.to_string())
        }
    }
}

/// What the engine refused, as errors with their stable codes.
fn refused_errors(refused: Vec<(String, String)>) -> Vec<Error> {
    refused
        .into_iter()
        .map(|(code, msg)| {
            Error::new(
                ErrorCode::from_code(&code).unwrap_or(ErrorCode::Internal),
                msg,
            )
        })
        .collect()
}

/// Crisis signals received, one line each: `who: kind`.
fn signal_lines(signals: Vec<(String, harbour_sync::control::SignalKind)>) -> Vec<String> {
    signals
        .into_iter()
        .map(|(who, k)| format!("{who}: {}", k.as_str()))
        .collect()
}
