// A visitor walks the museum with the keyboard, and the browser's history follows.
import { test, expect, type Locator, type Page } from "@playwright/test";
import { appReady, museum, room } from "./helpers";

test("walk entrance → room → exhibit → next exhibit → next room with the keyboard", async ({ page }) => {
  const m = await museum(page);
  const [firstId, secondId] = m.tour;
  const first = await room(page, firstId);
  const second = await room(page, secondId);

  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.museum.name.en);
  await expect(page).toHaveTitle(/Harbin International Sister Cities Museum/);

  // Start the tour with the keyboard: focus the link and press Enter.
  await page.getByRole("link", { name: /Start the tour/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/rooms/${firstId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms[0].title.en);
  await expect(page).toHaveTitle(new RegExp(`^${m.rooms[0].title.en} ·`));

  // → walks to the next room in tour order, ← back.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/rooms/${secondId}$`));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`/rooms/${firstId}$`));

  // Into the room's last exhibit with Tab + Enter, then → crosses into the next room's first exhibit.
  const last = first.exhibits[first.exhibits.length - 1];
  const secondLast = first.exhibits[first.exhibits.length - 2];
  await page.getByRole("link", { name: new RegExp(secondLast.title.en) }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/rooms/${firstId}/${secondLast.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(secondLast.title.en);
  await expect(page.getByRole("img", { name: secondLast.image.alt.en })).toBeVisible();

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/rooms/${firstId}/${last.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(last.title.en);

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/rooms/${secondId}/${second.exhibits[0].id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.exhibits[0].title.en);
  await expect(page).toHaveTitle(new RegExp(second.exhibits[0].title.en));

  // ← from a room's first exhibit goes back to the previous room's last one.
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`/rooms/${firstId}/${last.id}$`));

  // The browser's back and forward buttons.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/rooms/${secondId}/${second.exhibits[0].id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.exhibits[0].title.en);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/rooms/${firstId}/${last.id}$`));
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.exhibits[0].title.en);

  // Back to the room by its link.
  await page.getByRole("link", { name: /Back to the room/ }).click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${secondId}$`));
});

// The browser's own scroll restoration runs before the app has drawn the page it returns to, so Back
// used to land near the top of the entrance, focus on its heading. Back and Forward now return focus
// to the link the visitor followed out of a page, which brings it into view; a page reached by a link,
// or left by the arrow keys, starts at its heading.
test("back returns to the room followed from the entrance's list, focused and on screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await appReady(page);
  const link = page.locator("ol.rooms a").nth(20);
  await link.evaluate((a) => a.scrollIntoView({ block: "center" }));
  const name = await link.locator(".room-name").innerText();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main h1")).toBeFocused();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Harbin International Sister Cities Museum/);
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();

  // Forward, to the room: it was left by the history, not a link, so at its heading. Back again:
  // the entrance, left by the history this time, still returns to the link.
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main h1")).toBeFocused();
  await page.goBack();
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
  await page.goForward();
  await expect(page.locator("main h1")).toBeFocused();

  // A walk with the arrow keys and back: the heading, as the room was not left by a link.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(name);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main h1")).toBeFocused();

  // The entrance reached by a link (the museum's name in the header), not the history: its heading.
  // Left by the header's navigation and come back to: its heading again, not the room left earlier.
  await page.locator("a.brand").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Harbin International Sister Cities Museum/);
  await expect(page.locator("main h1")).toBeFocused();
  await page.getByRole("navigation").getByRole("link", { name: "Floor plan" }).click();
  await expect(page).toHaveURL(/\/map$/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Harbin International Sister Cities Museum/);
  await expect(page.locator("main h1")).toBeFocused();
});

test("doors lead to the neighbouring rooms they are named after", async ({ page }) => {
  const m = await museum(page);
  const r = m.rooms[1];
  await page.goto(`/rooms/${r.id}`);
  await appReady(page);
  const doors = page.getByRole("region", { name: "Doors from this room" }).getByRole("link");
  await expect(doors).toHaveCount(r.doors.length);
  const target = m.rooms.find((x: any) => x.id === r.doors[r.doors.length - 1]);
  await doors.filter({ hasText: target.title.en }).click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${target.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.title.en);
});

test("after a walk the new room's exhibits, doors and walk links follow its heading, and nothing of the old room stays", async ({ page }) => {
  const m = await museum(page);
  const [firstId, secondId] = m.tour;
  const second = await room(page, secondId);
  const summary = m.rooms.find((x: any) => x.id === secondId);
  await page.goto(`/rooms/${firstId}`);
  await appReady(page);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(summary.title.en);
  // The part below the fold is drawn a frame later: it arrives whole, and only the new room's.
  const cards = page.locator(".cards .card");
  await expect(cards).toHaveCount(second.exhibits.length);
  for (const [i, e] of second.exhibits.entries()) {
    await expect(cards.nth(i).locator("a")).toHaveAttribute("href", `/rooms/${secondId}/${e.id}`);
  }
  await expect(page.locator(".doors a.door")).toHaveCount(summary.doors.length);
  await expect(page.getByRole("link", { name: /Next room/ })).toBeVisible();
  await expect(page.locator("main h1")).toBeFocused();
});

test("every frame that shows a room shows its facts and classroom tools, on a first view and after a walk", async ({ page }) => {
  const m = await museum(page);
  const [firstId, secondId] = m.tour;
  const country = (id: string) => m.rooms.find((x: any) => x.id === id).city.country.en;
  // Each frame: the heading on screen (the app's, once the pre-rendered copy has gone), the facts' country, and the tools.
  await page.addInitScript(() => {
    (window as any).__frames = [];
    const look = () => {
      if (!document.getElementById("prerender") && !document.body?.classList.contains("booting")) {
        (window as any).__frames.push({
          h1: document.querySelector("main h1")?.textContent ?? null,
          facts: document.querySelector("main .room-facts dd")?.textContent ?? null,
          tools: document.querySelector("main .class-tools") !== null,
        });
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const frames = () => page.evaluate(() => (window as any).__frames as { h1: string | null; facts: string | null; tools: boolean }[]);
  await page.goto(`/rooms/${firstId}`);
  await appReady(page);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms.find((x: any) => x.id === secondId).title.en);
  await page.waitForTimeout(300);
  const shown = await frames();
  for (const [id, title] of [firstId, secondId].map((id) => [id, m.rooms.find((x: any) => x.id === id).title.en])) {
    const with_ = shown.filter((f) => f.h1 === title);
    expect(with_.length).toBeGreaterThan(0);
    expect(with_.filter((f) => f.facts !== country(id) || !f.tools)).toEqual([]);
  }
});

test("arrow keys do nothing while typing or with a modifier", async ({ page }) => {
  const m = await museum(page);
  await page.goto(`/rooms/${m.tour[1]}`);
  await appReady(page);
  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/rooms/${m.tour[1]}$`));
});

