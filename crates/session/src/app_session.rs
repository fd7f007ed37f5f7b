//! The app's stateful handle on the plan: one per running app.
//!
//! The CLI opens a [`Session`] per command; the app keeps one open while the
//! person is using it. [`AppSession`] wraps the plan functions of
//! [`crate::plan`] with what only a long-running app needs:
//!
//! - where the vault lives (one data directory per profile), and whether it exists;
//! - unlock and lock (locking drops the session, so the vault wipes its keys);
//! - idle auto-lock: every call first checks how long the app has been idle and
//!   locks if that is longer than the person's setting (the UI locks first, after
//!   saving what is being typed; this is the backstop if the UI cannot);
//! - the person's display preferences (text size, contrast, motion, auto-lock
//!   time, language, Easy Read), kept in a small plain file beside the vault.
//!   They hold no plan content and must be readable before unlocking;
//! - files the person asks for (recovery key, backups) written to a folder they
//!   can find (`HARBOUR_EXPORT_DIR`, else Downloads, else Documents, else home).
//!
//! Everything goes through [`AppSession::with_session`], which the Tauri shell's
//! one-line commands call, so no command can touch a locked or idle vault.

use crate::saving::{SaveTo, SavedKind};
use harbour_api::app_session::*;
use harbour_api::saving::SavedFile;
use harbour_api::{
    BackupCreateArgs, BackupRestoreArgs, ChangePassphraseArgs, Error, ErrorCode, ExportArgs,
    ExportFormat, RecoveryKeyArgs, RecoveryKeyShown, VaultCreateArgs, VaultCreated, VaultOpenArgs,
};
use harbour_services::files::{io_error, saved, write_atomically};
use harbour_services::{
    backup_restore, time, vault_create, vault_create_with, vault_open, Session,
};
use harbour_vault::{KdfParams, RecoveryKey, Vault};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The vault's folder inside the app's data directory.
const VAULT_DIR: &str = "vault";
/// The preferences file inside the app's data directory.
const PREFS_FILE: &str = "preferences.json";

/// The app's state: the data directory, the unlocked session if any, prefs.
pub struct AppSession {
    data_dir: PathBuf,
    export_dir: Option<PathBuf>,
    fast_kdf: bool,
    session: Option<Session>,
    /// Counts unlocks, so a plan loaded in the background for one unlocked
    /// session is never handed to the next.
    unlocks: u64,
    last_used: Instant,
    prefs: AppPrefs,
}

impl std::fmt::Debug for AppSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppSession")
            .field("data_dir", &self.data_dir)
            .field("unlocked", &self.session.is_some())
            .finish_non_exhaustive()
    }
}

impl AppSession {
    /// The app's state for `data_dir`. Reads the preferences file; a missing or
    /// unreadable one gives the defaults (they are only display settings).
    pub fn new(data_dir: PathBuf) -> Self {
        finish_interrupted_restore(&data_dir);
        let prefs = std::fs::read(data_dir.join(PREFS_FILE))
            .ok()
            .and_then(|b| serde_json::from_slice::<AppPrefs>(&b).ok())
            .filter(|p| p.check().is_ok())
            .unwrap_or_default();
        Self {
            data_dir,
            export_dir: None,
            fast_kdf: false,
            session: None,
            unlocks: 0,
            last_used: Instant::now(),
            prefs,
        }
    }

