#!/usr/bin/env python3
"""Hostile clients for scripts/soak.sh, each from its own loopback address so
the relay's per-address limits apply to them and not to the honest pair on
127.0.0.1. Runs for SECS seconds and prints one JSON line of counts.

Usage: soak_attackers.py HOST PORT SECS
  - flood:     junk appends (64 KiB) to fresh mailboxes, from 127.0.0.2
  - conns:     up to 10,000 idle connections, from 127.0.0.3
  - slowloris: 200 request heads sent a byte at a time, from 127.0.0.4
       soak_attackers.py HOST PORT --fill N
  - N junk appends one after another (to fill a relay); prints counts by status.
"""
import base64
import http.client
import json
import os
import socket
import sys
import threading
import time

host, port = sys.argv[1], int(sys.argv[2])
deadline = time.time() + (0 if sys.argv[3] == "--fill" else float(sys.argv[3]))
counts = {}
lock = threading.Lock()


def count(key, n=1):
    with lock:
        counts[key] = counts.get(key, 0) + n


JUNK = base64.b64encode(os.urandom(64 * 1024)).decode()


def junk_append():
    """One 64 KiB junk message to a fresh mailbox; its HTTP status."""
    c = http.client.HTTPConnection(host, port, timeout=10, source_address=("127.0.0.2", 0))
    c.request("POST", f"/v1/mailboxes/{os.urandom(16).hex()}/messages",
              json.dumps({"seq": 1, "data": JUNK}),
              {"Authorization": f"Bearer {os.urandom(32).hex()}", "Content-Type": "application/json"})
    r = c.getresponse()
    r.read()
    c.close()
    return r.status


def flood():
    while time.time() < deadline:
        try:
            status = junk_append()
            count(f"flood_{status}")
            if status == 429:
                time.sleep(0.01)
        except OSError:
            count("flood_error")


def conns():
    held = []
    while time.time() < deadline and len(held) < 10_000:
        try:
            s = socket.create_connection((host, port), timeout=5, source_address=("127.0.0.3", 0))
            held.append(s)
        except OSError:
            count("conns_refused")
            time.sleep(0.01)
    count("conns_opened", len(held))
    time.sleep(1)
    alive = 0
    for s in held:
        s.setblocking(False)
        try:
            alive += 1 if s.recv(1) != b"" else 0
        except BlockingIOError:
            alive += 1  # nothing to read and not closed: still open
        except OSError:
            pass
    count("conns_still_open", alive)
    while time.time() < deadline:
        time.sleep(0.5)
    for s in held:
        s.close()


def slowloris():
    socks = []
    for _ in range(200):
        try:
            socks.append(socket.create_connection((host, port), timeout=5, source_address=("127.0.0.4", 0)))
        except OSError:
            count("slow_refused")
    head = b"GET /healthz HTTP/1.1\r\nHost: relay\r\nX-Slow: " + b"a" * 10_000
    i = 0
    started = time.time()
    while time.time() < deadline and socks:
        for s in list(socks):
            try:
                s.send(head[i % len(head):i % len(head) + 1])
            except OSError:
                socks.remove(s)
                count("slow_cut_off")
        i += 1
        time.sleep(0.5)
    count("slow_longest_held_s", int(time.time() - started) if socks else 0)
    for s in socks:
        s.close()


if sys.argv[3] == "--fill":
    for _ in range(int(sys.argv[4])):
        count(junk_append())
    print(json.dumps(counts, sort_keys=True))
    sys.exit(0)

threads = [threading.Thread(target=f) for f in (flood, flood, conns, slowloris)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps(counts, sort_keys=True))
