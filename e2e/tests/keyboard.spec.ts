// Keyboard only: from the entrance through three rooms to an exhibit and back, without the mouse.
// Only page.keyboard is used; every focus stop must be visible (a non-zero box, on screen).
import { test, expect, Page } from "@playwright/test";
import { appReady, museum, room } from "./helpers";

/** Where focus is: a description, and whether it is visible. */
type Focus = { desc: string; width: number; height: number; onScreen: boolean; isBody: boolean; ok: boolean };

/**
 * Reads the focused element, evaluating `predicate` (the source of a function `(el) => boolean`,
 * run in the page) on it. Passed as a string expression so it runs through the debugger protocol.
 */
async function focused(page: Page, predicate = "() => false"): Promise<Focus> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const isBody = !el || el === document.body || el === document.documentElement;
    const box = el ? el.getBoundingClientRect() : { width: 0, height: 0, top: 0, left: 0, bottom: 0, right: 0 };
    const onScreen = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    const desc = el ? el.outerHTML.replace(/\\s+/g, " ").slice(0, 160) : "(none)";
    return { desc, width: box.width, height: box.height, onScreen, isBody,
             ok: !isBody && !!(${predicate})(el) };
  })()`);
}

function expectVisible(f: Focus, where: string) {
  expect(f.isBody, `${where}: focus is on an element, not the body`).toBe(false);
  expect(f.width > 0 && f.height > 0, `${where}: focused element has a box (${f.desc})`).toBe(true);
  expect(f.onScreen, `${where}: focused element is on screen (${f.desc})`).toBe(true);
}

/**
 * Presses Tab (Shift+Tab with `back`) up to `max` times until the focused element matches;
 * every stop on the way must be visible.
 */
async function tabTo(page: Page, predicate: string, what: string, { back = false, max = 100 } = {}): Promise<Focus> {
  const key = back ? "Shift+Tab" : "Tab";
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page, predicate);
    expectVisible(f, `${key} ${i} towards ${what}`);
    if (f.ok) return f;
  }
  throw new Error(`never reached ${what} in ${max} presses of Tab`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The page shows `path` with `heading` as its h1, and focus is on that visible h1. */
async function arrived(page: Page, path: string, heading: string) {
  await expect(page).toHaveURL(new RegExp(`^[^?#]*//[^/]+${escape(path)}$`));
  const h1 = page.locator("main h1");
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
  expectVisible(await focused(page), `after arriving at ${path}`);
}

test("walk entrance → three rooms → an exhibit → back, keyboard only", async ({ page }) => {
  const m = await museum(page);
  const title = (id: string) => m.rooms.find((r: any) => r.id === id).title.en as string;
  const [first, second] = m.tour as string[];

  await page.goto("/");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText(m.museum.name.en);

  // The skip link comes first, and shows itself when focused.
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to content");
  expectVisible(await focused(page), "skip link");

  // Entrance → the first room, by "Start the tour".
  await tabTo(page, `(el) => el.matches("a") && el.textContent.trim().startsWith("Start the tour")`, "Start the tour");
  await page.keyboard.press("Enter");
  await arrived(page, `/rooms/${first}`, title(first));

  // Room 1 → room 2 by the next-room link.
  await tabTo(page, `(el) => el.matches("a.walk-link.next[rel=next]")`, "the next-room link");
  await page.keyboard.press("Enter");
  await arrived(page, `/rooms/${second}`, title(second));

  // Room 2 → room 3 through a door (the first door that leads somewhere new).
  const seen = [first, second].map((id) => `/rooms/${id}`);
  const door = await tabTo(page,
    `(el) => el.matches(".doors a.door") && !${JSON.stringify(seen)}.includes(el.getAttribute("href"))`,
    "a door to a new room");
  const third = /href="\/rooms\/([^"?]+)"/.exec(door.desc)![1];
  await page.keyboard.press("Enter");
  await arrived(page, `/rooms/${third}`, title(third));

  // → walks on along the tour, ← walks back.
  const at = m.tour.indexOf(third);
  const after = m.tour[at + 1] as string | undefined;
  if (after) {
    await page.keyboard.press("ArrowRight");
    await arrived(page, `/rooms/${after}`, title(after));
    await page.keyboard.press("ArrowLeft");
    await arrived(page, `/rooms/${third}`, title(third));
  }

  // Into the room's first exhibit.
  const r = await room(page, third);
  const exhibit = r.exhibits[0];
  await tabTo(page, `(el) => el.matches(".cards .card a")`, "the first exhibit card");
  await expect(page.locator(":focus")).toHaveAttribute("href", `/rooms/${third}/${exhibit.id}`);
  await page.keyboard.press("Enter");
  await arrived(page, `/rooms/${third}/${exhibit.id}`, exhibit.title.en);

  // And back to the room by its link (above the heading, so Shift+Tab) …
  await tabTo(page, `(el) => el.matches("a") && el.textContent.trim().startsWith("← Back to the room")`,
    "Back to the room", { back: true });
  await page.keyboard.press("Enter");
  await arrived(page, `/rooms/${third}`, title(third));

  // … and ← from the room walks back along the tour.
  const before = m.tour[at - 1] as string;
  await page.keyboard.press("ArrowLeft");
  await arrived(page, `/rooms/${before}`, title(before));
});

// After a move the layout focuses the new page's heading; when the page is still loading (entrance →
// first room with the room's file on its way) it waits for the heading to appear instead of giving up
// and leaving focus on <body>. A slow room file makes the race certain.
test("focus reaches the room's heading even when the room's file is slow", async ({ page }) => {
  const m = await museum(page);
  const first = m.tour[0] as string;
  await page.route(`**/data/rooms/${first}.json`, async (r) => {
    await new Promise((done) => setTimeout(done, 300));
    await r.continue();
  });
  await page.goto("/");
  await appReady(page);
  await tabTo(page, `(el) => el.matches("a") && el.textContent.trim().startsWith("Start the tour")`, "Start the tour");
  await page.keyboard.press("Enter");
  await arrived(page, `/rooms/${first}`, m.rooms.find((r: any) => r.id === first).title.en);
});

// Walking with the arrow keys keeps the same <h1> element and changes its text; focus must still
// arrive at it anew on every walk (a focus event), or a screen reader would not announce the new room.
test("every walk with the arrow keys focuses the new room's heading anew", async ({ page }) => {
  const m = await museum(page);
  const title = (id: string) => m.rooms.find((r: any) => r.id === id).title.en as string;
  await page.addInitScript(() => {
    (window as any).__focused = [];
    document.addEventListener("focusin", (e) => {
      const el = e.target as Element;
      if (el.matches("main h1")) (window as any).__focused.push(el.textContent);
    });
  });
  await page.goto(`/rooms/${m.tour[0]}`);
  await appReady(page);
  for (const id of m.tour.slice(1, 4) as string[]) {
    await page.keyboard.press("ArrowRight");
    await arrived(page, `/rooms/${id}`, title(id));
  }
  await page.keyboard.press("ArrowLeft");
  await arrived(page, `/rooms/${m.tour[2]}`, title(m.tour[2]));
  await expect.poll(() => page.evaluate(() => (window as any).__focused))
    .toEqual([...m.tour.slice(1, 4), m.tour[2]].map(title));
  // The heading is made focusable by the focus move, not by the view.
  await expect(page.locator("main h1")).toHaveAttribute("tabindex", "-1");
});
