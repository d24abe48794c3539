/**
 * รายงานผลการดำเนินงาน: per ยุทธศาสตร์ and แผนงาน, the projects of the plan by สถานะ (counts and per
 * cents), the budget and what was disbursed, with bars in the per-cent cells that print; then the
 * projects behind schedule. A4 landscape, paginated by OpPlan like the forms, to attach to the
 * report to the council (domain.md §10).
 */
import type { CellValue } from "../../core/cellValue";
import { withPageBreaks } from "../../core/pagination";
import { rect, type Rect } from "../../core/rect";
import type { DataBar, RangeFormat, SheetSpec } from "../../core/sheetSpec";
import { thaiLongDate, toThaiDigits } from "../../domain/thaiCalendar";
import type { TrackingFigures, TrackingSummary } from "../../domain/tracking/types";
import { AMOUNT_FORMAT, AMOUNT_FORMAT_THAI_DIGITS } from "../../core/numberFormats";
import { amountWidth, linesFor, percentOf, printSetup, rowHeightFor } from "../forms/common";
import { THAI_FONT, THAI_FONT_SIZE } from "../styles";

export interface ProgressReportInput {
  readonly name: string;
  readonly summary: TrackingSummary;
  /** "องค์การบริหารส่วนตำบล… อำเภอ… จังหวัด…", "" when unknown. */
  readonly orgTitle: string;
  readonly thaiDigits: boolean;
}

/** The column of row 1 left free for OpPlan's marker: right of the table, outside the print area. */
export const REPORT_MARKER_COLUMN = 14;

const COLS = 13;
const BASE_WIDTHS = [40, 10, 9, 9, 9, 9, 9, 9, 9, 9, 17, 17, 12];
const BAR_COLOR = "#5B9BD5";
const DONE_BAR_COLOR = "#70AD47";

/** "รอบ 6 เดือน (ตุลาคม 2568 – มีนาคม 2569)" */
export function roundTitle(summary: TrackingSummary): string {
  const month = (iso: string) => thaiLongDate(iso).replace(/^\d+\s+/, "");
  return `${summary.round === "half" ? "รอบ 6 เดือน" : "รอบ 12 เดือน"} (${month(summary.from)} – ${month(summary.to)})`;
}

