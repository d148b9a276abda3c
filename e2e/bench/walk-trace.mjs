// Where a walk's main-thread time goes: walks 15 rooms with → (after 5 to warm up), recording a
// Chromium trace, and prints the renderer main thread's time per trace event name (style, layout, paint,
// script...), summed over the 15 walks and per walk. Unthrottled; it asserts nothing.
//
// usage: node e2e/bench/walk-trace.mjs BASE_URL
import { chromium } from "playwright-core";
import { traceMainThread } from "./trace.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${base}/rooms/harbin`);
await page.waitForLoadState("networkidle");
const walk = async (moves) => {
  for (let i = 0; i < moves; i++) {
    const heading = await page.locator("h1").textContent();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((old) => document.querySelector("h1")?.textContent !== old, heading);
    await page.waitForTimeout(250);
  }
};
await walk(5);
const cdp = await page.context().newCDPSession(page);
const events = await traceMainThread(cdp, () => walk(15));
const sums = new Map();
for (const e of events) {
  sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
}
console.log("main-thread time over 15 walks (ms, and per walk); events nest, so rows overlap");
for (const [name, ms] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(`  ${name.padEnd(18)} ${String(Math.round(ms)).padStart(6)}  ${(ms / 15).toFixed(1).padStart(6)}`);
}
await browser.close();
