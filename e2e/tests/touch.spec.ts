// Touch targets: on a phone, every control a finger can press is at least 44 × 44 CSS px, except links
// inside running text (WCAG 2.5.8 lets those follow the line height), a checkbox whose label is the
// 44 px target, and the world map's city dots, each of which has an equivalent 44 px link to the same
// room in the table under the map or the link to Harbin's showroom (the "equivalent" exception of WCAG 2.5.5).
import { test, expect } from "@playwright/test";
import { appReady } from "./helpers";

const routes = [
  "/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi", "/map", "/world", "/search?q=drum", "/about",
  "/trails", "/trails/winter-cities", "/trails/winter-cities/3", "/trails/winter-cities/notes",
  "/rooms/niigata/quiz", "/rooms/niigata/worksheet", "/no-such-room",
];

test("every control on a phone is at least 44 × 44 px", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const small: string[] = [];
  for (const route of routes) {
    await page.goto(route);
    await appReady(page);
    await page.waitForLoadState("networkidle");
    const found = await page.evaluate(() => {
      const controls = document.querySelectorAll<HTMLElement>(
        "a[href], button, summary, input, select, textarea, [role=button], [tabindex='0']");
      const out: string[] = [];
      for (const el of controls) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
        // A link in a sentence: inline, inside a paragraph, list item or definition with other text.
        const parent = el.parentElement!;
        const inline = getComputedStyle(el).display === "inline" &&
          (parent.textContent ?? "").trim().length > (el.textContent ?? "").trim().length;
        if (inline) continue;
        if (el.classList.contains("skip-link") && r.top < 0) continue;
        const label = el.closest("label")?.getBoundingClientRect();
        if (el.tagName === "INPUT" && label && label.width >= 43.5 && label.height >= 43.5) continue;
        if (el.classList.contains("world-city")) {
          const twin = [...document.querySelectorAll<HTMLAnchorElement>(`main a[href="${el.getAttribute("href")}"]:not(.world-city)`)]
            .map((a) => a.getBoundingClientRect());
          if (twin.some((t) => t.width >= 43.5 && t.height >= 43.5)) continue;
        }
        if (r.width < 43.5 || r.height < 43.5) {
          const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30);
          out.push(`${el.tagName.toLowerCase()}.${el.className} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
      }
      return out;
    });
    small.push(...found.map((f) => `${route}: ${f}`));
  }
  expect(small, small.join("\n")).toEqual([]);
});
