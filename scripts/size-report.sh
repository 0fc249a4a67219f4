#!/usr/bin/env bash
# Prints raw, gzip -9 and brotli -q 11 sizes of the built wasm, js and css in bytes.
#
#   scripts/size-report.sh [--budget-brotli-wasm BYTES] [DIR]
#
# With --budget-brotli-wasm, exits 1 when the app's wasm is larger than BYTES after brotli -q 11
# (what a server sends with compression), so a feature has to pay for the bytes it adds. CI
# runs it after the release build (scripts/test.sh).
set -euo pipefail
budget=""
while [ $# -gt 0 ]; do
  case "$1" in
    --budget-brotli-wasm)
      [ $# -ge 2 ] || { echo "size-report: --budget-brotli-wasm needs a byte count" >&2; exit 2; }
      budget=$2; shift 2 ;;
    --budget-brotli-wasm=*) budget=${1#*=}; shift ;;
    -*) echo "size-report: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
case "$budget" in
  ''|*[!0-9]*) [ -z "$budget" ] || { echo "size-report: budget must be a number of bytes" >&2; exit 2; } ;;
esac
dir="${1:-dist}"
[ -d "$dir" ] || { echo "size-report: no build in $dir (run make build)" >&2; exit 2; }
printf '%-8s %-44s %10s %10s %10s\n' kind file raw gzip brotli
total_raw=0; total_gz=0; total_br=0; wasm_br=0; wasm_files=0
for kind in wasm js css json; do
  for file in "$dir"/*."$kind"; do
    [ -f "$file" ] || continue
    case "$(basename "$file")" in sw.js|manifest.json) continue ;; esac
    raw=$(wc -c < "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    br=$(brotli -q 11 -c "$file" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
    if [ "$kind" = wasm ]; then wasm_br=$((wasm_br + br)); wasm_files=$((wasm_files + 1)); fi
    printf '%-8s %-44s %10d %10d %10d\n' "$kind" "$(basename "$file")" "$raw" "$gz" "$br"
  done
done
printf '%-8s %-44s %10d %10d %10d\n' total "" "$total_raw" "$total_gz" "$total_br"
if [ -n "$budget" ]; then
  if [ "$wasm_files" -eq 0 ]; then
    echo "size-report: no wasm in $dir to check against the budget" >&2
    exit 1
  fi
  if [ "$wasm_br" -gt "$budget" ]; then
    printf 'size budget: FAILED: the wasm is %d bytes brotli, %d over the budget of %d\n' \
      "$wasm_br" $((wasm_br - budget)) "$budget" >&2
    exit 1
  fi
  printf 'size budget: ok: the wasm is %d bytes brotli, %d under the budget of %d\n' \
    "$wasm_br" $((budget - wasm_br)) "$budget"
fi
