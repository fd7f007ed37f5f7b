//! The plan's commands: one-line adapters onto `harbour_session::AppSession`.
//!
//! The app keeps one [`AppState`] (managed by Tauri) holding the unlocked
//! session, if any. Commands are `async`, so none runs on the window's main
//! thread; the slow ones (key derivation) run on a blocking thread
//! ([`crate::blocking`]).

use crate::adapters::{on_app, on_blocking_thread, on_plan, on_state, saved_as};
use crate::blocking;
use harbour_api::app_session::{
    AppBackupArgs, AppCreateArgs, AppPdfArgs, AppPrefs, AppRestoreArgs, AppStatus, AppUnlockArgs,
    RecoveryKeySaveArgs,
};
use harbour_api::{
    AddItemArgs, ChangePassphraseArgs, CheckInArgs, CheckInHistory, CheckInResult, EditItemArgs,
    EditResult, Error, MarkReviewedArgs, MoveItemArgs, PhotoArgs, PhotoDto, PlanGetArgs,
    PlanViewArgs, RecoveryKeyArgs, RecoveryKeyShown, RemoveItemArgs, SetCrisisStatusArgs,
    SetTextArgs, VaultCreated, View,
};
use harbour_session::saving::SavedKind;
use harbour_session::{AppSession, AppState};
use std::path::PathBuf;
use tauri::Manager;

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
pub async fn app_backup_restore<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: AppRestoreArgs,
) -> Result<AppStatus, Error> {
    let status = blocking(app.clone(), move |s| s.get().backup_restore(args)).await?;
    preload_plan(app);
    Ok(status)
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

on_state!(app_status() -> AppStatus, |app| Ok(app.get().status()));
on_state!(app_touch() -> AppStatus, |app| Ok(app.get().touch()));
on_state!(app_lock() -> AppStatus, |app| Ok(app.get().lock_and_status()));

on_app! {
    app_set_prefs(prefs: AppPrefs) -> AppPrefs = set_prefs;
}

on_blocking_thread! {
    app_create(args: AppCreateArgs) -> VaultCreated = create;
    app_change_passphrase(args: ChangePassphraseArgs) -> () = change_passphrase;
    app_recovery_key_show(args: RecoveryKeyArgs) -> RecoveryKeyShown = recovery_key_show;
    app_recovery_key_new(args: RecoveryKeyArgs) -> RecoveryKeyShown = recovery_key_new;
}

saved_as! {
    app_save_recovery_key(args: RecoveryKeySaveArgs) as SavedKind::RecoveryKey
        => save_recovery_key;
    // Rendered on a blocking thread: laying out pages and subsetting fonts
    // takes a moment for a long plan.
    app_save_pdf(args: AppPdfArgs) as SavedKind::Pdf(args.view) => save_pdf;
    app_backup_create(args: AppBackupArgs) as SavedKind::Backup => backup_create;
}

on_plan! {
    plan_get(args: PlanGetArgs) -> View = plan_get;
    plan_view(args: PlanViewArgs) -> View = plan_view;
    plan_set_text(args: SetTextArgs) -> EditResult = plan_set_text;
    plan_add_item(args: AddItemArgs) -> EditResult = plan_add_item;
    plan_edit_item(args: EditItemArgs) -> EditResult = plan_edit_item;
    plan_remove_item(args: RemoveItemArgs) -> EditResult = plan_remove_item;
    plan_move_item(args: MoveItemArgs) -> EditResult = plan_move_item;
    plan_set_crisis_status(args: SetCrisisStatusArgs) -> EditResult = plan_set_crisis_status;
    plan_mark_reviewed(args: MarkReviewedArgs) -> EditResult = plan_mark_reviewed;
    plan_checkin(args: CheckInArgs) -> CheckInResult = checkin;
    plan_checkin_history() -> CheckInHistory = checkin_history;
    plan_photo(args: PhotoArgs) -> PhotoDto = plan_photo;
}
