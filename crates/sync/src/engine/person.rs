//! The person's side: inviting supporters, what each may see, confirming
//! their codes, revoking, and the signals the person sends.

use super::*;

impl<S: Store> Engine<S> {
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
            root: StoredKey::from(&bootstrap),
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
        Ok(self.state.supporters[self.supporter_index(name)?]
            .code
            .clone())
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
        let (_, a) = matching_answer(rel.answers.iter().map(|a| (i, a)), typed)?;
        rel.root = a.root;
        rel.peer = Some(a.sender);
        rel.peer_public = Some(a.public);
        rel.code = Some(a.code);
        rel.pairing = None;
        rel.answers.clear();
        self.save()
    }

    pub(super) fn supporter_index(&self, name: &str) -> Result<usize> {
        self.state
            .supporters
            .iter()
            .position(|s| s.name == name)
            .ok_or_else(|| SyncError::SupporterNotFound(name.into()))
    }

    /// The reply a supporter sent (empty until they sync).
    pub fn supporter_reply(&self, name: &str) -> Result<Reply> {
        let i = self.supporter_index(name)?;
        match self.doc(&keys::reply(&self.state.supporters[i].id))? {
            Some(d) => Ok(projection::reply(&d)?),
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
        let Some(d) = self.doc(&keys::projection(&rel.id, rel.generation))? else {
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
            let next = rel.generation + 1;
            self.move_generation(i, next, self.device_id())?;
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
            self.queue_outbox(&env);
        }
        self.state.supporters.remove(i);
        self.store
            .delete_doc(&keys::projection(&rel.id, rel.generation))?;
        self.store.delete_doc(&keys::reply(&rel.id))?;
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
    pub(super) fn queue_signal(
        &mut self,
        i: usize,
        kind: SignalKind,
        now: u64,
    ) -> Result<Option<bool>> {
        let rel = &self.state.supporters[i];
        if !rel.signals {
            return Ok(None);
        }
        let ok = match self.doc(&keys::reply(&rel.id))? {
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
}
