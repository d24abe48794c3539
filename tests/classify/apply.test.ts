import { applyClassification, classifyWorkbook, undoClassification } from "../../src/commands/classifyWorkbook";
import type { WorkbookHarness } from "../workbook/harness";
import { createExcelJsHarness } from "../workbook/exceljsHarness";
import { createOfficeHarness } from "../workbook/officeHarness";

const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];
const row = (no: number, name: string, unit: string, plan: string | null = null) => [no, name, 100000, unit, plan, "✓", ...Array(11).fill(null)];

async function seedPlan(h: WorkbookHarness, withPlanColumn: boolean) {
  const header = ["ที่", "โครงการ", "งบประมาณ", "หน่วยงานรับผิดชอบหลัก", withPlanColumn ? "แผนงาน" : "หมายเหตุ", ...MONTHS];
  await h.seed("โครงการ", [
    header,
    row(1, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", "กองช่าง"),
    row(2, "เบี้ยยังชีพผู้สูงอายุ", "กองสวัสดิการสังคม", withPlanColumn ? "แผนงานงบกลาง" : null),
    row(3, "โครงการอาหารกลางวันเด็กนักเรียน", "กองการศึกษา"),
  ]);
  await h.seed("ยุทธศาสตร์", [
    ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"],
    ["ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", "ก่อสร้างและซ่อมแซมถนน", "แผนงานอุตสาหกรรมและการโยธา", "ถนน"],
    ["ยุทธศาสตร์การพัฒนาคนและสังคม", "ส่งเสริมการศึกษา", "แผนงานการศึกษา", "โรงเรียน"],
    [null, "สวัสดิการ", "แผนงานงบกลาง", "เบี้ยยังชีพ"],
  ]);
}

describe.each([
  ["Office.js (fake)", createOfficeHarness],
  ["ExcelJS", createExcelJsHarness],
])("จัดหมวดหมู่ through %s", (_, make) => {
  it("writes decisions into the sheet's own empty cells only, and undoes them", async () => {
    const h = make();
    await seedPlan(h, true);
    const result = await classifyWorkbook(h.port);
    const byRow = new Map(result.classifications.map((c) => [c.row, c]));
    expect(byRow.get(2)!.planCell).toBe("E2");
    expect(byRow.get(3)!.planCell).toBeNull(); // labelled by the user
    expect(result.columnsToAdd.map((c) => c.header)).toEqual(["ยุทธศาสตร์"]);

    const record = await applyClassification(h.port, result, { minConfidence: 0.5 });
    expect((await h.cell("โครงการ", 1, 4)).value).toBe("แผนงานอุตสาหกรรมและการโยธา");
    expect((await h.cell("โครงการ", 2, 4)).value).toBe("แผนงานงบกลาง");
    expect((await h.cell("โครงการ", 3, 4)).value).toBe("แผนงานการศึกษา");
    // The strategy column is added right of the sheet's last used column, with its header.
    expect((await h.cell("โครงการ", 0, 17)).value).toBe("ยุทธศาสตร์");
    expect((await h.cell("โครงการ", 1, 17)).value).toBe("ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
    expect((await h.cell("โครงการ", 2, 17)).value).toBe("ยุทธศาสตร์การพัฒนาคนและสังคม");
    expect((await h.cell("โครงการ", 1, 17)).isFormula).toBe(false);
    expect(record.headers).toEqual([{ sheet: "โครงการ", cell: "R1", value: "ยุทธศาสตร์" }]);

    // The user corrects one written cell; undo leaves that one alone.
    await h.port.writeCells("โครงการ", [{ row: 3, col: 4, value: "แผนงานสาธารณสุข" }]);
    const undo = await undoClassification(h.port, record);
    expect(undo).toEqual({ restored: record.cells.length - 1, keptEdited: 1 });
    expect((await h.cell("โครงการ", 1, 4)).value).toBeNull();
    expect((await h.cell("โครงการ", 3, 4)).value).toBe("แผนงานสาธารณสุข");
    expect((await h.cell("โครงการ", 2, 4)).value).toBe("แผนงานงบกลาง");
    expect((await h.cell("โครงการ", 0, 17)).value).toBeNull();
    expect((await h.cell("โครงการ", 1, 3)).value).toBe("กองช่าง");
  });

  it("never overwrites what the user typed after the pane was filled", async () => {
    const h = make();
    await seedPlan(h, true);
    const result = await classifyWorkbook(h.port);
    await h.port.writeCells("โครงการ", [{ row: 1, col: 4, value: "แผนงานเคหะและชุมชน" }]);
    const record = await applyClassification(h.port, result);
    expect((await h.cell("โครงการ", 1, 4)).value).toBe("แผนงานเคหะและชุมชน");
    expect(record.cells.some((c) => c.cell === "E2")).toBe(false);
  });

  it("adds both columns to a sheet without them, and applies the user's choices and thresholds", async () => {
    const h = make();
    await seedPlan(h, false);
    const result = await classifyWorkbook(h.port);
    expect(result.columnsToAdd.map((c) => `${c.cell} ${c.header}`)).toEqual(["R1 ยุทธศาสตร์", "S1 แผนงาน"]);
    const road = result.classifications.find((c) => c.row === 2)!;
    const record = await applyClassification(h.port, result, {
      minConfidence: 1.01, // nothing by confidence alone
      choices: new Map([[road.key, { plan: "แผนงานเคหะและชุมชน", strategy: null }]]),
    });
    expect(record.cells).toEqual([{ sheet: "โครงการ", cell: "S2", value: "แผนงานเคหะและชุมชน" }]);
    expect(record.headers).toEqual([{ sheet: "โครงการ", cell: "S1", value: "แผนงาน" }]);
    expect((await h.cell("โครงการ", 1, 17)).value).toBeNull();
  });
});

it("through the fake, applying to 3,000 projects stays within a few syncs", async () => {
  const h = createOfficeHarness();
  await h.seed("โครงการ", [
    ["ที่", "โครงการ", "งบประมาณ", "หน่วยงานรับผิดชอบหลัก", "ยุทธศาสตร์", "แผนงาน", ...MONTHS],
    ...Array.from({ length: 3000 }, (_, i) => [i + 1, `โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สาย ${i}`, 100000, "กองช่าง", null, null, "✓"]),
  ]);
  const result = await classifyWorkbook(h.port);
  h.excel.resetStats();
  const record = await applyClassification(h.port, result);
  expect(record.cells).toHaveLength(3000);
  expect(h.excel.stats.syncs).toBeLessThanOrEqual(6);
  expect(h.excel.stats.maxRequestBytes).toBeLessThanOrEqual(4_000_000);
});
