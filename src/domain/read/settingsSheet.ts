import { cellAddress } from "../../core/address";
import type { RawValue } from "../../core/cellValue";
import { parseDate } from "../parse/dates";
import { cellText, isBlank, normalizeText } from "../parse/text";
import type { IsoDate } from "../../core/localDate";
import { SETTING_FIELDS, type SettingKey } from "../settings";
import type { Grid } from "./grid";

export interface SettingCell {
  readonly raw: RawValue;
  readonly text: string;
  readonly numberFormat: string;
  /** A1 address of the value cell */
  readonly cell: string;
}

export interface ReadSettings {
  /** Null when the workbook has no ตั้งค่า sheet. */
  readonly sheet: string | null;
  readonly cells: Partial<Record<SettingKey, SettingCell>>;
  /**
   * The values were taken from the column after the next one, not the one right of the labels:
   * that column is blank on every row and the one after it holds what reads as values (a spacer
   * column: label | (empty) | value). A guess: whoever writes values into the sheet should not
   * trust it (the next value typed right of a label turns it back).
   */
  readonly shifted: boolean;
}

/** Label variants people use for each setting, compared without spaces and dots. */
const LABELS: Record<SettingKey, readonly string[]> = {
  orgName: ["ชื่ออปท", "ชื่อองค์กรปกครองส่วนท้องถิ่น", "ชื่อหน่วยงาน", "อปท", "องค์กรปกครองส่วนท้องถิ่น"],
  orgType: ["ประเภทอปท", "ประเภทองค์กรปกครองส่วนท้องถิ่น", "ประเภทหน่วยงาน"],
  district: ["อำเภอ"],
  province: ["จังหวัด"],
  fiscalYear: ["ปีงบประมาณ", "ปีงบประมาณพศ", "ปีงบ"],
  edition: ["ฉบับ", "ฉบับที่", "ฉบับแผน"],
  triggerKind: ["เหตุที่ต้องจัดทำ", "เหตุที่จัดทำ", "เหตุ", "เหตุที่ต้องจัดทำแผน"],
  triggerDate: [
    "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ",
    "วันที่ประกาศใช้เทศบัญญัติงบประมาณ",
    "วันที่ประกาศใช้ข้อบัญญัติ",
    "วันที่ประกาศใช้เทศบัญญัติ",
    "วันที่ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    "วันที่ประกาศใช้งบประมาณ",
    "วันที่ของเหตุ",
  ],
  announceDate: ["วันที่ประกาศแผน", "วันที่ประกาศใช้แผน", "วันที่ประกาศใช้แผนการดำเนินงาน", "วันที่ประกาศ"],
  postDate: ["วันที่ปิดประกาศ", "วันที่ติดประกาศ", "วันปิดประกาศ"],
  signerName: ["ผู้ลงนาม", "ชื่อผู้ลงนาม", "ผู้ลงนามประกาศ"],
  signerPosition: ["ตำแหน่ง", "ตำแหน่งผู้ลงนาม"],
  thaiDigits: ["ใช้เลขไทย", "เลขไทย", "แสดงเลขไทย"],
  rollDeadline: ["เลื่อนวันครบกำหนดตามวันหยุด", "เลื่อนวันครบกำหนด", "เลื่อนตามวันหยุด"],
  trackingRound: ["รอบรายงานผล", "รอบการรายงานผล", "รอบรายงาน", "รอบติดตามผล"],
};

const labelKey = (s: string) => normalizeText(s).replace(/[\s.:：]/g, "");

const LABEL_TO_KEY = new Map<string, SettingKey>();
for (const f of SETTING_FIELDS) {
  LABEL_TO_KEY.set(labelKey(f.label), f.key);
  for (const l of LABELS[f.key]) LABEL_TO_KEY.set(labelKey(l), f.key);
}

/** Closed lists: a cell holding one of their choices is a value, never help. */
const CLOSED_CHOICES: ReadonlySet<SettingKey> = new Set<SettingKey>(["orgType", "triggerKind"]);
const FIELD_OF = new Map(SETTING_FIELDS.map((f) => [f.key, f]));
/** A year alone, as people type it in a value cell ("2569", "พ.ศ. 2569"), not a sentence that mentions one. */
const YEAR_ALONE = /^(?:พ\s*\.?\s*ศ\s*\.?\s*)?\d{4}$/;
/** The earliest date taken for a value (1 Jan 2500 BE): a small number in a General cell is a count, not a date. */
const EARLIEST_VALUE_DATE = "1957-01-01";

