#!/usr/bin/env bash
# Lint benchmark (not a test): the shared sample and the whole corpus concatenated, natively and
# in Chromium WebAssembly. Prints time per run.
#
#   scripts/bench.sh [CORPUS_DIR]     (default ../shared/corpus)
#
# Native lines give mean, median and fastest time per lint run (BENCH_PER_RULE=1 adds the time
# of the context and of each rule); WASM lines give the same from `bench_lint_times` in
# headless Chromium, after a warm-up. The machine is shared: compare medians of quiet runs.
#
# The WASM half builds the app with the `bench` feature into target/bench-dist (trunk build
# --release --features bench) and needs Playwright in node_modules; it is skipped with a note
# otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

corpus="${1:-../shared/corpus}"
sample="fixtures/senior-backend-engineer.txt"
[ -d "$corpus/postings" ] || { echo "bench: no corpus at $corpus/postings" >&2; exit 2; }

echo "== native (cargo --release)"
cargo run --release --quiet --example bench_lint -- "$sample" "$corpus"/postings/*.md
cargo run --release --quiet --example bench_import -- "$sample" "$corpus"/postings/*.md

echo "== wasm (Chromium)"
# The benchmark exports are in a build with the `bench` feature only (the app ships without
# them): built here into target/bench-dist, beside the app's dist/.
if [ -d node_modules/playwright ] && command -v trunk >/dev/null; then
  trunk build --release --features bench --dist target/bench-dist >/dev/null
  node e2e/bench.mjs "$sample" "$corpus" target/bench-dist
  echo "== typing in a 5,000-word posting (Chromium)"
  node e2e/typing-bench.mjs "$corpus" target/bench-dist 5000
else
  echo "skipped: needs trunk (scripts/setup.sh) and node_modules/playwright"
fi
