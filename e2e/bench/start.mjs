// First-view benchmark in headless Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate,
// real time, not Lighthouse's simulation): a phone-sized page loads the entrance, a room and an exhibit
// RUNS times (7) each; for each load, the blocking time after the first contentful paint (the sum of each
// long task's time over 50 ms, as Lighthouse's TBT counts it) and the longest task, until the app has
// taken over from the pre-rendered page, and the main thread's busy time in all (CDP Performance.getMetrics
// TaskDuration, to 1.5 s after that). Prints medians and ranges; asserts nothing. PAGES=/,/about picks pages.
//
// usage: node e2e/bench/start.mjs BASE_URL        (a served release build, e.g. http://127.0.0.1:4173)
import { launch, until, evaluate } from "./browser.mjs";
import { record } from "./results.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const RUNS = Number(process.env.RUNS ?? 7);
const PAGES = process.env.PAGES?.split(",") ?? ["/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi"];
const browser = await launch();

/** One cold load: blocking time after FCP, the longest task, and when the app took over (ms). */
async function load(path) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.CPU_RATE ?? 4) });
  await cdp.send("Performance.enable");
  await page.goto(base + path);
  const ready = await until(cdp, `!document.body.classList.contains("booting") && !document.getElementById("prerender")
    && performance.now()`);
  await page.waitForTimeout(1500);
  const r = await evaluate(cdp, `(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const after = window.__long.filter(([s]) => s >= fcp);
    return {
      fcp,
      blocking: after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...window.__long.map(([, d]) => d)),
    };
  })()`);
  // The renderer's main thread, busy in all (tasks of any length), in ms: steadier than long tasks.
  const { metrics } = await cdp.send("Performance.getMetrics");
  const busy = 1000 * (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0);
  await context.close();
  return { ...r, ready, busy };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
console.log(`First view, CPU ×${process.env.CPU_RATE ?? 4} (real time), 360×740, medians of ${RUNS} loads (range):`);
console.log("| page | blocking after FCP (ms) | longest task (ms) | main thread busy (ms) | FCP (ms) | app ready (ms) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
const results = {};
for (const path of PAGES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load(path));
  const col = (k) => fmt(runs.map((r) => r[k]));
  results[path] = { blocking: median(runs.map((r) => r.blocking)), longest: median(runs.map((r) => r.longest)) };
  console.log(`| \`${path}\` | ${col("blocking")} | ${col("longest")} | ${col("busy")} | ${col("fcp")} | ${col("ready")} |`);
}
record("start", { cpu: Number(process.env.CPU_RATE ?? 4), pages: results });
await browser.close();
