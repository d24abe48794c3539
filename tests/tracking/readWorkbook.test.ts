import type { RawValue } from "../../src/core/cellValue";
import type { SheetData } from "../../src/core/sheetData";
import { checkPlan } from "../../src/domain/check/checkPlan";
import { buildPlanModel } from "../../src/domain/planModel";
import { readsNumberFormats, readWorkbook } from "../../src/domain/read/readWorkbook";

const sheet = (name: string, rows: RawValue[][]): SheetData => ({
  name,
  originRow: 0,
  originCol: 0,
  values: rows,
  numberFormats: rows.map((r) => r.map(() => "General")),
});

const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

const projects = sheet("โครงการ", [
  ["ที่", "โครงการ", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบหลัก", "แผนงาน", ...MONTHS],
  [1, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", 100000, "กองช่าง", "แผนงานอุตสาหกรรมและการโยธา", "✓"],
  ["เพิ่มเติม ฉบับที่ 1"],
  [1, "โครงการขุดลอกลำห้วย", " 50,000 ", "กองช่าง", "แผนงานอุตสาหกรรมและการโยธา", null, "✓"],
]);

/** The tracking sheet repeats the plan's projects with their budgets: read as a list it would double them. */
const tracking = (name: string) =>
  sheet(name, [
    ["ติดตามผลการดำเนินงาน ปีงบประมาณ 2569"],
    ["ที่", "โครงการ", "ยุทธศาสตร์", "แผนงาน", "งบประมาณ (บาท)", "ระยะเวลาตามแผน", "ฉบับ", "สถานะ", "เบิกจ่าย (บาท)", "วันที่เริ่ม", "วันที่แล้วเสร็จ", "หมายเหตุ", "รหัสโครงการ (OpPlan)"],
    [1, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", "", "แผนงานอุตสาหกรรมและการโยธา", 100000, "ต.ค. 68", "", "เสร็จแล้ว", 90000, null, null, null, "k1"],
    [2, "โครงการขุดลอกลำห้วย", "", "แผนงานอุตสาหกรรมและการโยธา", 50000, "พ.ย. 68", "", null, null, null, null, null, "k2"],
  ]);

const settings = sheet("ตั้งค่า", [
  ["ชื่อ อปท.", "บ้านใหม่"],
  ["ปีงบประมาณ", 2569],
]);

describe("a workbook holding a tracking sheet", () => {
  it.each(["ติดตามผล", " ติดตามผลการดำเนินงาน ", "Tracking"])("reads the projects once, the sheet %p skipped as tracking", (name) => {
    const r = readWorkbook([projects, tracking(name), settings]);
    expect(r.projects.map((p) => p.name)).toEqual(["โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", "โครงการขุดลอกลำห้วย"]);
    expect(r.projectSheets.map((s) => s.name)).toEqual(["โครงการ"]);
    expect(r.skipped).toContainEqual({ name, reason: "tracking" });
  });

  it("knows it by its สถานะ and เบิกจ่าย columns under a name of the officer's own", () => {
    const r = readWorkbook([projects, tracking("ผลงานปี 69"), settings]);
    expect(r.projects).toHaveLength(2);
    expect(r.skipped).toContainEqual({ name: "ผลงานปี 69", reason: "tracking" });
    // the plan's check does not count its budgets either
    const findings = checkPlan(r);
    expect(findings.filter((f) => f.sheet === "ผลงานปี 69")).toEqual([]);
  });

  it("with only a tracking sheet, says no project list was found and does not point at it", () => {
    const r = readWorkbook([tracking("ติดตามผล"), sheet("ปก", [["แผนการดำเนินงาน"], ["ปี 2569"], ["อบต.บ้านใหม่", "x"]])]);
    expect(r.projects).toEqual([]);
    const notFound = checkPlan(r).find((f) => f.code === "HEADER_NOT_FOUND");
    expect(notFound?.sheet).toBe("ปก");
  });

  it("reads the tracking sheet's number formats (its dates)", () => {
    expect(readsNumberFormats(" ติดตามผล")).toBe(true);
    expect(readsNumberFormats("โครงการ")).toBe(false);
  });
});

describe("buildPlanModel with allEditions", () => {
  const settingsOf = (edition: string) => sheet("ตั้งค่า", [["ชื่อ อปท.", "บ้านใหม่"], ["ปีงบประมาณ", 2569], ["ฉบับ", edition]]);

  it("keeps every edition's rows, each with its edition as read", () => {
    const reading = readWorkbook([projects, settingsOf("เพิ่มเติม ฉบับที่ 1")]);
    expect(buildPlanModel(reading).projects.map((p) => p.name)).toEqual(["โครงการขุดลอกลำห้วย"]);
    const all = buildPlanModel(reading, new Date(), { allEditions: true }).projects;
    expect(all.map((p) => [p.name, p.edition])).toEqual([
      ["โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", null],
      ["โครงการขุดลอกลำห้วย", "เพิ่มเติม ฉบับที่ 1"],
    ]);
  });
});
