// What pictures cost: for each page loaded cold at 360 × 740, the images fetched (shown or fetched
// ahead) and the SVG images the browser built (each one an SVG document built on the main thread; the
// favicon is one too) until 1.5 s after the app took over; then ten room walks at 1280 × 800 and at
// 360 × 740, with the SVG images built and their main-thread time. Unthrottled; it asserts nothing.
//
// usage: node e2e/bench/pictures.mjs BASE_URL
import { launch, until } from "./browser.mjs";
import { traceMainThread } from "./trace.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const pages = ["/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi"];
const browser = await launch();
const SVG = "IsolatedSVGDocumentHost::IsolatedSVGDocumentHost";
const svgs = (events) => {
  const built = events.filter((e) => e.name === SVG);
  return `${built.length} (${built.reduce((ms, e) => ms + e.dur / 1000, 0).toFixed(0)} ms)`;
};
const ready = `!document.body.classList.contains("booting") && !document.getElementById("prerender")`;

console.log("page (cold, 360 × 740) | images shown | pictures fetched ahead | SVG images built (main thread)");
for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const asked = { image: 0, fetch: 0 };
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/images/") && r.resourceType() in asked) asked[r.resourceType()]++;
  });
  const events = await traceMainThread(cdp, async () => {
    await page.goto(base + path);
    await until(cdp, ready);
    await page.waitForTimeout(1500);
  }, "devtools.timeline,blink");
  console.log(`${path} | ${asked.image} | ${asked.fetch} | ${svgs(events)}`);
  await context.close();
}

console.log("ten room walks (→, 1.5 s apart) | SVG images built (main thread)");
for (const [width, height] of [[1280, 800], [360, 740]]) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(base + "/rooms/harbin");
  await until(cdp, ready);
  await page.waitForTimeout(1500);
  const events = await traceMainThread(cdp, async () => {
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(1500);
    }
  }, "devtools.timeline,blink");
  console.log(`${width} × ${height} | ${svgs(events)}`);
  await context.close();
}
await browser.close();
