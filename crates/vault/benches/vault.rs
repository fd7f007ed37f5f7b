//! Vault benchmarks; `scripts/bench-vault.sh` turns them into a table.
//!
//! Plans: a year of use is about 5,000 small edits, ten years about 50,000.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use harbour_crypto::kdf;
use harbour_vault::{KdfParams, Unlock, Vault};

const PASS: &str = "bench passphrase";
const CHUNK: usize = 100;

fn chunk(i: usize, len: usize) -> Vec<u8> {
    let mut c = format!("change {i} ").into_bytes();
    c.resize(len, b'x');
    c
}

/// A vault whose "plan" holds `n` small chunks (or one snapshot of the same
/// bytes when `compacted`), plus a crisis view.
fn vault_with(n: usize, compacted: bool) -> (tempfile::TempDir, harbour_vault::RecoveryKey) {
    let tmp = tempfile::tempdir().unwrap();
    let (mut v, rk) = Vault::create(tmp.path(), PASS, KdfParams::FLOOR).unwrap();
    let chunks: Vec<Vec<u8>> = (0..n).map(|i| chunk(i, CHUNK)).collect();
    if compacted {
        v.save_doc("plan", &chunks.concat()).unwrap();
    } else {
        let refs: Vec<&[u8]> = chunks.iter().map(|c| c.as_slice()).collect();
        for part in refs.chunks(5_000) {
            v.append_changes_many("plan", part).unwrap();
        }
    }
    v.put_snapshot("plan", "crisis", &[b'v'; 2_000]).unwrap();
    v.checkpoint().unwrap();
    (tmp, rk)
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("vault");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("unlock_kdf_default", |b| {
        b.iter(|| kdf::derive_key(PASS.as_bytes(), &[7; 16], KdfParams::DEFAULT).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("vault");
    g.sample_size(30).measurement_time(Duration::from_secs(5));
    for (label, n, compacted) in [
        ("5k", 5_000, false),
        ("5k_compacted", 5_000, true),
        ("50k", 50_000, false),
        ("50k_compacted", 50_000, true),
    ] {
        let (tmp, rk) = vault_with(n, compacted);
        // Open without Argon2: the recovery-key path runs HKDF only, so this
        // is schema check, header MAC and catalog.
        g.bench_function(format!("open_no_kdf_{label}"), |b| {
            b.iter(|| Vault::open(tmp.path(), Unlock::RecoveryKey(&rk)).unwrap())
        });
        let v = Vault::open(tmp.path(), Unlock::RecoveryKey(&rk)).unwrap();
        g.bench_function(format!("crisis_view_{label}"), |b| {
            b.iter(|| black_box(v.get_snapshot("plan", "crisis").unwrap()))
        });
        g.bench_function(format!("load_doc_{label}"), |b| {
            b.iter(|| black_box(v.load_doc("plan").unwrap()))
        });
        let size = std::fs::metadata(tmp.path().join(harbour_vault::DB_FILE))
            .unwrap()
            .len();
        println!("FILESIZE {label} {size}");
    }
    let (tmp, rk) = vault_with(5_000, false);
    let mut v = Vault::open(tmp.path(), Unlock::RecoveryKey(&rk)).unwrap();
    let mut i = 0;
    g.bench_function("append_durable_200b", |b| {
        b.iter_batched(
            || {
                i += 1;
                chunk(i, 200)
            },
            |c| v.append_changes("plan", &c).unwrap(),
            BatchSize::SmallInput,
        )
    });
    // The disk's own cost of one durable write, for comparison.
    let probe = tmp.path().join("fsync-probe");
    g.bench_function("fsync_baseline_200b", |b| {
        b.iter(|| {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&probe)
                .unwrap();
            f.write_all(&[0u8; 200]).unwrap();
            f.sync_data().unwrap();
        })
    });
    let view = vec![b'v'; 2_000];
    g.bench_function("append_durable_200b_with_view", |b| {
        b.iter_batched(
            || {
                i += 1;
                chunk(i, 200)
            },
            |c| {
                v.append_changes_with_views("plan", &c, &[("crisis", &view)])
                    .unwrap()
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(vault_benches, benches);
criterion_main!(vault_benches);
