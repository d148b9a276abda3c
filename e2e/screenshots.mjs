// Takes desktop (1280×800) and phone (360×740) screenshots of some routes of a served site.
// Usage: node e2e/screenshots.mjs BASE_URL OUT_DIR [route ...]
import { chromium } from "@playwright/test";
import { mkdir } from "node:fs/promises";

const [base = "http://127.0.0.1:8080", out = "target/screenshots", ...given] = process.argv.slice(2);
const routes = given.length ? given : ["/", "/rooms/harbin", "/rooms/niigata/niigata-taiko-drum", "/about"];
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
for (const [name, viewport] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  for (const route of routes) {
    await page.goto(base + route, { waitUntil: "networkidle" });
    await page.waitForFunction(() => !document.body.classList.contains("booting"));
    // A full-page capture reaches past the screen, where `content-visibility: auto` parts are not drawn
    // until scrolled near: draw them, as a visitor scrolling down would see them.
    if (process.env.FULL === "1") await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
    const file = `${out}/${name}${route.replace(/[/?=&]+/g, "_") || "_"}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
    console.log(file);
  }
  await page.close();
}
await browser.close();
