/**
 * ประกาศ: the dates from ตั้งค่า, the ประกาศ sheet written with OpPlan's marker, replaced only when
 * OpPlan generated it (asking first when edited by hand), a sheet of the user's own never touched;
 * setPlanDates writes real date cells back into ตั้งค่า.
 */
import { announcePlan, setPlanDates } from "../../src/commands/announcePlan";
import { SettingsFormMissingError } from "../../src/commands/settingsForm";
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { inspectGenerated } from "../../src/commands/formMarker";
import { appendSheets } from "../../src/commands/writeSheets";
import { isoToSerial } from "../../src/core/localDate";
import { settingDate } from "../../src/domain/read/settingsSheet";
import { buildSampleWorkbook, generateSamplePlan } from "../../src/sample/generatePlan";
import { parseAddress } from "../../src/core/address";
import type { WorkbookPort } from "../../src/workbook/port";
import { createExcelJsHarness } from "../workbook/exceljsHarness";
import type { WorkbookHarness } from "../workbook/harness";
import { createOfficeHarness } from "../workbook/officeHarness";

async function seedPlan(port: WorkbookPort): Promise<void> {
  await appendSheets(port, buildSampleWorkbook(generateSamplePlan({ projects: 12, seed: 3, fiscalYear: 2570 })), 0);
}

const harnesses: [string, () => WorkbookHarness][] = [
  ["ExcelJS", createExcelJsHarness],
  ["Office.js (fake Excel)", createOfficeHarness],
];

describe.each(harnesses)("ประกาศ through %s", (_name, make) => {
  it("setPlanDates writes real date cells into ตั้งค่า, and announcePlan reads them back", async () => {
    const h = make();
    await seedPlan(h.port);
    await setPlanDates(h.port, { trigger: "2026-09-20", announced: "2026-10-15", posted: null });
    const reading = await readPlanWorkbook(h.port);
    const cells = reading.settings.cells;
    expect(settingDate(cells.triggerDate).iso).toBe("2026-09-20");
    expect(settingDate(cells.announceDate).iso).toBe("2026-10-15");
    expect(settingDate(cells.postDate).iso).toBeNull();
    // A real date (a serial as read through the port, with a date format), not text.
    const { row, col } = parseAddress(cells.triggerDate!.cell);
    expect(cells.triggerDate!.raw).toBe(isoToSerial("2026-09-20"));
    const look = await h.cell(reading.settings.sheet!, row, col);
    expect(typeof look.value).not.toBe("string");
    expect(look.numberFormat).toMatch(/yy/);

    const r = await announcePlan(h.port, { today: "2026-10-16" });
    expect(r.dates).toEqual({
      trigger: "2026-09-20",
      dueBy: "2026-10-20",
      announced: "2026-10-15",
      postBy: "2026-10-30",
      postedFrom: null,
      postedThrough: null,
      takeDownFrom: null,
    });
    expect(r.written).toEqual(["ประกาศ"]);
    expect(r.timetable.find((t) => t.key === "postedFrom")!.state).toMatch(/^ต้องดำเนินการภายใน/);
    const data = (await h.port.readSheet("ประกาศ"))!;
    expect(inspectGenerated(data)).toEqual({ generated: true, form: "ประกาศ", editedByHand: false });
  });

  it("puts the findings on the ตั้งค่า cell of the date concerned", async () => {
    const h = make();
    await seedPlan(h.port);
    await setPlanDates(h.port, { trigger: "2026-09-20", announced: "2026-11-02", posted: "2026-11-30" });
    const reading = await readPlanWorkbook(h.port);
    const r = await announcePlan(h.port, { today: "2026-12-01", dryRun: true });
    expect(r.written).toEqual([]);
    expect(await h.sheetNames()).not.toContain("ประกาศ");
    const late = r.findings.find((f) => f.code === "ANNOUNCED_AFTER_DUE")!;
    expect(late).toMatchObject({ severity: "error", sheet: reading.settings.sheet, cell: reading.settings.cells.announceDate!.cell });
    expect(late.fix).toContain("ขยายเวลา");
    expect(r.findings.find((f) => f.code === "POSTED_LATE")).toMatchObject({ cell: reading.settings.cells.postDate!.cell });
  });

  it("replaces its own ประกาศ, asks before replacing one edited by hand, never touches a sheet of the user's own", async () => {
    const h = make();
    await seedPlan(h.port);
    await h.port.writeSheet({ name: "ประกาศ", cells: [["ประกาศของฉันเอง"]] });
    const first = await announcePlan(h.port);
    expect(first).toMatchObject({ written: ["ประกาศ (OpPlan)"], renamed: true });
    expect((await h.port.readSheet("ประกาศ"))!.values).toEqual([["ประกาศของฉันเอง"]]);

    const again = await announcePlan(h.port);
    expect(again).toMatchObject({ written: ["ประกาศ (OpPlan)"], edited: [], cancelled: false });
    expect((await h.sheetNames()).filter((n) => n.startsWith("ประกาศ"))).toEqual(["ประกาศ", "ประกาศ (OpPlan)"]);

    await h.port.writeCells("ประกาศ (OpPlan)", [{ row: 1, col: 0, value: "แก้ด้วยมือ" }]);
    const no = jest.fn(() => false);
    const cancelled = await announcePlan(h.port, { confirmReplaceEdited: no });
    expect(no).toHaveBeenCalledWith(["ประกาศ (OpPlan)"]);
    expect(cancelled).toMatchObject({ written: [], cancelled: true });
    expect((await h.port.readSheet("ประกาศ (OpPlan)"))!.values[1][0]).toBe("แก้ด้วยมือ");
    const yes = await announcePlan(h.port, { confirmReplaceEdited: () => true });
    expect(yes).toMatchObject({ written: ["ประกาศ (OpPlan)"], edited: ["ประกาศ (OpPlan)"], cancelled: false });
    expect(inspectGenerated(await h.port.readSheet("ประกาศ (OpPlan)")).editedByHand).toBe(false);
    expect((await h.port.readSheet("ประกาศ"))!.values).toEqual([["ประกาศของฉันเอง"]]);
  });

  it("does not read its ประกาศ as project rows", async () => {
    const h = make();
    await seedPlan(h.port);
    const before = (await readPlanWorkbook(h.port)).projects.length;
    await announcePlan(h.port);
    expect((await readPlanWorkbook(h.port)).projects.length).toBe(before);
  });

  it("setPlanDates refuses a workbook without ตั้งค่า, writing nothing", async () => {
    const h = make();
    await h.port.writeSheet({ name: "โครงการ", cells: [["ที่", "โครงการ"]] });
    await expect(setPlanDates(h.port, { trigger: "2026-09-20" })).rejects.toBeInstanceOf(SettingsFormMissingError);
  });

  it("setPlanDates refuses a ตั้งค่า whose values column is only a guess (a spacer column), writing nothing", async () => {
    const h = make();
    const rows = [
      ["ปีงบประมาณ", null, 2570],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", null, "16 ก.ย. 2569"],
      ["วันที่ประกาศแผน", null, null],
    ];
    await h.port.writeSheet({ name: "ตั้งค่า", cells: rows });
    await expect(setPlanDates(h.port, { announced: "2026-10-01" })).rejects.toMatchObject({ name: "SettingsFormShiftedError", sheet: "ตั้งค่า", settings: ["announceDate"] });
    expect((await h.port.readSheet("ตั้งค่า"))!.values).toEqual(rows);
  });
});
