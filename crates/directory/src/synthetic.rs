//! Synthetic services for property tests and benchmarks: random places across Great Britain
//! with a mix of real-world opening-hours patterns. Deterministic for a given seed.

use crate::model::{Dataset, DatasetMeta, Location, Referral, ScheduleSpec, Service, ServiceKind};

/// Opening-hours patterns as the seed data uses them (with `None` for unknown hours).
pub const PATTERNS: &[Option<&str>] = &[
    Some("Mo-Su 18:00-23:00"),
    Some("24/7"),
    Some("Mo-Fr 17:00-22:30; Sa,Su 15:00-22:30"),
    Some("Mo,We,Fr,Sa,Su 18:00-02:00"),
    Some("Th 16:30-20:30; Sa,Su 12:30-16:00"),
    Some("Tu[2] 10:00-15:00"),
    Some("Mo-Fr 10:00-16:00; PH off"),
    Some("Fr,Sa 22:00-01:00"),
    Some("Mo-Su 14:00-06:00"),
    None,
];

/// A small, fast, seedable generator (SplitMix64), so benches and tests need no extra crate.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [lo, hi).
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * (hi - lo)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// `n` services spread over Great Britain (a few with no coordinates).
pub fn services(n: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let nations = ["england", "wales", "scotland", "northern-ireland"];
    let services = (0..n)
        .map(|i| {
            let placed = rng.below(50) != 0;
            let kind = ServiceKind::ALL[rng.below(5)];
            Service {
                id: format!("synthetic-{i}"),
                name: format!("Service {i}"),
                kind,
                description: None,
                organisation: None,
                url: None,
                email: None,
                phones: Vec::new(),
                location: Location {
                    town: Some(format!("Town {}", i % 997)),
                    country: Some("GB".into()),
                    nation: Some(nations[rng.below(4)].into()),
                    latitude: placed.then(|| rng.range(50.0, 58.5)),
                    longitude: placed.then(|| rng.range(-6.0, 1.7)),
                    ..Location::default()
                },
                schedule: ScheduleSpec {
                    opening_hours: PATTERNS[rng.below(PATTERNS.len())].map(String::from),
                    timezone: "Europe/London".into(),
                    text: None,
                },
                languages: if rng.below(10) == 0 {
                    vec!["pl".into()]
                } else {
                    vec!["en".into()]
                },
                referral: Referral::Unknown,
                age_range: None,
                source_url: "https://example.org/synthetic".into(),
                source_date: None,
                last_checked: "2026-01-01".into(),
                stale_risk: false,
                notes: None,
            }
        })
        .collect();
    Dataset {
        dataset: DatasetMeta {
            id: "synthetic".into(),
            name: "Synthetic".into(),
            licence: None,
            report_problem_url: None,
        },
        services,
    }
}

/// An HSDS 3 JSON list of `n` services, for the import benchmark.
pub fn hsds_json(n: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let items: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"svc-{i}","name":"Crisis Cafe {i}","description":"An evening crisis cafe","status":"active",
"last_modified":"2026-01-0{}T10:00:00Z","minimum_age":16,
"organization":{{"id":"org-{}","name":"Org {}"}},
"phones":[{{"id":"p{i}","number":"01{:09}"}}],
"schedules":[{{"id":"sc{i}","freq":"WEEKLY","byday":"{},{}","opens_at":"18:00","closes_at":"23:00"}}],
"service_at_locations":[{{"id":"sal{i}","location":{{"id":"l{i}","latitude":{:.5},"longitude":{:.5},
"addresses":[{{"id":"a{i}","address_1":"{i} High Street","city":"Town {}","postal_code":"AB1 2CD","country":"GB"}}]}}}}]}}"#,
                1 + i % 9,
                i % 100,
                i % 100,
                rng.below(1_000_000_000),
                days[rng.below(7)],
                days[rng.below(7)],
                rng.range(50.0, 58.5),
                rng.range(-6.0, 1.7),
                i % 997,
            )
        })
        .collect();
    format!("[{}]", items.join(",\n"))
}
