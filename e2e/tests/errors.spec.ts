// A missing, failing, slow or damaged data file names itself, offers Retry, and the rest still works.
import { test, expect, Route } from "@playwright/test";
import { appReady, museum } from "./helpers";

const faults: [string, (route: Route) => Promise<void>, RegExp][] = [
  ["404", (r) => r.fulfill({ status: 404, body: "missing" }), /does not exist \(HTTP 404\)/],
  ["500", (r) => r.fulfill({ status: 500, body: "oops" }), /error \(HTTP 500\)/],
  ["html instead of json", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>hi" }), /text\/html instead of JSON/],
  ["truncated", async (r) => {
    const full = await (await r.fetch()).text();
    await r.fulfill({ status: 200, contentType: "application/json", body: full.slice(0, full.length / 2) });
  }, /ends too early \(truncated\)/],
  ["malformed json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: '{"museum": {,}}' }), /not valid JSON/],
  ["wrong shape", (r) => r.fulfill({ status: 200, contentType: "application/json", body: '{"museum": 5, "tour": [], "rooms": []}' }), /at line 1 column \d+: invalid type: integer `5`, expected struct Museum/],
];

for (const [name, fault, message] of faults) {
  test(`museum.json ${name}: named error, Retry recovers`, async ({ page }) => {
    await page.route("**/data/museum.json", fault);
    await page.goto("/");
    await appReady(page);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("data/museum.json");
    await expect(alert).toContainText(message);
    await page.unroute("**/data/museum.json");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbin International Sister Cities Museum");
  });
}

test("a failing room file names the room's file; the rest of the museum stays open", async ({ page }) => {
  const m = await museum(page);
  const broken = m.tour[2];
  await page.route(`**/data/rooms/${broken}.json`, (r) => r.fulfill({ status: 500, body: "down" }));
  await page.goto(`/rooms/${broken}`);
  await appReady(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(`data/rooms/${broken}.json`);
  await expect(alert).toContainText("HTTP 500");
  // Another room still opens.
  await alert.getByRole("link", { name: "Entrance" }).click();
  await page.getByRole("link", { name: new RegExp(m.rooms[4].title.en) }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms[4].title.en);
  // The broken room recovers once the file is back.
  await page.unroute(`**/data/rooms/${broken}.json`);
  await page.goto(`/rooms/${broken}`);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms[2].title.en);
});

test("a room file that answers too slowly times out with Retry, keeping the page usable", async ({ page }) => {
  test.setTimeout(60_000);
  const m = await museum(page);
  const slow = m.tour[1];
  let hold = true;
  await page.route(`**/data/rooms/${slow}.json`, async (r) => {
    if (hold) return; // never answer: the app's 20 s limit must fire
    await r.continue();
  });
  await page.goto(`/rooms/${slow}`);
  // While the app waits, the pre-rendered room is on screen.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms[1].title.en);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(`data/rooms/${slow}.json`, { timeout: 30_000 });
  await expect(alert).toContainText("no answer within 20 seconds");
  hold = false;
  await page.unroute(`**/data/rooms/${slow}.json`);
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms[1].title.en);
});

test("content is shown as text, never as HTML", async ({ page }) => {
  const m = await museum(page);
  const id = m.tour[1];
  const file = await (await page.request.get(`/data/rooms/${id}.json`)).json();
  file.exhibits[0].title.en = '<img src=x onerror="window.__xss=1">Bold claim';
  await page.route(`**/data/rooms/${id}.json`, (r) => r.fulfill({ json: file }));
  await page.goto(`/rooms/${id}`);
  await appReady(page);
  await expect(page.getByText('<img src=x onerror="window.__xss=1">Bold claim')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
});

test("a damaged trails.json names itself on the trail pages, Retry recovers, and rooms still open", async ({ page }) => {
  await page.route("**/data/trails.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: '{"trails": [{"id": 5}]}' }));
  await page.goto("/trails/winter-cities/2");
  await appReady(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("data/trails.json");
  await expect(alert).toContainText(/invalid type/);
  // The rest of the museum does not need the file.
  await page.goto("/rooms/niigata");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Niigata");
  await page.goto("/trails");
  await appReady(page);
  await expect(page.getByRole("alert")).toContainText("data/trails.json");
  await page.unroute("**/data/trails.json");
  await page.getByRole("alert").getByRole("button", { name: "Retry" }).click();
  await expect(page.locator(".trail-card")).toHaveCount(6);
});

test("a page module that cannot be fetched names itself, the rest stays open, and it loads later", async ({ page }) => {
  const m = await museum(page);
  const room = m.rooms[3];
  await page.route("**/split_tour*.wasm", (r) => r.abort("connectionreset"));
  await page.goto(`/rooms/${room.id}`);
  await appReady(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("split_tour.wasm");
  await expect(alert).toContainText("the page's code could not be fetched");
  // Pages in other modules still open from the frame.
  await alert.getByRole("link", { name: "About" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("About");
  // Once the network is back, the same room loads: a failed module is fetched again.
  await page.unroute("**/split_tour*.wasm");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(room.title.en);
  await expect(page.locator("li.card").first()).toBeVisible();
});

test("Retry after a page module failed loads the page", async ({ page }) => {
  const m = await museum(page);
  await page.route("**/split_tour*.wasm", (r) => r.abort("connectionreset"));
  await page.goto("/");
  await appReady(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("split_tour.wasm");
  await page.unroute("**/split_tour*.wasm");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbin International Sister Cities Museum");
  await expect(page.getByRole("link", { name: new RegExp(m.rooms[1].title.en) }).first()).toBeVisible();
});
