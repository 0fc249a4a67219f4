#!/usr/bin/env bash
# Coverage-guided fuzzing of the importers, the linter and its fixes, the exporters and the
# stored-draft parser: libFuzzer through cargo-fuzz, on stable Rust (`--sanitizer none` needs
# no nightly flags). `make fuzz` runs it; `FUZZ_SECONDS=30 make fuzz` is the short CI run.
#
#   FUZZ_SECONDS   seconds per target (default 600)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a failure (default 1)
#   FUZZ_TARGETS   space-separated subset of the targets (default: all)
#
# First the self-test: a planted panic behind a four-byte comparison that the fuzzer must find
# within 60 seconds, which it only does when it is coverage-guided. Then each target for
# FUZZ_SECONDS, seeded at run time from the corpus postings (../shared/corpus/postings or
# $POSTWRIGHT_CORPUS/postings, when present), fixtures/ and eval/postings/. A failing input (panic, broken check, timeout, out of
# memory) is printed and saved under fuzz/regressions/<target>/, which tests/fuzz_regressions.rs
# replays. The last line is always `fuzz: N targets, M inputs, K panics`.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

FUZZ_SECONDS=${FUZZ_SECONDS:-600}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-1}
SELFTEST_LIMIT=60
ALL_TARGETS="import_raw import_structured lint_fixes export_roundtrip envelope"
read -r -a TARGETS <<<"${FUZZ_TARGETS:-$ALL_TARGETS}"
CORPUS_POSTINGS=${CORPUS_POSTINGS:-${POSTWRIGHT_CORPUS:-../shared/corpus}/postings}
WORK=fuzz/corpus
LOGS=fuzz/artifacts

