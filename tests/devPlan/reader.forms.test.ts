import { devPlanFormOf, readDevPlan } from "../../src/domain/devPlan/readDevPlan";
import { sheetData, type Cells } from "./workbooks/sheetData";

const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];
const HEADER: Cells[] = [
  ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย (ผลผลิตของโครงการ)", "งบประมาณ", , , , , "ตัวชี้วัด (KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก"],
  [, , , , "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)"],
];

describe("devPlanFormOf", () => {
  test("a ผ.02 with neither label nor title is told by its five-year header", () => {
    expect(devPlanFormOf(sheetData("Sheet1", [["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"], ...HEADER]))).toBe("ผ.02");
  });

  test.each([
    ["แบบ ผ.02/2", "ผ.02/2"],
    ["ผ. 02/1", "ผ.02/1"],
    ["แบบ ผ.08", "ผ.03"],
    ["แบบ ผ.01", "ผ.01"],
    ["แบบ ผ.03", "ผ.03"],
  ])("the label %s says %s", (label, form) => {
    expect(devPlanFormOf(sheetData("x", [[, , , , , , , , , , , label], ...HEADER]))).toBe(form);
  });

  test("ผ.01 without a label: จำนวนโครงการ and งบประมาณ under each year", () => {
    const rows: Cells[] = [
      ["ยุทธศาสตร์", "ปี 2566", , "ปี 2567", , "ปี 2568", , "ปี 2569", , "ปี 2570", , "รวม 5 ปี"],
      [, "จำนวนโครงการ", "งบประมาณ (บาท)", "จำนวนโครงการ", "งบประมาณ (บาท)", "จำนวนโครงการ", "งบประมาณ (บาท)", "จำนวนโครงการ", "งบประมาณ (บาท)", "จำนวนโครงการ", "งบประมาณ (บาท)"],
      ["1) ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", 2, 468000],
    ];
    expect(devPlanFormOf(sheetData("สรุป", rows, ["B1:C1", "D1:E1", "F1:G1", "H1:I1", "J1:K1"]))).toBe("ผ.01");
  });

  test("ผ.03 without a label: its header speaks of ครุภัณฑ์", () => {
    const rows: Cells[] = [
      ["ที่", "แผนงาน", "หมวด", "ประเภท", "เป้าหมาย (ผลผลิตของครุภัณฑ์)", "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)"],
      [1, "บริหารงานทั่วไป", "ค่าครุภัณฑ์", "ครุภัณฑ์สำนักงาน", "ตู้เหล็ก 2 ตู้", 11000],
    ];
    expect(devPlanFormOf(sheetData("ครุภัณฑ์", rows))).toBe("ผ.03");
  });

  test("the operational plan is no plan form: ผด.02 with one budget column and months, ผด.01, a ผด.02 without its label", () => {
    const op: Cells[] = [
      ["ที่", "โครงการ", "รายละเอียดของกิจกรรม", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก", "พ.ศ. 2567", , , "พ.ศ. 2568"],
      [, , , , , , ...MONTHS],
      [1, "โครงการขุดลอกคลอง", "ขุดลอก", 50000],
    ];
    expect(devPlanFormOf(sheetData("ผด.02", [[, , , , , , , , , , , , , , , "แบบ ผด.02"], ...op]))).toBeNull();
    expect(devPlanFormOf(sheetData("Sheet2", op))).toBeNull();
    const summary: Cells[] = [
      [, , , , , "แบบ ผด.01"],
      ["บัญชีสรุปจำนวนโครงการและงบประมาณ"],
      ["ยุทธศาสตร์", "จำนวนโครงการ", "คิดเป็นร้อยละ", "จำนวนงบประมาณ", "คิดเป็นร้อยละ", "หน่วยดำเนินการ"],
    ];
    expect(devPlanFormOf(sheetData("ผด.01", summary))).toBeNull();
    // ผด.02 copied with its old five-year columns still beside it: its label decides.
    expect(devPlanFormOf(sheetData("ผด", [["แบบ ผด.02"], ...HEADER]))).toBeNull();
  });

  test("officers' annual sheets that look like plan forms are none: a titled ครุภัณฑ์ list, last years' budgets beside the months", () => {
    const equipment: Cells[] = [
      ["บัญชีครุภัณฑ์ ปีงบประมาณ 2568"],
      ["ที่", "รายการครุภัณฑ์", "รายละเอียด", "งบประมาณ", "แผนงาน", "ประเภท", "หน่วยงาน"],
      [1, "เครื่องสูบน้ำแบบหอยโข่ง ขนาด 3 นิ้ว", "จำนวน 1 เครื่อง", 45000, "แผนงานการเกษตร", "การเกษตร", "สำนักปลัด"],
    ];
    expect(devPlanFormOf(sheetData("ครุภัณฑ์", equipment))).toBeNull();
    const withLastYears: Cells[] = [
      ["ที่", "โครงการ", "งบประมาณ (บาท)", "หน่วยงาน", "พ.ศ. 2567", , , "พ.ศ. 2568", , , , , , , , , "งบประมาณ ปี 2567", "งบประมาณ ปี 2566"],
      [, , , , ...MONTHS],
      [1, "โครงการขุดลอกคลอง", 50000, "กองช่าง", , , , , , , , , , , , , 40000, 30000],
    ];
    expect(devPlanFormOf(sheetData("โครงการ", withLastYears))).toBeNull();
  });

  test("a sheet of anything else is none", () => {
    expect(devPlanFormOf(sheetData("ตั้งค่า", [["รายการ", "ค่า"], ["ชื่อ อปท.", "อบต.หนองบัว"]]))).toBeNull();
  });
});

describe("readDevPlan", () => {
  test("null when no sheet is a plan form", () => {
    expect(readDevPlan([sheetData("ตั้งค่า", [["รายการ", "ค่า"]])], "workbook")).toBeNull();
  });

  test("years that match no profile still read, with no profile", () => {
    const rows: Cells[] = [
      ["แบบ ผ.02"],
      ["ที่", "โครงการ", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)", "2571 (บาท)"],
      ["1. ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ"],
      [1, "โครงการตลาดชุมชน", "-", 40000, "-", "-", 40000],
    ];
    const plan = readDevPlan([sheetData("แผน", rows)], "file")!;
    expect(plan.profile).toBeNull();
    expect(plan.sheets[0]).toMatchObject({ name: "แผน", read: true, entries: 1, years: [2567, 2568, 2569, 2570, 2571], profile: null });
    expect(plan.entries.map((e) => [e.row, e.name, e.strategy?.text, e.amounts.map((a) => a.amount)])).toEqual([
      [4, "โครงการตลาดชุมชน", "1. ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ", [null, 40000, null, null, 40000]],
    ]);
  });

  test("a hidden ผ.02 is still the plan when it is the only one, and says it is hidden", () => {
    const rows: Cells[] = [["แบบ ผ.02"], ...HEADER, [1, "โครงการประปา", , , "-", "-", 90000]];
    const plan = readDevPlan([sheetData("ผ.02", rows, [], "hidden")], "file")!;
    expect(plan.sheets[0]).toMatchObject({ read: true, entries: 1, hidden: true });
    expect(plan.entries[0].amounts.map((a) => a.amount)).toEqual([null, null, 90000, null, null]);
  });

  test("เทศบัญญัติ sub-columns under each year are not the plan's amounts", () => {
    const rows: Cells[] = [
      ["ที่", "โครงการ", "งบประมาณ"],
      [, , "2566 (บาท)", , "2567 (บาท)", , "2568 (บาท)", , "2569 (บาท)", , "2570 (บาท)"],
      [, , "แผน", "เทศบัญญัติ", "แผน", "เทศบัญญัติ", "แผน", "เทศบัญญัติ", "แผน", "เทศบัญญัติ", "แผน", "เทศบัญญัติ"],
      [1, "โครงการก่อสร้างถนน คสล. ซอย 1", 100000, 95000, "-", "-", "-", "-", "-", "-", "-", "-"],
    ];
    const plan = readDevPlan([sheetData("ผ02", rows, ["A1:A3", "B1:B3", "C1:L1", "C2:D2", "E2:F2", "G2:H2", "I2:J2", "K2:L2"])], "file")!;
    expect(plan.entries.map((e) => [e.row, e.amounts.map((a) => [a.cell, a.amount])])).toEqual([
      [4, [["C4", 100000], ["E4", null], ["G4", null], ["I4", null], ["K4", null]]],
    ]);
  });

  test("an amount it cannot read is no amount, and a note names the cell and the fix", () => {
    const rows: Cells[] = [["แบบ ผ.02"], ...HEADER, [1, "โครงการประปา", , , "ประมาณ 9 หมื่น", "-", 90000]];
    const plan = readDevPlan([sheetData("ผ.02", rows)], "file")!;
    expect(plan.entries[0].amounts.map((a) => a.amount)).toEqual([null, null, 90000, null, null]);
    expect(plan.sheets[0].notes).toEqual([
      { cell: "E4", message: expect.stringMatching(/^แผ่นงาน "ผ\.02" เซลล์ E4: อ่านงบประมาณปี 2566 "ประมาณ 9 หมื่น" ไม่ได้$/), fix: expect.stringMatching(/^พิมพ์เป็นตัวเลข/) },
    ]);
  });

  test("a numbered row with no name is not an entry, and is noted", () => {
    const rows: Cells[] = [["แบบ ผ.02"], ...HEADER, [1, "โครงการประปา", , , 1000], [2, , , , 2000]];
    const plan = readDevPlan([sheetData("ผ.02", rows)], "file")!;
    expect(plan.entries.map((e) => e.row)).toEqual([4]);
    expect(plan.sheets[0].notes).toEqual([{ cell: "B5", message: expect.stringContaining("เซลล์ B5: ที่ 2 ไม่มีชื่อโครงการ"), fix: "พิมพ์ชื่อโครงการในช่องนี้" }]);
  });
});

test("the same sheets read again give the plan already read; other sheets or another origin are read anew", () => {
  const sheets = [sheetData("ผ.02", [["แบบ ผ.02"], ...HEADER, [1, "โครงการประปา", , , 1000]])];
  const plan = readDevPlan(sheets, "file");
  expect(readDevPlan([...sheets], "file")).toBe(plan);
  expect(readDevPlan(sheets, "workbook")).not.toBe(plan);
  expect(readDevPlan([sheetData("ผ.02", [["แบบ ผ.02"], ...HEADER, [1, "โครงการประปา", , , 1000]])], "file")).toEqual(plan);
});
