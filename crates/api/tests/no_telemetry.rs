//! Privacy as a tested feature: no analytics or crash-reporting dependency,
//! ever, in the Rust workspace (app, CLI, relay) or the UI. Reads the lock
//! files, so a dependency pulled in by another one counts too.

/// Package names (or their prefixes) of analytics, telemetry and
/// crash-reporting libraries. A new one goes here when it is heard of.
const FORBIDDEN: &[&str] = &[
    "sentry",
    "@sentry/",
    "bugsnag",
    "@bugsnag/",
    "rollbar",
    "raygun",
    "honeybadger",
    "crashlytics",
    "appcenter",
    "newrelic",
    "dd-trace",
    "datadog",
    "@datadog/",
    "mixpanel",
    "amplitude",
    "@amplitude/",
    "posthog",
    "segment-analytics",
    "@segment/",
    "analytics-node",
    "google-analytics",
    "react-ga",
    "firebase",
    "@firebase/",
    "aptabase",
    "tauri-plugin-aptabase",
    "plausible",
    "matomo",
    "heap-api",
    "logrocket",
    "opentelemetry",
    "@opentelemetry/",
    "minidump",
    "breakpad",
    "crashpad",
];

fn forbidden(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    FORBIDDEN.iter().copied().find(|f| {
        if f.ends_with('/') {
            name.starts_with(f)
        } else {
            name == *f || name.starts_with(&format!("{f}-")) || name.starts_with(&format!("{f}_"))
        }
    })
}

/// `name = "..."` of every package in a Cargo.lock.
fn cargo_packages(lock: &str) -> Vec<String> {
    lock.lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .map(String::from)
        .collect()
}

/// Every package in an npm package-lock.json (v2/v3 `packages` keys).
fn npm_packages(lock: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(lock).expect("package-lock.json is JSON");
    v["packages"]
        .as_object()
        .map(|p| {
            p.keys()
                .filter_map(|k| k.rsplit_once("node_modules/").map(|(_, n)| n.to_string()))
                .collect()
        })
        .unwrap_or_default()
}

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn no_analytics_or_crash_reporting_dependency() {
    let cargo = cargo_packages(&std::fs::read_to_string(root().join("Cargo.lock")).unwrap());
    let npm = npm_packages(&std::fs::read_to_string(root().join("ui/package-lock.json")).unwrap());
    assert!(
        cargo.len() > 100 && npm.len() > 50,
        "the lock files were read"
    );
    let found: Vec<String> = cargo
        .iter()
        .chain(&npm)
        .filter_map(|n| forbidden(n).map(|f| format!("{n} (matches {f})")))
        .collect();
    assert!(found.is_empty(), "analytics or crash reporting: {found:?}");
}

/// The check can fail: it finds such packages in lock files that have them.
#[test]
fn the_check_finds_them() {
    let cargo = "[[package]]\nname = \"sentry-core\"\nversion = \"0.34.0\"\n";
    assert_eq!(forbidden(&cargo_packages(cargo)[0]), Some("sentry"));
    let npm = r#"{"packages": {"": {}, "node_modules/@sentry/browser": {}, "node_modules/a/node_modules/posthog-js": {}}}"#;
    let hits: Vec<_> = npm_packages(npm)
        .iter()
        .filter_map(|n| forbidden(n))
        .collect();
    assert_eq!(hits, vec!["@sentry/", "posthog"]);
    // Lookalikes are not flagged.
    assert_eq!(forbidden("segmentation"), None);
    assert_eq!(forbidden("amplitudes"), None);
}
