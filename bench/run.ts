/**
 * npm run bench — performance figures, printed, never asserted (tests assert budgets such as
 * sync counts; timings vary by machine). Medians of several runs.
 */
import { checkWorkbook, readPlanWorkbook } from "../src/commands/checkWorkbook";
import { classifyReading } from "../src/commands/classifyWorkbook";
import { generateForms } from "../src/commands/generateForms";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { EVAL_DEV, EVAL_HOLDOUT, EVAL_TREES } from "../tests/classify/evalData";
import { evaluate } from "../tests/classify/evaluate";
import { appendSheets } from "../src/commands/writeSheets";
import { SHEET } from "../src/core/sheetNames";
import { buildSampleWorkbook, generateSamplePlan } from "../src/sample/generatePlan";
import { ExcelJsWorkbook } from "../src/workbook/exceljsWorkbook";
import { createFakeExcel } from "../tests/excelModel";
import { createOfficeWorkbook } from "../src/workbook/officeWorkbook";
import { devPlanCorpusBench } from "./devPlanCorpus";
import { linkBench } from "./link";
import { processBench } from "./process";
import { kb, ms, table, timeRuns } from "./stats";

const SIZES = [1_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function main() {
  console.log(`OpPlan bench · node ${process.version} · medians of ${RUNS} runs\n`);
  console.log(paneSize() + "\n");
  console.log(webSize() + "\n");
  console.log(processBench(RUNS) + "\n");
  const readRows: (string | number)[][] = [];
  const officeRows: (string | number)[][] = [];
  for (const n of SIZES) {
    const plan = generateSamplePlan({ projects: n, seed: 1, fiscalYear: 2570 });
    const specs = buildSampleWorkbook(plan);
    const projectSpec = specs.find((s) => s.name === SHEET.projects)!;
    const rows = projectSpec.cells.length;

    // ExcelJS: the CLI's path, from the bytes of a real .xlsx file.
    const source = new ExcelJsWorkbook();
    await appendSheets(source, specs, 0);
    const bytes = await source.toBuffer();
    const load = await timeRuns(RUNS, () => ExcelJsWorkbook.fromBuffer(bytes));
    const loaded = await ExcelJsWorkbook.fromBuffer(bytes);
    const exRead = await timeRuns(RUNS, () => loaded.readSheet(SHEET.projects, { fills: true }));
    readRows.push(["ExcelJS", n, rows, ms(load.median), ms(exRead.median), Math.round(rows / ((load.median + exRead.median) / 1000)).toLocaleString("en")]);

    // Office.js adapter against the in-memory Excel fake: the add-in's path. The dropdowns'
    // list sheet must exist before the project sheet refers to it.
    const fake = createFakeExcel({ sheets: [SHEET.lists] });
    const office = createOfficeWorkbook((batch) => fake.run(batch));
    fake.resetStats();
    const write = await timeRuns(1, () => office.writeSheet(projectSpec));
    const w = { ...fake.stats };
    const readTime = await timeRuns(RUNS, async () => {
      fake.resetStats();
      await office.readSheet(SHEET.projects, { fills: true });
    });
    const r = { ...fake.stats };
    readRows.push(["Office.js (fake)", n, rows, "–", ms(readTime.median), Math.round(rows / (readTime.median / 1000)).toLocaleString("en")]);
    officeRows.push(
      ["write", n, ms(write.median), w.syncs, w.requests.length, kb(w.maxRequestBytes), w.proxies, w.operations],
      ["read + fills", n, ms(readTime.median), r.syncs, r.requests.length, kb(r.maxRequestBytes), r.proxies, r.operations],
    );
  }
  console.log(await checkBench());
  console.log("\n" + (await classifyBench()));
  console.log("\n" + (await devPlanCorpusBench()));
  console.log("\n" + (await generateBench()));
  console.log("\n" + (await linkBench(RUNS)));
  console.log("\nReading the sample's project sheet (values, number formats, fills)");
  console.log(table(["adapter", "projects", "rows", "open file", "read sheet", "rows/s"], readRows));
  console.log("\nOffice.js adapter through the fake Excel: requests per operation (limit 4 MB per request)");
  console.log(table(["operation", "projects", "time", "syncs", "requests", "largest request", "proxies", "operations"], officeRows));
}

/** ตรวจสอบ of a 5,000-project plan: the whole workbook through each adapter. */
async function checkBench(): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const n of [5_000]) {
    const specs = buildSampleWorkbook(generateSamplePlan({ projects: n, seed: 2, fiscalYear: 2570 }));
    const fake = createFakeExcel();
    const office = createOfficeWorkbook((batch) => fake.run(batch));
    const file = new ExcelJsWorkbook();
    await appendSheets(office, specs, 0);
    await appendSheets(file, specs, 0);
    let findings = 0;
    const t = await timeRuns(RUNS, async () => {
      fake.resetStats();
      findings = (await checkWorkbook(office)).findings.length;
    });
    const st = { ...fake.stats };
    const tx = await timeRuns(RUNS, () => checkWorkbook(file));
    rows.push(
      ["Office.js (fake)", n, ms(t.median), st.syncs, kb(st.maxRequestBytes), kb(st.requests.reduce((a, r) => a + r.bytes, 0)), findings],
      ["ExcelJS (in memory)", n, ms(tx.median), "–", "–", "–", findings],
    );
  }
  return "ตรวจสอบ (check) of a whole sample workbook\n" + table(["adapter", "projects", "time", "syncs", "largest request", "all requests", "findings"], rows);
}

