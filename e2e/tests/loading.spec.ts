// A deep link loads the app in parallel and fetches nothing twice: the pre-rendered page names the data
// files and the page module its app needs (`app-preload`), the loader preloads them alongside the main
// module, and the app's own requests are then answered by those preloads.
import { test, expect } from "@playwright/test";
import { appReady } from "./helpers";

test("a room's data and page module are preloaded with the main module, and each file is fetched once", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("/rooms/niigata");
  await appReady(page);
  await expect(page.locator("li.card").first()).toBeVisible();
  const hinted = (await page.locator("meta[name=app-preload]").getAttribute("content"))!.split(" ");
  expect(hinted).toContain("/data/museum.json");
  expect(hinted).toContain("/data/rooms/niigata.json");
  expect(hinted.some((f) => /^\/split_tour-[0-9a-f]+\.wasm$/.test(f))).toBeTruthy();
  for (const file of hinted) {
    expect(fetched.filter((f) => f === file), file).toHaveLength(1);
  }
  // The room file is asked for before the main module, not after the app has started.
  const main = fetched.findIndex((f) => /_bg\.wasm$/.test(f));
  expect(main).toBeGreaterThan(-1);
  expect(fetched.indexOf("/data/rooms/niigata.json")).toBeLessThan(main);
});

// The pre-rendered room has the app's sections in the app's places, so the app takes over without moving
// what the visitor is reading: the heading, the exhibits, the doors and the walk stay where they were.
for (const [width, height] of [[360, 740], [1280, 800]]) {
  test(`the app takes the pre-rendered room's place without moving it (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/harbin-museum-*_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/rooms/niigata");
    const tops = () =>
      page.evaluate(() =>
        ["h1", "#exhibits-title", "#doors-title", ".walk", ".plan.compact"].map((s) =>
          Math.round(document.querySelector(s)!.getBoundingClientRect().top),
        ),
      );
    await expect(page.locator("#prerender h1")).toHaveText("Niigata");
    const before = await tops();
    release();
    await appReady(page);
    await expect(page.locator("#prerender")).toHaveCount(0);
    expect(await tops()).toEqual(before);
  });
}
