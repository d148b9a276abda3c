// Lighthouse (npm lighthouse@12.2.3, mobile defaults: simulated Slow 4G, CPU ×4) on the entrance, a room
// and an exhibit of a served release build, printing one row per page. It asserts nothing.
//
// usage: node e2e/bench/lighthouse.mjs BASE_URL
import { execFileSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const pages = ["/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi"];
const flags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking " +
  "--disable-component-update --disable-sync";
mkdirSync("target/lighthouse", { recursive: true });
console.log("Lighthouse 12.2.3, mobile defaults (simulated Slow 4G, CPU ×4)");
console.log("page | perf | a11y | best | seo | FCP | LCP | TBT | CLS | LCP element");
for (const page of pages) {
  const out = `target/lighthouse/${page.replace(/\//g, "_") || "_"}.json`;
  execFileSync("npx", ["lighthouse", base + page, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: "ignore" });
  const r = JSON.parse(readFileSync(out, "utf8"));
  const score = (k) => Math.round(r.categories[k].score * 100);
  const a = (k) => r.audits[k].displayValue;
  const lcp = JSON.stringify(r.audits["largest-contentful-paint-element"]?.details ?? {}).match(/"snippet":"((?:[^"\\]|\\.)*)"/);
  console.log([page, score("performance"), score("accessibility"), score("best-practices"), score("seo"),
    a("first-contentful-paint"), a("largest-contentful-paint"), a("total-blocking-time"), a("cumulative-layout-shift"),
    lcp ? lcp[1].slice(0, 60) : "not reported (Lighthouse 12.2.3's element gatherer fails on this Chromium)"].join(" | "));
}
