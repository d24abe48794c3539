import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { announcePlan, type AnnounceOutcome } from "../commands/announcePlan";
import { checkWorkbook } from "../commands/checkWorkbook";
import { applyClassification, classifyWorkbook } from "../commands/classifyWorkbook";
import { createTemplate } from "../commands/createTemplate";
import { generateForms, type GenerateOutcome } from "../commands/generateForms";
import { appendSheets } from "../commands/writeSheets";
import type { CheckResult } from "../commands/checkResult";
import { hasErrors, type Finding } from "../domain/findings";
import { currentFiscalYear, thaiLongDate } from "../domain/thaiCalendar";
import { CONFIDENT } from "../host/resultBus";
import { buildSampleWorkbook, generateSamplePlan } from "../sample/generatePlan";
import { ExcelJsWorkbook } from "../workbook/exceljsWorkbook";
import { intOption, parseArgs, stringOption, UsageError, type ParsedArgs } from "./args";

/** Exit codes: 0 done, 1 done with errors found in the data, 2 unusable input. */
export const EXIT = { ok: 0, dataErrors: 1, unusable: 2 } as const;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const BUNDLED_SAMPLE = "samples/sample-plan.xlsx";
export const SAMPLE_DEFAULTS = { projects: 120, seed: 2570, fiscalYear: 2570 } as const;

const USAGE = `OpPlan — แผนการดำเนินงาน บน Excel

การใช้งาน: npm run --silent opplan -- <คำสั่ง> [ตัวเลือก]

คำสั่ง
  template <out.xlsx> [--from <in.xlsx>] [--fiscal-year 2570]
        สร้างแผ่นงานแม่แบบ (โครงการ ยุทธศาสตร์ ตั้งค่า วันหยุด รายการเลือก)
        --from: เพิ่มเฉพาะแผ่นงานที่ยังไม่มีลงในสำเนาของไฟล์เดิม (ไฟล์เดิมไม่ถูกแก้ไข)
  sample <out.xlsx> [--projects 120] [--seed 2570] [--fiscal-year 2570]
        สร้างแผนตัวอย่างที่เหมือนจริง
  check <in.xlsx>
        ตรวจสอบแถวโครงการ ตั้งค่า และยุทธศาสตร์ (ไม่แก้ไขไฟล์) รหัสออก 1 เมื่อพบข้อผิดพลาด
  classify <in.xlsx> -o <out.xlsx> [--min-confidence 0.5]
        จัดหมวดหมู่: กรอกยุทธศาสตร์และแผนงานที่ตัดสินได้ลงในช่องที่ยังว่างของสำเนา (ไม่ทับสิ่งที่กรอกไว้)
  generate <in.xlsx> -o <out.xlsx> [--force]
        ทำทุกขั้นกับสำเนา: ตรวจสอบ จัดหมวดหมู่ (บันทึกรายการที่มั่นใจ ≥ 75%) สร้างบัญชี ผด.01 ผด.02 ผด.02/1 และประกาศ
        แทนที่เฉพาะชีตที่ OpPlan สร้างไว้ ชีตที่ถูกแก้ไขด้วยมือจะแทนที่เมื่อใช้ --force เท่านั้น
        รหัสออก 1 เมื่อการตรวจสอบพบข้อผิดพลาด (ยังเขียนไฟล์ผลลัพธ์)
  announce <in.xlsx> -o <out.xlsx>
        ประกาศ: คำนวณกำหนดเวลาตามระเบียบ ข้อ 26 ข้อ 27 และเขียนชีตประกาศลงในสำเนา
        JSON: dates (ISO yyyy-mm-dd หรือ null) และ findings · รหัสออก 1 เมื่อวันที่ผิดระเบียบ
  demo [-o out/demo.xlsx]
        ทำงานหลักกับไฟล์ตัวอย่างที่แนบมา (${BUNDLED_SAMPLE})

ตัวเลือกทุกคำสั่ง
  --json <file>   เขียนผลลัพธ์แบบ JSON
  --force         เขียนทับไฟล์ผลลัพธ์ที่มีอยู่แล้ว (generate: แทนที่ชีตบัญชีที่ถูกแก้ไขด้วยมือด้วย)

รหัสออก: 0 สำเร็จ · 1 สำเร็จแต่พบข้อผิดพลาดในข้อมูล · 2 ข้อมูลนำเข้าใช้ไม่ได้`;

