//! The Tauri shell. Commands are one-line adapters onto `harbour-session`
//! (types from `harbour-api`); no domain logic lives here (see
//! ARCHITECTURE.md). [`run_app`] is the shell on any runtime, so the commands
//! are tested on Tauri's mock runtime (`tests/commands.rs`).

use harbour_api::saving::SavedFile;
use harbour_api::{Error, ErrorCode, HelplinesArgs, HelplinesResult};
use harbour_session::saving::{SaveTo, SavedKind};
use harbour_session::{AppSession, AppState};
use tauri::Manager;
use tauri_plugin_deep_link::DeepLinkExt;
use tauri_plugin_opener::OpenerExt;

mod adapters;
mod links;
mod my_places_commands;
mod plan_commands;
mod save_dialog;
mod sharing_commands;

/// Runs `f` on a blocking thread, not one of the async runtime's few
/// workers, which every other command needs: key derivation (Argon2id, slow
/// on purpose: unlock, a new passphrase, a backup, a pairing code) and a
/// relay sync (up to 30 s) go through here, so the app stays responsive.
pub(crate) async fn blocking<R: tauri::Runtime, T: Send + 'static>(
    app: tauri::AppHandle<R>,
    f: impl FnOnce(&AppState) -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .unwrap_or_else(|e| Err(Error::new(ErrorCode::Internal, e.to_string())))
}

/// Saves a file where the person chooses in the system's save dialog (asked
/// first, without the session), then writes it on a blocking thread. `None`:
/// they cancelled, and nothing was written.
pub(crate) async fn save_as<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    kind: SavedKind,
    save: impl FnOnce(&mut AppSession, SaveTo) -> Result<SavedFile, Error> + Send + 'static,
) -> Result<Option<SavedFile>, Error> {
    let suggested = app.state::<AppState>().get().suggested_path(kind)?;
    let Some(to) = save_dialog::ask(&app, &suggested).await else {
        return Ok(None);
    };
    blocking(app, move |s| save(&mut s.get(), to))
        .await
        .map(Some)
}

#[tauri::command]
fn helplines(args: HelplinesArgs) -> Result<HelplinesResult, Error> {
    harbour_places::helplines(args)
}

/// Links that leave the app (`tel:`, `sms:`, a source web page) go to the
/// operating system; the web view itself only ever shows Harbour: the
/// bundled pages (`tauri://localhost`, or `http(s)://tauri.localhost` on
/// Windows and Android), never a port on this computer, where any other
/// program could be listening.
fn keep_webview_on_app(url: &tauri::Url) -> bool {
    let bundled = match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    };
    bundled && url.port().is_none() && url.username().is_empty() && url.password().is_none()
}

