//! Plan benchmarks (issue 3): a year of use (~5,000 edits) and ten years
//! (~50,000 edits).
//!
//! - `crisis_view_ready/N`: unlocked vault (keys in memory, KDF excluded) to the
//!   crisis view ready to show, read from its encrypted materialised copy;
//! - `crisis_view_from_doc/N`: the same computed by loading the document (what
//!   the materialised view saves);
//! - `load_automerge/N` vs `load_plandoc/N`: Automerge's own `load` of the
//!   plan's bytes next to `PlanDoc::load` of the same bytes; `load_plan/N` adds
//!   reading the whole plan out of it; `load_from_vault/N` adds reading and
//!   decrypting the chunks;
//! - `durable_edit/N`: one text edit applied, appended with the crisis view in
//!   one SQLite transaction (`synchronous=FULL`, so it includes the fsync);
//! - `commit_floor/N`: one small sealed write to a fresh vault on the same disk
//!   (one transaction, one fsync): what any durable write costs here, so the
//!   edit's own cost is `durable_edit - commit_floor`.
//!
//! Sizes (document and vault file) go to `$PLAN_BENCH_SIZES` when set.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use harbour_api::{KdfParams, PlanGetArgs, SetTextArgs, VaultOpenArgs};
use harbour_doc::{Edit, PlanDoc};
use harbour_services::{Session, CRISIS_VIEW, PLAN_DOC, PLAN_VIEW};
use harbour_vault::{Unlock, Vault};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const PASS: &str = "benchmark passphrase";

/// A plan with `edits` edits, shaped like real use: mostly typing in text
/// fields (small diffs), adding and rewording items, some removed and moved,
/// lists kept to a realistic size.
fn build(edits: usize) -> PlanDoc {
    let mut doc = PlanDoc::new(b"bench-device-000").unwrap();
    make_edits(edits, |edit, i| {
        doc.apply(edit, 1_700_000_000 + i as i64).unwrap().item_id
    });
    doc
}

/// Makes `edits` edits through `apply` (which returns a new item's id).
fn make_edits(edits: usize, mut apply: impl FnMut(&Edit, usize) -> Option<String>) {
    const LIST_SIZE: usize = 30;
    let texts = [
        "crisis.when_well",
        "daily.when_well",
        "crisis.disagreements",
        "crisis.home_care",
        "crisis.if_danger",
        "crisis.money",
        "after_crisis.learning",
    ];
    let lists = [
        "toolbox.helps",
        "toolbox.avoid",
        "triggers.triggers",
        "early_warning.signs",
        "breaking_down.must_do",
        "crisis.take_over_signs",
        "crisis.help_wanted",
        "reasons.reasons",
    ];
    let mut ids: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut bodies: Vec<String> = texts.iter().map(|_| String::new()).collect();
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for i in 0..edits {
        let r = next();
        let edit = match r % 10 {
            0..=4 => {
                // Typing: append a few words, sometimes trim.
                let t = (r >> 8) as usize % texts.len();
                let body = &mut bodies[t];
                if body.len() > 600 {
                    body.drain(..200);
                }
                body.push_str(&format!(" word{} and some more", i % 97));
                Edit::SetText {
                    path: texts[t].into(),
                    text: body.clone(),
                }
            }
            5..=6 => {
                let l = lists[(r >> 8) as usize % lists.len()];
                match ids.get_mut(l).filter(|v| v.len() >= LIST_SIZE) {
                    // A list people keep stays a readable length: a full one
                    // loses an old item instead (history keeps growing).
                    Some(v) => {
                        let id = v.remove((r >> 20) as usize % v.len());
                        Edit::RemoveItem { path: l.into(), id }
                    }
                    None => Edit::AddItem {
                        path: l.into(),
                        values: [("text".to_string(), format!("item {i} written down"))].into(),
                        after: None,
                    },
                }
            }
            7 => {
                let l = lists[(r >> 8) as usize % lists.len()];
                match ids.get(l).filter(|v| !v.is_empty()) {
                    Some(v) => Edit::EditItem {
                        path: l.into(),
                        id: v[(r >> 20) as usize % v.len()].clone(),
                        values: [("text".to_string(), format!("item reworded {i}"))].into(),
                    },
                    None => continue,
                }
            }
            8 => {
                let l = lists[(r >> 8) as usize % lists.len()];
                match ids.get_mut(l).filter(|v| v.len() > 6) {
                    Some(v) => {
                        let id = v.remove((r >> 20) as usize % v.len());
                        Edit::RemoveItem { path: l.into(), id }
                    }
                    None => continue,
                }
            }
            _ => {
                let l = lists[(r >> 8) as usize % lists.len()];
                match ids.get(l).filter(|v| v.len() > 1) {
                    Some(v) => Edit::MoveItem {
                        path: l.into(),
                        id: v[(r >> 20) as usize % v.len()].clone(),
                        to_index: (r >> 40) as usize % v.len(),
                    },
                    None => continue,
                }
            }
        };
        if let (Edit::AddItem { path, .. }, Some(id)) = (&edit, apply(&edit, i)) {
            let key = lists.iter().find(|l| **l == path.as_str()).unwrap();
            ids.entry(key).or_default().push(id);
        }
    }
}

