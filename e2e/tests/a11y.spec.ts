// Accessibility: axe-core finds no violations on any view, at desktop and phone sizes, scanned
// after the content has loaded, with no rules disabled and nothing excluded.
import { test, expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import { appReady } from "./helpers";

/** Each view, with what must be on screen before the scan: the route's main content, loaded. */
const routes: [string, string[]][] = [
  ["/", ["main h1", ".rooms li a"]],
  ["/rooms/niigata", ["main h1", ".cards .card a", ".doors a.door", ".walk-link"]],
  ["/rooms/niigata?lang=zh", ["main h1", ".cards .card a", ".doors a.door", ".walk-link"]],
  ["/rooms/niigata/niigata-carved-koi", ["main h1", ".exhibit-figure img", ".breadcrumb a"]],
  ["/map", ["main h1", ".plan-room"]],
  ["/world", ["main h1", ".world-table tbody tr"]],
  ["/search?q=drum", ["#search-q", ".hit"]],
  ["/about", ["main h1", ".offline-save, .offline-note"]],
  ["/no-such-room", [".not-found h1", ".not-found .chips a"]],
  ["/trails", ["main h1", ".trail-card a"]],
  ["/trails/music-around-the-world", ["main h1", ".trail-stops a"]],
  ["/trails/music-around-the-world/2", ["main h1", ".prompt", ".trail-figure img", ".walk-link"]],
  ["/trails/winter-cities/notes", ["main h1", ".answer-key li"]],
  ["/rooms/niigata/quiz", ["main h1", ".quiz-choice"]],
  ["/rooms/niigata/worksheet", ["main h1", ".worksheet-qr svg", ".worksheet-exhibits img"]],
];
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

/** One line per rule and node: id, impact, help, target selectors, HTML and why it fails. */
function summarize(results: Result[]): string[] {
  return results.map((v) =>
    `${v.id} (${v.impact ?? "no impact"}): ${v.help} [${v.nodes.length} node(s)] ${v.helpUrl}\n` +
    v.nodes
      .map((n) =>
        `    target: ${n.target.map((t) => JSON.stringify(t)).join(" ")}\n` +
        `    html:   ${n.html.replace(/\s+/g, " ").slice(0, 300)}\n` +
        `    ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
      .join("\n"));
}

async function loaded(page: Page, ready: string[]) {
  await appReady(page);
  for (const sel of ready) await expect(page.locator(sel).first()).toBeVisible();
  await expect(page.locator("main h1").first()).not.toBeEmpty();
  // No loading placeholder or pending bar left, and the fonts in (they change text contrast and size).
  await expect(page.locator(".loading")).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const [size, viewport] of Object.entries(sizes)) {
  for (const [route, ready] of routes) {
    test(`no axe violations: ${route} (${size})`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.goto(route);
      await loaded(page, ready);
      const results = await new AxeBuilder({ page }).analyze();
      // Sanity: axe really looked at the page.
      expect(results.passes.length, "axe ran rules that passed").toBeGreaterThan(10);
      if (results.incomplete.length) {
        // Not failures: what axe could not decide (e.g. contrast over an image). Kept for review.
        const text = summarize(results.incomplete).join("\n");
        info.annotations.push({ type: "axe needs review", description: text });
        console.log(`axe needs review on ${route} (${size}):\n${text}`);
      }
      const violations = summarize(results.violations);
      if (violations.length) console.log(`axe violations on ${route} (${size}):\n${violations.join("\n")}`);
      expect(violations, `axe violations on ${route} (${size})`).toEqual([]);
    });
  }
}

// The language menu is named by its text, so its name holds the words on screen (WCAG 2.5.3).
test("the language menu's name says what it is and holds its visible text", async ({ page }) => {
  await page.goto("/rooms/niigata");
  await appReady(page);
  const menu = page.locator(".lang-menu summary");
  await expect(menu).toHaveAccessibleName("Language: English");
  await expect(menu).not.toHaveAttribute("aria-label");
  await page.goto("/rooms/niigata?lang=zh");
  await appReady(page);
  await expect(menu).toHaveAccessibleName(/中文$/);
});

test("the navigation marks the visitor's section as the current page, and follows a move", async ({ page }) => {
  await page.goto("/trails/music-around-the-world/2");
  await appReady(page);
  const nav = page.getByRole("navigation", { name: /./ }).first();
  await expect(nav.locator("[aria-current=page]")).toHaveText(["Trails"]);
  await nav.getByRole("link", { name: "Floor plan" }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(nav.locator("[aria-current=page]")).toHaveText(["Floor plan"]);
  await page.goto("/");
  await appReady(page);
  await expect(nav.locator("[aria-current=page]")).toHaveText(["Entrance"]);
});
