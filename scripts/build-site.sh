#!/usr/bin/env bash
# Builds the release site into DIST: trunk (size-optimised wasm), a pre-rendered page for every route,
# and precompressed .br/.gz copies for hosts that serve them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist=${1:-dist}
trunk build --release --offline --dist "$dist"
cargo run -q -p museum-tools -- prerender "$dist"
cargo run -q -p museum-tools -- offline "$dist"
find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.json' -o -name '*.svg' -o -name '*.txt' \) \
  -print0 | while IFS= read -r -d '' f; do
    brotli -f -q 11 -o "$f.br" "$f"
    gzip -9 -k -f -n "$f"
  done
shell=$(ls "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html)
printf 'app shell (html+js+wasm+css): raw %s B, gzip %s B, brotli %s B\n' \
  "$(cat $shell | wc -c)" "$(for f in $shell; do cat "$f.gz"; done | wc -c)" "$(for f in $shell; do cat "$f.br"; done | wc -c)"
