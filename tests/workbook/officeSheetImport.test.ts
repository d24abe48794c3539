/**
 * Importing the plan file's sheets into the open workbook (src/workbook/officeSheetImport.ts) over
 * the Excel model: new sheets at the end, a replaced sheet in its old place with the old one gone,
 * and a failure that leaves the workbook's own sheets under their names.
 */
import { createFakeExcel, seedCells } from "../excelModel";
import { importSheets } from "../../src/workbook/officeSheetImport";

const FILE = "UEsDBBQAAAAIAPLAN";
const FILE_SHEETS = [
  { name: "ผ.01", rows: [["บัญชีสรุปโครงการพัฒนา"]] },
  { name: "ผ.02", rows: [["แบบ ผ.02"], ["ที่", "โครงการ"], [1, "โครงการก่อสร้างถนน ค.ส.ล. หมู่ที่ 3"]] },
  { name: "ผ.02 (2)", rows: [["แบบ ผ.02"], ["ที่", "โครงการ"], [1, "โครงการอาหารกลางวัน"]] },
];

function workbook() {
  const excel = createFakeExcel({ sheets: ["ตั้งค่า", "โครงการ", "ผ.02"], files: { [FILE]: FILE_SHEETS } });
  seedCells(excel.workbook.find("ผ.02")!, [["แผนเก่าที่พิมพ์เอง"]]);
  return excel;
}

const names = (excel: ReturnType<typeof workbook>) => excel.workbook.sheets.map((s) => s.name);

describe("importSheets", () => {
  it("copies the sheets asked for to the end, under their names", async () => {
    const excel = workbook();
    const done = await importSheets(excel.run, { base64: FILE, names: ["ผ.02 (2)"], replace: [] });
    expect(done).toEqual({ inserted: ["ผ.02 (2)"], replaced: [] });
    expect(names(excel)).toEqual(["ตั้งค่า", "โครงการ", "ผ.02", "ผ.02 (2)"]);
    expect(excel.workbook.find("ผ.02 (2)")!.cell(2, 1)?.value).toBe("โครงการอาหารกลางวัน");
    // the workbook's own ผ.02 is untouched
    expect(excel.workbook.find("ผ.02")!.cell(0, 0)?.value).toBe("แผนเก่าที่พิมพ์เอง");
  });

  it("replaces a sheet the user agreed to replace in its own place, and adds the others at the end", async () => {
    const excel = workbook();
    const done = await importSheets(excel.run, { base64: FILE, names: ["ผ.02", "ผ.02 (2)"], replace: ["ผ.02"] });
    expect(done).toEqual({ inserted: ["ผ.02", "ผ.02 (2)"], replaced: ["ผ.02"] });
    expect(names(excel)).toEqual(["ตั้งค่า", "โครงการ", "ผ.02", "ผ.02 (2)"]);
    expect(excel.workbook.find("ผ.02")!.cell(0, 0)?.value).toBe("แบบ ผ.02");
    expect(excel.workbook.find("ผ.02")!.cell(2, 1)?.value).toBe("โครงการก่อสร้างถนน ค.ส.ล. หมู่ที่ 3");
  });

  it("puts the sheet to replace back under its name when the copy fails", async () => {
    const excel = workbook();
    // a sheet the file does not have: Excel refuses the insert
    await expect(importSheets(excel.run, { base64: FILE, names: ["ผ.02", "ผ.99"], replace: ["ผ.02"] })).rejects.toMatchObject({ name: "WorkbookError" });
    expect(names(excel)).toEqual(["ตั้งค่า", "โครงการ", "ผ.02"]);
    expect(excel.workbook.find("ผ.02")!.cell(0, 0)?.value).toBe("แผนเก่าที่พิมพ์เอง");
  });
});
