// The benchmark's one table: every budget of the performance issue beside what the benches measured
// last (results.mjs) and the sizes of a built site, with whether each budget is met. It prints; it
// asserts nothing (`make bench` runs it last; the CI's byte cap is scripts/shell-cap.sh).
//
// usage: node e2e/bench/summary.mjs DIST       (the release build the benches ran on)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { recorded } from "./results.mjs";

const dist = process.argv[2] ?? "target/bench-dist";
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (files) => files.map((f) => readFileSync(f)).reduce(
  (s, b) => ({ raw: s.raw + b.length, gzip: s.gzip + gzipSync(b, { level: 9 }).length, brotli: s.brotli + br(b) }),
  { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const rows = [];
/** One row: what, the budget, the measured value, and whether it is met (undefined: no budget). */
const row = (what, budget, measured, met) =>
  rows.push([what, budget, measured, typeof met === "string" ? met : met === undefined ? "" : met ? "met" : "**not met**"]);
const missing = (what, bench) => rows.push([what, "", `not measured (run ${bench})`, ""]);

// Bytes: deterministic, from the build itself.
const shellFiles = execFileSync("bash", ["scripts/shell-files.sh", dist], { encoding: "utf8" }).split("\n").filter(Boolean);
const shell = sizes(shellFiles);
row("app shell (html + js + main wasm + css), brotli", "≤ 150 KB target, 200 KB cap",
  `${kb(shell.brotli)} (raw ${kb(shell.raw)}, gzip ${kb(shell.gzip)})`,
  shell.brotli <= 150_000 || (shell.brotli <= 200_000 ? "cap met, **target not met**" : false));
const floor = "target/wasm-size/floor";
if (existsSync(join(floor, "app.opt.wasm"))) {
  const f = sizes([join(floor, "app.opt.wasm"), join(floor, "app.js")]);
  row("the floor (benches/floor: Leptos + router + gloo-net + serde, unsplit), wasm + js, brotli", "", kb(f.brotli));
  row("the museum's shell above the floor", "", kb(shell.brotli - f.brotli));
} else missing("the floor (benches/floor)", "PKG=floor scripts/wasm-size.sh");
const museum = br(readFileSync(join(dist, "data/museum.json")));
row("museum.json, brotli", "≤ 15 KB", kb(museum), museum <= 15_000);
const rooms = readdirSync(join(dist, "data/rooms")).filter((f) => f.endsWith(".json"))
  .map((f) => [f, br(readFileSync(join(dist, "data/rooms", f)))]).sort((a, b) => b[1] - a[1]);
row(`largest room file (${rooms[0][0]} of ${rooms.length}), brotli`, "≤ 12 KB", kb(rooms[0][1]), rooms[0][1] <= 12_000);

// Lighthouse, per page.
const lh = recorded("lighthouse");
if (lh) {
  for (const [page, r] of Object.entries(lh.pages)) {
    row(`Lighthouse \`${page}\` Performance (median of ${lh.runs}, range)`, "≥ 98",
      `${r.performance} (${r.performanceMin}–${r.performanceMax})`, r.performanceMin >= 98);
    row(`… Accessibility / Best Practices / SEO`, "100 / 100 / ≥ 90", `${r.accessibility} / ${r.bestPractices} / ${r.seo}`,
      r.accessibility === 100 && r.bestPractices === 100 && r.seo >= 90);
    row("… LCP", "≤ 1.8 s", `${(r.lcp / 1000).toFixed(1)} s`, r.lcp <= 1800);
    row("… TBT", "≤ 50 ms", ms(r.tbt), r.tbt <= 50);
    row("… CLS", "≤ 0.02", r.cls.toFixed(2), r.cls <= 0.02);
  }
} else missing("Lighthouse", "e2e/bench/lighthouse.mjs");

// First view under real CPU ×4 (not a budget of its own: what Lighthouse's TBT simulates).
const start = recorded("start");
if (start) {
  for (const [page, r] of Object.entries(start.pages)) {
    row(`first view of \`${page}\`, CPU ×${start.cpu} real: blocking after FCP, longest task`, "",
      `${ms(r.blocking)}, ${ms(r.longest)}`);
  }
} else missing("first view", "e2e/bench/start.mjs");

// Walking and memory.
const walk = recorded("walk");
if (walk) {
  row("→ to the next room painted, CPU ×4, median of 20", "≤ 100 ms", `${ms(walk.median)} (max ${ms(walk.max)})`, walk.median <= 100);
  row(`longest task while walking (100 moves${walk.rest ? ", after a rest on the first room" : ""})`, "≤ 50 ms",
    // The Long Tasks API reports only tasks over 50 ms: 0 means none.
    walk.longest ? `${ms(walk.longest)} (first move ${walk.firstLongest ? ms(walk.firstLongest) : "none over 50 ms"})`
      : "none over 50 ms", walk.longest <= 50);
  for (const [kind, name] of [["", "room"], ["-exhibits", "exhibit"], ["-trail", "trail stop"]]) {
    const keys = recorded(`walk-tasks${kind}`);
    if (!keys) continue;
    row(`${name} to ${name}: the walk's key task, CPU ×${keys.cpu}, ${keys.walks} walks (in a trace): median, 90th percentile, longest`, "",
      `${ms(keys.median)}, ${ms(keys.p90)}, ${ms(keys.longest)} (${keys.over50} over 50 ms)`);
    row(`${name} to ${name}: wasm functions compiled in the first walks' key tasks, after a rest`, "", keys.compiled.join(", "));
  }
  row("JS heap after 50 moves / after 5", "within 10 %",
    `${kb(walk.heap50)} / ${kb(walk.heap5)} (${(100 * (walk.heap50 / walk.heap5 - 1)).toFixed(1)} %)`, walk.heap50 <= 1.1 * walk.heap5);
  row("wasm memory after 100 moves / after 50", "no larger", `${kb(walk.wasm100)} / ${kb(walk.wasm50)}`, walk.wasm100 <= walk.wasm50);
} else missing("walking", "e2e/bench/walk.mjs");

// Search.
for (const n of [1048, 100000]) {
  const s = recorded(`search-${n}`);
  if (s) {
    row(`search, ${n.toLocaleString("en")} exhibits: build the index (start to end; in tasks, longest); per keystroke (median)`, "",
      `${ms(s.build)}${s.tasks ? ` (${ms(s.busy)} in ${s.tasks} tasks, longest ${ms(s.longest)})` : ""}; search ${s.query.toFixed(2)} ms, to the page ${s.keystroke.toFixed(1)} ms`);
  } else missing(`search at ${n}`, "e2e/bench/search.mjs");
}

console.log(`\nThe budgets (docs/performance.md), ${new Date().toISOString().slice(0, 10)}, build ${dist}:`);
console.log("| measure | budget | measured | |\n| --- | --- | --- | --- |");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
