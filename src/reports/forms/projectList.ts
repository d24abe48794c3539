import type { CellValue } from "../../core/cellValue";
import type { ConditionalFill, RangeFormat, SheetSpec } from "../../core/sheetSpec";
import { rect, type Rect } from "../../core/rect";
import { sumBudget, type Group } from "./blocks";
import {
  amountWidth,
  baseStyle,
  headerStyle,
  linesFor,
  monthBar,
  monthHeader,
  printSetup,
  rowHeightFor,
  TITLE_ROWS,
  titleBlock,
  type FormContext,
} from "./common";

/** The ผด.02 and ผด.02/1 grid: six columns, then the twelve months. */
const COLS = 18;
const MONTH0 = 6;
/** Zero-based column kept free in row 0 for OpPlan's marker; outside the print area, hidden. */
export const LIST_MARKER_COLUMN = COLS;
const WIDTHS = { no: 4.5, name: 28, detail: 34, location: 15, unit: 14, month: 5 };

export interface ListForm {
  readonly sheet: string;
  readonly label: string;
  readonly title: string;
  /** Header of column B: โครงการ or ครุภัณฑ์ */
  readonly nameHeader: string;
  readonly detailHeader: string;
  /** "1. ยุทธศาสตร์…" or "1. ครุภัณฑ์สำนักงาน", from the group's name and number */
  readonly groupHeading: (name: string, number: number) => string;
  readonly emptyText: string;
}

/**
 * A ผด.02-shaped list: title block, a two-row header (years over months), then for each group
 * its heading, for each แผนงาน its heading, the rows numbered from 1, and a รวม line; a
 * รวมทั้งสิ้น line last. Formats are one rectangle per block at most, never one per row.
 */