/** จัดหมวดหมู่: accuracy on the independent evaluation set, and speed on a large plan. */
async function classifyBench(): Promise<string> {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows: (string | number)[][] = [];
  for (const [name, set] of [["DEV", EVAL_DEV], ["HOLDOUT", EVAL_HOLDOUT]] as const)
    for (const keywords of [true, false]) {
      const a = evaluate(set, EVAL_TREES, keywords);
      rows.push([name, keywords ? "with" : "without", a.n, pct(a.planTop1), pct(a.planTop2), pct(a.strategyTop1), pct(a.strategyTop2)]);
    }
  const out = ["จัดหมวดหมู่ (classify) accuracy on unlabelled rows of the evaluation set", table(["set", "คำสำคัญ", "projects", "แผนงาน top-1", "แผนงาน top-2", "strategy top-1", "strategy top-2"], rows)];
  const file = new ExcelJsWorkbook();
  await appendSheets(file, buildSampleWorkbook(generateSamplePlan({ projects: 10_000, seed: 3, fiscalYear: 2570 })), 0);
  const reading = await readPlanWorkbook(file);
  // Every label removed, so each project goes through the whole decision.
  const bare = { ...reading, projectSheets: reading.projectSheets.map((s) => ({ ...s, rows: { ...s.rows, projects: s.rows.projects.map((p) => ({ ...p, plan: null, strategy: null })) } })) };
  const t = await timeRuns(RUNS, () => classifyReading(bare));
  out.push(`\nClassifying ${reading.projects.length.toLocaleString("en")} unlabelled projects (after reading): median ${ms(t.median)} (min ${ms(t.min)}, max ${ms(t.max)})`);
  return out.join("\n");
}

/** สร้างบัญชี ผด.: through the fake (requests) and from the shell (wall time). */
async function generateBench(): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const n of [1_000, 5_000, 10_000]) {
    const fake = createFakeExcel();
    const office = createOfficeWorkbook((batch) => fake.run(batch));
    await appendSheets(office, buildSampleWorkbook(generateSamplePlan({ projects: n, seed: 4, fiscalYear: 2570 })), 0);
    let syncs = 0;
    let requests = 0;
    let largest = 0;
    let bytes = 0;
    let formatting = 0;
    const t = await timeRuns(Math.min(RUNS, 3), async () => {
      fake.resetStats();
      await generateForms(office);
      syncs = fake.stats.syncs;
      requests = fake.stats.requests.length;
      largest = fake.stats.maxRequestBytes;
      bytes = fake.stats.requests.reduce((a, r) => a + r.bytes, 0);
      formatting = fake.stats.operations;
    });
    rows.push([n, ms(t.median), syncs, requests, kb(largest), kb(bytes), formatting]);
  }
  const out = ["สร้างบัญชี ผด. (generate) through the fake Excel: a whole run (read, check, classify, three forms)", table(["projects", "time", "syncs", "requests", "largest request", "all requests", "operations"], rows)];

  return out.join("\n");
}

/** The pane's first load: the scripts taskpane.html loads itself (lazy chunks load on first use). */
function paneSize(): string {
  const dist = join(__dirname, "..", "dist");
  const html = join(dist, "taskpane.html");
  if (!existsSync(html)) return "Task pane first load: dist/ missing (run npm run build first)";
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !src.includes("office-js"));
  const sizes = scripts.map((src) => [src, gzipSync(readFileSync(join(dist, src.replace(/^\.\//, "")))).length] as const);
  const total = sizes.reduce((a, [, n]) => a + n, 0);
  return `Task pane first load (gzipped, office.js excluded): ${kb(total)} of a 350 KB budget — ${sizes.map(([s, n]) => `${s} ${kb(n)}`).join(", ")}`;
}

/** The web page's first load: web.html and the one script beside it (ExcelJS included). */
function webSize(): string {
  const dist = join(__dirname, "..", "dist");
  const html = join(dist, "web.html");
  if (!existsSync(html)) return "Web page first load: dist/ missing (run npm run build first)";
  const files = ["web.html", ...[...readFileSync(html, "utf8").matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1].replace(/^\.\//, ""))];
  const raw = files.reduce((a, f) => a + readFileSync(join(dist, f)).length, 0);
  const gz = files.reduce((a, f) => a + gzipSync(readFileSync(join(dist, f))).length, 0);
  return `Web page first load (web.html and its script): ${kb(gz)} gzipped, ${kb(raw)} raw, of a 500 KB gzipped budget (tests/e2e/web.e2e.test.ts)`;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
