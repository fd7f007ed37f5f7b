//! "My places": the person's own entries in Find help, kept in the vault.
//! One-line adapters onto the app session's places (`harbour-session`, `harbour-places`).

use harbour_api::directory::{FindHelpArgs, FindHelpResult};
use harbour_api::my_places::{
    MyPlaceDto, MyPlaceEditArgs, MyPlaceIdArgs, MyPlaceInput, MyPlacesResult,
};
use harbour_api::Error;
use harbour_session::AppState;
use tauri::State;

type App<'a> = State<'a, AppState>;

/// Find help: public places, and the person's own when the vault is unlocked.
#[tauri::command]
pub async fn find_help(app: App<'_>, args: FindHelpArgs) -> Result<FindHelpResult, Error> {
    app.get().find_help(args)
}

#[tauri::command]
pub async fn my_places_list(app: App<'_>) -> Result<MyPlacesResult, Error> {
    app.get().my_places()
}

#[tauri::command]
pub async fn my_place_add(app: App<'_>, args: MyPlaceInput) -> Result<MyPlaceDto, Error> {
    app.get().my_place_add(args)
}

#[tauri::command]
pub async fn my_place_edit(app: App<'_>, args: MyPlaceEditArgs) -> Result<MyPlaceDto, Error> {
    app.get().my_place_edit(args)
}

#[tauri::command]
pub async fn my_place_remove(app: App<'_>, args: MyPlaceIdArgs) -> Result<MyPlacesResult, Error> {
    app.get().my_place_remove(args)
}
