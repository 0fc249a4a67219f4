#!/usr/bin/env bash
# Installs everything Postwright's build and tests need, skipping what is already there.
# Safe to run any number of times; `make serve` and `make test` run it first.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# `setup.sh fuzz` (what `make fuzz` runs) installs only what fuzzing needs: cargo-fuzz, pinned,
# built from crates.io (about 5 minutes, once). libFuzzer itself is compiled by the
# libfuzzer-sys crate with the system C++ compiler. Plain `setup.sh` (make test, CI) skips it.
CARGO_FUZZ_VERSION=0.13.2
if [ "${1:-}" = fuzz ]; then
  command -v c++ >/dev/null || {
    say "installing g++ (libFuzzer is C++)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends g++
  }
  if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 5 minutes)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
  say "ready to fuzz: $(cargo fuzz --version)"
  exit 0
fi

# 1. Debian packages: Chromium and its driver for browser tests, brotli for the size report.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# 2. Rust: the wasm32 target, rustfmt and clippy.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# 3. Trunk, pinned (newer releases need a newer rustc than this machine's).
TRUNK_VERSION=0.21.14
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 4. wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen version (Trunk.toml must agree).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$WBG_VERSION\" (Cargo.lock)" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 4 minutes)"
  # --locked fails on this registry (its lockfile pins a version that is not published).
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# 5. npm tools: wasm-opt from binaryen 132, Playwright and Lighthouse (both use Debian's Chromium
#    and never download a browser).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/playwright ] \
   || [ ! -x node_modules/.bin/lighthouse ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $WBG_VERSION, $(node_modules/.bin/wasm-opt --version), $(chromium --version)"
