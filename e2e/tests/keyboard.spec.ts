// Keyboard only: from the entrance through three rooms to an exhibit and back, without the mouse.
import { test, expect, Page } from "@playwright/test";
import { appReady, museum } from "./helpers";

/** Presses Tab until the focused element matches, checking each stop is visible on screen. */
async function tabTo(page: Page, matches: (el: Element) => boolean, what: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate((src) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { ok: false, visible: true };
      const box = el.getBoundingClientRect();
      // eslint-disable-next-line no-new-func
      const test = new Function("el", `return (${src})(el)`) as (el: Element) => boolean;
      return { ok: test(el), visible: box.width > 0 && box.height > 0 };
    }, matches.toString());
    expect(found.visible, `focus stop ${i} is visible`).toBe(true);
    if (found.ok) return;
  }
  throw new Error(`never reached ${what} with Tab`);
}

test("walk entrance → three rooms → an exhibit → back, keyboard only", async ({ page }) => {
  const m = await museum(page);
  const title = (id: string) => m.rooms.find((r: any) => r.id === id).title.en;
  await page.goto("/");
  await appReady(page);

  // The skip link comes first.
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to content");

  await tabTo(page, (el) => (el.textContent ?? "").trim().startsWith("Start the tour"), "Start the tour");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/rooms/${m.tour[0]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title(m.tour[0]));

  // Next room by its link, then by the → key.
  await tabTo(page, (el) => el.matches(".walk-link.next, a[rel=next]"), "the next-room link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/rooms/${m.tour[1]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title(m.tour[1]));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/rooms/${m.tour[2]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  // Into the room's first exhibit.
  await tabTo(page, (el) => el.matches(".cards .card a"), "an exhibit card");
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  // And back to the room.
  await tabTo(page, (el) => (el.textContent ?? "").startsWith("← Back to the room"), "the way back");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/rooms/${m.tour[2]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title(m.tour[2]));
});
