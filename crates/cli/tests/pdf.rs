//! `harbour plan export --format pdf`: every view in English, Arabic and
//! Welsh through the real binary, read back with poppler's tools.
//!
//! - `pdftotext` must give back the person's words and the headings in their
//!   language. Arabic comes back in logical order, but poppler may return
//!   presentation forms, put spaces around a mark, or move a shadda; so both
//!   sides are NFKC-normalised and compared without whitespace, bidi marks,
//!   tatweel or Arabic vowel marks. The letters must still come in order.
//! - `pdfinfo` must say A4 (595 × 842 pt) for every page, and every word
//!   (`pdftotext -bbox`) must lie inside the margins (20 mm; cards sit
//!   inside them too).
//! - `pdftoppm -r 50 -png` must draw something on every page.
//!
//! Poppler comes from `scripts/setup.sh` (poppler-utils); without it these
//! tests fail, never skip. Set `HARBOUR_PDF_OUT=dir` to keep the PDFs.

mod common;

use common::{fails_with, init, json, ok, PASS};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use unicode_normalization::UnicodeNormalization;

fn tool(name: &str) -> &str {
    let found = Command::new(name).arg("-v").output().is_ok();
    assert!(
        found,
        "{name} is missing: run scripts/setup.sh (it installs poppler-utils)"
    );
    name
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(tool(cmd)).args(args).output().unwrap();
    assert!(out.status.success(), "{cmd} {args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// What a comparison of extracted text should ignore.
fn norm(s: &str) -> String {
    s.nfkc()
        .filter(|&c| {
            !c.is_whitespace()
                && !matches!(c,
                    '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                    | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
        })
        .collect()
}

/// A message from a shipped locale file (single-line messages only).
fn message(lang: &str, id: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let text = std::fs::read_to_string(root.join(lang).join("harbour.ftl")).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{lang}: no {id}"))
        .to_string()
}

/// The words of one language's plan.
#[derive(serde::Deserialize)]
struct Words {
    lang: &'static str,
    values: &'static str,
    when_well: &'static str,
    supporter: (&'static str, &'static str),
    not_involved: &'static str,
    allergy: &'static str,
    medication: &'static str,
    refused: (&'static str, &'static str),
    treatment: &'static str,
    home: &'static str,
    task: (&'static str, &'static str),
    place: &'static str,
    professional: &'static str,
    helps: &'static str,
    unhelpful: &'static str,
    toolbox: &'static str,
    warning: &'static str,
    reason: &'static str,
}

/// The plans in every language, kept as data in `fixtures/plan-words.json`.
fn plans() -> Vec<Words> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan-words.json");
    let text = std::fs::read_to_string(&path).expect("the plan words fixture");
    // Leaked once per test run so the words stay `&'static str`, as the checks use them.
    serde_json::from_str(Box::leak(text.into_boxed_str())).expect("plan words JSON")
}

const CONTACT: &str = "07700 900123";

/// A vault holding `w`'s plan: simple items through the CLI, items with
/// several values and the dates through the API the CLI itself calls.
fn fill(vault: &Path, w: &Words) {
    init(vault);
    for (path, text) in [
        ("crisis.values_statement", w.values),
        ("crisis.when_well", w.when_well),
        ("crisis.home_care", w.home),
    ] {
        ok(vault, &["plan", "set", path, text]);
    }
    for (path, text) in [
        ("crisis.allergies", w.allergy),
        ("crisis.medication_current", w.medication),
        ("crisis.treatments_preferred", w.treatment),
        ("crisis.places_unacceptable", w.place),
        ("crisis.professionals_shared", w.professional),
        ("crisis.help_wanted", w.helps),
        ("crisis.help_unwanted", w.unhelpful),
        ("crisis.not_involved", w.not_involved),
        ("toolbox.helps", w.toolbox),
        ("early_warning.signs", w.warning),
        ("reasons.reasons", w.reason),
    ] {
        ok(vault, &["plan", "add", path, text]);
    }
    let (mut s, _) = harbour_services::vault_open(harbour_api::VaultOpenArgs {
        dir: vault.to_string_lossy().into_owned(),
        passphrase: Some(PASS.into()),
        recovery_key: None,
    })
    .unwrap();
    let values = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    for (path, v) in [
        (
            "crisis.supporters",
            values(&[
                ("name", w.supporter.0),
                ("role", w.supporter.1),
                ("contact", CONTACT),
            ]),
        ),
        (
            "crisis.medication_unacceptable",
            values(&[("text", w.refused.0), ("why", w.refused.1)]),
        ),
        (
            "crisis.responsibilities",
            values(&[("task", w.task.0), ("who", w.task.1)]),
        ),
    ] {
        s.plan_add_item(harbour_api::AddItemArgs {
            path: path.into(),
            values: v,
            ..Default::default()
        })
        .unwrap();
    }
    s.plan_set_valid_as_of(harbour_api::SetValidAsOfArgs {
        date: Some("2026-11-30".into()),
    })
    .unwrap();
    s.plan_mark_reviewed(harbour_api::MarkReviewedArgs {
        section: "crisis".into(),
        date: Some("2026-12-01".into()),
    })
    .unwrap();
    s.lock();
}

/// What each view must show, and must not.
fn expected(w: &Words, view: &str) -> (Vec<String>, Vec<String>) {
    let m = |id: &str| message(w.lang, id);
    let s = |t: &str| t.to_string();
    match view {
        "full" => (
            vec![
                m("home-view-full"),
                s(w.values),
                s(w.toolbox),
                s(w.warning),
                s(w.professional),
                s(w.reason),
            ],
            vec![],
        ),
        "safety" => (
            vec![
                m("home-view-safety"),
                s(w.toolbox),
                s(w.warning),
                s(w.reason),
                s(w.supporter.0),
                s(CONTACT),
            ],
            vec![s(w.values), s(w.allergy)],
        ),
        "crisis" => (
            vec![
                m("home-crisis-heading"),
                s(w.when_well),
                s(w.supporter.0),
                s(w.values),
                s(w.allergy),
                s(w.refused.1),
            ],
            vec![s(w.toolbox)],
        ),
        "card" => (
            vec![
                m("views-card-title"),
                m("views-card-contacts"),
                s(w.supporter.0),
                s(w.supporter.1),
                s(CONTACT),
                s(w.allergy),
                s(w.medication),
                s(w.helps),
                s(w.unhelpful),
                s(w.not_involved),
            ],
            // What the card leaves out: treatment refusals, values, reasons.
            vec![s(w.refused.0), s(w.values), s(w.refused.1)],
        ),
        "advance-choice" => (
            vec![
                m("advance-title"),
                m("advance-part-values"),
                s(w.values),
                s(w.refused.0),
                s(w.refused.1),
                s(w.treatment),
                s(w.supporter.0),
                s(w.not_involved),
                s(w.home),
                s(w.task.0),
                s(w.task.1),
                s(w.place),
                s(w.professional),
                s("2026-11-30"),
                s("2026-12-01"),
                m("advance-declaration")
                    .split(['.', '۔', '।'])
                    .next()
                    .unwrap()
                    .to_string(),
                m("advance-signed-witness"),
            ],
            vec![s(w.allergy), s(w.toolbox)],
        ),
        _ => unreachable!(),
    }
}

fn non_white_pixels(png_file: &Path) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_file).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    buf[..info.buffer_size()]
        .chunks(channels)
        .filter(|px| px.iter().take(3).any(|&v| v < 200))
        .count()
}

