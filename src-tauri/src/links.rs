//! `harbour://` links the app is opened with (the deep-link plugin on every
//! platform; on Linux and Windows also a second launch's arguments, handed
//! over by the single-instance plugin), and update files opened from the file
//! manager (a path or `file://` URL among the arguments). The last one waits
//! here until the window asks for it, after unlock; an update file's bytes
//! stay here until the person taps to open it.

use std::path::Path;
use std::sync::Mutex;

use harbour_api::links::OpenedLink;
use harbour_api::sharing::BundleInResult;
use harbour_api::Error;
use harbour_session::links::{parse_opened_link, read_opened_file, OpenedFile};
use tauri::{Emitter, Manager};

/// What the window hears when a link arrives while it is open.
const LINK_EVENT: &str = "harbour-link";

/// The link that arrived last and has not been taken, and the update file
/// that arrived last and has not been opened.
#[derive(Default)]
pub struct PendingLink {
    link: Mutex<Option<OpenedLink>>,
    file: Mutex<Option<OpenedFile>>,
}

/// Keeps the first Harbour link among `args`, else the first update file they
/// name (a relative path from `cwd`, the launching folder), and tells the
/// window; anything else is ignored.
pub fn arrived<R: tauri::Runtime>(app: &tauri::AppHandle<R>, args: &[String], cwd: &Path) {
    let pending = app.state::<PendingLink>();
    let link = match args.iter().find_map(|a| parse_opened_link(a)) {
        Some(link) => link,
        None => {
            let Some(file) = args.iter().find_map(|a| read_opened_file(a, cwd)) else {
                return;
            };
            let link = file.link();
            *lock(&pending.file) = Some(file);
            link
        }
    };
    *lock(&pending.link) = Some(link);
    let _ = app.emit(LINK_EVENT, ());
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The link waiting for the window, once.
#[tauri::command]
pub async fn app_take_link(
    pending: tauri::State<'_, PendingLink>,
) -> Result<Option<OpenedLink>, Error> {
    Ok(lock(&pending.link).take())
}

/// Opens the waiting update file, once the person tapped; `None` if none waits
/// (it was opened already).
#[tauri::command]
pub async fn sync_open_opened_file<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
) -> Result<Option<BundleInResult>, Error> {
    let Some(file) = lock(&app.state::<PendingLink>().file).take() else {
        return Ok(None);
    };
    let args = harbour_api::app_sharing::UpdateFileArgs { bytes: file.bytes };
    crate::blocking(app, move |s| s.get().sync_open_update_file(args))
        .await
        .map(Some)
}
