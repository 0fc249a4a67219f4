# Postwright. `make serve` and `make test` are the two commands a new machine needs: each runs
# scripts/setup.sh first, which installs whatever is missing and skips what is there.
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: setup serve dev test build size bench lint-corpus fuzz clean

setup:
	@bash scripts/setup.sh

## Build the release app and serve it on http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	$(ENV) trunk serve --release

## Debug build with fast rebuilds (no offline cache).
dev: setup
	$(ENV) trunk serve

## Every test layer (what CI runs).
test: setup
	@bash scripts/test.sh

## Release build into dist/.
build: setup
	$(ENV) trunk build --release

## Raw, gzip and brotli sizes of the release wasm, js and css.
size: build
	@bash scripts/size-report.sh dist

## Lint speed: native and in Chromium (WASM).
bench: build
	@bash scripts/bench.sh

## Coverage-guided fuzzing (cargo-fuzz, stable Rust): a self-test, then every target for
## FUZZ_SECONDS each (default 600; `FUZZ_SECONDS=30 make fuzz` for a short run).
fuzz:
	@bash scripts/setup.sh fuzz
	@bash scripts/fuzz.sh

clean:
	cargo clean; rm -rf dist
