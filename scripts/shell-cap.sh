#!/usr/bin/env bash
# Fails when the app shell (html + js + main wasm + css, brotli; scripts/shell-files.sh) of a built
# site is over a cap in bytes, and says whether it meets a target (never failing on it).
# Usage: scripts/shell-cap.sh DIST CAP [TARGET]
# The Makefile's cap and target are the performance issue's: 200 KB hard cap, 150 KB target.
set -euo pipefail
dist=$1 cap=$2 target=${3:-}
shell=$(bash "$(dirname "$0")/shell-files.sh" "$dist")
bytes=$(for f in $shell; do brotli -c -q 11 "$f"; done | wc -c)
if [ "$bytes" -gt "$cap" ]; then
  echo "app shell is $bytes B brotli, over the cap of $cap B" >&2
  exit 1
fi
note=""
if [ -n "$target" ]; then
  if [ "$bytes" -le "$target" ]; then note=", target $target B met"; else note=", target $target B not met: $((bytes - target)) B over"; fi
fi
echo "app shell $bytes B brotli (cap $cap B$note)"
