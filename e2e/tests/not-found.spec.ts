// Unknown addresses get a helpful page with a way on, never a blank screen.
import { test, expect } from "@playwright/test";
import { appReady, museum } from "./helpers";

test("an unknown room answers 404 with a helpful page", async ({ page }) => {
  const res = await page.goto("/rooms/atlantis");
  expect(res?.status()).toBe(404);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveTitle("Page not found");
  const m = await museum(page);
  await page.getByRole("link", { name: m.rooms[5].title.en, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${m.rooms[5].id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms[5].title.en);
});

test("an unknown exhibit in a real room is not found, with the way to the entrance", async ({ page }) => {
  const m = await museum(page);
  await page.goto(`/rooms/${m.tour[1]}/no-such-exhibit`);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("main").getByRole("link", { name: "Entrance" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.museum.name.en);
});

test("a mistyped path inside the app is not found too", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => {
    history.pushState({}, "", "/no/such/place");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
