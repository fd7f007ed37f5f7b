//! "My places": the person's own entries in Find help, kept in the vault.
//! Adapters onto the app session's places (`harbour-session`, `harbour-places`).

use crate::adapters::on_app;
use harbour_api::directory::{FindHelpArgs, FindHelpResult};
use harbour_api::my_places::{
    MyPlaceDto, MyPlaceEditArgs, MyPlaceIdArgs, MyPlaceInput, MyPlacesResult,
};

on_app! {
    // Public places, and the person's own when the vault is unlocked.
    find_help(args: FindHelpArgs) -> FindHelpResult = find_help;
    my_places_list() -> MyPlacesResult = my_places;
    my_place_add(args: MyPlaceInput) -> MyPlaceDto = my_place_add;
    my_place_edit(args: MyPlaceEditArgs) -> MyPlaceDto = my_place_edit;
    my_place_remove(args: MyPlaceIdArgs) -> MyPlacesResult = my_place_remove;
}
