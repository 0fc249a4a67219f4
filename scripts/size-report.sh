#!/usr/bin/env bash
# Prints raw, gzip -9 and brotli -q 11 sizes of the built wasm, js and css in bytes.
set -euo pipefail
dir="${1:-dist}"
[ -d "$dir" ] || { echo "size-report: no build in $dir (run make build)" >&2; exit 2; }
printf '%-8s %-44s %10s %10s %10s\n' kind file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for kind in wasm js css; do
  for file in "$dir"/*."$kind"; do
    [ -f "$file" ] || continue
    [ "$(basename "$file")" = sw.js ] && continue
    raw=$(wc -c < "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    br=$(brotli -q 11 -c "$file" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
    printf '%-8s %-44s %10d %10d %10d\n' "$kind" "$(basename "$file")" "$raw" "$gz" "$br"
  done
done
printf '%-8s %-44s %10d %10d %10d\n' total "" "$total_raw" "$total_gz" "$total_br"
