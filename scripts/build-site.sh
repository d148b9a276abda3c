#!/usr/bin/env bash
# Builds the release site into DIST: trunk (size-optimised wasm, split into a main module and chunks
# loaded on demand), a pre-rendered page for every route, and precompressed .br/.gz copies for hosts
# that serve them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist=${1:-dist}
# `wasm_split` turns the pages into split points (src/pages/lazy.rs); `--emit-relocs` keeps what
# wasm-split-cli needs to cut the module. The same flags as .cargo/config.toml otherwise. Its own
# target directory, so that this build and unsplit ones (`trunk serve`, wasm-size.sh) do not
# rebuild each other's dependencies.
# The source paths that panic messages carry are cut to the crate's own (`tachys-0.2.19/src/…`), so
# the build machine's folders stay out of the shipped wasm and every machine builds the same bytes
# (4.4 KB less raw text; brotli had already shrunk the repeated prefix to ~0.1 KB).
remap="--remap-path-prefix=$PWD/="
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do remap+=" --remap-path-prefix=$registry="; done
CARGO_TARGET_DIR=target/split \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components --cfg wasm_split -Clink-args=--emit-relocs $remap" \
  trunk build --release --offline --dist "$dist"
bash scripts/split-wasm.sh "$dist"
node scripts/minify-assets.mjs "$dist"
cargo run -q -p museum-tools -- prerender "$dist" target/wasm-split/manifest.json
cargo run -q -p museum-tools -- offline "$dist"
find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.json' -o -name '*.svg' -o -name '*.txt' \) \
  -print0 | while IFS= read -r -d '' f; do
    brotli -f -q 11 -o "$f.br" "$f"
    gzip -9 -k -f -n "$f"
  done
shell=$(bash scripts/shell-files.sh "$dist")
printf 'app shell (html+js+main wasm+css): raw %s B, gzip %s B, brotli %s B\n' \
  "$(cat $shell | wc -c)" "$(for f in $shell; do cat "$f.gz"; done | wc -c)" "$(for f in $shell; do cat "$f.br"; done | wc -c)"
