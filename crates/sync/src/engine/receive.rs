//! What this device takes in: routing each envelope to its relationship,
//! refusing what its sender may not write, and applying the rest.

use super::*;

impl<S: Store> Engine<S> {
    /// Every stream this device takes messages on: for fuzzing behind the
    /// MAC with envelopes it will open.
    #[cfg(feature = "test-vectors")]
    pub fn receiving_keys(&self) -> Result<Vec<StreamKeys>> {
        Ok(self.routes()?.into_values().map(|(_, k)| k).collect())
    }

    pub(super) fn routes(&self) -> Result<BTreeMap<[u8; 16], (Route, StreamKeys)>> {
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
            let root = p.root.key().clone();
            for g in [p.generation, p.generation + 1] {
                let down = StreamKeys::derive(&root, Purpose::Supporter, Direction::Down, g, 0)?;
                m.insert(down.mailbox, (Route::PersDown(i, g), down));
            }
            let up = StreamKeys::derive(&root, Purpose::Supporter, Direction::Up, p.generation, 0)?;
            m.insert(up.mailbox, (Route::PersUp, up));
        }
        if let Some(g) = &self.state.group {
            let k =
                StreamKeys::derive(g.root.key(), Purpose::Devices, Direction::Down, 0, g.epoch)?;
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
            let root = l.root.key().clone();
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
            let envelope::Opened {
                header: h,
                kind,
                body,
            } = match envelope::open(&keys, e) {
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
            match self.dispatch(route, kind, &body, now, &mut report) {
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

    pub(super) fn check_actors(
        &self,
        payload: &[u8],
        allowed: &dyn Fn(&[u8], &ChangeHash) -> bool,
    ) -> Result<()> {
        for (actor, hash) in chunks::changes(payload)? {
            if !allowed(&actor, &hash) {
                return Err(SyncError::WriteRefused(
                    "a change was made by someone who may not write this document".into(),
                ));
            }
        }
        Ok(())
    }

    pub(super) fn dispatch(
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
                        self.check_actors(&body.payload, &|a, _| a == body.sender)?;
                        let id = keys::reply(&rel.id);
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
                        keys::shared(&self.state.persons[i].id, self.state.persons[i].generation);
                    self.store.delete_doc(&old)?;
                    self.state.persons[i].generation = gen;
                }
                let rel = self.state.persons[i].clone();
                match kind {
                    Kind::ProjectionChanges => {
                        self.check_actors(&body.payload, &|a, _| a == body.sender)?;
                        let id = keys::shared(&rel.id, rel.generation);
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
                                .delete_doc(&keys::shared(&rel.id, rel.generation))?;
                            self.store.delete_doc(&keys::my_reply(&rel.id))?;
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
                        // The layout's fixed changes (skeleton, upgrades) are
                        // nobody's: taken by their exact hash, never by actor.
                        self.check_actors(&body.payload, &|a, hash| {
                            a == body.sender
                                || ids.iter().any(|x| x == a)
                                || harbour_doc::is_layout_change(hash)
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
                        self.check_actors(&body.payload, &|_, _| true)?;
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
                        if epoch <= g.epoch {
                            return Ok(()); // an old re-key
                        }
                        g.devices.retain(|d| d.id != removed);
                        g.removed.push(removed.clone());
                        g.root = root.clone();
                        g.epoch = epoch;
                        // Devices this one linked learn it only from here:
                        // pass it on along every other link (the epoch
                        // check ends it where it was already known).
                        let onward = Control::Rekey {
                            removed: removed.clone(),
                            root,
                            epoch,
                            supporters: supporters.clone(),
                        };
                        let links = self.state.links.iter_mut().enumerate();
                        for (_, l) in links.filter(|(j, _)| *j != i) {
                            if l.peer.as_deref().is_some_and(|p| p != removed) {
                                l.pending.push(onward.clone());
                            }
                        }
                        for k in supporters {
                            let Some(i) = self.state.supporters.iter().position(|s| s.id == k.id)
                            else {
                                continue;
                            };
                            self.move_generation(i, k.generation, sender.clone())?;
                            self.state.supporters[i].root = k.root;
                        }
                        self.state
                            .links
                            .retain(|l| l.peer.as_deref() != Some(&removed));
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
    pub(super) fn follow_rekey(&mut self, i: usize, public: &str, generation: u32) -> Result<()> {
        let p = self.state.persons[i].clone();
        if generation != p.generation + 1 {
            return Ok(()); // already followed, or out of order
        }
        let seed = p.key.as_ref().ok_or(SyncError::Malformed(
            "a re-key for a relationship without a key",
        ))?;
        let theirs = unhex::<32>(public).ok_or(SyncError::Malformed("bad re-key"))?;
        let shared = PairingKey::from_seed(seed.key().clone())
            .agree(&theirs)
            .map_err(|_| SyncError::Malformed("bad re-key"))?;
        let root = rekeyed_root(&p.root, &shared)?;
        self.store.delete_doc(&keys::shared(&p.id, p.generation))?;
        let rel = &mut self.state.persons[i];
        rel.root = StoredKey::from(&root);
        rel.generation = generation;
        rel.acked.clear();
        Ok(())
    }

    pub(super) fn is_own_device(&self, id: &str) -> bool {
        self.state
            .group
            .as_ref()
            .is_some_and(|g| g.devices.iter().any(|d| d.id == id))
    }

    pub(super) fn merge_plan(&mut self, payload: &[u8]) -> Result<()> {
        let mut doc = self.plan_doc()?;
        let before = doc.heads();
        doc.merge_bytes(payload)?;
        let after = doc.save_after(&before);
        if !after.is_empty() {
            self.store.append_plan(&after, &doc.materialise()?)?;
        }
        Ok(())
    }
}
