import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { solidPng } from "./png";

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

describe("ExcelJS adapter: the book's page setup as the file holds it", () => {
  const part = async (port: ExcelJsWorkbook, n: number) => (await JSZip.loadAsync(await port.toBuffer())).file(`xl/worksheets/sheet${n}.xml`)!.async("string");

  it("writes the first page number with useFirstPageNumber, the first footer under differentFirst, and the breaks", async () => {
    const port = new ExcelJsWorkbook();
    await port.writeSheet({
      name: "คำนำ",
      cells: Array.from({ length: 40 }, (_, r) => [`ย่อหน้า ${r}`]),
      print: { orientation: "portrait", paper: "A4", firstPageNumber: 3, centerFooter: "ข", firstPageFooter: "ก", pageBreaks: [30] },
    });
    const xml = await part(port, 1);
    // LibreOffice (and Excel) honour firstPageNumber only with useFirstPageNumber="1" (ECMA-376 §18.3.1.63)
    expect(xml).toMatch(/<pageSetup [^>]*firstPageNumber="3"[^>]*useFirstPageNumber="1"/);
    expect(xml).toMatch(/<headerFooter differentFirst="1"><oddFooter>&amp;Cข<\/oddFooter><firstFooter>&amp;Cก<\/firstFooter><\/headerFooter>/);
    // a break after Excel row 30: zero-based row 30 (Excel row 31) opens page 2
    expect(xml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="30" max="16383" man="1"\/><\/rowBreaks>/);
  });

  it("keeps one copy of a picture two sheets show, anchored to its cell at its size", async () => {
    const port = new ExcelJsWorkbook();
    const emblem = { base64: solidPng(30, 30), extension: "png" as const, row: 0, col: 2, offsetX: 10, width: 72, height: 72 };
    await port.replaceSheets([
      { name: "ปก", cells: [["ปก"]], images: [emblem] },
      { name: "ประกาศ", cells: [["ประกาศ"]], images: [{ ...emblem, col: 1 }] },
    ]);
    const zip = await JSZip.loadAsync(await port.toBuffer());
    expect(Object.keys(zip.files).filter((f) => f.startsWith("xl/media/") && !zip.files[f].dir)).toHaveLength(1);
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    // 10 pt = 127,000 EMU; 72 pt = 96 px = 914,400 EMU
    expect(drawing).toMatch(/<xdr:oneCellAnchor[^>]*><xdr:from><xdr:col>2<\/xdr:col><xdr:colOff>127000<\/xdr:colOff><xdr:row>0<\/xdr:row><xdr:rowOff>0<\/xdr:rowOff><\/xdr:from><xdr:ext cx="914400" cy="914400"\/>/);
  });
});

describe("ExcelJS adapter: data bars as the file holds them", () => {
  it("writes the 2007 rule (fixed num bounds, colour) and the x14 extension that makes it solid and full width", async () => {
    const port = new ExcelJsWorkbook();
    await port.writeSheet({
      name: "รายงานผล",
      cells: [["ร้อยละ"], [0], [25], [50], [100]],
      dataBars: [{ range: { row: 1, col: 0, rows: 4, cols: 1 }, color: "#4472c4", min: 0, max: 100 }],
    });
    const xml = await (await JSZip.loadAsync(await port.toBuffer())).file("xl/worksheets/sheet1.xml")!.async("string");
    const rule = /<conditionalFormatting sqref="A2:A5"><cfRule type="dataBar" priority="1"><dataBar>(.*?)<\/dataBar><extLst>.*?<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/.exec(xml);
    expect(rule?.[1]).toBe('<cfvo type="num" val="0"/><cfvo type="num" val="100"/><color rgb="FF4472C4"/>');
    // Excel 2010's extension, tied to the rule by its id: no gradient, bars from 0 % to 100 % of
    // the cell (the 2007 rule alone means 10 % to 90 %, a gradient). LibreOffice reads it too.
    const ext = new RegExp(`<x14:cfRule type="dataBar" id="${rule![2]}"><x14:dataBar ([^>]*)>(.*?)</x14:dataBar></x14:cfRule><xm:sqref>A2:A5</xm:sqref>`).exec(xml);
    expect(ext?.[1]).toMatch(/minLength="0" maxLength="100" gradient="0"/);
    expect(ext?.[2]).toBe('<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>100</xm:f></x14:cfvo>');
  });
});
