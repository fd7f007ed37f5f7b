#!/usr/bin/env bash
# Runs every fuzz target on stable Rust for longer than the test command does
# and writes the "## Fuzzing" section of RELIABILITY.md: executions, crashes
# and time per target. The test command runs the same targets briefly.
#  - envelope, bundle, invite: the decoders in front of the MAC, from the
#    committed corpora (crates/sync/fuzz/corpus) and mutations of them;
#  - past_the_mac: hostile plaintext sealed with the receiver's real keys, so
#    it reaches the body and control decoders, Automerge and the engine;
#  - relay_http: mutated requests to a real relay on SQLite and PostgreSQL.
# ITERS=N sets the executions per target (default 20000). With a nightly
# toolchain, `cargo fuzz run envelope` in crates/sync drives the same entry
# points with coverage guidance.
set -uo pipefail
cd "$(dirname "$0")/.."
ITERS=${ITERS:-20000}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rows=""
run() { # package test-file
  local log
  log=$(FUZZ_ITERS=$ITERS cargo test -q --release -p "$1" --test "$2" -- --nocapture --test-threads 1 2>&1)
  local rc=$?
  local lines
  # A target prints its line only once every execution ran without a crash
  # (a crash fails the test first), so each line is a target with none.
  lines=$(grep -oE 'fuzz [a-z_]+: [0-9]+ executions in [0-9.]+ s' <<<"$log")
  if [ $rc -ne 0 ]; then
    echo "$log" | tail -40 >&2
    rows+="| $2 | - | **a crash**: the test failed (its output is above) | - |"$'\n'
  fi
  while IFS= read -r l; do
    [ -z "$l" ] && continue
    # "fuzz NAME: N executions in S s"
    rows+=$(sed -E 's/^fuzz ([a-z_]+): ([0-9]+) executions in ([0-9.]+) s$/| \1 | \2 | 0 | \3 |/' <<<"$l")$'\n'
  done <<<"$lines"
}
run harbour-sync fuzz_fallback
run harbour-sync fuzz_past_mac
run harbour-relay fuzz_http
{
  echo "## Fuzzing"
  echo
  echo "\`scripts/fuzz.sh\` (ITERS=$ITERS), $(date -u +%Y-%m-%d), $(nproc) cores. A crash is a"
  echo "panic, an error where a refusal was due, a state that no longer opens, or an"
  echo "answer the relay does not mean (a 500, no answer, a non-JSON error)."
  echo
  echo "| target | executions | crashes | seconds |"
  echo "|---|---|---|---|"
  printf "%s" "$rows"
} | SECTION_FILE=RELIABILITY.md scripts/write-bench-section.py Fuzzing
