// No silent recovery: a draft whose stored value is damaged or was written by a newer
// Postwright gets a banner at boot (what happened, the backup key, the raw value as a download,
// and which draft opened instead), and a tab asks before closing only while its edits cannot be
// saved (a conflict with another tab, a full storage), never when everything is saved.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const saved = (page) => page.locator(".save-status");
const titleField = (page) => page.getByRole("textbox", { name: "Job title", exact: true });
const problemBanner = (page) => page.getByRole("alert").filter({ hasText: "A saved value could not be read" });

/** Adds a draft row to the stored index and the raw value under its key (no app code runs). */
async function seedDraft(page, { id, raw, updatedMs, onlyThis = false }) {
  await page.evaluate(
    ({ id, raw, updatedMs, onlyThis }) => {
      if (onlyThis) {
        for (const key of Object.keys(localStorage)) {
          if (key.startsWith("postwright.")) localStorage.removeItem(key);
        }
      }
      const index = JSON.parse(localStorage.getItem("postwright.index") || '{"schema_version":1,"drafts":[]}');
      index.drafts.push({ id, name: "", title: "Stored draft", updated_ms: updatedMs, revision: 3 });
      localStorage.setItem("postwright.index", JSON.stringify(index));
      localStorage.setItem(`postwright.draft.${id}`, raw);
    },
    { id, raw, updatedMs, onlyThis },
  );
}

test("a damaged draft gets a banner with its backup, its raw value and the draft opened instead", async ({ page }) => {
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
  const raw = '{"schema_version":1,"id":"broken","revision":3, this is not JSON';
  // Edited later than the example, so boot tries it first.
  await seedDraft(page, { id: "broken", raw, updatedMs: Date.now() + 60_000 });
  await page.reload();

  const banner = problemBanner(page);
  await expect(banner).toHaveCount(1);
  await expect(banner).toContainText('The draft stored under "postwright.draft.broken" cannot be opened');
  await expect(banner).toContainText("A copy is kept under \u201cpostwright.backup.draft.broken\u201d.");
  await expect(banner).toContainText("\u201cSenior Backend Engineer\u201d was opened instead.");
  await expect(titleField(page)).toHaveValue("Senior Backend Engineer");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    banner.getByRole("button", { name: "Download the raw value" }).click(),
  ]);
  expect(readFileSync(await download.path(), "utf8")).toBe(raw);
  const stored = await page.evaluate(() => ({
    original: localStorage.getItem("postwright.draft.broken"),
    backup: localStorage.getItem("postwright.backup.draft.broken"),
  }));
  expect(stored).toEqual({ original: raw, backup: raw });

  await banner.getByRole("button", { name: "Dismiss" }).click();
  await expect(problemBanner(page)).toHaveCount(0);
});

test("a draft from a newer version gets the banner, and a new empty draft opens when nothing else can", async ({ page }) => {
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
  const raw = JSON.stringify({
    schema_version: 1,
    id: "later",
    name: "",
    revision: 3,
    updated_ms: 1,
    document: { format: "postwright-draft", schema_version: 99, posting: { title: "From the future" } },
  });
  await seedDraft(page, { id: "later", raw, updatedMs: 1, onlyThis: true });
  await page.reload();

  const banner = problemBanner(page);
  await expect(banner).toHaveCount(1);
  await expect(banner).toContainText('The draft stored under "postwright.draft.later" cannot be opened');
  await expect(banner).toContainText("newer");
  await expect(banner).toContainText("A copy is kept under \u201cpostwright.backup.draft.later\u201d.");
  await expect(banner).toContainText("\u201cUntitled draft\u201d was opened instead.");
  await expect(titleField(page)).toHaveValue("");
  await expect(banner.getByRole("button", { name: "Download the raw value" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("postwright.draft.later"))).toBe(raw);
});

test("closing asks first while a conflict is open, never when saved, and saves pending edits", async ({ context }) => {
  await context.clock.install();
  const settle = () => context.clock.runFor(2_000);

  // Saved: closes without a question.
  const quiet = await context.newPage();
  const quietDialogs = [];
  quiet.on("dialog", (dialog) => {
    quietDialogs.push(dialog.type());
    dialog.dismiss();
  });
  await quiet.goto("/");
  await settle();
  await expect(saved(quiet)).toHaveText("Saved");
  await titleField(quiet).click();
  await quiet.close({ runBeforeUnload: true });
  await expect.poll(() => quiet.isClosed()).toBe(true);
  expect(quietDialogs).toEqual([]);

  // An edit still waiting for the autosave is saved on the way out, without a question.
  const pending = await context.newPage();
  const pendingDialogs = [];
  pending.on("dialog", (dialog) => {
    pendingDialogs.push(dialog.type());
    dialog.dismiss();
  });
  await pending.goto("/");
  await settle();
  await expect(saved(pending)).toHaveText("Saved");
  // From here on timers fire only when the test runs the clock: the autosave cannot run
  // before the tab closes, however slow the machine.
  const now = await pending.evaluate(() => Date.now());
  await context.clock.pauseAt(now + 1_000);
  await titleField(pending).click();
  await titleField(pending).press("End");
  await pending.keyboard.type(" (pending)");
  await expect(titleField(pending)).toHaveValue(/ \(pending\)$/);
  await expect(saved(pending)).toHaveText("Unsaved changes");
  await pending.close({ runBeforeUnload: true });
  await expect.poll(() => pending.isClosed()).toBe(true);
  expect(pendingDialogs).toEqual([]);

  // A conflict: another tab saved this draft while this one had edits.
  const page = await context.newPage();
  await page.goto("/");
  await settle();
  await expect(titleField(page)).toHaveValue("Senior Backend Engineer (pending)");
  await titleField(page).click();
  await page.keyboard.type(" mine");
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith("postwright.draft."));
    const envelope = JSON.parse(localStorage.getItem(key));
    envelope.revision += 1;
    envelope.document.posting.title = "Theirs";
    localStorage.setItem(key, JSON.stringify(envelope));
  });
  await settle();
  await expect(page.getByRole("button", { name: "Keep mine as a copy" })).toBeVisible();
  await expect(saved(page)).toHaveText("Not saved: changed in another tab");

  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
  expect(page.isClosed()).toBe(false);
  // Choosing resolves it; then the tab closes without a question.
  await page.getByRole("button", { name: "Keep mine as a copy" }).click();
  await settle();
  await expect(saved(page)).toHaveText("Saved");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(["beforeunload"]);
});

test("a tab whose save failed (storage full) asks before closing, and keeps the edit on screen", async ({ page }) => {
  await page.goto("/");
  await expect(saved(page)).toHaveText("Saved");
  // Every write now fails as a full localStorage does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await titleField(page).click();
  await titleField(page).press("End");
  await page.keyboard.type(" (unsaved)");
  await expect(saved(page)).toHaveText(/^Saving failed: /);
  await expect(titleField(page)).toHaveValue(/ \(unsaved\)$/);

  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
  expect(page.isClosed()).toBe(false);
  await expect(titleField(page)).toHaveValue(/ \(unsaved\)$/);
});
