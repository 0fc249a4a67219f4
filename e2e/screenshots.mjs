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
/** Opens the app in a fresh page (fresh storage: the first run) and waits for the findings. */
async function open(width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(".finding").first().waitFor({ state: "attached" });
  await page.waitForTimeout(500);
  return page;
}

async function shot(page, name) {
  await page.screenshot({ path: join(out, `${name}.png`) });
  if (process.env.FULL) await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
  console.log(`wrote ${join(out, name)}.png`);
}

// First run at laptop and phone widths.
let page = await open(1280, 860);
await shot(page, "screenshot");
// A linted posting: a title with jargon, its finding clicked so the words are selected.
await page.getByRole("textbox", { name: "Job title", exact: true }).fill("Rockstar backend ninja");
await page.locator('.finding[data-rule="culture-jargon"] .finding-jump').first().click();
await page.waitForTimeout(300);
await shot(page, "screenshot-linted");
// The preview tab.
await page.getByRole("tab", { name: "Preview" }).click();
await page.waitForTimeout(300);
await shot(page, "screenshot-preview");
await page.context().close();

page = await open(390, 844);
await shot(page, "screenshot-phone");
// The findings sheet, opened from the bar at the bottom.
await page.locator("#phone-bar-open").click();
await page.waitForTimeout(300);
await shot(page, "screenshot-phone-findings");
// The preview tab of the same sheet.
await page.getByRole("tab", { name: "Preview" }).click();
await page.waitForTimeout(300);
await shot(page, "screenshot-phone-preview");
await page.context().close();

// A linted posting on a phone: the jargon title's finding opened from the sheet, which closes
// and selects the words in the form (the bar offers the way back to the list).
page = await open(390, 844);
await page.getByRole("textbox", { name: "Job title", exact: true }).fill("Rockstar backend ninja");
await page.locator("#phone-bar-open").click();
await page.waitForTimeout(300);
await page.locator('.finding[data-rule="culture-jargon"] .finding-jump').first().click();
await page.waitForTimeout(400);
await shot(page, "screenshot-phone-linted");
await page.context().close();
await browser.close();
server.close();
