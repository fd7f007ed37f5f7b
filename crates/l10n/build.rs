//! Embeds the repository's `locales/` folder into the crate, so an installed
//! `harbour` binary can check and use the bundled locales without the source
//! tree. `include_str!` keeps Cargo's change tracking exact per file; the
//! `rerun-if-changed` on the folder picks up added and removed files.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let locales = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut out = String::from("pub(crate) static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    let mut dirs: Vec<_> = fs::read_dir(&locales)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs.iter().filter(|p| p.is_dir()) {
        println!("cargo:rerun-if-changed={}", dir.display());
        let Some(locale) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let mut files: Vec<_> = fs::read_dir(dir)
            .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for file in files.iter().filter(|p| p.is_file()) {
            let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if !(name.ends_with(".ftl") || name.ends_with(".toml") || name.ends_with(".txt")) {
                continue;
            }
            let Ok(abs) = file.canonicalize() else {
                continue;
            };
            let _ = writeln!(
                out,
                "    ({locale:?}, {name:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("embedded.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
