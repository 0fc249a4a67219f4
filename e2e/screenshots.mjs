// Takes screenshots of the release build (dist/) at laptop and phone widths:
//   node e2e/screenshots.mjs [OUT_DIR]   (default: docs/)
// Used for the README and for looking at what the app shows a person; not a test.
import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const root = process.env.E2E_DIST || new URL("../dist/", import.meta.url).pathname;
const out = process.argv[2] || new URL("../docs/", import.meta.url).pathname;
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".png": "image/png", ".webmanifest": "application/manifest+json" };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = join(root, path.endsWith("/") ? path + "index.html" : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [name, width, height] of [["screenshot", 1280, 860], ["screenshot-phone", 390, 844]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(out, `${name}.png`) });
  const full = join(out, `${name}-full.png`);
  if (process.env.FULL) await page.screenshot({ path: full, fullPage: true });
  console.log(`wrote ${join(out, name)}.png`);
  await page.close();
}
await browser.close();
server.close();
