import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";

/**
 * What only the ExcelJS adapter has to get right: the contract seeds its workbook in memory,
 * these read what an .xlsx file says.
 */

async function throughFile(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJsWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return ExcelJsWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("ExcelJS adapter: what the user can see, from a file", () => {
  it("reads the sheets' states and the hidden rows and columns a file marks", async () => {
    const port = await throughFile((wb) => {
      const plan = wb.addWorksheet("แผน");
      plan.addRows([
        ["ที่", "โครงการ", "งบ"],
        [1, "ถนน", 100],
        [2, "ประปา", 200],
        [3, "ไฟฟ้า", 300],
      ]);
      plan.getRow(3).hidden = true;
      plan.getColumn(2).hidden = true;
      plan.getColumn(3).hidden = true;
      wb.addWorksheet("ซ่อน", { state: "hidden" }).addRow(["ก"]);
      wb.addWorksheet("ซ่อนมาก", { state: "veryHidden" }).addRow(["ข"]);
    });
    const [plan, hidden, veryHidden] = await port.readSheets(["แผน", "ซ่อน", "ซ่อนมาก"], { hidden: true });
    expect([plan!.visibility, hidden!.visibility, veryHidden!.visibility]).toEqual(["visible", "hidden", "veryHidden"]);
    expect(plan!.hiddenRows).toEqual([2]);
    expect(plan!.hiddenColumns).toEqual([1, 2]);
    expect(plan!.values[2]).toEqual([2, "ประปา", 200]);
  });
});
