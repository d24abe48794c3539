import { buildPlanModel } from "../../src/domain/planModel";
import { readWorkbook } from "../../src/domain/read/readWorkbook";
import type { SheetData } from "../../src/core/sheetData";

const sheet = (name: string, rows: (string | number | null)[][]): SheetData => ({
  name,
  originRow: 0,
  originCol: 0,
  values: rows,
  numberFormats: rows.map((r) => r.map(() => "General")),
});

const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

function workbook(edition: string) {
  return readWorkbook([
    sheet("โครงการ", [
      ["ที่", "โครงการ", "งบประมาณ", "หน่วยงานรับผิดชอบหลัก", "แผนงาน", ...MONTHS],
      [1, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", 100000, "กองช่าง", "แผนงานอุตสาหกรรมและการโยธา", "✓"],
      ["เพิ่มเติม ฉบับที่ 1"],
      [1, "โครงการขุดลอกลำห้วย", " 50,000 ", "กองช่าง", null, null, "✓"],
      ["เพิ่มเติม ฉบับที่ 2"],
      [1, "โครงการอาหารกลางวัน", 20000, "กองการศึกษา", "แผนงานการศึกษา", "✓"],
    ]),
    sheet("ตั้งค่า", [
      ["ชื่อ อปท.", "บ้านใหม่"],
      ["ประเภท อปท.", "องค์การบริหารส่วนตำบล"],
      ["อำเภอ", "เมือง"],
      ["จังหวัด", "ขอนแก่น"],
      ["ปีงบประมาณ", 2570],
      ["ฉบับ", edition],
      ["ใช้เลขไทย", "ใช่"],
    ]),
  ]);
}

describe("plan model", () => {
  it("resolves the settings for the titles and every project's แผนงาน", () => {
    const m = buildPlanModel(workbook("ฉบับหลัก"));
    expect(m).toMatchObject({ fiscalYear: 2570, orgFullName: "องค์การบริหารส่วนตำบลบ้านใหม่", district: "เมือง", province: "ขอนแก่น", thaiDigits: true });
    expect(m.edition.kind).toBe("main");
    expect(m.projects.map((p) => [p.name, p.plan, p.budget])).toEqual([
      ["โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", "แผนงานอุตสาหกรรมและการโยธา", 100000],
      ["โครงการขุดลอกลำห้วย", "แผนงานอุตสาหกรรมและการโยธา", 50000],
      ["โครงการอาหารกลางวัน", "แผนงานการศึกษา", 20000],
    ]);
  });

  it("lists only the rows of a supplement edition", () => {
    const m = buildPlanModel(workbook("เพิ่มเติม ครั้งที่ 1"));
    expect(m.edition).toMatchObject({ kind: "supplement", number: 1 });
    expect(m.projects.map((p) => p.name)).toEqual(["โครงการขุดลอกลำห้วย"]);
  });
});
