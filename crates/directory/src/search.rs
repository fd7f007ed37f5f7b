//! The searchable directory: services from every dataset, an R-tree over the placed ones,
//! and one parsed schedule per distinct (opening hours, time zone, nation).

use crate::geo::{chord2_to_km, haversine_km, unit_vector};
use crate::hours::{Hours, OpenStatus};
use crate::model::{
    months_between, Dataset, DatasetMeta, Service, ServiceKind, STALE_AFTER_MONTHS,
};
use crate::validate::validate_service;
use chrono::{DateTime, Utc};
use rstar::primitives::GeomWithData;
use rstar::RTree;
use std::collections::HashMap;
use std::sync::OnceLock;

const BUNDLED: &str = include_str!("../../../data/services-gb.json");

type Point = GeomWithData<[f64; 3], u32>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    #[error("the directory data is not valid JSON: {0}")]
    Malformed(String),
    #[error("service {id}: {problem}")]
    BadService { id: String, problem: String },
}

struct Entry {
    service: Service,
    dataset: u16,
    hours: Option<u32>,
    /// Folded town and name, for matching typed text when a place has no coordinates.
    text: String,
}

pub struct Directory {
    entries: Vec<Entry>,
    datasets: Vec<DatasetMeta>,
    schedules: Vec<Hours>,
    tree: RTree<Point>,
}

/// What to look for. `origin` finds the nearest; `text` also lists services whose town or
/// name matches and that have no coordinates (never placed on a guess).
#[derive(Debug, Clone)]
pub struct Query {
    pub origin: Option<(f64, f64)>,
    pub text: Option<String>,
    pub kinds: Vec<ServiceKind>,
    /// Only services open at this instant.
    pub open_at: Option<DateTime<Utc>>,
    /// A language code or name the service must list (`en` matches `en-GB`).
    pub language: Option<String>,
    pub limit: usize,
    pub max_km: Option<f64>,
    /// The instant statuses are given for, and "today" for staleness.
    pub now: DateTime<Utc>,
}

