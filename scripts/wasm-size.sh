#!/usr/bin/env bash
# Prints what the app's WebAssembly costs, step by step: cargo's output, after wasm-bindgen, after
# wasm-opt -Oz (as Trunk does), and that brotli-compressed. Extra cargo flags pass through, e.g.
#   scripts/wasm-size.sh --no-default-features
# Used to measure what each dependency or feature costs (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
pkg=${PKG:-harbin-museum}
out=target/wasm-size/$pkg
cargo build -q --profile wasm-release --target wasm32-unknown-unknown -p "$pkg" "$@"
wasm=target/wasm32-unknown-unknown/wasm-release/${pkg}.wasm
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name app "$wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue "$out/app_bg.wasm" -o "$out/app.opt.wasm"
br() { brotli -c -q 11 "$1" | wc -c; }
printf '%s: wasm %s B raw, %s B brotli; js %s B brotli\n' "$pkg" \
  "$(wc -c < "$out/app.opt.wasm")" "$(br "$out/app.opt.wasm")" "$(br "$out/app.js")"
