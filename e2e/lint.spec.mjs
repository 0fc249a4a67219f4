// The lint experience in the editor: findings, highlights, jump to the words, fixes and undo,
// silencing, rule pages and settings, keyboard-only use, phone width.
import { test, expect } from "./fixtures.mjs";

const panel = (page) => page.getByRole("region", { name: "Findings" });
const rules = (page) => page.getByRole("region", { name: "Rules" });
const finding = (page, rule, words) => {
  const all = panel(page).locator(`.finding[data-rule="${rule}"]`);
  return words ? all.filter({ has: page.locator(".finding-words", { hasText: words }) }) : all;
};
const title = (page) => page.getByRole("textbox", { name: "Job title", exact: true });

/** The focused control's value and selected text. */
const selection = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      id: element.id,
      selected: element.value.substring(element.selectionStart, element.selectionEnd),
    };
  });

test("the example shows its findings, counted by severity, with the words highlighted", async ({ page }) => {
  await page.goto("/");
  await expect(finding(page, "on-call-disclosure")).toHaveCount(1);
  await expect(finding(page, "vague-requirement").first()).toBeVisible();
  await expect(finding(page, "pay-range-missing")).toHaveCount(1);
  await expect(panel(page).locator(".severity-counts")).toContainText("4 warnings");
  await expect(panel(page).getByRole("heading", { name: "Must-have requirements" })).toBeVisible();
  await expect(panel(page).locator(".score-value")).toHaveText(/^\d+\/100/);
  await expect(panel(page).locator(".score-card .explanation")).toContainText("4 warnings");
  await expect(panel(page).getByRole("heading", { name: "Gender coding" })).toBeVisible();
  const marks = page.locator("#section-must-have .hl-mirror mark:not(.related)");
  await expect(marks.filter({ hasText: /^Familiarity$/ })).toHaveCount(1);
  await expect(page.locator("#section-responsibilities mark", { hasText: "production incidents" })).toHaveCount(1);
});

test("clicking a finding selects exactly its words in the field", async ({ page }) => {
  await page.goto("/");
  await finding(page, "vague-requirement", "Strong understanding").locator(".finding-jump").click();
  await expect.poll(() => selection(page)).toEqual({
    id: expect.stringMatching(/^field-must-have-\d+$/),
    selected: "Strong understanding",
  });
  await finding(page, "on-call-disclosure").locator(".finding-jump").click();
  await expect.poll(async () => (await selection(page)).selected).toBe("on-call");
});

test("words after multi-byte text are selected at the right place", async ({ page }) => {
  await page.goto("/");
  await title(page).fill("Zürich — naïve 👍 rockstar wanted");
  await finding(page, "culture-jargon").locator(".finding-jump").click();
  await expect.poll(() => selection(page)).toEqual({ id: "field-title", selected: "rockstar" });
});

test("a fix applies with one click and Ctrl+Z undoes it", async ({ page }) => {
  await page.goto("/");
  await title(page).fill("We need a rockstar");
  const jargon = finding(page, "culture-jargon");
  await expect(jargon).toHaveCount(1);
  await expect(page.locator(".hl-wrap:has(#field-title) mark")).toHaveText("rockstar");
  await jargon.getByRole("button", { name: /^Fix: / }).first().click();
  await expect(title(page)).toHaveValue("We need an expert");
  await expect(jargon).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(title(page)).toHaveValue("We need a rockstar");
  await expect(jargon).toHaveCount(1);
});

test("a silenced finding disappears and stays silenced after a reload", async ({ page }) => {
  await page.goto("/");
  const onCall = finding(page, "on-call-disclosure");
  await expect(onCall).toHaveCount(1);
  await onCall.getByRole("button", { name: "Silence" }).click();
  await expect(onCall).toHaveCount(0);
  await expect(page.locator(".save-status")).toHaveText("Saved");
  await page.reload();
  await expect(finding(page, "vague-requirement").first()).toBeVisible();
  await expect(onCall).toHaveCount(0);
  await page.getByRole("tab", { name: "Rules", exact: true }).click();
  const silenced = rules(page).locator(".silenced-row");
  await expect(silenced).toContainText("on-call-disclosure");
  await expect(silenced.locator(".finding-words")).toHaveText("on-call");
  await silenced.getByRole("button", { name: /^Unsilence/ }).click();
  await expect(silenced).toHaveCount(0);
  await page.getByRole("tab", { name: /^Findings/ }).click();
  await expect(onCall).toHaveCount(1);
});

