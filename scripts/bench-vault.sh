#!/usr/bin/env bash
# Runs the vault benchmarks (crates/vault/benches/vault.rs) and prints a
# markdown table. With --write, also replaces the "## Vault" section of
# BENCHMARKS.md (other sections are left alone).
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp)
trap 'rm -f "$out"' EXIT
cargo bench -p harbour-vault --bench vault -- --noplot 2>&1 | tee "$out" >&2

table=$(awk '
  function ms(v, u) {
    if (u == "ns") return v / 1e6; if (u == "µs" || u == "us") return v / 1e3
    if (u == "ms") return v; if (u == "s") return v * 1e3; return v
  }
  /^FILESIZE/ { size[$2] = $3; next }
  /^vault\// && /time:/ { name = $1; sub(/^vault\//, "", name) }
  /^vault\/[^ ]+$/ { name = $1; sub(/^vault\//, "", name) }
  /time:/ {
    line = $0; sub(/.*time: *\[/, "", line); sub(/\].*/, "", line)
    split(line, f, " ")
    med[name] = sprintf("%.3f", ms(f[3], f[4])); order[++n] = name
  }
  END {
    print "| benchmark | median (ms) |"
    print "|---|---|"
    for (i = 1; i <= n; i++) print "| " order[i] " | " med[order[i]] " |"
    print ""
    print "| plan | vault file size (bytes) |"
    print "|---|---|"
    split("5k 5k_compacted 50k 50k_compacted", ks, " ")
    for (i = 1; i <= 4; i++) if (ks[i] in size) print "| " ks[i] " | " size[ks[i]] " |"
  }' "$out")

section="## Vault

Measured by \`scripts/bench-vault.sh\` (criterion; $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)).
Chunks are 100-byte stand-ins for small Automerge changes; 5k ≈ a year of use, 50k ≈ ten years.
\`open_no_kdf\` opens with the recovery key (HKDF only), so it is everything in an unlock except Argon2,
which \`unlock_kdf_default\` measures alone (m=64 MiB, t=3, p=1). \`append_durable\` is one committed,
fsynced transaction; compare with \`fsync_baseline_200b\`, the disk's own cost of one durable write.

$table
"
printf '%s\n' "$section"

if [[ "${1:-}" == "--write" ]]; then
  printf '%s\n' "$section" | scripts/write-bench-section.py Vault >/dev/null
fi
