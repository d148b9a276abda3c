// Lighthouse (npm lighthouse@12.2.3, mobile defaults: simulated Slow 4G, CPU ×4) on the entrance, a room
// and an exhibit of a served release build. Each page runs RUNS times (default 3); one row per page gives
// the median of each number, and the range of the performance score. It asserts nothing.
//
// usage: [RUNS=3] [PAGES=/,/rooms/niigata] node e2e/bench/lighthouse.mjs BASE_URL
import { execFileSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { lcpElements } from "./lcp-element.mjs";
import { record } from "./results.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const runs = Number(process.env.RUNS ?? 3);
const pages = process.env.PAGES?.split(",") ?? ["/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi"];
const flags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking " +
  "--disable-component-update --disable-sync";
mkdirSync("target/lighthouse", { recursive: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`Lighthouse 12.2.3, mobile defaults (simulated Slow 4G, CPU ×4), median of ${runs} runs`);
console.log("page | perf (range) | a11y | best | seo | FCP | LCP | TBT | CLS | LCP element");
const elements = await lcpElements(pages.map((p) => base + p));
const results = {};
for (const [n, page] of pages.entries()) {
  const reports = [];
  for (let i = 0; i < runs; i++) {
    const out = `target/lighthouse/${page.replace(/\//g, "_") || "_"}-${i}.json`;
    execFileSync("npx", ["lighthouse", base + page, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${flags}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: "ignore" });
    reports.push(JSON.parse(readFileSync(out, "utf8")));
  }
  const score = (k) => median(reports.map((r) => Math.round(r.categories[k].score * 100)));
  const perf = reports.map((r) => Math.round(r.categories.performance.score * 100));
  const ms = (k) => median(reports.map((r) => r.audits[k].numericValue));
  const sec = (k) => `${(ms(k) / 1000).toFixed(1)} s`;
  const lcp = JSON.stringify(reports[0].audits["largest-contentful-paint-element"]?.details ?? {}).match(/"snippet":"((?:[^"\\]|\\.)*)"/);
  results[page] = {
    performance: score("performance"), performanceMin: Math.min(...perf), performanceMax: Math.max(...perf),
    accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo"),
    lcp: ms("largest-contentful-paint"), tbt: ms("total-blocking-time"), cls: ms("cumulative-layout-shift"),
  };
  console.log([page, `${score("performance")} (${Math.min(...perf)}–${Math.max(...perf)})`, score("accessibility"),
    score("best-practices"), score("seo"), sec("first-contentful-paint"), sec("largest-contentful-paint"),
    `${Math.round(ms("total-blocking-time"))} ms`, ms("cumulative-layout-shift").toFixed(2),
    lcp ? lcp[1].slice(0, 60) : `${elements[n]} (from the browser; Lighthouse's gatherer fails here)`].join(" | "));
}
record("lighthouse", { runs, pages: results });
