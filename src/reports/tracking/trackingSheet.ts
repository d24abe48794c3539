/**
 * ติดตามผล: the sheet the officer fills in through the year. OpPlan writes the plan's columns and
 * carries the officer's entries over as they were typed (a word of their own, an amount typed as
 * text, a date): the report reads them, this sheet never rewrites them.
 */
import type { CellValue } from "../../core/cellValue";
import { AMOUNT_FORMAT, AMOUNT_FORMAT_THAI_DIGITS, DATE_FORMAT_BE, DATE_FORMAT_BE_THAI_DIGITS } from "../../core/numberFormats";
import { rect, type Rect } from "../../core/rect";
import type { ListValidation, RangeFormat, SheetSpec } from "../../core/sheetSpec";
import { toThaiDigits } from "../../domain/thaiCalendar";
import { DROPPED_MARK, STATUS_ORDER, STATUS_WORDS, TRACKING_COLUMNS, type OfficerCell, type TrackingEntry } from "../../domain/tracking/types";
import { amountWidth, linesFor, printSetup, rowHeightFor } from "../forms/common";
import { THAI_FONT, THAI_FONT_SIZE } from "../styles";

/** One row as the sheet writes it: the plan's columns, and the entry carried over (null: none yet). */
export interface TrackingSheetRow {
  readonly key: string;
  /** null for a row whose project is no longer in the plan. */
  readonly no: number | null;
  readonly name: string;
  readonly strategy: string;
  readonly plan: string;
  readonly budget: number | null;
  readonly months: string;
  /** ฉบับหลัก, เพิ่มเติม ฉบับที่ 1, … or DROPPED_MARK. */
  readonly edition: string;
  readonly entry: TrackingEntry | null;
}

export interface TrackingSheetInput {
  readonly name: string;
  readonly fiscalYear: number;
  /** "องค์การบริหารส่วนตำบล… อำเภอ… จังหวัด…", "" when unknown. */
  readonly orgTitle: string;
  readonly rows: readonly TrackingSheetRow[];
  /** The officer's own columns, carried over after หมายเหตุ. */
  readonly extraHeaders: readonly string[];
  readonly thaiDigits: boolean;
}

/** The title rows above the header. */
export const TRACKING_HEADER_ROW = 3;
const FIRST_ROW = TRACKING_HEADER_ROW + 1;
const OFFICER_FILL = "#FFF2CC";
const DROPPED_COLOR = "#7F7F7F";

const WIDTH: Record<(typeof TRACKING_COLUMNS)[number]["id"], number> = {
  no: 5,
  name: 42,
  strategy: 26,
  plan: 22,
  budget: 15,
  months: 20,
  edition: 13,
  status: 21,
  disbursed: 15,
  started: 15,
  finished: 15,
  note: 26,
  key: 30,
};
const EXTRA_WIDTH = 16;

/** Column of each of OpPlan's columns, and of the officer's own ones (after หมายเหตุ, before the key). */
export function trackingLayout(extraColumns: number) {
  const col = (id: (typeof TRACKING_COLUMNS)[number]["id"]) => {
    const i = TRACKING_COLUMNS.findIndex((c) => c.id === id);
    return id === "key" ? i + extraColumns : i;
  };
  const firstExtra = col("note") + 1;
  return { col, firstExtra, keyCol: col("key"), cols: TRACKING_COLUMNS.length + extraColumns };
}

/** The entry's value as it stands; a text that could become a formula stays text (adapters write strings as text). */
const carried = (c: OfficerCell | undefined): CellValue => c?.value ?? null;

