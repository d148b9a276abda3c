// Drops wasm-streams' JS bindings from the main module and its glue: the three classes
// `IntoUnderlyingSource`, `IntoUnderlyingByteSource` and `IntoUnderlyingSink` that wasm-bindgen
// exports for it. Leptos always links server_fn, whose browser feature brings wasm-streams; the app
// never turns a stream into a JS one, so nothing calls them, but as exports they were kept, with the
// code behind them (4 KB raw) and their classes in the glue (1.7 KB minified). Run after wasm-bindgen
// and before `wasm-opt`, which then removes the code no export reaches any more.
//
// If the glue has none of them (a later Leptos without wasm-streams), nothing is changed; if it has
// them in a shape this script does not know (another wasm-bindgen), it fails rather than guess.
//
// usage: node scripts/drop-stream-exports.mjs MODULE_bg.wasm GLUE.js
import fs from "node:fs";

const [wasmFile, glueFile] = process.argv.slice(2);
if (!wasmFile || !glueFile) throw new Error("usage: drop-stream-exports.mjs MODULE_bg.wasm GLUE.js");
const CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
const fail = (why) => {
  console.error(`drop-stream-exports: ${why}`);
  process.exit(1);
};

let glue = fs.readFileSync(glueFile, "utf8");
if (!/intounderlying/i.test(glue)) {
  console.log("drop-stream-exports: no stream bindings in the glue; nothing to drop");
  process.exit(0);
}
for (const name of CLASSES) {
  const before = glue.length;
  // The class, and the line after it that adds `Symbol.dispose`.
  glue = glue.replace(
    new RegExp(`export class ${name} \\{\\n[\\s\\S]*?\\n\\}\\nif \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`),
    "",
  );
  // Its finalization registry: three lines.
  glue = glue.replace(new RegExp(`const ${name}Finalization = [^\\n]*\\n[^\\n]*\\n[^\\n]*;\\n`), "");
  if (before - glue.length < 200) fail(`${glueFile}: class ${name} not found in the shape wasm-bindgen 0.2.130 writes`);
}
if (/intounderlying/i.test(glue)) fail(`${glueFile}: stream bindings left after dropping the classes`);

// The wasm's export section (id 7), without the exports the classes called.
const buf = fs.readFileSync(wasmFile);
const leb = (bytes, at) => {
  let value = 0, shift = 0, b;
  do { b = bytes[at++]; value += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [value, at];
};
const encode = (n) => {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
};
const parts = [buf.subarray(0, 8)];
let at = 8, dropped = 0;
while (at < buf.length) {
  const id = buf[at];
  const [size, start] = leb(buf, at + 1);
  const end = start + size;
  if (id !== 7) {
    parts.push(buf.subarray(at, end));
  } else {
    let [count, p] = leb(buf, start);
    const kept = [];
    for (; count > 0; count--) {
      const entryStart = p;
      const [len, nameAt] = leb(buf, p);
      const name = buf.subarray(nameAt, nameAt + len).toString();
      p = nameAt + len + 1; // the kind byte
      [, p] = leb(buf, p); // the index
      if (/intounderlying/.test(name)) dropped++;
      else kept.push(buf.subarray(entryStart, p));
    }
    const body = Buffer.concat([encode(kept.length), ...kept]);
    parts.push(Buffer.from([7]), encode(body.length), body);
  }
  at = end;
}
if (dropped === 0) fail(`${wasmFile}: no stream exports, though the glue had their classes`);
fs.writeFileSync(wasmFile, Buffer.concat(parts));
fs.writeFileSync(glueFile, glue);
console.log(`drop-stream-exports: ${dropped} exports and ${CLASSES.length} classes dropped`);
