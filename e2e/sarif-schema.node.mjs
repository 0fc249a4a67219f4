// `postwright lint --format sarif` output checked against the SARIF 2.1.0 JSON schema (the
// schema file @microsoft/jest-sarif ships: SARIF 2.1.0 RTM.5, JSON Schema draft-04), with ajv.
// Run by scripts/test.sh as `node --test e2e/sarif-schema.node.mjs`; builds nothing itself but
// runs the CLI through `cargo run` (or $POSTWRIGHT_BIN).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));

// The schema's `language` pattern is not valid with the `u` flag, so ajv compiles patterns
// without it.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Runs `postwright ARGS` in `cwd`; returns stdout, status and stderr. */
function postwright(args, cwd) {
  const bin = process.env.POSTWRIGHT_BIN;
  const [command, commandArgs] = bin
    ? [bin, args]
    : ["cargo", ["run", "--quiet", "--manifest-path", join(root, "Cargo.toml"), "--bin", "postwright", "--", ...args]];
  const result = spawnSync(command, commandArgs, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  return result;
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "postwright-sarif-"));
  mkdirSync(join(dir, "jobs dir"));
  writeFileSync(
    join(dir, ".postwright.json"),
    JSON.stringify({
      words: [{ avoid: "utilize", prefer: ["use"], reason: "plain words read faster" }],
      rules: { cliche: "error" },
    }),
  );
  writeFileSync(
    join(dir, "jobs dir", "sales lead.md"),
    "# Sales lead\n\nWe want a rockstar salesman who will utilize CRM.\n\n## Requirements\n\n- A self-starter\n",
  );
  writeFileSync(
    join(dir, "draft.json"),
    JSON.stringify({ format: "postwright-draft", schema_version: 1, posting: { title: "Ninja", summary: "Utilizes. TBD." } }),
  );
  return dir;
}

function errorsOf(log) {
  return ajv.errorsText(validate.errors, { separator: "\n" }) + "\n" + JSON.stringify(log).slice(0, 400);
}

test("the schema rejects what is not SARIF 2.1.0", () => {
  assert.equal(validate({ version: "2.1.0", runs: [] }), true);
  assert.equal(validate({ version: "2.0.0", runs: [] }), false);
  assert.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] }), false);
});

test("lint --format sarif is valid SARIF 2.1.0 with rules, docs, lines and columns", () => {
  const dir = workspace();
  const run = postwright(["lint", "--format", "sarif", "jobs dir/sales lead.md", "draft.json"], dir);
  assert.equal(run.status, 1, run.stderr);
  const log = JSON.parse(run.stdout);
  assert.equal(validate(log), true, errorsOf(log));

  const [only] = log.runs;
  const rules = only.tool.driver.rules;
  const rulesList = postwright(["rules"], dir).stdout.trim().split("\n");
  assert.equal(rules.length, rulesList.length);
  const houseStyle = rules.find((rule) => rule.id === "house-style");
  assert.match(houseStyle.help.markdown, /## What it does/);

  const synergy = only.results.find((result) => result.ruleId === "house-style" && result.locations[0].physicalLocation.artifactLocation.uri.startsWith("jobs"));
  assert.ok(synergy, JSON.stringify(only.results.map((r) => r.ruleId)));
  assert.equal(rules[synergy.ruleIndex].id, "house-style");
  assert.match(synergy.message.text, /plain words read faster/);
  const location = synergy.locations[0].physicalLocation;
  assert.equal(location.artifactLocation.uri, "jobs%20dir/sales%20lead.md");
  assert.deepEqual(
    [location.region.startLine, location.region.startColumn, location.region.endColumn],
    [3, 38, 45],
  );
  const cliche = only.results.find((result) => result.ruleId === "cliche");
  assert.equal(cliche.level, "error", "the style file's severity applies");
  assert.deepEqual([cliche.locations[0].physicalLocation.region.startLine, cliche.locations[0].physicalLocation.region.startColumn], [7, 5]);
  assert.ok(only.results.some((result) => result.locations[0].physicalLocation.artifactLocation.uri === "draft.json"));
});

test("a run against a baseline is valid SARIF and marks new results", () => {
  const dir = workspace();
  const write = postwright(["lint", "--baseline", "baseline.json", "--write-baseline", "jobs dir/sales lead.md"], dir);
  assert.equal(write.status, 0, write.stderr);
  writeFileSync(join(dir, "jobs dir", "sales lead.md"), readFileSync(join(dir, "jobs dir", "sales lead.md"), "utf8") + "- Utilizes tools\n");
  const run = postwright(["lint", "--format", "sarif", "--baseline", "baseline.json", "jobs dir/sales lead.md"], dir);
  assert.equal(run.status, 1, run.stderr);
  const log = JSON.parse(run.stdout);
  assert.equal(validate(log), true, errorsOf(log));
  const results = log.runs[0].results;
  assert.deepEqual(results.map((result) => [result.ruleId, result.baselineState, result.locations[0].physicalLocation.region.startLine]), [["house-style", "new", 8]]);
});
