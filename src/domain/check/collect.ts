import { sortFindings, type Finding, type FindingCode, type Severity } from "../findings";
import { parseAddressRow } from "./rowOf";

export const SEVERITY: Record<FindingCode, Severity> = {
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
  NOT_IN_DEV_PLAN: "warning",
  NOT_PLANNED_THIS_YEAR: "warning",
  DEV_PLAN_AMBIGUOUS: "warning",
  DEV_PLAN_UNREAD: "warning",
  DEV_PLAN_NOTE: "warning",
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
  BOOK_TEXT_NOTE: "warning",
  DUE_ON_HOLIDAY: "warning",
  ANNOUNCED_AFTER_DUE: "error",
  POSTED_LATE: "error",
  ANNOUNCED_BEFORE_TRIGGER: "error",
  DATE_OUTSIDE_FY: "warning",
  DATE_INVALID: "error",
  TRACK_STATUS_UNKNOWN: "error",
  TRACK_AMOUNT_INVALID: "error",
  TRACK_AMOUNT_NEGATIVE: "error",
  TRACK_OVER_BUDGET: "warning",
  TRACK_DISBURSED_NOT_STARTED: "warning",
  TRACK_DATE_INVALID: "warning",
  TRACK_DROPPED: "info",
  TRACK_BEHIND: "warning",
};

export type Add = (
  code: FindingCode,
  sheet: string,
  cell: string,
  message: string,
  fix: string,
  more?: { severity?: Severity; count?: number; cells?: readonly string[] },
) => void;

/**
 * Collects findings, each thing once: a heading's unknown แผนงาน or type is one thing to fix,
 * however many projects sit under it.
 */
export function collector(): { add: Add; sorted: (sheetOrder: readonly string[]) => Finding[] } {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const add: Add = (code, sheet, cell, message, fix, more = {}) => {
    const key = `${code}\u0000${sheet}\u0000${cell}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      code,
      severity: more.severity ?? SEVERITY[code],
      sheet,
      cell,
      message,
      fix,
      ...(cell ? { row: parseAddressRow(cell) } : {}),
      ...(more.count !== undefined ? { count: more.count, cells: more.cells ?? [] } : {}),
    });
  };
  return { add, sorted: (order) => sortFindings(out, order) };
}

/** Cells a finding about many cells lists by name; its count says how many there are. */
export const FIRST_CELLS = 5;

export const baht = (n: number) => n.toLocaleString("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
