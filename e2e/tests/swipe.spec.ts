// On a touch screen, a sideways swipe walks like the arrow keys.
import { test, expect, Page } from "@playwright/test";
import { appReady, museum } from "./helpers";

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

async function swipe(page: Page, fromX: number, toX: number) {
  const cdp = await page.context().newCDPSession(page);
  const y = 420;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: fromX, y }] });
  for (let i = 1; i <= 5; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: fromX + ((toX - fromX) * i) / 5, y }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

test("swiping left goes to the next room, swiping right comes back", async ({ page }) => {
  const m = await museum(page);
  const [first, second] = [m.tour[0], m.tour[1]];
  await page.goto(`/rooms/${first}`);
  await appReady(page);
  await swipe(page, 300, 60);
  await expect(page).toHaveURL(new RegExp(`/rooms/${second}$`));
  // A visitor swipes back once the next room is there (its heading), as on a loaded machine it may not be yet.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.rooms.find((r: { id: string }) => r.id === second).title.en);
  await swipe(page, 60, 300);
  await expect(page).toHaveURL(new RegExp(`/rooms/${first}$`));
});
