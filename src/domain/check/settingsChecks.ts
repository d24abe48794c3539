import { inEdition, parseEdition } from "../edition";
import { ACTION_HINT } from "../findings";
import { typedText } from "../parse/text";
import type { WorkbookReading } from "../read/readWorkbook";
import { parseFiscalYear, parseToggle, settingDate } from "../read/settingsSheet";
import type { SettingKey } from "../settings";
import { fiscalYearOf } from "../thaiCalendar";
import type { Add } from "./collect";

/** Settings the later steps need, and what each is for. */
const NEEDED: readonly [SettingKey, string, string][] = [
  ["orgName", "ชื่อ อปท.", "ใช้ในหัวบัญชีและประกาศ"],
  ["orgType", "ประเภท อปท.", "ใช้ประกอบชื่อเต็มและตำแหน่งผู้ลงนาม"],
  ["fiscalYear", "ปีงบประมาณ", "ใช้ในหัวบัญชีและการตรวจเดือนดำเนินการ"],
  ["triggerDate", "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", "ใช้คำนวณวันครบกำหนด 30 วัน"],
  ["signerName", "ผู้ลงนาม", "ใช้ในช่องลงนามของประกาศ"],
];

export function checkSettings(r: WorkbookReading, add: Add): void {
  const s = r.settings;
  const sheet = s.sheet ?? "ตั้งค่า";
  const titled = r.orgTitle;
  if (titled && !s.cells.orgName?.text)
    add(
      "ORG_FROM_TITLE",
      titled.sheet,
      titled.cell,
      `ใช้ชื่อ "${titled.fullName}" จากชื่อเรื่องของแผ่นงาน "${titled.sheet}" เป็นชื่อ อปท. ในหัวบัญชีและประกาศ เพราะแผ่นงานตั้งค่าไม่ได้ระบุ`,
      s.sheet ? `ถ้าไม่ถูกต้อง กรอก "ชื่อ อปท." ในแผ่นงานตั้งค่า` : `ถ้าไม่ถูกต้อง ${ACTION_HINT.template}แล้วกรอกชื่อ อปท. ในแผ่นงานตั้งค่า`,
    );
  checkEdition(r, add);
  if (!s.cells.orgName?.text && !titled && r.projects.length > 0)
    add(
      "SETTINGS_MISSING",
      sheet,
      s.cells.orgName?.cell ?? "",
      "ไม่ทราบชื่อ อปท.: แผ่นงานตั้งค่าและชื่อเรื่องของรายการโครงการไม่ได้ระบุ หัวบัญชีจึงไม่มีชื่อ อปท. และจะไม่เขียนปก ประกาศ คำนำ สารบัญ และส่วนที่ 1 (เขียนเฉพาะบัญชี ผด.)",
      s.sheet ? 'กรอก "ชื่อ อปท." และ "ประเภท อปท." ในแผ่นงานตั้งค่า' : `${ACTION_HINT.template}เพื่อเพิ่มแผ่นงานตั้งค่า แล้วกรอกชื่อ อปท.`,
    );
  if (!s.sheet) {
    add("SETTINGS_MISSING", sheet, "", "ไม่มีแผ่นงานตั้งค่า (ชื่อ อปท. ปีงบประมาณ วันที่ประกาศใช้ข้อบัญญัติ ผู้ลงนาม)", `${ACTION_HINT.template}เพื่อเพิ่มแผ่นงานตั้งค่า แล้วกรอกข้อมูล`);
    return;
  }
  for (const [key, label, why] of NEEDED) {
    const c = s.cells[key];
    if (c?.text) continue;
    // A name the titles give is used (ORG_FROM_TITLE says so), one given nowhere is an error of its
    // own (above); a year stated nowhere is FY_ASSUMED's to tell; the other settings are still missing.
    if (key === "orgName" && (titled || r.projects.length > 0)) continue;
    if (key === "fiscalYear" && r.fiscalYear === null && r.projects.length > 0) continue;
    add("SETTINGS_MISSING", sheet, c?.cell ?? "", `ยังไม่ได้กรอก "${label}" ในแผ่นงานตั้งค่า (${why})`, `กรอก "${label}" ในแผ่นงานตั้งค่า`);
  }
  const fy = s.cells.fiscalYear;
  if (fy?.text && parseFiscalYear(fy.raw) === null) add("SETTINGS_MISSING", sheet, fy.cell, `อ่านปีงบประมาณ "${typedText(fy.raw)}" ไม่ได้`, "กรอกปี พ.ศ. 4 หลัก เช่น 2569");
  for (const key of ["triggerDate", "announceDate", "postDate"] as const) {
    const c = s.cells[key];
    const d = settingDate(c);
    if (d.invalid) add("SETTINGS_MISSING", sheet, c!.cell, `อ่านวันที่ "${typedText(c!.raw)}" ไม่ได้`, "กรอกเป็นวันที่ของ Excel หรือพิมพ์ เช่น 16 ก.ย. 2567");
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
      add("SETTINGS_MISSING", sheet, c.cell, `ค่า "${typedText(c.raw)}" ของ ${key === "thaiDigits" ? "ใช้เลขไทย" : "เลื่อนวันครบกำหนดตามวันหยุด"} ไม่ชัดเจน`, "กรอก ใช่ หรือ ไม่ใช่");
  }
}

/** A supplement lists only the rows marked for it: with none marked, its forms would be empty. */
function checkEdition(r: WorkbookReading, add: Add): void {
  const c = r.settings.cells.edition;
  const edition = parseEdition(c?.text ?? "");
  if (edition.kind !== "supplement" || r.projects.length === 0) return;
  if (r.projects.some((p) => inEdition(p.edition, edition))) return;
  const name = `เพิ่มเติม ${edition.number !== null ? `ฉบับที่ ${edition.number}` : ""}`.trim();
  add(
    "EDITION_EMPTY",
    r.settings.sheet ?? "ตั้งค่า",
    c?.cell ?? "",
    `แผ่นงานตั้งค่าระบุฉบับ "${typedText(c?.raw ?? null)}" แต่ไม่มีแถวโครงการใดระบุว่าอยู่ในฉบับนี้ บัญชีฉบับเพิ่มเติมจึงไม่มีโครงการ`,
    `ทำเครื่องหมายแถวของฉบับนี้: ใส่แถว "${name}" เหนือโครงการของฉบับนี้ หรือเพิ่มคอลัมน์ "ฉบับ" แล้วกรอก "${name}" ในแถวของฉบับนี้ (ถ้าจะทำฉบับหลัก ให้แก้ฉบับในแผ่นงานตั้งค่าเป็น "ฉบับหลัก")`,
  );
}
