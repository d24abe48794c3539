/** What the checks report: stable codes, a severity, where, and what to do, in Thai. */

export type Severity = "error" | "warning" | "info";

export const FINDING_CODES = [
  "HEADER_NOT_FOUND",
  "FIVE_YEAR_PLAN_SHEET",
  "NAME_MISSING",
  "BUDGET_MISSING",
  "BUDGET_INVALID",
  "BUDGET_NEGATIVE",
  "BUDGET_AS_TEXT",
  "MONTHS_MISSING",
  "MONTHS_OUTSIDE_FY",
  "MONTHS_REVERSED",
  "UNKNOWN_PLAN",
  "UNKNOWN_STRATEGY",
  "UNIT_MISSING",
  "DUPLICATE_PROJECT",
  "EQUIPMENT_TYPE_MISSING",
  "EQUIPMENT_TYPE_UNKNOWN",
  "TOTAL_MISMATCH",
  "FY_MISMATCH",
  "FORMULA_LIKE_TEXT",
  "SETTINGS_MISSING",
  "CELL_ERROR",
  "CLASS_CONFLICT",
  // The development plan (แผนพัฒนาท้องถิ่น, ผ.02) against this year's projects: only when there is one.
  "NOT_IN_DEV_PLAN",
  "NOT_PLANNED_THIS_YEAR",
  "DEV_PLAN_AMBIGUOUS",
  "DEV_PLAN_UNREAD",
  "DEV_PLAN_NOTE",
  // What the reader decided where the workbook was not plain about it, and what it left out.
  "FY_ASSUMED",
  "HIDDEN_SHEET",
  "HIDDEN_ROW",
  "BUDGET_COLUMN",
  "PROJECTS_WITHOUT_HEADER",
  "NO_PROJECTS",
  "EDITION_EMPTY",
  "PLACED_BY_SUGGESTION",
  "UNCLASSIFIED",
  "ORG_FROM_TITLE",
  // The book's editable text (ข้อความเล่มแผน): what its reader could not take as written.
  "BOOK_TEXT_NOTE",
  // The announcement's dates (ประกาศ, src/domain/deadlines.ts), not the check's.
  "DUE_ON_HOLIDAY",
  "ANNOUNCED_AFTER_DUE",
  "POSTED_LATE",
  "ANNOUNCED_BEFORE_TRIGGER",
  "DATE_OUTSIDE_FY",
  "DATE_INVALID",
  // ติดตามผล (src/domain/tracking/figures.ts): the officer's entries through the year.
  "TRACK_STATUS_UNKNOWN",
  "TRACK_AMOUNT_INVALID",
  "TRACK_AMOUNT_NEGATIVE",
  "TRACK_OVER_BUDGET",
  "TRACK_DISBURSED_NOT_STARTED",
  "TRACK_DATE_INVALID",
  "TRACK_DROPPED",
  "TRACK_BEHIND",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell to look at; "" when the finding is about the workbook as a whole. */
  readonly cell: string;
  /** Thai, for a planning officer. */
  readonly message: string;
  /** Thai, what to do. */
  readonly fix: string;
  /** Sheet row (1-based, as Excel shows it) the finding belongs to, for grouping. */
  readonly row?: number;
  /**
   * One finding for the same thing on many cells (a budget typed as text on 300 rows): how many,
   * and the first few cells (`cell` is the first).
   */
  readonly count?: number;
  readonly cells?: readonly string[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  const sheetRank = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...findings].sort(
    (a, b) =>
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}

export const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === "error");

/**
 * How a finding's fix names one of OpPlan's steps: by the pane's button, in exactly these words,
 * so that the CLI can say its command instead (src/cli/hints.ts).
 */
export const ACTION_HINT = {
  template: "กดปุ่มสร้างแม่แบบ",
  classify: "กดปุ่มจัดหมวดหมู่",
  settings: "แก้ในแผงตั้งค่าแผน",
} as const;
