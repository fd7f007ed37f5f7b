#!/usr/bin/env bash
# Runs every fuzz target on stable Rust for longer than the test command does
# and writes the "## Fuzzing" section of RELIABILITY.md: executions, crashes
# and time per target. The test command runs the same targets briefly.
#  - envelope, bundle, invite: the decoders in front of the MAC, from the
#    committed corpora (crates/sync/fuzz/corpus) and mutations of them;
#  - past_the_mac: hostile plaintext sealed with the receiver's real keys, so
#    it reaches the body and control decoders, Automerge and the engine;
#  - relay_http: mutated requests to a real relay on SQLite and PostgreSQL.
#  - backup_restore: hostile backup contents sealed under a real backup's
#    keys, so they reach the contents decoder and the restore.
# ITERS=N sets the executions per proptest target (default 20000).
# Then the libFuzzer twins (crates/{sync,vault,relay}/fuzz), coverage-guided:
# built here on stable Rust with libFuzzer's instrumentation flags (what
# `cargo fuzz build -s none` passes), each run for LIBFUZZER_SECS seconds
# (default 60; 0 skips them) from its committed corpus, which is refreshed
# first from the real seeds. New inputs go to a scratch folder; a crash's
# input is kept in target/fuzz-artifacts.
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
run harbour-vault fuzz_backup

LIBFUZZER_SECS=${LIBFUZZER_SECS:-60}
libfuzzer() { # crate-folder target...
  local dir=$1
  shift
  local build
  # Instrument only the fuzz target's code, not build scripts (--target).
  build=$(cd "$dir" && CARGO_TARGET_DIR="$fuzz_target" RUSTFLAGS="$fuzz_flags" \
    cargo build --release --target "$triple" 2>&1) || {
    echo "$build" | tail -20 >&2
    rows+="| libFuzzer $dir | - | **did not build** | - |"$'\n'
    return
  }
  local t
  for t in "$@"; do
    local scratch log rc runs secs crashes
    scratch=$(mktemp -d)
    local started=$SECONDS
    log=$("$fuzz_target/$triple/release/$t" "$scratch" "$dir/corpus/$t" \
      -max_total_time="$LIBFUZZER_SECS" -artifact_prefix="$artifacts/$t-" 2>&1)
    rc=$?
    secs=$((SECONDS - started))
    rm -rf "$scratch"
    # "Done N runs" at the end, or the last "#N" status line before a crash.
    runs=$(grep -oE 'Done [0-9]+ runs' <<<"$log" | grep -oE '[0-9]+' | head -1)
    [ -z "$runs" ] && runs=$(grep -oE '^#[0-9]+' <<<"$log" | tail -1 | tr -d '#')
    crashes=0
    if [ $rc -ne 0 ]; then
      crashes="**1** (\`target/fuzz-artifacts/$t-*\`)"
      echo "$log" | tail -40 >&2
    fi
    rows+="| libFuzzer $t | ${runs:--} | $crashes | ${secs:--} |"$'\n'
  done
}
if [ "$LIBFUZZER_SECS" != 0 ]; then
  triple=$(rustc -vV | sed -n 's/^host: //p')
  fuzz_target="$PWD/target/fuzz"
  artifacts="$PWD/target/fuzz-artifacts"
  mkdir -p "$artifacts"
  fuzz_flags="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions"
  # Fresh seeds from the real code paths into the committed corpora.
  for t in "harbour-sync fuzz_past_mac" "harbour-vault fuzz_backup" "harbour-relay fuzz_http"; do
    set -- $t
    cargo test -q -p "$1" --test "$2" -- --ignored write_libfuzzer_corpus >/dev/null 2>&1 ||
      echo "could not refresh the corpus of $2" >&2
  done
  libfuzzer crates/sync/fuzz envelope bundle invite past_the_mac
  libfuzzer crates/vault/fuzz backup_restore
  libfuzzer crates/relay/fuzz relay_http
fi
{
  echo "## Fuzzing"
  echo
  echo "\`scripts/fuzz.sh\` (ITERS=$ITERS, LIBFUZZER_SECS=$LIBFUZZER_SECS), $(date -u +%Y-%m-%d), $(nproc) cores."
  echo "A crash is a panic, an error where a refusal was due, a state that no longer"
  echo "opens, a refused restore that left a vault behind, or an answer the relay does"
  echo "not mean (a 500, no answer, a non-JSON error). Plain names are the proptest"
  echo "targets the test command runs briefly (random mutations of real seeds);"
  echo "\"libFuzzer\" rows are their coverage-guided twins, run from the committed corpora."
  echo
  echo "| target | executions | crashes | seconds |"
  echo "|---|---|---|---|"
  printf "%s" "$rows"
} | SECTION_FILE=RELIABILITY.md scripts/write-bench-section.py Fuzzing