export function buildProgressReport(input: ProgressReportInput): SheetSpec {
  const { summary } = input;
  // Budget and disbursed in full at the total's size, never ###.
  const money = amountWidth([summary.total.budget, summary.total.disbursed], BASE_WIDTHS[10], input.thaiDigits);
  const WIDTHS = BASE_WIDTHS.map((w, i) => (i === 10 || i === 11 ? money : w));
  const digits = input.thaiDigits ? toThaiDigits : (s: string) => s;
  const count = input.thaiDigits ? "[$-D00041E]#,##0" : "#,##0";
  const percent = input.thaiDigits ? "[$-D00041E]0.00" : "0.00";
  const amount = input.thaiDigits ? AMOUNT_FORMAT_THAI_DIGITS : AMOUNT_FORMAT;
  const base = { fontName: THAI_FONT, fontSize: THAI_FONT_SIZE, vAlign: "top" as const };

  const cells: CellValue[][] = [
    [...Array(COLS - 3).fill(null), "รายงานผลการดำเนินงาน"],
    ["รายงานผลการดำเนินงานตามแผนการดำเนินงาน"],
    [digits(`ประจำปีงบประมาณ พ.ศ. ${summary.fiscalYear} ${roundTitle(summary)}`)],
    [digits(input.orgTitle)],
    [digits(`ข้อมูล ณ วันที่ ${thaiLongDate(summary.asOf)}`)],
    ["ยุทธศาสตร์ / แผนงาน", "จำนวนโครงการในแผน", "ดำเนินการแล้วเสร็จ", null, "อยู่ระหว่างดำเนินการ", null, "ยังไม่ได้ดำเนินการ", null, "ยกเลิก", null, "งบประมาณตามแผน (บาท)", "เบิกจ่าย (บาท)", "ร้อยละการเบิกจ่าย"],
    [null, null, "จำนวน", "ร้อยละ", "จำนวน", "ร้อยละ", "จำนวน", "ร้อยละ", "จำนวน", "ร้อยละ", null, null, null],
  ];
  const h0 = 5;
  const merges: Rect[] = [
    rect(0, COLS - 3, 1, 3),
    rect(1, 0, 1, COLS),
    rect(2, 0, 1, COLS),
    rect(3, 0, 1, COLS),
    rect(4, 0, 1, COLS),
    rect(h0, 0, 2, 1),
    rect(h0, 1, 2, 1),
    rect(h0, 2, 1, 2),
    rect(h0, 4, 1, 2),
    rect(h0, 6, 1, 2),
    rect(h0, 8, 1, 2),
    rect(h0, 10, 2, 1),
    rect(h0, 11, 2, 1),
    rect(h0, 12, 2, 1),
  ];
  const heights: { row: number; height: number }[] = [
    { row: 0, height: 24 },
    { row: 1, height: 28 },
    { row: 2, height: 28 },
    { row: 3, height: 28 },
    { row: 4, height: 26 },
    { row: h0, height: rowHeightFor(3, THAI_FONT_SIZE) },
    { row: h0 + 1, height: rowHeightFor(1, THAI_FONT_SIZE) },
  ];
  const figures = (label: string, f: TrackingFigures): CellValue[] => [
    label,
    f.projects,
    f.done,
    percentOf(f.done, f.projects),
    f.inProgress,
    percentOf(f.inProgress, f.projects),
    f.notStarted,
    percentOf(f.notStarted, f.projects),
    f.cancelled,
    percentOf(f.cancelled, f.projects),
    f.budget,
    f.disbursed,
    percentOf(f.disbursed, f.budget),
  ];
  const body0 = cells.length;
  const strategyRows: number[] = [];
  const keepTogether: { from: number; to: number }[] = [];
  const push = (line: CellValue[]) => {
    heights.push({ row: cells.length, height: rowHeightFor(linesFor(String(line[0]), WIDTHS[0], THAI_FONT_SIZE), THAI_FONT_SIZE) });
    cells.push(line);
  };
  summary.strategies.forEach((s) => {
    const from = cells.length;
    strategyRows.push(from);
    push(figures(digits(s.number !== null ? `${s.number}. ${s.name.replace(/^\d+\.\s*/, "")}` : s.name), s));
    for (const p of s.plans) push(figures(digits(`    ${p.name}`), p));
    keepTogether.push({ from, to: cells.length - 1 });
  });
  const totalRow = cells.length;
  push(figures("รวมทั้งสิ้น", summary.total));
  const bodyEnd = cells.length;

  // The projects behind schedule, under the table.
  cells.push([]);
  heights.push({ row: cells.length - 1, height: 16 });
  const behindTitle = cells.length;
  cells.push([digits(`โครงการที่ล่าช้ากว่าแผน (ถึงเดือนที่วางแผนไว้แล้วแต่ยังไม่ได้ดำเนินการ ณ วันที่ ${thaiLongDate(summary.asOf)}): ${summary.behind.length} โครงการ`)]);
  heights.push({ row: behindTitle, height: 28 });
  merges.push(rect(behindTitle, 0, 1, COLS));
  const behindHeader = cells.length;
  let behindEnd = behindHeader;
  if (summary.behind.length) {
    cells.push(["โครงการ", "ที่", null, "ยุทธศาสตร์", null, null, "แผนงาน", null, null, "ระยะเวลาตามแผน", null, "หมายเหตุ", null]);
    heights.push({ row: behindHeader, height: rowHeightFor(1, THAI_FONT_SIZE) });
    summary.behind.forEach((b, i) => {
      const r = cells.length;
      cells.push([b.name, i + 1, null, b.strategy, null, null, b.plan, null, null, digits(b.months), null, b.allPassed ? "เลยทุกเดือนที่วางแผนแล้ว" : "ถึงเดือนเริ่มแล้ว", null]);
      const lines = Math.max(linesFor(b.name, WIDTHS[0], THAI_FONT_SIZE), linesFor(b.strategy, 27, THAI_FONT_SIZE), linesFor(b.plan, 27, THAI_FONT_SIZE));
      heights.push({ row: r, height: rowHeightFor(lines, THAI_FONT_SIZE) });
    });
    behindEnd = cells.length;
    for (let r = behindHeader; r < behindEnd; r++) merges.push(rect(r, 1, 1, 2), rect(r, 3, 1, 3), rect(r, 6, 1, 3), rect(r, 9, 1, 2), rect(r, 11, 1, 2));
  }

  const n = bodyEnd - body0;
  const formats: RangeFormat[] = [
    { range: rect(0, 0, cells.length, COLS), style: base },
    { range: rect(0, COLS - 3, 1, 3), style: { bold: true, hAlign: "right" } },
    { range: rect(1, 0, 4, COLS), style: { bold: true, hAlign: "center", vAlign: "middle", fontSize: THAI_FONT_SIZE + 2 } },
    { range: rect(4, 0, 1, COLS), style: { bold: false, fontSize: THAI_FONT_SIZE } },
    { range: rect(h0, 0, 2, COLS), style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", fill: "#E7E6E6" } },
    { range: rect(body0, 0, n, COLS), style: { border: "thin" } },
    { range: rect(body0, 0, n, 1), style: { wrap: true } },
    { range: rect(body0, 1, n, 1), style: { numberFormat: count, hAlign: "center" } },
    ...[2, 4, 6, 8].flatMap((c) => [
      { range: rect(body0, c, n, 1), style: { numberFormat: count, hAlign: "center" as const } },
      { range: rect(body0, c + 1, n, 1), style: { numberFormat: percent, hAlign: "right" as const } },
    ]),
    { range: rect(body0, 10, n, 2), style: { numberFormat: amount, hAlign: "right" } },
    { range: rect(body0, 12, n, 1), style: { numberFormat: percent, hAlign: "right" } },
    ...strategyRows.map((r) => ({ range: rect(r, 0, 1, COLS), style: { bold: true, fill: "#F2F2F2" } })),
    { range: rect(totalRow, 0, 1, COLS), style: { bold: true, fill: "#D9D9D9", hAlign: "center" as const } },
    { range: rect(totalRow, 1, 1, COLS - 1), style: { hAlign: "right" } },
    { range: rect(behindTitle, 0, 1, COLS), style: { bold: true } },
  ];
  if (behindEnd > behindHeader) {
    formats.push(
      { range: rect(behindHeader, 0, behindEnd - behindHeader, COLS), style: { border: "thin", wrap: true } },
      { range: rect(behindHeader, 0, 1, COLS), style: { bold: true, hAlign: "center", vAlign: "middle", fill: "#E7E6E6" } },
      { range: rect(behindHeader + 1, 1, behindEnd - behindHeader - 1, 1), style: { hAlign: "center", numberFormat: count } },
    );
  }
  const dataBars: DataBar[] = [
    { range: rect(body0, 3, n, 1), color: DONE_BAR_COLOR, min: 0, max: 100 },
    { range: rect(body0, 12, n, 1), color: BAR_COLOR, min: 0, max: 100 },
  ];
  const spec: SheetSpec = {
    name: input.name,
    cells,
    formats,
    merges,
    columnWidths: [...WIDTHS, 2, 4],
    rowHeights: heights,
    dataBars,
    printArea: rect(0, 0, cells.length, COLS),
    print: {
      ...printSetup(0, 0),
      // No repeated header: it would print over the list of projects behind schedule too.
      repeatRows: undefined,
      centerFooter: "หน้า &P",
      keepTogether: [...keepTogether, { from: behindTitle - 1, to: Math.min(cells.length - 1, behindTitle + 2) }],
    },
  };
  return withPageBreaks(spec).spec;
}