    /// Where files for the person go (otherwise Downloads, Documents or home).
    pub fn with_export_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.export_dir = dir;
        self
    }

    /// Test builds only: create vaults with the cheapest legal key derivation.
    pub fn with_fast_kdf(mut self, fast: bool) -> Self {
        self.fast_kdf = fast;
        self
    }

    pub fn vault_dir(&self) -> PathBuf {
        self.data_dir.join(VAULT_DIR)
    }

    fn idle_limit(&self) -> Duration {
        Duration::from_secs(u64::from(self.prefs.auto_lock_minutes) * 60)
    }

    /// Locks when idle for longer than the setting.
    fn lock_if_idle(&mut self) {
        if self.session.is_some() && self.last_used.elapsed() > self.idle_limit() {
            self.lock();
        }
    }

    pub fn status(&mut self) -> AppStatus {
        self.lock_if_idle();
        AppStatus {
            has_vault: Vault::exists(&self.vault_dir()),
            unlocked: self.session.is_some(),
            prefs: self.prefs.clone(),
        }
    }

    /// The person is still here (the UI saw a key press or a tap).
    pub fn touch(&mut self) -> AppStatus {
        self.lock_if_idle();
        if self.session.is_some() {
            self.last_used = Instant::now();
        }
        self.status()
    }

    /// Creates the vault, unlocked. The recovery key is returned once.
    pub fn create(&mut self, args: AppCreateArgs) -> Result<VaultCreated, Error> {
        harbour_vault::files::create_private_dir(&self.data_dir)
            .map_err(|e| io_error("create", &self.data_dir, e))?;
        let create = VaultCreateArgs {
            dir: self.vault_dir().to_string_lossy().into_owned(),
            passphrase: args.passphrase,
        };
        let (session, created) = if self.fast_kdf {
            vault_create_with(create, KdfParams::fastest_legal())?
        } else {
            vault_create(create)?
        };
        self.start(session);
        Ok(created)
    }

    pub fn unlock(&mut self, args: AppUnlockArgs) -> Result<AppStatus, Error> {
        self.lock();
        let (session, _) = vault_open(VaultOpenArgs {
            dir: self.vault_dir().to_string_lossy().into_owned(),
            passphrase: args.passphrase.filter(|p| !p.is_empty()),
            recovery_key: args.recovery_key.filter(|k| !k.trim().is_empty()),
        })?;
        self.start(session);
        Ok(self.status())
    }

    fn start(&mut self, session: Session) {
        self.session = Some(session);
        self.unlocks += 1;
        self.last_used = Instant::now();
    }

    /// Drops the session: the vault closes and wipes its keys.
    pub fn lock(&mut self) {
        if let Some(session) = self.session.take() {
            session.lock();
        }
    }

    /// Locks, then says where the app stands.
    pub fn lock_and_status(&mut self) -> AppStatus {
        self.lock();
        self.status()
    }

    /// Runs `f` on the unlocked session, or fails with `vault_locked`.
    pub fn with_session<T>(
        &mut self,
        f: impl FnOnce(&mut Session) -> Result<T, Error>,
    ) -> Result<T, Error> {
        self.lock_if_idle();
        let session = self
            .session
            .as_mut()
            .ok_or_else(|| Error::new(ErrorCode::VaultLocked, "the plan is locked"))?;
        self.last_used = Instant::now();
        f(session)
    }

    /// Runs `f` on the unlocked vault itself (sharing needs it whole), or
    /// fails with `vault_locked`. The plan session is rebuilt afterwards,
    /// keeping the loaded plan unless `f` wrote it (then it is loaded fresh).
    /// Should `f` not hand the vault back (it could not be opened for
    /// sharing), the app is locked.
    pub(crate) fn with_vault<T>(
        &mut self,
        f: impl FnOnce(Vault) -> (Option<Vault>, Result<T, Error>),
    ) -> Result<T, Error> {
        self.last_used_check()?;
        self.last_used = Instant::now();
        self.lend_vault(f)
    }

    /// [`Self::with_vault`] for work that only borrows the vault (it always
    /// hands it back).
    pub(crate) fn in_vault<T>(
        &mut self,
        f: impl FnOnce(&mut Vault) -> Result<T, Error>,
    ) -> Result<T, Error> {
        self.with_vault(|mut v| {
            let r = f(&mut v);
            (Some(v), r)
        })
    }

    /// [`Self::with_vault`] for what runs by itself (background sync): it
    /// does not count as the person using the app, so the idle auto-lock
    /// still comes.
    pub(crate) fn with_vault_quietly<T>(
        &mut self,
        f: impl FnOnce(Vault) -> (Option<Vault>, Result<T, Error>),
    ) -> Result<T, Error> {
        self.last_used_check()?;
        self.lend_vault(f)
    }

    /// Locks if idle; `vault_locked` if locked.
    fn last_used_check(&mut self) -> Result<(), Error> {
        self.lock_if_idle();
        match self.session {
            Some(_) => Ok(()),
            None => Err(Error::new(ErrorCode::VaultLocked, "the plan is locked")),
        }
    }

    fn lend_vault<T>(
        &mut self,
        f: impl FnOnce(Vault) -> (Option<Vault>, Result<T, Error>),
    ) -> Result<T, Error> {
        let session = self
            .session
            .take()
            .ok_or_else(|| Error::new(ErrorCode::VaultLocked, "the plan is locked"))?;
        let (vault, plan) = session.into_parts();
        let (vault, result) = f(vault);
        if let Some(vault) = vault {
            self.session = Some(Session::from_parts(vault, plan)?);
        }
        result
    }

    /// The app's data directory (the vault lives inside it).
    pub(crate) fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn prefs(&self) -> AppPrefs {
        self.prefs.clone()
    }

    /// Saves new preferences (checked first) to the preferences file.
    pub fn set_prefs(&mut self, prefs: AppPrefs) -> Result<AppPrefs, Error> {
        prefs.check()?;
        harbour_vault::files::create_private_dir(&self.data_dir)
            .map_err(|e| io_error("create", &self.data_dir, e))?;
        let json = serde_json::to_vec_pretty(&prefs)
            .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
        write_atomically(&self.data_dir.join(PREFS_FILE), &json)?;
        self.prefs = prefs;
        Ok(self.prefs.clone())
    }

    pub fn change_passphrase(&mut self, args: ChangePassphraseArgs) -> Result<(), Error> {
        self.with_session(|s| s.change_passphrase(args))
    }

    pub fn recovery_key_show(&mut self, args: RecoveryKeyArgs) -> Result<RecoveryKeyShown, Error> {
        self.with_session(|s| s.recovery_key_show(args))
    }

    pub fn recovery_key_new(&mut self, args: RecoveryKeyArgs) -> Result<RecoveryKeyShown, Error> {
        self.with_session(|s| s.recovery_key_new(args))
    }

    /// Writes the recovery key to a text file the person can keep somewhere safe.
    pub fn save_recovery_key(
        &mut self,
        args: RecoveryKeySaveArgs,
        to: SaveTo,
    ) -> Result<SavedFile, Error> {
        let key = RecoveryKey::parse(args.recovery_key.trim()).map_err(|e| {
            Error::new(
                ErrorCode::InvalidRecoveryKey,
                format!("the recovery key is not valid: {e}"),
            )
        })?;
        let text = format!(
            "Harbour recovery key\n\n{}\n\nThis key opens your Harbour plan if you forget your passphrase.\nKeep it somewhere safe and private, away from this device.\nCreated {}.\n",
            key.encode().as_str(),
            time::date(time::now_secs())
        );
        let path = self.save_path(SavedKind::RecoveryKey, to)?;
        write_atomically(&path, text.as_bytes())?;
        Ok(saved(path))
    }

    /// Writes a view of the plan as a PDF, named for the view and today
    /// (`harbour-crisis-card-2026-12-07.pdf`). Not encrypted: it is what the
    /// person asked for, to print or hand over.
    pub fn save_pdf(&mut self, args: AppPdfArgs, to: SaveTo) -> Result<SavedFile, Error> {
        let path = self.save_path(SavedKind::Pdf(args.view), to)?;
        let path_text = path.to_string_lossy().into_owned();
        self.with_session(|s| {
            s.plan_export(ExportArgs {
                format: ExportFormat::Pdf,
                view: args.view,
                path: Some(path_text),
                locale: args.locale,
            })
        })?;
        Ok(saved(path))
    }

    /// Writes an encrypted backup of the plan.
    pub fn backup_create(&mut self, args: AppBackupArgs, to: SaveTo) -> Result<SavedFile, Error> {
        let path = self.save_path(SavedKind::Backup, to)?;
        let path_text = path.to_string_lossy().into_owned();
        self.with_session(|s| {
            s.backup_create(BackupCreateArgs {
                path: path_text,
                passphrase: args.passphrase,
            })
        })?;
        Ok(saved(path))
    }

    /// Restores a backup (its bytes) as this device's vault, unlocked. The
    /// vault it replaces is locked first and kept beside it, renamed.
    pub fn backup_restore(&mut self, args: AppRestoreArgs) -> Result<AppStatus, Error> {
        if args.bytes.is_empty() {
            return Err(Error::new(
                ErrorCode::BackupCorrupt,
                "the backup file is empty",
            ));
        }
        harbour_vault::files::create_private_dir(&self.data_dir)
            .map_err(|e| io_error("create", &self.data_dir, e))?;
        let stamp = time::now_secs();
        let file = self.data_dir.join(format!(".restore-{stamp}.harbour"));
        let staging = self.data_dir.join(format!(".vault-restoring-{stamp}"));
        write_atomically(&file, &args.bytes)?;
        let passphrase = args.passphrase.filter(|p| !p.is_empty());
        let recovery_key = args.recovery_key.filter(|k| !k.trim().is_empty());
        let restored = backup_restore(BackupRestoreArgs {
            file: file.to_string_lossy().into_owned(),
            dir: staging.to_string_lossy().into_owned(),
            passphrase: passphrase.clone(),
            recovery_key: recovery_key.clone(),
        });
        let _ = std::fs::remove_file(&file);
        let (session, _) = match restored {
            Ok(ok) => ok,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&staging);
                return Err(e);
            }
        };
        // The backup opened and its plan loaded: swap it into place. From
        // the mark on, a crash is finished by `finish_interrupted_restore`.
        session.lock();
        self.lock();
        write_atomically(&staging.join(RESTORE_READY), b"")?;
        let vault_dir = self.vault_dir();
        if vault_dir.exists() {
            let kept = self.data_dir.join(format!("vault-before-restore-{stamp}"));
            std::fs::rename(&vault_dir, &kept).map_err(|e| io_error("move", &vault_dir, e))?;
        }
        std::fs::rename(&staging, &vault_dir).map_err(|e| io_error("move", &staging, e))?;
        let _ = std::fs::remove_file(vault_dir.join(RESTORE_READY));
        // Reopen it where it now lives; should that fail, the restored vault is
        // in place and the person simply unlocks it.
        if let Ok((session, _)) = vault_open(VaultOpenArgs {
            dir: vault_dir.to_string_lossy().into_owned(),
            passphrase,
            recovery_key,
        }) {
            self.start(session);
        }
        Ok(self.status())
    }

    fn export_dir(&self) -> Result<PathBuf, Error> {
        if let Some(dir) = &self.export_dir {
            return Ok(dir.clone());
        }
        directories::UserDirs::new()
            .and_then(|u| {
                u.download_dir()
                    .or(u.document_dir())
                    .map(Path::to_path_buf)
                    .or_else(|| Some(u.home_dir().to_path_buf()))
            })
            .ok_or_else(|| Error::new(ErrorCode::Io, "could not find a folder to save into"))
    }

    /// Where to write a `kind` of file: where the person chose, or a free
    /// name in the export folder.
    pub(crate) fn save_path(&self, kind: SavedKind, to: SaveTo) -> Result<PathBuf, Error> {
        match to {
            SaveTo::Chosen(path) if path.file_name().is_none() || path.is_dir() => Err(Error::new(
                ErrorCode::Io,
                format!("{} is not a file to save into", path.display()),
            )),
            SaveTo::Chosen(path) => Ok(path),
            SaveTo::ExportFolder => self.suggested_path(kind),
        }
    }

    /// A free name for a `kind` of file in the export folder: `name.ext`, or
    /// `name-2.ext` and so on if that exists. The save dialog opens there,
    /// suggesting it, so saving twice never offers to replace the first file.
    pub fn suggested_path(&self, kind: SavedKind) -> Result<PathBuf, Error> {
        let (name, ext) = kind.stem_and_extension();
        let dir = self.export_dir()?;
        std::fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
        for n in 1..1000 {
            let file = if n == 1 {
                format!("{name}.{ext}")
            } else {
                format!("{name}-{n}.{ext}")
            };
            let path = dir.join(file);
            if !path.exists() {
                return Ok(path);
            }
        }
        Err(Error::new(
            ErrorCode::Io,
            format!("too many files named {name} in {}", dir.display()),
        ))
    }
}