test("a rule's page shows its documentation", async ({ page }) => {
  await page.goto("/");
  await finding(page, "on-call-disclosure").getByRole("button", { name: "on-call-disclosure" }).click();
  const rulePage = panel(page).locator(".rule-page");
  await expect(rulePage.getByRole("heading", { name: "On-call disclosure on-call-disclosure", level: 2 })).toBeFocused();
  await expect(rulePage.getByRole("heading", { name: "Why is this bad?" })).toBeVisible();
  await expect(rulePage.getByRole("heading", { name: "Example" })).toBeVisible();
  await expect(rulePage.locator("pre code").first()).not.toBeEmpty();
  await rulePage.getByRole("button", { name: /Back/ }).click();
  await expect(finding(page, "on-call-disclosure")).toHaveCount(1);
});

test("a rule switched off in the settings stops reporting, and stays off after a reload", async ({ page }) => {
  await page.goto("/");
  await expect(finding(page, "vague-requirement").first()).toBeVisible();
  await page.getByRole("tab", { name: "Rules", exact: true }).click();
  const box = rules(page).getByRole("checkbox", { name: "vague-requirement" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(rules(page).getByRole("combobox", { name: "Severity of vague-requirement" })).toBeDisabled();
  await rules(page).getByRole("combobox", { name: "Severity of culture-jargon" }).selectOption("error");
  await page.getByRole("tab", { name: /^Findings/ }).click();
  await expect(finding(page, "vague-requirement")).toHaveCount(0);
  await expect(page.locator("#section-must-have mark", { hasText: /^Familiarity$/ })).toHaveCount(0);
  await title(page).fill("Rockstar");
  await expect(finding(page, "culture-jargon")).toHaveClass(/sev-error/);
  await expect(page.locator(".save-status")).toHaveText("Saved");
  await page.reload();
  await expect(finding(page, "on-call-disclosure")).toHaveCount(1);
  await expect(finding(page, "vague-requirement")).toHaveCount(0);
});

test("keyboard only: Tab to a finding, Enter moves to the words, and a fix needs no mouse", async ({ page }) => {
  await page.goto("/");
  await expect(finding(page, "vague-requirement").first()).toBeVisible();
  await page.locator("#lint-tab-findings").focus();
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.classList.contains("finding-jump"))) break;
  }
  const focused = page.locator(".finding-jump:focus");
  await expect(focused).toHaveCount(1);
  const section = await focused.evaluate((button) => button.closest(".finding-group").querySelector("h3").id);
  await page.keyboard.press("Enter");
  // Enter moves the focus into the editor: to the words, or (posting-level findings) to the
  // first control of the finding's section.
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement.closest("section.card")?.id ?? "not in the editor"),
    )
    .toBe(section.replace(/^findings-/, "section-"));

  await title(page).focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("A guru");
  const fix = finding(page, "culture-jargon").getByRole("button", { name: /^Fix: / }).first();
  await fix.focus();
  await page.keyboard.press("Enter");
  await expect(title(page)).not.toHaveValue("A guru");
  await expect(page.locator("#findings-heading")).toBeFocused();
});

test("on a phone the findings open as a sheet over the editor, with no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.locator(".finding").first()).toBeAttached();
  await expect(panel(page)).toBeHidden();
  await page.getByRole("region", { name: "Score and finding counts" }).getByRole("button").click();
  await expect(finding(page, "vague-requirement").first()).toBeVisible();
  const sheet = await page.locator("#side-column").boundingBox();
  expect(sheet.x).toBeGreaterThanOrEqual(0);
  expect(sheet.width).toBeLessThanOrEqual(390);
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]);
  await page.getByRole("tab", { name: "Rules", exact: true }).click();
  await expect(rules(page)).toBeVisible();
  const after = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(after).toBeLessThanOrEqual(390);
});
