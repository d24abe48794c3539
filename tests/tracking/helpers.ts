import type { PlanModel, PlanProject } from "../../src/domain/planModel";
import { parseEdition } from "../../src/domain/planModel";
import type { CellValue } from "../../src/core/cellValue";
import type { OfficerCell, TrackingEntry, TrackingSheetReading } from "../../src/domain/tracking/types";

export const S1 = "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
export const S2 = "ยุทธศาสตร์การพัฒนาคนและสังคม";
export const P_WORKS = "แผนงานเคหะและชุมชน";
export const P_EDU = "แผนงานการศึกษา";

/** 12 flags, ต.ค. first: months `from`..`to` (0-based fiscal months). */
export const months = (from: number, to: number) => Array.from({ length: 12 }, (_, m) => m >= from && m <= to);
export const NO_MONTHS = months(99, 99);

export function project(over: Partial<PlanProject>): PlanProject {
  return {
    sheet: "โครงการ",
    row: 5,
    name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3",
    detail: "",
    budget: 100_000,
    location: "",
    unit: "กองช่าง",
    strategy: S1,
    plan: P_WORKS,
    kind: "project",
    equipmentType: null,
    months: months(2, 4),
    edition: null,
    placed: { strategy: "label", plan: "label", equipmentType: "label" },
    cells: { strategy: "G5", plan: "H5", equipmentType: "J5" },
    ...over,
  };
}

export function planOf(projects: readonly PlanProject[], over: Partial<PlanModel> = {}): PlanModel {
  return {
    fiscalYear: 2569,
    fiscalYearAssumed: false,
    edition: parseEdition("ฉบับหลัก"),
    orgFullName: "องค์การบริหารส่วนตำบลบ้านใหม่",
    orgFrom: "settings",
    district: "เมือง",
    province: "ขอนแก่น",
    strategies: [
      { name: S1, number: 1 },
      { name: S2, number: 2 },
    ],
    projects,
    thaiDigits: false,
    ...over,
  };
}

const cell = (value: CellValue, col: string, row: number): OfficerCell => ({ value, cell: `${col}${row}` });

/** An entry as readTrackingSheet gives it for OpPlan's own column layout (H สถานะ, I เบิกจ่าย, J, K, L). */
export function entry(
  row: number,
  name: string,
  key: string | null,
  over: { status?: CellValue; disbursed?: CellValue; started?: CellValue; finished?: CellValue; note?: CellValue } = {},
): TrackingEntry {
  return {
    row,
    key,
    name,
    status: cell(over.status ?? null, "H", row),
    disbursed: cell(over.disbursed ?? null, "I", row),
    started: cell(over.started ?? null, "J", row),
    finished: cell(over.finished ?? null, "K", row),
    note: cell(over.note ?? null, "L", row),
    extra: [],
  };
}

export const reading = (entries: TrackingEntry[]): TrackingSheetReading => ({ sheet: "ติดตามผล", headerRow: 4, entries, extraHeaders: [] });
