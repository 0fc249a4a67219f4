// Faithful import: what a hiring manager pastes or drops is read as what it is, can be read
// another way, keeps its structure (a Google Docs paste, front matter, several roles, on-call
// prose), and what the preview shows is what the job board gets.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const fixture = (path) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

const saved = (page) => page.locator(".save-status");
const drafts = (page) => page.getByRole("navigation", { name: "Drafts" }).getByRole("listitem");
const titleField = (page) => page.getByRole("textbox", { name: "Job title", exact: true });
const importDialog = (page) => page.getByRole("dialog", { name: "Import a posting" });
const preview = (page, dialog) => dialog.locator(`[data-section="${page}"] .placement-preview`);

async function openImport(page) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Pastes into the dialog's text box as the browser would from a clipboard with these flavours. */
async function paste(dialog, flavours) {
  await dialog.getByLabel("Posting text").evaluate((area, flavours) => {
    area.focus();
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(flavours)) data.setData(type, value);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    if (area.dispatchEvent(event)) {
      // Not taken over by the app: the browser's own paste inserts the plain text.
      area.value = flavours["text/plain"] ?? "";
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }, flavours);
}

test.beforeEach(async ({ context, page }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
});

test("text that mentions tags is read as text, and the reading can be switched", async ({ page }) => {
  const dialog = await openImport(page);
  await dialog.getByLabel("Posting text").fill(fixture("fixtures/detection/plain-frontend-tags.txt"));
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Plain text");
  await expect(preview("title", dialog)).toHaveText("Accessible Frontend Developer");
  await expect(dialog.locator('[data-section="responsibilities"] .placement-count')).toHaveText("3 items");
  await expect(dialog.locator('[data-section="responsibilities"] .placement-preview')).toContainText("<button>");

  const readAs = dialog.getByLabel("Read as");
  await readAs.selectOption("html");
  await expect(dialog.locator(".import-kind")).toHaveText("Read as HTML");
  await readAs.selectOption("markdown");
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Markdown");
  await readAs.selectOption("auto");
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Plain text");

  await dialog.getByRole("button", { name: "Import as new draft" }).click();
  await expect(titleField(page)).toHaveValue("Accessible Frontend Developer");
  await expect(page.locator("#section-responsibilities textarea").first()).toHaveValue(/<button> beats a <div>/);
});

test("a Google Docs paste is read from its HTML: headings, bullets and bold lines", async ({ page }) => {
  const dialog = await openImport(page);
  await paste(dialog, {
    "text/html": fixture("fixtures/detection/gdocs-clipboard.html"),
    "text/plain": fixture("fixtures/detection/plain-google-docs-flavour.txt"),
  });
  await expect(dialog.getByLabel("Posting text")).toHaveValue(/Product Designer/);
  await expect(dialog.locator(".import-kind")).toHaveText("Read as HTML");
  await expect(preview("title", dialog)).toHaveText("Product Designer");
  await expect(dialog.locator('[data-section="responsibilities"] .placement-count')).toHaveText("3 items");
  await expect(dialog.locator('[data-section="must-have"] .placement-count')).toHaveText("2 items");
  await expect(dialog.locator('[data-section="benefits"] .placement-count')).toHaveText("2 items");

  // Read another way, the plain flavour is used.
  await dialog.getByLabel("Read as").selectOption("text");
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Plain text");
  await expect(preview("title", dialog)).toHaveText("Product Designer");
});

test("front matter fills the fields, without quotes and without landing in the summary", async ({ page }) => {
  const dialog = await openImport(page);
  await dialog.getByLabel("Posting text").fill(fixture("fixtures/detection/markdown-yaml-front-matter.md"));
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Markdown");
  await expect(preview("title", dialog)).toHaveText("Clinical Pharmacist");
  await expect(preview("company", dialog)).toHaveText("Northgate Health");
  await expect(preview("summary", dialog)).not.toContainText("title:");
  await dialog.getByRole("button", { name: "Import as new draft" }).click();
  await expect(titleField(page)).toHaveValue("Clinical Pharmacist");
  await expect(page.getByRole("textbox", { name: "About the role" })).not.toHaveValue(/company:/);
});

test("a page with two roles imports as one draft per role", async ({ page }) => {
  await expect(drafts(page)).toHaveCount(1);
  const dialog = await openImport(page);
  await dialog.getByLabel("Posting text").fill(fixture("tests/fixtures/job-family.md"));
  const roles = dialog.locator(".import-roles");
  await expect(roles.locator("legend")).toHaveText("This holds 2 roles");
  await expect(roles.locator("li")).toHaveText(["Associate Paralegal", "Senior Paralegal"]);
  await expect(dialog.getByRole("button", { name: "Replace current draft" })).toBeDisabled();
  // The summary says what each draft will hold, role by role.
  const perRole = dialog.locator(".import-summary .placement-role");
  await expect(perRole.locator("h4")).toHaveText(["Associate Paralegal", "Senior Paralegal"]);
  await expect(perRole.nth(1).locator('[data-section="title"] .placement-preview')).toHaveText("Senior Paralegal");
  await roles.getByLabel("All as one draft").check();
  await expect(dialog.getByRole("button", { name: "Replace current draft" })).toBeEnabled();
  await expect(perRole).toHaveCount(0);
  await roles.getByLabel("Import each role as its own draft").check();
  await dialog.getByRole("button", { name: "Import as 2 new drafts" }).click();
  await expect(dialog).toBeHidden();
  await expect(drafts(page)).toHaveCount(3);
  await expect(titleField(page)).toHaveValue("Associate Paralegal");
  await expect(page.locator("#section-responsibilities textarea").first()).toHaveValue("File documents with the court");
});

test("on-call details written as prose fill how often, hours and pay, and nothing is flagged as undisclosed", async ({ page }) => {
  const dialog = await openImport(page);
  await dialog.getByLabel("Posting text").fill(fixture("tests/fixtures/sre-on-call.md"));
  await dialog.getByRole("button", { name: "Import as new draft" }).click();
  await expect(titleField(page)).toHaveValue("Site Reliability Engineer");
  await expect(page.locator("#field-on-call-frequency")).toHaveValue(/every fourth weekend/);
  await expect(page.locator("#field-on-call-hours")).toHaveValue(/18:00 to 08:00/);
  await expect(page.locator("#field-on-call-compensation")).toHaveValue(/USD 500/);
  await expect(page.locator('.finding[data-rule="on-call-disclosure"]')).toHaveCount(0);
});
