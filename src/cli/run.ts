import { resolve } from "node:path";
import { checkWorkbook } from "../commands/checkWorkbook";
import { applyClassification, classifyWorkbook } from "../commands/classifyWorkbook";
import { createTemplate } from "../commands/createTemplate";
import { generateForms } from "../commands/generateForms";
import { appendSheets } from "../commands/writeSheets";
import { CONFIDENT } from "../domain/classify/confidence";
import type { Finding } from "../domain/findings";
import { buildSampleWorkbook, generateSamplePlan } from "../sample/generatePlan";
import { intOption, optionalIntOption, parseArgs, stringOption, UsageError, type CommandLine, type ParsedArgs } from "./args";
import type { WorkbookBackend } from "./backend";
import { errorCode, errorDetail, fsReason, InputError } from "./errors";
import { baseDir, type UserPath } from "./files";
import { announce, check, classify, EXIT, generate, overwrite, track, type Outcome } from "./planCommands";
import { printBook, printFormsSummary, printTimetable, SEVERITY_LABEL, type CliIo } from "./print";
import { BUNDLED_SAMPLE, usage } from "./usage";
import { Workspace, type OutputPath } from "./workspace";

export { InputError } from "./errors";
export { BUNDLED_SAMPLE } from "./usage";

export { EXIT } from "./planCommands";
export { printFindings, type CliIo } from "./print";

/** Where the run stands: its folder and environment (INIT_CWD, OPPLAN_DEBUG); the process's by default. */
export interface CliContext {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** What the commands run on; ExcelJS by default (via-office runs them through the Office adapter). */
  readonly backend?: WorkbookBackend;
}

export const SAMPLE_DEFAULTS = { projects: 120, seed: 2570, fiscalYear: 2570 } as const;

/** The package root: the bundled sample and demo's default output live there, wherever the user runs from. */
const PACKAGE_ROOT = resolve(__dirname, "../..");
const DEMO_OUTPUT = "out/demo.xlsx";

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
  const ws = new Workspace(baseDir(context.cwd ?? process.cwd(), env), (l) => io.out(l), context.backend);
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
    case "track":
      return track(args, io, ws);
    case "demo":
      return demo(args, io, ws);
  }
}

async function template(args: ParsedArgs, io: CliIo, ws: Workspace): Promise<Outcome> {
  const givenYear = optionalIntOption(args, "fiscal-year", 2500, 2700);
  const from = stringOption(args, "from");
  const fromFile = from === undefined ? undefined : await ws.input(from);
  const outFile = await ws.output(args.positionals[0], overwrite(args));
  const out = outFile.typed;
  const wb = fromFile ? await ws.open(fromFile) : await ws.create();
  // Without --fiscal-year, the year the --from workbook states, else this year's.
  const r = await createTemplate(wb, givenYear === undefined ? {} : { fiscalYear: givenYear });
  await ws.save(wb, outFile);
  const yearFrom = { option: "", workbook: ` (ตามที่ ${fromFile?.typed ?? ""} ระบุ)`, today: fromFile ? ` (${fromFile.typed} ไม่ได้ระบุปีงบประมาณ จึงใช้ปีปัจจุบัน)` : "" }[
    r.fiscalYearFrom
  ];
  io.out(`สร้างแม่แบบปีงบประมาณ พ.ศ. ${r.fiscalYear}${yearFrom} ที่ ${out}`);
  if (r.added.length) io.out(`  เพิ่มแผ่นงาน: ${r.added.join(", ")}`);
  if (r.existing.length) io.out(`  มีอยู่แล้ว (ไม่แก้ไข): ${r.existing.join(", ")}`);
  if (r.strategyRowsFromDevPlan) io.out(`  แผ่นงานยุทธศาสตร์: ${r.strategyRowsFromDevPlan} แถว จากยุทธศาสตร์และแผนงานของแผนพัฒนาท้องถิ่น (ผ.02) ใน ${fromFile?.typed ?? ""}`);
  return { exitCode: EXIT.ok, result: { output: out, ...r } };
}

async function writeSample(ws: Workspace, out: OutputPath, projects: number, seed: number, fiscalYear: number) {
  const plan = generateSamplePlan({ projects, seed, fiscalYear });
  const wb = await ws.create();
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
  io.out(`4. สร้างเล่มแผน: ${forms.written.join(", ")}`);
  printBook(forms.book.parts, io);
  printFormsSummary(forms, io);
  // The ประกาศ is part of the book: written with it, its dates said here.
  const announced = forms.announcement!;
  io.out(`5. ประกาศ: ${announced.written.join(", ") || "ไม่ได้เขียน (ไม่ทราบชื่อ อปท.)"}`);
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
      book: { parts: forms.book.parts },
      announcement: { written: announced.written, dates: announced.dates, findings: announced.findings },
    },
  };
}

