import { cellAddress } from "../../core/address";
import type { Finding } from "../findings";
import type { WorkbookReading } from "../read/readWorkbook";
import { clip, collector } from "./collect";
import { checkDevPlan } from "./devPlanChecks";
import { findDuplicates } from "./duplicates";
import { checkProjects } from "./projectChecks";
import { checkSettings } from "./settingsChecks";
import { checkSheets } from "./sheetChecks";
import { checkTotals } from "./totals";

/**
 * Every check over what was read. Read-only: it reports, it never corrects. `today` decides the
 * fiscal year assumed when the workbook states none (FY_ASSUMED says so).
 */
export function checkPlan(reading: WorkbookReading, today: Date = new Date()): Finding[] {
  const { add, sorted } = collector();
  checkSheets(reading, add, today);
  checkSettings(reading, add);
  checkProjects(reading, add);
  checkTotals(reading, add);
  checkDevPlan(reading, add, today);
  // The book is still built: a section it cannot read is printed from OpPlan's defaults.
  for (const n of reading.bookTextNotes) add("BOOK_TEXT_NOTE", n.sheet, n.cell, n.message, n.fix);
  for (const s of reading.projectSheets)
    for (const e of s.rows.cellErrors) add("CELL_ERROR", s.name, e.cell, `เซลล์ ${e.cell} แสดงค่าผิดพลาด ${e.value} จากสูตร`, "แก้สูตรในเซลล์นี้ หรือพิมพ์ค่าลงไปแทนสูตร");
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
  return sorted(reading.sheetOrder);
}
