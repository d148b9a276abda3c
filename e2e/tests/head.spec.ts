// The document's title and description follow the visitor from room to room, into an exhibit, back
// with the browser, and into another language; there is only ever one description.
import { test, expect } from "@playwright/test";
import { appReady, museum, room } from "./helpers";

test("the title and description follow every walk", async ({ page }) => {
  const m = await museum(page);
  const [a, b] = m.tour.slice(0, 2).map((id: string) => m.rooms.find((r: any) => r.id === id));
  const title = (r: any, l = "en") => `${r.title[l]} · ${m.museum.name[l]}`;
  const description = page.locator('head meta[name="description"]');

  await page.goto(`/rooms/${a.id}`);
  await appReady(page);
  await expect(page).toHaveTitle(title(a));
  await expect(description).toHaveAttribute("content", a.summary.en);

  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title.en);
  await expect(page).toHaveTitle(title(b));
  await expect(description).toHaveAttribute("content", b.summary.en);
  await expect(description).toHaveCount(1);

  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveTitle(title(a));
  await page.goBack();
  await expect(page).toHaveTitle(title(b));
  await expect(description).toHaveAttribute("content", b.summary.en);

  // Into the room's first exhibit, and on to the next.
  const exhibits = (await room(page, b.id)).exhibits;
  await page.getByRole("link", { name: new RegExp(exhibits[0].title.en) }).first().click();
  await expect(page).toHaveTitle(`${exhibits[0].title.en} · ${title(b)}`);
  await expect(description).toHaveAttribute("content", exhibits[0].description.en.split("\n\n")[0].trim());
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveTitle(`${exhibits[1].title.en} · ${title(b)}`);
  await expect(description).toHaveCount(1);

  // In Chinese.
  await page.goto(`/rooms/${a.id}?lang=zh`);
  await appReady(page);
  await expect(page).toHaveTitle(title(a, "zh"));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveTitle(title(b, "zh"));
  await expect(description).toHaveAttribute("content", b.summary.zh);
});
