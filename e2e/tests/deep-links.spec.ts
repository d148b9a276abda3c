// Every URL answers 200 from a plain static host, already carrying its title and text.
import { test, expect } from "@playwright/test";
import { appReady, museum, room } from "./helpers";

test("every route answers 200 with its own title, with and without a trailing slash", async ({ page, request }) => {
  const m = await museum(page);
  const routes: [string, string, string?][] = [
    ["/", m.museum.name.en],
    ["/about", "About this tour"],
    ["/map", "Floor plan"],
    ["/world", "World map", "Harbin's sister cities around the world"],
    ["/search", "Search", "Search the collection"],
  ];
  for (const r of m.rooms) {
    routes.push([`/rooms/${r.id}`, r.title.en]);
    const file = await room(page, r.id);
    for (const e of file.exhibits) routes.push([`/rooms/${r.id}/${e.id}`, e.title.en]);
  }
  expect(routes.length).toBeGreaterThan(250);
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  for (const [route, title, heading = title] of routes) {
    for (const url of route === "/" ? [route] : [route, `${route}/`]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()["content-type"], url).toContain("text/html");
      const html = await res.text();
      expect(html, url).toContain(`<title>${esc(title)}`);
      expect(html, url).toContain('property="og:title"');
      expect(html, url).toContain(`<h1>${esc(heading)}</h1>`);
    }
  }
});

test("reloading a deep link shows the same exhibit", async ({ page }) => {
  const m = await museum(page);
  const r = await room(page, m.tour[3]);
  const e = r.exhibits[2];
  await page.goto(`/rooms/${r.id}/${e.id}/`);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(e.title.en);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(e.title.en);
  await expect(page.getByRole("img", { name: e.image.alt.en })).toBeVisible();
});

test("without scripts, the pre-rendered page is readable and its links work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const m = await museum(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.museum.name.en);
  await expect(page.getByText("You are reading the simple version of this tour")).toBeVisible();
  await expect(page.getByText("09:00–17:00")).toBeVisible();
  await page.getByRole("link", { name: new RegExp(m.rooms[2].title.en) }).first().click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${m.rooms[2].id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms[2].title.en);
  await context.close();
});

test("robots.txt and the favicon are served", async ({ request }) => {
  expect((await request.get("/robots.txt")).status()).toBe(200);
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("every classroom route answers 200 with its own title and heading", async ({ page, request }) => {
  const m = await museum(page);
  const { trails } = await (await request.get("/data/trails.json")).json();
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  // [route, document title, the page's heading as pre-rendered HTML]
  const routes: [string, string, string][] = [["/trails", "Trails for classes", "Trails for classes"]];
  // A worksheet's heading is its title, under the eyebrow "Harbin Sister Cities Museum · Worksheet".
  const sheet = (title: string) => `· Worksheet</p><h1>${esc(title)}</h1>`;
  for (const t of trails) {
    const title = t.title.en;
    routes.push([`/trails/${t.id}`, `${title} · Trails`, `<h1>${esc(title)}</h1>`]);
    routes.push([`/trails/${t.id}/notes`, `Lesson notes · ${title}`, esc(`Lesson notes: ${title}`)]);
    routes.push([`/trails/${t.id}/quiz`, `Quiz · ${title}`, esc(`Quiz: ${title}`)]);
    routes.push([`/trails/${t.id}/worksheet`, `Worksheet · ${title}`, sheet(title)]);
    t.stops.forEach((_: unknown, i: number) => routes.push([`/trails/${t.id}/${i + 1}`, "", `Stop ${i + 1} of ${t.stops.length}`]));
  }
  for (const r of m.rooms) {
    routes.push([`/rooms/${r.id}/quiz`, `Quiz · ${r.title.en}`, esc(`Quiz: ${r.title.en}`)]);
    routes.push([`/rooms/${r.id}/worksheet`, `Worksheet · ${r.title.en}`, sheet(r.title.en)]);
  }
  for (const [route, title, heading] of routes) {
    const res = await request.get(route);
    expect(res.status(), route).toBe(200);
    const html = await res.text();
    expect(html, route).toContain(`<title>${esc(title)}`);
    expect(html, route).toContain(heading);
  }
});
