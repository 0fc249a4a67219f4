// The structured editor: edits survive a reload, undo/redo, list items, phone width.
import { test, expect } from "./fixtures.mjs";

const saved = (page) => page.locator(".save-status");

test("an edited field is still there after a reload", async ({ page }) => {
  await page.goto("/");
  const title = page.getByRole("textbox", { name: "Job title", exact: true });
  await expect(title).not.toHaveValue("");
  await title.fill("Principal Platform Engineer");
  // The preview is a tab of the side column.
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Principal Platform Engineer" })).toBeVisible();
  await expect(saved(page)).toHaveText("Saved");
  await page.getByLabel("Company name").fill("Acme Robotics");
  // Reload straight away: the pagehide flush must save the last keystrokes.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Job title", exact: true })).toHaveValue("Principal Platform Engineer");
  await expect(page.getByLabel("Company name")).toHaveValue("Acme Robotics");
});

test("undo and redo a text edit with the keyboard and the buttons", async ({ page }) => {
  await page.goto("/");
  const title = page.getByRole("textbox", { name: "Job title", exact: true });
  await expect(title).not.toHaveValue("");
  const original = await title.inputValue();
  await title.fill("Typed title");
  await expect(title).toHaveValue("Typed title");
  await title.press("Control+z");
  await expect(title).toHaveValue(original);
  await title.press("Control+Shift+z");
  await expect(title).toHaveValue("Typed title");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title).toHaveValue(original);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(title).toHaveValue("Typed title");
});

test("list items can be added, typed into and moved with Alt+Arrow", async ({ page }) => {
  await page.goto("/");
  const benefits = page.locator("#section-benefits");
  const before = await benefits.getByRole("textbox").count();
  await page.getByRole("button", { name: "Add benefit" }).click();
  const added = page.getByLabel(`Benefit ${before + 1}`, { exact: true });
  await expect(added).toBeFocused();
  await added.fill("Learning budget of EUR 1,500 a year");
  await page.getByRole("button", { name: "Add benefit" }).click();
  await page.getByLabel(`Benefit ${before + 2}`, { exact: true }).fill("Four-day week");
  await page.getByLabel(`Benefit ${before + 2}`, { exact: true }).press("Alt+ArrowUp");
  await expect(page.getByLabel(`Benefit ${before + 1}`, { exact: true })).toHaveValue("Four-day week");
  await expect(page.getByLabel(`Benefit ${before + 1}`, { exact: true })).toBeFocused();
  await page.getByRole("button", { name: `Remove Benefit ${before + 2}`, exact: true }).click();
  await expect(benefits.getByRole("textbox")).toHaveCount(before + 1);
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByRole("article", { name: "Preview" });
  await expect(preview).toContainText("Four-day week");
  await expect(preview).not.toContainText("Learning budget");
});

test("pay shows as a formatted range in the preview", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Minimum").fill("70000");
  await page.getByLabel("Maximum").fill("85000");
  await page.getByLabel("Currency").fill("EUR");
  await page.getByLabel("Period").selectOption("year");
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("article", { name: "Preview" })).toContainText("EUR 70,000 \u2013 85,000 per year");
});

test("at 390 px wide there is no horizontal scroll", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByRole("textbox", { name: "Job title", exact: true })).toBeVisible();
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await page.getByRole("button", { name: "Drafts" }).click();
  await expect(page.getByRole("button", { name: "New draft" })).toBeVisible();
  expect(await fits()).toBe(true);
});
