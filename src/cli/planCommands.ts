/**
 * The CLI's commands on a plan workbook: check, classify, generate, announce, track. Each reads its
 * input, never writes it, and ends 0 (done), 1 (done, with errors found in the data) or 2 (the
 * input gives nothing to work on: nothing is written, and the reasons are said).
 */
import { announcePlan } from "../commands/announcePlan";
import { checkWorkbook } from "../commands/checkWorkbook";
import { applyClassification, classifyWorkbook } from "../commands/classifyWorkbook";
import type { PlanSource } from "../commands/checkWorkbook";
import { devPlanIn, readDevPlanSheets } from "../commands/devPlanFile";
import { generateForms } from "../commands/generateForms";
import { trackPlan } from "../commands/trackPlan";
import type { Round } from "../domain/tracking/types";
import { parseRound } from "../domain/tracking/status";
import { CONFIDENT } from "../domain/classify/confidence";
import { hasErrors } from "../domain/findings";
import { stringOption, UsageError, type ParsedArgs } from "./args";
import { InputError } from "./errors";
import { printBook, printCheck, printFindings, printFormsSummary, printRefused, printTimetable, printTracking, type CliIo } from "./print";
import type { UserPath } from "./files";
import type { Workspace } from "./workspace";
import { readFile } from "node:fs/promises";
import { imageInfo } from "../core/imageInfo";
import { skippedMessageTh } from "../workbook/port";
import type { BookLogo } from "../reports/book/types";

/** Exit codes: 0 done, 1 done with errors found in the data, 2 unusable input. */
export const EXIT = { ok: 0, dataErrors: 1, unusable: 2 } as const;

export interface Outcome {
  readonly exitCode: number;
  readonly result: Record<string, unknown>;
}

/** The input of check, classify, generate, announce (the parser has made sure it is given). */
const inputPath = (args: ParsedArgs, ws: Workspace) => ws.input(args.positionals[0]);

/** --force: an existing output may be written over. */
export const overwrite = (args: ParsedArgs) => args.options.has("force");

/** The -o output of classify, generate, announce (the parser has made sure it is given). */
const outOption = (args: ParsedArgs, ws: Workspace) => ws.output(stringOption(args, "out")!, overwrite(args));

const NOTHING_TO_BUILD = "สมุดงานนี้ไม่มีรายการโครงการที่จะจัดทำบัญชีได้";

/** --dev-plan's file, taken as an input (never written, not the output, not the --json file) before any output is. */
const devPlanPath = (args: ParsedArgs, ws: Workspace): Promise<UserPath | undefined> => {
  const typed = stringOption(args, "dev-plan");
  return typed === undefined ? Promise.resolve(undefined) : ws.input(typed);
};

/** The plan's sheets, read as the input is read; a file with no ผ.02 in it stops the run rather than being passed over. */
async function devPlanSource(ws: Workspace, file: UserPath | undefined): Promise<PlanSource> {
  if (!file) return {};
  const sheets = await readDevPlanSheets(await ws.open(file));
  if (!devPlanIn(sheets))
    throw new InputError(
      `ไฟล์ ${file.typed} (--dev-plan) ไม่มีแผ่นงานแบบ ผ.02 ของแผนพัฒนาท้องถิ่นที่อ่านได้ — ระบุไฟล์แผนพัฒนาที่มีตาราง "ที่" "โครงการ" และงบประมาณรายปี เช่น "2566 (บาท)" … "2570 (บาท)" (ไม่ได้เขียนไฟล์ผลลัพธ์)`,
    );
  return { devPlan: sheets };
}

/** --logo's picture, read as an input before any output is: PNG or JPEG, else the run stops (exit 2). */
async function logoOption(args: ParsedArgs, ws: Workspace): Promise<BookLogo | null> {
  const typed = stringOption(args, "logo");
  if (typed === undefined) return null;
  const file = await ws.input(typed);
  const bytes = new Uint8Array(await readFile(file.abs));
  const info = bytes.length <= MAX_LOGO_BYTES ? imageInfo(bytes) : null;
  if (!info)
    throw new InputError(
      bytes.length > MAX_LOGO_BYTES
        ? `ไฟล์ ${file.typed} (--logo) ใหญ่เกิน ${MAX_LOGO_BYTES / 1_000_000} MB — ย่อภาพตราสัญลักษณ์ให้เล็กลงก่อน (ไม่ได้เขียนไฟล์ผลลัพธ์)`
        : `ไฟล์ ${file.typed} (--logo) ไม่ใช่ภาพ PNG หรือ JPEG — บันทึกตราสัญลักษณ์เป็น .png หรือ .jpg แล้วลองใหม่ (ไม่ได้เขียนไฟล์ผลลัพธ์)`,
    );
  return { base64: Buffer.from(bytes).toString("base64"), ...info };
}

