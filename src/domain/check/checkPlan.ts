import { cellAddress } from "../../workbook/address";
import { EQUIPMENT_TYPES } from "../catalog";
import { sortFindings, type Finding, type FindingCode, type Severity } from "../findings";
import { parseAddressRow } from "./rowOf";
import { matchPlan } from "../planNames";
import { suggestPlan } from "./planSuggestion";
import type { ProjectRecord } from "../project";
import { matchStrategy } from "../strategyNames";
import type { WorkbookReading } from "../read/readWorkbook";
import { parseFiscalYear, parseToggle, settingDate } from "../read/settingsSheet";
import type { SettingKey } from "../settings";
import { fiscalYearOf } from "../thaiCalendar";
import { findDuplicates } from "./duplicates";
import { normalizeText } from "../parse/text";

const SEVERITY: Record<FindingCode, Severity> = {
  HEADER_NOT_FOUND: "error",
  FIVE_YEAR_PLAN_SHEET: "error",
  NAME_MISSING: "error",
  BUDGET_MISSING: "error",
  BUDGET_INVALID: "error",
  BUDGET_NEGATIVE: "error",
  BUDGET_AS_TEXT: "info",
  MONTHS_MISSING: "warning",
  MONTHS_OUTSIDE_FY: "warning",
  MONTHS_REVERSED: "warning",
  UNKNOWN_PLAN: "warning",
  UNKNOWN_STRATEGY: "warning",
  UNIT_MISSING: "warning",
  DUPLICATE_PROJECT: "warning",
  EQUIPMENT_TYPE_MISSING: "warning",
  EQUIPMENT_TYPE_UNKNOWN: "warning",
  TOTAL_MISMATCH: "error",
  FY_MISMATCH: "error",
  FORMULA_LIKE_TEXT: "warning",
  SETTINGS_MISSING: "warning",
  CELL_ERROR: "warning",
  CLASS_CONFLICT: "warning",
  FY_ASSUMED: "warning",
  HIDDEN_SHEET: "info",
  HIDDEN_ROW: "warning",
  BUDGET_COLUMN: "info",
  PROJECTS_WITHOUT_HEADER: "warning",
  NO_PROJECTS: "error",
  EDITION_EMPTY: "error",
  PLACED_BY_SUGGESTION: "info",
  UNCLASSIFIED: "warning",
  ORG_FROM_TITLE: "info",
  DUE_ON_HOLIDAY: "warning",
  ANNOUNCED_AFTER_DUE: "error",
  POSTED_LATE: "error",
  ANNOUNCED_BEFORE_TRIGGER: "error",
  DATE_OUTSIDE_FY: "warning",
  DATE_INVALID: "error",
};

