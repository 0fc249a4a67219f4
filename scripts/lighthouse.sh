#!/usr/bin/env bash
# Lighthouse (mobile, its default preset) on a release build served with brotli/gzip compression
# (scripts/serve-dist.mjs), in Debian's Chromium. Prints the four category scores.
#
#   scripts/lighthouse.sh [DIST_DIR] [PORT]        (default dist/ on 8779)
#
# The full report is left in target/lighthouse/report.{html,json}.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

dist="${1:-dist}"
port="${2:-8779}"
[ -f "$dist/index.html" ] || { echo "lighthouse: no release build in $dist (run make build)" >&2; exit 2; }
[ -x node_modules/.bin/lighthouse ] || { echo "lighthouse: not installed (run scripts/setup.sh)" >&2; exit 2; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

node scripts/serve-dist.mjs "$dist" "$port" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done

mkdir -p target/lighthouse
node_modules/.bin/lighthouse "http://127.0.0.1:$port/" \
  --quiet \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
  --output=json --output=html --output-path=target/lighthouse/report

node -e '
  const report = require(process.argv[1]);
  for (const [id, category] of Object.entries(report.categories)) {
    console.log(`${category.title.padEnd(16)} ${Math.round(category.score * 100)}`);
  }
  const metric = (id) => report.audits[id]?.displayValue ?? "n/a";
  console.log(`(FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, SI ${metric("speed-index")})`);
  const failed = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
    .map((audit) => audit.id);
  if (failed.length) console.log(`failed audits: ${failed.join(", ")}`);
' "$PWD/target/lighthouse/report.report.json"
