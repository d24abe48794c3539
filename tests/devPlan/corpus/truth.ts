/**
 * What the development-plan corpus means: for each hand-built pair (an annual plan and the ผ.02 it
 * was drawn from), which ผ.02 entry each project of the year is, how it is classified, and which
 * findings the officer must see. Written by hand beside the workbooks, never computed by OpPlan.
 */
import type { FindingCode } from "../../../src/domain/findings";

/**
 * Findings issue 13 adds; not in FINDING_CODES until the integration lands, so spelled here.
 * NOT_IN_DEV_PLAN: an own project no entry matches. NOT_PLANNED_THIS_YEAR: the linked entry has
 * no amount for this fiscal year. DEV_PLAN_AMBIGUOUS: two entries too close to pick one.
 */
export const DEV_PLAN_CODES = ["NOT_IN_DEV_PLAN", "NOT_PLANNED_THIS_YEAR", "DEV_PLAN_AMBIGUOUS", "CLASS_CONFLICT"] as const;
export type DevPlanCode = (typeof DEV_PLAN_CODES)[number];
export type AnyCode = FindingCode | DevPlanCode;

/** A ผ.02 entry as the officer points at it: its sheet, the Excel row of its first line, its name as typed there. */
export interface EntryRef {
  readonly sheet: string;
  readonly row: number;
  /** The name cell's text exactly as typed (the self-check compares it with the built cell). */
  readonly name: string;
}

/** One project of this fiscal year, as the annual plan holds it, and what it is. */
export interface ExpectedProject {
  readonly sheet: string;
  /** Excel row of the project's first line. */
  readonly row: number;
  /** The name cell's text exactly as the officer typed it. */
  readonly name: string;
  /** The ผ.02 entry it is; null when the plan has none (missing, another agency's, or too close to call). */
  readonly entry: EntryRef | null;
  /** The strategy classify must give: the plan's heading with its numbering removed (StrategyNode.name). */
  readonly strategy: string;
  /** The standard แผนงาน (STANDARD_PLANS name) classify must give. */
  readonly plan: string;
  /** The DEV_PLAN_CODES that must be reported on this project's row; every other row must have none of them. */
  readonly codes?: readonly DevPlanCode[];
}

/** A ผ.02 sheet of the case, with the column holding this fiscal year's amounts (for the self-check). */
export interface PlanSheetRef {
  readonly sheet: string;
  /** Column letter of the fiscal year's amount, e.g. "G". */
  readonly fyColumn: string;
  /** Excel row whose cell in fyColumn names the year ("2568 (บาท)"). */
  readonly yearRow: number;
  /** Column letter of the entries' names. */
  readonly nameColumn: string;
}

export interface BuiltFile {
  /** As the officer saved it. */
  readonly file: string;
  readonly build: () => Promise<Buffer>;
}

export interface DevPlanCase {
  readonly id: string;
  /** The office habit it imitates, one line. */
  readonly habit: string;
  readonly fiscalYear: number;
  /** The annual plan (with the ผ.02 sheets inside it when `plan` is null). */
  readonly annual: BuiltFile;
  /** The development plan as a second file (--dev-plan); null when it is inside the annual workbook. */
  readonly plan: BuiltFile | null;
  readonly planSheets: readonly PlanSheetRef[];
  /** Sheets of the plan that are not ผ.02 (ผ.01, ผ.03): never a project, never an entry. */
  readonly otherForms?: readonly string[];
  /** Every project of the year, sheet by sheet, row by row: and only those. */
  readonly projects: readonly ExpectedProject[];
  /** Column letter of the annual sheet's ที่ and name, for the self-check. */
  readonly annualColumns: { readonly no: string; readonly name: string };
  /** Codes that must not appear in check's or classify's findings, beyond the per-project DEV_PLAN_CODES. */
  readonly notCodes: readonly AnyCode[];
  /** generate's exit code: 0 clean, 1 errors in the data. */
  readonly generateExit: 0 | 1;
}

type Row = [row: number, name: string, entry: EntryRef | null, codes?: DevPlanCode[]];

/** Projects of one sheet under one strategy × แผนงาน, written compactly. */
export function projectsOf(sheet: string, strategy: string, plan: string, rows: Row[]): ExpectedProject[] {
  return rows.map(([row, name, entry, codes]) => ({ sheet, row, name, entry, strategy, plan, ...(codes ? { codes } : {}) }));
}

/** An entry of a plan sheet. */
export const entryOf = (sheet: string) => (row: number, name: string): EntryRef => ({ sheet, row, name });
