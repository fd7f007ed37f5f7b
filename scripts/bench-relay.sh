#!/usr/bin/env bash
# Relay benchmarks on loopback; writes the "## Relay" section of BENCHMARKS.md.
#  - append+read throughput and latency: 64 concurrent clients for 10 s, one
#    message per append and batches of 16 (one request carries 16 messages)
#  - append → waiting long-poll reader latency
#  - memory (RSS from /proc) with 10,000 idle long-polls and 10,000 idle WebSockets
#  - edit-to-supporter, app-like: both vaults open, the supporter already
#    long-polling (crates/relay/benches/edit_to_supporter.rs)
# BASELINE_RELAY=path/to/an/older/harbour-relay runs the same load against it
# too, side by side (build one from an older commit in a git worktree).
# CLI=1 also times edit-to-supporter with the real `harbour` CLI (each run
# unlocks its vault; builds harbour-cli in release).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
CLIENTS=${CLIENTS:-64}
SECS=${SECS:-10}
IDLE=${IDLE:-10000}
BATCH=${BATCH:-16}
cargo build -q --release -p harbour-relay
bin="$CARGO_TARGET_DIR/release"
load="$bin/harbour-relay-load"
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

start_relay() { # $1 = name, $2 = binary; prints the URL
  "$2" --listen 127.0.0.1:0 --database "sqlite:$tmp/$1.sqlite" \
    --ip-rate 0 --mailbox-rate 0 --max-connections 0 --max-connections-per-ip 0 --max-total-bytes 0 \
    >"$tmp/$1.out" 2>"$tmp/$1.err" &
  pids+=($!)
  echo $! >"$tmp/$1.pid"
  for _ in $(seq 100); do [ -s "$tmp/$1.out" ] && break; sleep 0.05; done
  echo "http://$(awk '{print $4; exit}' "$tmp/$1.out")"
}
stop_relay() { kill -9 "$(cat "$tmp/$1.pid")" 2>/dev/null || true; rm -f "$tmp/$1.pid"; }
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }
cpu_s() { awk '{printf "%.1f", ($14+$15)/100}' "/proc/$1/stat"; }
j() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }

# throughput NAME BINARY BATCH -> sets tp_NAME (JSON) and cpu_NAME
throughput() {
  local url
  url=$(start_relay "$1" "$2")
  echo "throughput ($1, batch $3): $CLIENTS clients, $SECS s against $url" >&2
  local out
  out=$("$load" throughput "$url" "$CLIENTS" "$SECS" 512 "$3")
  echo "$out" >&2
  printf -v "tp_$1" '%s' "$out"
  printf -v "cpu_$1" '%s' "$(cpu_s "$(cat "$tmp/$1.pid")")"
  printf -v "rss_$1" '%s' "$(rss_mb "$(cat "$tmp/$1.pid")")"
  if [ "$3" = 1 ]; then
    local lat
    lat=$("$load" latency "$url" 200)
    echo "$lat" >&2
    printf -v "lat_$1" '%s' "$lat"
  fi
  stop_relay "$1"
}

# idle NAME BINARY MODE(idle|idle-ws) -> sets idle_NAME ("base → rss (n open)")
idle() {
  local url pid
  url=$(start_relay "$1" "$2")
  sleep 0.5
  pid=$(cat "$tmp/$1.pid")
  local base
  base=$(rss_mb "$pid")
  "$load" "$3" "$url" "$IDLE" 60 >"$tmp/$1-load.out" &
  local lp=$!
  pids+=($lp)
  for _ in $(seq 900); do grep -q '^open' "$tmp/$1-load.out" 2>/dev/null && break; sleep 0.1; done
  sleep 3
  local opened gauge
  opened=$(awk '/^open/ {print $2}' "$tmp/$1-load.out")
  if [ "$3" = idle ]; then
    gauge=$(curl -s "$url/metrics" | awk '/^harbour_relay_waiting / {print $2}')
  else
    gauge=$(curl -s "$url/metrics" | awk '/^harbour_relay_websockets / {print $2}')
  fi
  printf -v "idle_$1" '%s → %s MB (%s open, %s per /metrics)' "$base" "$(rss_mb "$pid")" "$opened" "$gauge"
  local v="idle_$1"
  echo "idle $3 ($1): ${!v}" >&2
  kill "$lp" 2>/dev/null || true
  stop_relay "$1"
}

loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
relay="$bin/harbour-relay"
base="${BASELINE_RELAY:-}"

# Single-message runs alternate between the two relays, REPEAT times each,
# and the table shows medians: this machine's speed drifts between runs.
REPEAT=${REPEAT:-3}
for r in $(seq "$REPEAT"); do
  throughput "now$r" "$relay" 1
  [ -n "$base" ] && throughput "before$r" "$base" 1
