import ExcelJS from "exceljs";
import JSZip from "jszip";
import { solidPng } from "../workbook/png";
import { createFakeExcel } from "../../scripts/viaOffice/model";
import { centerSection, copyIntoModel } from "../../scripts/viaOffice/toModel";
import { modelToXlsx } from "../../scripts/viaOffice/toXlsx";
import { fileWidthToPoints, pointsToFileWidth } from "../../scripts/viaOffice/units";

type Internals = { dataValidations: { add(a: string, dv: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation> }; conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

/** A workbook with every property via-office carries, by hand, as a file would hold it. */
function handBuilt(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("แผน", { properties: { tabColor: { argb: "FF2F75B5" } } });
  ws.getCell("A1").value = "=SUM(B2)";
  ws.getCell("B2").value = 1234.5;
  ws.getCell("B2").numFmt = "#,##0.00";
  ws.getCell("C2").value = { formula: "B2*2", result: 2469 } as ExcelJS.CellFormulaValue;
  ws.getCell("D2").value = true;
  ws.getCell("A3").value = "ตัวหนา";
  ws.getCell("A3").font = { name: "TH SarabunPSK", size: 16, bold: true, italic: true, underline: true, color: { argb: "FFC00000" } };
  ws.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  ws.getCell("A3").alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getCell("A3").border = { top: { style: "thin", color: { argb: "FF000000" } }, bottom: { style: "medium", color: { argb: "FF000000" } }, left: { style: "dotted", color: { argb: "FF000000" } } };
  ws.getCell("E5").border = { right: { style: "thin", color: { argb: "FF000000" } } };
  ws.mergeCells("A6:C6");
  ws.getColumn(1).width = 20;
  ws.getColumn(4).width = 6;
  ws.getColumn(4).hidden = true;
  ws.getRow(3).height = 42;
  // ExcelJS writes no <row> for a row without cells, hidden or not: this one holds a value.
  ws.getCell("A7").value = "ซ่อน";
  ws.getRow(7).hidden = true;
  ws.addConditionalFormatting({ ref: "G2:R9", rules: [{ type: "expression", priority: 1, formulae: ["LEN(G2)>0"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFBFBFBF" } } } }] });
  const dv = (ws as unknown as Internals).dataValidations;
  dv.add("H2:H9", { type: "list", allowBlank: true, formulae: ["'รายการ'!$A$2:$A$5"], showErrorMessage: true, errorStyle: "stop", error: "เลือกจากรายการ" });
  dv.add("I2:I3", { type: "list", allowBlank: false, formulae: ['"ใช่,ไม่ใช่"'], showInputMessage: true, prompt: "เลือก" });
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: 2 }];
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    paperSize: 9,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea: "A$1:R$9",
    printTitlesRow: "1:2",
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: "&Cหน้า &P/&N" };
  const other = wb.addWorksheet("รายการ", { state: "hidden" });
  // the book's own: a first page number, a first page's footer, a picture over C2 (column A is 20
  // characters wide in the file, 105 pt; column B 8.43; row 1 the default 15 pt), 10 pt in
  other.pageSetup = { ...other.pageSetup, firstPageNumber: 7 };
  other.headerFooter = { differentFirst: true, oddFooter: "&Cหน้า &P", firstFooter: "&Cก" };
  other.addImage(wb.addImage({ base64: solidPng(8, 4), extension: "png" }), {
    tl: { nativeCol: 2, nativeColOff: 10 * 12_700, nativeRow: 1, nativeRowOff: 0 } as unknown as { col: number; row: number },
    ext: { width: 64, height: 32 },
  });
  other.getCell("A2").value = "งาน";
  other.pageSetup = { ...other.pageSetup, scale: 85, fitToPage: false, orientation: "portrait" };
  return wb;
}

/** As via-office does it: the file read by ExcelJS, into the model, out as a file, read again. */
async function roundTrip(built: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await built.xlsx.writeBuffer());
  const excel = createFakeExcel();
  copyIntoModel(wb, excel.workbook);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await modelToXlsx(excel.workbook).xlsx.writeBuffer());
  return back;
}

describe("via-office: a workbook through the Excel model and back to .xlsx", () => {
  let ws: ExcelJS.Worksheet;
  let other: ExcelJS.Worksheet;

  beforeAll(async () => {
    const back = await roundTrip(handBuilt());
    expect(back.worksheets.map((w) => w.name)).toEqual(["แผน", "รายการ"]);
    ws = back.getWorksheet("แผน")!;
    other = back.getWorksheet("รายการ")!;
  });

  it("keeps values: text that looks like a formula stays text, numbers, formulas with results, booleans", () => {
    expect(ws.getCell("A1").value).toBe("=SUM(B2)");
    expect(ws.getCell("B2").value).toBe(1234.5);
    expect(ws.getCell("C2").formula).toBe("B2*2");
    expect(ws.getCell("C2").result).toBe(2469);
    expect(ws.getCell("D2").value).toBe(true);
  });

  it("keeps number formats, fonts, fills, alignment and borders", () => {
    expect(ws.getCell("B2").numFmt).toBe("#,##0.00");
    const a3 = ws.getCell("A3");
    expect(a3.font).toMatchObject({ name: "TH SarabunPSK", size: 16, bold: true, italic: true, color: { argb: "FFC00000" } });
    // ExcelJS reads <u/> (single) as true.
    expect([true, "single"]).toContain(a3.font.underline);
    expect(a3.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(a3.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(a3.border.top?.style).toBe("thin");
    expect(a3.border.bottom?.style).toBe("medium");
    expect(a3.border.left?.style).toBe("dotted");
    expect(ws.getCell("E5").border.right?.style).toBe("thin");
  });

  it("keeps merges, widths, heights and hidden rows and columns", () => {
    expect(ws.model.merges).toEqual(["A6:C6"]);
    expect(ws.getColumn(1).width).toBeCloseTo(20, 2);
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getRow(3).height).toBe(42);
    expect(ws.getRow(7).hidden).toBe(true);
  });

  it("keeps the conditional fill and the list validations over their ranges", () => {
    const cf = (ws as unknown as Internals).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe("G2:R9");
    expect(cf[0].rules[0]).toMatchObject({ type: "expression", formulae: ["LEN(G2)>0"] });
    expect((cf[0].rules[0].style?.fill as ExcelJS.FillPattern).bgColor?.argb).toBe("FFBFBFBF");
    const dv = (ws as unknown as Internals).dataValidations.model;
    for (const at of ["H2", "H9"]) expect(dv[at]).toMatchObject({ type: "list", formulae: ["'รายการ'!$A$2:$A$5"], allowBlank: true, showErrorMessage: true, error: "เลือกจากรายการ" });
    expect(dv["H10"]).toBeUndefined();
    expect(dv["I3"]).toMatchObject({ type: "list", formulae: ['"ใช่,ไม่ใช่"'], showInputMessage: true, prompt: "เลือก" });
    expect(dv["I3"].allowBlank).toBeFalsy();
  });

  it("keeps the frozen panes, the tab colour and a hidden sheet", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(ws.properties.tabColor?.argb).toBe("FF2F75B5");
    expect(other.state).toBe("hidden");
  });

  it("keeps the book's first page number, first page footer and pictures", () => {
    expect(other.pageSetup).toMatchObject({ firstPageNumber: 7, useFirstPageNumber: true });
    expect(other.headerFooter).toMatchObject({ differentFirst: true, oddFooter: "&Cหน้า &P", firstFooter: "&Cก" });
    const [image, ...more] = other.getImages();
    expect(more).toEqual([]);
    const range = image.range as unknown as { tl: { nativeCol: number; nativeColOff: number; nativeRow: number; nativeRowOff: number }; ext: { width: number; height: number } };
    expect(range.tl).toMatchObject({ nativeCol: 2, nativeColOff: 127_000, nativeRow: 1, nativeRowOff: 0 });
    expect(range.ext).toEqual({ width: 64, height: 32 });
    // a sheet without them keeps automatic numbering
    expect((ws.pageSetup as { useFirstPageNumber?: boolean }).useFirstPageNumber).toBeFalsy();
  });

  it("keeps the page setup: orientation, paper, margins, fit or scale, print area, print titles, footer", () => {
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printArea: "A1:R9", printTitlesRow: "1:2" });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 });
    expect(ws.headerFooter.oddFooter).toBe("&Cหน้า &P/&N");
    expect(other.pageSetup).toMatchObject({ orientation: "portrait", scale: 85, fitToPage: false });
  });
});

