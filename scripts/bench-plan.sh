#!/usr/bin/env bash
# Runs the plan benchmarks (crates/services/benches/plan.rs) and writes their table
# into the "## Plan" section of BENCHMARKS.md (other sections are left alone).
#
#   scripts/bench-plan.sh                 # 5,000 and 50,000 edits
#   PLAN_BENCH_EDITS=5000 scripts/bench-plan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
sizes="$(mktemp)"
targets="$(mktemp)"
trap 'rm -f "$sizes" "$targets"' EXIT

PLAN_BENCH_SIZES="$sizes" cargo bench -p harbour-services --bench plan -- --noplot "$@"

python3 - "$target/criterion/plan" "$sizes" "$targets" <<'PY' | scripts/write-bench-section.py Plan
import json, os, sys, platform, datetime
root, sizes_path, targets_path = sys.argv[1], sys.argv[2], sys.argv[3]

def est(name, n):
    p = os.path.join(root, name, str(n), "new", "estimates.json")
    try:
        with open(p) as f:
            e = json.load(f)
        return e["median"]["point_estimate"]
    except (OSError, KeyError, ValueError):
        return None

def fmt(ns):
    if ns is None:
        return "—"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"

def kib(b):
    return f"{b / 1024:.0f} KiB"

sizes = json.load(open(sizes_path))
lines = [
    "## Plan",
    "",
    "`scripts/bench-plan.sh` (criterion, `crates/services/benches/plan.rs`; medians). "
    f"Run {datetime.date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} CPUs. "
    "A plan with a year of use (~5,000 edits) and ten years (~50,000): mostly typing "
    "in text fields, adding, rewording, removing and moving list items. The KDF "
    "(unlock) is excluded here; see the vault's own benchmarks for it.",
    "",
    "| edits | full plan ready (target ≤ 10 ms) | crisis view ready (target ≤ 10 ms) | crisis view by loading the doc | Automerge `load` | `PlanDoc::load` | ratio (target ≤ 1.1×) | load + read whole plan | load from vault (decrypt + load) | one durable edit (incl. fsync) | commit floor (one small durable write) | edit above the floor (target ≤ 5 ms) | document | vault file | vault grown edit by edit / its document |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
]
for s in sizes:
    n = s["edits"]
    am, pd = est("load_automerge", n), est("load_plandoc", n)
    ratio = f"{pd / am:.2f}×" if am and pd else "—"
    lines.append("| " + " | ".join([
        f"{n:,}",
        fmt(est("full_plan_ready", n)),
        fmt(est("crisis_view_ready", n)),
        fmt(est("crisis_view_from_doc", n)),
        fmt(am), fmt(pd), ratio,
        fmt(est("load_plan", n)),
        fmt(est("load_from_vault", n)),
        fmt(est("durable_edit", n)),
        fmt(est("commit_floor", n)),
        fmt(est("durable_edit", n) - est("commit_floor", n)) if est("durable_edit", n) and est("commit_floor", n) else "—",
        kib(s["doc_bytes"]), kib(s["vault_file_bytes"]),
        f"{kib(s['grown_vault_bytes'])} / {kib(s['grown_doc_bytes'])}",
    ]) + " |")
targets = []
for s in sizes:
    n = s["edits"]
    ready, am = est("full_plan_ready", n), est("load_automerge", n)
    if n in (5000, 50000) and ready and am:
        targets.append({
            "target": f"full plan ready, {n:,} edits",
            "harbour": f"{ready / 1e6:.2f} ({am / ready:.0f}× faster)",
            "unit": "ms",
            "baseline": f"{am / 1e6:.2f} (Automerge `load` of the same history)",
        })
    if n == 50000:
        ratio = s["grown_vault_bytes"] / s["grown_doc_bytes"]
        targets.append({
            "target": "vault size / compacted document, 50,000 edits",
            "harbour": f"{ratio:.2f} ({kib(s['grown_vault_bytes'])} vault file, grown edit by edit)",
            "unit": "ratio",
            "baseline": f"1.00 ({kib(s['grown_doc_bytes'])} the same plan as one compacted Automerge document)",
        })
with open(targets_path, "w") as f:
    f.writelines(json.dumps(t) + "\n" for t in targets)
lines += [
    "",
    "\"Full plan ready\" opens the vault (with the recovery key: Argon2, the same for any plan, is "
    "excluded) and reads the whole plan as the editor shows it, from the encrypted materialised "
    "plan that every edit stores in the same transaction as its change; the document itself then "
    "loads in the background. "
    "\"Crisis view ready\" reads the encrypted materialised crisis view that every edit "
    "stores in the same transaction as its change, so it does not grow with history. "
    "\"Document\" is the compacted Automerge save; \"vault file\" is the SQLite file after a checkpoint. "
    "\"Vault grown edit by edit\" makes the same edits through the app's session on a new vault: "
    "each one durable, the plan compacted every 256 stored pieces, checkpointed at the end. "
    "\"Commit floor\" is one small sealed write to another vault on the same disk (one SQLite "
    "transaction with `synchronous=FULL`, so one fsync): the disk's part of every durable edit.",
    "",
]
print("\n".join(lines))
PY
scripts/write-targets.py < "$targets" >/dev/null
