//! "Find help": crisis cafés, safe havens and peer groups near a town, offline.
//!
//! Open status crosses the boundary as data (`OpenStatusDto`), never as English: the app
//! and CLI put it into the person's language.

use harbour_api::directory::*;
use harbour_api::Error;
use harbour_directory::{
    chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc},
    geo::directions_href,
    import_file, parse_lat_lon, DayRef, Directory, Format, Gazetteer, Hit, ImportOptions,
    ImportStore, OpenStatus, OwnQuery, Place, Query, RecordError, ServiceKind,
};
use std::path::Path;
use std::sync::OnceLock;

/// The instant "open now" means. `HARBOUR_NOW` (RFC 3339, e.g. `2026-11-26T19:00:00Z`)
/// fixes it for the whole process: **for tests only** (the end-to-end test sets it so "open
/// now" does not depend on the hour the test runs). Read once, at first use. Release builds
/// ignore it, so nobody can make a person's app show wrong opening status by setting a variable.
pub fn now() -> DateTime<Utc> {
    static FIXED: OnceLock<Option<DateTime<Utc>>> = OnceLock::new();
    FIXED
        .get_or_init(|| {
            if !cfg!(debug_assertions) {
                return None;
            }
            let text = std::env::var("HARBOUR_NOW").ok()?;
            DateTime::parse_from_rfc3339(text.trim())
                .ok()
                .map(|t| t.with_timezone(&Utc))
        })
        .unwrap_or_else(Utc::now)
}

fn import_problem_dto(e: &RecordError) -> ImportProblemDto {
    ImportProblemDto {
        position: u32::try_from(e.position).unwrap_or(u32::MAX),
        id: e.id.clone(),
        problem: e.problem.clone(),
    }
}

fn place_dto(p: &Place) -> PlaceDto {
    PlaceDto {
        name: p.name.clone(),
        nation: p.nation.clone(),
        latitude: p.latitude,
        longitude: p.longitude,
    }
}

pub fn status_dto(s: &OpenStatus) -> OpenStatusDto {
    let day = |d: &DayRef| d.as_str().to_string();
    match s {
        OpenStatus::OpenAllDay => OpenStatusDto::OpenAllDay,
        OpenStatus::OpenUntil { time, day: d } => OpenStatusDto::OpenUntil {
            time: time.clone(),
            day: day(d),
        },
        OpenStatus::OpensAt { time, day: d } => OpenStatusDto::OpensAt {
            time: time.clone(),
            day: day(d),
        },
        OpenStatus::Closed => OpenStatusDto::Closed,
        OpenStatus::Unknown => OpenStatusDto::Unknown,
    }
}

fn directions(hit: &Hit<'_>) -> Option<String> {
    let loc = &hit.service.location;
    let exact = loc
        .coordinates()
        .filter(|_| loc.geocoded_from.as_deref() == Some("source"));
    let mut address: Vec<&str> = loc.address_lines.iter().map(String::as_str).collect();
    address.extend(loc.town.as_deref());
    address.extend(loc.postcode.as_deref());
    directions_href(exact, &address)
}

fn hit_dto(hit: &Hit<'_>) -> ServiceHitDto {
    let s = hit.service;
    let loc = &s.location;
    ServiceHitDto {
        id: s.id.clone(),
        name: s.name.clone(),
        kind: s.kind.as_str().to_string(),
        organisation: s.organisation.as_ref().map(|o| o.name.clone()),
        description: s.description.clone(),
        address: loc.address_lines.clone(),
        town: loc.town.clone(),
        postcode: loc.postcode.clone(),
        distance_km: hit.distance_km.map(|d| (d * 10.0).round() / 10.0),
        approximate_location: loc.coordinates().is_some()
            && loc.geocoded_from.as_deref() != Some("source"),
        status: status_dto(&hit.status),
        opening_hours: s.schedule.opening_hours.clone(),
        hours_text: s.schedule.text.clone(),
        phones: s
            .phones
            .iter()
            .map(|p| PhoneDto {
                number: p.number.clone(),
                tel_href: format!("tel:{}", p.dial),
            })
            .collect(),
        url: s.url.clone(),
        directions_href: directions(hit),
        referral: serde_json::to_value(s.referral)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_else(|| "unknown".into()),
        age_range: s.age_range.as_ref().and_then(|a| {
            a.text.clone().or_else(|| match (a.minimum, a.maximum) {
                (Some(min), Some(max)) => Some(format!("{min}-{max}")),
                (Some(min), None) => Some(format!("{min}+")),
                (None, Some(max)) => Some(format!("0-{max}")),
                (None, None) => None,
            })
        }),
        accessibility: loc.accessibility.clone(),
        languages: s.languages.clone(),
        notes: s.notes.clone(),
        source_url: s.source_url.clone(),
        source_date: s.source_date.clone(),
        last_checked: s.last_checked.clone(),
        months_since_checked: hit.months_since_checked,
        stale: hit.stale,
        dataset_name: hit.dataset.name.clone(),
        report_problem_url: hit.dataset.report_problem_url.clone(),
        mine: false,
    }
}

