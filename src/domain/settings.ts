import { EDITION_EXAMPLES, LOCAL_GOVERNMENT_TYPES, TRACKING_ROUNDS, TRIGGER_KINDS } from "./catalog";

/** The label/value rows of the ตั้งค่า sheet, in their order. */
export type SettingKey =
  | "orgName"
  | "orgType"
  | "district"
  | "province"
  | "fiscalYear"
  | "edition"
  | "triggerKind"
  | "triggerDate"
  | "announceDate"
  | "postDate"
  | "signerName"
  | "signerPosition"
  | "thaiDigits"
  | "rollDeadline"
  | "trackingRound";

export type SettingKind = "text" | "date" | "year" | "choice" | "toggle";

export interface SettingField {
  readonly key: SettingKey;
  readonly label: string;
  readonly kind: SettingKind;
  readonly help: string;
  /** Choices for a dropdown; a toggle uses ใช่/ไม่ใช่ */
  readonly choices?: readonly string[];
}

export const SETTING_FIELDS: readonly SettingField[] = [
  { key: "orgName", label: "ชื่อ อปท.", kind: "text", help: "ชื่อไม่ต้องมีคำนำหน้า เช่น บ้านใหม่" },
  {
    key: "orgType",
    label: "ประเภท อปท.",
    kind: "choice",
    help: "ใช้ประกอบชื่อเต็มและตำแหน่งผู้ลงนาม",
    choices: LOCAL_GOVERNMENT_TYPES.map((t) => t.label),
  },
  { key: "district", label: "อำเภอ", kind: "text", help: "ชื่ออำเภอ ไม่ต้องมีคำว่า อำเภอ" },
  { key: "province", label: "จังหวัด", kind: "text", help: "ชื่อจังหวัด ไม่ต้องมีคำว่า จังหวัด" },
  { key: "fiscalYear", label: "ปีงบประมาณ", kind: "year", help: "ปี พ.ศ. เช่น 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)" },
  { key: "edition", label: "ฉบับ", kind: "choice", help: "ฉบับหลัก / เพิ่มเติม ฉบับที่ N / แก้ไข ครั้งที่ N", choices: EDITION_EXAMPLES },
  { key: "triggerKind", label: "เหตุที่ต้องจัดทำ", kind: "choice", help: "เหตุตามระเบียบ ข้อ 27", choices: TRIGGER_KINDS },
  {
    key: "triggerDate",
    label: "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ",
    kind: "date",
    help: "หรือวันที่ของเหตุอื่น (งบเพิ่มเติม เงินสะสม หรือวันที่ได้รับแจ้ง)",
  },
  { key: "announceDate", label: "วันที่ประกาศแผน", kind: "date", help: "วันที่ผู้บริหารท้องถิ่นลงนามประกาศ" },
  { key: "postDate", label: "วันที่ปิดประกาศ", kind: "date", help: "วันที่ติดประกาศให้ประชาชนทราบ" },
  { key: "signerName", label: "ผู้ลงนาม", kind: "text", help: "ชื่อ-สกุลของผู้ลงนามในประกาศ" },
  { key: "signerPosition", label: "ตำแหน่ง", kind: "text", help: "เว้นว่างได้ ระบบจะใช้ตำแหน่งตามประเภท อปท." },
  { key: "thaiDigits", label: "ใช้เลขไทย", kind: "toggle", help: "ใช่ = แสดงตัวเลขในบัญชีและประกาศเป็นเลขไทย" },
  {
    key: "rollDeadline",
    label: "เลื่อนวันครบกำหนดตามวันหยุด",
    kind: "toggle",
    help: "ใช่ = วันครบกำหนดที่ตรงกับวันหยุดเลื่อนไปวันทำการถัดไป (ป.พ.พ. ม.193/8)",
  },
  {
    key: "trackingRound",
    label: "รอบรายงานผล",
    kind: "choice",
    help: "รอบของรายงานผลการดำเนินงาน (ติดตามผล): 12 เดือน หรือ 6 เดือน (ต.ค.–มี.ค.)",
    choices: TRACKING_ROUNDS,
  },
];