const baht = (n: number) => n.toLocaleString("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Settings the later steps need, and what each is for. */
const NEEDED: readonly [SettingKey, string][] = [
  ["orgName", "ใช้ในหัวบัญชีและประกาศ"],
  ["orgType", "ใช้ประกอบชื่อเต็มและตำแหน่งผู้ลงนาม"],
  ["fiscalYear", "ใช้ในหัวบัญชีและการตรวจเดือนดำเนินการ"],
  ["triggerDate", "ใช้คำนวณวันครบกำหนด 30 วัน"],
  ["signerName", "ใช้ในช่องลงนามของประกาศ"],
];

const LABEL: Record<string, string> = {
  name: "ชื่อโครงการ",
  detail: "รายละเอียด",
  location: "สถานที่ดำเนินการ",
  unit: "หน่วยงานรับผิดชอบ",
  strategy: "ยุทธศาสตร์",
  plan: "แผนงาน",
  source: "แหล่งงบประมาณ",
  equipmentType: "ประเภทครุภัณฑ์",
};

/** Every check over what was read. Read-only: it reports, it never corrects. */
export function checkPlan(reading: WorkbookReading): Finding[] {
  const out: Finding[] = [];
  // A heading's unknown แผนงาน or type is one thing to fix, however many projects sit under it.
  const seen = new Set<string>();
  const add: Add = (code, sheet, cell, message, fix, severity = SEVERITY[code]) => {
    const key = `${code}\u0000${sheet}\u0000${cell}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ code, severity, sheet, cell, message, fix, ...(cell ? { row: parseAddressRow(cell) } : {}) });
  };

  checkSheets(reading, add);
  checkSettings(reading, add);
  // When a month header names the wrong year, that one cell is the finding, not every row under it.
  const wrongHeader = new Set(
    reading.projectSheets.filter((s) => s.headerYear && reading.fiscalYear !== null && s.headerYear.year !== reading.fiscalYear).map((s) => s.name),
  );
  for (const p of reading.projects) checkProject(p, reading, add, wrongHeader);
  for (const s of reading.projectSheets) {
    for (const t of s.rows.totals) checkTotal(s.name, t.cell, t.stated, t.covers, add);
    for (const e of s.rows.cellErrors)
      add("CELL_ERROR", s.name, e.cell, `เซลล์ ${e.cell} แสดงค่าผิดพลาด ${e.value} จากสูตร`, "แก้สูตรในเซลล์นี้ หรือพิมพ์ค่าลงไปแทนสูตร");
  }
  for (const [later, earlier] of findDuplicates(reading.projects)) {
    const where = later.sheet === earlier.sheet ? `แถว ${earlier.row + 1}` : `แผ่นงาน ${earlier.sheet} แถว ${earlier.row + 1}`;
    add(
      "DUPLICATE_PROJECT",
      later.sheet,
      later.cells.name ?? cellAddress(later.row, 0),
      `โครงการ "${clip(later.name)}" ซ้ำกับ${where}${later.name !== earlier.name ? ` ("${clip(earlier.name)}")` : ""}`,
      "ลบแถวที่ซ้ำ หรือแก้ชื่อ/รายละเอียดให้เห็นว่าเป็นคนละโครงการ",
    );
  }
  return sortFindings(out, reading.sheetOrder);
}

type Add = (code: FindingCode, sheet: string, cell: string, message: string, fix: string, severity?: Severity) => void;

function checkSheets(r: WorkbookReading, add: Add): void {
  for (const s of r.skipped) {
    if (s.reason === "five-year-plan") {
      const col = s.header!.yearBudgetColumns[0];
      add(
        "FIVE_YEAR_PLAN_SHEET",
        s.name,
        cellAddress(s.header!.bottom, col),
        `แผ่นงาน "${s.name}" มีงบประมาณแยกเป็นรายปีหลายปี เป็นแบบ ผ.02 ของแผนพัฒนาท้องถิ่น ไม่ใช่บัญชีโครงการของแผนการดำเนินงาน จึงไม่ได้อ่านแถวในแผ่นงานนี้`,
        "คัดเฉพาะโครงการที่จะดำเนินการจริงในปีงบประมาณนี้ พร้อมงบประมาณปีนี้ ลงในแผ่นงานโครงการ (สร้างได้จากปุ่มสร้างแม่แบบ)",
      );
    }
  }
  if (r.projectSheets.length === 0) {
    add(
      "HEADER_NOT_FOUND",
      r.skipped[0]?.name ?? r.sheetOrder[0] ?? "",
      "",
      "ไม่พบแผ่นงานที่มีหัวตารางโครงการ (ต้องมีคอลัมน์ชื่อโครงการและคอลัมน์งบประมาณภายใน 30 แถวแรก)",
      "ใส่หัวคอลัมน์ เช่น \"โครงการ\" และ \"งบประมาณ (บาท)\" เหนือรายการโครงการ หรือกดสร้างแม่แบบแล้วกรอกในแผ่นงานโครงการ",
    );
  }
  for (const s of r.skipped)
    if (s.reason === "no-header" && r.projectSheets.length > 0)
      // Workbooks hold covers, announcements and notes beside the project sheets: skipping
      // one is worth knowing, not an error, once some sheet does hold projects.
      add(
        "HEADER_NOT_FOUND",
        s.name,
        "",
        `แผ่นงาน "${s.name}" ไม่มีหัวตารางโครงการ จึงไม่ได้อ่าน`,
        "ถ้าแผ่นงานนี้มีโครงการ ให้ใส่หัวคอลัมน์ \"โครงการ\" และ \"งบประมาณ\"",
        "info",
      );
  for (const s of r.projectSheets) {
    if (s.rows.projects.length === 0) continue;
    // The month header and the title are two cells to correct: each is reported.
    for (const y of [s.headerYear, s.titleYear]) {
      if (!y || r.fiscalYear === null || y.year === r.fiscalYear) continue;
      add(
        "FY_MISMATCH",
        s.name,
        cellAddress(y.row, y.col),
        `หัวตารางระบุปีงบประมาณ พ.ศ. ${y.year} แต่แผนนี้เป็นปีงบประมาณ พ.ศ. ${r.fiscalYear}${r.fiscalYearFrom === "settings" ? " (ตามแผ่นงานตั้งค่า)" : ""}`,
        "แก้ปีให้ตรงกัน: ปีงบประมาณ พ.ศ. 25xx เริ่ม 1 ต.ค. ของปีก่อนหน้า เดือน ต.ค.–ธ.ค. อยู่ใต้ปี พ.ศ. ก่อนหน้า",
      );
    }
  }
}

function checkSettings(r: WorkbookReading, add: Add): void {
  const s = r.settings;
  const sheet = s.sheet ?? "ตั้งค่า";
  if (!s.sheet) {
    add("SETTINGS_MISSING", sheet, "", "ไม่มีแผ่นงานตั้งค่า (ชื่อ อปท. ปีงบประมาณ วันที่ประกาศใช้ข้อบัญญัติ ผู้ลงนาม)", "กดสร้างแม่แบบเพื่อเพิ่มแผ่นงานตั้งค่า แล้วกรอกข้อมูล");
    return;
  }
  for (const [key, why] of NEEDED) {
    const c = s.cells[key];
    if (!c || !c.text) {
      const label = { orgName: "ชื่อ อปท.", orgType: "ประเภท อปท.", fiscalYear: "ปีงบประมาณ", triggerDate: "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", signerName: "ผู้ลงนาม" }[key as string];
      add("SETTINGS_MISSING", sheet, c?.cell ?? "", `ยังไม่ได้กรอก "${label}" ในแผ่นงานตั้งค่า (${why})`, `กรอก "${label}" ในแผ่นงานตั้งค่า`);
    }
  }
  const fy = s.cells.fiscalYear;
  if (fy?.text && parseFiscalYear(fy.raw) === null)
    add("SETTINGS_MISSING", sheet, fy.cell, `อ่านปีงบประมาณ "${fy.text}" ไม่ได้`, "กรอกปี พ.ศ. 4 หลัก เช่น 2569");
  for (const key of ["triggerDate", "announceDate", "postDate"] as const) {
    const c = s.cells[key];
    const d = settingDate(c);
    if (d.invalid) add("SETTINGS_MISSING", sheet, c!.cell, `อ่านวันที่ "${c!.text}" ไม่ได้`, "กรอกเป็นวันที่ของ Excel หรือพิมพ์ เช่น 16 ก.ย. 2567");
  }
  const trigger = settingDate(s.cells.triggerDate).iso;
  if (trigger && r.fiscalYear !== null) {
    const fyOfTrigger = fiscalYearOf(trigger);
    if (fyOfTrigger !== r.fiscalYear && fyOfTrigger !== r.fiscalYear - 1)
      add(
        "FY_MISMATCH",
        sheet,
        s.cells.triggerDate!.cell,
        `วันที่ประกาศใช้ข้อบัญญัติงบประมาณอยู่ในปีงบประมาณ พ.ศ. ${fyOfTrigger} ไม่สอดคล้องกับแผนปีงบประมาณ พ.ศ. ${r.fiscalYear}`,
        "ตรวจปี พ.ศ. ของวันที่ หรือของปีงบประมาณในแผ่นงานตั้งค่า",
      );
  }
  for (const key of ["thaiDigits", "rollDeadline"] as const) {
    const c = s.cells[key];
    if (c && parseToggle(c.raw) === null)
      add("SETTINGS_MISSING", sheet, c.cell, `ค่า "${c.text}" ของ ${key === "thaiDigits" ? "ใช้เลขไทย" : "เลื่อนวันครบกำหนดตามวันหยุด"} ไม่ชัดเจน`, "กรอก ใช่ หรือ ไม่ใช่");
  }
}

function checkProject(p: ProjectRecord, r: WorkbookReading, add: Add, wrongHeader: ReadonlySet<string>): void {
  const at = (f: string) => p.cells[f] ?? cellAddress(p.row, 0);
  const what = p.name ? `"${clip(p.name)}"` : `แถว ${p.row + 1}`;
  if (!p.name) add("NAME_MISSING", p.sheet, at("name"), `แถว ${p.row + 1} มีข้อมูลแต่ไม่มีชื่อโครงการ`, "กรอกชื่อโครงการ หรือลบแถวนี้ถ้าไม่ใช่โครงการ");

  const b = p.budget;
  if (b.kind === "empty") add("BUDGET_MISSING", p.sheet, at("budget"), `โครงการ ${what} ไม่มีงบประมาณ`, "กรอกงบประมาณเป็นตัวเลข (บาท) ถ้าไม่ใช้งบประมาณให้ใส่ 0");
  else if (b.kind === "invalid" || b.kind === "error")
    add("BUDGET_INVALID", p.sheet, at("budget"), `อ่านงบประมาณ "${b.text}" ของโครงการ ${what} เป็นตัวเลขไม่ได้`, "กรอกงบประมาณเป็นตัวเลขจำนวนเดียว เช่น 150000");
  else if (b.value < 0) add("BUDGET_NEGATIVE", p.sheet, at("budget"), `งบประมาณของโครงการ ${what} ติดลบ (${baht(b.value)} บาท)`, "กรอกงบประมาณเป็นจำนวนบวก");
  else if (b.kind === "text" || b.kind === "dash")
    add("BUDGET_AS_TEXT", p.sheet, at("budget"), `งบประมาณ "${b.text}" พิมพ์เป็นข้อความ อ่านได้เป็น ${baht(b.value)} บาท`, "ถ้าถูกต้องไม่ต้องแก้ หรือพิมพ์ใหม่เป็นตัวเลขเพื่อให้ Excel รวมยอดได้");

  // With nothing read, point at where the months belong on this sheet, not at column A.
  const monthField =
    p.monthsFrom === "period" ? "period" : p.monthsFrom === "range" ? "start" : p.monthsFrom === "columns" ? "months" : (["months", "period", "start", "end"].find((f) => p.cells[f]) ?? "months");
  const monthCell = at(monthField);
  if (p.monthsInvalid) add("MONTHS_MISSING", p.sheet, monthCell, `อ่านระยะเวลาดำเนินการของโครงการ ${what} ไม่ได้`, "เขียนเป็น เช่น ต.ค. 67 - ก.ย. 68 หรือทำเครื่องหมายในช่องเดือน");
  else if (!p.months.some(Boolean) && !p.monthsOutsideFy)
    add("MONTHS_MISSING", p.sheet, monthCell, `โครงการ ${what} ไม่ได้ระบุเดือนที่ดำเนินการ`, "ทำเครื่องหมาย ✓ หรือระบายสีในช่องเดือนที่ดำเนินการ");
  if (p.monthsOutsideFy && !(p.monthsFrom === "columns" && wrongHeader.has(p.sheet)))
    add("MONTHS_OUTSIDE_FY", p.sheet, monthCell, `โครงการ ${what} มีเดือนดำเนินการนอกปีงบประมาณ พ.ศ. ${r.fiscalYear ?? ""}`, "ระบุเฉพาะเดือน ต.ค.–ก.ย. ของปีงบประมาณนี้");
  if (p.monthsReversed) add("MONTHS_REVERSED", p.sheet, monthCell, `ระยะเวลาของโครงการ ${what} เดือนสิ้นสุดมาก่อนเดือนเริ่มต้น`, "สลับเดือนเริ่มต้นและเดือนสิ้นสุด");

  if (p.plan) {
    if (!matchPlan(p.plan.text)) {
      const near = suggestPlan(p.plan.text);
      add("UNKNOWN_PLAN", p.sheet, p.plan.cell, `ไม่รู้จักแผนงาน "${clip(p.plan.text)}"`, near ? `ใช้ชื่อแผนงานมาตรฐาน: ${near.name}` : "เลือกแผนงานจากรายการ");
    }
  }
  if (p.strategy && r.strategies.strategies.length && !matchStrategy(p.strategy.text, r.strategies.strategies))
    add(
      "UNKNOWN_STRATEGY",
      p.sheet,
      p.strategy.cell,
      `ไม่พบยุทธศาสตร์ "${clip(p.strategy.text)}" ในแผ่นงาน${r.strategies.sheet ?? "ยุทธศาสตร์"}`,
      "ใช้ชื่อหรือลำดับยุทธศาสตร์ตามแผ่นงานยุทธศาสตร์ หรือเพิ่มยุทธศาสตร์นี้ในแผ่นงานยุทธศาสตร์",
    );
  if (!p.unit) add("UNIT_MISSING", p.sheet, at("unit"), `โครงการ ${what} ไม่ระบุหน่วยงานรับผิดชอบหลัก`, "กรอกหน่วยงาน เช่น กองช่าง สำนักปลัด หรือชื่อหน่วยงานอื่นที่ดำเนินการ");

  if (p.kind === "equipment") {
    if (!p.equipmentType)
      add("EQUIPMENT_TYPE_MISSING", p.sheet, at("equipmentType"), `ครุภัณฑ์ ${what} ไม่ระบุประเภทครุภัณฑ์`, "เลือกประเภท เช่น ครุภัณฑ์สำนักงาน ครุภัณฑ์คอมพิวเตอร์");
    else if (!equipmentTypeOf(p.equipmentType.text))
      add("EQUIPMENT_TYPE_UNKNOWN", p.sheet, p.equipmentType.cell, `ไม่รู้จักประเภทครุภัณฑ์ "${clip(p.equipmentType.text)}"`, `เลือกจากรายการ: ${EQUIPMENT_TYPES.slice(0, 4).join(", ")} ฯลฯ`);
  }
  for (const [field, text] of Object.entries(p.rawTexts)) {
    if (field === "budget" || field === "no") continue;
    const t = text.trimStart();
    if (/^[=+@]/.test(t) || /^-\s*\S/.test(t))
      add(
        "FORMULA_LIKE_TEXT",
        p.sheet,
        p.cells[field],
        `${LABEL[field] ?? field} "${clip(t)}" ขึ้นต้นด้วย ${t[0]} ซึ่ง Excel อาจตีความเป็นสูตร`,
        "ลบเครื่องหมายนำหน้าออก (OpPlan จะเขียนเป็นข้อความเสมอ)",
      );
  }
}

/** A typed equipment type resolved to the standard one (with or without the word ครุภัณฑ์). */
export function equipmentTypeOf(text: string): string | null {
  const key = normalizeText(text)
    .replace(/^(?:\d+(?:\.\d+)*\s*[.)]?\s*)?(?:ประเภท)?/, "")
    .replace(/\s/g, "")
    .replace(/^ครุภัณฑ์/, "");
  return EQUIPMENT_TYPES.find((t) => t.replace(/^ครุภัณฑ์/, "") === key) ?? null;
}

function checkTotal(sheet: string, cell: string, stated: ProjectRecord["budget"], covers: readonly ProjectRecord[], add: Add): void {
  if (stated.kind === "empty" || stated.kind === "invalid" || stated.kind === "error" || covers.length === 0) return;
  const sum = covers.reduce((s, p) => s + ("value" in p.budget ? p.budget.value : 0), 0);
  if (Math.abs(sum - stated.value) > 0.005)
    add(
      "TOTAL_MISMATCH",
      sheet,
      cell,
      `ยอดรวม ${baht(stated.value)} บาท ไม่เท่ากับผลรวมของ ${covers.length} โครงการข้างบน (${baht(sum)} บาท)`,
      `แก้ยอดรวมเป็น ${baht(sum)} บาท หรือตรวจงบประมาณของแต่ละโครงการ`,
    );
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
