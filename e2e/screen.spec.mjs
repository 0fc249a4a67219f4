// The screen follows the work: the side column's tabs, the phone's findings sheet and the way
// back to it, skip links and the Tab count to the first finding, menus that close when the
// focus leaves them, collapsed optional sections, and drag-to-reorder for list items.
import { test, expect } from "./fixtures.mjs";

const findings = (page) => page.getByRole("region", { name: "Findings", exact: true });
const phoneBar = (page) => page.getByRole("region", { name: "Score and finding counts" });
const jumps = (page) => findings(page).locator(".finding-jump");

/** The focused element's id and classes. */
const focused = (page) =>
  page.evaluate(() => ({ id: document.activeElement.id, className: document.activeElement.className }));

test("the side column has Findings, Preview and Rules tabs; the preview is one click away and in sync", async ({ page }) => {
  await page.goto("/");
  await expect(jumps(page).first()).toBeVisible();
  const tabs = page.getByRole("tablist", { name: "Review" }).getByRole("tab");
  await expect(tabs).toHaveText([/^Findings\s*\d+$/, "Preview", "Rules"]);
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByRole("article", { name: "Preview" });
  await expect(preview).toBeVisible();
  await expect(findings(page)).toBeHidden();
  await page.getByRole("textbox", { name: "Job title", exact: true }).fill("Staff Platform Engineer");
  await expect(preview.locator(".preview-title")).toHaveText("Staff Platform Engineer");
  // The arrow keys move between tabs.
  await page.getByRole("tab", { name: "Preview" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Rules" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Rules" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Home");
  await expect(page.getByRole("tab", { name: /^Findings/ })).toBeFocused();
  await expect(findings(page)).toBeVisible();
});

test("the section navigator shows each section's finding count and opens collapsed sections", async ({ page }) => {
  await page.goto("/");
  await expect(jumps(page).first()).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Sections" });
  const mustHave = nav.getByRole("link", { name: /^Must-have requirements/ });
  // The count and the list agree (read together, polled: a slow machine may still be linting).
  const mustHaveFindings = findings(page).locator(".finding-group:has(#findings-must-have) .finding");
  await expect
    .poll(async () => {
      const count = await mustHaveFindings.count();
      const shown = await mustHave.evaluate((link) => link.textContent.match(/(\d+)\s*findings?/)?.[1]);
      return count > 0 && shown === String(count);
    })
    .toBe(true);
  const count = await mustHaveFindings.count();
  await expect(mustHave).toHaveAccessibleName(`Must-have requirements ${count} finding${count === 1 ? "" : "s"}`);
  // Empty optional sections (the example has no text about the company) are one "Add ..." line;
  // the navigator opens them.
  await expect(page.getByRole("button", { name: "Add about the company" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "About the company", exact: true })).toBeHidden();
  await nav.getByRole("link", { name: /^About the company/ }).click();
  await expect(page.getByRole("textbox", { name: "About the company", exact: true })).toBeFocused();
  await expect(page.getByRole("button", { name: "Add about the company" })).toBeHidden();
});

test("findings show the rule's plain title beside its id, and their messages as sentences", async ({ page }) => {
  await page.goto("/");
  const vague = findings(page).locator('.finding[data-rule="vague-requirement"]').first();
  await expect(vague.locator(".finding-title")).toHaveText("Vague requirement");
  await expect(vague.locator(".rule-link")).toHaveText("vague-requirement");
  const messages = await findings(page).locator(".finding-message").allTextContents();
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message).toMatch(/^(['"\u2018\u201c]|\p{Lu}|\d)/u);
    expect(message).toMatch(/[.!?\u2026]['"\u2019\u201d)\]]*$/);
  }
  await vague.locator(".rule-link").click();
  const heading = findings(page).getByRole("heading", { level: 2, name: /Vague requirement/ });
  await expect(heading).toBeFocused();
  await expect(heading).toContainText("vague-requirement");
});

test("skip links come first; the first finding is at most 5 Tab presses from the top", async ({ page }) => {
  await page.goto("/");
  await expect(jumps(page).first()).toBeVisible();
  let presses = 0;
  const tab = async () => {
    presses += 1;
    await page.keyboard.press("Tab");
  };
  await tab();
  await expect(page.getByRole("link", { name: "Skip to the editor" })).toBeFocused();
  await tab();
  await expect(page.getByRole("link", { name: "Skip to the findings" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#findings-heading")).toBeFocused();
  // The focus is inside the Findings landmark now.
  expect(await page.evaluate(() => document.activeElement.closest('[aria-label="Findings"]') !== null)).toBe(true);
  while (presses < 5 && !(await focused(page)).className.includes("finding-jump")) await tab();
  expect((await focused(page)).className).toContain("finding-jump");
  expect(presses).toBeLessThanOrEqual(5);

  // "Skip to the editor" lands in the editor.
  await page.goto("/");
  await expect(jumps(page).first()).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect.poll(() => page.evaluate(() => document.activeElement.closest("main")?.id)).toBe("editor");
});

test("the Export menu closes when the focus leaves it", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Export" });
  await toggle.click();
  const panel = page.locator("#export-panel");
  await expect(panel).toBeVisible();
  const entries = panel.getByRole("button");
  await entries.last().focus();
  await page.keyboard.press("Tab");
  await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  // Shift+Tab back out of the open menu closes it too.
  await toggle.click();
  await expect(panel).toBeVisible();
  await toggle.focus();
  await page.keyboard.press("Shift+Tab");
  await expect(panel).toBeHidden();
});

test("on a phone: a bar with the score and counts opens the findings sheet, and one tap returns to the list where it was", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const bar = phoneBar(page);
  const open = bar.getByRole("button");
  await expect(open).toBeVisible();
  await expect(open).toContainText(/\d+\/100/);
  await expect(open).toContainText(/\d+ warnings?/);
  await expect(findings(page)).toBeHidden();
  // The bar stays on screen while the editor scrolls.
  await page.mouse.wheel(0, 3000);
  await expect(open).toBeInViewport();

  await open.click();
  await expect(open).toHaveAttribute("aria-expanded", "true");
  await expect(findings(page)).toBeVisible();
  await expect(page.locator("#editor")).toHaveAttribute("inert", "");
  const sheet = page.locator("#side-column");
  const last = jumps(page).last();
  await last.scrollIntoViewIfNeeded();
  const scrolled = await sheet.evaluate((element) => element.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  const lastId = await last.getAttribute("id");
  await last.click();
  // The sheet closes and the editor has the focus, on the finding's words or section.
  await expect(findings(page)).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.activeElement.closest("main")?.id)).toBe("editor");
  await expect(open).toContainText("Back to findings");

  await open.click();
  await expect(findings(page)).toBeVisible();
  await expect(page.locator(`#${lastId}`)).toBeFocused();
  await expect(page.locator(`#${lastId}`)).toBeInViewport();
  expect(Math.abs((await sheet.evaluate((element) => element.scrollTop)) - scrolled)).toBeLessThan(40);
  // Escape closes the sheet; no sideways scrolling anywhere.
  await page.keyboard.press("Escape");
  await expect(findings(page)).toBeHidden();
  await expect(open).toBeFocused();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]);
});

test("on a phone, Skip to the findings opens the sheet", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(phoneBar(page)).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(findings(page)).toBeVisible();
  await expect(page.locator("#findings-heading")).toBeFocused();
});

/** The texts of a list section's items, in order. */
const itemTexts = (page, section) =>
  page.locator(`#section-${section} .list-items textarea`).evaluateAll((areas) => areas.map((area) => area.value));

/** The items of a list once the app has mounted and shows at least `atLeast` of them. */
async function mountedItemTexts(page, section, atLeast = 3) {
  await expect(page.locator(`#section-${section} .list-items textarea`).nth(atLeast - 1)).toBeAttached();
  return itemTexts(page, section);
}

/** Drags item `from` of a list by its handle to below item `to` with the mouse. */
async function dragItem(page, section, from, to, { drop = true } = {}) {
  const handle = page.locator(`#section-${section} .list-item`).nth(from).locator(".drag-handle");
  await handle.scrollIntoViewIfNeeded();
  const start = await handle.boundingBox();
  const target = await page.locator(`#section-${section} .list-item`).nth(to).boundingBox();
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  const y = to > from ? target.y + target.height - 4 : target.y + 4;
  await page.mouse.move(start.x + start.width / 2, y, { steps: 12 });
  if (drop) await page.mouse.up();
}

test("list items can be dragged by their handle: one undo step per drag, Escape cancels", async ({ page }) => {
  await page.goto("/");
  const before = await mountedItemTexts(page, "responsibilities");

  await dragItem(page, "responsibilities", 0, 2);
  const expected = [before[1], before[2], before[0], ...before.slice(3)];
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual(expected);
  await expect(page.locator("#section-responsibilities .item-label").first()).toHaveText("Responsibility 1");

  // One drag is one undo step.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual(before);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual(expected);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual(before);

  // Escape puts the item back and records nothing.
  const undoTitle = await page.getByRole("button", { name: "Undo" }).getAttribute("title");
  await dragItem(page, "responsibilities", 0, 2, { drop: false });
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual(expected);
  await page.keyboard.press("Escape");
  await page.mouse.up();
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual(before);
  await expect(page.getByRole("button", { name: "Undo" })).toHaveAttribute("title", undoTitle);

  // The buttons and Alt+Down still move items.
  await page.locator("#section-responsibilities textarea").first().focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual([before[1], before[0], ...before.slice(2)]);
  await page.getByRole("button", { name: "Move Responsibility 2 up" }).click();
  await expect.poll(() => itemTexts(page, "responsibilities")).toEqual(before);
});

test("list items can be dragged with a finger (touch pointer events)", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/");
  const before = await mountedItemTexts(page, "must-have");
  const handle = page.locator("#section-must-have .list-item").first().locator(".drag-handle");
  await handle.scrollIntoViewIfNeeded();
  const start = await handle.boundingBox();
  const target = await page.locator("#section-must-have .list-item").nth(1).boundingBox();
  const client = await context.newCDPSession(page);
  const x = start.x + start.width / 2;
  const touch = (type, y) =>
    client.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
  await touch("touchStart", start.y + start.height / 2);
  for (let step = 1; step <= 10; step += 1) {
    await touch("touchMove", start.y + start.height / 2 + ((target.y + target.height - 4 - start.y - start.height / 2) * step) / 10);
  }
  await touch("touchEnd");
  await expect.poll(() => itemTexts(page, "must-have")).toEqual([before[1], before[0], ...before.slice(2)]);
  await context.close();
});
