// The app loads the release build, shows the built-in example, and works offline after the
// first load (service worker).
import { test, expect } from "./fixtures.mjs";

test("the app loads and shows the example posting", async ({ page }) => {
  await page.goto("/");
  // The preview is a tab of the side column.
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Senior Backend Engineer" }).first()).toBeVisible();
  await expect(page.getByText(/Postwright \d+\.\d+\.\d+/)).toBeVisible();
});

test("after the first load the app reloads offline", async ({ page, context }) => {
  await page.goto("/");
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active && registration.active.state;
  });
  // Wait until the worker controls the page, so the reload goes through it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 }).catch(async () => {
    await page.reload();
  });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Senior Backend Engineer" }).first()).toBeVisible();
  // A rule's page loads its documentation (rule-docs.json) from the offline cache.
  await page.getByRole("tab", { name: /^Findings/ }).click();
  const findings = page.getByRole("region", { name: "Findings", exact: true });
  await findings.locator('.finding[data-rule="on-call-disclosure"]').getByRole("button", { name: "on-call-disclosure" }).click();
  await expect(findings.locator(".rule-page").getByRole("heading", { name: "Why is this bad?" })).toBeVisible();
  await context.setOffline(false);
});
