// Share links: "Copy link" puts the whole draft in the link's fragment; the link opens in a
// fresh browser (no drafts of the sender's) as a read-only view with preview and findings, and
// "Save as a new draft" keeps it. A damaged link says so and leaves the drafts as they were; a
// draft too long for a link is refused with the advice to export a file.
import { test, expect } from "./fixtures.mjs";

const saved = (page) => page.locator(".save-status");
const drafts = (page) => page.getByRole("navigation", { name: "Drafts" }).getByRole("listitem");
const titleField = (page) => page.getByRole("textbox", { name: "Job title", exact: true });
const sharedDialog = (page) => page.getByRole("dialog", { name: "Shared draft" });

const TITLE = "Shared Test Harbour Pilot";

/** Opens the export menu and asks for a link; returns the link shown in the field. */
async function copyLink(page) {
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("button", { name: /^Copy link/ }).click();
  const field = page.getByRole("textbox", { name: "Share link" });
  await expect(field).toHaveValue(/#share=v1\.[A-Za-z0-9_-]+$/);
  return field.inputValue();
}

/** A page in a new browser context: no drafts, no clipboard, nothing shared with `page`. */
async function freshPage(browser, baseURL) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy|Trusted ?Types|Refused to/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return { context, page, problems };
}

test.beforeEach(async ({ context, page }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
});

test("a copied link opens in a fresh browser, shows preview and findings, and saves as a new draft", async ({ page, browser, baseURL }) => {
  await titleField(page).fill(TITLE);
  await expect(saved(page)).toHaveText("Saved");
  const link = await copyLink(page);
  await expect(page.locator(".share-note")).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link.startsWith(baseURL)).toBe(true);
  expect(link.length).toBeLessThanOrEqual(8000);

  const fresh = await freshPage(browser, baseURL);
  try {
    const other = fresh.page;
    await other.goto(link);
    const dialog = sharedDialog(other);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("article", { name: "Preview" }).locator(".preview-title")).toHaveText(TITLE);
    await expect(dialog.locator("#shared-findings-heading")).toHaveText(/\d+ findings?|No findings/);
    await expect(dialog.locator(".shared-score")).toContainText("/100");
    // The example's findings travel with it: the same count as in the sender's panel.
    const sent = await page.locator(".finding-list > li").count();
    await expect(dialog.locator(".shared-finding")).toHaveCount(sent);
    // Behind the dialog, the receiver's own first-run draft opened as usual.
    await expect(saved(other)).toHaveText("Saved");
    await expect(drafts(other)).toHaveCount(1);

    await dialog.getByRole("button", { name: "Save as a new draft" }).click();
    await expect(dialog).toBeHidden();
    await expect(other.locator(".toast > span").first()).toHaveText(`Saved as a new draft \u201c${TITLE}\u201d.`);
    await expect(drafts(other)).toHaveCount(2);
    await expect(drafts(other).filter({ hasText: TITLE })).toHaveCount(1);
    await expect(titleField(other)).toHaveValue(TITLE);
    expect(new URL(other.url()).hash).toBe("");

    // The fragment is gone, so a reload opens the saved draft and no dialog.
    await other.reload();
    await expect(saved(other)).toHaveText("Saved");
    await expect(titleField(other)).toHaveValue(TITLE);
    await expect(sharedDialog(other)).toBeHidden();
    await expect(drafts(other)).toHaveCount(2);
    expect(fresh.problems).toEqual([]);
  } finally {
    await fresh.context.close();
  }
});

test("a share link pasted into the open app's address opens through hashchange; Close clears it", async ({ page }) => {
  await titleField(page).fill(TITLE);
  await expect(saved(page)).toHaveText("Saved");
  const link = await copyLink(page);
  await page.keyboard.press("Escape");
  const fragment = link.slice(link.indexOf("#"));
  await page.evaluate((hash) => { location.hash = hash; }, fragment);
  const dialog = sharedDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(".preview-title")).toHaveText(TITLE);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  expect(new URL(page.url()).hash).toBe("");
  await expect(drafts(page)).toHaveCount(1);
});

test("a damaged link says so and the drafts open as usual", async ({ page, browser, baseURL }) => {
  const link = await copyLink(page);
  const fresh = await freshPage(browser, baseURL);
  try {
    const other = fresh.page;
    // Cut short, as a chat app might.
    await other.goto(link.slice(0, link.length - 40));
    const dialog = sharedDialog(other);
    await expect(dialog.getByRole("alert")).toContainText("This share link cannot be opened.");
    await expect(dialog.getByRole("alert")).toContainText("damaged");
    await expect(dialog.getByRole("button", { name: "Save as a new draft" })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
    expect(new URL(other.url()).hash).toBe("");
    await expect(saved(other)).toHaveText("Saved");
    await expect(drafts(other)).toHaveCount(1);

    // Characters changed in the middle.
    const middle = link.indexOf("#share=v1.") + 30;
    const changed = link.slice(0, middle) + "AAAAAAAA" + link.slice(middle + 8);
    await other.goto(changed);
    await expect(sharedDialog(other).getByRole("alert")).toContainText("damaged");

    // A share format this version does not know.
    await other.goto(`${baseURL}#share=v9.AAAA`);
    await expect(sharedDialog(other).getByRole("alert")).toContainText("share format \u201cv9\u201d");
    expect(fresh.problems).toEqual([]);
  } finally {
    await fresh.context.close();
  }
});

test("a draft too long for a link is refused with the advice to export a file", async ({ page }) => {
  // Many different made-up words: text that compresses badly.
  const words = [];
  let seed = 11;
  for (let index = 0; index < 2400; index += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    words.push(seed.toString(36));
  }
  await page.locator("#section-summary textarea").first().fill(words.join(" "));
  await expect(saved(page)).toHaveText("Saved");
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("button", { name: /^Copy link/ }).click();
  const refused = page.locator(".share-refused");
  await expect(refused).toContainText("too long to share as a link");
  await expect(refused).toContainText("Export it as a file");
  await expect(page.getByRole("textbox", { name: "Share link" })).toHaveCount(0);
});

test("offline, the service worker serves the app for a share link", async ({ page, context }) => {
  await titleField(page).fill(TITLE);
  await expect(saved(page)).toHaveText("Saved");
  const link = await copyLink(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 }).catch(async () => {
    await page.reload();
  });
  await context.setOffline(true);
  try {
    // A new tab of the same browser, offline: the fragment never reaches the network anyway.
    const other = await context.newPage();
    await other.goto(link);
    await expect(sharedDialog(other).locator(".preview-title")).toHaveText(TITLE);
    await other.close();
  } finally {
    await context.setOffline(false);
  }
});
