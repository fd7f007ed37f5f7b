#!/usr/bin/env bash
# Runs `make STAGE` for each stage in order, saying which one is running,
# and ends with a table of each stage's result and time. Stops at the first
# stage that fails (later ones would only fail after it, or take long) and
# exits with its status, naming it last so it is the line a CI log ends on.
set -uo pipefail
cd "$(dirname "$0")/.."
summary=""
for stage in "$@"; do
  echo "==> stage $stage"
  started=$SECONDS
  make --no-print-directory "$stage"
  rc=$?
  took=$((SECONDS - started))
  if [ $rc -ne 0 ]; then
    summary+="| $stage | **failed** (exit $rc) | $took |"$'\n'
    printf '\n| stage | result | seconds |\n|---|---|---|\n%s' "$summary"
    echo "==> stage $stage FAILED (exit $rc); the stages after it did not run"
    exit $rc
  fi
  summary+="| $stage | passed | $took |"$'\n'
done
printf '\n| stage | result | seconds |\n|---|---|---|\n%s' "$summary"
echo "==> every stage passed"
