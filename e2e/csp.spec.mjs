// The release build's Content-Security-Policy: the page carries it, holds no inline code, and the
// whole app (service worker, editing, the score bars, rule pages, import, downloads, rich copy)
// works under it; the fixture fails any test that causes a violation. Trusted Types: only
// Postwright's two policies exist, and the default one refuses HTML that could run script. Sent
// as a header (README.md), the same policy also keeps the app out of other sites' frames.
import { test, expect } from "./fixtures.mjs";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { HEADER_POLICY, META_POLICY, sourceProblems } from "../scripts/csp.mjs";

const dist = process.env.E2E_DIST || new URL("../dist/", import.meta.url).pathname;
const readme = new URL("../README.md", import.meta.url);
const saved = (page) => page.locator(".save-status");
const titleField = (page) => page.getByRole("textbox", { name: "Job title", exact: true });

/** Hostile HTML the default Trusted Types policy must refuse. */
const REFUSED = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><a xlink:href='javascript:alert(1)'>x</a></svg>",
  "<a href=\"javascript:alert(1)\">x</a>",
  "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
  "<a href=\"jav&#x61;script&colon;alert(1)\">x</a>",
  "<a href=\"java\tscript:alert(1)\">x</a>",
  "<iframe src=\"data:text/html,<b>x</b>\"></iframe>",
  "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
  "<object data=\"data:text/html;base64,PHNjcmlwdD4=\"></object>",
  "<embed src=\"x.swf\">",
  "<div/onclick=alert(1)>x</div>",
  "<body onload=alert(1)>",
  "<base href=\"https://evil.example/\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
  "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
];
/** Markup of the kind Leptos writes into its templates, and text that only looks dangerous. */
const ACCEPTED = [
  '<div class="banner"><p><strong>Saved</strong></p><button type="button" class="button">Undo</button></div>',
  '<a href="https://example.com/jobs/42" rel="noopener noreferrer" target="_blank"></a>',
  "<p>&lt;script&gt;alert(1)&lt;/script&gt; and javascript: in text, onload=x in text</p>",
  '<input type="text" id="field-title" autocomplete="organization">',
];

