#!/usr/bin/env bash
# Runs the sync benchmarks and writes the "## Sync" section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(cargo bench -p harbour-sync --bench sync -- --noplot 2>&1 | tee /dev/stderr)
sizes=$(grep '^SIZES' <<<"$out")
get() { grep -o " $1=[0-9]*" <<<" $sizes" | cut -d= -f2; }
time_of() { grep -A1 "^$1" <<<"$out" | grep -o 'time: *\[[^]]*\]' | head -1 | sed 's/time: *//'; }
section=$(cat <<MD
## Sync

Crisis + after-crisis projection of a sample plan (28 items, 22 of them in the
shared sections), one small text
edit. Harbour = envelope (header, AES-GCM, HMAC commitment, PADMÉ padding) over
a file bundle; plain Automerge = the sync protocol for the same document
(all round trips, no encryption, no padding).

| measure | Harbour | plain Automerge sync | target |
|---|---|---|---|
| bytes on the wire, one small edit | $(get small_edit) | $(get automerge_small_edit) | ≤ 512 |
| bytes, first sync of the projection | $(get first_sync) | $(get automerge_first_sync) | ≤ 16384 |
| time to build + seal a projection update | $(time_of "projection update: build") | $(time_of "plain automerge: make") (make the same change only) | ≤ 2 ms |
| time to open + apply it | $(time_of "projection update: open") | $(time_of "plain automerge: apply") (apply only) | |

Plain Automerge's first sync is smaller because its sync messages carry
compressed changes; Harbour accepts only uncompressed change chunks (a bound on
decompression) and pads. Its small-edit figure includes the protocol's
have/need round trips and Bloom filters. Building a projection update compares
the shared sections with the projection document and makes one change in a
transaction on it (no \`save\`/\`load\` round trip), then seals it; the
baseline makes the same text change on a plain Automerge copy.
Run: \`scripts/bench-sync.sh\` (profile \`bench\`).
MD
)
printf '%s\n' "$section" | scripts/write-bench-section.py Sync >/dev/null
# The middle of criterion's [low mid high], in ms.
ms() { awk '{ v = $3; u = $4; if (u == "µs") v /= 1000; if (u == "ns") v /= 1e6; if (u == "s") v *= 1000; printf "%.2f", v }' <<<"$1"; }
build=$(time_of "projection update: build")
floor=$(time_of "plain automerge: make")
printf '{"target": "projection update, one edit", "harbour": "%s", "unit": "ms", "baseline": "%s (the same text change on plain Automerge, no seal)"}\n' \
  "$(ms "$build")" "$(ms "$floor")" | scripts/write-targets.py >/dev/null
echo "BENCHMARKS.md: Sync section written"