fn check_pdf(file: &Path, w: &Words, view: &str) {
    let name = format!("{} {view}", w.lang);
    let bytes = std::fs::read(file).unwrap();
    if let Some(dir) = std::env::var_os("HARBOUR_PDF_OUT") {
        let keep = Path::new(&dir).join(format!("{}-{view}.pdf", w.lang));
        std::fs::write(keep, &bytes).unwrap();
    }
    assert!(bytes.starts_with(b"%PDF-"), "{name}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o600,
            "{name}: the plan in clear is for its owner only"
        );
    }

    let f = file.to_str().unwrap();
    let info = run("pdfinfo", &["-f", "1", "-l", "999", f]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{name}: {info}"));
    let sizes: Vec<&str> = info
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains("size:"))
        .collect();
    assert_eq!(sizes.len(), pages, "{name}: {info}");
    for s in sizes {
        let nums: Vec<f32> = s
            .split_whitespace()
            .filter_map(|t| t.parse().ok())
            .collect();
        assert!(
            nums.len() >= 3 && (nums[1] - 595.0).abs() < 1.0 && (nums[2] - 842.0).abs() < 1.0,
            "{name}: not A4: {s}"
        );
    }

    // Every word inside the 20 mm margins (56.7 pt), a little slack for ink.
    let boxes = run("pdftotext", &["-bbox", f, "-"]);
    let mut words = 0;
    for line in boxes.lines().filter(|l| l.contains("<word ")) {
        let at = |key: &str| -> f32 {
            let start = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
            line[start..].split('"').next().unwrap().parse().unwrap()
        };
        let (x0, y0, x1, y1) = (at("xMin"), at("yMin"), at("xMax"), at("yMax"));
        assert!(
            x0 >= 54.0 && x1 <= 595.0 - 54.0 && y0 >= 40.0 && y1 <= 842.0 - 40.0,
            "{name}: outside the margins: {line}"
        );
        words += 1;
    }
    assert!(words > 10, "{name}: {boxes}");

    let text = norm(&run("pdftotext", &[f, "-"]));
    let (want, not) = expected(w, view);
    for word in want {
        assert!(
            text.contains(&norm(&word)),
            "{name}: {word:?} missing from {text}"
        );
    }
    for word in not {
        assert!(
            !text.contains(&norm(&word)),
            "{name}: {word:?} should not be there"
        );
    }

    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    run(
        "pdftoppm",
        &["-r", "50", "-png", f, prefix.to_str().unwrap()],
    );
    let mut pngs: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pngs.sort();
    assert_eq!(pngs.len(), pages, "{name}");
    for png_file in pngs {
        let inked = non_white_pixels(&png_file);
        assert!(
            inked > 300,
            "{name}: {} is blank ({inked})",
            png_file.display()
        );
    }
}

