#!/usr/bin/env bash
# Splits the release wasm in DIST into a main module and chunks loaded on demand (src/pages/lazy.rs).
#
# Trunk 0.21 cannot split, so build-site.sh has Trunk build the release with `--cfg wasm_split` and
# relocations kept (`--emit-relocs`), and this script then redoes the last steps from Cargo's output:
#   wasm-split-cli  main module + one module per page group + chunks of code they share, and
#                   `__wasm_split.js`, which fetches and links them;
#   wasm-bindgen    the JS glue for the main module (`--keep-lld-exports`: the chunks link to them);
#   drop-stream-exports  wasm-streams' JS classes, which nothing uses (scripts/drop-stream-exports.mjs);
#   minify-imports  short names for the main module's imports from the glue (scripts/minify-imports.mjs);
#   wasm-opt -Oz    every module, with the flags Trunk uses (index.html);
# and replaces Trunk's unsplit wasm and glue in DIST (same names, so Trunk's loader is unchanged).
# The loader and the chunks get content hashes in their names, so a cache never mixes releases.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:?usage: split-wasm.sh DIST}
raw=target/split/wasm32-unknown-unknown/wasm-release/harbin-museum.wasm
glue=$(cd "$dist" && ls harbin-museum-*.js)
stem=${glue%.js}
[ -f "$dist/${stem}_bg.wasm" ] || { echo "split-wasm: no ${stem}_bg.wasm in $dist" >&2; exit 1; }

work=target/wasm-split
rm -rf "$work" && mkdir -p "$work/split" "$work/out"
wasm-split-cli "$raw" "$work/split" --out-name "$stem"
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-dir "$work/out" --out-name "$stem" "$work/split/$stem.wasm"
node scripts/drop-stream-exports.mjs "$work/out/${stem}_bg.wasm" "$work/out/$stem.js"
# Short names for the main module's imports from its glue (hashed names do not compress).
node scripts/minify-imports.mjs "$work/out/${stem}_bg.wasm" "$work/out/$stem.js"

# The flags must match index.html's data-wasm-opt-params.
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# (binaryen warns about a name subsection it does not know, once per module: harmless, dropped.)
# KEEP_NAMES=1 keeps function names (wasm-opt -g) for profiling; releases leave it unset.
[ "${KEEP_NAMES:-}" = 1 ] && features+=(-g)
opt() { wasm-opt -Oz "${features[@]}" "$1" -o "$2" 2>&1 | { grep -v 'unknown name subsection' || true; }; }
opt "$work/out/${stem}_bg.wasm" "$dist/${stem}_bg.wasm"
cp "$work/out/$stem.js" "$dist/$stem.js"

hash() { sha256sum "$1" | cut -c1-16; }
link=$work/split/__wasm_split.js
for module in "$work"/split/*.wasm; do
  name=$(basename "$module" .wasm)
  [ "$name" = "$stem" ] && continue
  opt "$module" "$work/out/$name.wasm"
  hashed="$name-$(hash "$work/out/$name.wasm").wasm"
  mv "$work/out/$name.wasm" "$dist/$hashed"
  sed -i "s|\"./$name.wasm\"|\"./$hashed\"|" "$link"
done
linked="__wasm_split-$(hash "$link").js"
cp "$link" "$dist/$linked"
# Only the `import … from` lines: the wasm's import module keeps its name.
sed -i "/^import /s|[\"']./__wasm_split.js[\"']|\"./$linked\"|" "$dist/$stem.js"
grep -q "$linked" "$dist/$stem.js" || { echo "split-wasm: $glue does not import the chunk loader" >&2; exit 1; }
printf 'split: main module %s B brotli\n' "$(brotli -c -q 11 "$dist/${stem}_bg.wasm" | wc -c)"
node scripts/split-manifest.mjs "$dist"
