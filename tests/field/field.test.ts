/**
 * The field corpus: for each workbook an officer might really have, run `generate` and `check`
 * as the officer would and compare the forms line by line with what the officer means (the truth
 * written beside the workbook in tests/field/workbooks/). Many of these fail against a reader that
 * does not yet understand the habit: each failure names the first thing that is wrong.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS } from "./corpus";
import { judgePd01, judgePd02, judgePd021, judgeTitles, totals } from "./judge";
import { runCase, type CaseRun } from "./runCase";
import type { FieldCase } from "./truth";

const root = mkdtempSync(join(tmpdir(), "opplan-field-"));
const runs = new Map<string, Promise<CaseRun>>();
const runOf = (c: FieldCase) => {
  if (!runs.has(c.id)) runs.set(c.id, runCase(c, root));
  return runs.get(c.id)!;
};

/** Words of English left in a message once paths, file kinds and program names are set aside. */
function english(err: string, dir: string): string[] {
  const t = err
    .split(dir)
    .join(" ")
    .replace(/\b(Microsoft|Excel|LibreOffice|Calc|OpenOffice|OpenDocument|Google|Sheets|OpPlan|Save|As|File|UTF-8|UTF|Windows-874|Windows|TIS-620|HTML|CSV|xlsx|xls|ods|csv|html|json|force)\b/gi, " ");
  return t.match(/[A-Za-z]{3,}/g) ?? [];
}

function stopsCleanly(r: CaseRun, which: "generate" | "check", stop: RegExp | undefined): string[] {
  const x = r[which];
  const problems: string[] = [];
  if (!/[\u0E00-\u0E7F]/.test(x.err)) problems.push(`${which} stderr has no Thai: ${JSON.stringify(x.err)}`);
  if (stop && !stop.test(x.err)) problems.push(`${which} stderr does not match ${stop}: ${JSON.stringify(x.err)}`);
  const en = english(x.err, r.dir);
  if (en.length) problems.push(`${which} stderr has English text ${JSON.stringify(en)}: ${JSON.stringify(x.err)}`);
  if (/Error:/.test(x.err) || /^\s+at /m.test(x.err)) problems.push(`${which} stderr has an error name or a stack: ${JSON.stringify(x.err)}`);
  return problems;
}

for (const c of CORPUS) {
  const t = c.truth;
  describe(`${c.id}: ${c.habit}`, () => {
    let r: CaseRun;
    beforeAll(async () => {
      r = await runOf(c);
    }, 180_000);

    it(`generate exits ${t.exit}`, () => {
      expect({ exit: r.generate.code, err: r.generate.code === t.exit ? "" : r.generate.err.slice(0, 300) }).toEqual({ exit: t.exit, err: "" });
    });

    it("leaves the input file unchanged", () => {
      expect([r.shaAfterGenerate, r.shaAfterCheck]).toEqual([r.shaBefore, r.shaBefore]);
    });

    if (t.exit === 2) {
      it("stops with no output file and a Thai message that says what to do", () => {
        expect({ output: r.outputExists, problems: stopsCleanly(r, "generate", t.stop) }).toEqual({ output: false, problems: [] });
      });
    } else {
      it("ผด.02: every project once, under its strategy and แผนงาน, nothing else", () => {
        expect(r.formsError).toBeNull();
        expect(judgePd02(t, r.forms!.pd02).problems).toEqual([]);
      });

      it("ผด.01: strategies, แผนงาน lines, counts, budgets and per cents line by line", () => {
        expect(r.formsError).toBeNull();
        const { placement } = judgePd02(t, r.forms!.pd02);
        const j = judgePd01(t, r.forms!.pd01, placement);
        expect(j.problems).toEqual([]);
        expect(j.actual).toEqual(j.expected);
      });

      it("ผด.02/1: every equipment row under its ประเภทครุภัณฑ์ and แผนงาน, with block totals", () => {
        expect(r.formsError).toBeNull();
        const j = judgePd021(t, r.forms!.pd021);
        expect(j.problems).toEqual([]);
        expect(j.actual).toEqual(j.expected);
      });

      it("titles: the fiscal year, the อปท., no placeholder", () => {
        expect(r.formsError).toBeNull();
        expect(judgeTitles(t, r.forms!, r.generate.findings)).toEqual([]);
      });
    }

    it("findings: the expected codes, none of the excluded ones", () => {
      const codes = new Set(r.generate.findings.map((f) => f.code));
      const missing = (t.codes ?? []).filter((x) => !codes.has(x));
      const unwanted = (t.notCodes ?? []).filter((x) => codes.has(x));
      const hidden = t.projects.filter((p) => p.hidden).length;
      const hiddenRows = r.generate.findings.filter((f) => f.code === "HIDDEN_ROW").length;
      const problems = [...missing.map((x) => `missing ${x}`), ...unwanted.map((x) => `unwanted ${x}`)];
      if (hiddenRows < hidden) problems.push(`HIDDEN_ROW ${hiddenRows} times, ${hidden} hidden project rows`);
      if (t.exit !== 2 && r.forms) {
        const left = judgePd02(t, r.forms.pd02).leftUnspecified;
        if (left.length && !codes.has("UNCLASSIFIED")) problems.push(`${left.length} project(s) left unspecified without an UNCLASSIFIED warning`);
      }
      expect(problems).toEqual([]);
    });

    it(`check agrees: exits ${t.exit}, reports the expected codes`, () => {
      const codes = new Set(r.check.findings.map((f) => f.code));
      const problems = (t.codes ?? []).filter((x) => !codes.has(x)).map((x) => `missing ${x}`);
      if (t.exit === 2) problems.push(...stopsCleanly(r, "check", undefined));
      expect({ exit: r.check.code, problems }).toEqual({ exit: t.exit, problems: [] });
    });
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
        wrong.push(`${c.id}: printed ${printed.projects} / ${printed.budget}, typed ${typed.projects} / ${typed.budget}`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});
