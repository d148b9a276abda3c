// ?lang= chooses the language; the choice is remembered; html lang follows.
import { test, expect } from "@playwright/test";
import { appReady, museum } from "./helpers";

test("a link in Chinese opens in Chinese and the choice is remembered", async ({ page }) => {
  const m = await museum(page);
  const r = m.rooms[1];
  await page.goto(`/rooms/${r.id}?lang=zh`);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.title.zh);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { name: "展品" })).toBeVisible();
  // Links keep the language; a plain URL later still opens in the remembered language.
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.museum.name.zh);
  // Switch back to English from the switcher.
  await page.locator(".lang-menu summary").click();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.museum.name.en);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
