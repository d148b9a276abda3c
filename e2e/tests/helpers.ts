import { expect, Page } from "@playwright/test";

/** Waits until the app has taken over from the pre-rendered page. */
export async function appReady(page: Page) {
  await expect(page.locator("body")).not.toHaveClass(/booting/);
  await expect(page.locator("#prerender")).toHaveCount(0);
}

/** The museum's data, read from the served site. */
export async function museum(page: Page) {
  const res = await page.request.get("/data/museum.json");
  expect(res.ok()).toBeTruthy();
  return res.json();
}

/** A room's data file. */
export async function room(page: Page, id: string) {
  const res = await page.request.get(`/data/rooms/${id}.json`);
  expect(res.ok()).toBeTruthy();
  return res.json();
}
