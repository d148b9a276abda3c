// Runs the WebAssembly build of the search benchmark in Node: see wasm_bench.rs.
// usage: node wasm_bench.mjs WASM DATA_DIR [RUNS]
import fs from "node:fs";
import path from "node:path";

const [wasmFile, dataDir, runs = "0"] = process.argv.slice(2);
let dir = dataDir;
if (!fs.existsSync(path.join(dir, "museum.json"))) dir = path.join(dir, "data");
let memory;
const env = {
  now: () => performance.now(),
  log: (ptr, len) => console.log(new TextDecoder().decode(new Uint8Array(memory.buffer, ptr, len))),
};
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), { env });
const wasm = instance.exports;
memory = wasm.memory;

function load(file, kind) {
  const bytes = fs.readFileSync(file);
  const ptr = wasm.input(bytes.length);
  new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
  if (!wasm.load(kind)) throw new Error(`${file}: could not parse`);
}

const started = performance.now();
load(path.join(dir, "museum.json"), 0);
const rooms = fs.readdirSync(path.join(dir, "rooms")).filter((f) => f.endsWith(".json")).sort();
for (const room of rooms) load(path.join(dir, "rooms", room), 1);
console.log(`catalogue        ${dir} (wasm32, Node ${process.version})`);
console.log(`load + parse     ${(performance.now() - started).toFixed(3)} ms (read files, parse JSON in wasm)`);
wasm.bench(Number(runs));
