import type { RawValue } from "../../src/core/cellValue";
import type { SheetData } from "../../src/core/sheetData";
import { buildPlanModel } from "../../src/domain/planModel";
import { readWorkbook } from "../../src/domain/read/readWorkbook";
import { summarizeTracking } from "../../src/domain/tracking/figures";
import { mergeTracking, projectKeys } from "../../src/domain/tracking/merge";
import { readTrackingSheet } from "../../src/domain/tracking/readTracking";

const sheet = (name: string, rows: RawValue[][]): SheetData => ({
  name,
  originRow: 0,
  originCol: 0,
  values: rows,
  numberFormats: rows.map((r) => r.map(() => "General")),
});
const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];
const ROAD = "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3";
const LUNCH = "โครงการอาหารกลางวันเด็กนักเรียน";
const DRAIN = "โครงการขุดลอกลำห้วยหนองใหญ่";

describe("a year of tracking: the plan, a supplement, the officer's sheet re-sorted and typed by hand", () => {
  it("keeps every entry by project and counts what the words say", () => {
    const plan = buildPlanModel(
      readWorkbook([
        sheet("โครงการ", [
          ["ที่", "โครงการ", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบหลัก", "แผนงาน", ...MONTHS],
          [1, ROAD, 100000, "กองช่าง", "แผนงานเคหะและชุมชน", null, "✓", "✓"],
          [2, LUNCH, " 250,000 ", "กองการศึกษา", "แผนงานการศึกษา", "✓"],
          ["เพิ่มเติม ฉบับที่ 1"],
          [1, DRAIN, "80,000.-", "กองช่าง", "แผนงานเคหะและชุมชน", null, null, null, "✓"],
        ]),
        sheet("ตั้งค่า", [["ชื่อ อปท.", "บ้านใหม่"], ["ปีงบประมาณ", 2569], ["ฉบับ", "เพิ่มเติม ฉบับที่ 1"]]),
      ]),
      new Date("2026-02-15T05:00:00Z"),
      { allEditions: true },
    );
    expect(plan.projects.map((p) => p.name)).toEqual([ROAD, LUNCH, DRAIN]);
    const [kRoad, kLunch] = projectKeys(plan.projects);

    // The sheet written before the supplement, then re-sorted by the officer (lunch first), a
    // column of their own added, words and amounts typed by hand, and a project since dropped.
    const previous = readTrackingSheet(
      sheet("ติดตามผล", [
        ["ติดตามผลการดำเนินงาน ปีงบประมาณ 2569"],
        ["ที่", "โครงการ", "งบประมาณ (บาท)", "สถานะ", "ผู้ติดตาม", "เบิกจ่าย (บาท)", "หมายเหตุ", "รหัสโครงการ (OpPlan)"],
        [2, LUNCH, 250000, "กำลังดำเนินการ", "นางสาว ก", " 120,000.50 ", "งวด 1-4", kLunch],
        [1, ROAD, 100000, "เสร็จแล้ว", "นาย ข", "98,000", null, kRoad],
        [3, "โครงการที่ยกเลิกจากแผน", 10000, "ยกเลิก", null, "-", "โอนงบไปโครงการอื่น", "โครงการที่ยกเลิกจากแผน | แผนงานการศึกษา"],
      ]),
    )!;
    expect(previous.extraHeaders).toEqual(["ผู้ติดตาม"]);

    const merged = mergeTracking(plan.projects, previous);
    expect(merged.rows.map((r) => [r.project, r.entry?.row ?? null, r.entry?.extra[0]?.value ?? null])).toEqual([
      [0, 4, "นาย ข"],
      [1, 3, "นางสาว ก"],
      [2, null, null],
      [null, 5, null],
    ]);
    expect(merged).toMatchObject({ byKey: 2, byName: 0, added: 1, dropped: 1 });

    const { summary, findings } = summarizeTracking(plan, merged, { round: "half", today: "2026-02-15", sheet: "ติดตามผล" });
    expect(summary.total).toEqual({ projects: 3, done: 1, inProgress: 1, notStarted: 1, cancelled: 0, budget: 430_000, disbursed: 218_000.5 });
    // the drain is planned for ม.ค.: not started on 15 Feb, behind
    expect(summary.behind.map((b) => [b.name, b.months, b.allPassed, b.row])).toEqual([[DRAIN, "ม.ค. 69", true, null]]);
    expect(findings.map((f) => f.code).sort()).toEqual(["TRACK_BEHIND", "TRACK_DROPPED"]);
  });
});
