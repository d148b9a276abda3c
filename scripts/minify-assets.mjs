// Minifies the shell's CSS (lightningcss) and JS (terser) in a built site, in place, and updates the
// subresource-integrity hashes Trunk wrote for the CSS into index.html, which the pre-rendered pages copy.
// Trunk 0.21 can minify too, but only all of its assets together, index.html included, which the
// pre-render reads as its template; so build-site.sh runs this after Trunk and the wasm split instead.
// Comments and long local names go; the JS keeps its exports and property names (the glue's import object,
// which the wasm links to by name). Prints each file's size before and after.
//
// usage: node scripts/minify-assets.mjs DIST
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { transform } from "lightningcss";
import { minify } from "terser";

const dist = process.argv[2];
if (!dist) throw new Error("usage: minify-assets.mjs DIST");
const indexPath = `${dist}/index.html`;
let index = readFileSync(indexPath, "utf8");
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const report = (file, before, after) => console.log(`minify: ${file} ${before} -> ${after} B`);

for (const file of readdirSync(dist).filter((f) => f.endsWith(".css"))) {
  const path = `${dist}/${file}`;
  const source = readFileSync(path);
  const { code } = transform({ filename: file, code: source, minify: true });
  const old = sri(source);
  if (index.includes(`href="/${file}"`)) {
    if (!index.includes(`integrity="${old}"`)) throw new Error(`${indexPath}: no integrity ${old} for ${file}`);
    index = index.replace(`integrity="${old}"`, `integrity="${sri(code)}"`);
  }
  writeFileSync(path, code);
  report(file, source.length, code.length);
}

// The wasm-bindgen glue and the split loader (ES modules); `sw.js` is written later, by the offline step.
for (const file of readdirSync(dist).filter((f) => /^(harbin-museum-|__wasm_split-).*\.js$/.test(f))) {
  const path = `${dist}/${file}`;
  const source = readFileSync(path, "utf8");
  if (index.includes(sri(Buffer.from(source)))) throw new Error(`${file} has an integrity hash in index.html`);
  const { code } = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
  writeFileSync(path, code);
  report(file, source.length, code.length);
}
writeFileSync(indexPath, index);