/** An emblem is a small picture; a larger file would bloat every copy of the book. */
const MAX_LOGO_BYTES = 5_000_000;

/** Where the linked entry is, for the JSON: Excel's row number, the link's score. */
const devPlanJson = (c: { devPlan?: { sheet: string; row: number; score: number } | null }) => (c.devPlan ? { sheet: c.devPlan.sheet, row: c.devPlan.row, score: c.devPlan.score } : null);

export async function check(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const planFile = await devPlanPath(args, ws);
  const wb = await ws.open(inputFile);
  const r = await checkWorkbook(wb, undefined, undefined, await devPlanSource(ws, planFile));
  printCheck(input, r, io);
  printFindings(r.findings, io);
  const result = { input, findings: r.findings, summary: r.summary, projectSheets: r.projectSheets, devPlan: r.devPlan ?? null };
  if (r.refused.length) {
    printRefused(NOTHING_TO_BUILD, r.refused, io);
    return { exitCode: EXIT.unusable, result: { ...result, error: NOTHING_TO_BUILD } };
  }
  return { exitCode: hasErrors(r.findings) ? EXIT.dataErrors : EXIT.ok, result };
}

const METHOD_LABEL = { label: "ป้ายที่กรอกไว้", heading: "หัวข้อในแผ่นงาน", devPlan: "ตามแผนพัฒนาท้องถิ่น", inferred: "อนุมานจากแผนงาน", suggested: "แนะนำจากชื่อโครงการ", unresolved: "ยังตัดสินไม่ได้" } as const;

export async function classify(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const minText = stringOption(args, "min-confidence");
  const min = minText === undefined ? 0.5 : minText.trim() === "" ? NaN : Number(minText);
  if (!(min >= 0 && min <= 1)) throw new UsageError(`--min-confidence ต้องอยู่ระหว่าง 0 ถึง 1 (ได้รับ "${minText}")`, args.command);
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const planFile = await devPlanPath(args, ws);
  const outFile = await outOption(args, ws);
  const out = outFile.typed;
  const wb = await ws.open(inputFile);
  const result = await classifyWorkbook(wb, undefined, undefined, await devPlanSource(ws, planFile));
  const record = await applyClassification(wb, result, { minConfidence: min });
  await ws.save(wb, outFile);
  const byMethod = (m: keyof typeof METHOD_LABEL, f: "plan" | "strategy") => result.classifications.filter((c) => c[f].method === m).length;
  io.out(`จัดหมวดหมู่ ${input}: ${result.classifications.length} โครงการ → ${out}`);
  for (const f of ["plan", "strategy"] as const)
    io.out(
      `  ${f === "plan" ? "แผนงาน" : "ยุทธศาสตร์"}: ` +
        (Object.keys(METHOD_LABEL) as (keyof typeof METHOD_LABEL)[]).map((m) => `${METHOD_LABEL[m]} ${byMethod(m, f)}`).join(" · "),
    );
  io.out(`  กรอกเพิ่ม ${record.cells.length} เซลล์${record.headers.length ? ` และหัวคอลัมน์ ${record.headers.map((h) => h.value).join(", ")}` : ""} (ความมั่นใจ ≥ ${min})`);
  printFindings(result.findings, io);
  const classification = result.classifications.map((c) => ({
    sheet: c.sheet,
    row: c.row,
    name: c.name,
    strategy: c.strategy.name,
    plan: c.plan.name,
    method: { strategy: c.strategy.method, plan: c.plan.method },
    confidence: { strategy: c.strategy.confidence, plan: c.plan.confidence },
    alternatives: { strategy: c.strategy.alternatives, plan: c.plan.alternatives },
    devPlan: devPlanJson(c),
    ...(c.devPlanAmbiguous ? { candidates: (c.devPlanCandidates ?? []).map((x) => ({ sheet: x.sheet, row: x.row, score: x.score, name: x.name })) } : {}),
  }));
  return { exitCode: EXIT.ok, result: { input, output: out, classification, findings: result.findings, written: record } };
}

