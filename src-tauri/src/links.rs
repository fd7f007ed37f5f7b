//! `harbour://` links the app is opened with (the deep-link plugin on every
//! platform; on Linux and Windows also a second launch's arguments, handed
//! over by the single-instance plugin). The last one waits here until the
//! window asks for it, after unlock.

use std::sync::Mutex;

use harbour_api::links::{parse_opened_link, OpenedLink};
use harbour_api::Error;
use tauri::{Emitter, Manager};

/// What the window hears when a link arrives while it is open.
const LINK_EVENT: &str = "harbour-link";

/// The link that arrived last and has not been taken.
#[derive(Default)]
pub struct PendingLink(Mutex<Option<OpenedLink>>);

/// Keeps the first Harbour link among `urls` and tells the window; anything
/// else is ignored.
pub fn arrived<R: tauri::Runtime>(app: &tauri::AppHandle<R>, urls: &[String]) {
    let Some(link) = urls.iter().find_map(|u| parse_opened_link(u)) else {
        return;
    };
    let pending = app.state::<PendingLink>();
    *pending.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(link);
    let _ = app.emit(LINK_EVENT, ());
}

/// The link waiting for the window, once.
#[tauri::command]
pub async fn app_take_link(
    pending: tauri::State<'_, PendingLink>,
) -> Result<Option<OpenedLink>, Error> {
    Ok(pending.0.lock().unwrap_or_else(|p| p.into_inner()).take())
}
