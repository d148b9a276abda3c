// Walking benchmark in headless Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate):
// from the → key to the next frame, showing the new room (Event Timing, as INP measures), over 20 moves; the longest task; JS heap after
// 5 and 50 moves; wasm memory after 50 and 100. Before the first move the visitor reads the first room until the app has
// rehearsed a walk (REST=0: one second); between moves they look for LOOK_MS (500). It prints numbers; it asserts nothing.
//
// usage: node e2e/bench/walk.mjs BASE_URL        (a served release build, e.g. http://127.0.0.1:4173)
import { launch } from "./browser.mjs";
import { record } from "./results.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const LOOK = Number(process.env.LOOK_MS ?? 500);
// More moves (MOVES=300) show whether wasm memory keeps growing or levels off.
const MOVES = Math.max(100, Number(process.env.MOVES ?? 100));
const browser = await launch(["--js-flags=--expose-gc"]);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
  addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; });
  // Each → / ← key: when it happened, and whether the new room was in the page when the next frame
  // began (a frame callback asked for during the key's handling).
  window.__keys = [];
  addEventListener("keydown", (e) => {
    const k = { start: e.timeStamp };
    window.__keys.push(k);
    requestAnimationFrame(() => { k.heading = document.querySelector("main h1")?.textContent; });
  });
  // Event Timing: from the key to the next frame painted (what INP measures), in 8 ms steps.
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      const k = e.name === "keydown" && window.__keys.find((k) => Math.abs(k.start - e.startTime) < 1);
      if (k) k.duration = e.duration;
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
});
const cdp = await page.context().newCDPSession(page);
const tour = (await (await page.request.get(`${base}/data/museum.json`)).json()).tour;
await page.goto(`${base}/rooms/${tour[0]}`);
await page.waitForFunction(() => !document.body.classList.contains("booting") && !document.getElementById("prerender"));
// The visitor reads the first room before walking: by then the app has rehearsed a walk outside the
// page (src/warm.rs; a "rehearsed" User Timing mark). REST=0 walks after one second instead.
const rest = process.env.REST !== "0";
if (rest) await page.waitForFunction(() => performance.getEntriesByName("rehearsed").length > 0, null, { timeout: 15000 });
else await page.waitForTimeout(1000);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.CPU_RATE ?? 4) });
await page.evaluate(() => { window.__long = []; });

const heap = async () => {
  await page.evaluate(() => window.gc?.());
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
};
const wasmBytes = () => page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? NaN);
// Builds with the `alloc-stats` feature (src/alloc_stats.rs) also count what the heap still holds.
const live = () => page.evaluate(() => window.__wasm?.alloc_live_bytes
  ? `${(window.__wasm.alloc_live_bytes() / 1024).toFixed(1)} KB in ${window.__wasm.alloc_live_blocks()} blocks` : null);
// One move: a real key press (trusted, so Event Timing sees it); from the key to the frame that
// shows the new room. The room's below-the-fold part follows in the next task (counted in "longest task").
let unpainted = 0;
const move = async (key, title) => {
  const before = await page.evaluate(() => performance.now());
  await page.keyboard.press(key);
  const t = await page.evaluate(async ([title, before]) => {
    await new Promise((resolve) => {
      const check = () => (document.querySelector("main h1")?.textContent === title ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const key = () => window.__keys.find((k) => k.start > before);
    for (let i = 0; i < 50 && key()?.duration === undefined; i++) await new Promise((r) => setTimeout(r, 20));
    const k = key();
    return { painted: k?.duration ?? NaN, shown: k?.heading === title };
  }, [title, before]);
  // The next frame showed the new room only if it was in the page when that frame began.
  if (!t.shown) unpainted++;
  return t;
};

const rooms = (await (await page.request.get(`${base}/data/museum.json`)).json()).rooms;
const titles = Object.fromEntries(rooms.map((r) => [r.id, r.title.en]));
// Walk the tour forward to its end, then back to its start, and so on: one app, never reloaded.
const times = [];
const samples = {};
let at = 0;
let step = 1;
const wasmEvery = [];
const liveEvery = [];
for (let i = 1; i <= MOVES; i++) {
  if (at + step < 0 || at + step >= tour.length) step = -step;
  at += step;
  const t = await move(step > 0 ? "ArrowRight" : "ArrowLeft", titles[tour[at]]);
  await page.waitForTimeout(LOOK); // the visitor looks at the room (prefetching happens meanwhile)
  if (i <= 20) times.push(t.painted);
  if (i === 5) samples.heap5 = await heap();
  if (i === 50) { samples.heap50 = await heap(); samples.wasm50 = await wasmBytes(); }
  if (i % 50 === 0) wasmEvery.push(`${i}: ${((await wasmBytes()) / 1024).toFixed(0)} KB`);
  if (i % 50 === 0 && (await live())) liveEvery.push(`${i}: ${await live()}`);
}
samples.wasm100 = Number(wasmEvery[1]?.split(": ")[1]?.replace(" KB", "")) * 1024;
// The longest task of the first move (from its key to the second move's) and of all the others.
const { long, keys } = await page.evaluate(() => ({ long: window.__long, keys: window.__keys.map((k) => k.start) }));
const longestIn = (tasks) => Math.max(0, ...tasks.map(([, d]) => d));
const firstLongest = longestIn(long.filter(([s]) => s >= keys[0] - 1 && s < keys[1]));
const longest = longestIn(long);
times.sort((a, b) => a - b);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log("walking, CPU ×4 (headless Chromium, release build)");
console.log(`  → to next room painted  median ${times[10].toFixed(0)} ms, max ${times[19].toFixed(0)} ms (20 moves; Event Timing, key to next frame)`);
if (unpainted) console.log(`  (in ${unpainted} of ${MOVES} moves the next frame did not yet show the new room)`);
// The Long Tasks API reports only tasks over 50 ms: 0 means none.
const over50 = (d) => (d ? `${d.toFixed(0)} ms` : "none over 50 ms");
console.log(`  longest task            ${over50(longest)} (first move ${over50(firstLongest)}; ${rest ? "after a rest on the first room" : "REST=0: walked after 1 s"})`);
console.log(`  JS heap                 ${kb(samples.heap5)} after 5 moves, ${kb(samples.heap50)} after 50`);
console.log(`  wasm memory             ${kb(samples.wasm50)} after 50 moves, ${kb(samples.wasm100)} after 100`);
if (MOVES > 100) console.log(`  wasm memory by moves    ${wasmEvery.join(", ")}`);
if (liveEvery.length) console.log(`  heap still allocated    ${liveEvery.join(", ")}`);
record("walk", { median: times[10], max: times[19], longest, firstLongest, rest, ...samples });
await browser.close();
