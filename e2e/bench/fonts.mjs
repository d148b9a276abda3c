// What fonts cost a cold first view: loads each page RUNS times (7) in a phone-sized page, records a trace
// with Chromium's font events, and prints the medians of: font lookups (FontCache::GetFontPlatformData),
// sizes asked of the browser process (WebSandboxSupportLinux::GetWebFontRenderStyleForStrike, a round
// trip each on Linux and ChromeOS), fallback lookups for characters no listed font has, the time in
// those lookups, and all layout time; then the faces (family, size, weight, style) each page's text
// uses once the app has drawn it. Unthrottled; it asserts nothing (e2e/tests/type-scale.spec.ts does).
//
// usage: [RUNS=7] [PAGES=/,/rooms/niigata] node e2e/bench/fonts.mjs BASE_URL
import { launch, traceColdLoad } from "./browser.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const RUNS = Number(process.env.RUNS ?? 7);
const PAGES = process.env.PAGES?.split(",") ?? ["/", "/rooms/niigata", "/rooms/niigata/niigata-carved-koi"];
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** How many faces (family, size, weight, style) the text the page shows uses. */
function facesUsed(page) {
  return page.evaluate(() => {
    const seen = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!el || !walker.currentNode.textContent.trim() || !el.checkVisibility()) continue;
      const s = getComputedStyle(el);
      seen.add([s.fontFamily.split(",")[0], s.fontSize, s.fontWeight, s.fontStyle].join(" "));
    }
    return seen.size;
  });
}

/** One cold load: the font events' counts and times, and the faces the drawn page uses. */
async function load(path) {
  const { events, after: faces } = await traceColdLoad(browser, base + path,
    "devtools.timeline,disabled-by-default-devtools.timeline,fonts", facesUsed);
  const of = (name) => events.filter((e) => e.name === name);
  const ms = (list) => list.reduce((sum, e) => sum + e.dur / 1000, 0);
  const lookups = of("FontCache::GetFontPlatformData"), fallbacks = of("FontCache::FallbackFontForCharacter");
  return {
    lookups: lookups.length, sizes: of("WebSandboxSupportLinux::GetWebFontRenderStyleForStrike").length,
    fallbacks: fallbacks.length, fontMs: ms(lookups) + ms(fallbacks), layoutMs: ms(of("Layout")), faces,
  };
}

console.log(`Fonts on a cold load, 360 × 740 at 2×, unthrottled, median of ${RUNS}`);
console.log("| page | font lookups | sizes asked | fallback lookups | ms in lookups | ms in layout | faces |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const path of PAGES) {
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await load(path));
  const m = (k) => median(loads.map((l) => l[k]));
  console.log(`| \`${path}\` | ${m("lookups")} | ${m("sizes")} | ${m("fallbacks")} | ${m("fontMs").toFixed(1)} | ` +
    `${m("layoutMs").toFixed(1)} | ${m("faces")} |`);
}
await browser.close();