export function buildProjectList(ctx: FormContext, form: ListForm, groups: readonly Group[]): SheetSpec {
  const t = ctx.text;
  const title = titleBlock(ctx, form.label, form.title, COLS);
  const cells: CellValue[][] = [...title.cells];
  const formats: RangeFormat[] = [];
  const merges: Rect[] = [...title.merges];
  const heights: { row: number; height: number }[] = [];
  const { years, months } = monthHeader(ctx);
  const h0 = TITLE_ROWS;
  cells.push(["ที่", form.nameHeader, form.detailHeader, "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก", ...years]);
  cells.push([null, null, null, null, null, null, ...months]);
  merges.push(...[0, 1, 2, 3, 4, 5].map((c) => rect(h0, c, 2, 1)), rect(h0, MONTH0, 1, 3), rect(h0, MONTH0 + 3, 1, 9));
  // The merged headings span both header rows, which no autofit measures: the two rows together
  // hold the tallest ("หน่วยงานรับผิดชอบหลัก" takes three lines in its 14 characters).
  const headingLines = Math.max(
    ...[
      [form.nameHeader, WIDTHS.name],
      [form.detailHeader, WIDTHS.detail],
      ["สถานที่ดำเนินการ", WIDTHS.location],
      ["หน่วยงานรับผิดชอบหลัก", WIDTHS.unit],
    ].map(([text, width]) => linesFor(String(text), Number(width), ctx.fontSize)),
  );
  const headerRow = ctx.fontSize * 1.6;
  heights.push({ row: h0, height: headerRow }, { row: h0 + 1, height: Math.max(headerRow, rowHeightFor(headingLines, ctx.fontSize) - headerRow) });
  const body0 = h0 + 2;

  const headingRows: number[] = [];
  const totalRows: number[] = [];
  const amounts: number[] = [];
  const single = (text: string) => {
    const r = cells.length;
    cells.push([t(text)]);
    merges.push(rect(r, 0, 1, COLS));
    headingRows.push(r);
  };
  const total = (label: string, count: number, budget: number) => {
    const r = cells.length;
    const text = `${label} ${count.toLocaleString("en-US")} ${form.nameHeader === "ครุภัณฑ์" ? "รายการ" : "โครงการ"}`;
    cells.push([null, t(text), null, budget]);
    // Estimated like a project row: "รวมทั้งสิ้น 10 รายการ" wraps in the name column.
    heights.push({ row: r, height: rowHeightFor(linesFor(text, WIDTHS.name, ctx.fontSize), ctx.fontSize) });
    totalRows.push(r);
    amounts.push(budget);
  };

  let all = 0;
  let allBudget = 0;
  groups.forEach((g, gi) => {
    const n = g.number ?? gi + 1;
    single(form.groupHeading(g.name, n));
    g.blocks.forEach((b, bi) => {
      single(`${n}.${bi + 1} ${b.plan}`);
      b.projects.forEach((p, i) => {
        const r = cells.length;
        cells.push([i + 1, t(p.name), t(p.detail), p.budget, t(p.location), t(p.unit), ...monthBar(p.months)]);
        amounts.push(p.budget);
        const lines = Math.max(
          linesFor(p.name, WIDTHS.name, ctx.fontSize),
          linesFor(p.detail, WIDTHS.detail, ctx.fontSize),
          linesFor(p.location, WIDTHS.location, ctx.fontSize),
          linesFor(p.unit, WIDTHS.unit, ctx.fontSize),
        );
        heights.push({ row: r, height: rowHeightFor(lines, ctx.fontSize) });
      });
      total("รวม", b.projects.length, sumBudget(b.projects));
      all += b.projects.length;
      allBudget += sumBudget(b.projects);
    });
  });
  if (groups.length === 0) single(form.emptyText);
  total("รวมทั้งสิ้น", all, Math.round(allBudget * 100) / 100);
  const last = cells.length - 1;
  const bodyRows = last - body0 + 1;

  formats.push(
    { range: rect(0, 0, last + 1, COLS), style: baseStyle(ctx) },
    ...title.formats,
    { range: rect(h0, 0, 2, COLS), style: headerStyle(ctx) },
    // Month names are short words in narrow columns: a point or two smaller keeps them whole.
    { range: rect(h0 + 1, MONTH0, 1, 12), style: { fontSize: ctx.fontSize - 2, wrap: false } },
    { range: rect(body0, 0, bodyRows, COLS), style: { border: "thin", wrap: true } },
    { range: rect(body0, 0, bodyRows, 1), style: { hAlign: "center", numberFormat: ctx.countFormat } },
    { range: rect(body0, 3, bodyRows, 1), style: { hAlign: "right", numberFormat: ctx.amountFormat } },
    { range: rect(body0, MONTH0, bodyRows, 12), style: { hAlign: "center", vAlign: "middle", wrap: false } },
    ...headingRows.map((r) => ({ range: rect(r, 0, 1, COLS), style: { bold: true, hAlign: "left" as const, wrap: false } })),
    ...totalRows.map((r) => ({ range: rect(r, 0, 1, COLS), style: { bold: true } })),
  );
  const conditionalFills: ConditionalFill[] = [{ range: rect(body0, MONTH0, bodyRows, 12), fill: "#BFBFBF" }];
  const columnWidths = [WIDTHS.no, WIDTHS.name, WIDTHS.detail, amountWidth(amounts, 12, ctx.plan.thaiDigits), WIDTHS.location, WIDTHS.unit, ...Array(12).fill(WIDTHS.month), 4];
  return {
    name: form.sheet,
    cells,
    formats,
    merges,
    conditionalFills,
    columnWidths,
    defaultRowHeight: ctx.fontSize * 1.5,
    rowHeights: [{ row: 1, height: ctx.fontSize * 1.8 }, { row: 2, height: ctx.fontSize * 1.8 }, { row: 3, height: ctx.fontSize * 1.8 }, ...heights],
    autofitRows: { from: body0, to: last },
    freeze: { rows: body0, cols: 0 },
    print: printSetup(h0, h0 + 1),
    printArea: rect(0, 0, last + 1, COLS),
    hiddenColumns: [LIST_MARKER_COLUMN],
    tabColor: "#2F5597",
  };
}