test("walking from exhibit to exhibit into the next room never shows \"not found\" on the way", async ({ page }) => {
  const m = await museum(page);
  const first = await room(page, m.tour[0]);
  const second = await room(page, m.tour[1]);
  // Every element the page ever adds, not only what is on screen when the test looks.
  await page.addInitScript(() => {
    (window as any).__notFound = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n instanceof Element && (n.matches(".not-found") || n.querySelector(".not-found"))) (window as any).__notFound++;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const last = first.exhibits[first.exhibits.length - 1];
  await page.goto(`/rooms/${m.tour[0]}/${last.id}`);
  await appReady(page);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.exhibits[0].title.en);
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(last.title.en);
  }
  expect(await page.evaluate(() => (window as any).__notFound)).toBe(0);
});

// Fetching ahead: while the visitor looks, the pictures they would see next are fetched (into the service
// worker's cache), so that walking on shows them without the network. Each test goes offline after the
// fetches and walks on: what was fetched ahead shows, what was not (checked too) would fail.
test.describe("pictures fetched ahead", () => {
  test.use({ serviceWorkers: "allow" });

  /** Opens `path` with the service worker in control from the start. */
  async function openControlled(page: Page, path: string) {
    await page.goto(path);
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.reload();
    await appReady(page);
  }
  const loaded = (img: Locator) => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);

  test("a room fetches the flag and first three pictures of the rooms before and after it", async ({ page, context }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const m = await museum(page);
    const [prevId, hereId, nextId] = m.tour;
    const firstPictures = async (id: string) => {
      const r = await room(page, id);
      const code = m.rooms.find((x: { id: string }) => x.id === id).city.country_code.toLowerCase();
      return [`/images/flags/${code}-large.webp`, ...r.exhibits.slice(0, 3).map((e: { image: { src: string } }) => `/${e.image.src}`)];
    };
    const ahead = [...(await firstPictures(prevId)), ...(await firstPictures(nextId))];
    const later = (await room(page, nextId)).exhibits.slice(3).map((e: { image: { src: string } }) => `/${e.image.src}`);
    const images = new Set<string>();
    const asked: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "image" || r.resourceType() === "fetch") images.add(new URL(r.url()).pathname);
    });
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    page.on("domcontentloaded", () => (asked.length = 0));
    await openControlled(page, `/rooms/${hereId}`);
    await expect.poll(() => ahead.filter((src) => !images.has(src))).toEqual([]);
    await page.waitForTimeout(500);
    // Each once, though the tour's neighbours are often behind the room's doors as well.
    expect(ahead.filter((src) => asked.filter((a) => a === src).length !== 1)).toEqual([]);
    // Only those: the next room's other pictures wait until it is visited and they are scrolled to.
    expect(later.filter((src) => images.has(src))).toEqual([]);
    await page.waitForTimeout(500);
    await context.setOffline(true);
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`/rooms/${nextId}$`));
    const cards = page.locator("li.card img");
    for (const i of [0, 1, 2]) await expect.poll(() => loaded(cards.nth(i))).toBe(true);
    await cards.nth(3).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    expect(await loaded(cards.nth(3))).toBe(false);
    await context.setOffline(false);
  });

  test("walking on, the pictures of the room just left are not fetched again", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const m = await museum(page);
    const [hereId, nextId, afterId] = m.tour.slice(1, 4);
    const afterFirst = `/${(await room(page, afterId)).exhibits[0].image.src}`;
    const shown = (await room(page, hereId)).exhibits.slice(0, 3).map((e: { image: { src: string } }) => `/${e.image.src}`);
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "fetch") fetched.push(new URL(r.url()).pathname);
    });
    await openControlled(page, `/rooms/${hereId}`);
    const cards = page.locator("li.card img");
    for (const i of [0, 1, 2]) await expect.poll(() => loaded(cards.nth(i))).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`/rooms/${nextId}$`));
    // The next room fetches ahead the rooms before and after it: the one just left is among them.
    await expect.poll(() => fetched.includes(afterFirst)).toBe(true);
    await page.waitForTimeout(500);
    expect(fetched.filter((src) => shown.includes(src))).toEqual([]);
  });

  test("an exhibit fetches the pictures of the exhibits before and after it, across rooms too", async ({ page, context }) => {
    const m = await museum(page);
    const r = await room(page, m.tour[1]);
    const next = await room(page, m.tour[2]);
    const last = r.exhibits[r.exhibits.length - 1];
    const [before, here] = r.exhibits.slice(-3, -1);
    const images = new Set<string>();
    page.on("request", (req) => {
      if (req.resourceType() === "image" || req.resourceType() === "fetch") images.add(new URL(req.url()).pathname);
    });
    await openControlled(page, `/rooms/${r.id}/${here.id}`);
    await expect.poll(() => [before, last].filter((e) => !images.has(`/${e.image.src}`)).length).toBe(0);
    expect(images.has(`/${next.exhibits[0].image.src}`)).toBe(false);
    // At the room's last exhibit, the next room's first is fetched ahead.
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(last.title.en);
    await expect.poll(() => images.has(`/${next.exhibits[0].image.src}`)).toBe(true);
    await page.waitForTimeout(500);
    await context.setOffline(true);
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`/rooms/${next.id}/${next.exhibits[0].id}$`));
    await expect.poll(() => loaded(page.locator(".exhibit-figure img"))).toBe(true);
    await context.setOffline(false);
  });
});

