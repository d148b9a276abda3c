#!/usr/bin/env bash
# Lists the app shell of a built site: what every page loads before its own code, namely
# index.html, the css, the js (wasm-bindgen glue, the split loader, the service worker) and the main
# wasm module. The page modules (`split_*.wasm`, `chunk_*.wasm`, src/pages/lazy.rs) are not in it:
# scripts/split-wasm.sh reports what each page adds.
set -euo pipefail
dist=${1:?usage: shell-files.sh DIST}
ls "$dist"/index.html "$dist"/*.css "$dist"/*.js "$dist"/harbin-museum-*_bg.wasm
