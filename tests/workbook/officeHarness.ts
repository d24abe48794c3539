import type { BorderKind, HAlign } from "../../src/core/sheetSpec";
import { cellAddress, parseAddress, rectAddress } from "../../src/core/address";
import { createFakeExcel, seedCells, type BorderState, type FakeExcel, type FakeExcelOptions, type SheetState } from "../excelModel";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import type { CellLook, SheetLook, WorkbookHarness } from "./harness";

export interface OfficeHarness extends WorkbookHarness {
  /** The fake behind the port, for stats and direct state checks. */
  excel: FakeExcel;
}

/**
 * The Office adapter over the fake Excel. Looks come from the fake's state, normalised to the
 * harness's vocabulary; seeding writes that state directly, as a user's typing would have.
 */
export function createOfficeHarness(options: { mergedAreas?: boolean; cellPlaces?: boolean; excel?: FakeExcelOptions } = {}): OfficeHarness {
  const excel = createFakeExcel(options.excel);
  const port = createOfficeWorkbook(excel.run, { mergedAreasSupported: () => options.mergedAreas ?? true, cellPlacesSupported: () => options.cellPlaces ?? true });
  const sheetOf = (name: string): SheetState => {
    const s = excel.workbook.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    excel,
    port,
    async seed(sheet, rows, { visibility, ...seedOptions } = {}) {
      const s = excel.workbook.find(sheet) ?? excel.workbook.addSheet(sheet);
      seedCells(s, rows, seedOptions);
      if (visibility) s.visibility = VISIBILITY[visibility];
    },
    async cell(sheet, row, col): Promise<CellLook> {
      const c = sheetOf(sheet).cell(row, col);
      if (!c) return { value: null, isFormula: false, numberFormat: "General" };
      return {
        value: c.value === "" ? null : c.value,
        isFormula: c.isFormula,
        numberFormat: c.numberFormat,
        fontName: c.font.name,
        fontSize: c.font.size,
        bold: c.font.bold,
        fill: c.fill?.toUpperCase(),
        hAlign: hAlignOf(c.horizontalAlignment),
        wrap: c.wrapText,
        borderTop: borderKind(c.borders.EdgeTop),
        borderBottom: borderKind(c.borders.EdgeBottom),
        borderLeft: borderKind(c.borders.EdgeLeft),
        borderRight: borderKind(c.borders.EdgeRight),
      };
    },
    async sheet(sheet): Promise<SheetLook> {
      const s = sheetOf(sheet);
      const p = s.pageLayout;
      return {
        merges: s.merges.map(rectAddress).sort(),
        columnWidth: (c) => {
          const pt = s.columnWidths.get(c);
          return pt === undefined ? undefined : (pt / 0.75 - 5) / 7;
        },
        rowHeight: (r) => s.rowHeights.get(r),
        validationAt(r, c) {
          // The fake keeps rules disjoint (a new rule replaces older ones on its cells).
          const v = s.validations.find(
            (x) => r >= x.range.row && r < x.range.row + x.range.rows && c >= x.range.col && c < x.range.col + x.range.cols,
          );
          const source = v?.rule.list?.source;
          if (typeof source !== "string") return undefined;
          return source.startsWith("=") ? { source } : { items: source.split(",") };
        },
        frozenRows: s.freeze?.rows ?? 0,
        print: {
          orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
          paperA4: p.paperSize === "A4",
          fitToPagesWide: p.zoom.horizontalFitToPages,
          scale: p.zoom.scale,
          repeatRows: p.printTitleRows ?? undefined,
          centerFooter: p.centerFooter || undefined,
          firstPageFooter: p.headerFooterState === "FirstAndDefault" ? p.firstPageCenterFooter : undefined,
          firstPageNumber: p.firstPageNumber === "" ? undefined : p.firstPageNumber,
          pageBreaks: [...s.pageBreaks].sort((a, b) => a - b),
        },
        images: s.shapes.map(({ left, top, width, height }) => ({ left, top, width, height })),
        printArea: p.printArea ?? undefined,
        hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
        conditionalFills: s.conditionalFormats.filter((cf) => cf.type === "Custom").map((cf) => ({
          range: rectAddress(cf.range),
          fill: cf.fill ?? "",
          formula: (cf.formula ?? "").replace(/^=/, ""),
        })),
        conditionalFillAt: (r, c) => s.conditionalFillAt(r, c),
        dataBars: s.conditionalFormats.flatMap((cf) => {
          const bar = cf.dataBar;
          if (!bar) return [];
          // Only Number bounds are what a spec asks for; anything else shows as NaN and fails the case.
          const bound = (r: { type: string; formula?: string }) => (r.type === "Number" ? Number(r.formula) : NaN);
          return [{ range: rectAddress(cf.range), color: bar.fillColor, min: bound(bar.lowerBoundRule), max: bound(bar.upperBoundRule), solid: !bar.gradientFill }];
        }),
        tabColor: s.tabColor ? s.tabColor.toUpperCase() : undefined,
      };
    },
    async sheetNames() {
      return excel.workbook.sheets.map((s) => s.name);
    },
    async selection() {
      const s = excel.workbook.active;
      if (!s) return undefined;
      const at = parseAddress(s.selection);
      return { sheet: s.name, cell: cellAddress(at.row, at.col) };
    },
  };
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function hAlignOf(a: string | undefined): HAlign | undefined {
  switch (a) {
    case "Left":
      return "left";
    case "Center":
      return "center";
    case "Right":
      return "right";
    case "Justify":
      return "justify";
    default:
      return undefined;
  }
}

function borderKind(b: BorderState | undefined): BorderKind | undefined {
  if (!b) return undefined;
  if (b.style === "None") return "none";
  if (b.style === "Dot") return "dotted";
  if (b.style === "Continuous") return b.weight === "Medium" || b.weight === "Thick" ? "medium" : "thin";
  throw new Error(`unexpected border style ${b.style}`);
}