/** The sheets of a generated sheet the user has edited since: replaced only with --force. */
const editedStop = (sheets: readonly string[], what: string) =>
  new InputError(`ชีต ${sheets.map((n) => `"${n}"`).join(", ")} ที่ OpPlan สร้างไว้ถูกแก้ไขด้วยมือ — ใช้ --force เพื่อแทนที่ด้วย${what}ใหม่ (ไม่ได้เขียนไฟล์ผลลัพธ์)`);

/**
 * Every button on a copy: ตรวจสอบ (reported), จัดหมวดหมู่ with the confident decisions written,
 * สร้างบัญชี ผด. and ประกาศ. A workbook that gives no forms writes nothing (exit 2); a
 * generated sheet edited by hand is replaced only with --force.
 */
export async function generate(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const planFile = await devPlanPath(args, ws);
  const logo = await logoOption(args, ws);
  const outFile = await outOption(args, ws);
  const out = outFile.typed;
  const force = overwrite(args);
  const wb = await ws.open(inputFile);
  const source = await devPlanSource(ws, planFile);
  const checked = await checkWorkbook(wb, undefined, undefined, source);
  printCheck(input, checked, io);
  printFindings(checked.findings, io, 20);
  if (checked.refused.length) {
    printRefused(NOTHING_TO_BUILD, checked.refused, io);
    return { exitCode: EXIT.unusable, result: { input, findings: checked.findings, summary: checked.summary, error: NOTHING_TO_BUILD } };
  }
  const classified = await classifyWorkbook(wb, undefined, undefined, source);
  const record = await applyClassification(wb, classified, { minConfidence: CONFIDENT });
  const placedRows = new Set(record.cells.map((c) => `${c.sheet}!${/\d+$/.exec(c.cell)![0]}`)).size;
  io.out(
    `จัดหมวดหมู่: ${classified.classifications.length} โครงการ · วางตามคำแนะนำที่มั่นใจ ≥ ${Math.round(CONFIDENT * 100)}% ${placedRows} โครงการ (บันทึก ${record.cells.length} เซลล์ลงในสำเนา ตรวจได้ในไฟล์ผลลัพธ์)`,
  );
  const forms = await generateForms(wb, { confirmReplaceEdited: () => force, logo, ...source });
  if (forms.cancelled) throw editedStop(forms.edited, "เล่มแผน");
  await ws.save(wb, outFile);
  io.out(`สร้างเล่มแผน: ${forms.written.length} ชีต → ${out}`);
  printBook(forms.book.parts, io);
  for (const x of forms.skipped ?? []) io.out(`   ${skippedMessageTh(x)}`);
  if (forms.edited.length) io.out(`   แทนที่ชีตที่ถูกแก้ไขด้วยมือ (--force): ${forms.edited.join(", ")}`);
  printFormsSummary(forms, io, checked.summary.budget);
  // What the grouping rests on beyond the user's labels: placed by the tree or a suggestion, or left unspecified.
  const placement = forms.findings.filter((f) => f.code === "PLACED_BY_SUGGESTION" || f.code === "UNCLASSIFIED");
  printFindings(placement, io);
  const announced = forms.announcement!;
  io.out(announced.refused.length ? "ประกาศ: ไม่ได้เขียน (ไม่ทราบชื่อ อปท.)" : `ประกาศ: ${announced.written.join(", ")}`);
  printTimetable(announced, io);
  // The forms decide: the ประกาศ's own findings are said with it (its command exits on them).
  return {
    exitCode: hasErrors(forms.findings) ? EXIT.dataErrors : EXIT.ok,
    result: {
      input,
      output: out,
      findings: forms.findings,
      summary: forms.summary,
      equipment: forms.equipment,
      written: forms.written,
      renamed: forms.renamed,
      replacedEdited: forms.edited,
      classified: record.cells.length,
      placedBySuggestion: placedRows,
      book: { parts: forms.book.parts },
      announcement: { written: announced.written, dates: announced.dates, findings: announced.findings },
    },
  };
}

