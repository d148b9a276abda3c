// The walk's key task (the task that handles the → key and draws the new room's first screen), taken apart:
//  1. the first walks of a visit, after the visitor has rested on the first room (REST_MS, 5000): the length
//     of each walk's key task and how many wasm functions V8 compiled in it (it compiles each on its first
//     call, on the main thread; unlike times, these counts are the same on every run);
//  2. 30 walks later on, with the CPU slowed 4× (CPU, 4): the key task's median, 90th percentile and longest,
//     and how many were over 50 ms.
// Times come from a Chromium trace (tracing adds a little). It prints numbers; it asserts nothing.
//
// usage: [WALK=exhibits|trail] node e2e/bench/walk-tasks.mjs BASE_URL
import { launch } from "./browser.mjs";
import { record } from "./results.mjs";
import { traceMainThread } from "./trace.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const museum = await (await page.request.get(`${base}/data/museum.json`)).json();
// The stops of the walk, with the title each shows: the rooms in tour order; or (WALK=exhibits) every
// room's exhibits, which ← and → walk through from room to room; or (WALK=trail) the first trail's stops.
const kind = process.env.WALK ?? "rooms";
const roomFile = async (id) => (await page.request.get(`${base}/data/rooms/${id}.json`)).json();
const stops = [];
if (kind === "trail") {
  const trail = (await (await page.request.get(`${base}/data/trails.json`)).json()).trails[0];
  for (const [i, s] of trail.stops.entries()) {
    const title = s.exhibit
      ? (await roomFile(s.room)).exhibits.find((e) => e.id === s.exhibit).title.en
      : museum.rooms.find((r) => r.id === s.room).title.en;
    stops.push({ path: `/trails/${trail.id}/${i + 1}`, title });
  }
} else {
  for (const r of museum.tour.map((id) => museum.rooms.find((x) => x.id === id))) {
    if (kind === "rooms") stops.push({ path: `/rooms/${r.id}`, title: r.title.en });
    else for (const e of (await roomFile(r.id)).exhibits) stops.push({ path: `/rooms/${r.id}/${e.id}`, title: e.title.en });
  }
}
await page.goto(`${base}${stops[0].path}`);
await page.waitForFunction(() => !document.body.classList.contains("booting") && !document.getElementById("prerender"));
await page.waitForTimeout(Number(process.env.REST_MS ?? 5000));
const cdp = await page.context().newCDPSession(page);

// Walks `moves` times along the tour, turning back at its ends.
let pos = 0;
let dir = 1;
const walk = async (moves) => {
  for (let i = 0; i < moves; i++) {
    if (pos + dir < 0 || pos + dir >= stops.length) dir = -dir;
    pos += dir;
    await page.keyboard.press(dir > 0 ? "ArrowRight" : "ArrowLeft");
    await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, stops[pos].title);
    await page.waitForTimeout(300);
  }
};

/** The trace's key tasks (a RunTask holding the keydown's dispatch), in order. */
const keyTasks = (events) => events
  .filter((t) => t.name === "RunTask" && events.some((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown"
    && e.ts >= t.ts && e.ts <= t.ts + t.dur))
  .sort((a, b) => a.ts - b.ts);

const first = await traceMainThread(cdp, () => walk(3),
  "devtools.timeline,disabled-by-default-devtools.timeline,v8.wasm,disabled-by-default-v8.wasm.detailed");
const lazy = first.filter((e) => e.name === "wasm.CompileLazy");
const compiled = [];
console.log(`first walks after a rest of ${Number(process.env.REST_MS ?? 5000) / 1000} s (unthrottled): key task, wasm functions compiled in it`);
for (const [i, t] of keyTasks(first).entries()) {
  const n = lazy.filter((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur).length;
  compiled.push(n);
  console.log(`  walk ${i + 1}: ${(t.dur / 1000).toFixed(1)} ms, ${n} compiled`);
}

await walk(5);
const rate = Number(process.env.CPU ?? 4);
await cdp.send("Emulation.setCPUThrottlingRate", { rate });
const later = keyTasks(await traceMainThread(cdp, () => walk(30))).map((t) => t.dur / 1000).sort((a, b) => a - b);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
const pick = (q) => later[Math.min(later.length - 1, Math.floor(later.length * q))].toFixed(0);
console.log(`30 later walks, CPU ×${rate}: key task median ${pick(0.5)} ms, 90th percentile ${pick(0.9)} ms, ` +
  `longest ${later.at(-1).toFixed(0)} ms; ${later.filter((d) => d > 50).length} over 50 ms`);
record(kind === "rooms" ? "walk-tasks" : `walk-tasks-${kind}`, { compiled, median: Number(pick(0.5)), p90: Number(pick(0.9)), longest: later.at(-1),
  over50: later.filter((d) => d > 50).length, walks: later.length, cpu: rate });
await browser.close();
