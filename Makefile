# Harbour: the two commands that matter are `make run` and `make test`.
# Both install what is missing first (see scripts/setup.sh).

SHELL := /bin/bash
CARGO ?= cargo
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: run test setup setup-e2e ui app-debug lint locales test-rust test-relay test-soak test-ui test-e2e test-package package bindings bench screenshots

## Build and open the app.
run: setup ui
	$(CARGO) run -p harbour-app

## Every test: formatting, lints, Rust, UI, and the real app end to end, as stages that say
## which one failed (scripts/stages.sh); each stage is its own target too.
test:
	scripts/stages.sh setup-e2e lint locales test-rust test-soak test-ui test-e2e test-package

setup:
	scripts/setup.sh

setup-e2e:
	scripts/setup.sh --e2e

ui:
	npm --prefix ui run build

app-debug: setup ui
	$(CARGO) build -p harbour-app -p harbour-cli -p harbour-relay

lint: ui
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	scripts/check-workflows.sh
	python3 scripts/check-structure.py

## The translators' check on the shipped locales (TRANSLATING.md); exit 1 on errors.
locales:
	$(CARGO) run -q -p harbour-cli -- locales check --dir locales

test-rust: ui
	$(CARGO) test --workspace

## The relay alone: storage and HTTP API suites on SQLite and a throwaway PostgreSQL, and the
## cross-process CLI test (also part of test-rust).
test-relay:
	$(CARGO) test -p harbour-relay
	$(CARGO) test -p harbour-cli --test relay

## A short adversarial soak (RELIABILITY.md has the long one): a person and a supporter keep
## syncing through a real relay under a junk flood, 10,000 connections and slowloris, a SIGKILL,
## and a full relay; fails if a round is lost or late, or the relay passes its memory ceiling.
test-soak:
	SECS=6 SOAK_CHECK=1 scripts/soak.sh

test-ui:
	npm --prefix ui run check
	npm --prefix ui test

test-e2e: app-debug
	scripts/e2e.sh

## The Linux packages, release build: the app's .deb (desktop entry, icons), harbour-cli's and
## harbour-relay's (with its systemd unit), in target/release/bundle/deb. BUNDLES="deb appimage"
## adds an AppImage (Tauri downloads linuxdeploy from GitHub for it).
package: setup
	scripts/package.sh

## The same packages from the debug build, extracted and checked: metadata, desktop entry, icons,
## the command, the relay, and the packaged app passing the help-now end-to-end test.
test-package: setup-e2e
	PROFILE=debug scripts/package.sh
	scripts/check-package.sh target/debug/bundle/deb

## Regenerate ui/src/lib/bindings.ts from the Rust DTOs.
bindings:
	UPDATE_BINDINGS=1 $(CARGO) test -p harbour-api --test bindings

## Criterion benchmarks; each script prints its table into BENCHMARKS.md.
bench:
	for s in scripts/bench-*.sh; do [ -x "$$s" ] && "$$s"; done

## Screenshots of the main screens at phone and desktop size, for a person to look at.
## SCREENSHOTS="--all-locales --ids" takes them in every language with each text's message id
## in front of it (TRANSLATING.md); any option of tests/e2e/screenshots.mjs goes there.
screenshots: setup-e2e app-debug
	scripts/screenshots.sh $(SCREENSHOTS)
