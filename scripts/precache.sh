#!/bin/sh
# Trunk post_build hook: writes the service worker into the build output.
# Release: precache every emitted file, cache name = hash of their contents.
# Debug: a worker that unregisters itself, so `trunk serve` never shows stale files.
set -eu
dir="${TRUNK_STAGING_DIR:?run from trunk}"
if [ "${TRUNK_PROFILE:-debug}" != "release" ]; then
  cp pwa/sw.js "$dir/sw.js"
  exit 0
fi
cd "$dir"
files=$(find . -type f ! -name sw.js ! -name '*.map' | sed 's|^\./||' | LC_ALL=C sort)
hash=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-16)
list=$(printf '"./"'; for f in $files; do printf ', "./%s"' "$f"; done)
cd - >/dev/null
sed -e "s|__BUILD_HASH__|$hash|" -e "s|__PRECACHE_LIST__|[$list]|" pwa/sw.release.js > "$dir/sw.js"
