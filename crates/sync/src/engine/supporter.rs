//! The supporter's side: joining by an invite, reading the shared plan,
//! replying.

use super::*;

impl<S: Store> Engine<S> {
    /// Accepts an invite (link text).
    pub fn join(&mut self, link: &str, now: u64) -> Result<Joined> {
        let (inv, id_hex) = self.open_invite(
            link,
            InviteKind::Supporter,
            "this is a device link; use devices join",
            now,
        )?;
        let (root, hello, key) = answer_invite(&inv)?;
        let code = confirmation_code(&root)?;
        let base = match inv.from.trim() {
            "" => "Someone",
            from => from,
        };
        let mut name = base.to_string();
        let mut n = 2;
        while self.state.persons.iter().any(|p| p.name == name) {
            name = format!("{base} ({n})");
            n += 1;
        }
        let id = new_id()?;
        self.state.used_invites.push(id_hex);
        self.state.persons.push(PersonRel {
            id: id.clone(),
            name: name.clone(),
            root: StoredKey::from(&root),
            sections: inv.sections.clone(),
            generation: 0,
            acked: vec![],
            updated_at: None,
            signals: vec![],
            hello: Some(hello),
            key: Some(StoredKey::from(key.seed())),
            code: Some(code.clone()),
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
        self.store.save_doc(&keys::my_reply(&id), &reply.save())?;
        self.save()?;
        Ok(Joined {
            person: name,
            sections: inv.sections,
            code,
        })
    }

    /// The code this app shows for a person who invited it, until their
    /// plan first arrives (they type it to let it in); then none.
    pub fn person_code(&self, name: &str) -> Result<Option<String>> {
        let p = &self.state.persons[self.person_index(name)?];
        Ok(p.code.clone().filter(|_| p.updated_at.is_none()))
    }

    pub(super) fn person_index(&self, name: &str) -> Result<usize> {
        self.state
            .persons
            .iter()
            .position(|p| p.name == name)
            .ok_or_else(|| SyncError::PersonNotFound(name.into()))
    }

    /// What `name` shares with me (only the shared sections are present).
    pub fn shared_plan(&self, name: &str) -> Result<Plan> {
        let p = &self.state.persons[self.person_index(name)?];
        match self.doc(&keys::shared(&p.id, p.generation))? {
            Some(d) => Ok(projection::projection_plan(&d)?),
            None => Ok(Plan::default()),
        }
    }

    /// A photo of an item `name` shares with me, by its id.
    pub fn shared_photo(&self, name: &str, photo: &str) -> Result<Option<Vec<u8>>> {
        let p = &self.state.persons[self.person_index(name)?];
        match self.doc(&keys::shared(&p.id, p.generation))? {
            Some(d) => Ok(projection::projection_photo(&d, photo)?),
            None => Ok(None),
        }
    }

    /// "I have read it": my reply tells `name` which version I read.
    pub fn mark_read(&mut self, name: &str, now: u64) -> Result<()> {
        let p = &self.state.persons[self.person_index(name)?];
        let Some(shared) = self.doc(&keys::shared(&p.id, p.generation))? else {
            return Ok(()); // nothing has arrived to read
        };
        let id = keys::my_reply(&p.id);
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
        let id = keys::my_reply(&self.state.persons[i].id);
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
}
