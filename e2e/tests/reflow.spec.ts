// Reflow (WCAG 1.4.10) and text resize (1.4.4): every view fits a 320 px screen, and text doubled in size
// at 1280 px, without sideways scrolling; the navigation and the heading stay on screen.
import { test, expect, Page } from "@playwright/test";
import { appReady } from "./helpers";

const routes = [
  "/", "/rooms/niigata", "/rooms/niigata?lang=zh", "/rooms/niigata/niigata-carved-koi", "/map", "/world",
  "/search?q=drum", "/about", "/trails", "/trails/winter-cities", "/trails/winter-cities/3",
  "/trails/winter-cities/notes", "/rooms/niigata/quiz", "/rooms/niigata/worksheet", "/no-such-room",
];

async function fits(page: Page, route: string, width: number) {
  await page.goto(route);
  await appReady(page);
  await page.waitForLoadState("networkidle");
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll, `${route}: page width`).toBeLessThanOrEqual(width);
  await expect(page.locator("main h1").first()).toBeVisible();
  const h1 = await page.locator("main h1").first().boundingBox();
  expect(h1!.x + h1!.width, `${route}: heading inside the screen`).toBeLessThanOrEqual(width + 1);
}

test("every view reflows into 320 px", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of routes) await fits(page, route, 320);
});

test("every view takes text at 200% without sideways scrolling", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = "200%"; });
  });
  for (const route of routes) await fits(page, route, 1280);
});
