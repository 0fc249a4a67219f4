#!/bin/sh
# Trunk post_build hook: hardens the page and writes the service worker into the build output.
# Release: scripts/csp.mjs moves Trunk's inline scripts into files and writes the
# Content-Security-Policy <meta> into index.html; then the worker precaches every emitted file,
# cache name = hash of their contents (so this runs after the page's last change).
# Debug: no policy (`trunk serve` injects its own scripts), and a worker that unregisters
# itself, so `trunk serve` never shows stale files.
set -eu
dir="${TRUNK_STAGING_DIR:?run from trunk}"
if [ "${TRUNK_PROFILE:-debug}" != "release" ]; then
  cp pwa/sw.js "$dir/sw.js"
  exit 0
fi
node scripts/csp.mjs "$dir"
cd "$dir"
files=$(find . -type f ! -name sw.js ! -name '*.map' | sed 's|^\./||' | LC_ALL=C sort)
hash=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-16)
list=$(printf '"./"'; for f in $files; do printf ', "./%s"' "$f"; done)
cd - >/dev/null
sed -e "s|__BUILD_HASH__|$hash|" -e "s|__PRECACHE_LIST__|[$list]|" pwa/sw.release.js > "$dir/sw.js"
