//! "My places": the person's own entries (Mum's house, a friend's flat, the GP),
//! shown in Find help beside the public directory.
//!
//! `harbour_directory::own_places` checks them and answers searches; here they
//! are kept and shown. They live only in the vault, as one sealed setting
//! ([`MY_PLACES_SETTING`]): the vault encrypts it with the data key and binds it
//! to its key, so nothing of a place reaches the disk in clear. When the vault is
//! locked they are not shown at all.

use crate::directory::{now, status_dto};
use harbour_api::directory::{PhoneDto, ServiceHitDto};
use harbour_api::my_places::*;
use harbour_api::{Error, ErrorCode};
use harbour_directory::chrono::{DateTime, Utc};
use harbour_directory::own_places::{dial, search, MAX_PLACES};
use harbour_directory::{OwnPlace, OwnQuery};
use harbour_vault::Vault;
use serde::{Deserialize, Serialize};

/// The vault setting holding every place (JSON, sealed by the vault).
pub const MY_PLACES_SETTING: &str = "dir.private.places";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Stored {
    version: u32,
    places: Vec<OwnPlace>,
}

fn phone_dtos(numbers: &[String]) -> Vec<PhoneDto> {
    numbers
        .iter()
        .filter_map(|number| {
            dial(number).map(|d| PhoneDto {
                number: number.clone(),
                tel_href: format!("tel:{d}"),
            })
        })
        .collect()
}

pub fn load(vault: &Vault) -> Result<Vec<OwnPlace>, Error> {
    match vault.get_setting(MY_PLACES_SETTING)? {
        None => Ok(Vec::new()),
        Some(bytes) => serde_json::from_slice::<Stored>(&bytes)
            .map(|s| s.places)
            .map_err(|e| {
                Error::new(
                    ErrorCode::VaultCorrupt,
                    format!("my places could not be read: {e}"),
                )
            }),
    }
}

fn save(vault: &mut Vault, places: Vec<OwnPlace>) -> Result<(), Error> {
    let json = serde_json::to_vec(&Stored { version: 1, places })
        .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
    vault.put_setting(MY_PLACES_SETTING, &json)?;
    Ok(())
}

fn dto(p: &OwnPlace, at: DateTime<Utc>) -> MyPlaceDto {
    let i = &p.input;
    MyPlaceDto {
        id: p.id.clone(),
        name: i.name.clone(),
        kind: p.kind().to_string(),
        phones: phone_dtos(&i.phones),
        address: i.address.clone(),
        town: i.town.clone(),
        postcode: i.postcode.clone(),
        latitude: p.latitude,
        longitude: p.longitude,
        exact_location: p.exact,
        opening_hours: i.opening_hours.clone(),
        status: status_dto(&p.status(at)),
        note: i.note.clone(),
        directions_href: p.directions_href(),
        input: i.clone(),
    }
}

fn not_found() -> Error {
    Error::new(ErrorCode::MyPlaceNotFound, "you have no place with that id")
}

/// The person's places, in the order they were added.
pub fn list(vault: &Vault) -> Result<MyPlacesResult, Error> {
    let at = now();
    Ok(MyPlacesResult {
        places: load(vault)?.iter().map(|p| dto(p, at)).collect(),
    })
}

pub fn add(vault: &mut Vault, input: MyPlaceInput) -> Result<MyPlaceDto, Error> {
    let mut places = load(vault)?;
    if places.len() >= MAX_PLACES {
        return Err(Error::invalid_input(format!(
            "you can keep at most {MAX_PLACES} places"
        )));
    }
    let id = harbour_doc::new_id()?;
    let place = OwnPlace::check(input, id)?;
    let out = dto(&place, now());
    places.push(place);
    save(vault, places)?;
    Ok(out)
}

pub fn edit(vault: &mut Vault, args: MyPlaceEditArgs) -> Result<MyPlaceDto, Error> {
    let mut places = load(vault)?;
    let slot = places
        .iter_mut()
        .find(|p| p.id == args.id)
        .ok_or_else(not_found)?;
    *slot = OwnPlace::check(args.place, args.id)?;
    let out = dto(slot, now());
    save(vault, places)?;
    Ok(out)
}

pub fn remove(vault: &mut Vault, args: MyPlaceIdArgs) -> Result<MyPlacesResult, Error> {
    let mut places = load(vault)?;
    let before = places.len();
    places.retain(|p| p.id != args.id);
    if places.len() == before {
        return Err(not_found());
    }
    save(vault, places)?;
    list(vault)
}

/// The person's places that answer a Find help search, as its results.
pub fn hits(places: &[OwnPlace], q: &OwnQuery<'_>) -> Vec<ServiceHitDto> {
    search(places, q)
        .into_iter()
        .map(|hit| {
            let (p, i) = (hit.place, &hit.place.input);
            ServiceHitDto {
                id: format!("mine-{}", p.id),
                name: i.name.clone(),
                kind: p.kind().to_string(),
                organisation: None,
                description: None,
                address: i.address.iter().cloned().collect(),
                town: i.town.clone(),
                postcode: i.postcode.clone(),
                distance_km: hit.distance_km,
                approximate_location: p.latitude.is_some() && p.longitude.is_some() && !p.exact,
                status: status_dto(&hit.status),
                opening_hours: i.opening_hours.clone(),
                hours_text: None,
                phones: phone_dtos(&i.phones),
                url: None,
                directions_href: p.directions_href(),
                referral: "unknown".into(),
                age_range: None,
                accessibility: None,
                languages: Vec::new(),
                notes: i.note.clone(),
                source_url: String::new(),
                source_date: None,
                last_checked: String::new(),
                months_since_checked: None,
                stale: false,
                dataset_name: String::new(),
                report_problem_url: None,
                mine: true,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::merge;

    #[test]
    fn merge_is_nearest_first_and_keeps_the_limit() {
        let hit = |name: &str, km: Option<f64>, mine: bool| {
            let mut h = hits(
                &[OwnPlace::check(
                    MyPlaceInput {
                        name: name.into(),
                        latitude: Some(0.0),
                        longitude: Some(0.0),
                        ..Default::default()
                    },
                    name.into(),
                )
                .unwrap()],
                &OwnQuery {
                    origin: Some((0.0, 0.0)),
                    text: "",
                    kinds: &[],
                    open_at: None,
                    now: now(),
                },
            )
            .remove(0);
            h.distance_km = km;
            h.mine = mine;
            h
        };
        let public = vec![
            hit("a", Some(1.0), false),
            hit("c", Some(3.0), false),
            hit("z", None, false),
        ];
        let mine = vec![
            hit("b", Some(2.0), true),
            hit("d", Some(9.0), true),
            hit("y", None, true),
        ];
        let names = |v: Vec<ServiceHitDto>| v.into_iter().map(|h| h.name).collect::<Vec<_>>();
        assert_eq!(
            names(merge(public.clone(), mine.clone(), 10)),
            ["a", "b", "c", "d", "y", "z"]
        );
        assert_eq!(names(merge(public, mine, 3)), ["a", "b", "c"]);
    }
}