impl Query {
    pub fn near(origin: (f64, f64), now: DateTime<Utc>) -> Self {
        Self {
            origin: Some(origin),
            text: None,
            kinds: Vec::new(),
            open_at: None,
            language: None,
            limit: 20,
            max_km: None,
            now,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub service: &'a Service,
    pub dataset: &'a DatasetMeta,
    pub distance_km: Option<f64>,
    pub status: OpenStatus,
    /// Whole months since the entry was last checked.
    pub months_since_checked: Option<u32>,
    /// Last checked more than [`STALE_AFTER_MONTHS`] ago, or flagged by its compiler.
    pub stale: bool,
}

impl Directory {
    /// Builds the directory, refusing any service that fails its checks.
    pub fn build(datasets: Vec<Dataset>) -> Result<Self, DirectoryError> {
        let mut entries = Vec::new();
        let mut metas = Vec::new();
        let mut schedules = Vec::new();
        let mut schedule_ids: HashMap<(String, String, Option<String>), u32> = HashMap::new();
        let mut points = Vec::new();
        for (d, dataset) in datasets.into_iter().enumerate() {
            let dataset_id = u16::try_from(d)
                .map_err(|_| DirectoryError::Malformed("too many datasets".into()))?;
            metas.push(dataset.dataset);
            for service in dataset.services {
                let bad = |problem: String| DirectoryError::BadService {
                    id: service.id.clone(),
                    problem,
                };
                if let Err(problems) = validate_service(&service) {
                    return Err(bad(problems.join("; ")));
                }
                let hours = match &service.schedule.opening_hours {
                    None => None,
                    Some(oh) => {
                        let key = (
                            oh.clone(),
                            service.schedule.timezone.clone(),
                            service.location.nation.clone(),
                        );
                        match schedule_ids.get(&key) {
                            Some(&id) => Some(id),
                            None => {
                                let parsed = Hours::parse(oh, &key.1, key.2.as_deref())
                                    .map_err(|e| bad(e.to_string()))?;
                                let id = u32::try_from(schedules.len())
                                    .map_err(|_| bad("too many schedules".into()))?;
                                schedules.push(parsed);
                                schedule_ids.insert(key, id);
                                Some(id)
                            }
                        }
                    }
                };
                let index =
                    u32::try_from(entries.len()).map_err(|_| bad("too many services".into()))?;
                if let Some(coords) = service.location.coordinates() {
                    points.push(GeomWithData::new(unit_vector(coords), index));
                }
                let text = crate::gazetteer::fold(&format!(
                    "{} {}",
                    service.location.town.as_deref().unwrap_or(""),
                    service.name
                ));
                entries.push(Entry {
                    service,
                    dataset: dataset_id,
                    hours,
                    text,
                });
            }
        }
        Ok(Self {
            entries,
            datasets: metas,
            schedules,
            tree: RTree::bulk_load(points),
        })
    }

    /// Parses a dataset file (the shape of `data/services-gb.json`).
    pub fn parse_dataset(json: &str) -> Result<Dataset, DirectoryError> {
        serde_json::from_str(json).map_err(|e| DirectoryError::Malformed(e.to_string()))
    }

    /// The bundled UK dataset.
    pub fn bundled_dataset() -> Result<Dataset, DirectoryError> {
        Self::parse_dataset(BUNDLED)
    }

    /// The bundled directory alone, built once.
    pub fn bundled() -> &'static Directory {
        static D: OnceLock<Directory> = OnceLock::new();
        D.get_or_init(|| {
            // Checked by the test suite, so this cannot fail in a build that passed it.
            Self::bundled_dataset()
                .and_then(|d| Self::build(vec![d]))
                .unwrap_or_else(|e| panic!("bundled directory: {e}"))
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn services(&self) -> impl Iterator<Item = &Service> {
        self.entries.iter().map(|e| &e.service)
    }

    fn passes(&self, entry: &Entry, q: &Query, memo: &mut HashMap<u32, bool>) -> bool {
        if !q.kinds.is_empty() && !q.kinds.contains(&entry.service.kind) {
            return false;
        }
        if let Some(lang) = &q.language {
            if !speaks(&entry.service, lang) {
                return false;
            }
        }
        if let Some(at) = q.open_at {
            let Some(h) = entry.hours else { return false };
            let schedules = &self.schedules;
            if !*memo
                .entry(h)
                .or_insert_with(|| schedules[h as usize].is_open(at))
            {
                return false;
            }
        }
        true
    }

    fn hit(&self, index: u32, distance_km: Option<f64>, q: &Query) -> Hit<'_> {
        let entry = &self.entries[index as usize];
        let at = q.open_at.unwrap_or(q.now);
        let status = entry
            .hours
            .map(|h| self.schedules[h as usize].status(at))
            .unwrap_or(OpenStatus::Unknown);
        let months = months_between(&entry.service.last_checked, q.now.date_naive());
        Hit {
            service: &entry.service,
            dataset: &self.datasets[entry.dataset as usize],
            distance_km,
            status,
            months_since_checked: months,
            stale: entry.service.stale_risk || months.is_some_and(|m| m > STALE_AFTER_MONTHS),
        }
    }

    /// Nearest first (through the R-tree), then unplaced services matching `text`.
    pub fn search(&self, q: &Query) -> Vec<Hit<'_>> {
        let mut memo = HashMap::new();
        let mut found: Vec<(u32, Option<f64>)> = Vec::new();
        if let Some(origin) = q.origin {
            let p = unit_vector(origin);
            for (point, d2) in self.tree.nearest_neighbor_iter_with_distance_2(p) {
                if found.len() >= q.limit {
                    break;
                }
                let km = chord2_to_km(d2);
                if q.max_km.is_some_and(|max| km > max) {
                    break;
                }
                if self.passes(&self.entries[point.data as usize], q, &mut memo) {
                    found.push((point.data, Some(km)));
                }
            }
        }
        if let Some(text) = q
            .text
            .as_deref()
            .map(crate::gazetteer::fold)
            .filter(|t| !t.is_empty())
        {
            for (i, entry) in self.entries.iter().enumerate() {
                if found.len() >= q.limit {
                    break;
                }
                let placed = entry.service.location.coordinates().is_some();
                if (placed && q.origin.is_some()) || !contains_words(&entry.text, &text) {
                    continue;
                }
                if self.passes(entry, q, &mut memo) {
                    let km = match (q.origin, entry.service.location.coordinates()) {
                        (Some(o), Some(c)) => Some(haversine_km(o, c)),
                        _ => None,
                    };
                    found.push((i as u32, km));
                }
            }
        }
        found
            .into_iter()
            .map(|(i, km)| self.hit(i, km, q))
            .collect()
    }

    /// The reference the R-tree search is tested and benchmarked against: every placed
    /// service, filtered, sorted by great-circle distance.
    pub fn search_brute_force(&self, q: &Query) -> Vec<Hit<'_>> {
        let Some(origin) = q.origin else {
            return Vec::new();
        };
        let mut memo = HashMap::new();
        let mut all: Vec<(u32, f64)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let km = haversine_km(origin, e.service.location.coordinates()?);
                (q.max_km.is_none_or(|max| km <= max) && self.passes(e, q, &mut memo))
                    .then_some((i as u32, km))
            })
            .collect();
        all.sort_by(|a, b| a.1.total_cmp(&b.1));
        all.truncate(q.limit);
        all.into_iter()
            .map(|(i, km)| self.hit(i, Some(km), q))
            .collect()
    }
}

fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack == needle
        || haystack.starts_with(&format!("{needle} "))
        || haystack.contains(&format!(" {needle} "))
        || haystack.ends_with(&format!(" {needle}"))
}

fn speaks(service: &Service, wanted: &str) -> bool {
    let wanted = wanted.trim().to_ascii_lowercase();
    let matches = |l: &String| {
        let l = l.to_ascii_lowercase();
        l == wanted || l.split(['-', '_']).next() == Some(wanted.as_str())
    };
    if service.languages.is_empty() {
        // The UK seed lists no languages; its services work in English.
        return wanted == "en" && service.location.country.as_deref() == Some("GB");
    }
    service.languages.iter().any(matches)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::london as at;

    #[test]
    fn bundled_directory_is_valid_and_sourced() {
        let dir = Directory::bundled();
        assert_eq!(dir.len(), 120);
        for s in dir.services() {
            assert!(s.source_url.starts_with("http"), "{}", s.id);
            assert!(!s.phones.iter().any(|p| p.dial.is_empty()), "{}", s.id);
        }
    }

    #[test]
    fn grantham_in_the_evening_finds_its_night_light_cafe_open() {
        let dir = Directory::bundled();
        let g = crate::Gazetteer::bundled().lookup("Grantham")[0].clone();
        // Thursday 26 November 2026, 19:00.
        let now = at(2026, 11, 26, 19, 0);
        let mut q = Query::near((g.latitude, g.longitude), now);
        q.open_at = Some(now);
        q.limit = 3;
        let hits = dir.search(&q);
        assert!(!hits.is_empty());
        for h in &hits {
            assert!(h.status.is_open(), "{:?}", h.status);
        }
        let first = &hits[0];
        assert_eq!(first.service.id, "night-light-cafe-grantham", "{hits:?}");
        assert!(first.distance_km.unwrap() < 1.0);
    }

    #[test]
    fn unplaced_services_are_found_by_name_only() {
        let dir = Directory::bundled();
        let now = at(2026, 11, 26, 19, 0);
        let mut q = Query::near((0.0, 0.0), now);
        q.origin = None;
        q.text = Some("Calderdale".into());
        let hits = dir.search(&q);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].service.id, "calderdale-safespace");
        assert_eq!(hits[0].distance_km, None);
        assert!(hits[0].service.location.latitude.is_none());
    }

    #[test]
    fn staleness_counts_months_since_last_checked() {
        let dir = Directory::bundled();
        let mut q = Query::near((53.8, -1.55), at(2028, 3, 1, 12, 0));
        q.limit = 1;
        let hit = &dir.search(&q)[0];
        assert_eq!(hit.months_since_checked, Some(15));
        assert!(hit.stale);
    }
}
