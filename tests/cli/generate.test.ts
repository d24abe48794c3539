/**
 * `opplan generate`: every button on a copy of the input (check, classify, the forms), the
 * ผด.01 figures in the JSON, hand-edited forms replaced only with --force, exit codes.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { BOOK_ORDER, FORM_SHEET_NAMES } from "../../src/core/sheetNames";
import { inspectGenerated } from "../../src/commands/generateForms";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli, readJson as json, sha } from "../support/cli";

const FORMS = [...FORM_SHEET_NAMES];
/** The whole book in print order. */
const BOOK: string[] = [...BOOK_ORDER];

/** A PNG as a file has it up to its IHDR: enough for OpPlan to know it and its size. */
function tinyPng(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(b);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}


describe("opplan generate", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opplan-generate-"));
    input = join(dir, "plan.xlsx");
    expect((await cli("sample", input, "--projects", "30", "--seed", "5")).code).toBe(0);
  });

  it("checks, classifies and writes the whole book into a copy; the input is not changed", async () => {
    const before = sha(input);
    const out = join(dir, "out.xlsx");
    const r = await cli("generate", input, "-o", out, "--json", join(dir, "r.json"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(r.out).toContain("ตรวจสอบ");
    expect(r.out).toContain("จัดหมวดหมู่");
    expect(r.out).toContain("สร้างเล่มแผน: 8 ชีต");

    const result = json(join(dir, "r.json"));
    expect(result).toMatchObject({ command: "generate", exitCode: 0, written: BOOK, renamed: [] });
    // book.parts: print order, the body numbered on from 1, the front matter lettered, each part's pages said.
    const parts = result.book.parts as { part: string; sheet: string; title: string; firstPage: number | null; firstPageLabel: string | null; pages: number }[];
    expect(parts.map((p) => p.sheet)).toEqual(BOOK);
    expect(parts.map((p) => p.firstPageLabel).slice(0, 4)).toEqual([null, null, "ก", "ข"]);
    const body = parts.slice(4);
    body.forEach((p, i) => {
      expect(p.firstPage).toBe(i === 0 ? 1 : body[i - 1].firstPage! + body[i - 1].pages);
      expect(p.firstPageLabel).toBe(String(p.firstPage));
    });
    for (const p of parts) expect(r.out).toContain(p.title);
    expect(Array.isArray(result.findings)).toBe(true);
    const { summary } = result;
    expect(summary.fiscalYear).toBe(2570);
    expect(summary.projects).toBeGreaterThan(0);
    expect(summary.strategies.length).toBeGreaterThan(1);
    expect(summary.strategies.reduce((n: number, s: { projects: number }) => n + s.projects, 0)).toBe(summary.projects);
    for (const s of summary.strategies as { budget: number; percentBudget: number }[])
      expect(Math.abs(s.percentBudget - (s.budget / summary.budget) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
    for (const s of summary.strategies) expect(Object.keys(s).sort()).toEqual(["budget", "name", "percentBudget", "percentProjects", "projects"]);
    expect(r.out).toContain(summary.budget.toLocaleString("th-TH", { minimumFractionDigits: 2 }));

    const wb = await ExcelJsWorkbook.fromFile(out);
    // The book after the input sheets, in print order.
    expect((await wb.listSheets()).slice(-BOOK.length)).toEqual(BOOK);
    for (const part of BOOK) expect(inspectGenerated(await wb.readSheet(part))).toEqual({ generated: true, form: part, editedByHand: false });
    // The สารบัญ prints the page each part of the body starts on, as its footer numbers it.
    const contents = (await wb.readSheet("สารบัญ"))!.values.map((row) => row.filter((v) => v !== "" && v !== null).map(String));
    for (const p of body) expect(contents.some((row) => row[0] === p.title && row.at(-1) === p.firstPageLabel)).toBe(true);
    for (const p of body) {
      const ws = wb.workbook.getWorksheet(p.sheet)!;
      expect([p.sheet, ws.pageSetup.firstPageNumber]).toEqual([p.sheet, p.firstPage]);
    }
    expect(inspectGenerated(await wb.readSheet("ประกาศ"))).toEqual({ generated: true, form: "ประกาศ", editedByHand: false });
    expect(Object.keys(result.announcement.dates).sort()).toEqual(["announced", "dueBy", "postBy", "postedFrom", "postedThrough", "takeDownFrom", "trigger"]);
    for (const form of FORMS) expect(inspectGenerated(await wb.readSheet(form))).toEqual({ generated: true, form, editedByHand: false });
    // The summary is what ผด.01 prints on its last line.
    const pd01 = (await wb.readSheet("ผด.01"))!;
    const total = pd01.values.find((row) => row[0] === "รวมทั้งสิ้น")!;
    expect(total.slice(1, 5)).toEqual([summary.projects, 100, summary.budget, 100]);
  });

  it("replaces a hand-edited form only with --force (exit 2 and no output without it)", async () => {
    const first = join(dir, "first.xlsx");
    expect((await cli("generate", input, "-o", first)).code).toBe(0);
    const edited = join(dir, "edited.xlsx");
    const wb = await ExcelJsWorkbook.fromFile(first);
    await wb.writeCells("ผด.02", [{ row: 6, col: 1, value: "แก้ด้วยมือ" }]);
    await wb.saveAs(edited);
    const before = sha(edited);

    const out = join(dir, "second.xlsx");
    const refused = await cli("generate", edited, "-o", out, "--json", join(dir, "refused.json"));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("ผด.02");
    expect(refused.err).toContain("แก้ไขด้วยมือ");
    expect(refused.err).toContain("--force");
    expect(existsSync(out)).toBe(false);
    expect(json(join(dir, "refused.json")).error).toContain("ผด.02");

    const forced = await cli("generate", edited, "-o", out, "--force", "--json", join(dir, "forced.json"));
    expect(forced.code).toBe(0);
    expect(sha(edited)).toBe(before);
    expect(json(join(dir, "forced.json"))).toMatchObject({ written: BOOK, replacedEdited: ["ผด.02"] });
    const result = await ExcelJsWorkbook.fromFile(out);
    expect(inspectGenerated(await result.readSheet("ผด.02"))).toEqual({ generated: true, form: "ผด.02", editedByHand: false });
    // Replaced in place: no second copy of any form.
    expect((await result.listSheets()).filter((n) => n.startsWith("ผด."))).toEqual(FORMS);
  });

  it("writes a form whose name a sheet of the user's own has under another name", async () => {
    const mine = join(dir, "mine.xlsx");
    const wb = await ExcelJsWorkbook.fromFile(input);
    await wb.writeSheet({ name: "ผด.01", cells: [["บัญชีที่ทำเอง"]] });
    await wb.saveAs(mine);
    const out = join(dir, "mine-out.xlsx");
    const r = await cli("generate", mine, "-o", out, "--json", join(dir, "mine.json"));
    expect(r.code).toBe(0);
    expect(json(join(dir, "mine.json")).renamed).toEqual([{ form: "ผด.01", sheet: "ผด.01 (OpPlan)" }]);
    expect(r.out).toContain("ผด.01 (OpPlan)");
    const result = await ExcelJsWorkbook.fromFile(out);
    expect((await result.readSheet("ผด.01"))!.values).toEqual([["บัญชีที่ทำเอง"]]);
  });

  it("exits 1 when the check finds errors, and still writes the output", async () => {
    const bad = join(dir, "bad.xlsx");
    const wb = await ExcelJsWorkbook.fromFile(input);
    const projects = (await wb.readSheet("โครงการ"))!;
    const header = projects.values.findIndex((row) => row.includes("งบประมาณ (บาท)"));
    const budgetCol = projects.values[header].indexOf("งบประมาณ (บาท)");
    const row = projects.values.findIndex((r, i) => i > header && typeof r[0] === "number" && typeof r[budgetCol] === "number");
    await wb.writeCells("โครงการ", [{ row: row + projects.originRow, col: budgetCol + projects.originCol, value: -5000 }]);
    await wb.saveAs(bad);
    const out = join(dir, "bad-out.xlsx");
    const r = await cli("generate", bad, "-o", out, "--json", join(dir, "bad.json"));
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    const result = json(join(dir, "bad.json"));
    expect(result.exitCode).toBe(1);
    expect(result.findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
    expect(result.written).toEqual(BOOK);
  });

  it("puts the --logo picture on the ปก and the ประกาศ; a file that is not a picture stops the run (exit 2, nothing written)", async () => {
    const logo = join(dir, "ตรา.png");
    writeFileSync(logo, tinyPng(300, 300));
    const out = join(dir, "logo.xlsx");
    const r = await cli("generate", input, "-o", out, "--logo", logo);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const wb = await ExcelJsWorkbook.fromFile(out);
    for (const sheet of ["ปก", "ประกาศ"]) expect([sheet, wb.workbook.getWorksheet(sheet)!.getImages().length]).toEqual([sheet, 1]);
    expect(wb.workbook.getWorksheet("ส่วนที่ 1")!.getImages()).toHaveLength(0);

    const notPicture = join(dir, "ตรา.txt");
    writeFileSync(notPicture, "ไม่ใช่รูปภาพ");
    const bad = join(dir, "logo-bad.xlsx");
    const refused = await cli("generate", input, "-o", bad, "--logo", notPicture, "--json", join(dir, "logo-bad.json"));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("ไม่ใช่ภาพ PNG หรือ JPEG");
    expect(existsSync(bad)).toBe(false);
    const missing = await cli("generate", input, "-o", bad, "--logo", join(dir, "ไม่มี.png"));
    expect(missing.code).toBe(2);
    expect(existsSync(bad)).toBe(false);
  });

  it("refuses its input as output and an output that exists (exit 2)", async () => {
    expect((await cli("generate", input, "-o", input)).code).toBe(2);
    const out = join(dir, "exists.xlsx");
    expect((await cli("generate", input, "-o", out)).code).toBe(0);
    const again = await cli("generate", input, "-o", out);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect((await cli("generate")).code).toBe(2);
  });

  it("demo also builds the book and prints the ผด.01 totals", async () => {
    const out = join(dir, "demo.xlsx");
    const r = await cli("demo", "-o", out, "--json", join(dir, "demo.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`4. สร้างเล่มแผน: ${BOOK.join(", ")}`);
    expect(r.out).toMatch(/ผด\.01 ปีงบประมาณ พ\.ศ\. 2570: รวม [\d,]+ โครงการ/);
    const result = json(join(dir, "demo.json"));
    expect(result.forms.written).toEqual(BOOK);
    expect((await (await ExcelJsWorkbook.fromFile(out)).listSheets()).slice(-BOOK.length)).toEqual(BOOK);
    expect(r.out).toContain("5. ประกาศ: ประกาศ");
    expect(r.out).toContain("ครบกำหนดประกาศใช้แผน");
  });
});
