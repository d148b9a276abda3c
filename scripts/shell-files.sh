#!/usr/bin/env bash
# Lists the app shell of a built site: what every page loads before its own code, namely
# index.html, the css it turns on, the js (wasm-bindgen glue, the split loader, the service worker) and the main
# wasm module. The page modules (`split_*.wasm`, `chunk_*.wasm`, src/pages/lazy.rs) are not in it:
# scripts/split-wasm.sh reports what each page adds.
set -euo pipefail
dist=${1:?usage: shell-files.sh DIST}
# The stylesheets index.html (the pre-rendered entrance) has on: a page module's own, off there, is
# fetched with its module (src/styles.rs).
css=$(grep -o '<link [^>]*rel="stylesheet"[^>]*>' "$dist/index.html" | grep -v ' disabled' |
  sed -E 's|.* href="/([^"]+)".*|'"$dist"'/\1|')
ls "$dist"/index.html $css "$dist"/*.js "$dist"/harbin-museum-*_bg.wasm
