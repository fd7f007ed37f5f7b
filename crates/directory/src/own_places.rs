//! The person's own places (Mum's house, a friend's flat, the GP), shown in Find
//! help beside the public directory: what was typed, checked and tidied; placed
//! on the map at the town's centre from the bundled gazetteer when no
//! coordinates were typed (approximate, as public entries are); and matched to a
//! search as public places are.
//!
//! Storage is the caller's: they are private, so the app keeps them sealed in
//! the person's vault, never beside the public datasets.

use crate::gazetteer::fold;
use crate::geo::{directions_href, haversine_km};
use crate::{Gazetteer, Hours, HoursError, OpenStatus, ServiceKind};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
const MAX_PHONE: usize = 30;

/// A place as the person types it. Empty strings count as "not given".
///
/// Also the form it is kept in (tidied), and the app's `MyPlaceInput`: the
/// typed form crosses the boundary as it is, so it is declared once, here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "MyPlaceInput"))]
pub struct PlaceFields {
    pub name: String,
    /// A directory kind (`crisis_cafe`, `safe_haven`, ...) or `other` (the default).
    pub kind: Option<String>,
    pub phones: Vec<String>,
    pub address: Option<String>,
    pub town: Option<String>,
    pub postcode: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// An OpenStreetMap `opening_hours` string, in UK time (`Mo-Fr 09:00-17:00`).
    pub opening_hours: Option<String>,
    pub note: Option<String>,
}

/// One checked place: what was typed, tidied, and where it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnPlace {
    pub id: String,
    pub input: PlaceFields,
    /// Where it is on the map, if anywhere.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// The coordinates were typed (not the town centre's).
    pub exact: bool,
    /// Which bank holidays apply to its hours.
    pub nation: Option<String>,
}

/// Why what was typed for a place was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlaceError {
    #[error("the place needs a name")]
    NameRequired,
    #[error("the {what} is longer than {max} characters")]
    TooLong { what: &'static str, max: usize },
    #[error("{0:?} is not a kind of place")]
    UnknownKind(String),
    #[error("{0:?} is not a phone number")]
    PhoneInvalid(String),
    #[error("a place holds at most {MAX_PHONES} phone numbers")]
    TooManyPhones,
    #[error("{lat},{lon} are not coordinates (latitude -90 to 90, longitude -180 to 180)")]
    CoordinatesOutOfRange { lat: f64, lon: f64 },
    #[error("give both the latitude and the longitude, or neither")]
    HalfCoordinates,
    #[error("the opening hours are not valid: {0}")]
    OpeningHours(HoursError),
}

fn clean(text: Option<&str>, max: usize, what: &'static str) -> Result<Option<String>, PlaceError> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if t.chars().count() > max {
        return Err(PlaceError::TooLong { what, max });
    }
    Ok(Some(t.to_string()))
}

/// Digits and a leading `+`, for `tel:` links; `None` when it is not a phone number.
pub fn dial(number: &str) -> Option<String> {
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

fn kind(typed: Option<&str>) -> Result<String, PlaceError> {
    match typed.map(str::trim) {
        None | Some("") | Some("other") => Ok("other".to_string()),
        Some(k) => ServiceKind::parse(k)
            .map(|k| k.as_str().to_string())
            .ok_or_else(|| PlaceError::UnknownKind(k.to_string())),
    }
}

fn phones(typed: &[String]) -> Result<Vec<String>, PlaceError> {
    let mut phones = Vec::new();
    for p in typed.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if p.chars().count() > MAX_PHONE || dial(p).is_none() {
            return Err(PlaceError::PhoneInvalid(p.to_string()));
        }
        phones.push(p.to_string());
    }
    if phones.len() > MAX_PHONES {
        return Err(PlaceError::TooManyPhones);
    }
    Ok(phones)
}

/// Where a place is: (latitude, longitude, typed exactly, nation).
type Position = (Option<f64>, Option<f64>, bool, Option<String>);

