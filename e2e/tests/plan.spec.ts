// The floor plan: rooms are links, "you are here" and visited rooms are marked, floors switch.
import { test, expect } from "@playwright/test";
import { appReady, museum } from "./helpers";

test("a room on the plan is a link; visited rooms and 'you are here' are marked", async ({ page }) => {
  const m = await museum(page);
  const [a, b] = [m.rooms[1], m.rooms[2]];
  await page.goto(`/rooms/${a.id}`);
  await appReady(page);
  await page.getByRole("link", { name: "Open the floor plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/map\\?room=${a.id}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Floor plan");
  const here = page.locator(".plan-page [aria-current=location]");
  await expect(here).toHaveAttribute("data-room", a.id);
  await expect(here).toContainText("You are here");

  // Tab + Enter on a plan room walks there.
  await page.locator(`.plan-page [data-room="${b.id}"]`).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/rooms/${b.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title.en);

  // Back on the plan, the first room is marked visited and the second is "here".
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Floor plan" }).click();
  await expect(page.locator(`.plan-page [data-room="${a.id}"]`)).toHaveClass(/visited/);
  await expect(page.locator(".plan-page [aria-current=location]")).toHaveAttribute("data-room", b.id);
});

test("floors can be switched and every room is on one of them", async ({ page }) => {
  const m = await museum(page);
  await page.goto("/map");
  await appReady(page);
  const floors = [...new Set(m.rooms.map((r: any) => r.plan.floor))].sort() as number[];
  let seen = 0;
  for (const f of floors) {
    await page.getByRole("button", { name: `Floor ${f}` }).click();
    await expect(page.getByRole("button", { name: `Floor ${f}` })).toHaveAttribute("aria-pressed", "true");
    const rooms = page.locator(".plan-page .plan-room");
    const expected = m.rooms.filter((r: any) => r.plan.floor === f);
    await expect(rooms).toHaveCount(expected.length);
    seen += expected.length;
  }
  expect(seen).toBe(m.rooms.length);
  // A click on a room of the second floor opens it.
  const upstairs = m.rooms.find((r: any) => r.plan.floor === floors[floors.length - 1]);
  await page.locator(`.plan-page [data-room="${upstairs.id}"]`).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(upstairs.title.en);
});
