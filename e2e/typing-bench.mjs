// Typing benchmark in headless Chromium (not a test): does typing in a long posting wait on the
// linter?
//
//   node e2e/typing-bench.mjs CORPUS_DIR [DIST_DIR] [WORDS]
//
// Builds a posting of about WORDS words (default 5,000) from the corpus postings (provenance
// headers removed), imports it through the app's import dialog as a new draft, then types 40
// characters, one key at a time, (a) into the job title and (b) at the end of the longest list
// item. For each it prints the longest frame (gap between animation frames; at 60 Hz a frame is
// 16.7 ms, so gaps up to about 20 ms are timer jitter and a gap over 33 ms is a dropped frame),
// and the time the keystroke handlers took (the Event Timing API's processing time). Run on a quiet machine: the figures are for comparing, not for a pass/fail.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, extname, resolve } from "node:path";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright");

const [corpusArg, distArg, wordsArg] = process.argv.slice(2);
if (!corpusArg) {
  console.error("usage: node e2e/typing-bench.mjs CORPUS_DIR [DIST_DIR] [WORDS]");
  process.exit(2);
}
const dist = resolve(distArg ?? "dist");
const target = Number(wordsArg ?? 5000);
const body = (text) => {
  if (!text.startsWith("---\n")) return text;
  const end = text.indexOf("\n---\n", 4);
  return end < 0 ? text : text.slice(end + 5);
};
// Whole postings until the target is reached, so the import sees real sections.
let text = "";
for (const name of readdirSync(join(corpusArg, "postings")).filter((n) => n.endsWith(".md")).sort()) {
  if (text.split(/\s+/).length >= target) break;
  text += body(readFileSync(join(corpusArg, "postings", name), "utf8")) + "\n\n";
}

const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".webmanifest": "application/manifest+json", ".png": "image/png" };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, "index.html");
  response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByLabel("Posting text").fill(text);
  // Postings joined from the corpus can read as a page of several roles: keep them one draft.
  const oneDraft = page.getByLabel("All as one draft");
  await page.waitForTimeout(500);
  if (await oneDraft.count()) await oneDraft.check();
  await page.getByRole("button", { name: "Import as new draft" }).click();
  const words = await page.evaluate(() =>
    [...document.querySelectorAll("main input, main textarea")].map((e) => e.value).join(" ").split(/\s+/).filter(Boolean).length);
  console.log(`posting: ${words} words in the editor's fields`);

  const longestItem = await page.evaluate(() => {
    let best = null;
    for (const element of document.querySelectorAll("textarea.item-text")) {
      if (!best || element.value.length > best.value.length) best = element;
    }
    return best && best.id;
  });
  for (const [label, selector] of [["job title", "#field-title"], ["longest list item", `#${longestItem}`]]) {
    await page.click(selector);
    await page.keyboard.press("End");
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__frames = [];
      window.__events = [];
      let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__frames.length < 100000) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === "keydown" || entry.name === "input" || entry.name === "keypress") {
            window.__events.push(entry.processingEnd - entry.processingStart);
          }
        }
      }).observe({ type: "event", durationThreshold: 0, buffered: false });
    });
    for (const key of "typing into a long posting, forty chars".split("")) {
      await page.keyboard.type(key);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(600);
    const result = await page.evaluate(() => {
      const frames = window.__frames.slice(1);
      const events = window.__events;
      return {
        frames: frames.length,
        longest: Math.max(...frames),
        over20: frames.filter((f) => f > 20).length,
        dropped: frames.filter((f) => f > 33.4).length,
        handlerMax: events.length ? Math.max(...events) : NaN,
        handlerMean: events.length ? events.reduce((a, b) => a + b, 0) / events.length : NaN,
      };
    });
    console.log(
      `typing in ${label.padEnd(18)} frames ${result.frames}, longest ${result.longest.toFixed(1)} ms, ` +
        `over 20 ms: ${result.over20}, dropped (over 33 ms): ${result.dropped}; key handlers mean ${result.handlerMean.toFixed(2)} ms, max ${result.handlerMax.toFixed(2)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
