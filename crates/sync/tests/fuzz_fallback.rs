//! The fuzz targets' stable-Rust fallback: replays the committed corpus
//! (fuzz/corpus/<target>/) and a few thousand random and mutated inputs
//! through the same entry points `cargo fuzz` drives. Run with
//! `FUZZ_ITERS=N` for a longer run; `WRITE_CORPUS=1` reseeds the corpus.

use harbour_sync::envelope::Kind;
use harbour_sync::fuzzing;
use std::path::PathBuf;

/// A small deterministic PRNG (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus_dir(target: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target)
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let auto = {
        use automerge::{transaction::Transactable, AutoCommit, ROOT};
        let mut d = AutoCommit::new();
        let _ = d.put(ROOT, "k", "v");
        d.commit();
        d.document().save_after(&[])
    };
    let env = fuzzing::sample_envelope(Kind::ProjectionChanges, &auto);
    let ctl = fuzzing::sample_envelope(Kind::Control, br#"{"type":"revoke"}"#);
    match target {
        "envelope" => vec![env, ctl, auto],
        "bundle" => vec![harbour_sync::bundle::encode(&[env, ctl]).unwrap_or_default()],
        _ => {
            let inv = harbour_sync::invite::Invite {
                kind: harbour_sync::invite::InviteKind::Supporter,
                secret: harbour_crypto::SecretKey::from_bytes([9; 32]),
                x25519: Some([8; 32]),
                expires_at: 1,
                id: [7; 16],
                sections: vec!["crisis".into()],
                from: "Alex".into(),
            };
            vec![
                inv.encode().unwrap_or_default(),
                inv.to_link().unwrap_or_default().into_bytes(),
            ]
        }
    }
}

fn load_corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = corpus_dir(target);
    if std::env::var_os("WRITE_CORPUS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for (i, s) in seeds(target).iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i}")), s).unwrap();
        }
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let corpus: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    assert!(!corpus.is_empty(), "the {target} corpus is committed");
    corpus
}

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(6) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] ^= 1 << rng.below(8);
            }
            1 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            2 => v.truncate(rng.below(v.len() + 1)),
            3 => {
                let i = rng.below(v.len() + 1);
                v.insert(i, rng.next() as u8);
            }
            4 if !v.is_empty() => {
                // Interesting lengths and counts: all-ones bytes.
                let i = rng.below(v.len());
                v[i] = 0xff;
            }
            _ => {
                let extra = rng.below(16);
                v.extend((0..extra).map(|_| rng.next() as u8));
            }
        }
    }
    v
}

fn run(target: &str, f: fn(&[u8])) {
    let iters: usize = std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let corpus = load_corpus(target);
    let started = std::time::Instant::now();
    for c in &corpus {
        f(c);
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ target.len() as u64);
    for i in 0..iters {
        let input = if i % 5 == 0 {
            let n = rng.below(300);
            (0..n).map(|_| rng.next() as u8).collect()
        } else {
            let base = &corpus[rng.below(corpus.len())];
            mutate(&mut rng, base)
        };
        f(&input);
    }
    eprintln!(
        "fuzz {target}: {} executions in {:.1} s",
        corpus.len() + iters,
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn envelope_decoder_survives() {
    run("envelope", fuzzing::envelope);
}

#[test]
fn bundle_decoder_survives() {
    run("bundle", fuzzing::bundle);
}

#[test]
fn invite_decoder_survives() {
    run("invite", fuzzing::invite);
}