/**
 * Whether a cell holds what can only be the value of this setting (help text and notes never
 * do): a year for ปีงบประมาณ, a date for the date rows, a choice of a closed list. Text, free
 * choices and toggles ("-" is ไม่ใช่) could be notes, so they say nothing.
 */
function holdsValue(key: SettingKey, raw: RawValue, numberFormat: string): boolean {
  const field = FIELD_OF.get(key);
  if (!field || isBlank(raw)) return false;
  switch (field.kind) {
    case "year":
      return (typeof raw === "number" ? Number.isInteger(raw) : YEAR_ALONE.test(cellText(raw))) && parseFiscalYear(raw) !== null;
    case "date": {
      const p = parseDate(raw, numberFormat);
      return p.kind === "date" && p.iso >= EARLIEST_VALUE_DATE;
    }
    case "choice":
      return CLOSED_CHOICES.has(key) && (field.choices ?? []).includes(cellText(raw));
    default:
      return false;
  }
}

/**
 * Label/value rows, wherever they sit. The value is in the same place right of every label of the
 * sheet: the next cell after the label (and after its merge), or the one after that when the next
 * column is an empty spacer on every row and the one after it holds values (a year, a date, a
 * choice of a closed list: what help text and notes never are). Deciding per sheet rather than
 * per row keeps an empty value empty instead of reading the help text beside it (OpPlan's own
 * ตั้งค่า: label | value | help), and so does the values test when every value is still empty.
 */
export function readSettings(grid: Grid | null): ReadSettings {
  if (!grid) return { sheet: null, cells: {}, shifted: false };
  const found: { key: SettingKey; row: number; first: number }[] = [];
  const seen = new Set<SettingKey>();
  for (let r = grid.data.originRow; r < grid.rowCount; r++) {
    for (let c = grid.data.originCol; c < Math.min(grid.colCount, 10); c++) {
      const key = LABEL_TO_KEY.get(labelKey(grid.text(r, c)));
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let first = c + 1;
      while (first < c + 4 && grid.isMergedAway(r, first)) first++;
      found.push({ key, row: r, first });
      break;
    }
  }
  const shifted =
    found.length > 0 &&
    found.every((f) => isBlank(grid.raw(f.row, f.first))) &&
    found.some((f) => holdsValue(f.key, grid.raw(f.row, f.first + 1), grid.numberFormat(f.row, f.first + 1)));
  const offset = shifted ? 1 : 0;
  const cells: Partial<Record<SettingKey, SettingCell>> = {};
  for (const { key, row, first } of found) {
    const v = first + offset;
    const raw = grid.raw(row, v);
    cells[key] = { raw, text: cellText(raw), numberFormat: grid.numberFormat(row, v), cell: cellAddress(row, v) };
  }
  return { sheet: grid.name, cells, shifted };
}

/** Buddhist-era fiscal year from what people type: 2568, "พ.ศ. 2568", "๒๕๖๘", or a CE year. */
export function parseFiscalYear(v: RawValue): number | null {
  const m = /(\d{4})/.exec(cellText(v));
  if (!m) return null;
  const y = Number(m[1]);
  if (y >= 2400 && y <= 2700) return y;
  if (y >= 1900 && y <= 2157) return y + 543;
  return null;
}

export function settingDate(s: SettingCell | undefined): { iso: IsoDate | null; invalid: boolean } {
  if (!s || isBlank(s.raw)) return { iso: null, invalid: false };
  const p = parseDate(s.raw, s.numberFormat);
  return p.kind === "date" ? { iso: p.iso, invalid: false } : { iso: null, invalid: p.kind === "invalid" };
}

const YES = /^(ใช่|ใช้|เลื่อน|true|yes|y|1|✓|✔|☑|x|\/|มี|เปิด)$/i;
const NO = /^(ไม่ใช่|ไม่ใช้|ไม่เลื่อน|false|no|n|0|ไม่|ไม่มี|ปิด|-)$/i;

/** A toggle as people type it; blank is off. null when the text says neither. */
export function parseToggle(v: RawValue): boolean | null {
  if (typeof v === "boolean") return v;
  const t = normalizeText(cellText(v)).replace(/\s/g, "");
  if (!t) return false;
  if (NO.test(t)) return false;
  if (YES.test(t)) return true;
  return null;
}
