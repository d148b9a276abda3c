// Leak finder: walks the tour room to room (→ and ←, one app, never reloaded) and reports the heap
// blocks allocated during a window of moves that are still allocated long after it, grouped by where
// they were allocated. Needs a build with the `alloc-stats` feature and function names:
//
//   KEEP_NAMES=1 TRUNK_BUILD_FEATURES=alloc-stats bash scripts/build-site.sh target/leak-dist
//   node e2e/server.mjs target/leak-dist 4181 & node e2e/bench/leaks.mjs http://127.0.0.1:4181
//
// WARM (100) moves first, so that every room file, image and cache the tour fills is filled; blocks
// are recorded for the next WINDOW (20) moves; AFTER (100) moves later, what is still allocated is
// printed. A leak shows as stacks whose count grows with WINDOW. WALK=exhibits walks exhibit to
// exhibit (across rooms) instead of room to room, WALK=trail from stop to stop of the first trail,
// WALK=floors switches the floor plan between floors 1 and 2 (its buttons), WALK=world the world
// map's continent filter between Europe and Asia (its chips), WALK=search types four words in turn
// into the search page's box, WALK=pages goes round the header's links (entrance, floor plan, world
// map, trails, about); ROOMS=n keeps the walk to the tour's first n rooms.
// It prints; it asserts nothing.
import { launch } from "./browser.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:4181";
const [WARM, WINDOW, AFTER] = ["WARM", "WINDOW", "AFTER"].map((k, i) => Number(process.env[k] ?? [100, 20, 100][i]));
const LOOK = Number(process.env.LOOK_MS ?? 80);
const FRAMES = Number(process.env.FRAMES ?? 14);

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript((frames) => {
  Error.stackTraceLimit = frames + 4;
  addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; });
  const blocks = new Map();
  window.__blocks = blocks;
  // 0: a new block (ptr, size); 1: freed (ptr); 2: moved by realloc (ptr, new ptr).
  globalThis.__allocTrack = (event, ptr, arg) => {
    if (event === 0) blocks.set(ptr, { size: arg, stack: new Error().stack });
    else if (event === 1) blocks.delete(ptr);
    else if (blocks.has(ptr)) { blocks.set(arg, blocks.get(ptr)); blocks.delete(ptr); }
  };
}, FRAMES);
const museum = await (await page.request.get(`${base}/data/museum.json`)).json();
// The stops of the walk, in order: the tour's rooms, or every exhibit of every room in tour order.
const stops = [];
// A stop reached by a click: `click` is the [role, name] of what to click, `done` a condition on the page.
if (process.env.WALK === "floors") {
  for (const f of [1, 2]) {
    stops.push({ path: "/map", click: ["button", `Floor ${f}`], done: `.floor-switch [aria-pressed=true]`, text: `${f}` });
  }
} else if (process.env.WALK === "pages") {
  const nav = [["/", "Entrance"], ["/map", "Floor plan"], ["/world", "World map"], ["/trails", "Trails"], ["/about", "About"]];
  for (const [path, name] of nav) stops.push({ path, click: ["link", name], within: ".site-nav", done: "main h1", text: "" });
} else if (process.env.WALK === "search") {
  for (const q of ["painting", "stamp", "silk", "drum"]) stops.push({ path: "/search", fill: q });
} else if (process.env.WALK === "world") {
  for (const c of ["Europe", "Asia"]) stops.push({ path: "/world", click: ["link", c], done: `.chips [aria-current]`, text: c });
} else if (process.env.WALK === "trail") {
  // Every stop of the first trail (its page's heading is not known in advance: no title).
  const trail = (await (await page.request.get(`${base}/data/trails.json`)).json()).trails[0];
  trail.stops.forEach((_, i) => stops.push({ path: `/trails/${trail.id}/${i + 1}` }));
} else for (const id of museum.tour.slice(0, Number(process.env.ROOMS ?? museum.tour.length))) {
  if (process.env.WALK !== "exhibits") {
    stops.push({ path: `/rooms/${id}`, title: museum.rooms.find((r) => r.id === id).title.en });
    continue;
  }
  const room = await (await page.request.get(`${base}/data/rooms/${id}.json`)).json();
  for (const e of room.exhibits) stops.push({ path: `/rooms/${id}/${e.id}`, title: e.title.en });
}
await page.goto(`${base}${stops[0].path}`);
await page.waitForFunction(() => window.__wasm?.alloc_track && !document.getElementById("prerender"));

let at = 0;
let step = 1;
const walk = async (moves) => {
  for (let i = 0; i < moves; i++) {
    if (at + step < 0 || at + step >= stops.length) step = -step;
    at += step;
    const { click, done, text, fill, within, path } = stops[at];
    if (fill) {
      await page.locator(".search-page input[type=search]").fill(fill);
      await page.waitForFunction((q) => location.search.includes(q) && document.querySelector(".search-count"), fill);
      await page.waitForTimeout(LOOK);
      continue;
    }
    if (click) {
      await page.locator(within ?? "body").getByRole(click[0], { name: click[1], exact: true }).first().click();
      await page.waitForFunction(([done, text, path]) => location.pathname === path
        && [...document.querySelectorAll(done)].some((e) => e.textContent.includes(text)), [done, text, path]);
      await page.waitForTimeout(LOOK);
      continue;
    }
    await page.keyboard.press(step > 0 ? "ArrowRight" : "ArrowLeft");
    await page.waitForFunction(({ path, title }) => location.pathname === path
      && (title === undefined || document.querySelector("main h1")?.textContent === title), stops[at]);
    await page.waitForTimeout(LOOK);
  }
};
const live = () => page.evaluate(() => [window.__wasm.alloc_live_bytes(), window.__wasm.alloc_live_blocks()]);

await walk(WARM);
const before = await live();
await page.evaluate(() => window.__wasm.alloc_track(1, 0));
await walk(WINDOW);
await page.evaluate(() => window.__wasm.alloc_track(0, 0));
const during = await live();
await walk(AFTER);
const after = await live();
await page.evaluate(() => window.__wasm.alloc_track(0, 1));

const kb = ([bytes, blocks]) => `${(bytes / 1024).toFixed(1)} KB in ${blocks} blocks`;
console.log(`heap after ${WARM} moves: ${kb(before)}; after ${WINDOW} more: ${kb(during)}; after ${AFTER} more: ${kb(after)}`);
const groups = await page.evaluate((frames) => {
  const by = new Map();
  for (const { size, stack } of window.__blocks.values()) {
    // Drop the tracker's own frames (the Error, the glue's import, the allocator) and keep the callers.
    const lines = stack.split("\n").slice(1).map((l) => l.trim().replace(/^at /, "").replace(/ \(.*$/, ""));
    const start = lines.findIndex((l) => /alloc|malloc|rdl_|__rust/i.test(l) === false && !/__allocTrack|wbg|imports/.test(l));
    const key = lines.slice(Math.max(0, start), start + frames).join("\n    ");
    const g = by.get(key) ?? { count: 0, bytes: 0 };
    g.count++; g.bytes += size;
    by.set(key, g);
  }
  return [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 12);
}, FRAMES);
const total = groups.reduce((n, [, g]) => n + g.count, 0);
console.log(`blocks from the ${WINDOW} tracked moves still allocated ${AFTER} moves later (top stacks, ${total} blocks):`);
for (const [stack, g] of groups) console.log(`\n${g.count} blocks, ${g.bytes} B\n    ${stack}`);
await browser.close();
