//! Directory benchmarks (see scripts/bench-directory.sh, which prints them into BENCHMARKS.md):
//! nearest 20 open-now among 100,000 synthetic services with the R-tree and by brute force,
//! importing a 10,000-service HSDS 3 JSON file, and the gazetteer that turns typed text into a
//! place (parsing the bundled files, once per run of the app; one lookup per search).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use harbour_directory::chrono::{TimeZone, Utc};
use harbour_directory::import::import_hsds_json;
use harbour_directory::{synthetic, Directory, Gazetteer, ImportOptions, Query};
use std::hint::black_box;

fn nearest_open_now(c: &mut Criterion) {
    let directory =
        Directory::build(vec![synthetic::services(100_000, 42)]).expect("synthetic data builds");
    // Thursday 26 November 2026, 19:00 GMT; Leicester, in the middle of England.
    let now = Utc.with_ymd_and_hms(2026, 11, 26, 19, 0, 0).unwrap();
    let mut q = Query::near((52.6369, -1.1398), now);
    q.limit = 20;
    q.open_at = Some(now);
    assert_eq!(directory.search(&q).len(), 20);
    let mut group = c.benchmark_group("nearest 20 open now among 100,000");
    group.bench_function(BenchmarkId::new("search", "r-tree"), |b| {
        b.iter(|| black_box(directory.search(black_box(&q))).len())
    });
    group.bench_function(BenchmarkId::new("search", "brute force"), |b| {
        b.iter(|| black_box(directory.search_brute_force(black_box(&q))).len())
    });
    group.finish();
}

fn import_hsds(c: &mut Criterion) {
    let json = synthetic::hsds_json(10_000, 9);
    let options = ImportOptions::new("https://example.org/bench");
    assert_eq!(
        import_hsds_json(&json, &options)
            .expect("imports")
            .dataset
            .services
            .len(),
        10_000
    );
    let mut group = c.benchmark_group("import HSDS JSON");
    group.sample_size(10);
    group.bench_function(BenchmarkId::new("import", "10,000 services"), |b| {
        b.iter(|| {
            black_box(import_hsds_json(black_box(&json), &options))
                .map(|d| d.dataset.services.len())
        })
    });
    group.finish();
}

fn gazetteer(c: &mut Criterion) {
    const TOWNS: &str = include_str!("../../../data/gazetteer-gb.tsv");
    const DISTRICTS: &str = include_str!("../../../data/postcode-districts-gb.tsv");
    let mut group = c.benchmark_group("gazetteer, parse the bundled files");
    group.sample_size(20);
    group.bench_function(BenchmarkId::new("parse", "towns"), |b| {
        b.iter(|| Gazetteer::parse(black_box(TOWNS)).map(|g| g.len()))
    });
    group.bench_function(
        BenchmarkId::new("parse", "towns and postcode districts"),
        |b| {
            b.iter(|| {
                Gazetteer::parse(black_box(TOWNS))
                    .and_then(|g| g.with_postcode_districts(black_box(DISTRICTS)))
                    .map(|g| g.districts_len())
            })
        },
    );
    group.finish();

    let g = Gazetteer::bundled();
    assert_eq!(g.lookup("M1 1AD")[0].name, "M1");
    let mut group = c.benchmark_group("gazetteer, one lookup");
    for (variant, text) in [
        ("town (Grantham)", "Grantham"),
        ("postcode (M1 1AD)", "M1 1AD"),
        ("neither (Manchster)", "Manchster"),
    ] {
        group.bench_function(BenchmarkId::new("lookup", variant), |b| {
            b.iter(|| g.lookup(black_box(text)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, nearest_open_now, import_hsds, gazetteer);
criterion_main!(benches);
