//! The plan's commands: one-line adapters onto `harbour_session::AppSession`.
//!
//! The app keeps one [`AppState`] (managed by Tauri) holding the unlocked
//! session, if any. Commands are `async`, so none runs on the window's main
//! thread; the slow ones (key derivation) run on a blocking thread
//! ([`crate::blocking`]).

use crate::{blocking, save_as};
use harbour_api::app_session::{
    AppBackupArgs, AppCreateArgs, AppPdfArgs, AppPrefs, AppRestoreArgs, AppStatus, AppUnlockArgs,
    RecoveryKeySaveArgs,
};
use harbour_api::saving::SavedFile;
use harbour_api::{
    AddItemArgs, ChangePassphraseArgs, CheckInArgs, CheckInHistory, CheckInResult, EditItemArgs,
    EditResult, Error, MarkReviewedArgs, MoveItemArgs, PlanGetArgs, PlanViewArgs, RecoveryKeyArgs,
    RecoveryKeyShown, RemoveItemArgs, SetCrisisStatusArgs, SetTextArgs, VaultCreated, View,
};
use harbour_session::saving::SavedKind;
use harbour_session::{AppSession, AppState};
use std::path::PathBuf;
use tauri::{Manager, State};

type App<'a> = State<'a, AppState>;

/// The app's state: data in `HARBOUR_DATA_DIR` if set (the end-to-end tests
/// give each run its own), else the platform's app-data folder. Saved files go
/// to `HARBOUR_EXPORT_DIR` if set. Debug builds honour `HARBOUR_TEST_FAST_KDF=1`
/// (the cheapest legal key derivation) so tests stay quick; release builds never do.
pub fn state(app: &tauri::App) -> Result<AppState, Box<dyn std::error::Error>> {
    let data_dir = match std::env::var_os("HARBOUR_DATA_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => app.path().app_data_dir()?,
    };
    let export_dir = std::env::var_os("HARBOUR_EXPORT_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from);
    let fast_kdf =
        cfg!(debug_assertions) && std::env::var("HARBOUR_TEST_FAST_KDF").is_ok_and(|v| v == "1");
    Ok(AppState::new(
        AppSession::new(data_dir)
            .with_export_dir(export_dir)
            .with_fast_kdf(fast_kdf),
    ))
}

#[tauri::command]
pub async fn app_status(app: App<'_>) -> Result<AppStatus, Error> {
    Ok(app.get().status())
}

#[tauri::command]
pub async fn app_touch(app: App<'_>) -> Result<AppStatus, Error> {
    Ok(app.get().touch())
}

#[tauri::command]
pub async fn app_create<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: AppCreateArgs,
) -> Result<VaultCreated, Error> {
    blocking(app, move |s| s.get().create(args)).await
}

#[tauri::command]
pub async fn app_unlock<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: AppUnlockArgs,
) -> Result<AppStatus, Error> {
    let status = blocking(app.clone(), move |s| {
        let mut session = s.get();
        slow_unlock_for_tests();
        session.unlock(args)
    })
    .await?;
    preload_plan(app);
    Ok(status)
}

/// Debug builds only: `HARBOUR_TEST_UNLOCK_DELAY_MS` makes an unlock take that
/// much longer (at most 30 s), holding the session as the key derivation does,
/// as on a slow phone, so a test can use the window meanwhile.
fn slow_unlock_for_tests() {
    if !cfg!(debug_assertions) {
        return;
    }
    let delay = std::env::var("HARBOUR_TEST_UNLOCK_DELAY_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(ms) = delay {
        std::thread::sleep(std::time::Duration::from_millis(ms.min(30_000)));
    }
}

/// Loads the plan's history on a blocking thread after an unlock or a
/// restore: screens show the plan's materialised copy at once, and the first
/// edit finds the document loaded. A failure here is met again, and reported,
/// when the document is next needed.
fn preload_plan<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    tauri::async_runtime::spawn_blocking(move || {
        let _ = app.state::<AppState>().preload_plan();
    });
}

#[tauri::command]
pub async fn app_lock(app: App<'_>) -> Result<AppStatus, Error> {
    Ok(app.get().lock_and_status())
}

#[tauri::command]
pub async fn app_set_prefs(app: App<'_>, prefs: AppPrefs) -> Result<AppPrefs, Error> {
    app.get().set_prefs(prefs)
}

#[tauri::command]
pub async fn app_save_recovery_key<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: RecoveryKeySaveArgs,
) -> Result<Option<SavedFile>, Error> {
    save_as(app, SavedKind::RecoveryKey, move |s, to| {
        s.save_recovery_key(args, to)
    })
    .await
}

