#!/usr/bin/env bash
# Checks the packages scripts/package.sh built, as a person installing them would meet them:
# extracts each .deb into a scratch root (no root needed) and checks its metadata, the desktop
# entry and icons, that the `harbour` command answers, that the relay serves /healthz, and that
# the packaged app starts, its crisis screen works and it takes harbour:// links and update files
# (the help-now and opened-links end-to-end tests, run against the extracted binaries).
# Usage: scripts/check-package.sh [DEB_DIR]   (default target/debug/bundle/deb)
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-target/debug/bundle/deb}
version=$(python3 -c 'import json; print(json.load(open("src-tauri/tauri.conf.json"))["version"])')
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
relay_pid=""
trap '[ -n "$relay_pid" ] && kill "$relay_pid" 2>/dev/null; rm -rf "$root"' EXIT

fail() {
  echo "check-package: $*" >&2
  exit 1
}

for name in Harbour harbour-cli harbour-relay; do
  deb=$dir/${name}_${version}_${arch}.deb
  [ -f "$deb" ] || fail "missing $deb (run scripts/package.sh first)"
  info=$(dpkg-deb --field "$deb" Package Version Architecture Depends Description)
  for field in Package Version Architecture Depends Description; do
    grep -q "^$field: ." <<<"$info" || fail "$deb has no $field"
  done
  grep -q "^Version: $version$" <<<"$info" || fail "$deb is not version $version"
  dpkg-deb -x "$deb" "$root"
done

# The app: an executable, a valid desktop entry that starts it, its icon in every size.
app=$root/usr/bin/harbour-app
[ -x "$app" ] || fail "the app package has no usr/bin/harbour-app"
desktop=$root/usr/share/applications/Harbour.desktop
[ -f "$desktop" ] || fail "the app package has no desktop entry"
desktop-file-validate "$desktop" || fail "the desktop entry is not valid"
# harbour:// links (invites, device links) open the app, which is handed the link (%u).
grep -qx 'Exec=harbour-app %u' "$desktop" || fail "the desktop entry does not start harbour-app with the link"
mimes=$(sed -n 's/^MimeType=//p' "$desktop")
grep -q '\(^\|;\)x-scheme-handler/harbour\(;\|$\)' <<<"$mimes" || fail "the desktop entry does not take harbour:// links"
# .harbour files (update files, backups) open with the app: the entry takes their type, and the
# package tells the system which files have it.
grep -q '\(^\|;\)application/x-harbour\(;\|$\)' <<<"$mimes" || fail "the desktop entry does not take .harbour files"
mime_xml=$root/usr/share/mime/packages/harbour.xml
[ -f "$mime_xml" ] || fail "the app package does not install the .harbour file type"
python3 - "$mime_xml" <<'PY' || fail "the .harbour file type is not application/x-harbour for *.harbour"
import sys, xml.etree.ElementTree as ET
ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
types = ET.parse(sys.argv[1]).getroot().findall("m:mime-type", ns)
assert any(t.get("type") == "application/x-harbour"
           and any(g.get("pattern") == "*.harbour" for g in t.findall("m:glob", ns)) for t in types)
PY
icon=$(sed -n 's/^Icon=//p' "$desktop")
for size in 32x32 64x64 128x128 256x256 512x512; do
  png=$root/usr/share/icons/hicolor/$size/apps/$icon.png
  [ -f "$png" ] || fail "no $size icon ($png)"
  [ "$(identify -format '%wx%h' "$png")" = "$size" ] || fail "the $size icon is $(identify -format '%wx%h' "$png")"
done

# The command answers, offline, with no vault.
[ "$("$root/usr/bin/harbour" --version)" = "harbour $version" ] || fail "harbour --version"
helplines=$("$root/usr/bin/harbour" --json helplines --country GB)
grep -q '"Samaritans"' <<<"$helplines" || fail "harbour helplines lists no Samaritans"

# The relay starts on a free port and answers; its unit runs the installed binary.
unit=$root/lib/systemd/system/harbour-relay.service
grep -q '^ExecStart=/usr/bin/harbour-relay ' "$unit" || fail "the relay's unit does not run /usr/bin/harbour-relay"
[ -x "$root/usr/bin/harbour-relay" ] || fail "the relay package has no usr/bin/harbour-relay"
log=$root/relay.log
"$root/usr/bin/harbour-relay" --listen 127.0.0.1:0 --database "sqlite:$root/relay.sqlite" >"$log" 2>&1 &
relay_pid=$!
addr=""
for _ in $(seq 100); do
  addr=$(sed -n 's/^harbour-relay listening on \([^ ]*\).*/\1/p' "$log")
  [ -n "$addr" ] && break
  sleep 0.1
done
[ -n "$addr" ] || fail "the relay did not start: $(cat "$log")"
curl -fsS "http://$addr/healthz" >/dev/null || fail "the relay's /healthz did not answer"

# The packaged app itself starts, does its most important job, and takes harbour:// links.
HARBOUR_APP_BIN=$app HARBOUR_CLI_BIN=$root/usr/bin/harbour scripts/e2e.sh tests/e2e/help-now.test.mjs tests/e2e/opened-links.test.mjs
echo "check-package: the three packages install, start and answer"
