// axe-core (from npm) finds no accessibility violations at laptop and phone widths: the page as
// it opens, the import dialog, the export menu, a rule page, the preview tab and, on a phone,
// the findings sheet.
//
// axe is run through `page.evaluate` of its source: that is DevTools evaluation, which the
// page's Content-Security-Policy does not govern, so the app runs under its real policy
// (no bypassCSP) and the fixture still fails the test on any violation. axe only reads the
// page; it adds no markup of its own.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe on the page and returns its violations as readable lines. */
async function violations(page) {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary}`).slice(0, 5),
    }));
  });
  return found.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.join("\n  ")}`);
}

/** The example has loaded and been linted. */
async function ready(page) {
  await page.goto("/");
  await expect(page.locator(".finding").first()).toBeAttached();
  await expect(page.locator(".save-status")).toHaveText("Saved");
}

for (const [name, width, height] of [["laptop", 1280, 800], ["phone", 390, 844]]) {
  test.describe(`at ${width} px (${name})`, () => {
    test.use({ viewport: { width, height } });

    test("the page as it opens has no axe violations", async ({ page }) => {
      await ready(page);
      expect(await violations(page)).toEqual([]);
    });

    test("the import dialog has no axe violations", async ({ page }) => {
      await ready(page);
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("the open export menu has no axe violations", async ({ page }) => {
      await ready(page);
      await page.getByRole("button", { name: "Export" }).click();
      await expect(page.locator("#export-panel")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("a rule page has no axe violations", async ({ page }) => {
      await ready(page);
      if (width <= 760) await page.getByRole("button", { name: /Findings|Back to findings/ }).click();
      await page.locator('.finding[data-rule="vague-requirement"] .rule-link').first().click();
      await expect(page.locator(".rule-page")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("the preview tab has no axe violations", async ({ page }) => {
      await ready(page);
      if (width <= 760) await page.getByRole("button", { name: /Findings|Back to findings/ }).click();
      await page.getByRole("tab", { name: "Preview" }).click();
      await expect(page.getByRole("article", { name: "Preview" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    if (width <= 760) {
      test("the findings sheet has no axe violations", async ({ page }) => {
        await ready(page);
        await page.getByRole("region", { name: "Score and finding counts" }).getByRole("button").click();
        await expect(page.getByRole("region", { name: "Findings", exact: true })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