/// A vault grown as the app grows it: every edit durable on its own, the
/// plan compacted every 256 stored pieces. Returns the vault file's size
/// after a checkpoint and the size of the plan compacted.
fn grown_vault(edits: usize) -> (u64, u64) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("grown");
    let (vault, _) = Vault::create(&dir, PASS, KdfParams::fastest_legal()).unwrap();
    let mut session = Session::from_vault(vault).unwrap();
    make_edits(edits, |edit, _| session.edit(edit).unwrap().item_id);
    let pieces = session.vault().load_doc(PLAN_DOC).unwrap().unwrap();
    let doc = PlanDoc::load(
        &pieces[0],
        pieces[1..].iter().map(Vec::as_slice),
        b"bench-device-002",
    )
    .unwrap();
    let compacted = doc.save().len() as u64;
    session.vault().checkpoint().unwrap();
    (file_size(&dir.join(harbour_vault::DB_FILE)), compacted)
}

/// Builds the plan once and keeps its bytes under the target directory:
/// building ten years of history edit by edit takes minutes, and every run of
/// the same `FIXTURE_VERSION` and size builds the same document.
fn build_cached(edits: usize) -> PlanDoc {
    const FIXTURE_VERSION: u32 = 2;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("bench-fixtures");
    let file = dir.join(format!("plan-{edits}-v{FIXTURE_VERSION}.automerge"));
    if let Ok(bytes) = std::fs::read(&file) {
        if let Ok(doc) = PlanDoc::load(&bytes, [], b"bench-device-000") {
            return doc;
        }
    }
    let doc = build(edits);
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(&file, doc.save());
    doc
}

struct Fixture {
    _tmp: tempfile::TempDir,
    bytes: Vec<u8>,
    session: Session,
    vault_file_bytes: u64,
    /// A second vault with the same plan, closed, for opening afresh.
    closed: std::path::PathBuf,
    closed_key: harbour_vault::RecoveryKey,
}

/// A vault holding `bytes` as its plan, with the plan's materialised views,
/// as the app writes them; closed again. Returns its recovery key.
fn write_vault(dir: &Path, doc: &mut PlanDoc, bytes: &[u8]) -> harbour_vault::RecoveryKey {
    let (mut vault, key) = Vault::create(dir, PASS, KdfParams::fastest_legal()).unwrap();
    let views = doc.materialise().unwrap();
    vault
        .save_doc_with_views(
            PLAN_DOC,
            bytes,
            &[(CRISIS_VIEW, &views.crisis_view), (PLAN_VIEW, &views.plan)],
        )
        .unwrap();
    vault.checkpoint().unwrap();
    key
}

fn fixture(edits: usize) -> Fixture {
    let mut doc = build_cached(edits);
    let bytes = doc.save();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    write_vault(&dir, &mut doc, &bytes);
    let closed = tmp.path().join("closed");
    let closed_key = write_vault(&closed, &mut doc, &bytes);
    let vault_file_bytes = file_size(&dir.join(harbour_vault::DB_FILE));
    let (session, _) = harbour_services::vault_open(VaultOpenArgs {
        dir: dir.to_string_lossy().into_owned(),
        passphrase: Some(PASS.into()),
        recovery_key: None,
    })
    .unwrap();
    Fixture {
        _tmp: tmp,
        bytes,
        session,
        vault_file_bytes,
        closed,
        closed_key,
    }
}

