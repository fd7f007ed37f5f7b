#!/usr/bin/env python3
"""Writes rows of the "## Targets" table at the top of BENCHMARKS.md.

Each bench script pipes in the rows it measured, one JSON object per line:
  {"target": NAME, "harbour": VALUE, "unit": UNIT, "baseline": VALUE}
Rows are kept by target name, in the fixed order below; a row no script has
written yet says so. The baseline is always measured in the same run as the
Harbour figure beside it.

Usage: ... | scripts/write-targets.py
"""
import json
import re
import sys

PATH = "BENCHMARKS.md"
# (target, unit, goal): the names are a contract (other checks read them).
TARGETS = [
    ("full plan ready, 50,000 edits", "ms", "≤ 10 ms, and ≥ 50× faster than a plain Automerge `load`"),
    ("full plan ready, 5,000 edits", "ms", "≤ 10 ms, and ≥ 50× faster than a plain Automerge `load`"),
    ("projection update, one edit", "ms", "≤ 2 ms"),
    ("vault size / compacted document, 50,000 edits", "ratio", "≤ 2"),
    ("relay single append, 64 clients", "msg/s", "≥ 30,000"),
    ("relay single append p99", "ms", "≤ 10 ms"),
    ("release binary", "MB", "≤ 15 MB"),
    ("cold start to first screen", "ms", "≤ 1,000 ms"),
]
NAMES = [t[0] for t in TARGETS]

text = open(PATH).read()
section = re.search(r"^## Targets\n.*?(?=^## |\Z)", text, re.S | re.M)
rows = {}
if section:
    for line in section.group(0).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] in NAMES:
            rows[cells[0]] = cells
for line in sys.stdin:
    if not line.strip():
        continue
    row = json.loads(line)
    if row["target"] not in NAMES:
        sys.exit(f"write-targets: unknown target {row['target']!r}")
    rows[row["target"]] = [row["target"], str(row["harbour"]), row["unit"], str(row["baseline"])]

out = [
    "## Targets",
    "",
    "One row per target, each written by the bench script that measures it (named in its section",
    "below), with its baseline measured in the same run on the same machine.",
    "",
    "| target | Harbour | unit | baseline (same run) |",
    "|---|---|---|---|",
]
for name, unit, _ in TARGETS:
    out.append("| " + " | ".join(rows.get(name, [name, "not measured yet", unit, "–"])) + " |")
out += ["", "Goals:", ""]
out += [f"- {name}: {goal}" for name, _, goal in TARGETS]
new = "\n".join(out) + "\n\n"

if section:
    text = text[: section.start()] + new + text[section.end():]
else:
    # Right under the title, before every other section.
    title = re.match(r"# [^\n]*\n\n?", text)
    at = title.end() if title else 0
    text = text[:at] + new + text[at:]
open(PATH, "w").write(text.rstrip("\n") + "\n")
print(new, end="")
