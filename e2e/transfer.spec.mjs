// Import and export: paste the built-in sample and see it split, import it as a new draft, copy
// it for a job board and import the copied HTML back, download the HTML page, refuse a huge file.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const sample = readFileSync(new URL("../fixtures/senior-backend-engineer.txt", import.meta.url), "utf8");

const saved = (page) => page.locator(".save-status");
const drafts = (page) => page.getByRole("navigation", { name: "Drafts" }).getByRole("listitem");
const titleField = (page) => page.getByRole("textbox", { name: "Job title", exact: true });
const importDialog = (page) => page.getByRole("dialog", { name: "Import a posting" });

/** The summary's item counts, by section id: { responsibilities: "14 items", ... }. */
async function listCounts(dialog) {
  const rows = dialog.locator(".placement:has(.placement-count)");
  const counts = {};
  for (const row of await rows.all()) {
    counts[await row.getAttribute("data-section")] = (await row.locator(".placement-count").textContent()).trim();
  }
  return counts;
}

async function openImport(page) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

test.beforeEach(async ({ context, page }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
});

test("the pasted sample splits, imports as a new draft, and its copied HTML imports back the same", async ({ page }) => {
  await expect(drafts(page)).toHaveCount(1);
  let dialog = await openImport(page);
  await expect(dialog.getByLabel("Posting text")).toBeFocused();
  await dialog.getByLabel("Posting text").fill(sample);
  await expect(dialog.locator('[data-section="responsibilities"] .placement-count')).toHaveText("14 items");
  await expect(dialog.locator('[data-section="must-have"] .placement-count')).toHaveText("13 items");
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Plain text");
  const title = (await dialog.locator('[data-section="title"] .placement-preview').textContent()).trim();
  expect(title).toBe("Senior Backend Engineer");
  const counts = await listCounts(dialog);

  await dialog.getByRole("button", { name: "Import as new draft" }).click();
  await expect(dialog).toBeHidden();
  await expect(drafts(page)).toHaveCount(2);
  await expect(titleField(page)).toHaveValue(title);
  await expect(page.locator("#section-responsibilities textarea")).toHaveCount(14);

  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("button", { name: "Copy for job board" }).click();
  await expect(page.locator(".toast > span").first()).toHaveText("Copied");
  const html = await page.evaluate(async () => {
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes("text/html")) return await (await item.getType("text/html")).text();
    }
    return null;
  });
  expect(html, "the clipboard holds HTML").not.toBeNull();
  expect(html).toContain(`<h2>${title}</h2>`);
  expect(html).not.toMatch(/<script|<style|\son\w+=|javascript:/i);
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toContain(title);
  expect(plain).not.toContain("<");

  dialog = await openImport(page);
  await dialog.getByLabel("Posting text").fill(html);
  await expect(dialog.locator(".import-kind")).toHaveText("Read as HTML");
  await expect(dialog.locator('[data-section="title"] .placement-preview')).toHaveText(title);
  await expect(dialog.locator('[data-section="responsibilities"] .placement-count')).toHaveText("14 items");
  expect(await listCounts(dialog)).toEqual(counts);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(drafts(page)).toHaveCount(2);
});

test("the downloaded HTML page embeds JSON-LD and no other script; the draft JSON imports back", async ({ page }) => {
  const title = await titleField(page).inputValue();
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.locator(".export-missing")).toContainText("Google needs: ");
  await expect(page.locator(".export-missing-list")).toContainText("datePosted");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download HTML page" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^senior-backend-engineer-\d{4}-\d{2}-\d{2}\.html$/);
  const pageHtml = readFileSync(await download.path(), "utf8");
  const scripts = pageHtml.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts).toEqual(['<script type="application/ld+json">']);
  const jsonLd = JSON.parse(pageHtml.split('<script type="application/ld+json">')[1].split("</script>")[0]);
  expect(jsonLd["@type"]).toBe("JobPosting");
  expect(jsonLd.title).toBe(title);
  await expect(page.getByRole("button", { name: "Download HTML page" })).toBeHidden();

  await page.getByRole("button", { name: "Export" }).click();
  const [draftDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON (draft)" }).click(),
  ]);
  expect(draftDownload.suggestedFilename()).toMatch(/\.json$/);
  const dialog = await openImport(page);
  await dialog.getByLabel("Or choose a file").setInputFiles(await draftDownload.path());
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Postwright draft (JSON)");
  await expect(dialog.locator('[data-section="responsibilities"] .placement-count')).toHaveText("14 items");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeFocused();

  // The missing properties lead to the section where they are filled in.
  await page.getByRole("button", { name: "Export" }).click();
  await page.locator(".export-missing").getByRole("button", { name: "Dates" }).click();
  await expect(page.getByLabel("Date posted")).toBeFocused();
  await page.getByLabel("Date posted").fill("2026-03-01");
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.locator(".export-missing-list")).not.toContainText("datePosted");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Download HTML page" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Export" })).toBeFocused();
});