done
throughput nowb "$relay" "$BATCH"
# median NAME: the median of each number over runs NAME1..NAME$REPEAT (JSON),
# with the relay's CPU per message; the latency run is the first one's.
median() {
  local args=() v c r
  for r in $(seq "$REPEAT"); do
    v="tp_$1$r"; c="cpu_$1$r"
    [ -n "${!v:-}" ] && args+=("${!v}" "${!c}")
  done
  [ ${#args[@]} -gt 0 ] || return 0
  python3 - "${args[@]}" <<'PY'
import json, statistics, sys
a = sys.argv[1:]
runs = [(json.loads(a[i]), float(a[i + 1])) for i in range(0, len(a), 2)]
out = {k: round(statistics.median(r[k] for r, _ in runs), 2) for k in runs[0][0] if isinstance(runs[0][0][k], (int, float))}
out["errors"] = sum(r["errors"] for r, _ in runs)
out["cpu_us_per_msg"] = round(statistics.median(c * 1e6 / max(1, r["appended"]) for r, c in runs))
out["runs"] = ", ".join(str(r["appends_per_s"]) for r, _ in runs)
print(json.dumps(out))
PY
}
tp_now=$(median now)
tp_before=$(median before)
lat_now=${lat_now1:-}
lat_before=${lat_before1:-}
rss_now=${rss_now1:-}
rss_before=${rss_before1:-}
idle lp "$relay" idle
idle ws "$relay" idle-ws
if [ -n "$base" ]; then
  idle lp0 "$base" idle
  idle ws0 "$base" idle-ws
fi
loadavg_end=$(cut -d' ' -f1-3 /proc/loadavg)

# The targets' baseline, in the same run on the same disk: plain SQLite, one
# commit per 512-byte message (WAL, synchronous=NORMAL, as the relay), from one
# thread (Python's sqlite3) for SECS. Prints "messages/s p99_ms".
plain_sqlite=$(python3 - "$tmp/plain.sqlite" "$SECS" <<'PY'
import os, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
db.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, mailbox BLOB, data BLOB)")
box, payload, secs = os.urandom(16), os.urandom(512), float(sys.argv[2])
took, end = [], time.monotonic() + secs
while time.monotonic() < end:
    t = time.perf_counter()
    db.execute("BEGIN")
    db.execute("INSERT INTO m (mailbox, data) VALUES (?, ?)", (box, payload))
    db.execute("COMMIT")
    took.append(time.perf_counter() - t)
took.sort()
print(f"{len(took) / secs:.0f} {took[int(len(took) * 0.99)] * 1000:.2f}")
PY
)
echo "plain SQLite, one commit per message: $plain_sqlite (messages/s, p99 ms)" >&2

echo "edit-to-supporter (app-like bench)" >&2
e2s=$(cargo bench -q -p harbour-relay --bench edit_to_supporter 2>/dev/null | grep '^{')
echo "$e2s" >&2
[ -n "$e2s" ] || { echo "the edit_to_supporter bench printed nothing" >&2; exit 1; }

cli_rows=""
if [ "${CLI:-0}" = 1 ]; then
  cargo build -q --release -p harbour-cli
  harbour="$bin/harbour"
  url=$(start_relay cli "$relay")
  export HARBOUR_PASSPHRASE="bench passphrase for the relay"
  h() { "$harbour" --vault "$tmp/$1" "${@:2}"; }
  h alex init --low-memory >/dev/null
  h sam init --low-memory >/dev/null
  h alex supporters invite Sam --sections crisis --from Alex -o "$tmp/invite.txt" >/dev/null
  h sam join "$tmp/invite.txt" >/dev/null
  for _ in 1 2 3 4; do
    h sam sync --relay "$url" >/dev/null
    h alex sync --relay "$url" >/dev/null
  done
  h sam sync --relay "$url" >/dev/null
  now_ms() { date +%s%3N; }
  e2s_cli=()
  for i in 1 2 3 4 5; do
    h alex plan set crisis.when_well "bench edit $i" >/dev/null
    t0=$(now_ms)
    h alex sync --relay "$url" >/dev/null
    h sam sync --relay "$url" >/dev/null
    t2=$(now_ms)
    h sam shared show Alex | grep -q "bench edit $i" || { echo "edit $i did not arrive" >&2; exit 1; }
    e2s_cli+=($((t2 - t0)))
  done
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  cli_rows="| edit-to-supporter with the real CLI (two \`harbour sync --relay\` runs, each unlocking its vault; median of 5) | | $(med "${e2s_cli[@]}") ms | |"
fi

b() { # value from the baseline JSON, or a dash
  local v="tp_$1"
  if [ -n "${!v:-}" ]; then j "${!v}" "$2"; else echo "–"; fi
}
bl() { local v="lat_$1"; if [ -n "${!v:-}" ]; then j "${!v}" "$2"; else echo "–"; fi; }
bi() { local v="idle_$1"; if [ -n "${!v:-}" ]; then echo "${!v}"; else echo "not run"; fi; }
cores=$(nproc)
section=$(cat <<MD
## Relay

\`harbour-relay\` (release build, SQLite backend, WAL, \`synchronous=NORMAL\`) on loopback on this
${cores}-core machine. The load generator shares the same 2 cores (all its clients on one thread,
so it takes at most one); load average before / after the runs: ${loadavg} / ${loadavg_end}
(the machine is shared with other work, so runs vary by ±20 %). Rate limits off for the load
runs; each client moves to a fresh mailbox before the 10,000-message quota. "Before" is the relay
from before this work (commit fe0ee85) run in the same script with the same load generator
(\`BASELINE_RELAY=path/to/old/harbour-relay\`). The earlier figure for it, 1,716 messages/s, came
from the old load generator (64 blocking threads), which itself used more CPU than the relay.
Run: \`scripts/bench-relay.sh\`.

| measure | before | now | target |
|---|---|---|---|
| messages/s, ${CLIENTS} clients each looping append 1 message (512 B) + read it back, ${SECS} s (median of ${REPEAT} alternating runs: each run's figure in brackets) | $(b before appends_per_s) ($(b before runs)) | $(j "$tp_now" appends_per_s) ($(j "$tp_now" runs)) | ≥ 10,000 |
| … HTTP requests/s (errors) | $(b before requests_per_s) ($(b before errors)) | $(j "$tp_now" requests_per_s) ($(j "$tp_now" errors)) | |
| … append latency p50 / p99 | $(b before append_p50_ms) / $(b before append_p99_ms) ms | $(j "$tp_now" append_p50_ms) / $(j "$tp_now" append_p99_ms) ms | p99 ≤ 20 ms |
| … read latency p50 / p99 | $(b before read_p50_ms) / $(b before read_p99_ms) ms | $(j "$tp_now" read_p50_ms) / $(j "$tp_now" read_p99_ms) ms | p99 ≤ 20 ms |
| … relay CPU per message (user + system over the run) | $(b before cpu_us_per_msg) µs | $(j "$tp_now" cpu_us_per_msg) µs | |
| messages/s, ${CLIENTS} clients each looping a batch append of ${BATCH} messages + reading them back (one request each way; every message counted once) | (no batches) | $(j "$tp_nowb" appends_per_s) | ≥ 10,000 |
| … HTTP requests/s (errors) | | $(j "$tp_nowb" requests_per_s) ($(j "$tp_nowb" errors)) | |
| … append (16 messages) p50 / p99 | | $(j "$tp_nowb" append_p50_ms) / $(j "$tp_nowb" append_p99_ms) ms | p99 ≤ 20 ms |
| … read p50 / p99 | | $(j "$tp_nowb" read_p50_ms) / $(j "$tp_nowb" read_p99_ms) ms | p99 ≤ 20 ms |
| append → waiting long-poll reader has it, p50 / p99 (200 one at a time) | $(bl before p50_ms) / $(bl before p99_ms) ms | $(j "$lat_now" p50_ms) / $(j "$lat_now" p99_ms) ms | |
| relay RSS after the single-message run (now including up to 256 MB of the database file mapped by the readers, which is page cache) | ${rss_before:-–} MB | ${rss_now} MB | |
| relay RSS, idle → ${IDLE} open long-polls | $(bi lp0) | $(bi lp) | ≤ 200 MB |
| relay RSS, idle → ${IDLE} open WebSockets | $(bi ws0) | $(bi ws) | ≤ 200 MB |
| edit-to-supporter, app-like (vaults open, supporter long-polling; real engine, vaults, relay process), p50 / p90 / max of $(j "$e2s" samples) | | $(j "$e2s" e2s_p50_ms) / $(j "$e2s" e2s_p90_ms) / $(j "$e2s" e2s_max_ms) ms | ≤ 100 ms |
| … the person's edit (applied, durable in the vault) / the person's \`relay_sync\` (seal, append, read) | | $(j "$e2s" edit_p50_ms) / $(j "$e2s" person_sync_p50_ms) ms | |
| … edit start → the supporter's long-poll returns / the supporter's \`relay_sync\` (read, open, apply) | | $(j "$e2s" wake_p50_ms) / $(j "$e2s" supporter_sync_p50_ms) ms | |
${cli_rows}

Durability: an append is acknowledged after the group commit that holds it is in SQLite's WAL
(\`synchronous=NORMAL\`: no fsync per commit). A killed relay process loses nothing it acknowledged;
a power cut or kernel crash may lose the last commits (clients keep every envelope until the relay
accepts it and send it again). Batches do not change this: a batch is one all-or-nothing append.
Where the time goes and what changed is in \`docs/relay-deployment.md\` ("Performance").
MD
)
printf '%s\n' "$section" | scripts/write-bench-section.py Relay >/dev/null
printf '%s\n' \
  "{\"target\": \"relay single append, ${CLIENTS} clients\", \"harbour\": \"$(j "$tp_now" appends_per_s) (median of ${REPEAT})\", \"unit\": \"msg/s\", \"baseline\": \"${plain_sqlite% *} (plain SQLite, one commit per message, one thread)\"}" \
  "{\"target\": \"relay single append p99\", \"harbour\": \"$(j "$tp_now" append_p99_ms)\", \"unit\": \"ms\", \"baseline\": \"${plain_sqlite#* } (plain SQLite commit p99)\"}" \
  | scripts/write-targets.py >/dev/null
echo "BENCHMARKS.md: Relay section and targets written"