/// `HH:MM` today (UK time), `YYYY-MM-DDTHH:MM` (UK time), or RFC 3339.
pub fn parse_at(text: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    let london = harbour_directory::chrono_tz::Europe::London;
    let local = if let Ok(t) = NaiveTime::parse_from_str(text, "%H:%M") {
        let today: NaiveDate = now.with_timezone(&london).date_naive();
        today.and_time(t)
    } else {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M"))
            .ok()?
    };
    london
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The bundled directory plus whatever was imported into `imports_dir`, when anything was.
fn imported_directory(imports_dir: Option<&Path>) -> Result<Option<Directory>, Error> {
    let store = match imports_dir {
        Some(dir) => ImportStore::load(dir)?,
        None => ImportStore::default(),
    };
    if store.datasets.is_empty() {
        return Ok(None);
    }
    let mut datasets = vec![Directory::bundled_dataset()?];
    datasets.extend(store.datasets);
    Ok(Some(Directory::build(datasets)?))
}

/// Finds services near a place (or matching words), nearest first.
/// `imports_dir` is where `directory import` stored public datasets, if anywhere.
pub fn find_help(args: FindHelpArgs, imports_dir: Option<&Path>) -> Result<FindHelpResult, Error> {
    find_help_with(args, imports_dir, |_| Vec::new())
}

/// [`find_help`] with the person's own places among the results: `mine`
/// answers the parsed query from them (`my_places` does, from the vault).
pub fn find_help_with(
    args: FindHelpArgs,
    imports_dir: Option<&Path>,
    mine: impl FnOnce(&OwnQuery<'_>) -> Vec<ServiceHitDto>,
) -> Result<FindHelpResult, Error> {
    let text = args.place.trim();
    if text.is_empty() {
        return Err(Error::invalid_input(
            "type a town, a postcode area or LAT,LON",
        ));
    }
    if text.chars().count() > 200 {
        return Err(Error::invalid_input(
            "the place is longer than 200 characters",
        ));
    }
    let now = now();
    let mut kinds = Vec::new();
    for k in args.kinds.iter().flatten() {
        kinds.push(
            ServiceKind::parse(k)
                .ok_or_else(|| Error::invalid_input(format!("{k:?} is not a kind of service")))?,
        );
    }
    let open_at = match (&args.at, args.open_now.unwrap_or(false)) {
        (Some(at), _) => Some(parse_at(at, now).ok_or_else(|| {
            Error::invalid_input(format!("{at:?} is not a time (HH:MM or YYYY-MM-DDTHH:MM)"))
        })?),
        (None, true) => Some(now),
        (None, false) => None,
    };
    let (matched_by, place, others, origin) = if let Some(coords) = parse_lat_lon(text) {
        (MatchedBy::Coordinates, None, Vec::new(), Some(coords))
    } else {
        let found = Gazetteer::bundled().lookup(text);
        match found.split_first() {
            Some((first, rest)) => (
                MatchedBy::Place,
                Some(place_dto(first)),
                rest.iter().take(5).map(|p| place_dto(p)).collect(),
                Some((first.latitude, first.longitude)),
            ),
            None => (MatchedBy::Name, None, Vec::new(), None),
        }
    };
    let owned = imported_directory(imports_dir)?;
    let directory: &Directory = owned.as_ref().unwrap_or_else(|| Directory::bundled());
    let limit = args.limit.unwrap_or(20).clamp(1, 200) as usize;
    let own = mine(&OwnQuery {
        origin,
        text,
        kinds: &kinds,
        open_at,
        now,
    });
    let query = Query {
        origin,
        text: Some(text.to_string()),
        kinds,
        open_at,
        language: args.language.filter(|l| !l.trim().is_empty()),
        limit,
        max_km: None,
        now,
    };
    let public = directory.search(&query).iter().map(hit_dto).collect();
    let services = merge(public, own, limit);
    Ok(FindHelpResult {
        query: text.to_string(),
        matched_by,
        place,
        other_places: others,
        evaluated_at: open_at.unwrap_or(now).to_rfc3339(),
        services,
    })
}

/// Puts the person's places among the public ones: everything with a distance
/// nearest first (a tie keeps the person's own first), then the person's
/// unplaced matches, then the public ones; at most `limit`.
pub fn merge(
    public: Vec<ServiceHitDto>,
    mine: Vec<ServiceHitDto>,
    limit: usize,
) -> Vec<ServiceHitDto> {
    let (mut placed, mut unplaced): (Vec<_>, Vec<_>) =
        mine.into_iter().partition(|h| h.distance_km.is_some());
    let (public_placed, public_unplaced): (Vec<_>, Vec<_>) =
        public.into_iter().partition(|h| h.distance_km.is_some());
    placed.extend(public_placed);
    placed.sort_by(|a, b| {
        a.distance_km
            .unwrap_or(f64::INFINITY)
            .total_cmp(&b.distance_km.unwrap_or(f64::INFINITY))
    });
    unplaced.extend(public_unplaced);
    placed.extend(unplaced);
    placed.truncate(limit);
    placed
}

/// Imports a public HSDS file or Open Referral UK CSV (services table or folder) into
/// `imports_dir`: the valid records are stored, and every record refused or changed is in
/// the result. Nothing is stored when the file as a whole is refused (unreadable, wrong
/// format, empty, or not one valid record).
pub fn import_directory(args: ImportArgs, imports_dir: &Path) -> Result<ImportResult, Error> {
    let path = Path::new(&args.file);
    let format = match &args.format {
        Some(f) => Format::parse(f).ok_or_else(|| {
            Error::invalid_input(format!("{f:?} is not a format (hsds or oruk-csv)"))
        })?,
        None => Format::guess(path),
    };
    let source = args.source.clone().unwrap_or_else(|| {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| args.file.clone())
    });
    let outcome = import_file(path, format, &ImportOptions::new(source.clone()))?;
    let imported = outcome.dataset.services.len() as u32;
    let refused = outcome.refused.iter().map(import_problem_dto).collect();
    let changed = outcome.changed.iter().map(import_problem_dto).collect();
    let mut store = ImportStore::load(imports_dir)?;
    store.put(outcome.dataset);
    // Check the whole directory still builds (e.g. imported hours parse) before saving.
    let mut all = vec![Directory::bundled_dataset()?];
    all.extend(store.datasets.iter().cloned());
    Directory::build(all).map_err(|e| Error::invalid_input(e.to_string()))?;
    store.save(imports_dir)?;
    Ok(ImportResult {
        source,
        imported,
        total_imported: store.datasets.iter().map(|d| d.services.len() as u32).sum(),
        refused,
        changed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_api::ErrorCode;

    fn thursday_7pm() -> DateTime<Utc> {
        // 2026-11-26 19:00 GMT.
        DateTime::parse_from_rfc3339("2026-11-26T19:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn at_accepts_local_times() {
        let now = thursday_7pm();
        assert_eq!(
            parse_at("21:30", now).unwrap().to_rfc3339(),
            "2026-11-26T21:30:00+00:00"
        );
        // Summer: UK time is an hour ahead of UTC.
        assert_eq!(
            parse_at("2026-07-01T18:00", now).unwrap().to_rfc3339(),
            "2026-07-01T17:00:00+00:00"
        );
        assert!(parse_at("teatime", now).is_none());
    }

    #[test]
    fn finds_by_town_and_refuses_bad_input() {
        let result = find_help(
            FindHelpArgs {
                place: "Lincoln".into(),
                limit: Some(5),
                ..Default::default()
            },
            None,
        )
        .unwrap();
        assert_eq!(result.matched_by, MatchedBy::Place);
        assert_eq!(result.services[0].id, "night-light-cafe-lincoln");
        assert!(result.services[0].approximate_location);
        assert!(result.services[0]
            .directions_href
            .as_deref()
            .unwrap()
            .starts_with("https://www.openstreetmap.org/search?query="));
        let err = find_help(
            FindHelpArgs {
                place: "Lincoln".into(),
                kinds: Some(vec!["spa".into()]),
                ..Default::default()
            },
            None,
        )
        .unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert!(find_help(FindHelpArgs::default(), None).is_err());
    }

    #[test]
    fn status_is_data_not_english() {
        let json = serde_json::to_string(&OpenStatusDto::OpenUntil {
            time: "23:00".into(),
            day: "today".into(),
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"state":"open_until","time":"23:00","day":"today"}"#
        );
    }
}
