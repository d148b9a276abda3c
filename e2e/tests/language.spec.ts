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

test("Japanese, Korean and Russian: the interface is translated, content falls back to English, marked", async ({ page }) => {
  const m = await museum(page);
  const niigata = m.rooms.find((r: any) => r.id === "niigata");
  for (const [code, floorPlan, htmlLang] of [["ja", "フロアマップ", "ja"], ["ko", "평면도", "ko"], ["ru", "План этажей", "ru"]]) {
    await page.goto(`/rooms/niigata?lang=${code}`);
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
    await expect(page.getByRole("navigation").first().getByRole("link", { name: floorPlan })).toBeVisible();
    // The room's text exists in English and Chinese only: shown in English, marked as such.
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText(niigata.title.en);
    await expect(title.locator("[lang=en]")).toHaveCount(1);
  }
});

test("the language menu switches interface and content, keeping the page", async ({ page }) => {
  const m = await museum(page);
  const r = m.rooms[2];
  await page.goto(`/rooms/${r.id}`);
  await appReady(page);
  await page.locator(".lang-menu summary").click();
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(new RegExp(`/rooms/${r.id}\\?lang=zh$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.title.zh);
  await expect(page.getByRole("heading", { name: "展品" })).toBeVisible();
  await page.locator(".lang-menu summary").click();
  await page.getByRole("link", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { name: "展示品" })).toBeVisible();
});

test("the entrance's words come from the locale files in every language", async ({ page }) => {
  const want = { en: "A virtual tour", zh: "虚拟导览", ja: "バーチャルツアー", ko: "가상 투어", ru: "Виртуальная экскурсия" };
  for (const [code, text] of Object.entries(want)) {
    await page.goto(`/?lang=${code}`);
    await appReady(page);
    await expect(page.locator(".hero .eyebrow")).toHaveText(text);
  }
});

test("switching language redraws the entrance without a frame missing its room list", async ({ page }) => {
  await page.goto("/?lang=en");
  await appReady(page);
  const rooms = page.locator(".rooms li");
  await expect(rooms).toHaveCount(28);
  await page.locator(".lang-menu summary").click();
  // Count the listed rooms at the start of every frame from here on.
  await page.evaluate(() => {
    const w = window as any;
    w.__roomsPerFrame = [];
    const tick = () => {
      w.__roomsPerFrame.push(document.querySelectorAll(".rooms li").length);
      if (w.__roomsPerFrame.length < 40) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/哈尔滨/);
  await page.waitForFunction(() => (window as any).__roomsPerFrame.length >= 40);
  const frames: number[] = await page.evaluate(() => (window as any).__roomsPerFrame);
  expect(frames.every((n) => n === 28)).toBe(true);
});
