//! The person's own devices: linking with a confirmed code, the device
//! group and its keyring, removing a device and re-keying what it knew.

use super::*;

impl<S: Store> Engine<S> {
    pub(super) fn ensure_group(&mut self) -> Result<&mut Group> {
        if self.state.group.is_none() {
            self.state.group = Some(Group {
                root: StoredKey::from(SecretKey::generate()?),
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
            root: StoredKey::from(&bootstrap),
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
        let (inv, id_hex) = self.open_invite(
            code,
            InviteKind::Device,
            "this is a supporter invite; use join",
            now,
        )?;
        let (root, hello, _) = answer_invite(&inv)?;
        let shown = confirmation_code(&root)?;
        self.state.used_invites.push(id_hex);
        if !name.trim().is_empty() {
            self.state.device_name = name.trim().chars().take(64).collect();
        }
        self.state.links.push(LinkRel {
            root: StoredKey::from(&root),
            joiner: true,
            expires_at: inv.expires_at,
            peer: None,
            pending: vec![],
            pairing: None,
            hello: Some(hello),
            answers: vec![],
            code: Some(shown.clone()),
        });
        self.save()?;
        Ok(shown)
    }

    /// The confirmation code of a device this one linked, once the person
    /// confirmed it (the new device showed the same code when it joined).
    pub fn device_code(&self, id: &str) -> Option<String> {
        self.state
            .links
            .iter()
            .find(|l| !l.joiner && l.pairing.is_none() && l.peer.as_deref() == Some(id))
            .and_then(|l| l.code.clone())
    }

    /// Device links from this one still open for answers, with their index.
    fn waiting_links(&self, now: u64) -> impl Iterator<Item = (usize, &LinkRel)> {
        let open = move |l: &LinkRel| l.pairing.is_some() && now <= l.expires_at;
        self.state
            .links
            .iter()
            .enumerate()
            .filter(move |(_, l)| open(l))
    }

    /// New devices that answered a device link from this one and wait for
    /// the person to type the code one of them shows.
    pub fn device_answers(&self, now: u64) -> Vec<&Answer> {
        self.waiting_links(now)
            .flat_map(|(_, l)| l.answers.iter())
            .collect()
    }

    /// The person typed the code a new device shows: that device is sent
    /// the keyring and the plan; every other answer to its link is dropped.
    pub fn confirm_device(&mut self, typed: &str, now: u64) -> Result<String> {
        let waiting = self
            .waiting_links(now)
            .flat_map(|(i, l)| l.answers.iter().map(move |a| (i, a)));
        let (i, a) = matching_answer(waiting, typed)?;
        let l = &mut self.state.links[i];
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
        g.root = StoredKey::from(SecretKey::generate()?);
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
    pub(super) fn rekey_supporters(&mut self) -> Result<Vec<SupporterKey>> {
        let me = self.device_id();
        let mut keys = Vec::new();
        for i in 0..self.state.supporters.len() {
            let rel = self.state.supporters[i].clone();
            if rel.pairing.is_some() {
                continue; // nothing was ever sent; the invite is re-made if need be
            }
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
                self.queue_outbox(&env);
                self.state.supporters[i].root = StoredKey::from(&root);
            }
            // Without their key (a relationship from an older Harbour) only
            // the generation moves on: the removed device could follow.
            self.move_generation(i, generation, me.clone())?;
            let s = &self.state.supporters[i];
            keys.push(SupporterKey {
                id: s.id.clone(),
                root: s.root.clone(),
                generation,
            });
        }
        Ok(keys)
    }
}
