//! Importers for Open Referral data: HSDS 3 JSON and Open Referral UK CSV.
//!
//! **What is valid imports; the rest is reported.** Every record is checked on its own. A
//! record that fails a check is refused, and the others import. A service whose coordinates
//! are impossible (off the Earth, not finite, not a number, or one without the other) is
//! imported without them, never with a guessed position, and reported as changed. Nothing is
//! left out silently: every refused and every changed record is in the [`ImportOutcome`] with
//! its position, id and what is wrong, so whoever imports can see exactly what is missing.
//!
//! The whole file is refused ([`ImportError`]) only when it cannot be read, is not in the
//! format, has no services, or not one of its records is valid (then with every reason).
//!
//! CSV is read by turning the Open Referral UK tables into the same nested shape as HSDS 3
//! JSON, so both formats go through one mapping and one set of checks. An Open Referral UK
//! dataset may be given as its services table or as the folder that holds its tables.

use crate::hours::Hours;
use crate::model::{
    AgeRange, Dataset, DatasetMeta, Location, Organisation, Phone, Referral, ScheduleSpec, Service,
    ServiceKind,
};
use crate::validate::{coordinate_problems, validate_service};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Hsds,
    OrukCsv,
}

impl Format {
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "hsds" | "json" => Some(Self::Hsds),
            "oruk-csv" | "oruk" | "csv" => Some(Self::OrukCsv),
            _ => None,
        }
    }

    /// From the path: a folder (of Open Referral UK tables) or a `.csv` file is Open Referral
    /// UK CSV, anything else HSDS JSON.
    pub fn guess(path: &Path) -> Self {
        if path.is_dir() {
            return Self::OrukCsv;
        }
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("csv") => Self::OrukCsv,
            _ => Self::Hsds,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Where the data came from (a URL, or the file's name); shown as every service's source.
    pub source: String,
    /// The IANA time zone schedules are in (HSDS's numeric offset cannot express BST).
    pub timezone: String,
    /// For services whose text names no kind Harbour knows.
    pub default_kind: ServiceKind,
    /// Which UK nation's bank holidays apply, if known.
    pub nation: Option<String>,
}

impl ImportOptions {
    pub fn new(source: impl Into<String>) -> Self {
        Self {
            source: source.into(),
            timezone: "Europe/London".into(),
            default_kind: ServiceKind::DropIn,
            nation: None,
        }
    }
}

/// One record that was refused, or imported changed: where it is, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// 1-based position in the file (the CSV row number, counting the header as row 1).
    pub position: usize,
    pub id: Option<String>,
    /// What is wrong; for a changed record, also what was left out because of it.
    pub problem: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            Some(id) => write!(f, "record {} ({id}): {}", self.position, self.problem),
            None => write!(f, "record {}: {}", self.position, self.problem),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("could not read the file: {0}")]
    Unreadable(String),
    #[error("not {format}: {reason}")]
    WrongFormat {
        format: &'static str,
        reason: String,
    },
    #[error("the file has no services")]
    Empty,
    #[error("nothing was imported: {} of {total} records refused:\n  {}", errors.len(), errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n  "))]
    Refused {
        total: usize,
        errors: Vec<RecordError>,
    },
}

/// A file that imported: the valid services, and a report of every record that was refused or
/// changed. `refused.len() + dataset.services.len()` is the number of records in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOutcome {
    /// The services that imported (changed ones included, as changed).
    pub dataset: Dataset,
    /// Records not imported, in file order, each with every reason.
    pub refused: Vec<RecordError>,
    /// Records imported with something impossible left out (coordinates off the Earth), in
    /// file order, each with what was wrong and what was left out.
    pub changed: Vec<RecordError>,
}

impl ImportOutcome {
    /// Every record in the file: imported plus refused.
    pub fn total(&self) -> usize {
        self.dataset.services.len() + self.refused.len()
    }
}

