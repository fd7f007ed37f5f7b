#!/usr/bin/env bash
# Runs the directory benchmarks and writes their table into the "## Directory" section of
# BENCHMARKS.md (other sections are left alone). Usage: scripts/bench-directory.sh
# BENCH_PROFILE=dev uses the dev profile (dependencies at opt-level 3, this crate unoptimised)
# when a release build is too slow on a busy machine; the table says which profile ran.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${BENCH_PROFILE:-bench}"
cargo bench -p harbour-directory --bench directory --profile "$profile" -- --noplot >/dev/null
target="${CARGO_TARGET_DIR:-target}/criterion"
python3 - "$target" "$profile" <<'PY' | scripts/write-bench-section.py Directory
import json, os, re, sys, platform
root = sys.argv[1]
rows = []
for group, name in [
    ("nearest 20 open now among 100,000", "search/r-tree"),
    ("nearest 20 open now among 100,000", "search/brute force"),
    ("import HSDS JSON", "import/10,000 services"),
    ("gazetteer, parse the bundled files", "parse/towns"),
    ("gazetteer, parse the bundled files", "parse/towns and postcode districts"),
    ("gazetteer, one lookup", "lookup/town (Grantham)"),
    ("gazetteer, one lookup", "lookup/postcode (M1 1AD)"),
    ("gazetteer, one lookup", "lookup/neither (Manchster)"),
]:
    path = os.path.join(root, group, *name.split("/"), "new", "estimates.json")
    with open(path) as f:
        est = json.load(f)
    mean = est["mean"]["point_estimate"]
    lo, hi = est["mean"]["confidence_interval"]["lower_bound"], est["mean"]["confidence_interval"]["upper_bound"]
    def fmt(ns):
        for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
            if ns >= div:
                return f"{ns / div:.3g} {unit}"
        return f"{ns:.3g} ns"
    rows.append(f"| {group} | {name.split('/')[1]} | {fmt(mean)} | {fmt(lo)} – {fmt(hi)} |")
section = "\n".join([
    "## Directory",
    "",
    "`scripts/bench-directory.sh` (criterion, `crates/directory/benches/directory.rs`). Synthetic services",
    "spread over Great Britain with the seed data's opening-hours patterns; \"open now\" is Thursday",
    "19:00 GMT, searched from Leicester. Target: nearest 20 open-now ≤ 1 ms. The gazetteer turns typed",
    "text into a place: its bundled files are parsed once per run of the app, and each search does one",
    "lookup.",
    f"Machine: {platform.machine()}, {os.cpu_count()} CPUs (shared), {platform.system()}; cargo profile `{sys.argv[2]}`.",
    "",
    "| benchmark | variant | mean | 95% interval |",
    "| --- | --- | --- | --- |",
    *rows,
    "",
])
print(section)
PY
