// Playwright end-to-end tests against the release build in dist/, in Debian's Chromium.
// Never `playwright install`: this machine cannot download browsers.
import { defineConfig } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";

// Every spec takes `test` from ./fixtures.mjs, which fails a test on any Content-Security-Policy
// violation or console report; a spec importing "@playwright/test" itself would skip that check.
const here = new URL(".", import.meta.url);
const unwatched = readdirSync(here)
  .filter((name) => name.endsWith(".spec.mjs"))
  .filter((name) => /from\s+["']@playwright\/test["']/.test(readFileSync(new URL(name, here), "utf8")));
if (unwatched.length > 0) {
  throw new Error(`${unwatched.join(", ")}: import { test, expect } from "./fixtures.mjs", not "@playwright/test"`);
}

const PORT = Number(process.env.E2E_PORT || 8765);
// The build under test: dist/ by default; E2E_DIST points elsewhere (absolute path).
const DIST = process.env.E2E_DIST || "../dist";

export default defineConfig({
  testDir: ".",
  outputDir: "test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "ignore",
    timeout: 30_000,
  },
});