/// Reads a file (or, for Open Referral UK CSV, a folder of tables) in the given format: the
/// valid records and a report of the rest, or an error when the file as a whole is refused.
pub fn import_file(
    path: &Path,
    format: Format,
    options: &ImportOptions,
) -> Result<ImportOutcome, ImportError> {
    match format {
        Format::Hsds => {
            if path.is_dir() {
                return Err(ImportError::WrongFormat {
                    format: "HSDS JSON",
                    reason: format!(
                        "{} is a folder; HSDS JSON is one file (a folder of Open Referral UK \
                         tables is read as oruk-csv)",
                        path.display()
                    ),
                });
            }
            let text = std::fs::read_to_string(path)
                .map_err(|e| ImportError::Unreadable(e.to_string()))?;
            import_hsds_json(&text, options)
        }
        Format::OrukCsv => import_oruk_csv(path, options),
    }
}

/// HSDS 3 JSON: one service, a list of services, a paginated `{ "contents": [...] }` list,
/// an organisation with `services`, or a service-at-location with `service` and `location`.
pub fn import_hsds_json(text: &str, options: &ImportOptions) -> Result<ImportOutcome, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::WrongFormat {
        format: "HSDS JSON",
        reason: e.to_string(),
    })?;
    let records = hsds_records(value)?;
    map_records(records, options)
}

fn hsds_records(value: Value) -> Result<Vec<Value>, ImportError> {
    let wrong = |reason: &str| ImportError::WrongFormat {
        format: "HSDS JSON",
        reason: reason.into(),
    };
    match value {
        Value::Array(items) => Ok(items),
        Value::Object(mut obj) => {
            if let Some(Value::Array(items)) = obj.remove("contents") {
                return Ok(items);
            }
            if let Some(Value::Object(mut service)) = obj.remove("service") {
                // A service_at_location: the location belongs to the service.
                if let Some(location) = obj.remove("location") {
                    service.insert(
                        "service_at_locations".into(),
                        Value::Array(vec![Value::Object(Map::from_iter([(
                            "location".into(),
                            location,
                        )]))]),
                    );
                }
                for key in ["schedules", "phones"] {
                    if let Some(Value::Array(extra)) = obj.remove(key) {
                        if let Some(Value::Array(own)) = service.get_mut(key) {
                            own.extend(extra);
                        } else {
                            service.insert(key.into(), Value::Array(extra));
                        }
                    }
                }
                return Ok(vec![Value::Object(service)]);
            }
            if let Some(Value::Array(services)) = obj.remove("services") {
                // An organization with its services.
                let org = Value::Object(Map::from_iter(
                    ["id", "name"]
                        .into_iter()
                        .filter_map(|k| Some((k.to_string(), obj.get(k)?.clone()))),
                ));
                return Ok(services
                    .into_iter()
                    .map(|mut s| {
                        if let Value::Object(m) = &mut s {
                            m.entry("organization").or_insert_with(|| org.clone());
                        }
                        s
                    })
                    .collect());
            }
            if obj.contains_key("name") && obj.contains_key("id") && !obj.contains_key("addresses")
            {
                return Ok(vec![Value::Object(obj)]);
            }
            if obj.contains_key("version") && obj.len() <= 4 {
                return Err(wrong(
                    "this is a dataset's base.json, with no services in it",
                ));
            }
            Err(wrong(
                "expected a service, a list of services, or an organization with services",
            ))
        }
        _ => Err(wrong("expected a JSON object or array")),
    }
}

fn map_records(records: Vec<Value>, options: &ImportOptions) -> Result<ImportOutcome, ImportError> {
    if records.is_empty() {
        return Err(ImportError::Empty);
    }
    if let Err(e) = Hours::parse("24/7", &options.timezone, None) {
        return Err(ImportError::Refused {
            total: records.len(),
            errors: vec![RecordError {
                position: 0,
                id: None,
                problem: e.to_string(),
            }],
        });
    }
    let total = records.len();
    let mut services = Vec::with_capacity(total);
    let mut refused = Vec::new();
    let mut changed = Vec::new();
    let mut seen = HashSet::new();
    for (i, record) in records.iter().enumerate() {
        let position = record
            .get("__row")
            .and_then(Value::as_u64)
            .and_then(|r| usize::try_from(r).ok())
            .unwrap_or(i + 1);
        let id = text(record, "id");
        let report = |problem: String| RecordError {
            position,
            id: id.clone(),
            problem,
        };
        match map_service(record, options) {
            Ok(mapped) => {
                if !seen.insert(mapped.service.id.clone()) {
                    refused.push(report("the same id appears twice in this file".into()));
                } else {
                    changed.extend(mapped.change.map(report));
                    services.push(mapped.service);
                }
            }
            Err(problems) => refused.push(report(problems.join("; "))),
        }
    }
    if services.is_empty() {
        return Err(ImportError::Refused {
            total,
            errors: refused,
        });
    }
    Ok(ImportOutcome {
        dataset: Dataset {
            dataset: DatasetMeta {
                id: options.source.clone(),
                name: options.source.clone(),
                licence: None,
                report_problem_url: None,
            },
            services,
        },
        refused,
        changed,
    })
}

