//! The system's save dialog: where a file the person saves goes.
//!
//! Asked before the session is taken, so a dialog left open does not hold up
//! typing or syncing. The web view only asks to save a kind of file; the
//! path comes from the dialog, never from the page.

use harbour_session::saving::SaveTo;
use std::path::Path;

/// Where the person wants the file, or `None` if they cancelled. The dialog
/// opens in `suggested`'s folder with its name filled in.
///
/// WebDriver cannot reach a native dialog, so debug builds answer from
/// `HARBOUR_TEST_SAVE_AS` when it is set and not empty: a folder, as if the
/// person took the suggested name there, or `cancel`.
pub async fn ask<R: tauri::Runtime>(app: &tauri::AppHandle<R>, suggested: &Path) -> Option<SaveTo> {
    let name = suggested.file_name()?.to_string_lossy().into_owned();
    #[cfg(debug_assertions)]
    if let Some(answer) = std::env::var("HARBOUR_TEST_SAVE_AS")
        .ok()
        .filter(|a| !a.is_empty())
    {
        return (answer != "cancel").then(|| SaveTo::Chosen(Path::new(&answer).join(name)));
    }
    ask_system(app, suggested.parent(), name).await
}

/// The system's save dialog on desktops. Phones keep the app's own folder,
/// which the system's Files app shows.
async fn ask_system<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    folder: Option<&Path>,
    name: String,
) -> Option<SaveTo> {
    #[cfg(mobile)]
    {
        let _ = (app, folder, name);
        Some(SaveTo::ExportFolder)
    }
    #[cfg(desktop)]
    {
        use tauri::Manager;
        use tauri_plugin_dialog::DialogExt;
        let mut dialog = app.dialog().file().set_file_name(name);
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        if let Some(window) = app.get_webview_window("main") {
            dialog = dialog.set_parent(&window);
        }
        // The blocking call waits on another thread, never on the main one
        // (which runs the dialog).
        let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
            .await
            .ok()
            .flatten()?;
        chosen.into_path().ok().map(SaveTo::Chosen)
    }
}
