import { resolve } from "node:path";
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
import { intOption, optionalIntOption, parseArgs, stringOption, UsageError, type CommandLine, type ParsedArgs } from "./args";
import { errorCode, errorDetail, fsReason, InputError } from "./errors";
import { baseDir, type UserPath } from "./files";
import { BUNDLED_SAMPLE, usage } from "./usage";
import { Workspace, type OutputPath } from "./workspace";

export { InputError } from "./errors";
export { BUNDLED_SAMPLE } from "./usage";

/** Exit codes: 0 done, 1 done with errors found in the data, 2 unusable input. */
export const EXIT = { ok: 0, dataErrors: 1, unusable: 2 } as const;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Where the run stands: its folder and environment (INIT_CWD, OPPLAN_DEBUG); the process's by default. */
export interface CliContext {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const SAMPLE_DEFAULTS = { projects: 120, seed: 2570, fiscalYear: 2570 } as const;

/** The package root: the bundled sample and demo's default output live there, wherever the user runs from. */
const PACKAGE_ROOT = resolve(__dirname, "../..");
const DEMO_OUTPUT = "out/demo.xlsx";

interface Outcome {
  readonly exitCode: number;
  readonly result: Record<string, unknown>;
}

const UNEXPECTED = "เกิดข้อผิดพลาดที่ไม่คาดคิดใน OpPlan จึงทำงานไม่เสร็จ";
const DEBUG_HINT = "ดูรายละเอียดด้วย OPPLAN_DEBUG=1 หรือช่อง detail ในไฟล์ --json แล้วแจ้งผู้ดูแล OpPlan";

export async function runCli(argv: readonly string[], io: CliIo, context: CliContext = {}): Promise<number> {
  const env = context.env ?? process.env;
  const debug = env.OPPLAN_DEBUG === "1";
  const printDetail = (detail: string | undefined) => {
    if (debug && detail) for (const line of detail.split("\n")) io.err(line);
  };
  let line: CommandLine;
  try {
    line = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) {
      io.err(`${UNEXPECTED} — ${DEBUG_HINT}`);
      printDetail(errorDetail(e));
      return EXIT.unusable;
    }
    io.err(e.message);
    io.err("");
    io.err(usage(e.command));
    return EXIT.unusable;
  }
  if (line.help) {
    io.out(usage(line.command));
    return EXIT.ok;
  }
  const args: ParsedArgs = line;
  const ws = new Workspace(baseDir(context.cwd ?? process.cwd(), env), (l) => io.out(l));
  let json: UserPath | undefined;
  let outcome: Outcome;
  try {
    const jsonText = stringOption(args, "json");
    // Checked first: a result that cannot be written must not cost the work.
    if (jsonText !== undefined) json = await ws.jsonFile(jsonText);
    outcome = await dispatch(args, io, ws);
  } catch (e) {
    let message: string;
    let detail: string | undefined;
    if (e instanceof UsageError) {
      message = e.message;
      io.err(message);
      io.err("");
      io.err(usage(args.command));
    } else if (e instanceof InputError) {
      message = e.message;
      detail = e.detail;
      io.err(message);
    } else {
      const written = ws.written.map((p) => p.typed);
      message = `${UNEXPECTED} ${written.length ? `(เขียนไฟล์ ${written.join(", ")} เสร็จแล้ว)` : "และไม่ได้เขียนไฟล์ผลลัพธ์"} — ${DEBUG_HINT}`;
      detail = errorDetail(e);
      io.err(message);
    }
    printDetail(detail);
    outcome = { exitCode: EXIT.unusable, result: detail === undefined ? { error: message } : { error: message, detail } };
  }
  if (json) {
    try {
      await ws.writeJson(json, JSON.stringify({ command: args.command, exitCode: outcome.exitCode, ...outcome.result }, null, 2) + "\n");
    } catch (e) {
      const written = ws.written.map((p) => p.typed);
      const reason = errorCode(e) ? fsReason(e) : "เกิดข้อผิดพลาดที่ไม่คาดคิด";
      io.err(`เขียนไฟล์ JSON ${json.typed} ไม่สำเร็จ: ${reason}${written.length ? ` (ไฟล์ผลลัพธ์ ${written.join(", ")} เขียนเสร็จแล้ว)` : ""}`);
      printDetail(errorDetail(e));
      return EXIT.unusable;
    }
  }
  return outcome.exitCode;
}

function dispatch(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  switch (args.command) {
    case "template":
      return template(args, io, ws);
    case "sample":
      return sample(args, io, ws);
    case "check":
      return check(args, io, ws);
    case "classify":
      return classify(args, io, ws);
    case "generate":
      return generate(args, io, ws);
    case "announce":
      return announce(args, io, ws);
    case "demo":
      return demo(args, io, ws);
  }
}

/** --force: an existing output may be written over. */
const overwrite = (args: ParsedArgs) => args.options.has("force");

/** The -o output of classify, generate, announce (the parser has made sure it is given). */
const outOption = (args: ParsedArgs, ws: Workspace) => ws.output(stringOption(args, "out")!, overwrite(args));

/**
 * The fiscal year a template is made for when --fiscal-year is not given: this year's. The
 * one place that decides it (the --from workbook is open by then, should it ever tell).
 */
function defaultTemplateFiscalYear(): number {
  return currentFiscalYear();
}

