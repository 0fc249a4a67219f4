// The house style in the rule settings: import a style file, see its word as a `house-style`
// finding with the file's reason, fix it; a malformed file changes nothing; the style is kept
// for all drafts, its words are editable, and it exports as the same file.
import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures.mjs";

const panel = (page) => page.getByRole("complementary", { name: "Review" });
const finding = (page, rule) => panel(page).locator(`.finding[data-rule="${rule}"]`);
const title = (page) => page.getByRole("textbox", { name: "Job title", exact: true });
const rulesTab = (page) => page.getByRole("tab", { name: "Rules", exact: true });
const findingsTab = (page) => page.getByRole("tab", { name: /^Findings/ });
const houseStyle = (page) => panel(page).getByRole("region", { name: "House style" });
const styleFile = (page) => houseStyle(page).locator("#house-style-file");

const STYLE = {
  words: [{ avoid: "synergy", prefer: ["working together", "collaboration"], reason: "say what people do together" }],
  rules: { "vague-requirement": "off" },
};

/** Imports `text` as a style file named `name`. */
async function importStyle(page, text, name = ".postwright.json") {
  await rulesTab(page).click();
  await styleFile(page).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("an imported style file flags its words with its reason, and the fix offers the preferred words", async ({ page }) => {
  await page.goto("/");
  await expect(finding(page, "vague-requirement").first()).toBeVisible();
  await importStyle(page, JSON.stringify(STYLE, null, 2));
  await expect(houseStyle(page).getByRole("status")).toHaveText("Imported 1 word and 1 rule setting from .postwright.json.");
  await expect(houseStyle(page).getByRole("textbox", { name: "Avoid (word 1)" })).toHaveValue("synergy");
  await expect(panel(page).getByRole("checkbox", { name: "vague-requirement" })).not.toBeChecked();

  await findingsTab(page).click();
  await expect(finding(page, "vague-requirement")).toHaveCount(0);
  await title(page).fill("Synergy lead");
  const house = finding(page, "house-style");
  await expect(house).toHaveCount(1);
  await expect(house).toContainText("'Synergy': say what people do together");
  await expect(page.locator(".hl-wrap:has(#field-title) mark")).toHaveText("Synergy");
  await house.getByRole("button", { name: "Fix: Replace with 'Working together'" }).click();
  await expect(title(page)).toHaveValue("Working together lead");
  await expect(house).toHaveCount(0);

  // The style is kept for all drafts: after a reload, in a new draft.
  await page.reload();
  await page.getByRole("button", { name: "New draft" }).click();
  await title(page).fill("Synergies everywhere");
  await expect(finding(page, "house-style")).toHaveCount(1);
});

test("a malformed style file is refused with its line and problem, and changes nothing", async ({ page }) => {
  await page.goto("/");
  await importStyle(page, JSON.stringify(STYLE));
  await expect(houseStyle(page).getByRole("status")).toContainText("Imported 1 word");
  await styleFile(page).setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{\n  "rules": {\n    "clichee": "off"\n  }\n}\n'),
  });
  await expect(houseStyle(page).getByRole("alert")).toHaveText(
    "broken.json was not imported: line 3, column 13: unknown rule 'clichee' (`postwright rules` lists them).",
  );
  await expect(houseStyle(page).getByRole("textbox", { name: "Avoid (word 1)" })).toHaveValue("synergy");
  await findingsTab(page).click();
  await title(page).fill("Synergy");
  await expect(finding(page, "house-style")).toHaveCount(1);
});

test("words are edited in the settings, and the export is the same style file", async ({ page }) => {
  await page.goto("/");
  await importStyle(page, JSON.stringify(STYLE));
  await houseStyle(page).getByRole("button", { name: "Add word" }).click();
  await houseStyle(page).getByRole("textbox", { name: "Avoid (word 2)" }).fill("guru");
  await houseStyle(page).getByRole("textbox", { name: "Prefer (word 2), separated by commas" }).fill("expert, specialist");
  await houseStyle(page).getByRole("textbox", { name: "Reason (word 2)" }).fill("plain words");
  await houseStyle(page).getByRole("textbox", { name: "Reason (word 2)" }).press("Tab");
  // A word listed twice is refused and changes nothing.
  await houseStyle(page).getByRole("textbox", { name: "Avoid (word 1)" }).fill("GURU");
  await houseStyle(page).getByRole("textbox", { name: "Avoid (word 1)" }).press("Tab");
  await expect(houseStyle(page).getByRole("alert")).toContainText("Word 2 was not saved: 'guru' is listed twice.");
  await houseStyle(page).getByRole("textbox", { name: "Avoid (word 1)" }).fill("synergy");
  await houseStyle(page).getByRole("textbox", { name: "Avoid (word 1)" }).press("Tab");
  await expect(houseStyle(page).getByRole("alert")).toHaveCount(0);

  const download = page.waitForEvent("download");
  await houseStyle(page).getByRole("button", { name: "Export style file" }).click();
  const file = await download;
  const exported = JSON.parse(await readFile(await file.path(), "utf8"));
  expect(exported).toEqual({
    words: [
      STYLE.words[0],
      { avoid: "guru", prefer: ["expert", "specialist"], reason: "plain words" },
    ],
    rules: STYLE.rules,
  });

  await houseStyle(page).getByRole("button", { name: "Remove word 1" }).click();
  await findingsTab(page).click();
  await title(page).fill("Synergy guru");
  await expect(finding(page, "house-style")).toHaveCount(1);
  await expect(finding(page, "house-style")).toContainText("'guru': plain words");
});

test("a style imported in another tab applies here too", async ({ page, context }) => {
  await page.goto("/");
  await title(page).fill("Synergy lead");
  await expect(page.locator(".save-status")).toHaveText("Saved");
  await expect(finding(page, "house-style")).toHaveCount(0);
  const other = await context.newPage();
  await other.goto("/");
  await importStyle(other, JSON.stringify(STYLE));
  await expect(houseStyle(other).getByRole("status")).toContainText("Imported 1 word");
  await expect(finding(page, "house-style")).toHaveCount(1);
  await rulesTab(page).click();
  await expect(houseStyle(page).getByRole("textbox", { name: "Avoid (word 1)" })).toHaveValue("synergy");
});
