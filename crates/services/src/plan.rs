//! The vault and the plan: create, unlock, read, edit, export, back up, restore.
//!
//! A [`Session`] is an unlocked vault with the plan document loaded on first
//! use. The app keeps one in its state while unlocked and drops it to lock
//! (the vault wipes its keys); the CLI opens one per command.
//!
//! Every edit is one Automerge change appended durably to the vault together
//! with the materialised crisis view, in one transaction. Reading the crisis
//! view reads that view alone and never loads the document's history.

use crate::files::{io_error, write_atomically};
use crate::time;
use crate::vault_store::view_rows;
use harbour_api::plan::*;
use harbour_api::{Error, ErrorCode};
use harbour_doc::{Edit, Materialised, PlanDoc};
use harbour_model::{checkin, registry, FieldKind, Plan, ValidationError, View, ViewKind};
use harbour_vault::{KdfParams, RecoveryKey, Unlock, Vault};
use std::path::{Path, PathBuf};

pub use harbour_doc::keys::{CRISIS_VIEW, PLAN_DOC, PLAN_VIEW};
use harbour_sync::store::ACTOR_SETTING;
/// Compact (one snapshot instead of many chunks) past this many stored pieces.
const COMPACT_AFTER: u64 = 256;

// ---------------------------------------------------------------- errors

// ---------------------------------------------------------------- DTOs

// ---------------------------------------------------------------- free functions

/// The platform's data directory for Harbour (e.g. `~/.local/share/harbour`).
pub fn default_vault_dir() -> Result<PathBuf, Error> {
    directories::ProjectDirs::from("org", "Harbour", "Harbour")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::new(
                ErrorCode::Io,
                "could not find a data directory for this user; give one with --vault",
            )
        })
}

