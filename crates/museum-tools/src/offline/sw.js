// The tour's service worker, written by `museum-tools offline` (do not edit the copy in dist/).
// The app shell is cached on install; everything else the visitor opens is cached as it loads,
// and "Save the whole museum" (the About page) fills the same cache with every data file and image.
// A new release has a new VERSION: its worker takes over and deletes the old caches.
const VERSION = "__VERSION__";
const CACHE = "museum-" + VERSION;
const SHELL = __SHELL__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("museum-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreSearch: request.mode === "navigate" });
}

// Pages: the network first (so a new release shows), else the cached page, else the app shell,
// which renders any route itself.
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await fromCache(request)) ?? (await fromCache(new Request("/index.html")));
    if (cached) return cached;
    throw error;
  }
}

// Files: the cache first (file names of the shell are hashed; data and images change only with a
// release, which brings a new cache), else the network, keeping a copy.
async function file(request) {
  const cached = await fromCache(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});