test("a 20 MB file is refused with the reason and the drafts stay as they were", async ({ page }) => {
  const title = await titleField(page).inputValue();
  await expect(drafts(page)).toHaveCount(1);
  const dialog = await openImport(page);
  await dialog.getByLabel("Or choose a file").setInputFiles({
    name: "huge-posting.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(20 * 1024 * 1024, "a"),
  });
  await expect(dialog.getByRole("alert")).toContainText("The file is too large (20.0 MB; the limit is 2 MB)");
  await expect(dialog.getByRole("button", { name: "Import as new draft" })).toBeDisabled();
  await expect(dialog.getByRole("button", { name: "Replace current draft" })).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(drafts(page)).toHaveCount(1);
  await expect(titleField(page)).toHaveValue(title);
  await expect(saved(page)).toHaveText("Saved");
});

test("a file dropped on the dialog is read and summarised", async ({ page }) => {
  const dialog = await openImport(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "barista.md", { type: "text/markdown" }));
    return transfer;
  }, "# Barista\n\n## Responsibilities\n\n- Pull espresso shots\n- Keep the machine clean\n");
  await dialog.dispatchEvent("dragover", { dataTransfer });
  await expect(dialog).toHaveClass(/dragging/);
  await dialog.dispatchEvent("drop", { dataTransfer });
  await expect(dialog).not.toHaveClass(/dragging/);
  await expect(dialog.locator(".import-from")).toHaveText("From the file barista.md");
  await expect(dialog.locator(".import-kind")).toHaveText("Read as Markdown");
  await expect(dialog.locator('[data-section="responsibilities"] .placement-count')).toHaveText("2 items");
  await dialog.getByRole("button", { name: "Replace current draft" }).click();
  await expect(dialog).toBeHidden();
  await expect(titleField(page)).toHaveValue("Barista");
  await expect(drafts(page)).toHaveCount(1);
  await page.getByRole("button", { name: "Undo", exact: true }).first().click();
  await expect(titleField(page)).toHaveValue("Senior Backend Engineer");
});

test("without ClipboardItem the copy falls back to plain text", async ({ page }) => {
  await page.evaluate(() => {
    delete window.ClipboardItem;
  });
  const title = await titleField(page).inputValue();
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("button", { name: "Copy for job board" }).click();
  await expect(page.locator(".toast > span").first()).toHaveText(
    "Copied as plain text (this browser did not take formatted text)",
  );
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain.startsWith(title)).toBe(true);
  expect(plain).not.toContain("<");
});

/** The words of an element's text nodes, in document order, leaving out the given selectors. */
async function wordsOf(locator, leaveOut) {
  return locator.evaluate((root, leaveOut) => {
    const copy = root.cloneNode(true);
    if (leaveOut) copy.querySelectorAll(leaveOut).forEach((node) => node.remove());
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    const parts = [];
    while (walker.nextNode()) parts.push(walker.currentNode.data);
    return parts.join(" ").split(/\s+/).filter(Boolean);
  }, leaveOut);
}

test("unsorted text is exported under Other information, the menu says so, and the preview reads like the copied HTML", async ({ page }) => {
  // Empty, the section is one "Add unsorted text" line; the preview is a tab of the side column.
  await page.getByRole("button", { name: "Add unsorted text" }).click();
  await page.getByRole("textbox", { name: "Unsorted text", exact: true }).fill("Parking is free for staff\nBring your own mug");
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByRole("article", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "Other information" })).toBeVisible();

  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.locator(".export-unsorted")).toContainText(
    "Includes 2 lines of unsorted text: move them into a section or delete them before publishing.",
  );
  await page.getByRole("button", { name: "Copy for job board" }).click();
  await expect(page.locator(".toast > span").first()).toHaveText("Copied");
  const html = await page.evaluate(async () => {
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes("text/html")) return await (await item.getType("text/html")).text();
    }
    return null;
  });
  expect(html).toContain("<h3>Other information</h3>\n<p>Parking is free for staff<br>Bring your own mug</p>");

  // The preview renders the same outline as the export: the same words in the same order,
  // apart from the editor's own notes.
  await page.evaluate((fragment) => {
    const host = document.createElement("div");
    host.id = "copied-fragment";
    host.hidden = true;
    host.innerHTML = fragment;
    document.body.append(host);
  }, html);
  const exported = await wordsOf(page.locator("#copied-fragment"));
  const shown = await wordsOf(preview, ".preview-label, .preview-note");
  expect(shown).toEqual(exported);
});