// While the visitor rests on a room, an exhibit or a trail's stop, the app rehearses a walk outside
// the page (src/warm.rs) so the first walk's code is compiled before it: nothing on the page may
// change, nothing may be fetched, and walking on afterwards works as before.
// `drawn`: the last part of the page drawn on the first view.
const rests: { kind: string; drawn: string; start: (p: Page) => Promise<{ path: string; next: string }> }[] = [
  {
    kind: "a room",
    drawn: ".cards .card",
    start: async (p) => {
      const m = await museum(p);
      return { path: `/rooms/${m.tour[0]}`, next: m.rooms.find((r: any) => r.id === m.tour[1]).title.en };
    },
  },
  {
    kind: "an exhibit",
    drawn: ".exhibit .hint",
    start: async (p) => {
      const m = await museum(p);
      const r = await room(p, m.tour[0]);
      return { path: `/rooms/${r.id}/${r.exhibits[0].id}`, next: r.exhibits[1].title.en };
    },
  },
  {
    kind: "a trail's stop",
    drawn: ".trail-figure img",
    start: async (p) => {
      const trail = (await (await p.request.get("/data/trails.json")).json()).trails[0];
      const stop = trail.stops[1];
      const r = await room(p, stop.room);
      const next = stop.exhibit ? r.exhibits.find((e: any) => e.id === stop.exhibit).title.en
        : (await museum(p)).rooms.find((x: any) => x.id === stop.room).title.en;
      return { path: `/trails/${trail.id}/1`, next };
    },
  },
];
for (const { kind, drawn, start } of rests) {
  test(`resting on ${kind} rehearses a walk without changing the page or fetching anything`, async ({ page }) => {
    const { path, next } = await start(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
    await page.goto(path);
    await appReady(page);
    await expect(page.locator(drawn).first()).toBeVisible();
    // The neighbours' files and pictures, fetched ahead after the first frame, are not the rehearsal's.
    await page.waitForLoadState("networkidle");
    const before = await page.locator("main").innerHTML();
    // The rehearsal's navigation to the page's own address leaves the address, the history, the
    // scroll position and the focus as they were.
    await page.evaluate(() => window.scrollTo({ top: 200, behavior: "instant" }));
    await page.locator("main a").first().focus();
    const where = () => page.evaluate(() => ({
      url: location.href, history: history.length, y: Math.round(scrollY),
      focus: document.activeElement?.outerHTML.slice(0, 120),
    }));
    const placed = await where();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName("rehearsed").length),
      { timeout: 10_000 }).toBe(1);
    expect(await page.locator("main").innerHTML()).toBe(before);
    expect(await where()).toEqual(placed);
    expect(fetched).toEqual([]);
    expect(errors).toEqual([]);
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("main h1")).toHaveText(next);
    await expect(page.locator("main h1")).toBeFocused();
    await expect(page.locator("main img").first()).toBeVisible();
  });
}
