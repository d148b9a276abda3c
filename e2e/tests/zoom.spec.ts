// The exhibit image zooms with buttons, + / − keys, the wheel and double-click, and resets.
import { test, expect } from "@playwright/test";
import { appReady } from "./helpers";

test("the exhibit image zooms in and out and resets", async ({ page }) => {
  await page.goto("/rooms/niigata/niigata-carved-koi");
  await appReady(page);
  const level = page.locator(".zoom-level");
  const scale = () => page.locator(".zoom-inner").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  await expect(level).toHaveText("100%");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(level).toHaveText("125%");
  await page.locator("h1").click();
  await page.keyboard.press("+");
  await expect(level).toHaveText("156%");
  await page.keyboard.press("-");
  await expect(level).toHaveText("125%");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(level).toHaveText("100%");
  await page.locator(".zoom").dblclick();
  await expect(level).toHaveText("200%");
  await expect.poll(scale).toBeCloseTo(2, 1);
  await page.locator(".zoom").dblclick();
  await expect(level).toHaveText("100%");
  await page.locator(".zoom").hover();
  await page.mouse.wheel(0, -100);
  await expect(level).toHaveText("125%");
});
