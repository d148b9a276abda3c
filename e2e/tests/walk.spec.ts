// A visitor walks the museum with the keyboard, and the browser's history follows.
import { test, expect } from "@playwright/test";
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

// While the visitor looks at a room, the pictures the tour's next and previous rooms show first (their
// flag and the cards that load at once) are fetched, so walking on paints them with the room, not after.
test("a room fetches ahead the first pictures of the rooms before and after it", async ({ page }) => {
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
  page.on("request", (r) => {
    if (r.resourceType() === "image") images.add(new URL(r.url()).pathname);
  });
  await page.goto(`/rooms/${hereId}`);
  await appReady(page);
  await expect.poll(() => ahead.filter((src) => !images.has(src))).toEqual([]);
  // Only those: the next room's other pictures wait until it is visited and they are scrolled to.
  expect(later.filter((src) => images.has(src))).toEqual([]);
  // Walking on, the next room's first cards have their pictures in the frame that shows its heading.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/rooms/${nextId}$`));
  const loaded = await page.evaluate(
    (title) =>
      new Promise<boolean[]>((resolve) => {
        const check = () => {
          if (document.querySelector("main h1")?.textContent !== title) return requestAnimationFrame(check);
          resolve([...document.querySelectorAll<HTMLImageElement>("li.card img")].slice(0, 3).map((i) => i.complete && i.naturalWidth > 0));
        };
        check();
      }),
    m.rooms.find((x: { id: string }) => x.id === nextId).title.en,
  );
  expect(loaded).toEqual([true, true, true]);
});

// On an exhibit, the pictures of the exhibits before and after it are fetched while the visitor looks, and
// walking on shows the next one's picture in the frame that shows its title.
test("an exhibit fetches ahead the pictures of the exhibits before and after it", async ({ page }) => {
  const m = await museum(page);
  const r = await room(page, m.tour[1]);
  const [before, here, after, later] = r.exhibits.slice(0, 4);
  const images = new Set<string>();
  page.on("request", (req) => {
    if (req.resourceType() === "image") images.add(new URL(req.url()).pathname);
  });
  await page.goto(`/rooms/${r.id}/${here.id}`);
  await appReady(page);
  await expect.poll(() => [before, after].filter((e) => !images.has(`/${e.image.src}`)).length).toBe(0);
  expect(images.has(`/${later.image.src}`)).toBe(false);
  await page.keyboard.press("ArrowRight");
  const shown = await page.evaluate(
    (title) =>
      new Promise<boolean>((resolve) => {
        const check = () => {
          if (document.querySelector("main h1")?.textContent !== title) return requestAnimationFrame(check);
          const img = document.querySelector<HTMLImageElement>(".exhibit-figure img")!;
          resolve(img.complete && img.naturalWidth > 0);
        };
        check();
      }),
    after.title.en,
  );
  expect(shown).toBe(true);
});

test("a room's last exhibit fetches ahead the next room's first picture", async ({ page }) => {
  const m = await museum(page);
  const [here, next] = [await room(page, m.tour[1]), await room(page, m.tour[2])];
  const images = new Set<string>();
  page.on("request", (req) => {
    if (req.resourceType() === "image") images.add(new URL(req.url()).pathname);
  });
  await page.goto(`/rooms/${here.id}/${here.exhibits[here.exhibits.length - 1].id}`);
  await appReady(page);
  await expect.poll(() => images.has(`/${next.exhibits[0].image.src}`)).toBe(true);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/rooms/${next.id}/${next.exhibits[0].id}$`));
  await expect(page.locator(".exhibit-figure img")).toHaveJSProperty("complete", true);
});
