import { createTemplate } from "../../src/commands/createTemplate";
import { SETTING_FIELDS } from "../../src/domain/settings";
import { isoToSerial } from "../../src/core/localDate";
import { SHEET } from "../../src/core/sheetNames";
import { createExcelJsHarness } from "../workbook/exceljsHarness";
import { createOfficeHarness } from "../workbook/officeHarness";

describe("สร้างแม่แบบ", () => {
  it("adds every input sheet to an empty workbook", async () => {
    const h = createExcelJsHarness();
    const r = await createTemplate(h.port, { fiscalYear: 2570 });
    expect(r.added).toEqual([SHEET.projects, SHEET.strategies, SHEET.settings, SHEET.holidays, SHEET.bookText, SHEET.lists]);
    expect(r.existing).toEqual([]);
    expect(await h.sheetNames()).toEqual(r.added);
  });

  it("never touches a sheet that already exists and reports it", async () => {
    const h = createExcelJsHarness();
    await h.seed("งบ 2570", [["ของผู้ใช้"]]);
    await h.seed(SHEET.projects, [["ที่", "ชื่อโครงการ", "งบ"], [1, "ถนน", "=1+1"]], { fills: [[null, "#FF0000", null]] });
    await h.seed(SHEET.settings, [["ชื่อ อปท.", "บ้านเก่า"]]);
    const before = await h.port.readSheet(SHEET.projects, { fills: true });
    const r = await createTemplate(h.port, { fiscalYear: 2570 });
    expect(r.existing).toEqual([SHEET.projects, SHEET.settings]);
    expect(r.added).toEqual([SHEET.strategies, SHEET.holidays, SHEET.bookText, SHEET.lists]);
    expect(await h.port.readSheet(SHEET.projects, { fills: true })).toEqual(before);
    expect((await h.port.readSheet(SHEET.settings))!.values).toEqual([["ชื่อ อปท.", "บ้านเก่า"]]);
    expect((await h.port.readSheet("งบ 2570"))!.values).toEqual([["ของผู้ใช้"]]);
    expect((await h.sheetNames()).slice(0, 3)).toEqual(["งบ 2570", SHEET.projects, SHEET.settings]);
  });

  it("is idempotent: a second run adds nothing", async () => {
    const h = createExcelJsHarness();
    await createTemplate(h.port, { fiscalYear: 2570 });
    const r = await createTemplate(h.port, { fiscalYear: 2570 });
    expect(r.added).toEqual([]);
    expect(r.existing).toHaveLength(6);
  });

  it("lays out the sheets a planning officer fills in", async () => {
    const h = createExcelJsHarness();
    await createTemplate(h.port, { fiscalYear: 2570 });
    const projects = (await h.port.readSheet(SHEET.projects))!;
    expect(projects.values[0][0]).toContain("ประจำปีงบประมาณ พ.ศ. 2570");
    expect(projects.values[2]).toEqual(
      expect.arrayContaining(["ที่", "โครงการ", "รายละเอียดของกิจกรรม", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก", "ยุทธศาสตร์", "แผนงาน", "ประเภทครุภัณฑ์", "แหล่งงบประมาณ", "พ.ศ. 2569", "พ.ศ. 2570"]),
    );
    expect(projects.values[3].slice(11)).toEqual(["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]);
    const look = await h.sheet(SHEET.projects);
    expect(look.frozenRows).toBe(4);
    expect(look.validationAt(4, 7)?.source).toBe("'รายการเลือก'!$A$2:$A$13");
    expect(look.validationAt(4, 8)?.source).toBe("'รายการเลือก'!$B$2:$B$3");
    expect(look.validationAt(4, 9)?.source).toBe("'รายการเลือก'!$C$2:$C$18");
    expect(look.rowHeight(10)).toBeGreaterThanOrEqual(24);
    expect((await h.cell(SHEET.projects, 2, 1)).fontName).toBe("TH SarabunPSK");

    const lists = (await h.port.readSheet(SHEET.lists))!;
    expect(lists.values[1][0]).toBe("แผนงานบริหารงานทั่วไป");
    expect(lists.values[12][0]).toBe("แผนงานงบกลาง");

    const settings = (await h.port.readSheet(SHEET.settings))!;
    expect(settings.values.slice(2).map((r) => r[0])).toEqual(SETTING_FIELDS.map((f) => f.label));
    const fyRow = settings.values.find((r) => r[0] === "ปีงบประมาณ")!;
    expect(fyRow[1]).toBe(2570);
    const dateRow = 2 + SETTING_FIELDS.findIndex((f) => f.key === "triggerDate");
    expect(settings.numberFormats[dateRow][1]).toBe("[$-107041E]d mmmm yyyy");

    const holidays = (await h.port.readSheet(SHEET.holidays))!;
    expect(holidays.values[3]).toEqual([isoToSerial("2026-10-13"), "วันนวมินทรมหาราช", "วันหยุดราชการประจำปี"]);
    expect(holidays.numberFormats[3][0]).toBe("[$-107041E]d mmmm yyyy");
  });

  it("works through the Office.js adapter: lists first so every dropdown has its source, few syncs", async () => {
    const h = createOfficeHarness();
    await h.seed("Sheet1", [[null]]);
    h.excel.resetStats();
    const r = await createTemplate(h.port, { fiscalYear: 2570 });
    expect(await h.sheetNames()).toEqual(["Sheet1", ...r.added]);
    expect((await h.sheet(SHEET.projects)).validationAt(4, 7)?.source).toBe("='รายการเลือก'!$A$2:$A$13");
    // One listing, then per sheet one existence check and one data request.
    expect(h.excel.stats.syncs).toBeLessThanOrEqual(1 + 6 * 3);
    expect(h.excel.stats.maxRequestBytes).toBeLessThan(4_000_000);
  });
});