interface Outcome {
  readonly exitCode: number;
  readonly result: Record<string, unknown>;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(String(e));
    return EXIT.unusable;
  }
  if (!args.command || args.options.has("help") || args.command === "help") {
    io.out(USAGE);
    return args.command ? EXIT.ok : EXIT.unusable;
  }
  let outcome: Outcome;
  try {
    outcome = await dispatch(args, io);
  } catch (e) {
    const message = e instanceof UsageError || e instanceof InputError ? e.message : `เกิดข้อผิดพลาดที่ไม่คาดคิด: ${String(e)}`;
    io.err(message);
    outcome = { exitCode: EXIT.unusable, result: { error: message } };
    if (!(e instanceof UsageError || e instanceof InputError)) console.error(e);
  }
  const json = args.options.get("json");
  if (typeof json === "string") {
    await mkdir(dirname(resolve(json)), { recursive: true });
    await writeFile(json, JSON.stringify({ command: args.command, exitCode: outcome.exitCode, ...outcome.result }, null, 2) + "\n");
  }
  return outcome.exitCode;
}

/** Input the user must fix: a missing file, one that is not .xlsx, an output that would overwrite it. */
export class InputError extends Error {}

async function dispatch(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  switch (args.command) {
    case "template":
      return template(args, io);
    case "sample":
      return sample(args, io);
    case "check":
      return check(args, io);
    case "classify":
      return classify(args, io);
    case "generate":
      return generate(args, io);
    case "announce":
      return announce(args, io);
    case "demo":
      return demo(args, io);
    default:
      throw new UsageError(`ไม่รู้จักคำสั่ง "${args.command}" — ดูวิธีใช้ด้วย --help`);
  }
}

