// A plain static file server, like a typical static host: no rewrite rules.
// `/x` serves x, else x.html, else x/index.html; anything else gets 404.html with status 404.
// Precompressed `.br` / `.gz` files are sent when the browser accepts them.
// Usage: node e2e/server.mjs DIR PORT
import { createServer } from "node:http";
import { stat, readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const root = process.argv[2] ?? "dist";
const port = Number(process.argv[3] ?? 8080);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
  ".txt": "text/plain; charset=utf-8", ".webmanifest": "application/manifest+json", ".ico": "image/x-icon",
};

async function isFile(path) {
  try { return (await stat(path)).isFile(); } catch { return false; }
}

async function resolve(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, clean);
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let file = await resolve(url.pathname);
  let status = 200;
  if (!file) { file = join(root, "404.html"); status = 404; }
  const type = types[extname(file)] ?? "application/octet-stream";
  const headers = { "Content-Type": type, "Cache-Control": "no-cache" };
  const accepts = req.headers["accept-encoding"] ?? "";
  let body;
  for (const [enc, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (accepts.includes(enc) && (await isFile(file + ext))) {
      body = await readFile(file + ext);
      headers["Content-Encoding"] = enc;
      headers["Vary"] = "Accept-Encoding";
      break;
    }
  }
  try { body ??= await readFile(file); } catch { status = 404; body = "not found"; }
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