export function buildTrackingSheet(input: TrackingSheetInput): SheetSpec {
  const { col, firstExtra, keyCol, cols } = trackingLayout(input.extraHeaders.length);
  const digits = input.thaiDigits ? toThaiDigits : (s: string) => s;
  const header: CellValue[] = Array(cols).fill(null);
  for (const c of TRACKING_COLUMNS) header[col(c.id)] = c.header;
  input.extraHeaders.forEach((h, i) => (header[firstExtra + i] = h));

  const cells: CellValue[][] = [
    [digits(`แบบติดตามผลการดำเนินงานตามแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${input.fiscalYear}`)],
    [digits(input.orgTitle)],
    [
      "กรอกช่องสีเหลือง (สถานะ เบิกจ่าย วันที่ หมายเหตุ) · สั่ง ติดตามผล อีกครั้งได้ทุกเมื่อ ข้อมูลที่กรอกไว้ยังอยู่ครบ",
    ],
    header,
  ];
  const heights: { row: number; height: number }[] = [
    { row: 0, height: 30 },
    { row: 1, height: 26 },
    { row: 2, height: rowHeightFor(1, THAI_FONT_SIZE) },
    { row: TRACKING_HEADER_ROW, height: rowHeightFor(2, THAI_FONT_SIZE) },
  ];
  const droppedRows: number[] = [];
  for (const r of input.rows) {
    const line: CellValue[] = Array(cols).fill(null);
    line[col("no")] = r.no === null ? null : r.no;
    line[col("name")] = r.name;
    line[col("strategy")] = r.strategy;
    line[col("plan")] = r.plan;
    line[col("budget")] = r.budget;
    line[col("months")] = digits(r.months);
    line[col("edition")] = r.edition;
    line[col("status")] = carried(r.entry?.status);
    line[col("disbursed")] = carried(r.entry?.disbursed);
    line[col("started")] = carried(r.entry?.started);
    line[col("finished")] = carried(r.entry?.finished);
    line[col("note")] = carried(r.entry?.note);
    input.extraHeaders.forEach((_, i) => (line[firstExtra + i] = carried(r.entry?.extra[i])));
    line[keyCol] = r.key;
    if (r.edition === DROPPED_MARK) droppedRows.push(cells.length);
    const lines = Math.max(
      linesFor(r.name, WIDTH.name, THAI_FONT_SIZE),
      linesFor(r.strategy, WIDTH.strategy, THAI_FONT_SIZE),
      linesFor(r.plan, WIDTH.plan, THAI_FONT_SIZE),
      linesFor(typeof line[col("note")] === "string" ? (line[col("note")] as string) : "", WIDTH.note, THAI_FONT_SIZE),
    );
    heights.push({ row: cells.length, height: rowHeightFor(lines, THAI_FONT_SIZE) });
    cells.push(line);
  }
  const body = Math.max(1, input.rows.length);
  const visible = keyCol; // every column before the key
  const amount = input.thaiDigits ? AMOUNT_FORMAT_THAI_DIGITS : AMOUNT_FORMAT;
  const date = input.thaiDigits ? DATE_FORMAT_BE_THAI_DIGITS : DATE_FORMAT_BE;
  const base = { fontName: THAI_FONT, fontSize: THAI_FONT_SIZE, vAlign: "top" as const };
  const officer = (c: number, n = 1): Rect => rect(FIRST_ROW, c, body, n);
  const formats: RangeFormat[] = [
    { range: rect(0, 0, FIRST_ROW + body, cols), style: base },
    { range: rect(0, 0, 1, visible), style: { bold: true, fontSize: THAI_FONT_SIZE + 2, hAlign: "center", vAlign: "middle" } },
    { range: rect(1, 0, 1, visible), style: { bold: true, hAlign: "center", vAlign: "middle" } },
    { range: rect(2, 0, 1, visible), style: { italic: true, fontSize: THAI_FONT_SIZE - 2, fontColor: "#595959", wrap: true, vAlign: "middle" } },
    { range: rect(TRACKING_HEADER_ROW, 0, 1, cols), style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", fill: "#DDEBF7" } },
    { range: rect(FIRST_ROW, 0, body, visible), style: { border: "thin", wrap: true } },
    { range: rect(FIRST_ROW, col("no"), body, 1), style: { hAlign: "center" } },
    { range: rect(FIRST_ROW, col("budget"), body, 1), style: { numberFormat: amount, hAlign: "right" } },
    { range: officer(col("status"), col("note") - col("status") + 1 + input.extraHeaders.length), style: { fill: OFFICER_FILL } },
    { range: officer(col("disbursed")), style: { numberFormat: amount, hAlign: "right" } },
    { range: officer(col("started"), 2), style: { numberFormat: date, hAlign: "center" } },
    ...droppedRows.map((r) => ({ range: rect(r, 0, 1, visible), style: { fontColor: DROPPED_COLOR, italic: true } })),
  ];
  const validations: ListValidation[] = [
    {
      range: officer(col("status")),
      items: STATUS_ORDER.map((s) => STATUS_WORDS[s]),
      allowBlank: true,
      errorMessage: `เลือกสถานะจากรายการ: ${STATUS_ORDER.map((s) => STATUS_WORDS[s]).join(" / ")} (เว้นว่าง = ยังไม่ได้ดำเนินการ)`,
    },
  ];
  const widths: number[] = [];
  for (const c of TRACKING_COLUMNS) widths[col(c.id)] = WIDTH[c.id];
  // The largest amount in full, never ###: the plan's budgets and what the officer typed.
  const amounts = input.rows.flatMap((r) => [r.budget ?? 0, typeof r.entry?.disbursed.value === "number" ? r.entry.disbursed.value : 0]);
  widths[col("budget")] = widths[col("disbursed")] = amountWidth(amounts, WIDTH.budget, input.thaiDigits);
  input.extraHeaders.forEach((_, i) => (widths[firstExtra + i] = EXTRA_WIDTH));
  return {
    name: input.name,
    cells,
    formats,
    merges: [rect(0, 0, 1, visible), rect(1, 0, 1, visible), rect(2, 0, 1, visible)],
    columnWidths: widths,
    rowHeights: heights,
    validations,
    freeze: { rows: FIRST_ROW, cols: col("name") + 1 },
    hiddenColumns: [keyCol],
    printArea: rect(0, 0, FIRST_ROW + body, visible),
    print: printSetup(TRACKING_HEADER_ROW, TRACKING_HEADER_ROW),
    autofitRows: { from: FIRST_ROW, to: FIRST_ROW + body - 1 },
    tabColor: "#C65911",
  };
}
