// On a touch screen, two fingers moving apart zoom the exhibit image, and a double tap resets it.
import { test, expect } from "@playwright/test";
import { appReady } from "./helpers";

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test("pinching out zooms the exhibit image and a double tap goes back to 100%", async ({ page }) => {
  await page.goto("/rooms/niigata/niigata-carved-koi");
  await appReady(page);
  const zoom = page.locator(".zoom");
  await zoom.scrollIntoViewIfNeeded();
  const box = (await zoom.boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await page.context().newCDPSession(page);
  const fingers = (gap: number) => [{ x: cx - gap, y: cy, id: 1 }, { x: cx + gap, y: cy, id: 2 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(20) });
  for (let gap = 30; gap <= 80; gap += 10) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(gap) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  // The fingers ended four times as far apart as they started.
  const level = page.locator(".zoom-level");
  await expect.poll(async () => parseInt((await level.textContent()) ?? "0", 10)).toBeGreaterThanOrEqual(300);
  await zoom.tap();
  await zoom.tap();
  await expect(level).toHaveText("100%");
});
