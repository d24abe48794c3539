import { BOOK_ORDER } from "../../src/core/sheetNames";
/**
 * `--dev-plan` on check, classify and generate, and `template --from` a workbook with a ผ.02: the
 * plan file is an input (read, never written, refused when missing or not a plan), classify's JSON
 * gives each project's entry as { sheet, row, score }.
 * The real reader and linker.
 */

import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { LINK_THRESHOLD } from "../../src/domain/devPlan/linkScore";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli, expectThaiOnly, readJson, sha } from "../support/cli";
import { LIST_ROW, LIST_SHEET, listOnly, PLAN_SHEET, planOnly, S1, S2, workbookWithPlan } from "./integrationBook";

let dir: string;
let list: string;
let plan: string;
let both: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opplan-devplan-"));
  [list, plan, both] = ["รายการ 68.xlsx", "ผ02 2566-2570.xlsx", "แผน 68 กับ ผ02.xlsx"].map((n) => join(dir, n));
  writeFileSync(list, await listOnly());
  writeFileSync(plan, await planOnly());
  writeFileSync(both, await workbookWithPlan());
});

describe("--dev-plan", () => {
  it("check: the second file is the plan; neither file is changed", async () => {
    const before = [sha(list), sha(plan)];
    const r = await cli("check", list, "--dev-plan", plan, "--json", join(dir, "check.json"));
    expect(r.err).toBe("");
    expect(r.out).toContain("แผนพัฒนาท้องถิ่น (ไฟล์ --dev-plan): 7 โครงการ จากแผ่นงาน ผ.02");
    const json = readJson(join(dir, "check.json"));
    expect(json.devPlan).toEqual({ origin: "file", sheets: [PLAN_SHEET], entries: 7, years: [2566, 2567, 2568, 2569, 2570] });
    const where = (code: string) => json.findings.filter((f: { code: string }) => f.code === code).map((f: { cell: string }) => f.cell);
    expect(where("NOT_IN_DEV_PLAN")).toEqual([`B${LIST_ROW.lights}`]);
    expect(where("NOT_PLANNED_THIS_YEAR")).toEqual([`B${LIST_ROW.bridge}`]);
    expect(where("DEV_PLAN_AMBIGUOUS")).toEqual([]);
    expect([sha(list), sha(plan)]).toEqual(before);
  });

  it("classify: each project's entry in the JSON as { sheet, row, score } or null, the close pair as candidates", async () => {
    const out = join(dir, "classified.xlsx");
    const r = await cli("classify", list, "--dev-plan", plan, "-o", out, "--json", join(dir, "classify.json"));
    expect(r.code).toBe(0);
    const { classification } = readJson(join(dir, "classify.json"));
    const byRow = new Map(classification.map((c: { row: number }) => [c.row, c]));
    const links = classification.map((c: { devPlan: { sheet: string; row: number; score: number } | null }) => c.devPlan);
    expect(links.map((l: { sheet: string; row: number } | null) => (l ? `${l.sheet}!${l.row}` : null))).toEqual([
      `${PLAN_SHEET}!11`,
      `${PLAN_SHEET}!12`,
      `${PLAN_SHEET}!13`,
      `${PLAN_SHEET}!18`,
      `${PLAN_SHEET}!21`,
      null,
      null,
    ]);
    for (const l of links) if (l) expect(Object.keys(l).sort()).toEqual(["row", "score", "sheet"]);
    for (const l of links) if (l) expect(l.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    expect(byRow.get(LIST_ROW.dengue)).not.toHaveProperty("candidates");
    expect(byRow.get(LIST_ROW.road1)).toMatchObject({ method: { strategy: "devPlan", plan: "devPlan" } });
    expect(byRow.get(LIST_ROW.lights)).not.toHaveProperty("candidates");
    // The plan's groups are written into the copy's empty cells; the user's แผนงาน is left as typed.
    const sheet = (await (await ExcelJsWorkbook.fromFile(out)).readSheet(LIST_SHEET))!;
    const cell = (row: number, col: number) => sheet.values[row - 1 - sheet.originRow][col - sheet.originCol];
    expect(cell(LIST_ROW.road1, 7)).toBe("แผนงานอุตสาหกรรมและการโยธา");
    expect(cell(LIST_ROW.road10, 7)).toBe("แผนงานเคหะและชุมชน");
    expect(cell(LIST_ROW.lunch, 7)).toBe("แผนงานการศึกษา");
  });

  it("a missing file: exit 2 in Thai, nothing written", async () => {
    const out = join(dir, "never.xlsx");
    const r = await cli("classify", list, "--dev-plan", join(dir, "ไม่มี.xlsx"), "-o", out, "--json", join(dir, "missing.json"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("ไม่พบไฟล์");
    expect(r.err).toContain("ไม่มี.xlsx");
    expectThaiOnly(r.err);
    expect(existsSync(out)).toBe(false);
    expect(readJson(join(dir, "missing.json")).exitCode).toBe(2);
  });

  it("a file with no ผ.02: exit 2, nothing written", async () => {
    const out = join(dir, "never2.xlsx");
    const r = await cli("generate", list, "--dev-plan", list, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ไม่มีแผ่นงานแบบ ผ.02");
    expect(existsSync(out)).toBe(false);
  });

  it("is an input: it cannot be the output, nor the --json file", async () => {
    const before = sha(plan);
    const asOutput = await cli("classify", list, "--dev-plan", plan, "-o", plan, "--force");
    expect(asOutput.code).toBe(2);
    expect(asOutput.err).toContain("ไม่ใช่ไฟล์นำเข้า");
    const asJson = await cli("check", list, "--dev-plan", plan, "--json", plan);
    expect(asJson.code).toBe(2);
    expect(sha(plan)).toBe(before);
  });

  it("is refused by the commands that do not use it", async () => {
    const r = await cli("announce", list, "--dev-plan", plan, "-o", join(dir, "a.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("คำสั่ง announce ไม่มีตัวเลือก --dev-plan");
  });
});

describe("a ผ.02 inside the input, without --dev-plan", () => {
  it("generate builds the forms from the list, placing linked projects by the plan", async () => {
    const out = join(dir, "forms.xlsx");
    const r = await cli("generate", both, "-o", out, "--json", join(dir, "generate.json"));
    expect(r.err).toBe("");
    const json = readJson(join(dir, "generate.json"));
    expect(json.findings.map((f: { code: string }) => f.code)).not.toContain("FIVE_YEAR_PLAN_SHEET");
    expect(json.written).toEqual([...BOOK_ORDER]);
    // The five linked projects under the plan's two strategies; the street lights and the water main, in no entry, are left to the user.
    expect(json.summary.strategies.map((s: { name: string; projects: number }) => [s.name, s.projects])).toEqual([
      ["ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", 3],
      ["ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต", 2],
      ["ยุทธศาสตร์ที่ยังไม่ได้ระบุ", 2],
    ]);
  });

  it("template --from writes the plan's tree into the new ยุทธศาสตร์ sheet", async () => {
    const out = join(dir, "template.xlsx");
    const r = await cli("template", out, "--from", both, "--json", join(dir, "template.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("แผ่นงานยุทธศาสตร์: 3 แถว");
    expect(readJson(join(dir, "template.json")).strategyRowsFromDevPlan).toBe(3);
    const sheet = (await (await ExcelJsWorkbook.fromFile(out)).readSheet("ยุทธศาสตร์"))!;
    const rows = sheet.values.slice(3 - sheet.originRow, 6 - sheet.originRow).map((r) => r.slice(0, 3));
    expect(rows).toEqual([
      [S1, "กลยุทธ์ การพัฒนาระบบคมนาคมขนส่ง", "แผนงานอุตสาหกรรมและการโยธา"],
      [S2, "แนวทาง ส่งเสริมการศึกษาและสาธารณสุข", "แผนงานการศึกษา"],
      [S2, "แนวทาง ส่งเสริมการศึกษาและสาธารณสุข", "แผนงานสาธารณสุข"],
    ]);
    // Read back, the sheet is the tree, numbered as the plan numbers it.
    const reading = await readPlanWorkbook(await ExcelJsWorkbook.fromFile(out));
    expect(reading.strategiesFrom).toBe("sheet");
    expect(reading.strategies.strategies.map((s) => [s.number, s.name, s.plans])).toEqual([
      [1, "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", ["แผนงานอุตสาหกรรมและการโยธา"]],
      [2, "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต", ["แผนงานการศึกษา", "แผนงานสาธารณสุข"]],
    ]);
  });

  it("a workbook of only a plan stops (exit 2) saying it is the development plan", async () => {
    const out = join(dir, "only.xlsx");
    const r = await cli("generate", plan, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("แบบ ผ.02 ของแผนพัฒนาท้องถิ่น");
    expect(r.err).toContain("template");
    expect(existsSync(out)).toBe(false);
  });
});
