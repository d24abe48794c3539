/**
 * The field corpus: for each workbook an officer might really have, run `generate` and `check`
 * as the officer would and compare the forms line by line with what the officer means (the truth
 * written beside the workbook in tests/field/workbooks/). Many of these fail against a reader that
 * does not yet understand the habit: each failure lists what is wrong, one line each.
 * `npx tsx tests/field/digest.ts` prints the first problem of every workbook.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, readJson } from "../support/cli";
import { checksFor } from "./checks";
import { CORPUS } from "./corpus";
import { totals } from "./judge";
import { runCase, type CaseRun } from "./runCase";
import type { FieldCase } from "./truth";

const root = mkdtempSync(join(tmpdir(), "opplan-field-"));
const runs = new Map<string, Promise<CaseRun>>();
const runOf = (c: FieldCase) => {
  if (!runs.has(c.id)) runs.set(c.id, runCase(c, root));
  return runs.get(c.id)!;
};

for (const c of CORPUS) {
  describe(`${c.id}: ${c.habit}`, () => {
    let r: CaseRun;
    beforeAll(async () => {
      r = await runOf(c);
    }, 180_000);
    for (const check of checksFor(c.truth)) it(check.name, () => expect(check.problems(r)).toEqual([]));
  });
}

describe("the whole corpus", () => {
  it("has at least 30 workbooks with distinct ids", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });

  it("every workbook either stops (exit 2, no output) or its forms' totals are what the builder typed", async () => {
    const wrong: string[] = [];
    for (const c of CORPUS) {
      const r = await runOf(c);
      if (r.generate.code === 2 && !r.outputExists) continue;
      if (!r.forms) {
        wrong.push(`${c.id}: exit ${r.generate.code}, no forms (${r.formsError ?? "no output"})`);
        continue;
      }
      const { printed, typed } = totals(c.truth, r.forms);
      if (printed.projects !== typed.projects || Math.abs(printed.budget - typed.budget) > 0.005)
        wrong.push(`${c.id}: printed ${printed.projects} rows / ${printed.budget} baht, typed ${typed.projects} / ${typed.budget}`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});

describe("announce on a workbook without ตั้งค่า", () => {
  it("does not succeed silently: not exit 0, and a SETTINGS_MISSING finding or a Thai stop message", async () => {
    const c = CORPUS.find((x) => x.id === "st02")!;
    const r = await runOf(c);
    const out = join(r.dir, "announced.xlsx");
    const json = join(r.dir, "announce.json");
    const a = await cli("announce", r.input, "-o", out, "--json", json);
    const result = existsSync(json) ? readJson(json) : {};
    const findings: { code: string }[] = Array.isArray(result.findings) ? result.findings : [];
    expect({ exitIsZero: a.code === 0, told: findings.some((f) => f.code === "SETTINGS_MISSING") || (a.code === 2 && /[\u0E00-\u0E7F]/.test(a.err)) }).toEqual({
      exitIsZero: false,
      told: true,
    });
  });
});
