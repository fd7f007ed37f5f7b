#!/usr/bin/env bash
# Builds Harbour's Linux packages (`make package`):
#   target/<profile>/bundle/deb/Harbour_<version>_<arch>.deb      the app (tauri build): its
#       binary, desktop entry and icons
#   target/<profile>/bundle/deb/harbour-cli_<version>_<arch>.deb  the `harbour` command
#   target/<profile>/bundle/deb/harbour-relay_<version>_<arch>.deb  the relay, with a systemd unit
#       that is installed but not enabled
#   target/<profile>/bundle/appimage/Harbour_<version>_<arch>.AppImage  only with
#       BUNDLES="deb appimage": Tauri fetches linuxdeploy from GitHub for it.
# PROFILE=debug reuses the debug build (the test stage's quick check); release is the default.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

profile=${PROFILE:-release}
bundles=${BUNDLES:-deb}
version=$(python3 -c 'import json; print(json.load(open("src-tauri/tauri.conf.json"))["version"])')
arch=$(dpkg --print-architecture)
out=target/$profile/bundle/deb

npm --prefix ui run build >/dev/null
tauri_flags=(--bundles "${bundles// /,}")
cargo_flags=()
if [ "$profile" = debug ]; then
  tauri_flags+=(--debug)
else
  cargo_flags+=(--release)
fi
ui/node_modules/.bin/tauri build "${tauri_flags[@]}"
cargo build "${cargo_flags[@]}" -p harbour-cli -p harbour-relay

# One binary package built with dpkg-deb: $1 name, $2 description, then
# "source:destination" pairs (destination relative to the package root).
deb() {
  local name=$1 description=$2
  shift 2
  local root
  root=$(mktemp -d)
  mkdir -p "$root/DEBIAN"
  for pair in "$@"; do
    local src=${pair%%:*} dest=$root/${pair#*:}
    mkdir -p "$(dirname "$dest")"
    install -m "$([ -x "$src" ] && echo 0755 || echo 0644)" "$src" "$dest"
  done
  cat > "$root/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Architecture: $arch
Maintainer: Harbour
Section: utils
Priority: optional
Depends: libc6 (>= 2.31), libgcc-s1
Installed-Size: $(du -sk "$root" | cut -f1)
Description: $description
CONTROL
  dpkg-deb --root-owner-group --build "$root" "$out/${name}_${version}_${arch}.deb" >/dev/null
  rm -rf "$root"
  echo "    Bundled $out/${name}_${version}_${arch}.deb"
}

bin=target/$profile
deb harbour-cli "Harbour's command line: the plan, sharing, the directory and the locale checks" \
  "$bin/harbour:usr/bin/harbour" \
  "README.md:usr/share/doc/harbour-cli/README.md"
deb harbour-relay "Harbour's relay: end-to-end encrypted mailboxes for Harbour's sync" \
  "$bin/harbour-relay:usr/bin/harbour-relay" \
  "packaging/harbour-relay.service:lib/systemd/system/harbour-relay.service" \
  "docs/relay-deployment.md:usr/share/doc/harbour-relay/relay-deployment.md"
ls -l "$out"/*.deb