/// Every section and field of the plan, in order (the registry).
pub fn plan_fields() -> PlanFieldsResult {
    PlanFieldsResult {
        sections: registry::SECTIONS
            .iter()
            .map(|s| PlanSectionDto {
                id: s.id.to_string(),
                fields: s
                    .field_specs()
                    .map(|f| match f.kind {
                        FieldKind::Text => PlanFieldDto {
                            path: f.path(),
                            kind: "text".into(),
                            item_shape: None,
                            item_keys: vec![],
                        },
                        FieldKind::List(shape) => PlanFieldDto {
                            path: f.path(),
                            kind: "list".into(),
                            item_shape: Some(shape.as_str().into()),
                            item_keys: shape.keys().iter().map(|k| k.to_string()).collect(),
                        },
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn unlock_from<'a>(
    passphrase: &'a Option<String>,
    recovery: &'a Option<RecoveryKey>,
) -> Result<Unlock<'a>, Error> {
    match (passphrase, recovery) {
        (Some(p), None) => Ok(Unlock::Passphrase(p)),
        (None, Some(k)) => Ok(Unlock::RecoveryKey(k)),
        (None, None) => Err(Error::new(
            ErrorCode::PassphraseRequired,
            "give the passphrase or the recovery key",
        )),
        (Some(_), Some(_)) => Err(Error::invalid_input(
            "give the passphrase or the recovery key, not both",
        )),
    }
}

fn parse_recovery(key: &Option<String>) -> Result<Option<RecoveryKey>, Error> {
    key.as_deref()
        .map(|k| {
            RecoveryKey::parse(k).map_err(|e| {
                Error::new(
                    ErrorCode::InvalidRecoveryKey,
                    format!("the recovery key is not valid: {e}"),
                )
            })
        })
        .transpose()
}

/// Creates a vault with an empty plan; returns it unlocked and the recovery key.
pub fn vault_create(args: VaultCreateArgs) -> Result<(Session, VaultCreated), Error> {
    vault_create_with(args, KdfParams::DEFAULT)
}

/// [`vault_create`] with explicit key-derivation parameters (tests, benchmarks).
pub fn vault_create_with(
    args: VaultCreateArgs,
    kdf: KdfParams,
) -> Result<(Session, VaultCreated), Error> {
    if args.passphrase.is_empty() {
        return Err(Error::new(
            ErrorCode::PassphraseRequired,
            "choose a passphrase",
        ));
    }
    let dir = PathBuf::from(&args.dir);
    let (vault, recovery) = Vault::create(&dir, &args.passphrase, kdf)?;
    let mut session = Session::from_vault(vault)?;
    session.doc()?;
    let created = VaultCreated {
        dir: args.dir,
        recovery_key: recovery.encode().to_string(),
    };
    Ok((session, created))
}

/// Unlocks an existing vault.
pub fn vault_open(args: VaultOpenArgs) -> Result<(Session, VaultOpened), Error> {
    let recovery = parse_recovery(&args.recovery_key)?;
    let unlock = unlock_from(&args.passphrase, &recovery)?;
    let vault = Vault::open(Path::new(&args.dir), unlock)?;
    Ok((Session::from_vault(vault)?, VaultOpened { dir: args.dir }))
}

/// Restores a backup file into a new vault directory and unlocks it.
pub fn backup_restore(args: BackupRestoreArgs) -> Result<(Session, VaultOpened), Error> {
    let recovery = parse_recovery(&args.recovery_key)?;
    let unlock = unlock_from(&args.passphrase, &recovery)?;
    let vault = Vault::restore(Path::new(&args.file), Path::new(&args.dir), unlock)?;
    // A restored device speaks under a new identity: see
    // `Engine::take_new_identity` (restore rewinds its message counters).
    let mut engine = harbour_sync::Engine::open(crate::VaultStore(vault))?;
    engine.take_new_identity()?;
    let mut session = Session::from_vault(engine.into_store().0)?;
    // Refuse a restored vault whose plan does not load.
    session.doc()?;
    Ok((session, VaultOpened { dir: args.dir }))
}

// ---------------------------------------------------------------- session

/// An unlocked vault. Drop it to lock (keys are wiped).
pub struct Session {
    vault: Vault,
    actor: Vec<u8>,
    doc: Option<PlanDoc>,
}

/// The stored plan document, read but not yet loaded (see
/// [`Session::plan_to_load`]).
pub struct PlanToLoad {
    pieces: Vec<Vec<u8>>,
    actor: Vec<u8>,
    revision: u64,
}

impl PlanToLoad {
    /// Loads the document: most of a second after ten years of edits, so it
    /// runs with no lock held.
    pub fn load(self) -> Result<LoadedPlan, Error> {
        let doc = PlanDoc::load(
            &self.pieces[0],
            self.pieces[1..].iter().map(Vec::as_slice),
            &self.actor,
        )?;
        Ok(LoadedPlan {
            doc: Some(doc),
            revision: self.revision,
        })
    }
}

/// A session's plan while its vault is lent out (see [`Session::into_parts`]).
pub struct LoadedPlan {
    doc: Option<PlanDoc>,
    /// The vault's revision of the plan document when it was lent.
    revision: u64,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("dir", &self.vault.dir())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A session on an unlocked vault (the plan loads on first use).
    pub fn from_vault(mut vault: Vault) -> Result<Self, Error> {
        let actor = match vault.get_setting(ACTOR_SETTING)? {
            Some(a) if !a.is_empty() && a.len() <= 32 => a,
            _ => {
                let a = harbour_doc::new_actor()?;
                vault.put_setting(ACTOR_SETTING, &a)?;
                a
            }
        };
        Ok(Self {
            vault,
            actor,
            doc: None,
        })
    }

    pub fn dir(&self) -> &Path {
        self.vault.dir()
    }

    /// The vault underneath (for benchmarks and tests).
    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// The vault, for sharing (the app hands it to `sharing::Sharing`), and
    /// the plan as loaded, for [`Session::from_parts`] to keep when nothing
    /// wrote the plan meanwhile.
    pub fn into_parts(self) -> (Vault, LoadedPlan) {
        let revision = self.vault.doc_revision(PLAN_DOC);
        (
            self.vault,
            LoadedPlan {
                doc: self.doc,
                revision,
            },
        )
    }

    /// Whether the plan document is in memory (for tests of what a lent vault keeps).
    pub fn plan_loaded(&self) -> bool {
        self.doc.is_some()
    }

    /// A session on `vault` again. The plan loaded before is kept unless the
    /// vault's plan was written since (a sync brought changes from another
    /// device, say); then it is read afresh on next use. Reloading a plan with
    /// years of history takes most of a second, so a look at the supporters
    /// list or a Find help search must not cost that.
    pub fn from_parts(vault: Vault, plan: LoadedPlan) -> Result<Self, Error> {
        let unchanged = vault.doc_revision(PLAN_DOC) == plan.revision;
        let mut session = Self::from_vault(vault)?;
        if unchanged {
            session.doc = plan.doc;
        }
        Ok(session)
    }

    /// What loading the plan document needs, to load it without holding the
    /// session ([`PlanToLoad::load`], then [`Session::adopt`]); `None` when it
    /// is loaded already or there is none yet.
    pub fn plan_to_load(&self) -> Result<Option<PlanToLoad>, Error> {
        if self.doc.is_some() {
            return Ok(None);
        }
        Ok(self
            .vault
            .load_doc(PLAN_DOC)?
            .filter(|pieces| !pieces.is_empty())
            .map(|pieces| PlanToLoad {
                pieces,
                actor: self.actor.clone(),
                revision: self.vault.doc_revision(PLAN_DOC),
            }))
    }

    /// Takes a plan loaded off the session, unless one is loaded already or
    /// the vault's plan was written since it was read. True if taken.
    pub fn adopt(&mut self, plan: LoadedPlan) -> bool {
        let current = self.doc.is_none() && self.vault.doc_revision(PLAN_DOC) == plan.revision;
        if current {
            self.doc = plan.doc;
        }
        current && self.doc.is_some()
    }

    /// Locks: drops the document and wipes the keys.
    pub fn lock(self) {
        drop(self.doc);
        self.vault.lock();
    }

    /// The plan document, loading it (or creating an empty plan) on first use.
    fn doc(&mut self) -> Result<&mut PlanDoc, Error> {
        if self.doc.is_none() {
            let doc = match self.vault.load_doc(PLAN_DOC)? {
                Some(pieces) if !pieces.is_empty() => PlanDoc::load(
                    &pieces[0],
                    pieces[1..].iter().map(Vec::as_slice),
                    &self.actor,
                )?,
                _ => {
                    let mut doc = PlanDoc::new(&self.actor)?;
                    let views = doc.materialise()?;
                    self.vault
                        .save_doc_with_views(PLAN_DOC, &doc.save(), &view_rows(&views))?;
                    doc
                }
            };
            self.doc = Some(doc);
        }
        self.doc
            .as_mut()
            .ok_or_else(|| Error::new(ErrorCode::Internal, "the plan did not load"))
    }

    /// A photo's bytes from the plan document (loading it if need be).
    pub fn photo_bytes(&mut self, photo: &str) -> Result<Option<Vec<u8>>, Error> {
        Ok(self.doc()?.photo(photo)?)
    }

    /// Applies an edit and stores it durably with the materialised views.
    pub fn edit(&mut self, edit: &Edit) -> Result<EditResult, Error> {
        let now = time::now_secs();
        let doc = self.doc()?;
        let applied = doc.apply(edit, now)?;
        if applied.change.is_empty() {
            return Ok(EditResult {
                item_id: applied.item_id,
                changed: false,
            });
        }
        let stored = (|| -> Result<(), Error> {
            let views = self.doc()?.materialise()?;
            self.vault
                .append_changes_with_views(PLAN_DOC, &applied.change, &view_rows(&views))?;
            Ok(())
        })();
        if let Err(e) = stored {
            // Memory must not run ahead of the disk: reload on next use.
            self.doc = None;
            return Err(e);
        }
        self.compact_if_due()?;
        Ok(EditResult {
            item_id: applied.item_id,
            changed: true,
        })
    }

    /// Folds the appended changes into one snapshot when there are many.
    fn compact_if_due(&mut self) -> Result<(), Error> {
        if self.vault.doc_chunk_count(PLAN_DOC)?.unwrap_or(0) > COMPACT_AFTER {
            self.compact()?;
        }
        Ok(())
    }

    /// Replaces the stored snapshot and chunks with one compacted snapshot.
    pub fn compact(&mut self) -> Result<(), Error> {
        let doc = self.doc()?;
        let bytes = doc.save();
        let views = doc.materialise()?;
        self.vault
            .save_doc_with_views(PLAN_DOC, &bytes, &view_rows(&views))?;
        Ok(())
    }

    /// The whole plan: from the document when it is loaded, else from its
    /// materialised copy (no history replayed), else by loading the document
    /// and keeping the copy for next time.
    pub fn current_plan(&mut self) -> Result<Plan, Error> {
        if let Some(doc) = &self.doc {
            return Ok(doc.plan()?);
        }
        if let Some(bytes) = self.vault.get_snapshot(PLAN_DOC, PLAN_VIEW)? {
            if let Ok(plan) = harbour_doc::plan_from_json(&bytes) {
                return Ok(plan);
            }
        }
        self.rematerialise()?;
        Ok(self.doc()?.plan()?)
    }

    /// Rewrites the materialised views from the document (a vault from before
    /// they existed, or one that lost them).
    fn rematerialise(&mut self) -> Result<Materialised, Error> {
        let views = self.doc()?.materialise()?;
        for (kind, bytes) in view_rows(&views) {
            self.vault.put_snapshot(PLAN_DOC, kind, bytes)?;
        }
        Ok(views)
    }

    /// The plan (or one section) as the full view.
    pub fn plan_get(&mut self, args: PlanGetArgs) -> Result<View, Error> {
        let plan = self.current_plan()?;
        let mut view = harbour_model::views::full(&plan);
        if let Some(section) = args.section {
            if registry::section(&section).is_none() {
                return Err(ValidationError::UnknownSection(section).into());
            }
            view.sections.retain(|s| s.id == section);
        }
        Ok(view)
    }

    /// One of the three views.
    pub fn plan_view(&mut self, args: PlanViewArgs) -> Result<View, Error> {
        if args.kind == ViewKind::Crisis {
            return self.crisis_view();
        }
        let plan = self.current_plan()?;
        Ok(harbour_model::views::render(&plan, args.kind))
    }

    /// The crisis view from its materialised copy: no document load.
    pub fn crisis_view(&mut self) -> Result<View, Error> {
        if let Some(bytes) = self.vault.get_snapshot(PLAN_DOC, CRISIS_VIEW)? {
            if let Ok(view) = harbour_doc::crisis_view_from_json(&bytes) {
                return Ok(view);
            }
        }
        // Missing or unreadable: rebuild it from the document and keep it.
        let views = self.rematerialise()?;
        Ok(harbour_doc::crisis_view_from_json(&views.crisis_view)?)
    }

    pub fn plan_set_text(&mut self, args: SetTextArgs) -> Result<EditResult, Error> {
        self.edit(&Edit::SetText {
            path: args.path,
            text: args.text,
        })
    }

    pub fn plan_add_item(&mut self, args: AddItemArgs) -> Result<EditResult, Error> {
        let (_, shape) = harbour_model::validate::list_field(&args.path)?;
        let mut values = args.values;
        if let Some(text) = args.text {
            values.insert(shape.primary().to_string(), text);
        }
        self.edit(&Edit::AddItem {
            path: args.path,
            values,
            after: args.after,
        })
    }

    pub fn plan_edit_item(&mut self, args: EditItemArgs) -> Result<EditResult, Error> {
        self.edit(&Edit::EditItem {
            path: args.path,
            id: args.id,
            values: args.values,
        })
    }

    pub fn plan_remove_item(&mut self, args: RemoveItemArgs) -> Result<EditResult, Error> {
        self.edit(&Edit::RemoveItem {
            path: args.path,
            id: args.id,
        })
    }

    pub fn plan_move_item(&mut self, args: MoveItemArgs) -> Result<EditResult, Error> {
        self.edit(&Edit::MoveItem {
            path: args.path,
            id: args.id,
            to_index: args.to_index as usize,
        })
    }

    pub fn plan_set_crisis_status(
        &mut self,
        args: SetCrisisStatusArgs,
    ) -> Result<EditResult, Error> {
        self.edit(&Edit::SetCrisisStatus {
            status: args.status,
            by: args.by,
            at: time::rfc3339(time::now_secs()),
        })
    }

    pub fn plan_mark_reviewed(&mut self, args: MarkReviewedArgs) -> Result<EditResult, Error> {
        self.edit(&Edit::MarkReviewed {
            section: args.section,
            date: args.date.unwrap_or_else(|| time::date(time::now_secs())),
        })
    }

    pub fn plan_set_valid_as_of(&mut self, args: SetValidAsOfArgs) -> Result<EditResult, Error> {
        self.edit(&Edit::SetValidAsOf { date: args.date })
    }

    /// Renders a view as HTML, JSON or PDF, to a file or (not PDF) returned.
    pub fn plan_export(&mut self, args: ExportArgs) -> Result<ExportResult, Error> {
        if args.format == ExportFormat::Pdf && args.path.is_none() {
            return Err(Error::new(
                ErrorCode::OutputFileRequired,
                "a PDF is binary: give a file to write it to",
            ));
        }
        let view = self.plan_view(PlanViewArgs { kind: args.view })?;
        let labels = || crate::export::Labels::new(args.locale.as_deref().unwrap_or("en-GB"));
        let (content, mime) = match args.format {
            ExportFormat::Html => (
                crate::export::html(&view, &labels()).into_bytes(),
                "text/html",
            ),
            ExportFormat::Json => {
                // The whole plan's export carries the check-in history too.
                let checkins = (args.view == ViewKind::Full)
                    .then(|| self.current_plan().map(|p| checkin::history(&p)))
                    .transpose()?;
                (
                    crate::export::json(&view, checkins.as_deref())?.into_bytes(),
                    "application/json",
                )
            }
            ExportFormat::Pdf => (crate::export::pdf(&view, &labels())?, "application/pdf"),
        };
        let bytes = content.len() as u64;
        match args.path {
            Some(path) => {
                let p = PathBuf::from(&path);
                // 0600: an export is the plan in clear.
                write_atomically(&p, &content)?;
                Ok(ExportResult {
                    path: Some(path),
                    content: None,
                    mime: mime.into(),
                    bytes,
                })
            }
            None => Ok(ExportResult {
                path: None,
                // HTML and JSON are UTF-8 by construction.
                content: Some(String::from_utf8_lossy(&content).into_owned()),
                mime: mime.into(),
                bytes,
            }),
        }
    }

    pub fn backup_create(&mut self, args: BackupCreateArgs) -> Result<BackupCreated, Error> {
        if args.passphrase.is_empty() {
            return Err(Error::new(
                ErrorCode::PassphraseRequired,
                "choose a passphrase for the backup",
            ));
        }
        // Make sure the plan exists before it is backed up.
        self.doc()?;
        let path = PathBuf::from(&args.path);
        self.vault.backup_to(&path, &args.passphrase)?;
        let bytes = std::fs::metadata(&path)
            .map_err(|e| io_error("read", &path, e))?
            .len();
        Ok(BackupCreated {
            path: args.path,
            bytes,
        })
    }

    /// The recovery key again, for the passphrase.
    pub fn recovery_key_show(&self, args: RecoveryKeyArgs) -> Result<RecoveryKeyShown, Error> {
        let key = self.vault.recovery_key(&args.passphrase)?;
        Ok(RecoveryKeyShown {
            recovery_key: key.map(|k| k.encode().as_str().to_owned()),
        })
    }

    /// A new recovery key for the passphrase; the old one stops opening this
    /// vault (backups made before keep theirs).
    pub fn recovery_key_new(&mut self, args: RecoveryKeyArgs) -> Result<RecoveryKeyShown, Error> {
        let key = self.vault.new_recovery_key(&args.passphrase)?;
        Ok(RecoveryKeyShown {
            recovery_key: Some(key.encode().as_str().to_owned()),
        })
    }

    pub fn change_passphrase(&mut self, args: ChangePassphraseArgs) -> Result<(), Error> {
        if args.new_passphrase.is_empty() {
            return Err(Error::new(
                ErrorCode::PassphraseRequired,
                "choose a new passphrase",
            ));
        }
        self.vault
            .change_passphrase(&args.old_passphrase, &args.new_passphrase)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_vault::KdfParams;

    const PASS: &str = "materialised plan passphrase";

    fn create(dir: &Path) -> Session {
        let (vault, _) = Vault::create(dir, PASS, KdfParams::FLOOR).unwrap();
        Session::from_vault(vault).unwrap()
    }

    fn reopen(dir: &Path) -> Session {
        Session::from_vault(Vault::open(dir, Unlock::Passphrase(PASS)).unwrap()).unwrap()
    }

    fn whole(s: &mut Session) -> View {
        s.plan_get(PlanGetArgs { section: None }).unwrap()
    }

    fn some_edits() -> Vec<Edit> {
        vec![
            Edit::SetText {
                path: "crisis.money".into(),
                text: "Pay the rent first".into(),
            },
            Edit::AddItem {
                path: "toolbox.helps".into(),
                values: [("text".to_string(), "A walk by the canal".to_string())].into(),
                after: None,
            },
            Edit::MarkReviewed {
                section: "toolbox".into(),
                date: "2026-12-01".into(),
            },
            Edit::SetValidAsOf {
                date: Some("2026-11-30".into()),
            },
        ]
    }

    /// A new vault in `dir` with [`some_edits`] made; the whole plan it shows.
    fn edited(dir: &Path) -> (Session, View) {
        let mut s = create(dir);
        for e in some_edits() {
            s.edit(&e).unwrap();
        }
        let shown = whole(&mut s);
        (s, shown)
    }

    #[test]
    fn the_whole_plan_reads_from_its_materialised_copy_without_replaying_history() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let (mut s, expected) = edited(&dir);
        let safety = s
            .plan_view(PlanViewArgs {
                kind: ViewKind::Safety,
            })
            .unwrap();
        drop(s);

        let mut s = reopen(&dir);
        assert_eq!(whole(&mut s), expected);
        let again = s.plan_view(PlanViewArgs {
            kind: ViewKind::Safety,
        });
        assert_eq!(again.unwrap(), safety);
        assert!(!s.plan_loaded(), "reading the plan loaded its history");
        // An edit loads the document; what it shows after is the document's.
        s.edit(&Edit::SetText {
            path: "crisis.money".into(),
            text: "Pay the rent first, then the phone".into(),
        })
        .unwrap();
        let from_doc = harbour_model::views::full(&s.doc().unwrap().plan().unwrap());
        drop(s);
        assert_eq!(whole(&mut reopen(&dir)), from_doc);
    }

    #[test]
    fn a_vault_from_before_the_plan_was_materialised_reads_the_same_and_gains_it() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let mut doc = PlanDoc::new(b"older-harbour-01").unwrap();
        for e in some_edits() {
            doc.apply(&e, 1).unwrap();
        }
        let (mut vault, _) = Vault::create(&dir, PASS, KdfParams::FLOOR).unwrap();
        // What an older Harbour stored: the document and its crisis view only.
        vault
            .save_doc_with_views(
                PLAN_DOC,
                &doc.save(),
                &[(CRISIS_VIEW, &doc.crisis_view_json().unwrap())],
            )
            .unwrap();
        let mut s = Session::from_vault(vault).unwrap();
        let expected = harbour_model::views::full(&doc.plan().unwrap());
        assert_eq!(whole(&mut s), expected);
        let kept = s.vault.get_snapshot(PLAN_DOC, PLAN_VIEW).unwrap().unwrap();
        assert_eq!(
            harbour_doc::plan_from_json(&kept).unwrap(),
            doc.plan().unwrap()
        );
    }

    #[test]
    fn an_unreadable_materialised_copy_is_never_shown_and_is_rebuilt() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let (mut s, expected) = edited(&dir);
        s.vault
            .put_snapshot(PLAN_DOC, PLAN_VIEW, b"{not a plan")
            .unwrap();
        drop(s);
        let mut s = reopen(&dir);
        assert_eq!(whole(&mut s), expected);
        let kept = s.vault.get_snapshot(PLAN_DOC, PLAN_VIEW).unwrap().unwrap();
        assert!(harbour_doc::plan_from_json(&kept).is_ok());
    }
}
