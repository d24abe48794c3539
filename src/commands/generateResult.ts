import type { Finding } from "../domain/findings";
import type { BookPart } from "../reports/book/types";
import type { TimetableRow } from "../reports/announcement";
import type { AnnouncementDates } from "./announcePlan";
import type { SkippedFeature } from "../workbook/port";

/** One strategy's line of ผด.01: its projects and budget and their shares of the whole. */
export interface StrategyFigures {
  readonly name: string;
  readonly projects: number;
  readonly budget: number;
  /** Percent of all projects, two decimals, rounded on its own (equal figures, equal per cents; 0 when there are none). */
  readonly percentProjects: number;
  /** Percent of the whole budget, two decimals, rounded on its own (0 when there is none). */
  readonly percentBudget: number;
}

/** The ผด.01 figures, as printed. */
export interface FormsSummary {
  readonly fiscalYear: number;
  readonly projects: number;
  readonly budget: number;
  readonly strategies: readonly StrategyFigures[];
}

export type { BookPart, BookPartKey } from "../reports/book/types";

export interface GenerateOutcome {
  /** Sheets written (the forms, in order: ผด.01, ผด.02, ผด.02-1); empty when cancelled. */
  readonly written: readonly string[];
  /** Forms written under another name because a sheet of the user's own has the form's name. */
  readonly renamed: readonly { readonly form: string; readonly sheet: string }[];
  /** Generated sheets found edited by hand: replaced when confirmed, left alone when cancelled. */
  readonly edited: readonly string[];
  /**
   * Replacing hand-edited sheets was declined: nothing was written. (A run stopped with its
   * AbortSignal does not resolve at all: it rejects with CancelledError.)
   */
  readonly cancelled: boolean;
  /**
   * The workbook cannot give forms worth writing (no project list, no row, a supplement none of
   * whose rows is marked): these findings say why, and nothing was written.
   */
  readonly refused: readonly Finding[];
  readonly summary: FormsSummary;
  /**
   * What the check (ตรวจสอบ) finds in the plan the forms were built from, and what the forms'
   * grouping rests on (rows placed by suggestion, rows left unspecified).
   */
  readonly findings: readonly Finding[];
  /** Equipment is listed in ผด.02/1, not in ผด.01: its count and budget, for telling the totals apart. */
  readonly equipment: { readonly items: number; readonly budget: number };
  /** What the host could not place (an emblem Excel refused): the sheets are written without it. */
  readonly skipped?: readonly SkippedFeature[];
  /** The book as written (or as it would be, when nothing was written): its parts in print order. */
  readonly book: { readonly parts: readonly BookPart[] };
  /**
   * The ประกาศ, part of the book: the sheet written (none when refused: the อปท. is unknown), its
   * dates, and the findings on them.
   */
  readonly announcement?: {
    readonly written: readonly string[];
    readonly dates: AnnouncementDates;
    readonly findings: readonly Finding[];
    readonly refused: readonly Finding[];
    /** The timetable as the ประกาศ sheet shows it. */
    readonly timetable: readonly TimetableRow[];
  };
}

export interface GenerateProgress {
  readonly stage: "read" | "build" | "write";
  readonly done: number;
  readonly total: number;
}
