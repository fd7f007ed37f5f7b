//! "My places": the person's own entries (Mum's house, a friend's flat, the GP),
//! shown in Find help beside the public directory.
//!
//! They live only in the vault, as one sealed setting ([`MY_PLACES_SETTING`]): the
//! vault encrypts it with the data key and binds it to its key, so nothing of a
//! place reaches the disk in clear. When the vault is locked they are not shown
//! at all. A place typed with a town and no coordinates is placed at the town's
//! centre from the bundled gazetteer (marked approximate, as public entries are).

use crate::directory::{encode_query, now, status_dto, MineQuery};
use harbour_api::directory::{OpenStatusDto, PhoneDto, ServiceHitDto};
use harbour_api::my_places::*;
use harbour_api::{Error, ErrorCode};
use harbour_directory::{
    chrono::{DateTime, Utc},
    gazetteer::fold,
    geo::haversine_km,
    Gazetteer, Hours, ServiceKind,
};
use harbour_vault::Vault;
use serde::{Deserialize, Serialize};

/// The vault setting holding every place (JSON, sealed by the vault).
pub const MY_PLACES_SETTING: &str = "dir.private.places";
/// Opening hours of the person's places are in UK time, as the directory's are.
const TIMEZONE: &str = "Europe/London";
pub const MAX_PLACES: usize = 200;
pub const MAX_PHONES: usize = 5;
pub const MAX_NAME: usize = 120;
const MAX_ADDRESS: usize = 300;
const MAX_TOWN: usize = 100;
const MAX_POSTCODE: usize = 16;
const MAX_HOURS: usize = 500;
const MAX_NOTE: usize = 2000;

/// What is kept in the vault for one place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredPlace {
    pub id: String,
    pub input: MyPlaceInput,
    /// Where it is on the map, if anywhere.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub exact: bool,
    /// Which bank holidays apply to its hours.
    pub nation: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Stored {
    version: u32,
    places: Vec<StoredPlace>,
}

fn err(code: ErrorCode, message: impl Into<String>) -> Error {
    Error::new(code, message)
}

fn clean(text: Option<&str>, max: usize, what: &str) -> Result<Option<String>, Error> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if t.chars().count() > max {
        return Err(err(
            ErrorCode::TooLong,
            format!("the {what} is longer than {max} characters"),
        ));
    }
    Ok(Some(t.to_string()))
}

