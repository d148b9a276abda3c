// What each crate costs in a wasm module: code bytes by crate, raw and brotli, and the module's other
// sections. Needs the function names, so run it on a build that keeps them (they do not change the
// code: the code section is byte for byte the release's):
//
//   KEEP_NAMES=1 bash scripts/build-site.sh target/names-dist
//   node scripts/wasm-crates.mjs target/names-dist/harbin-museum-*_bg.wasm
//
// A function is counted under the first crate of CRATES its (mangled) name mentions, so a generic
// function instantiated for the museum's own types counts as the museum's (`drop_in_place` of a
// museum view, a router closure over a museum page). "brotli alone" compresses each crate's code on
// its own; "share" splits the module's real brotli size of its code in proportion to those, so the
// shares add up to the code's size.
import fs from "node:fs";
import zlib from "node:zlib";

const CRATES = [
  "harbin_museum", "catalog", "search", "serde_json", "leptos_i18n", "leptos_meta", "leptos_router",
  "gloo_net", "wasm_split_helpers", "qrcode", "tachys", "reactive_graph", "leptos_dom", "leptos",
  "futures_util", "futures_channel", "any_spawner", "event_listener", "async_lock", "js_sys", "web_sys",
  "wasm_bindgen_futures", "wasm_bindgen", "serde_core", "hashbrown", "indexmap", "dlmalloc", "zmij",
  "core", "alloc", "std",
];
const SECTIONS = { 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export", 9: "element", 11: "data" };

const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The module's sections, its function bodies and its function names (by index). */
function read(file) {
  const buf = fs.readFileSync(file);
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const skipLimits = () => { const flags = buf[p++]; leb(); if (flags & 1) leb(); };
  const sections = []; const bodies = []; const names = {};
  let imported = 0;
  while (p < buf.length) {
    const id = buf[p++]; const len = leb(); const start = p; const end = p + len;
    sections.push({ id, bytes: buf.subarray(start, end) });
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        for (let k = 0; k < 2; k++) { const l = leb(); p += l; } // module and field names
        const kind = buf[p++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; skipLimits(); } else if (kind === 2) skipLimits(); else p += 2;
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const size = leb(); bodies.push(buf.subarray(p, p + size)); p += size; }
    } else if (id === 0) {
      const nameLen = leb(); const name = buf.subarray(p, p + nameLen).toString(); p += nameLen;
      while (name === "name" && p < end) {
        const sub = buf[p++]; const subLen = leb(); const subEnd = p + subLen;
        if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); const l = leb(); names[i] = buf.subarray(p, p + l).toString(); p += l; }
        p = subEnd;
      }
    }
    p = end;
  }
  return { sections, bodies, names: (i) => names[imported + i] };
}

/** The crate a function's mangled name belongs to, or "other". */
function crateOf(name) {
  // Legacy mangling writes each path segment as <length><ident>, v0 as <length><ident> too after a
  // crate hash; `..` and `$LT$` separate the segments of the types in an impl's name.
  const plain = name.replace(/\$[A-Z0-9a-z]+\$|\.\./g, " ");
  return CRATES.find((c) => new RegExp(`(^|[^a-z_])\\d*${c}([^a-z_]|$)`).test(plain)) ?? "other";
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/wasm-crates.mjs MODULE.wasm (built with KEEP_NAMES=1)");
  process.exit(2);
}
const { sections, bodies, names } = read(file);
if (!names(0)) console.error("note: no function names in this module; build it with KEEP_NAMES=1");
const groups = new Map();
bodies.forEach((body, i) => {
  const crate = crateOf(names(i) ?? "");
  if (!groups.has(crate)) groups.set(crate, []);
  groups.get(crate).push(body);
});
const code = Buffer.concat(bodies);
const codeBrotli = brotli(code);
const rows = [...groups].map(([crate, list]) => ({ crate, fns: list.length, raw: list.reduce((s, b) => s + b.length, 0), alone: brotli(Buffer.concat(list)) }));
const alone = rows.reduce((s, r) => s + r.alone, 0);
rows.sort((a, b) => b.alone - a.alone);
const kb = (n) => (n / 1000).toFixed(1);
console.log(`${file}: ${bodies.length} functions, code ${kb(code.length)} KB raw, ${kb(codeBrotli)} KB brotli`);
console.log("| crate | functions | code, raw KB | brotli alone, KB | share of the code's brotli, KB |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const r of rows) console.log(`| ${r.crate} | ${r.fns} | ${kb(r.raw)} | ${kb(r.alone)} | ${kb((r.alone / alone) * codeBrotli)} |`);
console.log("\n| section | raw KB | brotli alone, KB |\n| --- | ---: | ---: |");
for (const s of sections.filter((s) => SECTIONS[s.id])) console.log(`| ${SECTIONS[s.id]} | ${kb(s.bytes.length)} | ${kb(brotli(s.bytes))} |`);
