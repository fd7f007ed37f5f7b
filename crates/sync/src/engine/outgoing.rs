//! What this device sends: sealing changes, acknowledgements, hellos and
//! control messages for a bundle or the relay.

use super::*;

impl<S: Store> Engine<S> {
    /// Every envelope this device has to send now (for a bundle: all of it).
    pub fn outgoing(&mut self, now: u64) -> Result<Vec<Vec<u8>>> {
        self.outgoing_for(now, false)
    }

    /// What to send through the relay: as [`Self::outgoing`], less the
    /// acknowledgements, hellos and revocations the relay already has. The
    /// state is not saved: the caller stores the envelopes for resending in
    /// the same transaction as the state (the relay transport's `save_both`).
    pub fn outgoing_for_relay(&mut self, now: u64) -> Result<Vec<Vec<u8>>> {
        self.outgoing_for(now, true)
    }

    /// A new relay: what it has is nothing.
    pub(crate) fn forget_relay_sent(&mut self) {
        self.state.relay_sent.clear();
    }

    pub(super) fn outgoing_for(&mut self, now: u64, relay: bool) -> Result<Vec<Vec<u8>>> {
        // Revocations: in every bundle (files get lost), but to the relay
        // once (the relay transport keeps it pending until the relay has
        // it). Sent on every sync, a revoke filled its mailbox until the
        // relay refused it, and with it the whole sync.
        let mut out: Vec<Vec<u8>> = Vec::new();
        let mut queued = BTreeSet::new();
        for h in &self.state.outbox {
            let Some(env) = hex_to_vec(h) else { continue };
            if relay {
                let key = format!("outbox/{}", hex(&harbour_crypto::sha256(&env)));
                queued.insert(key.clone());
                if self.state.relay_sent.insert(key, String::new()).is_some() {
                    continue;
                }
            }
            out.push(env);
        }
        if relay {
            // What left the outbox leaves the record of it too.
            let gone = |k: &String| k.starts_with("outbox/") && !queued.contains(k);
            self.state.relay_sent.retain(|k, _| !gone(k));
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
                let id = keys::projection(&rel.id, rel.generation);
                let mut d = self.doc_or_new(&id)?;
                let photo = |id: &str| plan_doc.photo(id).ok().flatten();
                if projection::update_projection(&mut d, &plan, &rel.sections, photo, now as i64)? {
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
            if let Some(r) = self.doc(&keys::reply(&rel.id))? {
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
            let root = rel.root.key().clone();
            let keys =
                StreamKeys::derive(&root, Purpose::Supporter, Direction::Up, rel.generation, 0)?;
            let r = self.doc_or_new(&keys::my_reply(&rel.id))?;
            let payload = r.changes_after(&heads_from_hex(&rel.acked));
            if !payload.is_empty() {
                let heads = r.heads().iter().map(|h| h.0).collect();
                out.extend(self.seal_for(&keys, Kind::ReplyChanges, heads, payload, relay)?);
            }
            let proj_heads = match self.doc(&keys::shared(&rel.id, rel.generation))? {
                Some(d) => d.heads().iter().map(|h| h.0).collect(),
                None => vec![],
            };
            out.extend(self.seal_for(&keys, Kind::Ack, proj_heads, vec![], relay)?);
        }
        if let Some(g) = self.state.group.clone() {
            let keys =
                StreamKeys::derive(g.root.key(), Purpose::Devices, Direction::Down, 0, g.epoch)?;
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
            let root = l.root.key().clone();
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
        // Over the relay the caller saves the state with what was sealed,
        // in one transaction: apart, a crash between would lose one of them.
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
    pub(super) fn seal_for(
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
    pub(super) fn seal_hello(
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
}
