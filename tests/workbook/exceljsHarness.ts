import ExcelJS from "exceljs";
import JSZip from "jszip";
import { charsToPoints, heightsOf } from "../../src/core/printScale";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import type { BorderKind } from "../../src/core/sheetSpec";
import { cellAddress, parseAddress } from "../../src/core/address";
import type { CellLook, SheetLook, WorkbookHarness } from "./harness";

/**
 * The ExcelJS adapter seen through a real .xlsx round trip: every look goes through
 * writeBuffer + load, so what is asserted is what the file holds, not ExcelJS's memory.
 */
export function createExcelJsHarness(): WorkbookHarness {
  const port = new ExcelJsWorkbook();
  const reloaded = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await port.workbook.xlsx.writeBuffer());
    return wb;
  };
  const sheetOf = async (name: string) => {
    const ws = (await reloaded()).getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  /** The sheet's part as the file holds it: ExcelJS reads no <rowBreaks> back (exceljs#2249, https://github.com/exceljs/exceljs/pull/2602). */
  const sheetXml = async (name: string) => {
    const zip = await JSZip.loadAsync(await port.workbook.xlsx.writeBuffer());
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const escaped = name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const id = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    if (!target) throw new Error(`no sheet part for ${name}`);
    return zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string");
  };
  const side = (b?: Partial<ExcelJS.Border>): BorderKind | undefined => (b?.style ? (b.style as BorderKind) : undefined);
  return {
    port,
    async seed(sheet, rows, options = {}) {
      const ws = port.workbook.addWorksheet(sheet);
      rows.forEach((line, r) =>
        line.forEach((v, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          if (v !== null) cell.value = v;
          const nf = options.numberFormats?.[r]?.[c];
          if (nf) cell.numFmt = nf;
          const fill = options.fills?.[r]?.[c];
          if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.slice(1)}` } };
        }),
      );
      if (options.visibility) ws.state = options.visibility;
      for (const r of options.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
      for (const c of options.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
    },
    async cell(sheet, row, col): Promise<CellLook> {
      const c = (await sheetOf(sheet)).getCell(row + 1, col + 1);
      const v = c.value;
      const isFormula = typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
      const fill = c.fill && c.fill.type === "pattern" && c.fill.fgColor?.argb ? `#${c.fill.fgColor.argb.slice(-6).toUpperCase()}` : undefined;
      return {
        value: isFormula ? null : (v as string | number | boolean | null),
        isFormula,
        numberFormat: c.numFmt || "General",
        fontName: c.font?.name,
        fontSize: c.font?.size,
        bold: c.font?.bold,
        fill,
        hAlign: c.alignment?.horizontal as CellLook["hAlign"],
        wrap: c.alignment?.wrapText,
        borderTop: side(c.border?.top),
        borderBottom: side(c.border?.bottom),
        borderLeft: side(c.border?.left),
        borderRight: side(c.border?.right),
      };
    },
    async sheet(sheet): Promise<SheetLook> {
      const ws = await sheetOf(sheet);
      const xml = await sheetXml(sheet);
      // <brk id="n"> breaks after Excel row n: zero-based row n starts the next page.
      const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/s.exec(xml)?.[1] ?? "";
      const pageBreaks = [...breaks.matchAll(/<brk [^>]*id="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
      const hf = ws.headerFooter;
      const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
        .map((m) => m.range)
        .sort();
      const dvs = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
      const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
      const ps = ws.pageSetup;
      const footer = ws.headerFooter?.oddFooter;
      return {
        merges,
        // The file holds the characters plus 5 px of padding (fileColumnWidth): Excel shows the characters.
        columnWidth: (c) => {
          const w = ws.getColumn(c + 1).width;
          return w === undefined ? undefined : w - 5 / 7;
        },
        rowHeight: (r) => ws.getRow(r + 1).height,
        validationAt(r, c) {
          const dv = dvs[cellAddress(r, c)];
          if (!dv) return undefined;
          const f = String(dv.formulae[0]);
          return f.startsWith('"') ? { items: f.slice(1, -1).split(",") } : { source: f };
        },
        frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
        print: {
          orientation: ps.orientation,
          paperA4: ps.paperSize === 9,
          fitToPagesWide: ps.fitToPage ? ps.fitToWidth : undefined,
          scale: ps.fitToPage ? undefined : ps.scale,
          repeatRows: ps.printTitlesRow ? ps.printTitlesRow.split(":").map((n) => `$${n.replace(/\$/g, "")}`).join(":") : undefined,
          centerFooter: footer?.startsWith("&C") ? footer.slice(2) : footer,
          firstPageFooter: hf?.differentFirst && hf.firstFooter ? hf.firstFooter.replace(/^&C/, "") : undefined,
          firstPageNumber: (ps as { useFirstPageNumber?: boolean }).useFirstPageNumber ? ps.firstPageNumber : undefined,
          pageBreaks,
        },
        images: imagesOf(ws),
        printArea: ps.printArea ? ps.printArea.replace(/\$/g, "") : undefined,
        hiddenColumns: hiddenColumns(ws),
        conditionalFills: conditionalFills(ws).map((cf) => ({ range: cf.ref, fill: cf.fill, formula: cf.formula })),
        conditionalFillAt: (r, c) => conditionalFillAt(ws, r, c),
        dataBars: dataBars(ws),
        tabColor: ws.properties.tabColor?.argb ? `#${ws.properties.tabColor.argb.slice(-6)}` : undefined,
      };
    },
    async sheetNames() {
      return (await reloaded()).worksheets.map((w) => w.name);
    },
    async selection() {
      const wb = await reloaded();
      const tab = wb.views?.[0]?.activeTab;
      const ws = tab === undefined ? undefined : wb.worksheets[tab];
      if (!ws) return undefined;
      // (ExcelJS writes a sheet view's tabSelected but does not read it back.)
      return { sheet: ws.name, cell: ws.views?.[0]?.activeCell ?? "A1" };
    },
  };
}

/** What ExcelJS reads back of a sheet's conditional formatting (its typings leave the member out). */
interface ConditionalFormattingRead {
  ref: string;
  rules: { type: string; priority: number; formulae?: string[]; style?: Partial<ExcelJS.Style> }[];
}

/** Data bar rules as ExcelJS reads them back, with the x14 extension merged in (gradient, lengths). */
interface DataBarRead {
  type: "dataBar";
  priority: number;
  cfvo: { type: string; value?: number }[];
  color?: { argb?: string };
  gradient?: boolean;
}

function formattings(ws: ExcelJS.Worksheet): ConditionalFormattingRead[] {
  return (ws as unknown as { conditionalFormattings: ConditionalFormattingRead[] }).conditionalFormattings ?? [];
}

/** One entry per data bar rule, highest priority first; a bound other than a number shows as NaN. */
function dataBars(ws: ExcelJS.Worksheet): { range: string; color: string; min: number; max: number; solid: boolean }[] {
  const bound = (c: { type: string; value?: number } | undefined) => (c?.type === "num" && typeof c.value === "number" ? c.value : NaN);
  return formattings(ws)
    .flatMap((cf) =>
      cf.rules
        .filter((rule) => rule.type === "dataBar")
        .map((rule) => {
          const bar = rule as unknown as DataBarRead;
          const color = bar.color?.argb;
          return {
            priority: bar.priority,
            look: { range: cf.ref, color: color ? `#${color.slice(-6).toUpperCase()}` : "", min: bound(bar.cfvo[0]), max: bound(bar.cfvo[1]), solid: bar.gradient === false },
          };
        }),
    )
    .sort((a, b) => a.priority - b.priority)
    .map((b) => b.look);
}

/** One entry per expression rule, highest priority (lowest number) first. */
function conditionalFills(ws: ExcelJS.Worksheet): { ref: string; fill: string; formula: string; priority: number }[] {
  return formattings(ws)
    .flatMap((cf) =>
      cf.rules.filter((rule) => rule.type !== "dataBar").map((rule) => {
        const fill = rule.style?.fill;
        const color = fill && fill.type === "pattern" ? (fill.bgColor?.argb ?? fill.fgColor?.argb) : undefined;
        if (rule.type !== "expression") throw new Error(`unexpected rule type ${rule.type}`);
        return { ref: cf.ref, fill: color ? `#${color.slice(-6).toUpperCase()}` : "", formula: String(rule.formulae?.[0] ?? ""), priority: rule.priority };
      }),
    )
    .sort((a, b) => a.priority - b.priority);
}

/** Evaluates LEN(ref)>0 rules as a spreadsheet would: a relative reference moves with the cell. */
function conditionalFillAt(ws: ExcelJS.Worksheet, row: number, col: number): string | undefined {
  for (const cf of conditionalFills(ws)) {
    const range = parseAddress(cf.ref);
    if (row < range.row || row >= range.row + range.rows || col < range.col || col >= range.col + range.cols) continue;
    const m = /^LEN\((\$?)([A-Z]+)(\$?)(\d+)\)>0$/.exec(cf.formula);
    if (!m) throw new Error(`cannot evaluate ${cf.formula}`);
    const at = parseAddress(`${m[2]}${m[4]}`);
    const r = m[3] ? at.row : at.row + row - range.row;
    const c = m[1] ? at.col : at.col + col - range.col;
    const v = ws.getCell(r + 1, c + 1).value;
    if (v !== null && v !== undefined && v !== "") return cf.fill;
  }
  return undefined;
}

function hiddenColumns(ws: ExcelJS.Worksheet): number[] {
  // Column definitions, not cells: a hidden column may hold nothing.
  const out: number[] = [];
  (ws.columns ?? []).forEach((column, c) => column.hidden && out.push(c));
  return out;
}

/**
 * The pictures' places and sizes in points, from their one-cell anchors: the columns' and rows'
 * sizes before the anchor cell (as the file holds them), plus the offsets (EMUs, 12,700 a point);
 * sizes from 96-dpi pixels.
 */
function imagesOf(ws: ExcelJS.Worksheet): SheetLook["images"] {
  const rowHeights = Array.from({ length: ws.rowCount }, (_, r) => ({ row: r, height: ws.getRow(r + 1).height ?? 15 }));
  const height = heightsOf({ name: ws.name, cells: [], rowHeights });
  return ws.getImages().map((image) => {
    const range = image.range as unknown as { tl: { nativeCol: number; nativeColOff: number; nativeRow: number; nativeRowOff: number }; ext?: { width: number; height: number } };
    if (!range.ext) throw new Error("a picture without its size (not a one-cell anchor)");
    let left = range.tl.nativeColOff / 12_700;
    for (let c = 0; c < range.tl.nativeCol; c++) {
      const column = ws.getColumn(c + 1);
      if (!column.hidden) left += charsToPoints(column.width === undefined ? 8.43 : column.width - 5 / 7);
    }
    let top = range.tl.nativeRowOff / 12_700;
    for (let r = 0; r < range.tl.nativeRow; r++) top += height(r);
    return { left, top, width: (range.ext.width * 72) / 96, height: (range.ext.height * 72) / 96 };
  });
}