function outputPath(args: ParsedArgs, positional: string | undefined, inputs: string[] = []): string {
  const out = positional ?? stringOption(args, "out");
  if (!out) throw new UsageError("ต้องระบุไฟล์ผลลัพธ์ .xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`ไฟล์ผลลัพธ์ต้องเป็น .xlsx: ${out}`);
  if (inputs.some((i) => resolve(i) === resolve(out))) throw new InputError(`ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์นำเข้า (${out}) — OpPlan ไม่แก้ไขไฟล์นำเข้า`);
  if (existsSync(out) && !args.options.has("force")) throw new InputError(`มีไฟล์ ${out} อยู่แล้ว — ใช้ --force เพื่อเขียนทับ`);
  return out;
}

export async function openInput(path: string): Promise<ExcelJsWorkbook> {
  if (!existsSync(path)) throw new InputError(`ไม่พบไฟล์ ${path}`);
  try {
    return await ExcelJsWorkbook.fromFile(path);
  } catch (e) {
    throw new InputError(`เปิดไฟล์ ${path} ไม่ได้ (ต้องเป็นไฟล์ Excel .xlsx): ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function save(wb: ExcelJsWorkbook, out: string): Promise<void> {
  await mkdir(dirname(resolve(out)), { recursive: true });
  await wb.saveAs(out);
}

async function template(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  const from = stringOption(args, "from");
  const out = outputPath(args, args.positionals[0], from ? [from] : []);
  const fiscalYear = intOption(args, "fiscal-year", currentFiscalYear(), 2500, 2700);
  const wb = from ? await openInput(from) : new ExcelJsWorkbook();
  const r = await createTemplate(wb, { fiscalYear });
  await save(wb, out);
  io.out(`สร้างแม่แบบปีงบประมาณ พ.ศ. ${fiscalYear} ที่ ${out}`);
  if (r.added.length) io.out(`  เพิ่มแผ่นงาน: ${r.added.join(", ")}`);
  if (r.existing.length) io.out(`  มีอยู่แล้ว (ไม่แก้ไข): ${r.existing.join(", ")}`);
  return { exitCode: EXIT.ok, result: { output: out, ...r } };
}

async function writeSample(out: string, projects: number, seed: number, fiscalYear: number) {
  const plan = generateSamplePlan({ projects, seed, fiscalYear });
  const wb = new ExcelJsWorkbook();
  await appendSheets(wb, buildSampleWorkbook(plan), 0);
  await save(wb, out);
  return plan;
}

async function sample(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  const out = outputPath(args, args.positionals[0]);
  const projects = intOption(args, "projects", SAMPLE_DEFAULTS.projects, 1, 200_000);
  const seed = intOption(args, "seed", SAMPLE_DEFAULTS.seed, 0, 2 ** 31 - 1);
  const fiscalYear = intOption(args, "fiscal-year", SAMPLE_DEFAULTS.fiscalYear, 2500, 2700);
  const plan = await writeSample(out, projects, seed, fiscalYear);
  io.out(`สร้างแผนตัวอย่าง ${projects} โครงการ (seed ${seed}) ปีงบประมาณ พ.ศ. ${fiscalYear} ที่ ${out}`);
  return {
    exitCode: EXIT.ok,
    result: { output: out, projects, seed, fiscalYear, rows: plan.projects.length, strategies: plan.strategies.length },
  };
}

/** The main job on the bundled sample: what a planning officer gets from one click, so far. */
async function demo(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  const input = BUNDLED_SAMPLE;
  const out = stringOption(args, "out") ?? "out/demo.xlsx";
  if (resolve(out) === resolve(input)) throw new InputError("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ตัวอย่าง");
  const wb = await openInput(input);
  const sheetsBefore = await wb.listSheets();
  const r = await createTemplate(wb, { fiscalYear: SAMPLE_DEFAULTS.fiscalYear });
  io.out(`ไฟล์ตัวอย่าง: ${input} (${sheetsBefore.length} แผ่นงาน: ${sheetsBefore.join(", ")})`);
  io.out(`1. แม่แบบ: ${r.added.length ? `เพิ่ม ${r.added.join(", ")}` : "ครบทุกแผ่นงานแล้ว"}`);
  const checked = await checkWorkbook(wb);
  const s = checked.summary;
  const count = (sev: Finding["severity"]) => checked.findings.filter((f) => f.severity === sev).length;
  io.out(
    `2. ตรวจสอบ: ${s.projects} โครงการ งบประมาณรวม ${s.budget.toLocaleString("th-TH", { minimumFractionDigits: 2 })} บาท · ` +
      `${SEVERITY_LABEL.error} ${count("error")} ${SEVERITY_LABEL.warning} ${count("warning")} ${SEVERITY_LABEL.info} ${count("info")}`,
  );
  const classified = await classifyWorkbook(wb);
  const written = await applyClassification(wb, classified, { minConfidence: CONFIDENT });
  const decided = classified.classifications.filter((c) => c.plan.name && c.strategy.name).length;
  io.out(`3. จัดหมวดหมู่: ตัดสินได้ครบ ${decided}/${classified.classifications.length} โครงการ · กรอกเพิ่ม ${written.cells.length} เซลล์ที่มั่นใจ ≥ 75%`);
  const forms = await generateForms(wb, { confirmReplaceEdited: () => true });
  io.out(`4. สร้างบัญชี: ${forms.written.join(", ")}`);
  printFormsSummary(forms, io);
  const announced = await announcePlan(wb, { confirmReplaceEdited: () => true });
  io.out(`5. ประกาศ: ${announced.written.join(", ")}`);
  printTimetable(announced, io);
  await save(wb, out);
  io.out(`ผลลัพธ์: ${resolve(out)}`);
  return {
    exitCode: EXIT.ok,
    result: {
      input,
      output: out,
      sheets: await wb.listSheets(),
      template: r,
      findings: checked.findings,
      summary: s,
      classified: written.cells.length,
      forms: { written: forms.written, renamed: forms.renamed, summary: forms.summary },
      announcement: { written: announced.written, dates: announced.dates, findings: announced.findings },
    },
  };
}

const SEVERITY_LABEL = { error: "ข้อผิดพลาด", warning: "คำเตือน", info: "ข้อสังเกต" } as const;

function inputPath(args: ParsedArgs): string {
  const input = args.positionals[0];
  if (!input) throw new UsageError("ต้องระบุไฟล์นำเข้า .xlsx");
  return input;
}

export function printFindings(findings: readonly Finding[], io: CliIo, limit = 50): void {
  for (const f of findings.slice(0, limit)) io.out(`  [${SEVERITY_LABEL[f.severity]}] ${f.sheet}${f.cell ? `!${f.cell}` : ""} ${f.code}: ${f.message} → ${f.fix}`);
  if (findings.length > limit) io.out(`  … และอีก ${findings.length - limit} รายการ (ดูทั้งหมดด้วย --json)`);
}

function printCheck(input: string, r: CheckResult, io: CliIo): void {
  const count = (s: Finding["severity"]) => r.findings.filter((f) => f.severity === s).length;
  const s = r.summary;
  io.out(
    `ตรวจสอบ ${input}: ปีงบประมาณ พ.ศ. ${s.fiscalYear ?? "?"} · ${s.projects.toLocaleString("th-TH")} โครงการ · งบประมาณรวม ${s.budget.toLocaleString("th-TH", { minimumFractionDigits: 2 })} บาท`,
  );
  io.out(`พบ ${SEVERITY_LABEL.error} ${count("error")} · ${SEVERITY_LABEL.warning} ${count("warning")} · ${SEVERITY_LABEL.info} ${count("info")}`);
}

async function check(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  const input = inputPath(args);
  const wb = await openInput(input);
  const r = await checkWorkbook(wb);
  printCheck(input, r, io);
  printFindings(r.findings, io);
  return { exitCode: hasErrors(r.findings) ? EXIT.dataErrors : EXIT.ok, result: { input, findings: r.findings, summary: r.summary, projectSheets: r.projectSheets } };
}

const METHOD_LABEL = { label: "ป้ายที่กรอกไว้", heading: "หัวข้อในแผ่นงาน", inferred: "อนุมานจากแผนงาน", suggested: "แนะนำจากชื่อโครงการ", unresolved: "ยังตัดสินไม่ได้" } as const;

async function classify(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  const input = inputPath(args);
  const out = outputPath(args, undefined, [input]);
  const minText = stringOption(args, "min-confidence");
  const min = minText === undefined ? 0.5 : Number(minText);
  if (!(min >= 0 && min <= 1)) throw new UsageError(`--min-confidence ต้องอยู่ระหว่าง 0 ถึง 1 (ได้รับ "${minText}")`);
  const wb = await openInput(input);
  const result = await classifyWorkbook(wb);
  const record = await applyClassification(wb, result, { minConfidence: min });
  await save(wb, out);
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
  }));
  return { exitCode: EXIT.ok, result: { input, output: out, classification, findings: result.findings, written: record } };
}

const baht = (n: number) => n.toLocaleString("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (n: number) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The ผด.01 totals: the whole plan, then each strategy with its shares. */
function printFormsSummary(r: GenerateOutcome, io: CliIo): void {
  const s = r.summary;
  io.out(`   ผด.01 ปีงบประมาณ พ.ศ. ${s.fiscalYear}: รวม ${s.projects.toLocaleString("th-TH")} โครงการ · งบประมาณ ${baht(s.budget)} บาท`);
  for (const g of s.strategies)
    io.out(`     ${g.name}: ${g.projects.toLocaleString("th-TH")} โครงการ (ร้อยละ ${percent(g.percentProjects)}) · ${baht(g.budget)} บาท (ร้อยละ ${percent(g.percentBudget)})`);
  for (const x of r.renamed) io.out(`   ${x.form} อยู่ในชีต "${x.sheet}" เพราะมีชีตชื่อ ${x.form} ของผู้ใช้อยู่แล้ว (ไม่ได้แก้ไขชีตนั้น)`);
}

/**
 * Every button on a copy: ตรวจสอบ (reported), จัดหมวดหมู่ with the confident decisions written,
 * then สร้างบัญชี ผด. A generated sheet edited by hand is replaced only with --force.
 */
async function generate(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  const input = inputPath(args);
  const out = outputPath(args, undefined, [input]);
  const force = args.options.has("force");
  const wb = await openInput(input);
  const checked = await checkWorkbook(wb);
  printCheck(input, checked, io);
  printFindings(checked.findings, io, 20);
  const classified = await classifyWorkbook(wb);
  const record = await applyClassification(wb, classified, { minConfidence: CONFIDENT });
  io.out(`จัดหมวดหมู่: ${classified.classifications.length} โครงการ · กรอกเพิ่ม ${record.cells.length} เซลล์ที่มั่นใจ ≥ ${Math.round(CONFIDENT * 100)}%`);
  const forms = await generateForms(wb, { confirmReplaceEdited: () => force });
  if (forms.cancelled)
    throw new InputError(
      `ชีต ${forms.edited.map((n) => `"${n}"`).join(", ")} ที่ OpPlan สร้างไว้ถูกแก้ไขด้วยมือ — ใช้ --force เพื่อแทนที่ด้วยบัญชีใหม่ (ไม่ได้เขียนไฟล์ผลลัพธ์)`,
    );
  const announced = await announcePlan(wb, { confirmReplaceEdited: () => force });
  if (announced.cancelled)
    throw new InputError(`ชีต "${announced.edited.join(", ")}" ที่ OpPlan สร้างไว้ถูกแก้ไขด้วยมือ — ใช้ --force เพื่อแทนที่ด้วยประกาศใหม่ (ไม่ได้เขียนไฟล์ผลลัพธ์)`);
  await save(wb, out);
  io.out(`สร้างบัญชี: ${forms.written.join(", ")} → ${out}`);
  if (forms.edited.length) io.out(`   แทนที่ชีตที่ถูกแก้ไขด้วยมือ (--force): ${forms.edited.join(", ")}`);
  printFormsSummary(forms, io);
  io.out(`ประกาศ: ${announced.written.join(", ")}`);
  printTimetable(announced, io);
  return {
    exitCode: hasErrors(checked.findings) ? EXIT.dataErrors : EXIT.ok,
    result: {
      input,
      output: out,
      findings: checked.findings,
      summary: forms.summary,
      written: forms.written,
      renamed: forms.renamed,
      replacedEdited: forms.edited,
      classified: record.cells.length,
      announcement: { written: announced.written, dates: announced.dates, findings: announced.findings },
    },
  };
}

/** The timetable of the announcement: each date in words (Buddhist era), its basis and state. */
function printTimetable(r: AnnounceOutcome, io: CliIo): void {
  for (const row of r.timetable)
    io.out(`   ${row.label}: ${row.date ? thaiLongDate(row.date) : row.instead} · ${row.basis} · ${row.state}`);
  for (const f of r.findings) io.out(`   [${SEVERITY_LABEL[f.severity]}] ${f.code}: ${f.message} → ${f.fix}`);
}

/** ประกาศ on a copy: the legal dates and the ประกาศ sheet. A generated ประกาศ edited by hand is replaced only with --force. */
async function announce(args: ParsedArgs, io: CliIo): Promise<Outcome> {
  const input = inputPath(args);
  const out = outputPath(args, undefined, [input]);
  const force = args.options.has("force");
  const wb = await openInput(input);
  const r = await announcePlan(wb, { confirmReplaceEdited: () => force });
  if (r.cancelled)
    throw new InputError(`ชีต "${r.edited.join(", ")}" ที่ OpPlan สร้างไว้ถูกแก้ไขด้วยมือ — ใช้ --force เพื่อแทนที่ด้วยประกาศใหม่ (ไม่ได้เขียนไฟล์ผลลัพธ์)`);
  await save(wb, out);
  io.out(`ประกาศ ${input}: ปีงบประมาณ พ.ศ. ${r.fiscalYear} → ${out} (ชีต ${r.written.join(", ")})`);
  if (r.renamed) io.out(`   เขียนในชีต "${r.written[0]}" เพราะมีชีตชื่อ ประกาศ ของผู้ใช้อยู่แล้ว (ไม่ได้แก้ไขชีตนั้น)`);
  printTimetable(r, io);
  return {
    exitCode: hasErrors(r.findings) ? EXIT.dataErrors : EXIT.ok,
    result: { input, output: out, fiscalYear: r.fiscalYear, dates: r.dates, findings: r.findings, written: r.written, renamed: r.renamed },
  };
}
