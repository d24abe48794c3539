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
}

export interface CheckProgress {
  readonly stage: "read" | "check";
  readonly done: number;
  readonly total: number;
}
