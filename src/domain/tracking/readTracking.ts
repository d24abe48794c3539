/**
 * Reads a ติดตามผล sheet as the officer left it: its columns found by their header words wherever
 * they now stand (a column inserted, moved, renamed to a usual variant), every row that holds
 * anything kept as an entry, values as typed. Judging them (status words, amounts) is the figures'.
 */
import { cellAddress } from "../../core/address";
import type { CellValue, RawValue } from "../../core/cellValue";
import type { SheetData } from "../../core/sheetData";
import { parseDate } from "../parse/dates";
import { isBlank, normalizeText, typedText } from "../parse/text";
import { Grid } from "../read/grid";
import { TRACKING_COLUMNS, type OfficerCell, type TrackingColumn, type TrackingEntry, type TrackingSheetReading } from "./types";

/** How far down a header may sit: a title, the อปท.'s name, the year and a blank row or two above it. */
const HEADER_ROWS = 15;

/** Header words compared without spaces or case: officers wrap and space headers freely. */
const headerWord = (s: string) => normalizeText(s).replace(/\s+/g, "").toLowerCase();

/** The spellings each column's header is seen with, OpPlan's own first. */
const HEADER_VARIANTS: Readonly<Record<TrackingColumn, readonly string[]>> = {
  no: ["ที่", "ลำดับ", "ลำดับที่", "no", "no."],
  name: ["โครงการ", "ชื่อโครงการ", "โครงการ/กิจกรรม", "ชื่อโครงการ/กิจกรรม", "รายการ", "project"],
  strategy: ["ยุทธศาสตร์", "ยุทธศาสตร์การพัฒนา"],
  plan: ["แผนงาน"],
  budget: ["งบประมาณ (บาท)", "งบประมาณ", "งบประมาณตามแผน", "งบประมาณตามแผน (บาท)", "budget"],
  months: ["ระยะเวลาตามแผน", "ระยะเวลา", "ระยะเวลาดำเนินการ", "ระยะเวลาดำเนินงาน"],
  edition: ["ฉบับ", "แผนฉบับ"],
  status: ["สถานะ", "สถานะการดำเนินงาน", "สถานะการดำเนินการ", "สถานะโครงการ", "ผลการดำเนินงาน", "status"],
  disbursed: ["เบิกจ่าย (บาท)", "เบิกจ่าย", "งบประมาณที่เบิกจ่าย", "งบประมาณที่เบิกจ่าย (บาท)", "เบิกจ่ายแล้ว", "เบิกจ่ายแล้ว (บาท)", "เบิกจ่ายจริง", "disbursed"],
  started: ["วันที่เริ่ม", "วันเริ่ม", "วันที่เริ่มดำเนินการ", "วันเริ่มดำเนินการ", "started"],
  finished: ["วันที่แล้วเสร็จ", "วันที่เสร็จ", "วันแล้วเสร็จ", "วันเสร็จ", "วันที่ดำเนินการแล้วเสร็จ", "finished"],
  note: ["หมายเหตุ", "note", "notes"],
  key: ["รหัสโครงการ (OpPlan)", "รหัสโครงการ", "รหัส (OpPlan)"],
};

const COLUMN_BY_WORD: ReadonlyMap<string, TrackingColumn> = new Map(
  TRACKING_COLUMNS.flatMap((c) => HEADER_VARIANTS[c.id].map((w) => [headerWord(w), c.id] as const)),
);

/** Which column a header names, or null for one of the officer's own. */
export function trackingColumnOf(header: RawValue): TrackingColumn | null {
  return typeof header === "string" ? (COLUMN_BY_WORD.get(headerWord(header)) ?? null) : null;
}

interface TrackingHeader {
  readonly row: number;
  readonly columns: ReadonlyMap<TrackingColumn, number>;
  readonly extra: readonly { readonly col: number; readonly header: string }[];
}

