// Cold-start benchmark (not a test): from navigation to the first finding on screen, for two
// release builds side by side.
//
//   node e2e/cold-start.mjs OLD_DIST NEW_DIST [RUNS]      (RUNS default 10)
//
// Serves each build with brotli/gzip (scripts/serve-dist.mjs) on its own port and opens it in
// a fresh browser context each run (empty HTTP cache, storage and service worker: the user's
// first visit, which opens the built-in example). Runs alternate old, new, old, new, ... so
// both builds see the same machine load; first unthrottled, then at 4x CPU slowdown
// (`Emulation.setCPUThrottlingRate`). A run's time is from navigation start to the frame
// painted after the first highlighted finding (`mark` in a highlight mirror, or a row of the
// findings list) entered the page. Also reports first contentful paint and, for builds that set
// the `postwright:start` / `postwright:mounted` marks, the app's mount. Prints every run and
// the medians, and the new build's median as a share of the old one's.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { serveDist } from "../scripts/serve-dist.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright");

const [oldArg, newArg, runsArg] = process.argv.slice(2);
if (!oldArg || !newArg) {
  console.error("usage: node e2e/cold-start.mjs OLD_DIST NEW_DIST [RUNS]");
  process.exit(2);
}
const RUNS = Number(runsArg || 10);
const FINDING = ".hl-mirror mark, li.finding";
const TIMEOUT_MS = 60_000;

/** Runs in the page before its own scripts: notes when the first finding is painted. */
function watchFirstFinding(selector) {
  window.__firstFinding = null;
  const found = () => {
    if (window.__firstFinding !== null || !document.querySelector(selector)) return false;
    // The frame that shows it: the next animation frame's paint.
    window.__firstFinding = -1;
    requestAnimationFrame(() => setTimeout(() => (window.__firstFinding = performance.now()), 0));
    return true;
  };
  new MutationObserver((_, observer) => {
    if (found()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

const builds = [
  { name: "old", dir: resolve(oldArg) },
  { name: "new", dir: resolve(newArg) },
];
for (const build of builds) build.server = await serveDist(build.dir);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});

/** One cold start of `build` at CPU slowdown `rate`: milliseconds to the first finding, and FCP. */
async function coldStart(build, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(watchFirstFinding, FINDING);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.goto(build.server.url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__firstFinding > 0, null, { timeout: TIMEOUT_MS, polling: 50 });
    return await page.evaluate(async () => ({
      finding: window.__firstFinding,
      // The app's own start (builds that set the marks): mounting, first lint included.
      mount: (() => {
        const start = performance.getEntriesByName("postwright:start")[0];
        const mounted = performance.getEntriesByName("postwright:mounted")[0];
        return start && mounted ? mounted.startTime - start.startTime : NaN;
      })(),
      // The paint entry may be reported a little after the paint itself.
      fcp: await new Promise((done) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName("first-contentful-paint")[0];
          if (entry) done(entry.startTime);
        }).observe({ type: "paint", buffered: true });
        setTimeout(() => done(NaN), 5000);
      }),
    }));
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;

try {
  // One warm-up start each (browser and server caches of the machine, not of the page).
  for (const build of builds) await coldStart(build, 1);
  for (const rate of [1, 4]) {
    const label = rate === 1 ? "unthrottled" : `${rate}x CPU slowdown`;
    console.log(`== ${label}: ${RUNS} cold starts each, alternating`);
    const results = { old: [], new: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const build of run % 2 ? [...builds].reverse() : builds) {
        const result = await coldStart(build, rate);
        results[build.name].push(result);
        const mount = Number.isNaN(result.mount) ? "" : `, mount ${ms(result.mount)}`;
        console.log(`  run ${String(run + 1).padStart(2)} ${build.name}: first finding ${ms(result.finding)}, first contentful paint ${ms(result.fcp)}${mount}`);
      }
    }
    const summary = {};
    for (const build of builds) {
      summary[build.name] = {
        finding: median(results[build.name].map((r) => r.finding)),
        fcp: median(results[build.name].map((r) => r.fcp)),
        mount: median(results[build.name].map((r) => r.mount)),
      };
      const mount = Number.isNaN(summary[build.name].mount) ? "" : `, mount ${ms(summary[build.name].mount)}`;
      console.log(`  median ${build.name}: first finding ${ms(summary[build.name].finding)}, first contentful paint ${ms(summary[build.name].fcp)}${mount}  (${build.dir})`);
    }
    const share = summary.new.finding / summary.old.finding;
    console.log(`  new/old (first finding, medians): ${(share * 100).toFixed(0)}%`);
  }
} finally {
  await browser.close();
  for (const build of builds) build.server.close();
}
