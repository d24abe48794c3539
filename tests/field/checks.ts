/**
 * The checks made on every field workbook, in order, each giving its problems as lines: the jest
 * test asserts each list is empty, the digest prints the first problem of each workbook.
 */
import { equipmentDiff, judgePd01, judgePd02, judgePd021, judgeTitles, summaryDiff } from "./judge";
import type { CaseRun } from "./runCase";
import type { FieldCase, Truth } from "./truth";

export interface Check {
  readonly name: string;
  readonly problems: (r: CaseRun) => string[];
}

/**
 * Words of English left in a message once paths (the input's own name among them), what the user
 * typed (quoted), file kinds, program names and the CLI's own commands and options are set aside:
 * what is left would be a library's text.
 */
function english(err: string, dir: string, input: string): string[] {
  const t = err
    .split(input)
    .join(" ")
    .split(dir)
    .join(" ")
    .replace(/"[^"\n]*"/g, " ")
    .replace(/\b(Microsoft|Excel|LibreOffice|Calc|OpenOffice|OpenDocument|Google|Sheets|OpPlan|Save|As|File|UTF-8|UTF|Windows-874|Windows|TIS-620|HTML|CSV|xlsx|xls|ods|csv|html|json|force)\b/gi, " ")
    .replace(/\b(template|check|classify|generate|announce|from|out|fiscal-year)\b/g, " ");
  return t.match(/[A-Za-z]{3,}/g) ?? [];
}

function stopsCleanly(r: CaseRun, which: "generate" | "check", stop: RegExp | undefined): string[] {
  const x = r[which];
  const problems: string[] = [];
  const err = JSON.stringify(x.err.slice(0, 400));
  if (!/[\u0E00-\u0E7F]/.test(x.err)) problems.push(`${which} stderr has no Thai: ${err}`);
  if (stop && !stop.test(x.err)) problems.push(`${which} stderr does not match ${stop}: ${err}`);
  const en = english(x.err, r.dir, r.input);
  if (en.length) problems.push(`${which} stderr has English ${JSON.stringify(en.slice(0, 8))}: ${err}`);
  if (/Error:/.test(x.err) || /^\s+at /m.test(x.err)) problems.push(`${which} stderr has an error name or a stack: ${err}`);
  return problems;
}

/** The error findings behind an exit 1, in brief: "TOTAL_MISMATCH×3 (ผด.02!D17: …)". */
function errors(r: CaseRun): string {
  const errs = r.generate.findings.filter((f) => f.severity === "error");
  if (!errs.length) return "";
  const codes = [...new Set(errs.map((f) => f.code))].map((c) => {
    const first = errs.find((f) => f.code === c)!;
    return `${c}×${errs.filter((f) => f.code === c).length} (${first.sheet}${first.cell ? `!${first.cell}` : ""}: ${first.message.slice(0, 90)})`;
  });
  return ` with errors ${codes.join("; ")}`;
}

const formsRead = (r: CaseRun) => (r.forms ? [] : [`no forms to read: ${r.formsError ?? (r.outputExists ? "?" : "no output file")}`]);

