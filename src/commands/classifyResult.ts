import type { Finding } from "../domain/findings";
import type { Decision } from "../domain/classify/decision";

export type { Alternative, Decision, Method } from "../domain/classify/decision";

export interface ProjectClassification {
  /** Stable key of the project within the workbook: `${sheet}!${row}`. */
  readonly key: string;
  readonly sheet: string;
  /** Excel row number (1-based) of the project's first row. */
  readonly row: number;
  readonly name: string;
  readonly plan: Decision;
  readonly strategy: Decision;
  /** Where a decision would be written: an empty cell of the sheet's own column (or of a column to add); null when the row already says it. */
  readonly planCell: string | null;
  readonly strategyCell: string | null;
  /**
   * The development plan's (ผ.02) entry the project is linked to; null when none (or no plan).
   * classifyReading always sets these three; optional only for results made by hand.
   */
  readonly devPlan?: DevPlanRef | null;
  /** The closest entries, best first, when there is a plan: what the pane offers when none is linked or two are too close. */
  readonly devPlanCandidates?: readonly DevPlanRef[];
  /** Two entries are too close to pick one: the user is asked (DEV_PLAN_AMBIGUOUS). */
  readonly devPlanAmbiguous?: boolean;
}

/** A ผ.02 entry as the pane shows it beside a project. */
export interface DevPlanRef {
  readonly sheet: string;
  /** Excel row (1-based) of the entry's first row. */
  readonly row: number;
  /** 0–1 */
  readonly score: number;
  readonly name: string;
  /** The group headings as the plan writes them; null where it has none. */
  readonly strategy: string | null;
  readonly plan: string | null;
  /** Baht the entry plans for this fiscal year; null when it plans none (NOT_PLANNED_THIS_YEAR). */
  readonly amount: number | null;
}

export interface ClassifyResult {
  readonly classifications: readonly ProjectClassification[];
  /** CLASS_CONFLICT warnings: a label that the linked ผ.02 entry, or the project's words strongly, contradict. */
  readonly findings: readonly Finding[];
  /** Strategy names in the strategy sheet's order (choices for the pane). */
  readonly strategies: readonly string[];
  /** Standard แผนงาน names in order (choices for the pane). */
  readonly plans: readonly string[];
  /** Where the development plan the projects were linked to came from; null without one. */
  readonly devPlanFrom?: "workbook" | "file" | null;
  /** Columns that applying would add, per sheet: header cell and its text. */
  readonly columnsToAdd: readonly { readonly sheet: string; readonly cell: string; readonly header: string }[];
}

/** A user's choice for one project in the pane; omitted fields keep the decision. */
export interface Choice {
  readonly plan?: string | null;
  readonly strategy?: string | null;
}

export interface ApplyOptions {
  /** Only write decisions at or above this confidence (the pane's "accept all confident ones"). */
  readonly minConfidence?: number;
  /** Per project key: what the user picked instead, or null to leave that cell empty. */
  readonly choices?: ReadonlyMap<string, Choice>;
  /** Only these project keys (the pane's accept for one row); default all. */
  readonly only?: ReadonlySet<string>;
}

/** What applying wrote, so that one click can take it back. */
export interface ApplyRecord {
  readonly cells: readonly { readonly sheet: string; readonly cell: string; readonly value: string }[];
  readonly headers: readonly { readonly sheet: string; readonly cell: string; readonly value: string }[];
}

export interface UndoOutcome {
  readonly restored: number;
  /** Cells changed by the user since they were written: left alone. */
  readonly keptEdited: number;
}