async function template(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const givenYear = optionalIntOption(args, "fiscal-year", 2500, 2700);
  const from = stringOption(args, "from");
  const fromFile = from === undefined ? undefined : await ws.input(from);
  const outFile = await ws.output(args.positionals[0], overwrite(args));
  const out = outFile.typed;
  const wb = fromFile ? await ws.open(fromFile) : new ExcelJsWorkbook();
  const fiscalYear = givenYear ?? defaultTemplateFiscalYear();
  const r = await createTemplate(wb, { fiscalYear });
  await ws.save(wb, outFile);
  io.out(`สร้างแม่แบบปีงบประมาณ พ.ศ. ${fiscalYear} ที่ ${out}`);
  if (r.added.length) io.out(`  เพิ่มแผ่นงาน: ${r.added.join(", ")}`);
  if (r.existing.length) io.out(`  มีอยู่แล้ว (ไม่แก้ไข): ${r.existing.join(", ")}`);
  return { exitCode: EXIT.ok, result: { output: out, ...r } };
}

async function writeSample(ws: Workspace, out: OutputPath, projects: number, seed: number, fiscalYear: number) {
  const plan = generateSamplePlan({ projects, seed, fiscalYear });
  const wb = new ExcelJsWorkbook();
  await appendSheets(wb, buildSampleWorkbook(plan), 0);
  await ws.save(wb, out);
  return plan;
}

async function sample(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const projects = intOption(args, "projects", SAMPLE_DEFAULTS.projects, 1, 200_000);
  const seed = intOption(args, "seed", SAMPLE_DEFAULTS.seed, 0, 2 ** 31 - 1);
  const fiscalYear = intOption(args, "fiscal-year", SAMPLE_DEFAULTS.fiscalYear, 2500, 2700);
  const outFile = await ws.output(args.positionals[0], overwrite(args));
  const out = outFile.typed;
  const plan = await writeSample(ws, outFile, projects, seed, fiscalYear);
  io.out(`สร้างแผนตัวอย่าง ${projects} โครงการ (seed ${seed}) ปีงบประมาณ พ.ศ. ${fiscalYear} ที่ ${out}`);
  return {
    exitCode: EXIT.ok,
    result: { output: out, projects, seed, fiscalYear, rows: plan.projects.length, strategies: plan.strategies.length },
  };
}

/** The main job on the bundled sample: what a planning officer gets from one click, so far. */
async function demo(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const input = BUNDLED_SAMPLE;
  const inputFile = await ws.input({ typed: input, abs: resolve(PACKAGE_ROOT, input) });
  const given = stringOption(args, "out");
  // A demo's output is scratch: written over on each run, as it always was.
  const outFile = await ws.output(given ?? { typed: DEMO_OUTPUT, abs: resolve(PACKAGE_ROOT, DEMO_OUTPUT) }, true);
  const out = outFile.typed;
  const wb = await ws.open(inputFile);
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
  await ws.save(wb, outFile);
  io.out(`ผลลัพธ์: ${outFile.abs}`);
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

/** The input of check, classify, generate, announce (the parser has made sure it is given). */
const inputPath = (args: ParsedArgs, ws: Workspace) => ws.input(args.positionals[0]);

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

async function check(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const wb = await ws.open(inputFile);
  const r = await checkWorkbook(wb);
  printCheck(input, r, io);
  printFindings(r.findings, io);
  return { exitCode: hasErrors(r.findings) ? EXIT.dataErrors : EXIT.ok, result: { input, findings: r.findings, summary: r.summary, projectSheets: r.projectSheets } };
}

const METHOD_LABEL = { label: "ป้ายที่กรอกไว้", heading: "หัวข้อในแผ่นงาน", inferred: "อนุมานจากแผนงาน", suggested: "แนะนำจากชื่อโครงการ", unresolved: "ยังตัดสินไม่ได้" } as const;

async function classify(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const minText = stringOption(args, "min-confidence");
  const min = minText === undefined ? 0.5 : minText.trim() === "" ? NaN : Number(minText);
  if (!(min >= 0 && min <= 1)) throw new UsageError(`--min-confidence ต้องอยู่ระหว่าง 0 ถึง 1 (ได้รับ "${minText}")`, args.command);
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const outFile = await outOption(args, ws);
  const out = outFile.typed;
  const wb = await ws.open(inputFile);
  const result = await classifyWorkbook(wb);
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
async function generate(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const outFile = await outOption(args, ws);
  const out = outFile.typed;
  const force = args.options.has("force");
  const wb = await ws.open(inputFile);
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
  await ws.save(wb, outFile);
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
async function announce(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const inputFile = await inputPath(args, ws);
  const input = inputFile.typed;
  const outFile = await outOption(args, ws);
  const out = outFile.typed;
  const force = args.options.has("force");
  const wb = await ws.open(inputFile);
  const r = await announcePlan(wb, { confirmReplaceEdited: () => force });
  if (r.cancelled)
    throw new InputError(`ชีต "${r.edited.join(", ")}" ที่ OpPlan สร้างไว้ถูกแก้ไขด้วยมือ — ใช้ --force เพื่อแทนที่ด้วยประกาศใหม่ (ไม่ได้เขียนไฟล์ผลลัพธ์)`);
  await ws.save(wb, outFile);
  io.out(`ประกาศ ${input}: ปีงบประมาณ พ.ศ. ${r.fiscalYear} → ${out} (ชีต ${r.written.join(", ")})`);
  if (r.renamed) io.out(`   เขียนในชีต "${r.written[0]}" เพราะมีชีตชื่อ ประกาศ ของผู้ใช้อยู่แล้ว (ไม่ได้แก้ไขชีตนั้น)`);
  printTimetable(r, io);
  return {
    exitCode: hasErrors(r.findings) ? EXIT.dataErrors : EXIT.ok,
    result: { input, output: out, fiscalYear: r.fiscalYear, dates: r.dates, findings: r.findings, written: r.written, renamed: r.renamed },
  };
}
