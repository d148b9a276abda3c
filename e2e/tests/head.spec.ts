// The document's title and description follow the visitor from room to room, into an exhibit, back
// with the browser, and into another language; there is only ever one description. Pages drawn again
// in place (entrance, floor plan, world map, trail pages) keep theirs.
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

test("pages drawn again in place (entrance, floors, filters, languages) keep one right title", async ({ page }) => {
  const description = page.locator('head meta[name="description"]');
  const chinese = async () => {
    await page.locator(".lang-menu summary").click();
    await page.getByRole("link", { name: "中文" }).click();
  };

  // The entrance is drawn again in the new language, room list included.
  const m = await museum(page);
  await page.goto("/");
  await appReady(page);
  await expect(page).toHaveTitle(m.museum.name.en);
  await chinese();
  await expect(page).toHaveTitle(m.museum.name.zh);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.museum.name.zh);
  const first = m.rooms.find((r: any) => r.id === m.tour[0]);
  await expect(page.locator(".rooms li").first()).toContainText(first.title.zh);
  await expect(description).toHaveAttribute("content", m.museum.welcome.zh);
  await expect(description).toHaveCount(1);

  await page.goto("/map?lang=en");
  await appReady(page);
  await expect(page).toHaveTitle("Floor plan");
  await page.getByRole("button", { name: "Floor 2" }).click();
  await expect(page.getByRole("button", { name: "Floor 2" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveTitle("Floor plan");
  await chinese();
  await expect(page).toHaveTitle("平面图");
  await expect(description).toHaveCount(1);

  await page.goto("/world?lang=en");
  await appReady(page);
  await expect(page).toHaveTitle("World map");
  await page.getByRole("group", { name: "Continent" }).getByRole("link", { name: "South America" }).click();
  await expect(page).toHaveURL(/continent=south-america/);
  await expect(page).toHaveTitle("World map");
  await expect(description).toHaveCount(1);

  const trail = (await (await page.request.get("/data/trails.json")).json()).trails[0];
  await page.goto(`/trails/${trail.id}/notes?lang=en`);
  await appReady(page);
  await expect(page).toHaveTitle(`Lesson notes · ${trail.title.en}`);
  await chinese();
  await expect(page).toHaveTitle(`教学说明 · ${trail.title.zh}`);
  await page.goto(`/trails/${trail.id}?lang=en`);
  await appReady(page);
  await expect(page).toHaveTitle(`${trail.title.en} · Trails`);
  await expect(description).toHaveAttribute("content", trail.summary.en);
  await expect(description).toHaveCount(1);
});

test("a trail's stop is described by its prompt, from stop to stop", async ({ page }) => {
  const trail = (await (await page.request.get("/data/trails.json")).json()).trails[0];
  const description = page.locator('head meta[name="description"]');
  await page.goto(`/trails/${trail.id}/1`);
  await appReady(page);
  await expect(description).toHaveAttribute("content", trail.stops[0].prompt.en);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/trails/${trail.id}/2$`));
  await expect(description).toHaveAttribute("content", trail.stops[1].prompt.en);
  await expect(description).toHaveCount(1);
});

// The classroom's quizzes, worksheets and lesson notes keep a description once the app takes over
// (Lighthouse's SEO "meta description"), in the visitor's language.
test("quizzes, worksheets and lesson notes are described, in the page's language", async ({ page }) => {
  const trail = (await (await page.request.get("/data/trails.json")).json()).trails[0];
  const description = page.locator('head meta[name="description"]');
  for (const [path, text] of [
    ["/rooms/niigata/quiz", "A short quiz about Niigata."],
    ["/rooms/niigata/worksheet", "A printable worksheet about Niigata."],
    [`/trails/${trail.id}/quiz`, `A short quiz about ${trail.title.en}.`],
    [`/trails/${trail.id}/worksheet`, `A printable worksheet about ${trail.title.en}.`],
    [`/trails/${trail.id}/notes`, `Lesson notes and answer key for the trail ${trail.title.en}.`],
    ["/rooms/niigata/quiz?lang=zh", "关于新潟的小测验。"],
  ]) {
    await page.goto(path);
    await appReady(page);
    await expect(description, path).toHaveAttribute("content", text);
    await expect(description).toHaveCount(1);
  }
});
