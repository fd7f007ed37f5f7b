#!/usr/bin/env bash
# The app as people get it: the release binary's size, and cold start to the
# first painted screen under Xvfb. Writes the "## App" section and two rows of
# the "## Targets" table in BENCHMARKS.md.
#
# Cold start: a fresh data folder each run (the first-run screen), the process
# started with nothing of it running. The screen is captured over and over
# from the moment the process starts; "first screen" is the first capture
# within 0.5 % of the pixels of the screen as it stands 6 s later. A capture
# takes tens of milliseconds, so the figure is that coarse.
#
#   scripts/bench-app.sh            # 5 runs
#   RUNS=9 scripts/bench-app.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
runs=${RUNS:-5}

bin=target/release/harbour-app
debug_bin=target/debug/harbour-app
geometry=1280x800

# One cold start on $DISPLAY: prints the milliseconds to the first screen.
one_start() {
  local work=$1 run=$2
  local frames=$work/frames-$run data=$work/data-$run
  mkdir -p "$frames" "$data"
  local start_ns now
  start_ns=$(date +%s%N)
  HARBOUR_DATA_DIR=$data "$bin" >/dev/null 2>&1 &
  local pid=$!
  while now=$(( ($(date +%s%N) - start_ns) / 1000000 )); [ "$now" -lt 6000 ]; do
    import -window root -depth 8 "rgb:$frames/$(printf %05d "$now").rgb" 2>/dev/null || true
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local final total diff f
  final=$(ls "$frames" | tail -1)
  total=$(( ${geometry%x*} * ${geometry#*x} ))
  for f in $(ls "$frames"); do
    # AE: how many pixels differ (compare may print it as 1.024e+06).
    diff=$(compare -metric AE -size "$geometry" -depth 8 "rgb:$frames/$f" "rgb:$frames/$final" null: 2>&1 |
      awk '{ printf "%d", $1 + 0 }' || true)
    if [ -n "$diff" ] && [ "$diff" -le $((total / 200)) ]; then
      echo $((10#${f%.rgb}))
      return
    fi
  done
  echo $((10#${final%.rgb}))
}

# Inside Xvfb (the script runs itself there): RUNS cold starts, one per line.
if [ "${1:-}" = --inside-xvfb ]; then
  for r in $(seq "$2"); do one_start "$3" "$r"; done
  exit 0
fi

npm --prefix ui run build >/dev/null
ui/node_modules/.bin/tauri build --no-bundle >/dev/null
size=$(stat -c %s "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Only the figures: the session bus's helpers also print to standard output.
times=$(xvfb-run --auto-servernum --server-args="-screen 0 ${geometry}x24" \
  dbus-run-session -- "$0" --inside-xvfb "$runs" "$work" | grep -E '^[0-9]+$')
median=$(printf '%s\n' $times | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')

mb() { python3 -c "print(f'{$1 / 1e6:.1f}')"; }
{
  echo "## App"
  echo
  echo "\`scripts/bench-app.sh\`, run $(date +%F) on $(uname -m), $(nproc) CPUs, under Xvfb (${geometry})."
  echo "The release binary is what \`tauri build\` makes (the UI is inside it; symbols stripped)."
  echo "Cold start: a fresh data folder, the screen captured over and over from the moment the process"
  echo "starts; the first screen is the first capture within 0.5 % of the pixels of the screen 6 s later"
  echo "(the welcome screen; a \"Loading…\" card shows about 50 ms before it). Captures are 30–60 ms apart."
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| release binary | $(mb "$size") MB |"
  [ -f "$debug_bin" ] && echo "| debug binary, for comparison | $(mb "$(stat -c %s "$debug_bin")") MB |"
  echo "| cold start to first screen, median of $runs (each run in ms) | $median ms ($(echo $times | tr ' ' ',')) |"
  echo
} | scripts/write-bench-section.py App
printf '%s\n' \
  "{\"target\": \"release binary\", \"harbour\": \"$(mb "$size")\", \"unit\": \"MB\", \"baseline\": \"– (no baseline: an absolute target)\"}" \
  "{\"target\": \"cold start to first screen\", \"harbour\": \"$median (median of $runs)\", \"unit\": \"ms\", \"baseline\": \"– (no baseline: an absolute target)\"}" \
  | scripts/write-targets.py >/dev/null
