/**
 * `opplan generate`: every button on a copy of the input (check, classify, the forms), the
 * ผด.01 figures in the JSON, hand-edited forms replaced only with --force, exit codes.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FORM_SHEET_NAMES } from "../../src/core/sheetNames";
import { inspectGenerated } from "../../src/commands/generateForms";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli, readJson as json, sha } from "../support/cli";

const FORMS = [...FORM_SHEET_NAMES];


describe("opplan generate", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opplan-generate-"));
    input = join(dir, "plan.xlsx");
    expect((await cli("sample", input, "--projects", "30", "--seed", "5")).code).toBe(0);
  });

  it("checks, classifies and writes the three forms into a copy; the input is not changed", async () => {
    const before = sha(input);
    const out = join(dir, "out.xlsx");
    const r = await cli("generate", input, "-o", out, "--json", join(dir, "r.json"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(r.out).toContain("ตรวจสอบ");
    expect(r.out).toContain("จัดหมวดหมู่");
    expect(r.out).toContain("สร้างบัญชี: ผด.01, ผด.02, ผด.02-1");

    const result = json(join(dir, "r.json"));
    expect(result).toMatchObject({ command: "generate", exitCode: 0, written: FORMS, renamed: [] });
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
    // Like pressing every button: the forms, then the ประกาศ.
    expect((await wb.listSheets()).slice(-4)).toEqual([...FORMS, "ประกาศ"]);
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
    expect(json(join(dir, "forced.json"))).toMatchObject({ written: FORMS, replacedEdited: ["ผด.02"] });
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
    expect(result.written).toEqual(FORMS);
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

  it("demo also builds the forms and prints the ผด.01 totals", async () => {
    const out = join(dir, "demo.xlsx");
    const r = await cli("demo", "-o", out, "--json", join(dir, "demo.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("4. สร้างบัญชี: ผด.01, ผด.02, ผด.02-1");
    expect(r.out).toMatch(/ผด\.01 ปีงบประมาณ พ\.ศ\. 2570: รวม [\d,]+ โครงการ/);
    const result = json(join(dir, "demo.json"));
    expect(result.forms.written).toEqual(FORMS);
    expect((await (await ExcelJsWorkbook.fromFile(out)).listSheets()).slice(-4)).toEqual([...FORMS, "ประกาศ"]);
    expect(r.out).toContain("5. ประกาศ: ประกาศ");
    expect(r.out).toContain("ครบกำหนดประกาศใช้แผน");
  });
});