describe("via-office units and codes", () => {
  it("writes the model's manual page breaks, each opening its page at the row it was added before", async () => {
    const excel = createFakeExcel({ sheets: ["ผด.02"] });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("ผด.02");
      sheet.getRange("A1:A40").values = Array.from({ length: 40 }, (_, r) => [r]);
      sheet.horizontalPageBreaks.add("A21");
      sheet.horizontalPageBreaks.add("A11:C11");
    });
    const zip = await JSZip.loadAsync(await modelToXlsx(excel.workbook).xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect([...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]))).toEqual([10, 20]);
  });

  it("converts a file's column width to Office points as Excel counts it: 8.43 characters (9.140625) is 48 pt", () => {
    expect(fileWidthToPoints(9.140625)).toBeCloseTo(48, 1);
    expect(pointsToFileWidth(48)).toBeCloseTo(9.140625, 2);
    // What the adapter sets for 10 characters, (10 × 7 + 5) × 0.75 pt, Excel saves as 75/7.
    expect(pointsToFileWidth((10 * 7 + 5) * 0.75)).toBeCloseTo(75 / 7, 2);
  });

  it("finds a footer's centre section and nothing else", () => {
    expect(centerSection("&Lซ้าย&Cหน้า &P/&N&Rขวา")).toBe("หน้า &P/&N");
    expect(centerSection("&Lก && ข")).toBe("");
    expect(centerSection(undefined)).toBe("");
  });
});

