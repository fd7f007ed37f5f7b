#!/usr/bin/env bash
# Lints the hosted-runner workflows (.github/workflows/*.yml) with actionlint: syntax, expressions,
# contexts such as `secrets` where they are not allowed, action inputs, runner labels.
# Exit 1 on any finding. `make lint` runs it; scripts/setup.sh --e2e installs actionlint.
#
#   scripts/check-workflows.sh            the repository's workflows
#   scripts/check-workflows.sh FILE...    the given files (how the lint was shown to fail)
#
# actionlint is looked for as $ACTIONLINT, then in the venv setup.sh makes
# (target/tools/actionlint), then on PATH. When ShellCheck is installed, actionlint also runs it
# on the scripts in `run:` steps; without it that part is skipped, and said so.
set -euo pipefail
cd "$(dirname "$0")/.."

actionlint="${ACTIONLINT:-}"
if [ -z "$actionlint" ]; then
  if [ -x target/tools/actionlint/bin/actionlint ]; then
    actionlint=target/tools/actionlint/bin/actionlint
  elif command -v actionlint >/dev/null 2>&1; then
    actionlint=$(command -v actionlint)
  else
    echo "check-workflows: actionlint is missing; run scripts/setup.sh --e2e to install it." >&2
    exit 1
  fi
fi

if [ $# -gt 0 ]; then
  files=("$@")
else
  shopt -s nullglob
  files=(.github/workflows/*.yml .github/workflows/*.yaml)
  shopt -u nullglob
  if [ ${#files[@]} -eq 0 ]; then
    echo "check-workflows: no workflows under .github/workflows" >&2
    exit 1
  fi
fi

flags=(-no-color)
if command -v shellcheck >/dev/null 2>&1; then
  flags+=(-shellcheck=shellcheck)
else
  echo "check-workflows: shellcheck is not installed: run: scripts are not shellchecked"
  flags+=(-shellcheck=)
fi
# No Python in the workflows; keep actionlint from looking for pyflakes.
flags+=(-pyflakes=)

echo "check-workflows: $("$actionlint" -version | head -n 1) on ${files[*]}"
"$actionlint" "${flags[@]}" "${files[@]}"
echo "check-workflows: ${#files[@]} workflow(s), no findings"