/// The name one running Harbour holds on the session bus, per data folder:
/// a second launch on the same folder hands over to the first and exits, while
/// a second profile (`HARBOUR_DATA_DIR`, as the end-to-end tests use) runs on
/// its own. The vault's lock refuses a second writer either way (`vault_busy`).
#[cfg(desktop)]
fn single_instance_id(identifier: &str, data_dir: Option<&std::ffi::OsStr>) -> String {
    match data_dir.filter(|d| !d.is_empty()) {
        None => identifier.to_string(),
        Some(dir) => {
            // FNV-1a: a stable short name for the folder (not a secret).
            let hash = dir
                .as_encoded_bytes()
                .iter()
                .fold(0xcbf29ce484222325u64, |h, b| {
                    (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
                });
            format!("{identifier}.data{hash:016x}")
        }
    }
}

/// A second launch: bring the window that is already open to the front.
#[cfg(desktop)]
fn show_first_window<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Harbour's commands and the state they share, on any runtime: [`run`] gives
/// it the real one with its plugins and window, the tests Tauri's mock runtime
/// (no window, no plugins), with an [`AppState`] managed beside it.
pub fn run_app<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .manage(links::PendingLink::default())
        .invoke_handler(tauri::generate_handler![
            helplines,
            links::app_take_link,
            links::sync_open_opened_file,
            my_places_commands::find_help,
            my_places_commands::my_places_list,
            my_places_commands::my_place_add,
            my_places_commands::my_place_edit,
            my_places_commands::my_place_remove,
            plan_commands::app_status,
            plan_commands::app_touch,
            plan_commands::app_create,
            plan_commands::app_unlock,
            plan_commands::app_lock,
            plan_commands::app_set_prefs,
            plan_commands::app_save_recovery_key,
            plan_commands::app_save_pdf,
            plan_commands::app_change_passphrase,
            plan_commands::app_recovery_key_show,
            plan_commands::app_recovery_key_new,
            plan_commands::app_backup_create,
            plan_commands::app_backup_restore,
            plan_commands::plan_get,
            plan_commands::plan_view,
            plan_commands::plan_set_text,
            plan_commands::plan_add_item,
            plan_commands::plan_edit_item,
            plan_commands::plan_remove_item,
            plan_commands::plan_move_item,
            plan_commands::plan_set_crisis_status,
            plan_commands::plan_mark_reviewed,
            plan_commands::plan_checkin,
            plan_commands::plan_checkin_history,
            plan_commands::plan_set_photo,
            plan_commands::plan_photo,
            sharing_commands::sharing_shared_photo,
            sharing_commands::sharing_supporters,
            sharing_commands::sharing_preview,
            sharing_commands::sharing_invite,
            sharing_commands::sharing_invite_save,
            sharing_commands::sharing_revoke,
            sharing_commands::sharing_confirm,
            sharing_commands::sharing_join,
            sharing_commands::sharing_shared,
            sharing_commands::sharing_shared_show,
            sharing_commands::sharing_mark_read,
            sharing_commands::sharing_reply,
            sharing_commands::sharing_accept_role,
            sharing_commands::sharing_ask_for_help,
            sharing_commands::devices_list,
            sharing_commands::devices_link,
            sharing_commands::devices_join,
            sharing_commands::devices_confirm,
            sharing_commands::devices_remove,
            sharing_commands::sync_save_update_file,
            sharing_commands::sync_open_update_file,
            sharing_commands::sync_status,
            sharing_commands::sync_set,
            sharing_commands::sync_now,
            sharing_commands::sync_wait,
        ])
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let navigation_guard = tauri::plugin::Builder::<tauri::Wry>::new("navigation-guard")
        .on_navigation(|webview, url| {
            if keep_webview_on_app(url) {
                return true;
            }
            if matches!(url.scheme(), "tel" | "sms" | "https") {
                // Best effort: a desktop without a dialler simply does nothing.
                let _ = webview
                    .app_handle()
                    .opener()
                    .open_url(url.as_str(), None::<&str>);
            }
            false
        })
        .build();

    let context = tauri::generate_context!();
    let builder = tauri::Builder::default();
    // First, so a second launch exits before anything else starts.
    #[cfg(desktop)]
    let builder = builder.plugin(
        tauri_plugin_single_instance::Builder::new()
            .dbus_id(single_instance_id(
                &context.config().identifier,
                std::env::var_os("HARBOUR_DATA_DIR").as_deref(),
            ))
            .callback(|app, args, cwd| {
                show_first_window(app);
                links::arrived(app, &args, std::path::Path::new(&cwd));
            })
            .build(),
    );
    let result = run_app(builder)
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(navigation_guard)
        .setup(|app| {
            app.manage(plan_commands::state(app)?);
            let handle = app.handle().clone();
            app.deep_link().on_open_url(move |event| {
                let urls: Vec<String> = event.urls().iter().map(|u| u.to_string()).collect();
                links::arrived(&handle, &urls, std::path::Path::new("/"));
            });
            // Started by a link: the plugin has it (or, on Linux and Windows,
            // the arguments do).
            let mut urls: Vec<String> = app
                .deep_link()
                .get_current()
                .ok()
                .flatten()
                .unwrap_or_default()
                .iter()
                .map(|u| u.to_string())
                .collect();
            urls.extend(std::env::args().skip(1));
            let cwd = std::env::current_dir().unwrap_or_default();
            links::arrived(app.handle(), &urls, &cwd);
            Ok(())
        })
        .run(context);
    if let Err(err) = result {
        eprintln!("Harbour could not start: {err}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::keep_webview_on_app;

    #[cfg(desktop)]
    #[test]
    fn each_data_folder_is_its_own_instance_with_a_valid_bus_name() {
        use super::single_instance_id;
        let default = single_instance_id("org.harbourplan.app", None);
        assert_eq!(default, "org.harbourplan.app");
        let empty = single_instance_id("org.harbourplan.app", Some("".as_ref()));
        assert_eq!(empty, default, "an empty HARBOUR_DATA_DIR is no folder");
        let a = single_instance_id("org.harbourplan.app", Some("/tmp/a".as_ref()));
        let b = single_instance_id("org.harbourplan.app", Some("/tmp/b".as_ref()));
        assert_ne!(a, b);
        assert_eq!(
            a,
            single_instance_id("org.harbourplan.app", Some("/tmp/a".as_ref()))
        );
        // D-Bus: elements of [A-Za-z0-9_-], none starting with a digit.
        for element in a.split('.') {
            assert!(!element.starts_with(|c: char| c.is_ascii_digit()), "{a}");
            assert!(
                element
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{a}"
            );
        }
    }

    #[test]
    fn only_the_app_itself_loads_in_the_web_view() {
        for (url, stays) in [
            ("tauri://localhost/index.html", true),
            ("http://tauri.localhost/", true),
            ("tel:116123", false),
            ("sms:85258?body=SHOUT", false),
            ("https://samaritans.org/", false),
            ("https://localhost.evil.example/", false),
            // Another program's server on this computer is not the app.
            ("http://localhost:1420/", false),
            ("http://localhost:8787/v1/mailboxes", false),
            ("http://localhost/", false),
            ("http://127.0.0.1/", false),
            ("http://tauri.localhost:8080/", false),
            ("tauri://localhost:9/", false),
            ("http://user@tauri.localhost/", false),
        ] {
            let parsed = tauri::Url::parse(url).unwrap();
            assert_eq!(keep_webview_on_app(&parsed), stays, "{url}");
        }
    }
}