describe("via-office: data bars through the Excel model and back", () => {
  it("keeps a solid bar's fixed bounds and colour, and an automatic gradient bar as it was, in priority order", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("รายงานผล");
    [0, 25, 50, 100].forEach((v, i) => (ws.getCell(i + 2, 3).value = v));
    const solid = { type: "dataBar", priority: 1, gradient: false, minLength: 0, maxLength: 100, color: { argb: "FF4472C4" }, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 100 }] };
    const auto = { type: "dataBar", priority: 2, color: { argb: "FF638EC6" }, cfvo: [{ type: "min" }, { type: "max" }] };
    ws.addConditionalFormatting({ ref: "C2:C5", rules: [solid as ExcelJS.DataBarRuleType] });
    ws.addConditionalFormatting({ ref: "E2:E5", rules: [auto as ExcelJS.DataBarRuleType] });
    const back = (await roundTrip(wb)).getWorksheet("รายงานผล")!;
    const cf = (back as unknown as Internals).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(["C2:C5", "E2:E5"]);
    expect(cf[0].rules[0]).toMatchObject({ type: "dataBar", priority: 1, gradient: false, minLength: 0, maxLength: 100, color: { argb: "FF4472C4" }, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 100 }] });
    expect(cf[1].rules[0]).toMatchObject({ type: "dataBar", priority: 2, color: { argb: "FF638EC6" }, cfvo: [{ type: "min" }, { type: "max" }] });
    expect((cf[1].rules[0] as ExcelJS.DataBarRuleType).gradient).not.toBe(false);
  });
});
