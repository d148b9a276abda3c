// A page module's own stylesheet (style/explore.css, style/classroom.css) is not part of the app shell:
// a room's first view does not fetch it, the pre-rendered page of its own module has it on, and the app
// turns it on with the module's code, so a page never shows unstyled. (src/styles.rs; the pre-render's
// prerender/styles.rs.)
import { test, expect, Page } from "@playwright/test";
import { appReady } from "./helpers";

const moduleCss = /\/(explore|classroom)-[0-9a-f]+\.css$/;

function requests(page: Page) {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  return fetched;
}

test("a room's first view fetches no page module's styles", async ({ page }) => {
  const fetched = requests(page);
  await page.goto("/rooms/niigata");
  await appReady(page);
  await expect(page.locator("li.card").first()).toBeVisible();
  expect(await page.locator("link[data-module][disabled]").count()).toBe(2);
  expect(fetched.filter((f) => moduleCss.test(f))).toEqual([]);
});

test("a world map's pre-rendered page has its module's styles on and no other's", async ({ page }) => {
  const fetched = requests(page);
  await page.goto("/world");
  await expect(page.locator("link[data-module=explore]")).not.toHaveAttribute("disabled", /.*/);
  await expect(page.locator("link[data-module=classroom]")).toHaveAttribute("disabled", "");
  await appReady(page);
  expect(fetched.filter((f) => /\/classroom-/.test(f))).toEqual([]);
  expect(fetched.filter((f) => /\/explore-/.test(f))).toHaveLength(1);
  await expect(page.locator(".world-map")).toHaveCSS("position", "relative");
});

test.describe("walking into another module", () => {
  // Requests go through page.route, not a service worker's cache.
  test.use({ serviceWorkers: "block" });
  for (const [name, path, selector, property, value] of [
    ["World map", "/world", ".world-map", "position", "relative"],
    ["Trails", "/trails", ".trail-list", "display", "grid"],
  ] as const) {
    test(`from a room to ${path}, its styles arrive with it: never drawn unstyled`, async ({ page }) => {
      const fetched = requests(page);
      // Slow styles: the page waits for them, however fast its code arrives.
      await page.route(moduleCss, async (r) => {
        await new Promise((done) => setTimeout(done, 1500));
        await r.continue();
      });
      await page.goto("/rooms/niigata");
      await appReady(page);
      // Records the element's style the moment the app puts it into the page.
      await page.evaluate(
        ([selector, property]) => {
          new MutationObserver((_, observer) => {
            const el = document.querySelector(selector);
            if (el) {
              (window as any).firstStyle = getComputedStyle(el).getPropertyValue(property);
              observer.disconnect();
            }
          }).observe(document.body, { childList: true, subtree: true });
        },
        [selector, property],
      );
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator(selector)).toBeVisible();
      expect(await page.evaluate(() => (window as any).firstStyle)).toBe(value);
      expect(fetched.filter((f) => moduleCss.test(f))).toHaveLength(1);
    });
  }
});

test("styles that cannot be fetched name their file, the rest stays open, and Retry loads the page", async ({ page }) => {
  await page.route(/\/explore-[0-9a-f]+\.css$/, (r) => r.abort("connectionreset"));
  await page.goto("/rooms/niigata");
  await appReady(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "World map" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(/explore-[0-9a-f]+\.css/);
  await expect(alert).toContainText("the page's styles could not be fetched");
  // Pages of other modules still open from the frame.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trails" }).click();
  await expect(page.locator(".trail-card").first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("alert")).toContainText(/explore-[0-9a-f]+\.css/);
  await page.unroute(/\/explore-[0-9a-f]+\.css$/);
  await page.getByRole("alert").getByRole("button", { name: "Retry" }).click();
  await expect(page.locator(".world-map")).toHaveCSS("position", "relative");
});