fn position(
    typed: (Option<f64>, Option<f64>),
    town: Option<&str>,
    postcode: Option<&str>,
) -> Result<Position, PlaceError> {
    match typed {
        (Some(lat), Some(lon)) => {
            let ok = lat.is_finite()
                && lon.is_finite()
                && (-90.0..=90.0).contains(&lat)
                && (-180.0..=180.0).contains(&lon);
            if !ok {
                return Err(PlaceError::CoordinatesOutOfRange { lat, lon });
            }
            Ok((Some(lat), Some(lon), true, None))
        }
        (None, None) => {
            let gazetteer = Gazetteer::bundled();
            let found = town
                .and_then(|t| gazetteer.lookup(t).first().copied())
                .or_else(|| {
                    postcode
                        .and_then(|p| p.split_whitespace().next())
                        .and_then(|p| gazetteer.lookup(p).first().copied())
                });
            Ok(match found {
                Some(place) => (
                    Some(place.latitude),
                    Some(place.longitude),
                    false,
                    Some(place.nation.clone()),
                ),
                None => (None, None, false, None),
            })
        }
        _ => Err(PlaceError::HalfCoordinates),
    }
}

fn parse_hours(oh: &str, nation: Option<&str>) -> Result<Hours, HoursError> {
    Hours::parse(oh, TIMEZONE, nation.or(Some("england")))
}