fn file_size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn benches(c: &mut Criterion) {
    let sizes_out = std::env::var_os("PLAN_BENCH_SIZES");
    let mut sizes = vec![];
    let scales: Vec<usize> = std::env::var("PLAN_BENCH_EDITS")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![5_000, 50_000]);
    for &n in &scales {
        let mut fx = fixture(n);
        let (grown_bytes, grown_doc_bytes) = grown_vault(n);
        sizes.push(format!(
            "{{\"edits\":{n},\"doc_bytes\":{},\"vault_file_bytes\":{},\"grown_vault_bytes\":{grown_bytes},\"grown_doc_bytes\":{grown_doc_bytes}}}",
            fx.bytes.len(),
            fx.vault_file_bytes
        ));

        let mut g = c.benchmark_group("plan");
        g.sample_size(20);
        g.warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(3));

        g.bench_function(BenchmarkId::new("crisis_view_ready", n), |b| {
            b.iter(|| black_box(fx.session.crisis_view().unwrap()))
        });
        // Every screen, the full plan editor included, after unlock: open the
        // vault (the recovery key: no Argon2, which is the same for any plan)
        // and read the whole plan as the editor shows it.
        g.bench_function(BenchmarkId::new("full_plan_ready", n), |b| {
            b.iter(|| {
                let vault = Vault::open(&fx.closed, Unlock::RecoveryKey(&fx.closed_key)).unwrap();
                let mut session = Session::from_vault(vault).unwrap();
                black_box(session.plan_get(PlanGetArgs { section: None }).unwrap())
            })
        });
        g.bench_function(BenchmarkId::new("crisis_view_from_doc", n), |b| {
            b.iter(|| {
                let doc = PlanDoc::load(&fx.bytes, [], b"bench-device-001").unwrap();
                black_box(doc.crisis_view().unwrap())
            })
        });
        g.bench_function(BenchmarkId::new("load_automerge", n), |b| {
            b.iter(|| black_box(harbour_doc::automerge::Automerge::load(&fx.bytes).unwrap()))
        });
        g.bench_function(BenchmarkId::new("load_plandoc", n), |b| {
            b.iter(|| black_box(PlanDoc::load(&fx.bytes, [], b"bench-device-001").unwrap()))
        });
        g.bench_function(BenchmarkId::new("load_plan", n), |b| {
            b.iter(|| {
                let doc = PlanDoc::load(&fx.bytes, [], b"bench-device-001").unwrap();
                black_box(doc.plan().unwrap())
            })
        });
        g.bench_function(BenchmarkId::new("load_from_vault", n), |b| {
            b.iter(|| {
                let pieces = fx.session.vault().load_doc(PLAN_DOC).unwrap().unwrap();
                let doc = PlanDoc::load(
                    &pieces[0],
                    pieces[1..].iter().map(Vec::as_slice),
                    b"bench-device-001",
                )
                .unwrap();
                black_box(doc)
            })
        });
        let mut i = 0u64;
        g.bench_function(BenchmarkId::new("durable_edit", n), |b| {
            b.iter(|| {
                i += 1;
                fx.session
                    .plan_set_text(SetTextArgs {
                        path: "crisis.money".into(),
                        text: format!("Pay the rent first. Note {i}."),
                    })
                    .unwrap()
            })
        });
        let floor_dir = tempfile::tempdir().unwrap();
        let (mut floor, _) = Vault::create(
            &floor_dir.path().join("vault"),
            PASS,
            KdfParams::fastest_legal(),
        )
        .unwrap();
        let mut j = 0u64;
        g.bench_function(BenchmarkId::new("commit_floor", n), |b| {
            b.iter(|| {
                j += 1;
                floor
                    .put_setting("bench", format!("a small value {j}").as_bytes())
                    .unwrap()
            })
        });
        g.finish();
    }
    if let Some(path) = sizes_out {
        let _ = std::fs::write(path, format!("[{}]\n", sizes.join(",")));
    }
}

criterion_group!(plan, benches);
criterion_main!(plan);