/// Renders on a blocking thread: laying out pages and subsetting fonts takes
/// a moment for a long plan.
#[tauri::command]
pub async fn app_save_pdf<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: AppPdfArgs,
) -> Result<Option<SavedFile>, Error> {
    save_as(app, SavedKind::Pdf(args.view), move |s, to| {
        s.save_pdf(args, to)
    })
    .await
}

#[tauri::command]
pub async fn app_change_passphrase<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: ChangePassphraseArgs,
) -> Result<(), Error> {
    blocking(app, move |s| s.get().change_passphrase(args)).await
}

#[tauri::command]
pub async fn app_recovery_key_show<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: RecoveryKeyArgs,
) -> Result<RecoveryKeyShown, Error> {
    blocking(app, move |s| s.get().recovery_key_show(args)).await
}

#[tauri::command]
pub async fn app_recovery_key_new<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: RecoveryKeyArgs,
) -> Result<RecoveryKeyShown, Error> {
    blocking(app, move |s| s.get().recovery_key_new(args)).await
}

#[tauri::command]
pub async fn app_backup_create<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: AppBackupArgs,
) -> Result<Option<SavedFile>, Error> {
    save_as(app, SavedKind::Backup, move |s, to| {
        s.backup_create(args, to)
    })
    .await
}

#[tauri::command]
pub async fn app_backup_restore<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: AppRestoreArgs,
) -> Result<AppStatus, Error> {
    let status = blocking(app.clone(), move |s| s.get().backup_restore(args)).await?;
    preload_plan(app);
    Ok(status)
}

#[tauri::command]
pub async fn plan_get(app: App<'_>, args: PlanGetArgs) -> Result<View, Error> {
    app.get().with_session(|s| s.plan_get(args))
}

#[tauri::command]
pub async fn plan_view(app: App<'_>, args: PlanViewArgs) -> Result<View, Error> {
    app.get().with_session(|s| s.plan_view(args))
}

#[tauri::command]
pub async fn plan_set_text(app: App<'_>, args: SetTextArgs) -> Result<EditResult, Error> {
    app.get().with_session(|s| s.plan_set_text(args))
}

#[tauri::command]
pub async fn plan_add_item(app: App<'_>, args: AddItemArgs) -> Result<EditResult, Error> {
    app.get().with_session(|s| s.plan_add_item(args))
}

#[tauri::command]
pub async fn plan_edit_item(app: App<'_>, args: EditItemArgs) -> Result<EditResult, Error> {
    app.get().with_session(|s| s.plan_edit_item(args))
}

#[tauri::command]
pub async fn plan_remove_item(app: App<'_>, args: RemoveItemArgs) -> Result<EditResult, Error> {
    app.get().with_session(|s| s.plan_remove_item(args))
}

#[tauri::command]
pub async fn plan_move_item(app: App<'_>, args: MoveItemArgs) -> Result<EditResult, Error> {
    app.get().with_session(|s| s.plan_move_item(args))
}

#[tauri::command]
pub async fn plan_set_crisis_status(
    app: App<'_>,
    args: SetCrisisStatusArgs,
) -> Result<EditResult, Error> {
    app.get().with_session(|s| s.plan_set_crisis_status(args))
}

#[tauri::command]
pub async fn plan_checkin(app: App<'_>, args: CheckInArgs) -> Result<CheckInResult, Error> {
    app.get().with_session(|s| s.checkin(args))
}

#[tauri::command]
pub async fn plan_checkin_history(app: App<'_>) -> Result<CheckInHistory, Error> {
    app.get().with_session(|s| s.checkin_history())
}

/// Decoding and resizing a photo takes a moment: on a blocking thread, and
/// before the session is held.
#[tauri::command]
pub async fn plan_set_photo<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: harbour_api::SetPhotoArgs,
) -> Result<EditResult, Error> {
    blocking(app, move |state| {
        let photo = harbour_services::prepare_photo(args)?;
        state.get().with_session(|s| s.plan_put_photo(photo))
    })
    .await
}

#[tauri::command]
pub async fn plan_photo(
    app: App<'_>,
    args: harbour_api::PhotoArgs,
) -> Result<harbour_api::PhotoDto, Error> {
    app.get().with_session(|s| s.plan_photo(args))
}

#[tauri::command]
pub async fn plan_mark_reviewed(app: App<'_>, args: MarkReviewedArgs) -> Result<EditResult, Error> {
    app.get().with_session(|s| s.plan_mark_reviewed(args))
}
