import { resolve } from "node:path";
import { BUNDLED_SAMPLE } from "../../src/cli/run";
import { prepareAnnouncement } from "../../src/commands/announcePlan";
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { buildAnnouncement } from "../../src/reports/announcement";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { charsToPoints, printEstimate, printScale } from "../../src/core/printScale";
import { rect } from "../../src/core/rect";
import type { PrintSetup, SheetSpec } from "../../src/core/sheetSpec";

/**
 * The print scale and page count, against figures worked by hand. A4 is 595.3 × 841.9 pt;
 * Excel's Normal margins (0.7" left and right, 0.75" top and bottom) leave 494.5 × 733.9 pt
 * portrait and 741.1 × 487.3 pt landscape; a column of w characters is (7w + 5) px × 0.75 pt.
 * The columns are fitted to 93 % of the printable width (readers round widths their own way).
 */

function sheet(columnWidths: number[], print: Partial<PrintSetup> = {}, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "ก",
    cells: [columnWidths.map(() => "x")],
    columnWidths,
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1, ...print },
    ...extra,
  };
}

/** Ten columns of 20 characters: 10 × 145 px × 0.75 = 1,087.5 pt. */
const TEN_WIDE = Array.from({ length: 10 }, () => 20);

describe("print scale: the zoom that fits the columns the requested pages wide", () => {
  it("counts a column of w characters as (7w + 5) px", () => {
    expect(charsToPoints(20)).toBe(108.75);
  });

  it("shrinks more on a portrait page than on a landscape one", () => {
    // 0.93 × 494.5 / 1,087.5 = 42.3 %; 0.93 × 741.1 / 1,087.5 = 63.4 %
    expect(printScale(sheet(TEN_WIDE))).toBe(42);
    expect(printScale(sheet(TEN_WIDE, { orientation: "landscape" }))).toBe(63);
  });

  it("leaves hidden columns out", () => {
    // 8 × 108.75 = 870 pt: 0.93 × 494.5 / 870 = 52.9 %, 0.93 × 741.1 / 870 = 79.2 %
    expect(printScale(sheet(TEN_WIDE, {}, { hiddenColumns: [3, 9] }))).toBe(52);
    expect(printScale(sheet(TEN_WIDE, { orientation: "landscape" }, { hiddenColumns: [3, 9] }))).toBe(79);
  });

  it("counts the columns a data bar covers, as it counts a conditional fill's, though their cells are empty", () => {
    const eight = [Array.from({ length: 8 }, () => "x")];
    const bar = { range: rect(1, 8, 3, 2), color: "#4472C4", min: 0, max: 100 };
    // values in A..H only: 8 × 108.75 = 870 pt, 52 %; the bar over I..J makes it all ten, 42 %
    expect(printScale(sheet(TEN_WIDE, {}, { cells: eight }))).toBe(52);
    expect(printScale(sheet(TEN_WIDE, {}, { cells: eight, dataBars: [bar] }))).toBe(42);
  });

  it("measures only the print area's columns", () => {
    // columns C..F: 4 × 108.75 = 435 pt fits 0.93 × 494.5 = 459.9 pt at 100 %; all ten would not
    expect(printScale(sheet(TEN_WIDE, {}, { printArea: rect(0, 2, 1, 4) }))).toBe(100);
  });

  it("takes the spec's margins", () => {
    // 595.3 − 2 × 0.25 × 72 = 559.3 pt: 0.93 × 559.3 / 1,087.5 = 47.8 %
    expect(printScale(sheet(TEN_WIDE, { margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.5 } }))).toBe(47);
  });

  it("gives columns without a width Excel's standard 8.43 characters (64 px, 48 pt)", () => {
    // 15 × 48 = 720 pt: 0.93 × 494.5 / 720 = 63.9 %
    expect(printScale(sheet([], {}, { cells: [Array.from({ length: 15 }, () => "x")] }))).toBe(63);
  });

  it("floors to a whole per cent, never enlarges, never goes under 10 %", () => {
    // 477 pt on 459.9 pt: 96.4 %, floored; 20 + 20 + 20 + 18 characters (424.5 pt) fit at 100 %
    expect(printScale(sheet([26, 20, 24, 18]))).toBe(96);
    expect(printScale(sheet([20, 20, 20, 18]))).toBe(100);
    expect(printScale(sheet(Array.from({ length: 100 }, () => 50)))).toBe(10);
    // two pages wide: 2 × 42.29 %
    expect(printScale(sheet(TEN_WIDE, { fitToPagesWide: 2 }))).toBe(84);
  });

  it("asks nothing of a sheet that asks no fit", () => {
    expect(printScale(sheet(TEN_WIDE, { fitToPagesWide: undefined }))).toBeUndefined();
    expect(printScale({ name: "ก", cells: [] })).toBeUndefined();
  });
});

