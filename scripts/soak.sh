#!/usr/bin/env bash
# Adversarial soak on loopback, bounded in time; writes the "## Soak" section
# of RELIABILITY.md. A person (Alex) and a supporter (Sam), each a real vault
# driven by the real `harbour` CLI, keep editing and syncing through a real
# `harbour-relay` process while it is attacked (scripts/soak_attackers.py:
# a junk flood, 10,000 connections from one address, slowloris), then while
# the relay is SIGKILLed and restarted, then while it is full (its global
# storage cap reached). Every round checks that Alex's edit reached Sam.
#
# SECS=N seconds per phase (default 60). Goals, each checked and reported:
# the honest pair keeps syncing (every round arrives, none later than 10 s),
# the relay's memory stays under RSS_CEILING_MIB (default 512), and no edit
# Alex saw sent is lost (through the kill and the full relay). Exits 1 when
# one is missed. SOAK_CHECK=1 prints the table instead of writing
# RELIABILITY.md (the test command runs a short one that way).
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${SECS:-60}
RSS_CEILING_MIB=${RSS_CEILING_MIB:-512}
cargo build -q -p harbour-cli -p harbour-relay
bin=target/debug
tmp=$(mktemp -d)
relay_pid=""
cleanup() {
  [ -n "$relay_pid" ] && kill -9 "$relay_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
export HARBOUR_PASSPHRASE="soak test passphrase"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

start_relay() { # extra flags...
  "$bin/harbour-relay" --listen "127.0.0.1:$port" --database "sqlite:$tmp/relay.sqlite" \
    --mailbox-rate 0 "$@" >>"$tmp/relay.out" 2>>"$tmp/relay.err" &
  relay_pid=$!
  for _ in $(seq 100); do curl -sf "$url/healthz" >/dev/null && return; sleep 0.1; done
  echo "the relay did not start" >&2; cat "$tmp/relay.err" >&2; exit 1
}
rss_mib() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$relay_pid/status" 2>/dev/null || echo 0; }
h() { "$bin/harbour" --vault "$tmp/$1" "${@:2}"; }

start_relay
# Pairing, as people do it: invite, join, the person types Sam's code.
h alex init --low-memory >/dev/null
h sam init --low-memory >/dev/null
h alex plan set crisis.when_well "round 0" >/dev/null
h alex supporters invite Sam --sections crisis --from Alex -o "$tmp/invite.txt" >/dev/null 2>&1
code=$(h sam --json join "$tmp/invite.txt" | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
h sam sync --relay "$url" >/dev/null
h alex sync --relay "$url" >/dev/null
h alex supporters confirm Sam "$code" >/dev/null
h alex sync --relay "$url" >/dev/null
h sam sync --relay "$url" >/dev/null
h sam shared show Alex | grep -q "round 0" || { echo "pairing failed" >&2; exit 1; }

round=0
rows=""
all_lost=0
all_late=0
peak_rss=0
# honest_rounds PHASE SECONDS: edit, sync, check, until the time is up.
honest_rounds() {
  local phase=$1 until=$(($(date +%s) + $2)) ok=0 late=0 lost=0 worst=0 max_rss=0
  while [ "$(date +%s)" -lt "$until" ]; do
    round=$((round + 1))
    local t0 t1 ms
    t0=$(date +%s%N)
    h alex plan set crisis.when_well "round $round" >/dev/null
    h alex sync --relay "$url" >/dev/null 2>&1 || true
    local seen=no
    for _ in 1 2 3; do
      h sam sync --relay "$url" >/dev/null 2>&1 || true
      if h sam shared show Alex | grep -q "round $round\b"; then seen=yes; break; fi
      sleep 1
    done
    t1=$(date +%s%N)
    ms=$(((t1 - t0) / 1000000))
    if [ "$seen" = yes ]; then ok=$((ok + 1)); else lost=$((lost + 1)); fi
    [ "$ms" -gt "$worst" ] && worst=$ms
    [ "$ms" -gt 10000 ] && late=$((late + 1))
    local r
    r=$(rss_mib)
    [ "$r" -gt "$max_rss" ] && max_rss=$r
  done
  rows+="| $phase | $ok | $lost | $late | $worst | $max_rss |"$'\n'
  all_lost=$((all_lost + lost))
  all_late=$((all_late + late))
  [ "$max_rss" -gt "$peak_rss" ] && peak_rss=$max_rss
  return 0
}

honest_rounds "quiet (baseline)" "$((SECS / 3))"

python3 scripts/soak_attackers.py 127.0.0.1 "$port" "$SECS" >"$tmp/attack.json" &
attackers=$!
honest_rounds "junk flood + 10,000 connections + slowloris" "$SECS"
wait "$attackers" || true
attack=$(cat "$tmp/attack.json")

# The relay is SIGKILLed mid-stream (an edit sent, not yet read) and restarted.
round=$((round + 1))
h alex plan set crisis.when_well "round $round" >/dev/null
h alex sync --relay "$url" >/dev/null
kill -9 "$relay_pid"; wait "$relay_pid" 2>/dev/null || true
start_relay
h sam sync --relay "$url" >/dev/null
if h sam shared show Alex | grep -q "round $round\b"; then restart="kept"; else restart="**lost**"; fi
honest_rounds "after SIGKILL and restart" "$((SECS / 3))"

# A full relay: a global cap below what it already holds, so every append is refused.
kill -9 "$relay_pid"; wait "$relay_pid" 2>/dev/null || true
held=$(du -b "$tmp/relay.sqlite" | cut -f1)
start_relay --max-total-bytes 4000000
python3 scripts/soak_attackers.py 127.0.0.1 "$port" --fill 200 >"$tmp/fill.txt"
round=$((round + 1))
h alex plan set crisis.when_well "round $round" >/dev/null
full=$(h alex --json sync --relay "$url" 2>&1 | python3 -c 'import json,sys; r=json.load(sys.stdin)["relay"]; print("refused" if r["refused"] else "sent")' || echo "error")
# The operator raises the cap; what Alex sealed while the relay was full arrives.
kill -9 "$relay_pid"; wait "$relay_pid" 2>/dev/null || true
start_relay
h alex sync --relay "$url" >/dev/null
h sam sync --relay "$url" >/dev/null
if h sam shared show Alex | grep -q "round $round\b"; then after_full="arrived"; else after_full="**lost**"; fi

verdict() { if [ "$1" = 1 ]; then echo "held"; else echo "**missed**"; fi; }
g_rounds=$([ "$all_lost" = 0 ] && echo 1 || echo 0)
g_late=$([ "$all_late" = 0 ] && echo 1 || echo 0)
g_rss=$([ "$peak_rss" -lt "$RSS_CEILING_MIB" ] && echo 1 || echo 0)
g_kept=$([ "$restart" = kept ] && [ "$after_full" = arrived ] && echo 1 || echo 0)
section() {
  echo "## Soak"
  echo
  echo "\`scripts/soak.sh\` (SECS=$SECS), $(date -u +%Y-%m-%d), $(nproc) cores, debug builds, SQLite."
  echo "One round: Alex edits and syncs, Sam syncs (up to three times, a second apart) and"
  echo "looks for the edit; each CLI call unlocks its vault. Late means over 10 s."
  echo
  echo "| phase | rounds arrived | rounds lost | late | slowest round (ms) | relay RSS max (MiB) |"
  echo "|---|---|---|---|---|---|"
  printf "%s" "$rows"
  echo
  echo "- Attackers (counts by outcome): \`$attack\`"
  echo "- An edit on the relay when it was SIGKILLed: $restart."
  echo "- Relay full (global cap 4,000,000 bytes; it held $held bytes on disk): the flood got \`$(cat "$tmp/fill.txt")\`;"
  echo "  Alex's sync was $full, Alex kept the edit, and once the cap was raised it $after_full."
  echo
  echo "| goal | result |"
  echo "|---|---|"
  echo "| every honest round arrived | $(verdict "$g_rounds") ($all_lost lost) |"
  echo "| no round later than 10 s | $(verdict "$g_late") ($all_late late) |"
  echo "| relay RSS under $RSS_CEILING_MIB MiB | $(verdict "$g_rss") (peak $peak_rss MiB) |"
  echo "| no acknowledged edit lost (kill, full relay) | $(verdict "$g_kept") |"
}
if [ "${SOAK_CHECK:-0}" = 1 ]; then
  section
else
  section | SECTION_FILE=RELIABILITY.md scripts/write-bench-section.py Soak
fi
[ "$g_rounds$g_late$g_rss$g_kept" = 1111 ]
