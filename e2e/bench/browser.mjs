// The benches' browser: Debian's Chromium, headless, with the flags that keep it off the network here, and
// page evaluation over CDP that adds no work of Playwright's own to the page's main thread.
import { chromium } from "playwright-core";
import { traceMainThread } from "./trace.mjs";

/** Launches Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with the benches' flags and any `extra`. */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", ...extra],
  });
}

/** Evaluates `expression` in the page over CDP and returns its value. Not `page.evaluate`: Playwright
 * would first evaluate its own injected script in the page, a long task of its own (10-50 ms unthrottled, traced)
 * that the long-task observer would count as the app's. */
export async function evaluate(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
  return result.value;
}

/** Polls `expression` every 50 ms until it is truthy (60 s at most), and returns its value. */
export async function until(cdp, expression) {
  for (const end = Date.now() + 60_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const value = await evaluate(cdp, expression).catch(() => undefined);
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/** Loads `url` cold (a new phone-sized context, 360 × 740 at 2×) and records a trace of the renderer's
 * main thread (trace.mjs) until the app has taken over from the pre-rendered page and 1.5 s more. Then
 * runs `after(page)` on the drawn page, if given, and returns `{ events, after }`. */
export async function traceColdLoad(browser, url, categories, after) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = await traceMainThread(cdp, async () => {
    await page.goto(url);
    await until(cdp, `!document.body.classList.contains("booting") && !document.getElementById("prerender")`);
    await page.waitForTimeout(1500);
  }, categories);
  const result = after ? await after(page) : undefined;
  await context.close();
  return { events, after: result };
}
