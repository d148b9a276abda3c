// The element behind Largest Contentful Paint, read from the browser's own LCP entries in a phone-sized
// page (Lighthouse 12.2.3 cannot name it on this Chromium: its element gatherer fails).
import { chromium } from "playwright-core";

/** Loads each URL once and returns, per URL, "tag.class “text…” at N ms" for the last LCP entry. */
export async function lcpElements(urls) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic"],
  });
  const out = [];
  for (const url of urls) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((list) => window.__lcp.push(...list.getEntries().map((e) => {
        const el = e.element;
        const what = el ? `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""}` : "(removed)";
        const text = el ? (e.url ? e.url.split("/").pop() : (el.textContent ?? "").trim().slice(0, 32) + "…") : "";
        const kept = el ? (el.closest("#prerender") ? "pre-rendered" : "drawn by the app") : "";
        return `${what} “${text}” (${kept}) at ${Math.round(e.startTime)} ms`;
      }))).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    const entries = await page.evaluate(() => window.__lcp);
    out.push(entries.at(-1) ?? "none");
    await ctx.close();
  }
  await browser.close();
  return out;
}