/** ประกาศ on a copy: the legal dates and the ประกาศ sheet. A generated ประกาศ edited by hand is replaced only with --force. */
export async function announce(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const logo = await logoOption(args, ws);
  const outFile = await outOption(args, ws);
  const out = outFile.typed;
  const wb = await ws.open(inputFile);
  const r = await announcePlan(wb, { confirmReplaceEdited: () => overwrite(args), logo });
  if (r.cancelled) throw editedStop(r.edited, "ประกาศ");
  const result = { input, fiscalYear: r.fiscalYear, dates: r.dates, findings: r.findings, written: r.written, renamed: r.renamed };
  if (r.refused.length) {
    printTimetable(r, io);
    printRefused("ไม่ได้เขียนประกาศ", r.refused, io);
    return { exitCode: EXIT.unusable, result: { ...result, error: "ไม่ได้เขียนประกาศ" } };
  }
  await ws.save(wb, outFile);
  io.out(`ประกาศ ${input}: ปีงบประมาณ พ.ศ. ${r.fiscalYear} → ${out} (ชีต ${r.written.join(", ")})`);
  if (r.renamed) io.out(`   เขียนในชีต "${r.written[0]}" เพราะมีชีตชื่อ ประกาศ ของผู้ใช้อยู่แล้ว (ไม่ได้แก้ไขชีตนั้น)`);
  printTimetable(r, io);
  return { exitCode: hasErrors(r.findings) ? EXIT.dataErrors : EXIT.ok, result: { ...result, output: out } };
}

/** --round as typed: 6 (ต.ค.–มี.ค.) or 12 (the whole year); unset, ตั้งค่า decides. */
function roundOption(args: ParsedArgs): Round | undefined {
  const typed = stringOption(args, "round");
  if (typed === undefined) return undefined;
  const round = parseRound(typed);
  if (round !== null && round !== "invalid") return round;
  throw new UsageError(`--round ต้องเป็น 6 (ต.ค.–มี.ค.) หรือ 12 (ทั้งปี) (ได้รับ "${typed}")`, args.command);
}

/**
 * ติดตามผล on a copy: the tracking sheet (entries carried over) and the report. An entry the
 * report cannot read stops the run (exit 2, nothing written); a report edited by hand is replaced
 * only with --force.
 */
export async function track(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const round = roundOption(args);
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const planFile = await devPlanPath(args, ws);
  const outFile = await outOption(args, ws);
  const out = outFile.typed;
  const wb = await ws.open(inputFile);
  const source = await devPlanSource(ws, planFile);
  const r = await trackPlan(wb, { confirmReplaceEdited: () => overwrite(args), ...(round ? { round } : {}), ...source });
  if (r.cancelled) throw editedStop([r.reportSheet], "รายงานผล");
  const tracking = r.tracking
    ? {
        fiscalYear: r.tracking.fiscalYear,
        round: r.tracking.round,
        from: r.tracking.from,
        to: r.tracking.to,
        asOf: r.tracking.asOf,
        strategies: r.tracking.strategies.map(({ plans, ...s }) => ({ ...s, plans })),
        total: r.tracking.total,
        behind: r.tracking.behind,
      }
    : null;
  const result = { input, tracking, rows: r.rows, findings: r.findings, written: r.written };
  if (r.refused.length) {
    printRefused("ติดตามผลไม่ได้", r.refused, io);
    return { exitCode: EXIT.unusable, result: { ...result, error: "ติดตามผลไม่ได้" } };
  }
  await ws.save(wb, outFile);
  io.out(`ติดตามผล ${input} → ${out} (ชีต ${r.written.join(", ")})`);
  printTracking(r, io);
  printFindings(r.findings, io, 20);
  if (r.replacedEdited.length) io.out(`   แทนที่ชีตที่ถูกแก้ไขด้วยมือ (--force): ${r.replacedEdited.join(", ")}`);
  return { exitCode: EXIT.ok, result: { ...result, output: out, replacedEdited: r.replacedEdited } };
}