say() { printf 'fuzz: %s\n' "$*" >&2; }
summary() { echo "fuzz: $1 targets, $2 inputs, $3 panics"; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  say "cargo-fuzz is not installed: run 'bash scripts/setup.sh fuzz'"
  summary 0 0 0
  exit 1
fi

# -a: debug assertions (overflow checks) on, as in `cargo test`.
mkdir -p "$LOGS"
say "building the fuzz targets (release, sanitizer none)"
if ! nice cargo fuzz build --sanitizer none --debug-assertions >"$LOGS/build.log" 2>&1; then
  tail -n 40 "$LOGS/build.log" >&2
  say "the fuzz targets do not build"
  summary 0 0 0
  exit 1
fi
# cargo puts the binaries under CARGO_TARGET_DIR when it is set, else under fuzz/target.
BIN_DIR=${CARGO_TARGET_DIR:-fuzz/target}/x86_64-unknown-linux-gnu/release

# The text files that seed the corpora.
seed_files=()
for folder in "$CORPUS_POSTINGS" fixtures tests/fixtures eval/postings; do
  [ -d "$folder" ] || { say "no $folder: not seeding from it"; continue; }
  while IFS= read -r -d '' file; do seed_files+=("$file"); done \
    < <(find "$folder" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.json' -o -name '*.jsonld' \) -print0 | sort -z)
done
say "${#seed_files[@]} seed files"

# Writes the seeds of one target into its corpus folder (existing files are kept, so the corpus
# grows across runs).
seed() {
  local target=$1 dir=$WORK/$1 index=0 file name
  mkdir -p "$dir"
  for file in "${seed_files[@]}"; do
    index=$((index + 1))
    name=seed-$(basename "$file")
    case $target in
      import_raw) cp -f "$file" "$dir/$name" ;;
      import_structured)
        # One seed per input form (the first byte), over a few files each, so the corpus stays small.
        local form=$((index % 7))
        { printf "\\x0$form"; cat "$file"; } >"$dir/$name"
        ;;
      lint_fixes | export_roundtrip)
        # Four header bytes (employment type, work mode, pay period, on-call status) from the
        # file's position; the text spreads over the fields line by line.
        { printf "\\x0$((index % 6))\\x0$((index % 4))\\x0$((index % 6))\\x0$((index % 3))"; cat "$file"; } >"$dir/$name"
        ;;
      envelope)
        case $file in
          *.json)
            printf '{"schema_version":1,"id":"draft-%d","name":"","revision":%d,"updated_ms":1767225600000.5,"document":%s}' \
              "$index" "$index" "$(cat "$file")" >"$dir/$name"
            printf '{"schema_version":1,"drafts":[{"id":"draft-%d","name":"%s","title":"","updated_ms":1.0,"revision":1}]}' \
              "$index" "$(basename "$file" .json)" >"$dir/index-$name"
            ;;
        esac
        ;;
    esac
  done
  # The saved regressions seed their own target too.
  if [ -d "fuzz/regressions/$target" ]; then cp -f fuzz/regressions/"$target"/* "$dir"/ 2>/dev/null; fi
  return 0
}

# Prints a failing input and the libFuzzer report around it.
show_failure() {
  local log=$1 input=$2
  grep -E 'panicked at|ERROR: libFuzzer|SUMMARY|timeout|out-of-memory' "$log" | head -n 12 >&2
  if [ -n "$input" ] && [ -f "$input" ]; then
    say "input ($(wc -c <"$input") bytes), saved as $input:"
    od -A d -c "$input" | head -n 40 >&2
  fi
}

# 1. The self-test: the planted panic must be found within SELFTEST_LIMIT seconds.
selftest_dir=$(mktemp -d)
mkdir -p "$selftest_dir/corpus" "$selftest_dir/found"
start=$(date +%s%N)
"$BIN_DIR/selftest" "$selftest_dir/corpus" -max_total_time=$SELFTEST_LIMIT -print_final_stats=1 \
  -artifact_prefix="$selftest_dir/found/" >"$selftest_dir/log" 2>&1
selftest_status=$?
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
selftest_runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$selftest_dir/log" | tail -n 1)
if [ "$selftest_status" -ne 0 ] && grep -q 'planted panic found' "$selftest_dir/log"; then
  say "$(printf 'self-test: the planted panic was found in %d.%03d s after %s inputs (limit %d s)' \
    $((elapsed_ms / 1000)) $((elapsed_ms % 1000)) "${selftest_runs:-?}" "$SELFTEST_LIMIT")"
  selftest_ok=1
else
  say "self-test FAILED: the planted panic was not found in $SELFTEST_LIMIT s (status $selftest_status); the fuzzer is not guided"
  tail -n 20 "$selftest_dir/log" >&2
  selftest_ok=0
fi
rm -rf "$selftest_dir"

# 2. Every target for FUZZ_SECONDS.
#
# libFuzzer's -timeout is wall-clock time, so on a loaded machine a quick input can be
# stopped as a timeout. A timeout input is therefore replayed alone three times: if each replay
# is within the limit it is reported as a load timeout (kept in fuzz/artifacts/, not counted),
# and fuzzing goes on for the rest of the target's time; otherwise it is a failure.
total_inputs=0
failures=0
load_timeouts=0
for target in "${TARGETS[@]}"; do
  if [ ! -x "$BIN_DIR/$target" ]; then
    say "$target: no such fuzz target"
    failures=$((failures + 1))
    continue
  fi
  seed "$target"
  saved=fuzz/regressions/$target
  mkdir -p "$saved"
  say "$target: $FUZZ_SECONDS s, $(ls "$WORK/$target" | wc -l) corpus inputs"
  runs=0
  deadline=$(($(date +%s) + FUZZ_SECONDS))
  round=0
  while remaining=$((deadline - $(date +%s))); [ "$remaining" -gt 0 ]; do
    round=$((round + 1))
    log=$LOGS/$target.$round.log
    before=$(ls "$saved" | wc -l)
    # libFuzzer's alarm handler can hang when it fires inside the allocator (it allocates to
    # save the input), so a round that outlives its time by a minute is stopped from outside.
    timeout --kill-after=10 $((remaining + 60)) "$BIN_DIR/$target" "$WORK/$target" \
      -max_total_time="$remaining" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$saved/" >"$log" 2>&1
    status=$?
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
      say "$target: libFuzzer stopped answering (after: $(grep -a -m1 -oE 'ALARM: working on the last Unit for [0-9]+ seconds' "$log" || echo 'no alarm')); the input could not be saved"
    fi
    round_runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log" | tail -n 1)
    runs=$((runs + ${round_runs:-0}))
    [ "$status" -eq 0 ] && break
    newest=""
    if [ "$(ls "$saved" | wc -l)" -gt "$before" ]; then newest=$saved/$(ls -t "$saved" | head -n 1); fi
    if [ -n "$newest" ] && grep -q 'ERROR: libFuzzer: timeout' "$log"; then
      slowest=0
      for _ in 1 2 3; do
        ms=$(timeout $((FUZZ_TIMEOUT * 20)) "$BIN_DIR/$target" "$newest" 2>&1 | awk '/^Executed .* in [0-9]+ ms/ {print $(NF-1)}')
        [ "${ms:-999999}" -gt "$slowest" ] && slowest=${ms:-999999}
      done
      if [ "$slowest" -le $((FUZZ_TIMEOUT * 1000)) ]; then
        load_timeouts=$((load_timeouts + 1))
        mv "$newest" "$LOGS/"
        say "$target: a timeout under load (the input replays in at most $slowest ms); kept in $LOGS/, fuzzing on"
        continue
      fi
      say "$target: an input takes $slowest ms (limit $((FUZZ_TIMEOUT * 1000)) ms)"
    fi
    failures=$((failures + 1))
    say "$target: FAILED after $runs inputs (status $status); log in $log"
    show_failure "$log" "$newest"
    if [ -n "$newest" ] && grep -q 'source_repo:' "$newest"; then
      say "$newest holds corpus text (licensed): minimise it or rewrite it before committing"
    fi
    break
  done
  total_inputs=$((total_inputs + runs))
  say "$target: $runs inputs"
done
[ "$load_timeouts" -eq 0 ] || say "$load_timeouts timeouts under load, not counted (see above)"

[ "$selftest_ok" -eq 1 ] || failures=$((failures + 1))
summary "${#TARGETS[@]}" "$total_inputs" "$failures"
[ "$failures" -eq 0 ]
