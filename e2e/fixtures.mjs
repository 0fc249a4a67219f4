// The `test` every spec uses: Playwright's, with a Content-Security-Policy watch on every page of
// the test's browser context. An init script records each `securitypolicyviolation` event on
// window and logs it; console errors naming the policy or Trusted Types are collected too. After
// the test, any of these fails it, unless the test declared it expected with
// `csp.allow(/pattern/)` (tests that provoke a violation on purpose).
// e2e/playwright.config.mjs refuses spec files that import "@playwright/test" directly.
import { test as base, expect } from "@playwright/test";

/** Console text the browser prints for a blocked load, inline code or Trusted Types sink. */
const POLICY_CONSOLE = /Content.Security.Policy|Trusted ?(Types?|HTML|Script)|Refused to|CSP violation/i;

function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener(
    "securitypolicyviolation",
    (event) => {
      const text = `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber} sample=${JSON.stringify(event.sample)}`;
      window.__cspViolations.push(text);
      console.error(text);
    },
    true,
  );
}

export const test = base.extend({
  csp: async ({}, use) => {
    const allowed = [];
    await use({
      /** Declares violations matching `pattern` expected in this test. */
      allow(pattern) {
        allowed.push(pattern);
      },
      allowed,
    });
  },
  context: async ({ context, csp }, use) => {
    const seen = [];
    await context.addInitScript(recordViolations);
    const watch = (page) =>
      page.on("console", (message) => {
        if (message.type() === "error" && POLICY_CONSOLE.test(message.text())) {
          seen.push(`${page.url()}: ${message.text()}`);
        }
      });
    context.pages().forEach(watch);
    context.on("page", watch);
    await use(context);
    for (const page of context.pages()) {
      if (page.isClosed()) continue;
      const recorded = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
      seen.push(...recorded.map((text) => `${page.url()}: ${text}`));
    }
    const unexpected = [...new Set(seen)].filter((text) => !csp.allowed.some((pattern) => pattern.test(text)));
    expect(unexpected, "Content-Security-Policy violations or console reports").toEqual([]);
  },
});

export { expect };
