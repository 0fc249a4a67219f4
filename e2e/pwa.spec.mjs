// PWA behaviour of the release build: the manifest and its icons, and a new deploy being picked
// up on the next load (no stale-cache trap). Serves its own copy of dist/ so it can "deploy" a
// new version into it.
import { test, expect } from "./fixtures.mjs";
import { createServer } from "node:http";
import { cp, mkdtemp, readFile, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";

const dist = process.env.E2E_DIST || new URL("../dist/", import.meta.url).pathname;
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".png": "image/png", ".webmanifest": "application/manifest+json" };

let root;
let server;
let base;

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "postwright-deploy-"));
  await cp(dist, root, { recursive: true });
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(root, path.endsWith("/") ? path + "index.html" : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream",
        "cache-control": "no-cache" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
});

test.afterAll(async () => {
  server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

test("the manifest names the app and its icons load", async ({ request }) => {
  const manifest = await (await request.get(base + "manifest.webmanifest")).json();
  expect(manifest.name).toContain("Postwright");
  expect(manifest.display).toBe("standalone");
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    const response = await request.get(base + icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});

test("the service worker precaches the build and a new deploy is picked up on the next load", async ({ page }) => {
  await page.goto(base);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 })
    .catch(() => page.reload());
  const firstCaches = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, entries: (await cache.keys()).map((request) => new URL(request.url).pathname) };
  });
  expect(firstCaches.names).toHaveLength(1);
  expect(firstCaches.entries.some((path) => path.endsWith(".wasm"))).toBe(true);
  expect(firstCaches.entries.some((path) => path.endsWith(".css"))).toBe(true);
  // The rules' documentation is a file of its own (not in the wasm): kept for offline use too.
  expect(firstCaches.entries).toContain("/rule-docs.json");

  // Deploy a "new version": a changed page and a worker with a new cache name.
  const index = await readFile(join(root, "index.html"), "utf8");
  await writeFile(join(root, "index.html"),
    index.replace("<title>", '<meta name="postwright-build" content="second" /><title>'));
  const worker = await readFile(join(root, "sw.js"), "utf8");
  await writeFile(join(root, "sw.js"), worker.replace(/postwright-[0-9a-f]+/, "postwright-0000000000000002"));

  await page.reload();
  await expect(page.locator('meta[name="postwright-build"]')).toHaveAttribute("content", "second");
  // The new worker takes over and deletes the old cache.
  await expect.poll(async () => page.evaluate(() => caches.keys()), { timeout: 20_000 })
    .toEqual(["postwright-0000000000000002"]);
});