fn text(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => {
            let t = s.trim().trim_matches('"').trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// A number from JSON or from CSV text; `Err` when present but not a number.
fn number(v: &Value, key: &str) -> Result<Option<f64>, String> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| format!("{key} {s:?} is not a number")),
        Some(other) => Err(format!("{key} {other} is not a number")),
    }
}

fn kind_from_text(words: &str) -> Option<ServiceKind> {
    let w = words.to_lowercase();
    let has = |needle: &str| w.contains(needle);
    if has("crisis café") || has("crisis cafe") {
        Some(ServiceKind::CrisisCafe)
    } else if has("safe haven") || has("sanctuary") || has("safe space") {
        Some(ServiceKind::SafeHaven)
    } else if has("crisis house") || has("crisis recovery house") {
        Some(ServiceKind::CrisisHouse)
    } else if has("peer support") || has("hearing voices") || has("support group") {
        Some(ServiceKind::PeerGroup)
    } else if has("helpline") {
        Some(ServiceKind::Helpline)
    } else if has("drop-in") || has("drop in") {
        Some(ServiceKind::DropIn)
    } else {
        None
    }
}

const WEEKDAYS: [(&str, &str); 7] = [
    ("MO", "Mo"),
    ("TU", "Tu"),
    ("WE", "We"),
    ("TH", "Th"),
    ("FR", "Fr"),
    ("SA", "Sa"),
    ("SU", "Su"),
];