function headerAt(grid: Grid, row: number): TrackingHeader | null {
  const columns = new Map<TrackingColumn, number>();
  const extra: { col: number; header: string }[] = [];
  for (let c = grid.data.originCol; c < grid.colCount; c++) {
    const v = grid.raw(row, c);
    if (isBlank(v)) continue;
    const id = trackingColumnOf(v);
    // A second column under a known word (two หมายเหตุ) is the officer's: carried over, not lost.
    if (id !== null && !columns.has(id)) columns.set(id, c);
    else extra.push({ col: c, header: typedText(v) });
  }
  return columns.has("name") && columns.has("status") ? { row, columns, extra } : null;
}

function findTrackingHeader(grid: Grid): TrackingHeader | null {
  const last = Math.min(grid.rowCount, grid.data.originRow + HEADER_ROWS);
  for (let r = grid.data.originRow; r < last; r++) {
    const h = headerAt(grid, r);
    if (h) return h;
  }
  return null;
}

/**
 * Whether a sheet is a tracking table by its header (สถานะ and เบิกจ่าย beside โครงการ): the project
 * reader leaves such a sheet alone whatever its name.
 */
export function isTrackingTable(sheet: SheetData | Grid): boolean {
  const h = findTrackingHeader(sheet instanceof Grid ? sheet : new Grid(sheet));
  return h !== null && h.columns.has("disbursed");
}

/**
 * Whether a number format shows a date: day, month, year or era codes once quoted text, escapes and
 * [locale] parts are gone; a month code beside hours or seconds is a time's minutes.
 */
export function isDateNumberFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (/general/i.test(f) || f.trim() === "@") return false;
  return /[dyeb]/i.test(f) || (/m/i.test(f) && !/[hs]/i.test(f));
}

/** A cell as typed: a number the sheet shows as a date is that date; everything else as it stands. */
function valueAt(grid: Grid, row: number, col: number): CellValue {
  const v = grid.raw(row, col);
  if (typeof v === "number" && isDateNumberFormat(grid.numberFormat(row, col))) {
    const d = parseDate(v);
    if (d.kind === "date") return { date: d.iso };
  }
  return v;
}

const blankCell = (v: CellValue) => v === null || (typeof v === "string" && isBlank(v));

// A total row under the table sums the rows above; it is no project's entry, and keeping it would
// carry it forever as "no longer in the plan".
const TOTAL_WORDS = new Set(["รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "total"].map(headerWord));

/** The entries of a tracking sheet, or null when it holds no tracking table (no โครงการ and สถานะ header). */
export function readTrackingSheet(data: SheetData): TrackingSheetReading | null {
  const grid = new Grid(data);
  const header = findTrackingHeader(grid);
  if (!header) return null;
  const col = (id: TrackingColumn) => header.columns.get(id);
  const cellOf = (row: number, c: number | undefined): OfficerCell =>
    c === undefined ? { value: null, cell: "" } : { value: valueAt(grid, row, c), cell: cellAddress(row, c) };
  const text = (row: number, c: number | undefined) => (c === undefined ? "" : typedText(grid.raw(row, c)));

  const entries: TrackingEntry[] = [];
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    const name = text(r, col("name"));
    const keyText = text(r, col("key"));
    const officer = {
      status: cellOf(r, col("status")),
      disbursed: cellOf(r, col("disbursed")),
      started: cellOf(r, col("started")),
      finished: cellOf(r, col("finished")),
      note: cellOf(r, col("note")),
    };
    const extra = header.extra.map((x) => cellOf(r, x.col));
    const entered = [...Object.values(officer), ...extra].some((c) => !blankCell(c.value));
    if (name === "" && keyText === "" && !entered) continue;
    if (keyText === "" && TOTAL_WORDS.has(headerWord(name))) continue;
    // The header repeated on every printed page of a copy: not a project.
    if (keyText === "" && trackingColumnOf(name) === "name" && trackingColumnOf(grid.raw(r, col("status")!)) === "status") continue;
    entries.push({ row: r + 1, key: keyText === "" ? null : keyText, name, ...officer, extra });
  }
  return { sheet: data.name, headerRow: header.row + 1, entries, extraHeaders: header.extra.map((x) => x.header) };
}
