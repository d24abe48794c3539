/**
 * What ติดตามผล (trackPlan) reports to the ribbon, the pane, the CLI and the web page. Kept apart
 * from the command so that the pane can show a result without loading the readers and builders.
 */
import type { IsoDate } from "../core/localDate";
import type { Finding } from "../domain/findings";
import type { Round, TrackingSummary } from "../domain/tracking/types";
import type { PlanSource } from "./checkWorkbook";

export interface TrackProgress {
  readonly stage: "read" | "merge" | "write";
  readonly done: number;
  readonly total: number;
}

export interface TrackOutcome {
  /** Sheets written, in order: ติดตามผล then รายงานผล (or their "(OpPlan)" names); [] when refused or cancelled. */
  readonly written: readonly string[];
  /** The tracking sheet's name as written (or as it would be). */
  readonly trackingSheet: string;
  readonly reportSheet: string;
  /** How the entries were carried over: found by key, by name, projects new to the sheet, rows kept though no longer in the plan. */
  readonly rows: { readonly total: number; readonly byKey: number; readonly byName: number; readonly added: number; readonly dropped: number };
  /** The figures; null when the plan could not be read (refused). */
  readonly tracking: TrackingSummary | null;
  /** What the entries gave to think about (an amount over budget, a date unread, a project behind schedule). */
  readonly findings: readonly Finding[];
  /** Why nothing was written (a สถานะ or an amount that cannot be read, no projects); empty when written. */
  readonly refused: readonly Finding[];
  /** A report edited by hand and replaced because the user agreed. */
  readonly replacedEdited: readonly string[];
  readonly cancelled: boolean;
}

export interface TrackOptions extends PlanSource {
  /** The round; unset: ตั้งค่า's รอบรายงานผล, else the whole year. */
  readonly round?: Round;
  /** Today in Asia/Bangkok by default: where "behind schedule" and "as of" stand. */
  readonly today?: IsoDate;
  /** Asked before replacing a report edited by hand; without it, never replaced. */
  readonly confirmReplaceEdited?: (names: string[]) => Promise<boolean> | boolean;
  readonly onProgress?: (p: TrackProgress) => void;
  readonly signal?: AbortSignal;
}