/// Marks a restored vault, complete and checked, that is being swapped in.
const RESTORE_READY: &str = ".restore-ready";

/// A restore swaps two directories by two renames: the current vault aside,
/// the restored one in. A crash between them leaves no vault where the app
/// looks; this finishes the swap when the restored vault was marked ready,
/// and removes a staging directory that never was (the old vault is intact).
fn finish_interrupted_restore(data_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(data_dir) else {
        return;
    };
    let vault_dir = data_dir.join(VAULT_DIR);
    let mut staged: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(".vault-restoring-"))
        })
        .collect();
    // Newest first: should two restores have been cut short, the later wins.
    staged.sort();
    for dir in staged.into_iter().rev() {
        if dir.join(RESTORE_READY).exists() && !Vault::exists(&vault_dir) {
            let _ = std::fs::remove_dir(&vault_dir); // an empty leftover only
            if std::fs::rename(&dir, &vault_dir).is_ok() {
                continue;
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    let _ = std::fs::remove_file(vault_dir.join(RESTORE_READY));
}

/// The app's shared handle: an [`AppSession`] behind a mutex, so Tauri
/// commands on any thread see one state.
#[derive(Debug)]
pub struct AppState {
    session: Mutex<AppSession>,
    /// One relay sync at a time (it runs without the session lock).
    pub(crate) syncing: Mutex<()>,
}

impl AppState {
    pub fn new(session: AppSession) -> Self {
        Self {
            session: Mutex::new(session),
            syncing: Mutex::new(()),
        }
    }

    /// The session, even if a previous command panicked while holding it.
    pub fn get(&self) -> MutexGuard<'_, AppSession> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Loads the plan document in the background after an unlock, holding
    /// the session only to read it from the vault and to hand it over: the
    /// screens meanwhile read the plan's materialised copy, and the first edit
    /// finds the document loaded. True if a loaded plan was taken.
    pub fn preload_plan(&self) -> Result<bool, Error> {
        let (unlocks, to_load) = {
            let mut app = self.get();
            let unlocks = app.unlocks;
            match app.session.as_mut() {
                Some(session) => (unlocks, session.plan_to_load()?),
                None => return Ok(false),
            }
        };
        let Some(to_load) = to_load else {
            return Ok(false);
        };
        let loaded = to_load.load()?;
        let mut app = self.get();
        if app.unlocks != unlocks {
            return Ok(false);
        }
        Ok(app.session.as_mut().is_some_and(|s| s.adopt(loaded)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_api::ViewKind;
    use harbour_api::{PlanGetArgs, SetTextArgs};

    fn app(dir: &Path) -> AppSession {
        AppSession::new(dir.join("data"))
            .with_export_dir(Some(dir.join("export")))
            .with_fast_kdf(true)
    }

    fn create(app: &mut AppSession) -> VaultCreated {
        app.create(AppCreateArgs {
            passphrase: "kettle river yellow sock".into(),
        })
        .unwrap()
    }

    /// Writes one text field of the plan.
    fn write(app: &mut AppSession, path: &str, text: &str) {
        app.with_session(|s| {
            s.plan_set_text(SetTextArgs {
                path: path.into(),
                text: text.into(),
            })
        })
        .unwrap();
    }

    /// A backup in the export folder, under the passphrase the tests restore with.
    fn back_up(app: &mut AppSession) -> SavedFile {
        app.backup_create(
            AppBackupArgs {
                passphrase: "backup words here".into(),
            },
            SaveTo::ExportFolder,
        )
        .unwrap()
    }

    /// The text of one crisis-plan field, as the app shows it.
    fn crisis_field(app: &mut AppSession, id: &str) -> String {
        let view = app
            .with_session(|s| {
                s.plan_get(PlanGetArgs {
                    section: Some("crisis".into()),
                })
            })
            .unwrap();
        let field = view.sections[0].fields.iter().find(|f| f.id == id);
        field.expect("the field is in the crisis plan").text.clone()
    }

    #[test]
    fn lending_the_vault_keeps_the_loaded_plan_unless_the_plan_was_written() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        create(&mut app);
        let set = |app: &mut AppSession, text: &str| {
            app.with_session(|s| {
                s.plan_set_text(SetTextArgs {
                    path: "daily.when_well".into(),
                    text: text.into(),
                })
            })
            .unwrap();
        };
        set(&mut app, "chatty");
        // A look at sharing or my places writes nothing of the plan: no reload.
        app.with_vault(|v| (Some(v), Ok(()))).unwrap();
        assert!(app.with_session(|s| Ok(s.plan_loaded())).unwrap());

        // Another device's change arrives through the vault (as a sync does).
        app.with_vault(|v| {
            let v = written_on_another_device(v, "daily.when_well", "written on my phone");
            (Some(v), Ok(()))
        })
        .unwrap();
        assert!(!app.with_session(|s| Ok(s.plan_loaded())).unwrap());
        let daily = app
            .with_session(|s| {
                s.plan_get(PlanGetArgs {
                    section: Some("daily".into()),
                })
            })
            .unwrap();
        let text = daily
            .sections
            .iter()
            .flat_map(|s| &s.fields)
            .find(|f| f.id == "daily.when_well")
            .map(|f| f.text.clone());
        assert_eq!(text.as_deref(), Some("written on my phone"));
        // And the app's own next edit builds on it.
        set(&mut app, "written on my phone, then here");
    }

    /// Stores a change to `path` made on another device, as the sharing
    /// engine stores what a sync brings.
    fn written_on_another_device(vault: Vault, path: &str, text: &str) -> Vault {
        use harbour_doc::{Edit, PlanDoc};
        use harbour_services::PLAN_DOC;
        let pieces = vault.load_doc(PLAN_DOC).unwrap().unwrap();
        let mut phone = PlanDoc::load(
            &pieces[0],
            pieces[1..].iter().map(Vec::as_slice),
            b"phone-device-0001",
        )
        .unwrap();
        let edit = Edit::SetText {
            path: path.into(),
            text: text.into(),
        };
        let change = phone.apply(&edit, 1_800_000_000).unwrap().change;
        let mut store = harbour_services::VaultStore(vault);
        let views = phone.materialise().unwrap();
        harbour_sync::Store::append_plan(&mut store, &change, &views).unwrap();
        store.0
    }

    /// The app after an unlock: a plan written, then locked and unlocked so
    /// nothing of it is in memory.
    fn unlocked_with_a_plan(dir: &Path) -> AppState {
        let mut app = app(dir);
        create(&mut app);
        write(&mut app, "crisis.money", "Pay the rent first");
        app.lock();
        app.unlock(AppUnlockArgs {
            passphrase: Some("kettle river yellow sock".into()),
            recovery_key: None,
        })
        .unwrap();
        AppState::new(app)
    }

    #[test]
    fn after_unlock_the_plan_loads_in_the_background_and_screens_do_not_wait() {
        let tmp = tempfile::tempdir().unwrap();
        let state = unlocked_with_a_plan(tmp.path());
        // Before it has loaded, the plan is read from its materialised copy.
        assert_eq!(
            crisis_field(&mut state.get(), "crisis.money"),
            "Pay the rent first"
        );
        assert!(!state.get().with_session(|s| Ok(s.plan_loaded())).unwrap());
        assert!(state.preload_plan().unwrap());
        assert!(state.get().with_session(|s| Ok(s.plan_loaded())).unwrap());
        assert!(!state.preload_plan().unwrap(), "nothing left to load");
        assert_eq!(
            crisis_field(&mut state.get(), "crisis.money"),
            "Pay the rent first"
        );
    }

    #[test]
    fn a_plan_loaded_in_the_background_is_dropped_if_the_vault_changed_meanwhile() {
        let tmp = tempfile::tempdir().unwrap();
        let state = unlocked_with_a_plan(tmp.path());
        let to_load = state
            .get()
            .with_session(|s| s.plan_to_load())
            .unwrap()
            .unwrap();
        // A sync stores another device's change while the load runs.
        state
            .get()
            .with_vault(|v| {
                let v = written_on_another_device(v, "crisis.money", "Written on my phone");
                (Some(v), Ok(()))
            })
            .unwrap();
        let stale = to_load.load().unwrap();
        assert!(!state.get().with_session(|s| Ok(s.adopt(stale))).unwrap());
        assert_eq!(
            crisis_field(&mut state.get(), "crisis.money"),
            "Written on my phone"
        );
    }

    #[test]
    fn the_recovery_key_is_shown_again_and_a_new_one_retires_the_old() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        let created = create(&mut app);
        let pass = |p: &str| RecoveryKeyArgs {
            passphrase: p.into(),
        };
        let shown = app
            .recovery_key_show(pass("kettle river yellow sock"))
            .unwrap();
        assert_eq!(
            shown.recovery_key.as_deref(),
            Some(created.recovery_key.as_str())
        );
        let wrong = app.recovery_key_show(pass("not it at all")).unwrap_err();
        assert_eq!(wrong.code, ErrorCode::WrongPassphrase);

        let new = app
            .recovery_key_new(pass("kettle river yellow sock"))
            .unwrap();
        let new = new.recovery_key.unwrap();
        assert_ne!(new, created.recovery_key);
        app.lock();
        let old = app.unlock(AppUnlockArgs {
            passphrase: None,
            recovery_key: Some(created.recovery_key.clone()),
        });
        assert_eq!(old.unwrap_err().code, ErrorCode::WrongRecoveryKey);
        assert!(
            app.unlock(AppUnlockArgs {
                passphrase: None,
                recovery_key: Some(new),
            })
            .unwrap()
            .unlocked
        );
    }

    #[test]
    fn create_lock_unlock_keeps_the_plan() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        assert!(!app.status().has_vault);
        create(&mut app);
        assert!(app.status().unlocked);
        write(&mut app, "daily.when_well", "chatty");
        app.lock();
        let locked = app
            .with_session(|s| s.plan_get(PlanGetArgs::default()))
            .unwrap_err();
        assert_eq!(locked.code, ErrorCode::VaultLocked);

        let wrong = app
            .unlock(AppUnlockArgs {
                passphrase: Some("not it".into()),
                recovery_key: None,
            })
            .unwrap_err();
        assert_eq!(wrong.code, ErrorCode::WrongPassphrase);
        let status = app
            .unlock(AppUnlockArgs {
                passphrase: Some("kettle river yellow sock".into()),
                recovery_key: None,
            })
            .unwrap();
        assert!(status.has_vault && status.unlocked);
        let view = app
            .with_session(|s| s.plan_get(PlanGetArgs::default()))
            .unwrap();
        let daily = view.sections.iter().find(|s| s.id == "daily").unwrap();
        assert_eq!(daily.fields[0].text, "chatty");
    }

    #[test]
    fn idle_past_the_setting_locks() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        create(&mut app);
        app.last_used = Instant::now() - Duration::from_secs(5 * 60 + 1);
        let err = app
            .with_session(|s| s.plan_get(PlanGetArgs::default()))
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultLocked);
        assert!(!app.status().unlocked);
    }

    #[test]
    fn background_sync_does_not_keep_the_plan_open() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        create(&mut app);
        let almost = Instant::now() - Duration::from_secs(5 * 60 - 30);
        app.last_used = almost;
        // The auto-sync tick asks for the status every minute; that is not
        // the person using the app.
        app.sync_status().unwrap();
        assert_eq!(app.last_used, almost);
        app.last_used = Instant::now() - Duration::from_secs(5 * 60 + 1);
        assert_eq!(app.sync_status().unwrap_err().code, ErrorCode::VaultLocked);
    }

    #[test]
    fn prefs_are_checked_and_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        let bad = AppPrefs {
            text_size: 500,
            ..AppPrefs::default()
        };
        assert_eq!(
            app.set_prefs(bad).unwrap_err().code,
            ErrorCode::InvalidInput
        );
        for bad in [
            AppPrefs {
                review_reminder_days: 366,
                ..AppPrefs::default()
            },
            AppPrefs {
                review_reminded_on: Some("yesterday".into()),
                ..AppPrefs::default()
            },
        ] {
            let refused = app.set_prefs(bad).unwrap_err();
            assert_eq!(refused.code, ErrorCode::InvalidInput);
        }
        let good = AppPrefs {
            text_size: 150,
            auto_lock_minutes: 10,
            locale: Some("cy".into()),
            notify_signals: true,
            review_reminder_days: 30,
            review_reminded_on: Some("2026-12-07".into()),
            ..AppPrefs::default()
        };
        app.set_prefs(good.clone()).unwrap();
        assert_eq!(AppSession::new(tmp.path().join("data")).prefs(), good);
        // Preferences written before notifications existed still read, with them off.
        std::fs::write(
            tmp.path().join("data").join(PREFS_FILE),
            br#"{"text_size": 120, "easy_read": true}"#,
        )
        .unwrap();
        let old = AppSession::new(tmp.path().join("data")).prefs();
        assert_eq!((old.text_size, old.easy_read), (120, true));
        assert!(!old.notify_signals);
        assert_eq!(old.review_reminder_days, 0);
    }

    #[test]
    fn save_pdf_writes_the_asked_view_beside_earlier_ones_and_needs_an_unlocked_plan() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        create(&mut app);
        write(&mut app, "crisis.values_statement", "being with my cat");
        let ask = |view| AppPdfArgs {
            view,
            locale: Some("cy".into()),
        };
        let first = app
            .save_pdf(ask(ViewKind::AdvanceChoice), SaveTo::ExportFolder)
            .unwrap();
        let second = app
            .save_pdf(ask(ViewKind::AdvanceChoice), SaveTo::ExportFolder)
            .unwrap();
        assert!(
            first.name.starts_with("harbour-advance-choice-"),
            "{}",
            first.name
        );
        assert!(first.name.ends_with(".pdf"));
        assert_ne!(
            first.path, second.path,
            "a second save never overwrites the first"
        );
        for file in [&first, &second] {
            let bytes = std::fs::read(&file.path).unwrap();
            assert!(bytes.starts_with(b"%PDF-"), "{} is a PDF", file.name);
        }
        let card = app
            .save_pdf(ask(ViewKind::Card), SaveTo::ExportFolder)
            .unwrap();
        assert!(card.name.starts_with("harbour-crisis-card-"));

        app.lock();
        let locked = app.save_pdf(ask(ViewKind::Full), SaveTo::ExportFolder);
        assert_eq!(locked.unwrap_err().code, ErrorCode::VaultLocked);
        let files = std::fs::read_dir(tmp.path().join("export"))
            .unwrap()
            .count();
        assert_eq!(files, 3, "nothing written while locked");
    }

    /// Where the person chose in the save dialog is where each kind of file
    /// goes: under that name, 0600, replacing a file the dialog already asked
    /// about; a folder is refused and nothing is written into the export folder.
    #[test]
    fn every_kind_of_file_goes_where_the_person_chose_and_only_there() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        let created = create(&mut app);
        let chosen = tmp.path().join("chosen");
        std::fs::create_dir(&chosen).unwrap();
        let to = |name: &str| SaveTo::Chosen(chosen.join(name));
        std::fs::write(chosen.join("old.pdf"), b"an older file").unwrap();

        let pdf = AppPdfArgs {
            view: ViewKind::Crisis,
            locale: None,
        };
        let files = [
            app.save_pdf(pdf, to("old.pdf")).unwrap(),
            app.backup_create(
                AppBackupArgs {
                    passphrase: "backup words here".into(),
                },
                to("my backup.harbour"),
            )
            .unwrap(),
            app.save_recovery_key(
                RecoveryKeySaveArgs {
                    recovery_key: created.recovery_key.clone(),
                },
                to("key"),
            )
            .unwrap(),
        ];
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["old.pdf", "my backup.harbour", "key"]);
        assert!(std::fs::read(chosen.join("old.pdf"))
            .unwrap()
            .starts_with(b"%PDF-"));
        #[cfg(unix)]
        for f in &files {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&f.path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", f.name);
        }
        let folder = app.save_pdf(
            AppPdfArgs {
                view: ViewKind::Full,
                locale: None,
            },
            SaveTo::Chosen(chosen.clone()),
        );
        assert_eq!(folder.unwrap_err().code, ErrorCode::Io);
        assert!(!tmp.path().join("export").exists());
        assert_eq!(std::fs::read_dir(&chosen).unwrap().count(), 3);
    }

    #[test]
    fn suggested_names_say_what_and_when_and_never_who_and_are_free() {
        let tmp = tempfile::tempdir().unwrap();
        let app = app(tmp.path());
        let today = time::date(time::now_secs());
        let name = |kind| {
            let path = app.suggested_path(kind).unwrap();
            path.file_name().unwrap().to_string_lossy().into_owned()
        };
        assert_eq!(
            name(SavedKind::Pdf(ViewKind::Card)),
            format!("harbour-crisis-card-{today}.pdf")
        );
        assert_eq!(
            name(SavedKind::Invite),
            format!("harbour-invite-{today}.txt")
        );
        assert_eq!(name(SavedKind::RecoveryKey), "harbour-recovery-key.txt");
        std::fs::write(app.suggested_path(SavedKind::RecoveryKey).unwrap(), b"").unwrap();
        assert_eq!(name(SavedKind::RecoveryKey), "harbour-recovery-key-2.txt");
    }

    #[test]
    fn recovery_key_and_backup_files_and_restore() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        let created = create(&mut app);
        let saved = app
            .save_recovery_key(
                RecoveryKeySaveArgs {
                    recovery_key: created.recovery_key.clone(),
                },
                SaveTo::ExportFolder,
            )
            .unwrap();
        let text = std::fs::read_to_string(&saved.path).unwrap();
        assert!(text.contains(&created.recovery_key));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &str| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&saved.path), 0o600, "the recovery key file");
            assert_eq!(mode(tmp.path().join("data").to_str().unwrap()), 0o700);
        }
        let nonsense = app.save_recovery_key(
            RecoveryKeySaveArgs {
                recovery_key: "hello".into(),
            },
            SaveTo::ExportFolder,
        );
        assert_eq!(nonsense.unwrap_err().code, ErrorCode::InvalidRecoveryKey);

        write(&mut app, "crisis.money", "brother pays rent");
        let backup = back_up(&mut app);
        write(&mut app, "crisis.money", "changed later");

        let bytes = std::fs::read(&backup.path).unwrap();
        let wrong = app.backup_restore(AppRestoreArgs {
            bytes: bytes.clone(),
            passphrase: Some("nope".into()),
            recovery_key: None,
        });
        assert!(wrong.is_err());
        let status = app
            .backup_restore(AppRestoreArgs {
                bytes,
                passphrase: Some("backup words here".into()),
                recovery_key: None,
            })
            .unwrap();
        assert!(status.unlocked);
        let money = crisis_field(&mut app, "crisis.money");
        assert_eq!(money, "brother pays rent");
        // The replaced vault is kept, not deleted.
        let kept = std::fs::read_dir(tmp.path().join("data"))
            .unwrap()
            .filter_map(|e| e.ok())
            .any(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("vault-before-restore-")
            });
        assert!(kept);
    }

    /// A crash between the restore's two renames (the old vault moved aside,
    /// the restored one not yet in place) leaves no vault where the app looks;
    /// the next start finishes the swap. A staging directory that was never
    /// marked ready is removed and the old vault stays.
    #[test]
    fn a_restore_interrupted_between_its_renames_is_finished_at_start() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let mut app = app(tmp.path());
        create(&mut app);
        write(&mut app, "crisis.money", "from the backup");
        let backup = back_up(&mut app);
        write(&mut app, "crisis.money", "written after the backup");
        app.lock();
        // What `backup_restore` does, up to the crash.
        let staging = data.join(".vault-restoring-1");
        let (session, _) = harbour_services::backup_restore(BackupRestoreArgs {
            file: backup.path.clone(),
            dir: staging.to_string_lossy().into_owned(),
            passphrase: Some("backup words here".into()),
            recovery_key: None,
        })
        .unwrap();
        session.lock();
        std::fs::write(staging.join(RESTORE_READY), b"").unwrap();
        std::fs::rename(data.join(VAULT_DIR), data.join("vault-before-restore-1")).unwrap();
        // An unfinished one, never marked ready, lies there too.
        std::fs::create_dir_all(data.join(".vault-restoring-0")).unwrap();

        let mut app = AppSession::new(data.clone());
        assert!(app.status().has_vault, "the restored vault is in place");
        assert!(!data.join(".vault-restoring-0").exists());
        assert!(!data.join(VAULT_DIR).join(RESTORE_READY).exists());
        assert!(
            data.join("vault-before-restore-1").exists(),
            "the old vault is kept"
        );
        app.unlock(AppUnlockArgs {
            passphrase: Some("backup words here".into()),
            recovery_key: None,
        })
        .unwrap();
        let money = crisis_field(&mut app, "crisis.money");
        assert_eq!(money, "from the backup");
    }
}
