//! The shell's commands are adapters: a line each, naming the command, what
//! it takes, what it answers and the `harbour_session` method that does the
//! work. These macros write the Tauri command around that line, one macro per
//! way a command runs:
//!
//! - `on_app!`: on the app's session, at once (`AppState::get`).
//! - `on_plan!`: on the unlocked plan session (`AppSession::with_session`),
//!   which refuses a locked vault.
//! - `on_blocking_thread!`: slow work (key derivation, files, the network) on
//!   a blocking thread, so the window never waits ([`crate::blocking`]).
//! - `saved_as!`: a file the person places with the save dialog
//!   ([`crate::save_as`]); the kind names what is saved.
//!
//! Commands that do more than call one method are written out by hand.

/// One command on the app's state, answered by `$call` (which names the
/// state `$app`).
macro_rules! on_state {
    ($name:ident($($arg:ident: $ty:ty)?) -> $ret:ty, |$app:ident| $call:expr) => {
        #[tauri::command]
        pub async fn $name(
            $app: tauri::State<'_, harbour_session::AppState>,
            $($arg: $ty)?
        ) -> Result<$ret, harbour_api::Error> {
            $call
        }
    };
}

/// `name(arg: Type) -> Answer = method;`: `app.get().method(arg)`.
macro_rules! on_app {
    ($($name:ident($($arg:ident: $ty:ty)?) -> $ret:ty = $method:ident;)*) => {$(
        crate::adapters::on_state!($name($($arg: $ty)?) -> $ret, |app| app.get().$method($($arg)?));
    )*};
}

/// `name(arg: Type) -> Answer = method;`: the plan session's `method(arg)`.
macro_rules! on_plan {
    ($($name:ident($($arg:ident: $ty:ty)?) -> $ret:ty = $method:ident;)*) => {$(
        crate::adapters::on_state!($name($($arg: $ty)?) -> $ret, |app| {
            app.get().with_session(|s| s.$method($($arg)?))
        });
    )*};
}

/// `name(arg: Type) -> Answer = method;`: `method(arg)` on a blocking thread.
macro_rules! on_blocking_thread {
    ($($name:ident($($arg:ident: $ty:ty)?) -> $ret:ty = $method:ident;)*) => {$(
        #[tauri::command]
        pub async fn $name<R: tauri::Runtime>(
            app: tauri::AppHandle<R>,
            $($arg: $ty)?
        ) -> Result<$ret, harbour_api::Error> {
            crate::blocking(app, move |s| s.get().$method($($arg)?)).await
        }
    )*};
}

/// `name(arg: Type) as Kind = method;`: asks where with the save dialog, then
/// `method(arg, there)` on a blocking thread; `None` if the person cancelled.
macro_rules! saved_as {
    ($($name:ident($($arg:ident: $ty:ty)?) as $kind:expr => $method:ident;)*) => {$(
        #[tauri::command]
        pub async fn $name<R: tauri::Runtime>(
            app: tauri::AppHandle<R>,
            $($arg: $ty)?
        ) -> Result<Option<harbour_api::saving::SavedFile>, harbour_api::Error> {
            let kind = $kind;
            crate::save_as(app, kind, move |s, to| s.$method($($arg,)? to)).await
        }
    )*};
}

pub(crate) use {on_app, on_blocking_thread, on_plan, on_state, saved_as};