test("the built page carries the policy, holds no inline code, and README documents the header", async () => {
  const page = readFileSync(join(dist, "index.html"), "utf8");
  const metas = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g) ?? [];
  expect(metas).toHaveLength(1);
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`);
  // Before anything that loads a resource.
  expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.search(/<script|<link/));
  expect(sourceProblems(page)).toEqual([]);
  for (const directive of ["script-src 'self' 'wasm-unsafe-eval'", "require-trusted-types-for 'script'", "object-src 'none'"]) {
    expect(META_POLICY).toContain(directive);
  }
  expect(META_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  expect(readFileSync(readme, "utf8")).toContain(`Content-Security-Policy: ${HEADER_POLICY}`);
});

test("the whole app works under the policy", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 })
    .catch(() => page.reload());
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Editing re-renders the score and gender bars (CSSOM `style:width`, which the policy allows).
  const bars = page.locator(".score-card [style]");
  const widthsBefore = await bars.evaluateAll((elements) => elements.map((element) => element.style.width));
  expect(widthsBefore.length).toBeGreaterThan(0);
  await titleField(page).fill("Rockstar ninja developer");
  await expect(saved(page)).toHaveText("Saved");

  // A rule page.
  const panel = page.getByRole("region", { name: "Findings" });
  await panel.locator('.finding[data-rule="on-call-disclosure"]').getByRole("button", { name: "on-call-disclosure" }).click();
  await expect(panel.locator(".rule-page").getByRole("heading", { name: "Why is this bad?" })).toBeVisible();
  await panel.locator(".rule-page").getByRole("button", { name: /Back/ }).click();

  // Import: paste into the dialog and accept.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import a posting" });
  await dialog.getByLabel("Posting text").fill("# Barista\n\n## Responsibilities\n\n- Pull espresso shots\n");
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Markdown");
  await dialog.getByRole("button", { name: "Import as new draft" }).click();
  await expect(titleField(page)).toHaveValue("Barista");

  // Downloads and the rich copy.
  for (const name of ["Download HTML page", "Download Markdown", "Download JSON (draft)"]) {
    await page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
    expect(readFileSync(await download.path(), "utf8")).toContain("Barista");
  }
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("button", { name: "Copy for job board" }).click();
  await expect(page.locator(".toast > span").first()).toHaveText("Copied");
  const html = await page.evaluate(async () => {
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes("text/html")) return await (await item.getType("text/html")).text();
    }
    return null;
  });
  expect(html).toContain("Barista");

  // Offline reload through the worker, still under the policy.
  await context.setOffline(true);
  await page.reload();
  await expect(titleField(page)).toHaveValue("Barista");
  await context.setOffline(false);
});

test("Trusted Types: the default policy refuses script-bearing HTML and no other policy can be made", async ({ page, csp }) => {
  // This test provokes Trusted Types violations on purpose (and checks they were reported).
  csp.allow(/TrustedType|trusted-types|TrustedScript/);
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
  const result = await page.evaluate(
    ({ refused, accepted }) => {
      const outcome = (run) => {
        try {
          run();
          return "ran";
        } catch (error) {
          return error.name;
        }
      };
      const policy = window.trustedTypes.defaultPolicy;
      const probe = document.createElement("div");
      return {
        refusedByPolicy: refused.map((html) => outcome(() => policy.createHTML(html))),
        refusedByInnerHtml: refused.map((html) => outcome(() => (probe.innerHTML = html))),
        accepted: accepted.map((html) => outcome(() => policy.createHTML(html))),
        acceptedInnerHtml: accepted.map((html) => outcome(() => (probe.innerHTML = html))),
        noScriptUrls: outcome(() => policy.createScriptURL("./sw.js")),
        scriptSrc: outcome(() => (document.createElement("script").src = "./evil.js")),
        newPolicy: outcome(() => window.trustedTypes.createPolicy("evil", { createHTML: (s) => s })),
        secondWorkerPolicy: outcome(() => window.trustedTypes.createPolicy("postwright-sw", {})),
        timerString: outcome(() => window.setTimeout("window.__timerRan = true", 0)),
      };
    },
    { refused: REFUSED, accepted: ACCEPTED },
  );
  expect(result.refusedByPolicy).toEqual(REFUSED.map(() => "TypeError"));
  expect(result.refusedByInnerHtml).toEqual(REFUSED.map(() => "TypeError"));
  expect(result.accepted).toEqual(ACCEPTED.map(() => "ran"));
  expect(result.acceptedInnerHtml).toEqual(ACCEPTED.map(() => "ran"));
  expect(result.noScriptUrls).toBe("TypeError");
  expect(result.scriptSrc).toBe("TypeError");
  expect(result.newPolicy).toBe("TypeError");
  expect(result.secondWorkerPolicy).toBe("TypeError");
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => window.__timerRan === true)).toBe(false);
  // Those blocked attempts are reported as violations (script URL, policy names, string timer).
  const violations = await page.evaluate(() => window.__cspViolations);
  expect(violations.some((text) => text.includes("trusted-types"))).toBe(true);
  expect(violations.some((text) => text.includes("require-trusted-types-for"))).toBe(true);
});

/** Serves `root` on 127.0.0.1 with `headers` on every response. */
async function serve(root, headers, pages = {}) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm",
    ".css": "text/css", ".png": "image/png", ".webmanifest": "application/manifest+json" };
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (pages[path]) {
      response.writeHead(200, { "content-type": "text/html", ...headers }).end(pages[path]);
      return;
    }
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream", ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}

test("sent as a header, the policy runs the app and keeps it out of other sites' frames", async ({ page, csp }) => {
  const app = await serve(dist, { "content-security-policy": HEADER_POLICY });
  // Another origin (another port) that tries to show the app in a frame.
  const framing = await serve(dist, {}, { "/frame.html": `<!doctype html><title>frame</title><iframe src="${app.base}"></iframe>` });
  try {
    await page.goto(app.base);
    await expect(saved(page)).toHaveText("Saved");
    await titleField(page).fill("Header policy");
    await expect(saved(page)).toHaveText("Saved");

    csp.allow(/frame-ancestors/);
    const other = await page.context().newPage();
    await other.goto(`${framing.base}frame.html`);
    await expect.poll(() => other.frames().length).toBe(2);
    const frame = other.frames()[1];
    await expect.poll(() => frame.url(), { timeout: 10_000 }).toMatch(/^chrome-error:|^about:blank$/);
    expect(await frame.locator(".app").count().catch(() => 0)).toBe(0);
  } finally {
    app.server.close();
    framing.server.close();
  }
});
