import type { PlanModel } from "../../domain/planModel";
import { FORM_SHEET_NAMES } from "../../core/sheetNames";
import type { SheetSpec } from "../../core/sheetSpec";
import { equipmentGroups, projectGroups } from "./blocks";
import { formContext, groupTitle, type FormOptions } from "./common";
import { buildProjectList, LIST_MARKER_COLUMN } from "./projectList";
import { buildSummary, SUMMARY_MARKER_COLUMN } from "./summary";

export { pd01Figures, type SummaryFigures } from "./summary";
export type { FormOptions } from "./common";

/** Column left free in row 0 of each form for OpPlan's marker (outside the print area, hidden). */
export const MARKER_COLUMN: Readonly<Record<(typeof FORM_SHEET_NAMES)[number], number>> = {
  "ผด.01": SUMMARY_MARKER_COLUMN,
  "ผด.02": LIST_MARKER_COLUMN,
  "ผด.02-1": LIST_MARKER_COLUMN,
};

/** Each form's name as the สารบัญ lists it: its label and title. */
export const FORM_TITLES: Readonly<Record<(typeof FORM_SHEET_NAMES)[number], string>> = {
  "ผด.01": "แบบ ผด.01 บัญชีสรุปจำนวนโครงการและงบประมาณ",
  "ผด.02": "แบบ ผด.02 บัญชีโครงการ/กิจกรรม/งบประมาณ",
  "ผด.02-1": "แบบ ผด.02/1 บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น",
};

/** report specs: the three forms of ส่วนที่ 2, ready to write. */
export function buildForms(plan: PlanModel, options: FormOptions = {}): SheetSpec[] {
  const ctx = formContext(plan, options);
  return [
    buildSummary(ctx),
    buildProjectList(
      ctx,
      {
        sheet: "ผด.02",
        label: "แบบ ผด.02",
        title: "บัญชีโครงการ/กิจกรรม/งบประมาณ",
        nameHeader: "โครงการ",
        detailHeader: "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
        groupHeading: groupTitle,
        emptyText: "ไม่มีโครงการ",
      },
      projectGroups(plan),
    ),
    buildProjectList(
      ctx,
      {
        sheet: "ผด.02-1",
        label: "แบบ ผด.02/1",
        title: "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น",
        nameHeader: "ครุภัณฑ์",
        detailHeader: "รายละเอียดของครุภัณฑ์",
        groupHeading: (name, n) => `${n}. ${name}`,
        emptyText: "ไม่มีรายการครุภัณฑ์",
      },
      equipmentGroups(plan),
    ),
  ];
}