/// Digits and a leading `+`, for `tel:` links; `None` when it is not a phone number.
fn dial(number: &str) -> Option<String> {
    let ok_chars = number
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'));
    let plus = number.matches('+').count();
    if !ok_chars || plus > 1 || (plus == 1 && !number.trim_start().starts_with('+')) {
        return None;
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if !(3..=15).contains(&digits.len()) {
        return None;
    }
    Some(if plus == 1 {
        format!("+{digits}")
    } else {
        digits
    })
}

fn phone_dto(number: &str) -> Option<PhoneDto> {
    dial(number).map(|d| PhoneDto {
        number: number.to_string(),
        tel_href: format!("tel:{d}"),
    })
}

/// Checks and tidies what was typed, and places it on the map.
pub fn check(input: MyPlaceInput, id: String) -> Result<StoredPlace, Error> {
    let name = clean(Some(&input.name), MAX_NAME, "name")?
        .ok_or_else(|| err(ErrorCode::PlaceNameRequired, "the place needs a name"))?;
    let kind = match input.kind.as_deref().map(str::trim) {
        None | Some("") | Some("other") => "other".to_string(),
        Some(k) => ServiceKind::parse(k)
            .ok_or_else(|| Error::invalid_input(format!("{k:?} is not a kind of place")))?
            .as_str()
            .to_string(),
    };
    let mut phones = Vec::new();
    for p in &input.phones {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if p.chars().count() > 30 || dial(p).is_none() {
            return Err(err(
                ErrorCode::PhoneInvalid,
                format!("{p:?} is not a phone number"),
            ));
        }
        phones.push(p.to_string());
    }
    if phones.len() > MAX_PHONES {
        return Err(Error::invalid_input(format!(
            "a place holds at most {MAX_PHONES} phone numbers"
        )));
    }
    let address = clean(input.address.as_deref(), MAX_ADDRESS, "address")?;
    let town = clean(input.town.as_deref(), MAX_TOWN, "town")?;
    let postcode = clean(input.postcode.as_deref(), MAX_POSTCODE, "postcode")?;
    let note = clean(input.note.as_deref(), MAX_NOTE, "note")?;
    let hours = clean(input.opening_hours.as_deref(), MAX_HOURS, "opening hours")?;

    let (mut latitude, mut longitude, mut exact, mut nation) = (None, None, false, None);
    match (input.latitude, input.longitude) {
        (Some(lat), Some(lon)) => {
            let ok = lat.is_finite()
                && lon.is_finite()
                && (-90.0..=90.0).contains(&lat)
                && (-180.0..=180.0).contains(&lon);
            if !ok {
                return Err(err(
                    ErrorCode::CoordinatesInvalid,
                    format!("{lat},{lon} are not coordinates (latitude -90 to 90, longitude -180 to 180)"),
                ));
            }
            (latitude, longitude, exact) = (Some(lat), Some(lon), true);
        }
        (None, None) => {
            let gazetteer = Gazetteer::bundled();
            let found = town
                .as_deref()
                .and_then(|t| gazetteer.lookup(t).first().copied())
                .or_else(|| {
                    postcode
                        .as_deref()
                        .and_then(|p| p.split_whitespace().next())
                        .and_then(|p| gazetteer.lookup(p).first().copied())
                });
            if let Some(place) = found {
                latitude = Some(place.latitude);
                longitude = Some(place.longitude);
                nation = Some(place.nation.clone());
            }
        }
        _ => {
            return Err(err(
                ErrorCode::CoordinatesInvalid,
                "give both the latitude and the longitude, or neither",
            ))
        }
    }
    if let Some(oh) = &hours {
        Hours::parse(oh, TIMEZONE, nation.as_deref().or(Some("england"))).map_err(|e| {
            err(
                ErrorCode::OpeningHoursInvalid,
                format!("the opening hours are not valid: {e}"),
            )
        })?;
    }
    Ok(StoredPlace {
        id,
        input: MyPlaceInput {
            name,
            kind: Some(kind),
            phones,
            address,
            town,
            postcode,
            latitude: input.latitude.filter(|_| exact),
            longitude: input.longitude.filter(|_| exact),
            opening_hours: hours,
            note,
        },
        latitude,
        longitude,
        exact,
        nation,
    })
}

pub fn load(vault: &Vault) -> Result<Vec<StoredPlace>, Error> {
    match vault.get_setting(MY_PLACES_SETTING)? {
        None => Ok(Vec::new()),
        Some(bytes) => serde_json::from_slice::<Stored>(&bytes)
            .map(|s| s.places)
            .map_err(|e| {
                err(
                    ErrorCode::VaultCorrupt,
                    format!("my places could not be read: {e}"),
                )
            }),
    }
}

fn save(vault: &mut Vault, places: Vec<StoredPlace>) -> Result<(), Error> {
    let json = serde_json::to_vec(&Stored { version: 1, places })
        .map_err(|e| err(ErrorCode::Internal, e.to_string()))?;
    vault.put_setting(MY_PLACES_SETTING, &json)?;
    Ok(())
}

fn hours_of(p: &StoredPlace) -> Option<Hours> {
    let oh = p.input.opening_hours.as_deref()?;
    Hours::parse(oh, TIMEZONE, p.nation.as_deref().or(Some("england"))).ok()
}

fn directions(p: &StoredPlace) -> Option<String> {
    if p.exact {
        if let (Some(lat), Some(lon)) = (p.latitude, p.longitude) {
            return Some(format!(
                "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}"
            ));
        }
    }
    let i = &p.input;
    let parts: Vec<&str> = [&i.address, &i.town, &i.postcode]
        .into_iter()
        .filter_map(|x| x.as_deref())
        .collect();
    if parts.is_empty() {
        return None;
    }
    Some(format!(
        "https://www.openstreetmap.org/search?query={}",
        encode_query(&parts.join(", "))
    ))
}

fn status_at(p: &StoredPlace, at: DateTime<Utc>) -> OpenStatusDto {
    hours_of(p)
        .map(|h| status_dto(&h.status(at)))
        .unwrap_or(OpenStatusDto::Unknown)
}

fn dto(p: &StoredPlace, at: DateTime<Utc>) -> MyPlaceDto {
    let i = &p.input;
    MyPlaceDto {
        id: p.id.clone(),
        name: i.name.clone(),
        kind: i.kind.clone().unwrap_or_else(|| "other".into()),
        phones: i.phones.iter().filter_map(|n| phone_dto(n)).collect(),
        address: i.address.clone(),
        town: i.town.clone(),
        postcode: i.postcode.clone(),
        latitude: p.latitude,
        longitude: p.longitude,
        exact_location: p.exact,
        opening_hours: i.opening_hours.clone(),
        status: status_at(p, at),
        note: i.note.clone(),
        directions_href: directions(p),
        input: i.clone(),
    }
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
    let place = check(input, id)?;
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
        .ok_or_else(|| err(ErrorCode::MyPlaceNotFound, "you have no place with that id"))?;
    *slot = check(args.place, args.id)?;
    let out = dto(slot, now());
    save(vault, places)?;
    Ok(out)
}

pub fn remove(vault: &mut Vault, args: MyPlaceIdArgs) -> Result<MyPlacesResult, Error> {
    let mut places = load(vault)?;
    let before = places.len();
    places.retain(|p| p.id != args.id);
    if places.len() == before {
        return Err(err(
            ErrorCode::MyPlaceNotFound,
            "you have no place with that id",
        ));
    }
    save(vault, places)?;
    list(vault)
}

fn words_match(haystack: &str, needle: &str) -> bool {
    let (h, n) = (format!(" {haystack} "), format!(" {needle} "));
    !needle.is_empty() && h.contains(&n)
}

/// The person's places as search results. The kind and "open" filters apply as
/// they do to public places; a language filter does not (their own places list no
/// languages, and the person knows them). Placed ones carry their distance;
/// unplaced ones appear only when their name or town matches the words typed.
pub fn hits(places: &[StoredPlace], q: &MineQuery<'_>) -> Vec<ServiceHitDto> {
    let text = fold(q.text);
    let mut out = Vec::new();
    for p in places {
        let i = &p.input;
        let kind = i.kind.clone().unwrap_or_else(|| "other".into());
        if !q.kinds.is_empty() && !q.kinds.iter().any(|k| k.as_str() == kind) {
            continue;
        }
        let hours = hours_of(p);
        if let Some(at) = q.open_at {
            if !hours.as_ref().is_some_and(|h| h.is_open(at)) {
                continue;
            }
        }
        let coords = p.latitude.zip(p.longitude);
        let distance_km = match (q.origin, coords) {
            (Some(o), Some(c)) => Some((haversine_km(o, c) * 10.0).round() / 10.0),
            _ => None,
        };
        if distance_km.is_none() {
            let own = fold(&format!("{} {}", i.town.as_deref().unwrap_or(""), i.name));
            if !words_match(&own, &text) {
                continue;
            }
        }
        let status = hours
            .map(|h| status_dto(&h.status(q.open_at.unwrap_or(q.now))))
            .unwrap_or(OpenStatusDto::Unknown);
        out.push(ServiceHitDto {
            id: format!("mine-{}", p.id),
            name: i.name.clone(),
            kind,
            organisation: None,
            description: None,
            address: i.address.iter().cloned().collect(),
            town: i.town.clone(),
            postcode: i.postcode.clone(),
            distance_km,
            approximate_location: coords.is_some() && !p.exact,
            status,
            opening_hours: i.opening_hours.clone(),
            hours_text: None,
            phones: i.phones.iter().filter_map(|n| phone_dto(n)).collect(),
            url: None,
            directions_href: directions(p),
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
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::merge;

    #[test]
    fn merge_is_nearest_first_and_keeps_the_limit() {
        let hit = |name: &str, km: Option<f64>, mine: bool| {
            let mut h = hits(
                &[check(
                    MyPlaceInput {
                        name: name.into(),
                        latitude: Some(0.0),
                        longitude: Some(0.0),
                        ..Default::default()
                    },
                    name.into(),
                )
                .unwrap()],
                &MineQuery {
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
