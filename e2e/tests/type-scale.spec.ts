// The type scale (style/main.css): each family, size and weight a page shows is a font the browser looks
// up from the system on first use, a round trip to the browser process each on Linux and ChromeOS, so
// the views keep to a few of them (docs/performance.md, "Fonts"). Before the scale a room used 15.
import { test, expect, Page } from "@playwright/test";
import { appReady } from "./helpers";

const routes = [
  "/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi", "/map", "/world", "/search?q=drum", "/about",
  "/trails", "/trails/winter-cities/3", "/rooms/niigata/quiz",
];
// Body text and its two smaller steps, each in 400 and 600; the serif headings; Chinese names.
const MOST = 10;

/** The distinct family, size, weight and style of every visible text node, as "family|size|weight|style". */
async function faces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || !node.textContent!.trim() || !el.checkVisibility()) continue;
      const s = getComputedStyle(el);
      seen.add([s.fontFamily.split(",")[0], s.fontSize, s.fontWeight, s.fontStyle].join("|"));
    }
    return [...seen].sort();
  });
}

for (const width of [360, 1280]) {
  test(`each view uses at most ${MOST} faces at ${width} px`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 800 });
    for (const route of routes) {
      await page.goto(route);
      await appReady(page);
      await page.waitForLoadState("networkidle");
      const used = await faces(page);
      expect(used.length, `${route}:\n${used.join("\n")}`).toBeLessThanOrEqual(MOST);
      // Only the two weights of the scale (the browser's bold, 700, is mapped to 600 too).
      const weights = new Set(used.map((f) => f.split("|")[2]));
      expect([...weights].filter((w) => w !== "400" && w !== "600"), route).toEqual([]);
    }
  });
}
