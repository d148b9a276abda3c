// The world map: every sister city is on it and in the table, links to its room, and filters narrow both.
import { test, expect } from "@playwright/test";
import { appReady, museum } from "./helpers";

test("every sister city is on the map and in the table, and a city on the map walks into its room", async ({ page }) => {
  const m = await museum(page);
  const cities = m.rooms.filter((r: any) => r.kind === "sister-city");
  expect(cities).toHaveLength(27);
  await page.goto("/world");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbin's sister cities around the world");
  await expect(page.locator(".world-map .world-city:not(.world-hub)")).toHaveCount(27);
  await expect(page.locator(".world-table tbody tr")).toHaveCount(27);
  // One route per city, at least (a route crossing the map's edge would be split in two).
  expect(await page.locator(".world-route").count()).toBeGreaterThanOrEqual(27);

  // No route jumps across the map: consecutive points of a path stay close.
  const longest = await page.locator(".world-route").evaluateAll((paths) =>
    Math.max(...paths.map((p) => {
      const pts = (p.getAttribute("d") ?? "").slice(1).split("L").map((xy) => xy.split(",").map(Number));
      return Math.max(...pts.slice(1).map(([x, y], i) => Math.hypot(x - pts[i][0], y - pts[i][1])));
    })));
  expect(longest).toBeLessThan(100);

  const city = cities.find((r: any) => r.id === "minneapolis") ?? cities[0];
  const dot = page.locator(`.world-map [data-room="${city.id}"]`);
  await expect(dot).toHaveAttribute("aria-label", new RegExp(city.title.en));
  await dot.click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${city.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(city.title.en);
});

test("the decade and continent filters narrow the map and the table, and live in the URL", async ({ page }) => {
  await page.goto("/world");
  await appReady(page);
  await page.getByRole("group", { name: "Continent" }).getByRole("link", { name: "South America" }).click();
  await expect(page).toHaveURL(/continent=south-america/);
  await expect(page.locator(".world-table tbody tr")).toHaveCount(2); // Salvador, Punta Arenas
  await expect(page.locator(".world-map .world-city:not(.world-hub)")).toHaveCount(2);
  await expect(page.locator(".world-count")).toHaveText("2 of 27 sister cities");

  await page.goto("/world?decade=1990");
  await appReady(page);
  const rows = page.locator(".world-table tbody tr td:nth-child(3)");
  const dates = await rows.allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d).toMatch(/199\d/);
  await page.goBack();
  await expect(page).toHaveURL(/continent=south-america/);
  await expect(page.locator(".world-table tbody tr")).toHaveCount(2);
});

test("the map's cities are reachable by keyboard and the page works in Chinese", async ({ page }) => {
  await page.goto("/world?lang=zh");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("哈尔滨的友好城市遍布世界");
  const first = page.locator(".world-map .world-city").first();
  await first.focus();
  await expect(first.locator(".world-label")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/rooms\/[a-z-]+\?lang=zh$/);
});

test("every view fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ["/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi", "/map", "/world", "/search?q=drum", "/about"]) {
    await page.goto(route);
    await appReady(page);
    await page.waitForLoadState("networkidle");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, route).toBeLessThanOrEqual(360);
  }
});
