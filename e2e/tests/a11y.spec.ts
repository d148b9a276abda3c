// Accessibility: axe-core finds no violations on any view, at desktop and phone sizes, scanned
// after the content has loaded, with no rules disabled and nothing excluded.
import { test, expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { appReady } from "./helpers";

const routes: [string, string][] = [
  ["/", ".rooms-list, main h1"],
  ["/rooms/niigata", ".cards .card"],
  ["/rooms/niigata?lang=zh", ".cards .card"],
  ["/rooms/niigata/niigata-carved-koi", ".exhibit-figure img"],
  ["/map", ".plan-room"],
  ["/world", ".world-table tbody tr"],
  ["/search?q=drum", ".hit"],
  ["/about", ".offline-save, .offline-note"],
  ["/no-such-room", "main h1"],
];
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

async function scan(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n"));
}

for (const [size, viewport] of Object.entries(sizes)) {
  for (const [route, ready] of routes) {
    test(`no axe violations: ${route} (${size})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(route);
      await appReady(page);
      await expect(page.locator(ready).first()).toBeVisible();
      expect(await scan(page), "axe violations").toEqual([]);
    });
  }
}
