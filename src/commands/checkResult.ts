import type { Finding } from "../domain/findings";
import type { CheckSummary } from "../domain/check/summary";

export type { CheckSummary, GroupTotal } from "../domain/check/summary";

export interface CheckResult {
  /** Sorted by sheet, row, severity. */
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
  /** Sheets whose rows were read as projects. */
  readonly projectSheets: readonly string[];
  /** The findings that leave nothing to build forms from (no list, no row, an empty supplement); empty when there is a plan. */
  readonly refused: readonly Finding[];
  /** The development plan the projects were checked against; null without one (absent in results made by hand). */
  readonly devPlan?: DevPlanSummary | null;
}

export interface DevPlanSummary {
  readonly origin: "workbook" | "file";
  /** Its ผ.02-family sheets that were read, in workbook order. */
  readonly sheets: readonly string[];
  readonly entries: number;
  /** พ.ศ. it covers */
  readonly years: readonly number[];
}

export interface CheckProgress {
  readonly stage: "read" | "check";
  readonly done: number;
  readonly total: number;
}
