// Reads the split loader of a built site and writes which files each page module needs
// (`target/wasm-split/manifest.json`: {"tour": ["split_tour-….wasm", "chunk_6-….wasm", …], …}),
// for the pre-rendered pages' preload hints, and prints what a first visit to each adds to the shell.
// Usage: node scripts/split-manifest.mjs DIST
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2];
const loader = readdirSync(dist).find((f) => /^__wasm_split-.*\.js$/.test(f));
if (!loader) throw new Error(`no __wasm_split-*.js in ${dist}`);
const js = readFileSync(`${dist}/${loader}`, "utf8");
const file = (body) => body.match(/new URL\("\.\/([^"]+)"/)[1];
const chunks = {};
for (const [, name, body] of js.matchAll(/const (__chunk_\d+) = makeLoad\(([\s\S]*?)\n, \[/g)) {
  chunks[name] = file(body);
}
const manifest = {};
const load = /export const __wasm_split_load_([a-z_]+?)(?:_\d+)? = wrapAsyncCb\(makeLoad\(([\s\S]*?)\n, \[([^\]]*)\]/g;
for (const [, group, body, deps] of js.matchAll(load)) {
  const needs = deps.split(",").map((d) => d.trim()).filter(Boolean).map((d) => chunks[d]);
  manifest[group] = [file(body), ...needs];
}
if (!manifest.tour) throw new Error(`${loader}: no 'tour' module found`);
mkdirSync("target/wasm-split", { recursive: true });
writeFileSync("target/wasm-split/manifest.json", JSON.stringify(manifest, null, 1));
const br = (f) => brotliCompressSync(readFileSync(`${dist}/${f}`), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
for (const [group, files] of Object.entries(manifest)) {
  const bytes = files.reduce((n, f) => n + br(f), 0);
  // A module's own stylesheet (src/styles.rs), not yet minified here.
  const css = readdirSync(dist).find((f) => f.startsWith(`${group}-`) && f.endsWith(".css"));
  const styles = css ? ` (and its stylesheet, ${br(css)} B before minifying)` : "";
  console.log(`page module ${group}: ${files.length} files, ${bytes} B brotli on first use${styles}`);
}
