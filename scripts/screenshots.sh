#!/usr/bin/env bash
# Screenshots of the main screens (phone and desktop size) into tests/e2e/artifacts/.
# Extra arguments go to tests/e2e/screenshots.mjs (e.g. --locale ar --easy-read).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" \
  dbus-run-session -- sh -c 'node tests/e2e/screenshots.mjs "$@" && node tests/e2e/plan-screenshots.mjs' screenshots "$@"