#[test]
fn every_view_exports_as_pdf_in_english_arabic_and_welsh() {
    for w in &plans() {
        let tmp = tempfile::tempdir().unwrap();
        let vault = tmp.path().join("vault");
        fill(&vault, w);
        for view in ["full", "safety", "crisis", "card", "advance-choice"] {
            let file = tmp.path().join(format!("{view}.pdf"));
            let f = file.to_str().unwrap();
            let args = [
                "plan", "export", "--format", "pdf", "--view", view, "-o", f, "--lang", w.lang,
            ];
            let r = json(&vault, &args);
            assert_eq!(r["mime"], "application/pdf");
            assert_eq!(r["path"], f);
            assert_eq!(r["bytes"], std::fs::metadata(&file).unwrap().len());
            check_pdf(&file, w, view);
        }
    }
}

#[test]
fn a_pdf_needs_a_file_and_the_view_may_be_spelt_with_an_underscore() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    let err = fails_with(
        &vault,
        &[
            "plan", "export", "--format", "pdf", "--view", "card", "-o", "-",
        ],
        "output_file_required",
    );
    assert!(err["message"].as_str().unwrap().contains("file"), "{err}");
    let file = tmp.path().join("acd.pdf");
    let f = file.to_str().unwrap();
    ok(
        &vault,
        &[
            "plan",
            "export",
            "--format",
            "pdf",
            "--view",
            "advance_choice",
            "-o",
            f,
            "--lang",
            "cy",
        ],
    );
    let text = run("pdftotext", &[f, "-"]);
    assert!(text.contains(&message("cy", "advance-title")), "{text}");
    // An empty plan still says so, in Welsh.
    assert!(
        norm(&text).contains(&norm(&message("cy", "views-empty"))),
        "{text}"
    );
}
