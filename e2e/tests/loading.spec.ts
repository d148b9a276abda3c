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

// The app is fetched only once the pre-rendered page's largest content is on screen (the loader waits for
// the browser's largest-contentful-paint report): its files do not compete with what the visitor reads
// first. The floor plan and the world map, long pages, used to start it between drawing and showing it.
for (const route of ["/map", "/world", "/rooms/niigata"]) {
  test(`the app's files are asked for after ${route}'s largest content is painted`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { lcp: number[] }).lcp = [];
      new PerformanceObserver((list) =>
        (window as unknown as { lcp: number[] }).lcp.push(...list.getEntries().map((e) => e.startTime)),
      ).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(route);
    await appReady(page);
    const { painted, asked } = await page.evaluate(() => ({
      painted: (window as unknown as { lcp: number[] }).lcp[0],
      asked: performance
        .getEntriesByType("resource")
        .filter((e) => /\/data\/|\.wasm$/.test(e.name))
        .map((e) => e.startTime),
    }));
    expect(painted).toBeGreaterThan(0);
    expect(asked.length).toBeGreaterThan(1);
    expect(Math.min(...asked)).toBeGreaterThan(painted);
  });
}

// The pre-rendered pages have the app's sections in the app's places, so the app takes over without moving
// what the visitor is reading: every heading, the walk links, the floor plans and the world map stay put,
// on trails, quizzes and worksheets as well. The floor plan
// comes first: once a room is visited, the app's plan opens at that room, which a static page cannot know.
const handOver = ["/map", "/about", "/trails", "/world", "/trails/music-around-the-world/notes", "/", "/rooms/niigata",
  "/rooms/niigata/niigata-carved-koi", "/trails/friendship-across-oceans", "/trails/friendship-across-oceans/quiz",
  "/trails/friendship-across-oceans/worksheet", "/trails/friendship-across-oceans/3", "/rooms/niigata/quiz", "/rooms/niigata/worksheet", "/search", "/trails/friendship-across-oceans/notes"];
for (const [width, height] of [[360, 740], [1280, 800]]) {
  test(`the app takes the pre-rendered page's place without moving it (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const route of handOver) {
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route("**/harbin-museum-*_bg.wasm", async (r) => {
        await held;
        await r.continue();
      });
      await page.goto(route);
      const places = () =>
        page.evaluate(() =>
          [...document.querySelectorAll("main :is(h1, h2, .walk, .plan, .plan-legend, .world-map, .world-table)")]
            .filter((e) => e.getClientRects().length > 0)
            .map(
            (e) => `${e.textContent!.trim().slice(0, 20)} @ ${Math.round(e.getBoundingClientRect().top)}`,
          ),
        );
      await expect(page.locator("#prerender h1")).toBeVisible();
      const before = await places();
      release();
      await appReady(page);
      // Everything that was there is where it was; parts that need the app (a lesson notes' share
      // panel) may follow at the end.
      expect(await places(), route).toEqual(expect.arrayContaining(before));
      await page.unroute("**/harbin-museum-*_bg.wasm");
    }
  });
}

// Images below the fold wait until the visitor scrolls near them (`loading="lazy"`). The app sets an
// image's `src` last: set before `loading`, it had already started every image's download, so the
// entrance fetched all its flags and a room all its exhibit pictures on the first view.
for (const [path, selector] of [["/", "ol.rooms img"], ["/rooms/niigata", "li.card img"]]) {
  test(`below-the-fold images on ${path} load only when scrolled to (360 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const images = new Set<string>();
    page.on("request", (r) => {
      if (r.resourceType() === "image") images.add(new URL(r.url()).pathname);
    });
    await page.goto(path);
    await appReady(page);
    await expect(page.locator(selector).first()).toBeAttached();
    const all = await page.locator(selector).evaluateAll((els) => els.map((e) => new URL((e as HTMLImageElement).src).pathname));
    const distinct = [...new Set(all)];
    expect(distinct.length).toBeGreaterThan(8);
    await page.waitForTimeout(500);
    const early = distinct.filter((src) => images.has(src));
    expect(early.length, `fetched before scrolling: ${early.join(" ")}`).toBeLessThan(distinct.length / 2);
    // Scrolled through, every one of them arrives.
    for (const img of await page.locator(selector).all()) await img.scrollIntoViewIfNeeded();
    await expect.poll(() => distinct.filter((src) => !images.has(src)).length).toBe(0);
  });
}

// The entrance's rooms and a room's exhibit cards are below the first screen: `content-visibility:
// auto` leaves their insides unlaid-out until the visitor scrolls near them, and printing draws them all.
for (const [path, selector] of [["/", "ol.rooms .room-summary"], ["/rooms/harbin", "li.card .card-title"]]) {
  test(`the lists below the fold on ${path} are laid out when scrolled to, and all printed (360 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await appReady(page);
    const drawn = () =>
      page.locator(selector).evaluateAll((els) => els.map((e) => e.checkVisibility({ contentVisibilityAuto: true })));
    const last = page.locator(selector).last();
    await expect(last).toBeAttached();
    expect((await drawn()).at(-1), "the last one, far below the first screen, is skipped").toBe(false);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn()).at(-1)).toBe(true);
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(async () => (await drawn()).at(-1)).toBe(false);
    await page.emulateMedia({ media: "print" });
    await expect.poll(drawn).not.toContain(false);
  });
}

// On slow Wi-Fi a visitor may walk on before the next room's file, fetched ahead, has arrived: the room
// then waits for that same request instead of asking again. (The service worker is blocked so that the
// page's requests can be held here.)
test.describe("a room file on its way", () => {
  test.use({ serviceWorkers: "block" });
  test("is asked for once when the visitor walks into the room before it arrives", async ({ page }) => {
    const asked: string[] = [];
    await page.route("**/data/rooms/*.json", async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto("/rooms/harbin");
    await appReady(page);
    await expect.poll(() => asked).toContain("/data/rooms/niigata.json");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/rooms\/niigata$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Niigata");
    expect(asked.filter((f) => f === "/data/rooms/niigata.json")).toHaveLength(1);
  });
});
