// Gives the main wasm module's imports from its wasm-bindgen glue short names, in the wasm and in the glue.
//
// wasm-bindgen names each import after the Rust function and a hash (`__wbg_location_7320782274fc691b`), and
// the names stand twice in the shell: in the wasm's import section and as keys of the glue's import object.
// Hashes do not compress, so 243 imports cost 3.9 KB of brotli in the wasm alone. Here each becomes `a`,
// `b`, … `ab`, …, in the order the wasm lists them, and the glue's module name `./NAME_bg.js` becomes `w`.
// Only the import section and the glue's import object change; exports (which the page modules link to)
// keep their names. Fails, changing nothing, if either file is not as expected.
//
// usage: node scripts/minify-imports.mjs MODULE_bg.wasm MODULE.js
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const [wasmPath, jsPath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, "utf8");
const glueModule = `./${basename(wasmPath, ".wasm")}.js`;
const MODULE = "w";

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(buf, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
const uleb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const name = (s) => Buffer.concat([uleb(Buffer.byteLength(s)), Buffer.from(s)]);

/** The short name of the `i`th import: a … z, A … Z, then two letters and so on. */
function short(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return s;
}

/** Skips an import's description (function, table, memory, global or tag) starting at its kind byte. */
function skipDesc(buf, at) {
  const kind = buf[at++];
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = leb(buf, p);
    if (flags & 1) [, p] = leb(buf, p);
    return p;
  };
  if (kind === 0) return leb(buf, at)[1];
  if (kind === 1) return limits(at + 1);
  if (kind === 2) return limits(at);
  if (kind === 3) return at + 2;
  if (kind === 4) return leb(buf, at + 1)[1];
  throw new Error(`${wasmPath}: unknown import kind ${kind}`);
}

const parts = [wasm.subarray(0, 8)];
let renamed = 0;
for (let at = 8; at < wasm.length;) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = leb(wasm, body);
  const imports = [uleb(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = leb(wasm, p);
    const module = wasm.toString("utf8", p, p + len);
    p += len;
    [len, p] = leb(wasm, p);
    const field = wasm.toString("utf8", p, p + len);
    p += len;
    const descEnd = skipDesc(wasm, p);
    if (module === glueModule) {
      const fresh = short(renamed++);
      // The glue's import object holds each import once, as `        NAME: function(`.
      const key = new RegExp(`^(\\s+)${field.replace(/[$]/g, "\\$&")}: `, "m");
      if (js.split(field).length !== 2 || !key.test(js)) throw new Error(`${jsPath}: ${field} is not one key`);
      js = js.replace(key, `$1${fresh}: `);
      imports.push(name(MODULE), name(fresh));
    } else {
      imports.push(name(module), name(field));
    }
    imports.push(wasm.subarray(p, descEnd));
    p = descEnd;
  }
  const section = Buffer.concat(imports);
  parts.push(Buffer.from([2]), uleb(section.length), section);
  at = end;
}
const moduleKey = `"${glueModule}": import0`;
if (!renamed || js.split(moduleKey).length !== 2) throw new Error(`${jsPath}: no "${glueModule}" import object`);
js = js.replace(moduleKey, `"${MODULE}": import0`);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`minify-imports: ${renamed} imports of ${glueModule} renamed`);
