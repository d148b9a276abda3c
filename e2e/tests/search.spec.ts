// Search: English and Chinese words find known exhibits, facets narrow, the URL reproduces a search.
import { test, expect } from "@playwright/test";
import { appReady, room } from "./helpers";

test("a word from a known exhibit finds it, in English and in Chinese", async ({ page }) => {
  const niigata = await room(page, "niigata");
  const koi = niigata.exhibits.find((e: any) => e.id === "niigata-carved-koi");
  await page.goto("/search");
  await appReady(page);
  const box = page.getByRole("searchbox", { name: "Search the museum" });
  await expect(box).toBeFocused();
  await box.pressSequentially("koi");
  await expect(page).toHaveURL(/\/search\?q=koi$/);
  const hit = page.locator(".hit a", { hasText: koi.title.en }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator("mark").first()).toHaveText(/koi/i);
  await hit.click();
  await expect(page).toHaveURL(/\/rooms\/niigata\/niigata-carved-koi$/);

  await page.goto("/search?lang=zh");
  await appReady(page);
  const zhBox = page.getByRole("searchbox", { name: "搜索博物馆" });
  await zhBox.fill("锦鲤");
  await expect(page.locator(".hit", { hasText: koi.title.zh })).toBeVisible();
  await expect(page).toHaveURL(/q=%E9%94%A6%E9%B2%A4/);
});

test("a typo is forgiven and a facet narrows the results", async ({ page }) => {
  await page.goto("/search?q=drumm ");
  await appReady(page);
  await expect(page.locator(".hit").first()).toBeVisible();
  await page.goto("/search?q=drum");
  await appReady(page);
  const count = async () => Number((await page.locator(".search-count").textContent())?.match(/\d+/)?.[0]);
  await expect(page.locator(".hit").first()).toBeVisible();
  const all = await count();
  const chip = page.getByRole("group", { name: "Category" }).getByRole("link", { name: /Musical instrument/ });
  const expected = Number((await chip.textContent())?.match(/\((\d+)\)/)?.[1]);
  await chip.click();
  await expect(page).toHaveURL(/category=musical-instrument/);
  await expect(page.locator(".hit")).toHaveCount(expected);
  expect(expected).toBeLessThan(all);
  for (const kind of await page.locator(".hit-kind").allTextContents()) expect(kind).toMatch(/^Musical instrument/);
});

test("the URL reproduces a search, and the back button returns to it", async ({ page }) => {
  await page.goto("/search?q=stamps&country=JP");
  await appReady(page);
  await expect(page.getByRole("searchbox", { name: "Search the museum" })).toHaveValue("stamps");
  await expect(page.locator(".hit").first()).toBeVisible();
  const titles = await page.locator(".hit-title").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const kind of await page.locator(".hit-kind").allTextContents()) expect(kind).toContain("Japan");
  await expect(page.getByRole("group", { name: "Country" }).locator("[aria-current]")).toContainText("Japan");
  await page.locator(".hit a").first().click();
  await expect(page).toHaveURL(/\/rooms\//);
  await page.goBack();
  await expect(page).toHaveURL(/q=stamps&country=JP/);
  await expect(page.locator(".hit-title")).toHaveText(titles);
});

test("the header box and the / key reach search from any page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/rooms/harbin");
  await appReady(page);
  await page.keyboard.press("/");
  const header = page.locator("#site-search");
  await expect(header).toBeFocused();
  await header.fill("balalaika");
  await header.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=balalaika$/);
  await expect(page.locator(".hit").first()).toContainText(/balalaika/i);
  // On the search page, / focuses the page's own box.
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.locator("#search-q")).toBeFocused();
});

test("single-key shortcuts can be switched off, and the choice is remembered", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/rooms/harbin");
  await appReady(page);
  const toggle = page.getByRole("checkbox", { name: /Single-key shortcuts/ });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("checkbox", { name: /Single-key shortcuts/ })).not.toBeChecked();
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.locator("#site-search")).not.toBeFocused();
  await expect(page).toHaveURL(/\/rooms\/harbin$/);
});

// The index of the whole collection is built a few rooms per task (src/collection.rs), so the page
// answers while it builds; every room's exhibits are in it all the same, the last room's included.
test("the index is built in several short steps and holds the last room's exhibits", async ({ page }) => {
  const m = await (await page.request.get("/data/museum.json")).json();
  const last = await room(page, m.tour[m.tour.length - 1]);
  const exhibit = last.exhibits[last.exhibits.length - 1];
  await page.goto(`/search?q=${encodeURIComponent(exhibit.title.en)}`);
  await appReady(page);
  await expect(page.locator(".hit a", { hasText: exhibit.title.en }).first()).toBeVisible();
  await expect(page.locator(".search-status")).toHaveCount(0);
  const steps = await page.evaluate(() => {
    const whole = performance.getEntriesByName("search-build").at(-1)!;
    return performance.getEntriesByName("search-build-slice").filter((e) => e.startTime >= whole.startTime).length;
  });
  expect(steps).toBeGreaterThan(1);
});