export function checksFor(t: Truth): Check[] {
  const list: Check[] = [
    {
      name: `generate exits ${t.exit}`,
      problems: (r) => [
        ...(r.generate.code === t.exit ? [] : [`generate exited ${r.generate.code}, expected ${t.exit}${errors(r)}${r.generate.err ? `: ${r.generate.err.slice(0, 300)}` : ""}`]),
        ...(/^\s+at /m.test(r.generate.err) ? [`generate printed a stack: ${JSON.stringify(r.generate.err.slice(0, 300))}`] : []),
      ],
    },
    {
      // The CLI names its commands where the pane names its buttons.
      name: "hints name the CLI's commands, not the pane's buttons",
      problems: (r) =>
        [r.generate, r.check].flatMap((x) => (/กดปุ่ม|ปุ่ม[ก-๙]/.test(x.out + x.err) ? [`a CLI message names a button: ${JSON.stringify(/[^\n]*ปุ่ม[^\n]*/.exec(x.out + x.err)?.[0])}`] : [])),
    },
    {
      name: "leaves the input file unchanged",
      problems: (r) => (r.shaAfterGenerate === r.shaBefore && r.shaAfterCheck === r.shaBefore ? [] : ["the input file changed"]),
    },
  ];
  if (t.exit === 2) {
    list.push({
      name: "stops with no output file and a Thai message that says what to do",
      problems: (r) => [...(r.outputExists ? ["an output file was written"] : []), ...stopsCleanly(r, "generate", t.stop)],
    });
  } else {
    list.push(
      {
        name: "ผด.02: every project once, under its strategy and แผนงาน, nothing else",
        problems: (r) => (r.forms ? judgePd02(t, r.forms.pd02).problems : formsRead(r)),
      },
      {
        name: "ผด.01: strategies, แผนงาน lines, counts, budgets and per cents line by line",
        problems: (r) => {
          if (!r.forms) return formsRead(r);
          const j = judgePd01(t, r.forms.pd01, judgePd02(t, r.forms.pd02).placement);
          return [...j.problems, ...summaryDiff(j.actual, j.expected)];
        },
      },
      {
        name: "ผด.02/1: every equipment row under its ประเภทครุภัณฑ์ and แผนงาน, with block totals",
        problems: (r) => {
          if (!r.forms) return formsRead(r);
          const j = judgePd021(t, r.forms.pd021);
          return [...j.problems, ...equipmentDiff(j.actual, j.expected)];
        },
      },
      {
        name: "titles: the fiscal year, the อปท., no placeholder",
        problems: (r) => (r.forms ? judgeTitles(t, r.forms, r.generate.findings) : formsRead(r)),
      },
    );
  }
  list.push(
    {
      name: "findings: the expected codes, none of the excluded ones",
      problems: (r) => {
        const codes = new Set(r.generate.findings.map((f) => f.code));
        const problems = [
          ...(t.codes ?? []).filter((x) => !codes.has(x)).map((x) => `generate findings lack ${x}`),
          ...(t.notCodes ?? []).filter((x) => codes.has(x)).map((x) => `generate findings have ${x}: ${r.generate.findings.find((f) => f.code === x)?.message}`),
        ];
        const hidden = t.projects.filter((p) => p.hidden).length;
        const hiddenRows = r.generate.findings.filter((f) => f.code === "HIDDEN_ROW").length;
        if (hiddenRows < hidden) problems.push(`HIDDEN_ROW ${hiddenRows} times, ${hidden} hidden project rows`);
        if (t.exit !== 2 && r.forms) {
          const left = judgePd02(t, r.forms.pd02).leftUnspecified;
          if (left.length && !codes.has("UNCLASSIFIED")) problems.push(`${left.length} unlabelled project(s) left unspecified without an UNCLASSIFIED warning`);
        }
        return problems;
      },
    },
    {
      name: `check agrees: exits ${t.exit}, reports the expected codes`,
      problems: (r) => {
        const codes = new Set(r.check.findings.map((f) => f.code));
        const problems = r.check.code === t.exit ? [] : [`check exited ${r.check.code}, expected ${t.exit}${r.check.err ? `: ${r.check.err.slice(0, 200)}` : ""}`];
        problems.push(...(t.codes ?? []).filter((x) => !codes.has(x)).map((x) => `check findings lack ${x}`));
        if (t.exit === 2) problems.push(...stopsCleanly(r, "check", undefined));
        return problems;
      },
    },
  );
  return list;
}

/** The first problem of a workbook, or null when every check passes. */
export function firstProblem(c: FieldCase, r: CaseRun): { check: string; problem: string } | null {
  for (const ch of checksFor(c.truth)) {
    const p = ch.problems(r);
    if (p.length) return { check: ch.name, problem: p[0] };
  }
  return null;
}
