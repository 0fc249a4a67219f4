// First run: the built-in example opens marked as an example, with "Import your posting" and
// "Start blank" as the first choices; the static shell of index.html is gone once the app is up.
import { test, expect } from "./fixtures.mjs";

const banner = (page) => page.getByRole("region", { name: "Example posting" });
const titleField = (page) => page.getByRole("textbox", { name: "Job title", exact: true });
const saved = (page) => page.locator(".save-status");

test("the first run marks the example and offers import and a blank start first", async ({ page }) => {
  await page.goto("/");
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText("sample job posting");
  await expect(titleField(page)).toHaveValue("Senior Backend Engineer");
  // The shell painted before the app loaded is gone, and only one main landmark is left.
  await expect(page.locator("#app-shell")).toHaveCount(0);
  await expect(page.getByRole("main")).toHaveCount(1);
  // The banner's buttons are its first choices, in this order.
  const choices = banner(page).getByRole("button");
  await expect(choices).toHaveText(["Import your posting", "Start blank"]);
});

test("Import your posting opens the import dialog", async ({ page }) => {
  await page.goto("/");
  await banner(page).getByRole("button", { name: "Import your posting" }).click();
  await expect(page.getByRole("dialog", { name: "Import a posting" })).toBeVisible();
});

test("Start blank empties the draft (one undo step) and the banner goes", async ({ page }) => {
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
  await banner(page).getByRole("button", { name: "Start blank" }).click();
  await expect(titleField(page)).toHaveValue("");
  await expect(page.getByRole("textbox", { name: "About the role" })).toHaveValue("");
  await expect(banner(page)).toHaveCount(0);
  // One undo step brings the example back, and with it the banner.
  await page.getByRole("button", { name: "Undo", exact: true }).first().click();
  await expect(titleField(page)).toHaveValue("Senior Backend Engineer");
  await expect(banner(page)).toBeVisible();
  await page.getByRole("button", { name: "Redo", exact: true }).first().click();
  await expect(titleField(page)).toHaveValue("");
  await expect(saved(page)).toHaveText("Saved");
  // A reload opens the blank draft, not the example, and no banner: the first run is over.
  await page.reload();
  await expect(titleField(page)).toHaveValue("");
  await expect(banner(page)).toHaveCount(0);
});

test("the banner goes once the example is edited, and never shows on a later start", async ({ page }) => {
  await page.goto("/");
  await expect(banner(page)).toBeVisible();
  await titleField(page).fill("Staff Backend Engineer");
  await expect(banner(page)).toHaveCount(0);
  await expect(saved(page)).toHaveText("Saved");
  await page.reload();
  await expect(titleField(page)).toHaveValue("Staff Backend Engineer");
  await expect(banner(page)).toHaveCount(0);
});
