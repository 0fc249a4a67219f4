#!/usr/bin/env bash
# WebAssembly speed of the lint engine and the importers without a browser or a Trunk build
# (not a test): the native benchmark examples built for wasm32-wasip1 and run in Node's V8
# under WASI. The numbers are not Chromium's (no wasm-opt, another V8 version), but two builds
# compared in one run have ranked as they do in Chromium (December 2026), at a minute or two per
# build and with less noise; confirm a change with `scripts/bench.sh` before claiming a figure.
#
#   scripts/wasi-bench.sh build NAME             build the working tree into target/wasi-bench/NAME-*.wasm
#                                                (to compare an older commit, run this script's copy in
#                                                a worktree of it with WASI_BENCH_DIR set to this
#                                                tree's target/wasi-bench; give each tree its own
#                                                WASI_TARGET_DIR, the default: Cargo takes a build of
#                                                another tree with newer files for up to date)
#   scripts/wasi-bench.sh compare OLD NEW [REPS] [CORPUS_DIR]
#                                                alternate the two builds REPS times (default 3)
#   scripts/wasi-bench.sh profile NAME [CORPUS_DIR]
#                                                V8 CPU profile of the corpus lint, for Chrome DevTools
#
# `compare` prints the fastest run of each: the sample lint, the corpus (concatenated) lint, the
# sample import and the corpus import. Liftoff is off (`--no-liftoff`): every function is
# compiled by the optimising tier before it runs, as it is once a page has warmed up, so the
# first runs are not measured in baseline code. Needs `rustup target add wasm32-wasip1` (not
# part of setup: the app and the tests never use it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

out="${WASI_BENCH_DIR:-$PWD/target/wasi-bench}"
sample="$PWD/fixtures/senior-backend-engineer.txt"
corpus_files() {
  local dir="${1:-../shared/corpus}"
  [ -d "$dir/postings" ] || { echo "wasi-bench: no corpus at $dir/postings" >&2; exit 2; }
  ls "$(cd "$dir" && pwd)"/postings/*
}
run() {
  node --no-warnings --no-liftoff scripts/wasi-run.mjs "$@"
}

case "${1:-}" in
  build)
    name="${2:?usage: wasi-bench.sh build NAME}"
    target="${WASI_TARGET_DIR:-target/wasi}"
    CARGO_TARGET_DIR="$target" cargo build --release --target wasm32-wasip1 \
      --example bench_lint --example bench_import
    mkdir -p "$out"
    cp "$target/wasm32-wasip1/release/examples/bench_lint.wasm" "$out/$name-lint.wasm"
    cp "$target/wasm32-wasip1/release/examples/bench_import.wasm" "$out/$name-import.wasm"
    echo "built $out/$name-lint.wasm and $out/$name-import.wasm"
    ;;
  compare)
    old="${2:?usage: wasi-bench.sh compare OLD NEW [REPS] [CORPUS_DIR]}"
    new="${3:?usage: wasi-bench.sh compare OLD NEW [REPS] [CORPUS_DIR]}"
    reps="${4:-3}"
    mapfile -t files < <(corpus_files "${5:-}")
    fastest() { grep -o 'min *[0-9.]* [µm]s' | sed 's/min *//; s/ //' | tr '\n' ' '; }
    for _ in $(seq "$reps"); do
      for name in "$old" "$new"; do
        lint=$(BENCH_RUNS=200 run "$out/$name-lint.wasm" "$sample" "${files[@]}" | tail -2 | fastest)
        import=$(BENCH_ONLY=sample,corpus BENCH_RUNS=30 run "$out/$name-import.wasm" "$sample" "${files[@]}" \
          | grep '(import)' | sed -n '1,2p' | fastest)
        printf '%-12s lint: sample %s corpus %s | import: sample %s corpus %s\n' "$name" $lint $import
      done
    done
    ;;
  profile)
    name="${2:?usage: wasi-bench.sh profile NAME [CORPUS_DIR]}"
    mapfile -t files < <(corpus_files "${3:-}")
    mkdir -p "$out/profiles"
    BENCH_RUNS=150 node --no-warnings --no-liftoff --cpu-prof --cpu-prof-dir="$out/profiles" \
      scripts/wasi-run.mjs "$out/$name-lint.wasm" "$sample" "${files[@]}"
    echo "profile written to $out/profiles (open it in Chrome DevTools' Performance panel)"
    ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
