import { cellAddress } from "../../workbook/address";
import type { RawValue } from "../../workbook/port";
import { parseDate } from "../parse/dates";
import { cellText, isBlank, normalizeText } from "../parse/text";
import type { IsoDate } from "../localDate";
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
};

const labelKey = (s: string) => normalizeText(s).replace(/[\s.:：]/g, "");

const LABEL_TO_KEY = new Map<string, SettingKey>();
for (const f of SETTING_FIELDS) {
  LABEL_TO_KEY.set(labelKey(f.label), f.key);
  for (const l of LABELS[f.key]) LABEL_TO_KEY.set(labelKey(l), f.key);
}

export const SETTINGS_SHEET_NAMES = ["ตั้งค่า", "ตั้งค่าแผน", "การตั้งค่า", "settings"];

/**
 * Label/value rows, wherever they sit. The value is in the same place right of every label of the
 * sheet: the next cell after the label (and after its merge), or the one after that when the next
 * column is an empty spacer on every row. Deciding per sheet rather than per row keeps an empty
 * value empty instead of reading the help text beside it (OpPlan's own ตั้งค่า: label | value | help).
 */
export function readSettings(grid: Grid | null): ReadSettings {
  if (!grid) return { sheet: null, cells: {} };
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
  const offset = found.some((f) => !isBlank(grid.raw(f.row, f.first))) ? 0 : 1;
  const cells: Partial<Record<SettingKey, SettingCell>> = {};
  for (const { key, row, first } of found) {
    const v = first + offset;
    const raw = grid.raw(row, v);
    cells[key] = { raw, text: cellText(raw), numberFormat: grid.numberFormat(row, v), cell: cellAddress(row, v) };
  }
  return { sheet: grid.name, cells };
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