describe("print estimate: the pages down, at the scale", () => {
  const rows = (n: number, height = 20, extra: Partial<SheetSpec> = {}, widths = [10]) =>
    sheet(widths, {}, { cells: Array.from({ length: n }, () => widths.map(() => "x")), defaultRowHeight: height, ...extra });

  it("fills a page with as many whole rows as its printable height holds", () => {
    // 733.9 pt holds 36 rows of 20 pt (720): 72 rows are 2 pages, 73 are 3
    expect(printEstimate(rows(36)).pages).toBe(1);
    expect(printEstimate(rows(72)).pages).toBe(2);
    expect(printEstimate(rows(73)).pages).toBe(3);
  });

  it("repeats the print titles on every page after the first", () => {
    // page 1: rows 1–36; pages 2 on: the title row and 35 more: 72 rows need a third page
    const titled = rows(72);
    const spec = { ...titled, print: { ...titled.print!, repeatRows: { from: 0, to: 0 } } };
    expect(printEstimate(spec).pages).toBe(3);
  });

  it("scales the rows with the columns", () => {
    // ten 20-character columns print at 42 %: 20 pt rows take 8.4 pt, 87 to a page
    expect(printEstimate(rows(100, 20, {}, TEN_WIDE))).toEqual({ scale: 42, pagesWide: 1, pagesTall: 2, pages: 2 });
    expect(printEstimate(rows(87, 20, {}, TEN_WIDE)).pages).toBe(1);
    expect(printEstimate(rows(88, 20, {}, TEN_WIDE)).pages).toBe(2);
  });

  it("starts a page at each manual break, and still at the page's foot between them", () => {
    // breaks before rows 10 and 20 (zero-based); rows 20..99 then fill pages of 36
    const broken = rows(100);
    const spec = { ...broken, print: { ...broken.print!, pageBreaks: [10, 20] } };
    expect(printEstimate(spec).pages).toBe(5);
    // a break on the first row opens no page
    expect(printEstimate({ ...broken, print: { ...broken.print!, pageBreaks: [0] } }).pages).toBe(3);
  });

  it("counts the print area's rows at their own heights, landscape when asked", () => {
    // landscape: 595.3 − 108 = 487.3 pt; rows 2..21 of the area: one of 400 pt, the rest 20
    const spec = {
      ...rows(40),
      rowHeights: [{ row: 2, height: 400 }],
      printArea: rect(2, 0, 20, 1),
      print: { orientation: "landscape" as const, paper: "A4" as const, fitToPagesWide: 1 },
    };
    // 400 + 4 × 20 = 480 on page 1, the other 15 rows (300 pt) on page 2
    expect(printEstimate(spec)).toMatchObject({ pagesTall: 2, pages: 2 });
  });
});

describe("print estimate of the ประกาศ", () => {
  it("prints the bundled sample's announcement on one A4 portrait page at 91 %", async () => {
    const input = await ExcelJsWorkbook.fromFile(resolve(__dirname, "../..", BUNDLED_SAMPLE));
    const { input: ann } = prepareAnnouncement(await readPlanWorkbook(input), "2026-10-20");
    // 26 + 20 + 24 + 18 characters: 477 pt on 0.93 × (595.3 − 1.75 × 72) = 436.4 pt
    expect(printEstimate(buildAnnouncement(ann))).toEqual({ scale: 91, pagesWide: 1, pagesTall: 1, pages: 1 });
  });
});
