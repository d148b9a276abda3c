// Privacy: no request leaves the site's own origin, and nothing sets a cookie.
import { test, expect } from "@playwright/test";
import { appReady } from "./helpers";

test("a walk through the tour asks only the site itself and stores no cookies", async ({ page, context, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (r) => origins.add(new URL(r.url()).origin));
  for (const route of ["/", "/rooms/harbin", "/rooms/niigata/niigata-carved-koi", "/map", "/world", "/search?q=drum", "/trails", "/trails/winter-cities/2", "/rooms/niigata/quiz", "/rooms/niigata/worksheet", "/about"]) {
    await page.goto(route);
    await appReady(page);
    await page.waitForLoadState("networkidle");
  }
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe("");
});
