// Offline: after one visit and "Save the whole museum", the tour works with the network gone,
// answered by the service worker, including rooms never opened before.
import { test, expect } from "@playwright/test";
import { appReady, museum } from "./helpers";

test.use({ serviceWorkers: "allow" });

test("saved once, the museum opens offline: three new rooms and an exhibit, all from the service worker", async ({ page, context }) => {
  const m = await museum(page);
  await page.goto("/about");
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole("button", { name: "Save the whole museum for offline use" }).click();
  await expect(page.locator(".offline-status")).toContainText("Saved: all", { timeout: 120_000 });

  await context.setOffline(true);
  const responses: { url: string; fromWorker: boolean }[] = [];
  page.on("response", (r) => responses.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this tour");

  // Three rooms never opened before, one after the other, then an exhibit.
  const rooms = m.tour.slice(5, 8);
  for (const id of rooms) {
    await page.goto(`/rooms/${id}`);
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms.find((r: any) => r.id === id).title.en);
    await expect(page.locator(".cards .card").first()).toBeVisible();
  }
  await page.locator(".cards .card a").first().click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${rooms[2]}/`));
  const img = page.locator(".exhibit-figure img, figure img").first();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);

  const own = responses.filter((r) => new URL(r.url).origin === new URL(page.url()).origin);
  expect(own.length).toBeGreaterThan(5);
  expect(own.filter((r) => !r.fromWorker).map((r) => r.url)).toEqual([]);
  await context.setOffline(false);
});