/// One HSDS schedule (RRULE-like fields) as an OpenStreetMap rule, or `None` if it cannot
/// be said exactly (the service then has unknown hours, never guessed ones).
fn schedule_rule(s: &Value) -> Option<String> {
    let hhmm = |key: &str| -> Option<String> {
        let t = text(s, key)?;
        let mut parts = t.split(':');
        let h: u32 = parts.next()?.trim().parse().ok()?;
        let m: u32 = parts.next().unwrap_or("0").trim().parse().ok()?;
        (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
    };
    let opens = hhmm("opens_at")?;
    let closes = hhmm("closes_at")?;
    let freq = text(s, "freq")
        .unwrap_or_else(|| "WEEKLY".into())
        .to_ascii_uppercase();
    // ORUK 1 regular_schedule rows name one weekday ("Monday").
    let byday = text(s, "byday").or_else(|| {
        let w = text(s, "weekday")?.to_ascii_uppercase();
        Some(w.get(..2)?.to_string())
    });
    let mut days = Vec::new();
    for part in byday?.split(',') {
        let part = part.trim().to_ascii_uppercase();
        let split = part.len().checked_sub(2)?;
        let (nth, day) = part.split_at(split);
        let osm = WEEKDAYS.iter().find(|(r, _)| *r == day)?.1;
        match (freq.as_str(), nth) {
            ("WEEKLY", "") | ("DAILY", "") => days.push(osm.to_string()),
            ("MONTHLY", n) if !n.is_empty() => {
                let n: i32 = n.trim_start_matches('+').parse().ok()?;
                if n == 0 || !(-5..=5).contains(&n) {
                    return None;
                }
                days.push(format!("{osm}[{n}]"));
            }
            _ => return None,
        }
    }
    if days.is_empty() {
        return None;
    }
    // Interval other than 1 (every other week) has no exact OSM form without a start date.
    if text(s, "interval").is_some_and(|i| i != "1") {
        return None;
    }
    Some(format!("{} {opens}-{closes}", days.join(",")))
}

/// A record that maps to a valid service, with what was left out of it, if anything.
struct Mapped {
    service: Service,
    /// Why something impossible was left out, and what.
    change: Option<String>,
}

/// The record as a service, or every reason it cannot be one. Impossible coordinates alone
/// do not refuse a service: they are left out and said in `Mapped::change`.
fn map_service(v: &Value, options: &ImportOptions) -> Result<Mapped, Vec<String>> {
    let mut problems = Vec::new();
    let id = text(v, "id").unwrap_or_default();
    let name = text(v, "name").unwrap_or_default();
    let description = text(v, "description");
    if text(v, "status")
        .is_some_and(|s| s.eq_ignore_ascii_case("inactive") || s.eq_ignore_ascii_case("defunct"))
    {
        problems.push("status is inactive; Harbour does not list closed services".into());
    }

    let org = v.get("organization").and_then(|o| {
        Some(Organisation {
            id: text(o, "id").unwrap_or_default(),
            name: text(o, "name")?,
        })
    });

    // Kind from taxonomy terms, attributes, name and description; else the default.
    let mut words = format!("{name} {}", description.clone().unwrap_or_default());
    for attr in array(v, "attributes") {
        if let Some(term) = attr.get("taxonomy_term") {
            words.push(' ');
            words.push_str(&text(term, "name").unwrap_or_default());
        }
        words.push(' ');
        words.push_str(&text(attr, "value").unwrap_or_default());
    }
    let kind = text(v, "kind")
        .and_then(|k| ServiceKind::parse(&k))
        .or_else(|| kind_from_text(&words))
        .unwrap_or(options.default_kind);

    let sal = array(v, "service_at_locations");
    let loc_value = sal.iter().find_map(|s| s.get("location"));
    let mut location = Location {
        country: None,
        nation: options.nation.clone(),
        ..Location::default()
    };
    let mut phone_values: Vec<&Value> = array(v, "phones").iter().collect();
    let mut schedule_values: Vec<&Value> = array(v, "schedules").iter().collect();
    // Coordinates that cannot be right are left out (never replaced by a guess); why is kept.
    let mut dropped_coordinates: Vec<String> = Vec::new();
    if let Some(loc) = loc_value {
        match (number(loc, "latitude"), number(loc, "longitude")) {
            (Ok(lat), Ok(lon)) => {
                dropped_coordinates = coordinate_problems(lat, lon);
                if dropped_coordinates.is_empty() {
                    location.latitude = lat;
                    location.longitude = lon;
                }
            }
            (lat, lon) => dropped_coordinates.extend([lat.err(), lon.err()].into_iter().flatten()),
        }
        if location.latitude.is_some() {
            location.geocoded_from = Some("source".into());
        }
        if let Some(addr) = array(loc, "addresses").first() {
            location.address_lines = ["address_1", "address_2"]
                .into_iter()
                .filter_map(|k| text(addr, k))
                .collect();
            location.town = text(addr, "city");
            location.postcode = text(addr, "postal_code");
            location.country = text(addr, "country").map(|c| c.to_ascii_uppercase());
        }
        location.accessibility = array(loc, "accessibility")
            .iter()
            .filter_map(|a| text(a, "description"))
            .reduce(|a, b| format!("{a} {b}"));
        phone_values.extend(array(loc, "phones"));
        schedule_values.extend(array(loc, "schedules"));
    }
    for s in sal {
        schedule_values.extend(array(s, "schedules"));
        phone_values.extend(array(s, "phones"));
    }

    let mut phones: Vec<Phone> = Vec::new();
    for p in phone_values {
        let Some(number) = text(p, "number") else {
            continue;
        };
        let dial: String = number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        if dial.len() < 3 {
            problems.push(format!("phone {number:?} has no number to dial"));
        } else if !phones.iter().any(|q| q.dial == dial) {
            phones.push(Phone { number, dial });
        }
    }

    let rules: Vec<Option<String>> = schedule_values.iter().map(|s| schedule_rule(s)).collect();
    let descriptions: Vec<String> = schedule_values
        .iter()
        .filter_map(|s| text(s, "description"))
        .collect();
    let opening_hours = if !rules.is_empty() && rules.iter().all(Option::is_some) {
        let joined = rules.into_iter().flatten().collect::<Vec<_>>().join("; ");
        Hours::parse(&joined, &options.timezone, options.nation.as_deref())
            .is_ok()
            .then_some(joined)
    } else {
        None
    };

    let age = |key: &str| -> Option<u8> {
        match number(v, key) {
            Ok(Some(n)) if (0.0..=120.0).contains(&n) => Some(n as u8),
            _ => None,
        }
    };
    let (min_age, max_age) = (age("minimum_age"), age("maximum_age"));
    for key in ["minimum_age", "maximum_age"] {
        match number(v, key) {
            Ok(Some(n)) if !(0.0..=120.0).contains(&n) => {
                problems.push(format!("{key} {n} is not an age"))
            }
            Err(e) => problems.push(e),
            _ => {}
        }
    }

    let last_checked = text(v, "last_modified")
        .or_else(|| text(v, "assured_date"))
        .map(|d| d.get(..10).map(String::from).unwrap_or(d));
    if last_checked.is_none() {
        problems.push(
            "has no last_modified or assured_date; Harbour never shows a service without a last-checked date".into(),
        );
    }

    let languages: Vec<String> = array(v, "languages")
        .iter()
        .filter_map(|l| text(l, "code").or_else(|| text(l, "name")))
        .collect();

    let service = Service {
        id,
        name,
        kind,
        description,
        organisation: org,
        url: text(v, "url"),
        email: text(v, "email"),
        phones,
        location,
        schedule: ScheduleSpec {
            opening_hours,
            timezone: options.timezone.clone(),
            text: (!descriptions.is_empty()).then(|| descriptions.join(" ")),
        },
        languages,
        referral: Referral::Unknown,
        age_range: (min_age.is_some() || max_age.is_some()).then_some(AgeRange {
            minimum: min_age,
            maximum: max_age,
            text: text(v, "eligibility_description"),
        }),
        source_url: options.source.clone(),
        source_date: None,
        last_checked: last_checked.unwrap_or_default(),
        stale_risk: false,
        notes: text(v, "application_process"),
    };
    if let Err(more) = validate_service(&service) {
        for p in more {
            let duplicate = problems.contains(&p);
            let already_said = service.last_checked.is_empty() && p.starts_with("last-checked");
            if !duplicate && !already_said {
                problems.push(p);
            }
        }
    }
    if !problems.is_empty() {
        problems.extend(dropped_coordinates);
        return Err(problems);
    }
    let change = (!dropped_coordinates.is_empty()).then(|| {
        let l = &service.location;
        let rest_usable = !l.address_lines.is_empty()
            || l.town.is_some()
            || l.postcode.is_some()
            || l.country.is_some()
            || l.accessibility.is_some();
        let left_out = if rest_usable {
            "imported without its coordinates (the rest of its location is kept)"
        } else {
            "imported without its location (nothing else in it was usable)"
        };
        format!("{}: {left_out}", dropped_coordinates.join("; "))
    });
    Ok(Mapped { service, change })
}

/// The first of `names` (`NAME.csv`) that is a file in `dir`, other than `except`.
fn find_table(dir: &Path, names: &[&str], except: Option<&Path>) -> Option<PathBuf> {
    names
        .iter()
        .map(|n| dir.join(format!("{n}.csv")))
        .find(|p| p.is_file() && Some(p.as_path()) != except)
}

/// Open Referral UK CSV: `PATH` is the services table, or the folder that holds it
/// (`services.csv` or `service.csv`). The other tables, when present in the same folder, are
/// joined in: organizations, service_at_locations, locations, physical_addresses (or
/// addresses), phones, regular_schedules (or schedules), languages. Table files may be
/// singular or plural (`service.csv` or `services.csv`).
pub fn import_oruk_csv(path: &Path, options: &ImportOptions) -> Result<ImportOutcome, ImportError> {
    let (path, dir): (PathBuf, PathBuf) = if path.is_dir() {
        let found = find_table(path, &["services", "service"], None).ok_or_else(|| {
            ImportError::WrongFormat {
                format: "Open Referral UK CSV",
                reason: format!("the folder {} has no services.csv", path.display()),
            }
        })?;
        (found, path.to_path_buf())
    } else {
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        (path.to_path_buf(), dir)
    };
    let path = path.as_path();
    let services = read_table(path)?;
    let table = |names: &[&str]| -> Result<Vec<Map<String, Value>>, ImportError> {
        match find_table(&dir, names, Some(path)) {
            Some(p) => read_table(&p),
            None => Ok(Vec::new()),
        }
    };
    let by = |rows: Vec<Map<String, Value>>, key: &str| -> HashMap<String, Vec<Value>> {
        let mut out: HashMap<String, Vec<Value>> = HashMap::new();
        for row in rows {
            if let Some(k) = row.get(key).and_then(Value::as_str) {
                out.entry(k.to_string())
                    .or_default()
                    .push(Value::Object(row.clone()));
            }
        }
        out
    };
    let orgs = by(table(&["organizations", "organization"])?, "id");
    let sals = by(
        table(&["service_at_locations", "service_at_location"])?,
        "service_id",
    );
    let locations = by(table(&["locations", "location"])?, "id");
    let addresses = by(
        table(&[
            "physical_addresses",
            "physical_address",
            "addresses",
            "address",
        ])?,
        "location_id",
    );
    let phones_by_service = by(table(&["phones", "phone"])?, "service_id");
    let schedules_rows = table(&[
        "regular_schedules",
        "regular_schedule",
        "schedules",
        "schedule",
    ])?;
    let schedules_by_service = by(schedules_rows.clone(), "service_id");
    let schedules_by_sal = by(schedules_rows, "service_at_location_id");
    let languages = by(table(&["languages", "language"])?, "service_id");

    let first = |m: &HashMap<String, Vec<Value>>, k: Option<&Value>| -> Option<Value> {
        m.get(k?.as_str()?)?.first().cloned()
    };
    let all = |m: &HashMap<String, Vec<Value>>, k: Option<&Value>| -> Value {
        Value::Array(
            k.and_then(Value::as_str)
                .and_then(|k| m.get(k))
                .cloned()
                .unwrap_or_default(),
        )
    };
    let records = services
        .into_iter()
        .map(|mut s| {
            let id = s.get("id").cloned();
            if let Some(org) = first(&orgs, s.get("organization_id")) {
                s.insert("organization".into(), org);
            }
            let sal_rows = all(&sals, id.as_ref());
            let sal_full: Vec<Value> = sal_rows
                .as_array()
                .into_iter()
                .flatten()
                .map(|sal| {
                    let mut sal = sal.clone();
                    if let Some(mut loc) = first(&locations, sal.get("location_id")) {
                        let addrs = all(&addresses, loc.get("id"));
                        if let Value::Object(m) = &mut loc {
                            m.insert("addresses".into(), addrs);
                        }
                        if let Value::Object(m) = &mut sal {
                            m.insert("location".into(), loc);
                        }
                    }
                    let scheds = all(&schedules_by_sal, sal.get("id"));
                    if let Value::Object(m) = &mut sal {
                        m.insert("schedules".into(), scheds);
                    }
                    sal
                })
                .collect();
            s.insert("service_at_locations".into(), Value::Array(sal_full));
            s.insert("phones".into(), all(&phones_by_service, id.as_ref()));
            s.insert("schedules".into(), all(&schedules_by_service, id.as_ref()));
            s.insert("languages".into(), all(&languages, id.as_ref()));
            Value::Object(s)
        })
        .collect();
    map_records(records, options)
}

fn read_table(path: &Path) -> Result<Vec<Map<String, Value>>, ImportError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file")
        .to_string();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(path)
        .map_err(|e| ImportError::Unreadable(format!("{name}: {e}")))?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::WrongFormat {
            format: "Open Referral UK CSV",
            reason: format!("{name}: {e}"),
        })?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    if !headers.iter().any(|h| h == "id") {
        return Err(ImportError::WrongFormat {
            format: "Open Referral UK CSV",
            reason: format!("{name} has no \"id\" column"),
        });
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ImportError::WrongFormat {
            format: "Open Referral UK CSV",
            reason: format!("{name} row {}: {e}", i + 2),
        })?;
        let mut row: Map<String, Value> = headers
            .iter()
            .zip(record.iter())
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(h, v)| (h.clone(), Value::String(v.to_string())))
            .collect();
        row.insert("__row".into(), Value::from(i + 2));
        rows.push(row);
    }
    Ok(rows)
}
