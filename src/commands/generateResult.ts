import type { Finding } from "../domain/findings";

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

/** The parts of the plan book, in print order. */
export type BookPartKey = "cover" | "announcement" | "foreword" | "contents" | "intro" | "pd01" | "pd02" | "pd021" | "appendix";

export interface BookPart {
  readonly part: BookPartKey;
  /** The sheet it is printed from (a form's "(OpPlan)" twin when the user's sheet has the name). */
  readonly sheet: string;
  /** "ปก", "ประกาศ", "คำนำ", "สารบัญ", "ส่วนที่ 1 บทนำ", "แบบ ผด.01 …" as the สารบัญ names it */
  readonly title: string;
  /** The body's page number on its first page (ส่วนที่ 1 starts at 1); null for unnumbered or lettered pages. */
  readonly firstPage: number | null;
  /** What its first page's footer prints: "1", "ก", or null for none (ปก, ประกาศ). */
  readonly firstPageLabel: string | null;
  readonly pages: number;
}

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
  /** The book as written (or as it would be, when nothing was written): its parts in print order. */
  readonly book: { readonly parts: readonly BookPart[] };
}

export interface GenerateProgress {
  readonly stage: "read" | "build" | "write";
  readonly done: number;
  readonly total: number;
}
