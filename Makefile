# Postwright. `make serve` and `make test` are the two commands a new machine needs: each runs
# scripts/setup.sh first, which installs whatever is missing and skips what is there.
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: setup serve dev test build size bench coldstart lighthouse lint-corpus fuzz clean

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
bench:
	@bash scripts/bench.sh

## Cold start to the first finding, this build against another (`make coldstart OLD=path/to/dist`):
## 10 runs each, alternating, unthrottled and at 4x CPU slowdown; medians.
coldstart: build
	@[ -n "$(OLD)" ] || { echo "make coldstart OLD=path/to/an/older/dist" >&2; exit 2; }
	$(ENV) node e2e/cold-start.mjs "$(OLD)" dist $(or $(RUNS),10)

## Lighthouse (mobile) on the release build served with brotli/gzip.
lighthouse: build
	@bash scripts/lighthouse.sh dist

## Coverage-guided fuzzing (cargo-fuzz, stable Rust): a self-test, then every target for
## FUZZ_SECONDS each (default 600; `FUZZ_SECONDS=30 make fuzz` for a short run).
fuzz:
	@bash scripts/setup.sh fuzz
	@bash scripts/fuzz.sh

clean:
	cargo clean; rm -rf dist
