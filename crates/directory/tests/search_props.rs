//! The R-tree search returns exactly what a brute-force scan does, on random data.

use harbour_directory::chrono::{DateTime, TimeZone, Utc};
use harbour_directory::{synthetic, Directory, Query, ServiceKind};
use proptest::prelude::*;
use std::sync::OnceLock;

fn directory() -> &'static Directory {
    static D: OnceLock<Directory> = OnceLock::new();
    D.get_or_init(|| Directory::build(vec![synthetic::services(3_000, 7)]).unwrap())
}

fn instant(hours_after: u32) -> DateTime<Utc> {
    // Hours across a year from 1 January 2026, so BST, GMT, holidays and weekdays all occur.
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap()
        + harbour_directory::chrono::Duration::hours(hours_after as i64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn rtree_search_matches_brute_force(
        lat in 49.0f64..59.5,
        lon in -8.0f64..2.5,
        limit in 1usize..40,
        hours in 0u32..(365 * 24),
        open in any::<bool>(),
        kind in proptest::option::of(0usize..5),
        polish in any::<bool>(),
        max_km in proptest::option::of(1.0f64..300.0),
    ) {
        let now = instant(hours);
        let mut q = Query::near((lat, lon), now);
        q.limit = limit;
        q.open_at = open.then_some(now);
        q.kinds = kind.map(|k| vec![ServiceKind::ALL[k]]).unwrap_or_default();
        q.language = polish.then(|| "pl".to_string());
        q.max_km = max_km;
        let fast = directory().search(&q);
        let slow = directory().search_brute_force(&q);
        let ids = |hits: &[harbour_directory::Hit<'_>]| hits.iter().map(|h| h.service.id.clone()).collect::<Vec<_>>();
        prop_assert_eq!(ids(&fast), ids(&slow));
        for (f, s) in fast.iter().zip(&slow) {
            let (a, b) = (f.distance_km.unwrap(), s.distance_km.unwrap());
            prop_assert!((a - b).abs() < 1e-6, "{} vs {}", a, b);
            prop_assert_eq!(&f.status, &s.status);
            if open {
                prop_assert!(f.status.is_open(), "{:?}", f.status);
            }
        }
        // Nearest first.
        prop_assert!(fast.windows(2).all(|w| w[0].distance_km <= w[1].distance_km));
    }
}
