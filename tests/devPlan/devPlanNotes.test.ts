/** What the reader could not take as written in the plan reaches the officer as a finding (DEV_PLAN_NOTE). */
import { checkPlan } from "../../src/domain/check/checkPlan";
import { readWorkbook } from "../../src/domain/read/readWorkbook";
import { sheetData, type Cells } from "./workbooks/sheetData";

const PLAN: Cells[] = [
  ["แบบ ผ.02"],
  ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย (ผลผลิตของโครงการ)", "งบประมาณ", , , , , "ตัวชี้วัด (KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก"],
  [, , , , "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)"],
  [1, "โครงการขยายเขตประปาหมู่บ้าน หมู่ที่ 5", "มีน้ำใช้", "ยาว 1,200 เมตร", "-", "-", "ประมาณ 2 แสน", "-", "-", , , "กองช่าง"],
];
const LIST: Cells[] = [
  ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568"],
  ["ที่", "โครงการ", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบหลัก"],
  [1, "โครงการขยายเขตประปาหมู่บ้าน หมู่ที่ 5", 250000, "กองช่าง"],
];

it.each(["workbook", "file"] as const)("an amount of the plan it cannot read is a warning naming the plan's cell (plan in the %s)", (origin) => {
  const plan = sheetData("ผ.02", PLAN);
  const list = sheetData("โครงการ", LIST);
  const reading = origin === "workbook" ? readWorkbook([list, plan]) : readWorkbook([list], { devPlanSheets: [plan] });
  const notes = checkPlan(reading).filter((f) => f.code === "DEV_PLAN_NOTE");
  expect(notes.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "ผ.02", "G4"]]);
  expect(notes[0].message).toContain('อ่านงบประมาณปี 2568 "ประมาณ 2 แสน" ไม่ได้');
  expect(notes[0].message.includes("ในไฟล์แผนพัฒนาที่เลือก")).toBe(origin === "file");
  expect(notes[0].fix).toMatch(/^พิมพ์เป็นตัวเลข/);
});
