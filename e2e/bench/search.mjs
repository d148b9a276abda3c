// Search benchmark in headless Chromium, on the real app: for a synthetic catalogue of N exhibits
// (museum-tools synth), it times building the index after the room files load (start to end, and
// the time of the tasks it is built in, a few rooms each), and every keystroke
// of some typed queries: the search itself (`search-query`) and input-to-next-frame, the whole
// reactive update and DOM work (`search-keystroke`). It prints numbers; it asserts nothing.
//
// usage: node e2e/bench/search.mjs DIST [N ...]     (DIST: a release build, e.g. target/e2e-dist)
import { launch } from "./browser.mjs";
import { record } from "./results.mjs";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

const [dist = "target/e2e-dist", ...sizes] = process.argv.slice(2);
const counts = sizes.length ? sizes.map(Number) : [1048, 100000];
const queries = ["drum", "magdeburg stamps", "balalayka", "taiko drum niigata", "邮票", "俄罗斯 乐器", "painting 1995"];

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms (${s.length} keystrokes)`;
};

const browser = await launch();
for (const [i, n] of counts.entries()) {
  const synth = `target/synth-${n}`;
  if (!existsSync(join(synth, "data/museum.json"))) {
    execFileSync("cargo", ["run", "-q", "--release", "-p", "museum-tools", "--", "synth", synth, `--exhibits=${n}`], { stdio: "inherit" });
  }
  const site = `target/bench-site-${n}`;
  rmSync(site, { recursive: true, force: true });
  cpSync(dist, site, { recursive: true, filter: (p) => !p.startsWith(join(dist, "data")) });
  cpSync(synth, site, { recursive: true });
  const port = 4300 + i;
  const server = spawn("node", ["e2e/server.mjs", site, String(port)], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const page = await browser.newPage();
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/search`);
    await page.waitForFunction(() => {
      const done = performance.getEntriesByName("search-build").length >= 2;
      return done && !document.querySelector(".search-status");
    }, null, { timeout: 600_000, polling: 200 });
    const load = Date.now() - started;
    // The last build: from start to end, and its tasks' time alone (it runs a few rooms per task).
    const [build, busy, tasks] = await page.evaluate(() => {
      const whole = performance.getEntriesByName("search-build").at(-1);
      const slices = performance.getEntriesByName("search-build-slice").filter((e) => e.startTime >= whole.startTime);
      return [whole.duration, slices.reduce((a, e) => a + e.duration, 0), slices.map((e) => e.duration)];
    });
    // Event Timing: every input event's time to the next paint (what INP measures), in 8 ms steps.
    await page.evaluate(() => {
      window.__inputs = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === "input") window.__inputs.push([e.duration, e.processingEnd - e.processingStart]);
      }).observe({ type: "event", durationThreshold: 16, buffered: false });
    });
    const box = page.locator("#search-q");
    await page.evaluate(() => { performance.clearMeasures("search-query"); performance.clearMeasures("search-keystroke"); });
    for (const q of queries) {
      await box.fill("");
      for (const ch of q) {
        // Chinese arrives as an IME would deliver it: inserted text, one input event per character.
        if (/[\x21-\x7e]/.test(ch)) await box.press(ch);
        else if (ch === " ") await box.press("Space");
        else await page.keyboard.insertText(ch);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(100);
    }
    const [search, keystroke] = await page.evaluate(() => ["search-query", "search-keystroke"]
      .map((name) => performance.getEntriesByName(name).map((e) => e.duration)));
    const slow = await page.evaluate(() => window.__inputs);
    console.log(`${n} exhibits (headless Chromium, wasm release build)`);
    console.log(`  load page + 28 room files ${load} ms`);
    console.log(`  build index          ${build.toFixed(1)} ms start to end` + (tasks.length
      ? `; its ${tasks.length} tasks ${busy.toFixed(1)} ms, longest ${Math.max(...tasks).toFixed(1)} ms` : ""));
    console.log(`  search per keystroke ${stats(search)}`);
    console.log(`  keystroke to page    ${stats(keystroke)}`);
    console.log(`  input to next paint  over 16 ms for ${slow.length} of ${keystroke.length} keystrokes` +
      (slow.length ? ` (worst ${Math.max(...slow.map((x) => x[0]))} ms)` : ""));
    if (slow.length) console.log(`  of those, handler + reactive DOM update ${stats(slow.map((x) => x[1]))}`);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    record(`search-${n}`, { exhibits: n, build, busy, tasks: tasks.length, longest: Math.max(...tasks), query: median(search), keystroke: median(keystroke) });
    await page.close();
  } finally {
    server.kill();
  }
}
await browser.close();
