/**
 * `opplan check` on spoilt .xlsx files: exit codes, the JSON it writes, and the input file's
 * bytes untouched.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baseline, build, Built, FY, patch, sheetOf, type PlanBook } from "./corpusBuilder";
import { cli, readJson, sha } from "../support/cli";


describe("opplan check on a file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "opplan-check-"));
  });

  async function file(name: string, spoil: (book: PlanBook) => void, spoilCells: (b: Built) => void = () => {}): Promise<string> {
    const bk = baseline("pd02");
    spoil(bk);
    const b = build(bk);
    spoilCells(b);
    const path = join(dir, name);
    await b.writeFile(path);
    return path;
  }

  it("exit 1 with errors; the JSON lists findings and a summary; the file is not changed", async () => {
    const input = await file(
      "spoilt.xlsx",
      (bk) => {
        patch(sheetOf(bk), "road", { budget: "ห้าแสน", unit: null });
        patch(sheetOf(bk), "water", { budget: " 250,000 " });
      },
      // A cached error result survives the trip through the file.
      (b) => b.formula("ผด.02", "D20", "D19/0", "#DIV/0!"),
    );
    const before = sha(input);
    const out = join(dir, "out", "r.json");
    const r = await cli("check", input, "--json", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`ปีงบประมาณ พ.ศ. ${FY}`);
    expect(r.out).toContain("BUDGET_INVALID");
    expect(sha(input)).toBe(before);

    const json = readJson(out);
    expect(json).toMatchObject({ command: "check", exitCode: 1, input, projectSheets: ["ผด.02"] });
    expect(json.findings.map((f: { code: string; severity: string; sheet: string; cell: string }) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["BUDGET_INVALID", "error", "ผด.02", "D10"],
      ["UNIT_MISSING", "warning", "ผด.02", "F10"],
      ["BUDGET_AS_TEXT", "info", "ผด.02", "D12"],
      ["BUDGET_INVALID", "error", "ผด.02", "D20"],
    ]);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["code", "severity", "sheet", "cell", "message", "fix"]));
      expect(f.message).toMatch(/[\u0E00-\u0E7F]/);
      expect(f.fix).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(json.summary).toEqual({
      fiscalYear: FY,
      projects: 6,
      budget: 250_000 + 1_250_000 + 80_000 + 35_000,
      strategies: [
        { name: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", projects: 2, budget: 250_000 },
        { name: "ยุทธศาสตร์การพัฒนาด้านการศึกษา ศาสนา และวัฒนธรรม", projects: 2, budget: 1_330_000 },
        { name: "ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการที่ดี", projects: 2, budget: 35_000 },
      ],
      plans: expect.arrayContaining([{ name: "แผนงานอุตสาหกรรมและการโยธา", projects: 1, budget: 0 }]),
    });
    expect(json.summary.plans).toHaveLength(6);
  });

  it("exit 0 when there are only warnings and notes", async () => {
    const input = await file("warnings.xlsx", (bk) => {
      patch(sheetOf(bk), "milk", { unit: null });
      patch(sheetOf(bk), "women", { budget: "๓๕,๐๐๐" });
    });
    const before = sha(input);
    const out = join(dir, "w.json");
    const r = await cli("check", input, "--json", out);
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    const json = readJson(out);
    expect(json.exitCode).toBe(0);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["UNIT_MISSING", "BUDGET_AS_TEXT"]);
    expect(json.summary.budget).toBe(2_170_000);
  });

  it("exit 0 and no findings for a valid plan", async () => {
    const input = await file("valid.xlsx", () => {});
    const out = join(dir, "v.json");
    expect((await cli("check", input, "--json", out)).code).toBe(0);
    expect(readJson(out).findings).toEqual([]);
  });

  it("exit 2 for a missing file and for a file that is not .xlsx", async () => {
    const missing = await cli("check", join(dir, "none.xlsx"), "--json", join(dir, "m.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("ไม่พบไฟล์");
    expect(readJson(join(dir, "m.json"))).toMatchObject({ command: "check", exitCode: 2 });

    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "ไม่ใช่ไฟล์ Excel");
    const before = sha(text);
    const bad = await cli("check", text, "--json", join(dir, "b.json"));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("เปิดไฟล์");
    expect(readJson(join(dir, "b.json")).error).toContain(".xlsx");
    expect(sha(text)).toBe(before);

    const csv = join(dir, "plan.csv");
    writeFileSync(csv, "ที่,โครงการ,งบประมาณ\n1,ถนน,1000\n");
    // A CSV is read as a one-sheet workbook now (tests/cli/inputs.test.ts has the details).
    expect((await cli("check", csv)).out).toContain("1 โครงการ");
    expect((await cli("check")).code).toBe(2);
  });
});
