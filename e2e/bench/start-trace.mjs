// Where the first view's main-thread time goes: loads a page cold RUNS times (5) in a phone-sized page,
// records a Chromium trace of each load until the app has taken over from the pre-rendered page (and
// 1.5 s more), and prints the renderer main thread's time per trace event name, averaged over the loads.
// For the first load it also lists every task over LONG_MS (60) ms with what ran inside it; LONG_MS=13 lists
// the tasks that are long tasks under CPU ×4 (Lighthouse's TBT). Unthrottled (times under CPU ×4 are about
// four times these); it asserts nothing. Then, for every load, the app's tasks by the number of wasm
// functions V8 compiled in them (it compiles each on its first call, on the main thread): unlike times,
// these counts are the same on every run, so they show what splitting the start into tasks changed.
//
// usage: node e2e/bench/start-trace.mjs BASE_URL [PATH]     (PATH defaults to /)
import { launch, traceColdLoad } from "./browser.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const path = process.argv[3] ?? "/";
const RUNS = Number(process.env.RUNS ?? 5);
const LONG_MS = Number(process.env.LONG_MS ?? 60);
const browser = await launch();

/** One cold load's trace events on the renderer's main thread, and the first one's timestamp. */
async function load() {
  const { events } = await traceColdLoad(browser, base + path,
    "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,disabled-by-default-v8.wasm.detailed");
  return { start: Math.min(...events.map((e) => e.ts)), events };
}

const sums = new Map();
const compiles = [];
for (let i = 0; i < RUNS; i++) {
  const { start, events } = await load();
  for (const e of events) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000 / RUNS);
  // Functions compiled lazily in each task, largest first.
  const lazy = events.filter((e) => e.name === "wasm.CompileLazy");
  compiles.push(events.filter((e) => e.name === "RunTask")
    .map((t) => lazy.filter((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur).length)
    .filter((n) => n > 0).sort((a, b) => b - a));
  if (i > 0) continue;
  console.log(`Tasks over ${LONG_MS} ms in the first load of ${path} (ms from the first event, length, what ran inside):`);
  for (const task of events.filter((e) => e.name === "RunTask" && e.dur > LONG_MS * 1000)) {
    const inside = new Map();
    for (const e of events) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur / 1000);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
    console.log(`  at ${((task.ts - start) / 1000).toFixed(0)}: ${(task.dur / 1000).toFixed(0)} ms — ${top.join(", ")}`);
  }
}
console.log(`Wasm functions compiled lazily, per task with any, largest first (each load):`);
for (const c of compiles) console.log(`  ${c.join(", ")} (${c.reduce((a, b) => a + b, 0)} in all)`);
console.log(`Main-thread time per load of ${path}, mean of ${RUNS} (ms; events nest, so rows overlap):`);
for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
  console.log(`  ${name.padEnd(28)} ${ms.toFixed(1).padStart(7)}`);
}
await browser.close();
