// Drafts: delete with undo, rename, and two pages of the same origin not overwriting each other.
import { test, expect } from "./fixtures.mjs";

const saved = (page) => page.locator(".save-status");

test("a deleted draft comes back with Undo", async ({ page }) => {
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
  await page.getByRole("button", { name: "New draft" }).click();
  await page.getByRole("textbox", { name: "Job title", exact: true }).fill("Night Shift Nurse");
  await expect(saved(page)).toHaveText("Saved");
  const drafts = page.getByRole("navigation", { name: "Drafts" });
  await expect(drafts.getByRole("button", { name: /^Night Shift Nurse Edited/ })).toBeVisible();

  await drafts.getByRole("button", { name: "Delete Night Shift Nurse" }).click();
  await expect(drafts.getByRole("button", { name: /^Night Shift Nurse Edited/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).last().click();
  await expect(drafts.getByRole("button", { name: /^Night Shift Nurse Edited/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Job title", exact: true })).toHaveValue("Night Shift Nurse");
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Drafts" }).getByRole("button", { name: /^Night Shift Nurse Edited/ })).toBeVisible();
});

test("a draft can be renamed and duplicated", async ({ page }) => {
  await page.goto("/");
  const drafts = page.getByRole("navigation", { name: "Drafts" });
  const title = await page.getByRole("textbox", { name: "Job title", exact: true }).inputValue();
  await drafts.getByRole("button", { name: `Rename ${title}` }).click();
  await page.getByLabel("Draft name").fill("Backend hiring 2026");
  await page.getByLabel("Draft name").press("Enter");
  await expect(drafts.getByRole("button", { name: /^Backend hiring 2026 Edited/ })).toBeVisible();
  await drafts.getByRole("button", { name: "Duplicate Backend hiring 2026" }).click();
  await expect(drafts.getByRole("button", { name: /^Copy of Backend hiring 2026 Edited/ })).toBeVisible();
  await expect(drafts.getByRole("listitem")).toHaveCount(2);
});

test("two pages of the same origin never overwrite each other's work", async ({ context }) => {
  // Fake timers: the autosaves run only when the test moves the clock on, so "both pages edit
  // before either saves" really holds, however slow the machine is.
  await context.clock.install();
  const settle = () => context.clock.runFor(2_000);
  const pageA = await context.newPage();
  await pageA.goto("/");
  await settle();
  await expect(saved(pageA)).toHaveText("Saved");
  const pageB = await context.newPage();
  await pageB.goto("/");
  await settle();
  await expect(saved(pageB)).toHaveText("Saved");

  // A saves while B has no edits: B silently picks up A's version.
  await pageA.getByRole("textbox", { name: "Job title", exact: true }).fill("Title from A");
  await settle();
  await expect(saved(pageA)).toHaveText("Saved");
  await expect(pageB.getByRole("textbox", { name: "Job title", exact: true })).toHaveValue("Title from A");

  // Both edit before either saves: one of them must offer the choice instead of overwriting.
  await pageA.getByLabel("Company name").fill("Company from A");
  await pageB.getByLabel("Company name").fill("Company from B");
  await expect(saved(pageA)).toHaveText("Unsaved changes");
  await expect(saved(pageB)).toHaveText("Unsaved changes");
  await settle();
  const conflictA = pageA.getByRole("button", { name: "Keep mine as a copy" });
  const conflictB = pageB.getByRole("button", { name: "Keep mine as a copy" });
  await expect
    .poll(async () => (await conflictA.isVisible()) || (await conflictB.isVisible()))
    .toBe(true);
  const loser = (await conflictA.isVisible()) ? pageA : pageB;
  await loser.getByRole("button", { name: "Keep mine as a copy" }).click();
  await settle();
  await expect(saved(loser)).toHaveText("Saved");

  const companies = await pageA.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("postwright.draft."))
      .map((key) => JSON.parse(localStorage.getItem(key)).document.posting.company)
      .sort(),
  );
  expect(companies).toEqual(["Company from A", "Company from B"]);
});