impl OwnPlace {
    /// Checks and tidies what was typed, and places it on the map.
    pub fn check(input: PlaceFields, id: String) -> Result<OwnPlace, PlaceError> {
        let name = clean(Some(&input.name), MAX_NAME, "name")?.ok_or(PlaceError::NameRequired)?;
        let kind = kind(input.kind.as_deref())?;
        let phones = phones(&input.phones)?;
        let address = clean(input.address.as_deref(), MAX_ADDRESS, "address")?;
        let town = clean(input.town.as_deref(), MAX_TOWN, "town")?;
        let postcode = clean(input.postcode.as_deref(), MAX_POSTCODE, "postcode")?;
        let note = clean(input.note.as_deref(), MAX_NOTE, "note")?;
        let hours = clean(input.opening_hours.as_deref(), MAX_HOURS, "opening hours")?;
        let typed = (input.latitude, input.longitude);
        let (latitude, longitude, exact, nation) =
            position(typed, town.as_deref(), postcode.as_deref())?;
        if let Some(oh) = &hours {
            parse_hours(oh, nation.as_deref()).map_err(PlaceError::OpeningHours)?;
        }
        Ok(OwnPlace {
            id,
            input: PlaceFields {
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

    /// Its kind, `other` when none was given.
    pub fn kind(&self) -> &str {
        self.input.kind.as_deref().unwrap_or("other")
    }

    /// Its opening hours, when it has valid ones.
    pub fn hours(&self) -> Option<Hours> {
        let oh = self.input.opening_hours.as_deref()?;
        parse_hours(oh, self.nation.as_deref()).ok()
    }

    /// Whether it is open, closed or opens later at `at` (unknown without hours).
    pub fn status(&self, at: DateTime<Utc>) -> OpenStatus {
        self.hours()
            .map(|h| h.status(at))
            .unwrap_or(OpenStatus::Unknown)
    }

    /// An OpenStreetMap link: the typed point, or a search for its address.
    pub fn directions_href(&self) -> Option<String> {
        let exact = self.latitude.zip(self.longitude).filter(|_| self.exact);
        let i = &self.input;
        let address: Vec<&str> = [&i.address, &i.town, &i.postcode]
            .into_iter()
            .filter_map(|x| x.as_deref())
            .collect();
        directions_href(exact, &address)
    }
}

/// What a search asks of the person's own places (the directory's query, as parsed).
pub struct OwnQuery<'a> {
    pub origin: Option<(f64, f64)>,
    pub text: &'a str,
    pub kinds: &'a [ServiceKind],
    pub open_at: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
}

/// One of the person's places that answers a search.
pub struct OwnHit<'a> {
    pub place: &'a OwnPlace,
    /// From the search's origin, to 0.1 km, when both are placed.
    pub distance_km: Option<f64>,
    pub status: OpenStatus,
}

fn words_match(haystack: &str, needle: &str) -> bool {
    let (h, n) = (format!(" {haystack} "), format!(" {needle} "));
    !needle.is_empty() && h.contains(&n)
}

/// The person's places that answer `q`, in the order they were added. The kind
/// and "open" filters apply as they do to public places; a language filter does
/// not (their own places list no languages, and the person knows them). Placed
/// ones carry their distance; unplaced ones answer only when their name or town
/// matches the words typed.
pub fn search<'a>(places: &'a [OwnPlace], q: &OwnQuery<'_>) -> Vec<OwnHit<'a>> {
    let text = fold(q.text);
    let mut out = Vec::new();
    for place in places {
        if !q.kinds.is_empty() && !q.kinds.iter().any(|k| k.as_str() == place.kind()) {
            continue;
        }
        let hours = place.hours();
        if let Some(at) = q.open_at {
            if !hours.as_ref().is_some_and(|h| h.is_open(at)) {
                continue;
            }
        }
        let coords = place.latitude.zip(place.longitude);
        let distance_km = match (q.origin, coords) {
            (Some(o), Some(c)) => Some((haversine_km(o, c) * 10.0).round() / 10.0),
            _ => None,
        };
        if distance_km.is_none() {
            let i = &place.input;
            let own = fold(&format!("{} {}", i.town.as_deref().unwrap_or(""), i.name));
            if !words_match(&own, &text) {
                continue;
            }
        }
        let status = hours
            .map(|h| h.status(q.open_at.unwrap_or(q.now)))
            .unwrap_or(OpenStatus::Unknown);
        out.push(OwnHit {
            place,
            distance_km,
            status,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(name: &str) -> PlaceFields {
        PlaceFields {
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn what_is_typed_is_tidied_or_refused_with_its_reason() {
        let mut fields = typed("  Mum's  ");
        fields.phones = vec![" 01632 960 000 ".into(), "".into()];
        fields.kind = Some(" ".into());
        let place = OwnPlace::check(fields, "a".into()).unwrap();
        assert_eq!(place.input.name, "Mum's");
        assert_eq!(place.input.phones, ["01632 960 000"]);
        assert_eq!(place.kind(), "other");

        let refused = |f: PlaceFields| OwnPlace::check(f, "b".into()).unwrap_err();
        assert_eq!(refused(typed("   ")), PlaceError::NameRequired);
        let mut f = typed("x");
        f.phones = vec!["call me".into()];
        assert_eq!(refused(f), PlaceError::PhoneInvalid("call me".into()));
        let mut f = typed("x");
        f.latitude = Some(91.0);
        f.longitude = Some(0.0);
        assert!(matches!(
            refused(f),
            PlaceError::CoordinatesOutOfRange { .. }
        ));
        let mut f = typed("x");
        f.latitude = Some(51.0);
        assert_eq!(refused(f), PlaceError::HalfCoordinates);
        let mut f = typed("x");
        f.opening_hours = Some("whenever".into());
        assert!(matches!(refused(f), PlaceError::OpeningHours(_)));
        let mut f = typed("x");
        f.kind = Some("spa".into());
        assert_eq!(refused(f), PlaceError::UnknownKind("spa".into()));
    }

    #[test]
    fn a_town_places_it_approximately_and_typed_coordinates_exactly() {
        let mut f = typed("Friend");
        f.town = Some("Grantham".into());
        let by_town = OwnPlace::check(f, "t".into()).unwrap();
        assert!(by_town.latitude.is_some() && !by_town.exact);
        assert_eq!(
            by_town.input.latitude, None,
            "the town's centre is not kept as typed"
        );
        assert!(by_town
            .directions_href()
            .is_some_and(|h| h.contains("search?query=Grantham")));

        let mut f = typed("GP");
        (f.latitude, f.longitude) = (Some(52.9), Some(-0.6));
        let exact = OwnPlace::check(f, "g".into()).unwrap();
        assert!(exact.exact);
        assert!(exact
            .directions_href()
            .is_some_and(|h| h.contains("mlat=52.90000")));
    }

    #[test]
    fn unplaced_places_answer_only_to_their_own_words() {
        let places = [OwnPlace::check(typed("Aunt Jo"), "j".into()).unwrap()];
        let query = |text| OwnQuery {
            origin: Some((52.9, -0.6)),
            text,
            kinds: &[],
            open_at: None,
            now: Utc::now(),
        };
        assert_eq!(search(&places, &query("jo")).len(), 1);
        assert!(search(&places, &query("j")).is_empty(), "whole words only");
        assert!(search(&places, &query("")).is_empty());
    }
}
