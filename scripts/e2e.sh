#!/usr/bin/env bash
# Runs the end-to-end tests: the real app under Xvfb, driven through
# tauri-driver and WebKitWebDriver. Extra arguments go to `node --test`
# (for example a single file: scripts/e2e.sh tests/e2e/help-now.test.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(ls tests/e2e/*.test.mjs)
fi

# WebKit wants a session bus; a private one keeps the test away from the desktop's.
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" \
  dbus-run-session -- \
  node --test --test-concurrency=1 --test-reporter=spec "${files[@]}"
