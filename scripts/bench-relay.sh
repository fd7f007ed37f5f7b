#!/usr/bin/env bash
# Relay benchmarks on loopback; writes the "## Relay" section of BENCHMARKS.md.
#  - append+read throughput and latency: 64 concurrent clients for 10 s
#  - append → waiting long-poll reader latency
#  - memory (RSS from /proc) with 10,000 idle long-poll connections
#  - edit-to-supporter through the relay with the real CLI (two vaults)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
CLIENTS=${CLIENTS:-64}
SECS=${SECS:-10}
IDLE=${IDLE:-10000}
cargo build -q --release -p harbour-relay
bin="$CARGO_TARGET_DIR/release"
tmp=$(mktemp -d)
pids=()
cleanup() {
  # Relays start inside $(...), so their ids are in files, not in pids.
  for f in "$tmp"/*.pid; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true; done
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

start_relay() { # $1 = name; prints the URL
  "$bin/harbour-relay" --listen 127.0.0.1:0 --database "sqlite:$tmp/$1.sqlite" \
    --ip-rate 0 --mailbox-rate 0 >"$tmp/$1.out" 2>"$tmp/$1.err" &
  pids+=($!)
  echo $! >"$tmp/$1.pid"
  for _ in $(seq 100); do [ -s "$tmp/$1.out" ] && break; sleep 0.05; done
  echo "http://$(awk '{print $4; exit}' "$tmp/$1.out")"
}
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }
j() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }

loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
url=$(start_relay load)
echo "throughput: $CLIENTS clients, $SECS s against $url" >&2
tp=$("$bin/harbour-relay-load" throughput "$url" "$CLIENTS" "$SECS" 512)
echo "$tp" >&2
lat=$("$bin/harbour-relay-load" latency "$url" 200)
echo "$lat" >&2
load_rss=$(rss_mb "$(cat "$tmp/load.pid")")

url=$(start_relay idle)
sleep 0.5
idle_pid=$(cat "$tmp/idle.pid")
base_rss=$(rss_mb "$idle_pid")
"$bin/harbour-relay-load" idle "$url" "$IDLE" 30 >"$tmp/idle-load.out" &
pids+=($!)
for _ in $(seq 600); do grep -q '^open' "$tmp/idle-load.out" 2>/dev/null && break; sleep 0.1; done
opened=$(awk '/^open/ {print $2}' "$tmp/idle-load.out")
sleep 3
waiting=$(curl -s "$url/metrics" | awk '/^harbour_relay_waiting / {print $2}')
idle_rss=$(rss_mb "$idle_pid")
echo "idle: opened $opened, waiting $waiting, RSS $base_rss -> $idle_rss MB" >&2

# Edit-to-supporter with the real CLI: person edits, syncs; supporter syncs.
harbour="${HARBOUR_BIN:-}"
cli_note="release build"
[ -n "$harbour" ] && cli_note="${CLI_NOTE:-the harbour binary given in HARBOUR_BIN}"
if [ -z "$harbour" ]; then
  cargo build -q --release -p harbour-cli
  harbour="$bin/harbour"
fi
url=$(start_relay cli)
export HARBOUR_PASSPHRASE="bench passphrase for the relay"
h() { "$harbour" --vault "$tmp/$1" "${@:2}"; }
h alex init --low-memory >/dev/null
h sam init --low-memory >/dev/null
h alex supporters invite Sam --sections crisis --from Alex -o "$tmp/invite.txt" >/dev/null
h sam join "$tmp/invite.txt" >/dev/null
h alex sync --relay "$url" >/dev/null
h sam sync --relay "$url" >/dev/null
now_ms() { date +%s%3N; }
e2s=(); unlock=(); pushes=(); pulls=()
for i in 1 2 3 4 5; do
  h alex plan set crisis.when_well "bench edit $i" >/dev/null
  t0=$(now_ms)
  h alex sync --relay "$url" >/dev/null
  t1=$(now_ms)
  h sam sync --relay "$url" >/dev/null
  t2=$(now_ms)
  h sam shared show Alex | grep -q "bench edit $i" || { echo "edit $i did not arrive" >&2; exit 1; }
  t3=$(now_ms)
  h sam shared list >/dev/null
  t4=$(now_ms)
  e2s+=($((t2 - t0))); pushes+=($((t1 - t0))); pulls+=($((t2 - t1))); unlock+=($((t4 - t3)))
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
e2s_ms=$(med "${e2s[@]}"); push_ms=$(med "${pushes[@]}"); pull_ms=$(med "${pulls[@]}"); unlock_ms=$(med "${unlock[@]}")
echo "edit-to-supporter: ${e2s_ms} ms (push ${push_ms}, pull ${pull_ms}; a CLI run that only unlocks: ${unlock_ms})" >&2

cores=$(nproc)
section=$(cat <<MD
## Relay

\`harbour-relay\` (release build, SQLite backend, WAL, \`synchronous=NORMAL\`) on loopback on this
${cores}-core machine, load generator on the same cores; load average before the run: ${loadavg}
(other work was running on the machine).
Rate limits off for the load runs. Run: \`scripts/bench-relay.sh\`.

| measure | result | target |
|---|---|---|
| appends/s, ${CLIENTS} clients each looping append + read back (512 B) for ${SECS} s | $(j "$tp" appends_per_s) (HTTP requests/s: $(j "$tp" requests_per_s); errors: $(j "$tp" errors)) | ≥ 10,000 msg/s |
| append latency p50 / p99 | $(j "$tp" append_p50_ms) / $(j "$tp" append_p99_ms) ms | p99 ≤ 20 ms |
| read latency p50 / p99 | $(j "$tp" read_p50_ms) / $(j "$tp" read_p99_ms) ms | p99 ≤ 20 ms |
| append → waiting long-poll reader has it, p50 / p99 (200 one at a time) | $(j "$lat" p50_ms) / $(j "$lat" p99_ms) ms | |
| relay RSS after the throughput run | ${load_rss} MB | |
| relay RSS, idle → ${opened} open long-polls (${waiting} waiting per /metrics) | ${base_rss} → ${idle_rss} MB | ≤ 200 MB for 10,000 |
| edit-to-supporter through the relay, real CLI (${cli_note}; median of 5) | ${e2s_ms} ms | ≤ 100 ms |
| … of which the person's \`harbour sync --relay\` / the supporter's | ${push_ms} / ${pull_ms} ms | |
| a \`harbour\` run that only unlocks the vault and lists (for comparison) | ${unlock_ms} ms | |

Each CLI run unlocks its vault (Argon2id, the \`--low-memory\` setting here) and starts a process,
so the CLI figure is mostly unlocking twice; the relay's own part is the long-poll row. An app that
keeps its vault open and a long-poll or WebSocket waiting would see about that plus sealing and
applying the change.
MD
)
printf '%s\n' "$section" | scripts/write-bench-section.py Relay >/dev/null
echo "BENCHMARKS.md: Relay section written"
