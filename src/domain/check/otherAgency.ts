import { normalizeText } from "../parse/text";
import type { ProjectRecord } from "../project";
import type { WorkbookReading } from "../read/readWorkbook";

const OTHER_AGENCY = /หน่วยงานอื่น/;

/**
 * Whether a project is another agency's, carried out in the area (ข้อ 26/27: the plan lists them,
 * the development plan need not): only what the workbook says counts, never a guess from a unit's
 * name. Said by its แหล่งงบประมาณ ("หน่วยงานอื่น", as the template's list has it), by the section heading it sits under ("โครงการของหน่วยงานอื่น…"), by the edition it
 * sits under (its ฉบับ cell or the marker row above it) or the sheet's name, or by ตั้งค่า's
 * เหตุที่ต้องจัดทำ ("ได้รับแจ้งจากหน่วยงานอื่น": the whole edition is other agencies' projects).
 */
export function isOtherAgencyProject(p: ProjectRecord, reading: WorkbookReading): boolean {
  const said = [p.source, p.edition ?? "", p.section ?? "", p.sheet, reading.settings.cells.triggerKind?.text ?? ""];
  return said.some((t) => OTHER_AGENCY.test(normalizeText(t).replace(/\s+/g, "")));
}
