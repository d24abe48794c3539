/**
 * What a planning officer means by their workbook: the truth each field workbook is judged by.
 * Written by hand beside each workbook (tests/field/workbooks/*), never computed by OpPlan.
 */
import type { FindingCode } from "../../src/domain/findings";

export interface TruthProject {
  /** The whole name as ผด.02 should print it (a name spilling over rows joined with one space). */
  name: string;
  /** Baht of THIS fiscal year. */
  budget: number;
  /** As the user wrote it (their numbering may be kept); null = nothing in the workbook states it. */
  strategy: string | null;
  /**
   * The standard แผนงาน name the user's label resolves to (even "เคหะ", "ผง.การศึกษา" or a
   * misspelling); the user's own non-standard label as written when it is not a standard one;
   * null = nothing states it.
   */
  plan: string | null;
  /** Present = ครุภัณฑ์: it goes to ผด.02/1 and not to ผด.01/ผด.02. type = standard ประเภทครุภัณฑ์, null when not stated and not obvious. */
  equipment?: { type: string | null };
  /**
   * Nothing labels it: OpPlan may place it by a confident suggestion (then it must be under
   * `strategy`/`plan` as given) or leave it in the unspecified group with a warning, never under
   * any other group.
   */
  byWords?: true;
  /** The row is hidden in Excel: still counted (like Excel's SUM), with a HIDDEN_ROW warning. */
  hidden?: true;
  /** Fiscal-month indexes (0 = ต.ค. … 11 = ก.ย.) when the case is about periods or month marks. */
  months?: number[];
}

export interface Truth {
  /** generate's exit code: 0 clean, 1 errors found in the data (file still written), 2 unusable input (no output file). */
  exit: 0 | 1 | 2;
  /** พ.ศ. printed in the titles; absent when the workbook states none (then FY_ASSUMED). */
  fiscalYear?: number;
  /** Text the forms' third title line must contain. */
  org?: string;
  /** Text the second title line must carry after the year (an edition: "เพิ่มเติม ฉบับที่ 1"). */
  edition?: string;
  /** ผด.01's strategy order as the user has them (the unspecified group, if any, last). */
  strategies?: string[];
  /** When the user numbered strategies (e.g. 1, 2, 4): the numbers as printed, in `strategies` order. */
  strategyNumbers?: number[];
  /** Every real project/equipment row of the plan, and only those. */
  projects: TruthProject[];
  /** Codes generate's JSON findings must contain (others may appear). */
  codes?: FindingCode[];
  /** Codes that must not appear. */
  notCodes?: FindingCode[];
  /** Exit 2: the Thai message (stderr) must match this. */
  stop?: RegExp;
}

/** One workbook of the corpus: the bytes as the officer saved them, and what they mean. */
export interface FieldCase {
  /** Short id, e.g. "h01". */
  id: string;
  /** The office habit it imitates, one line. */
  habit: string;
  /** File name as the officer saved it (its extension matters: .xlsx, .xls, .ods, .csv). */
  file: string;
  build: () => Promise<Buffer>;
  truth: Truth;
}

type Row = [name: string, budget: number, extra?: Partial<TruthProject>];

/** Projects of one strategy × แผนงาน, written compactly: [name, budget, extra?]. */
export function under(strategy: string | null, plan: string | null, rows: Row[]): TruthProject[] {
  return rows.map(([name, budget, extra]) => ({ name, budget, strategy, plan, ...extra }));
}

/** Equipment of one ประเภทครุภัณฑ์ × แผนงาน. */
export function equipment(type: string | null, plan: string | null, rows: Row[]): TruthProject[] {
  return rows.map(([name, budget, extra]) => ({ name, budget, strategy: null, plan, equipment: { type }, ...extra }));
}

export const isEquipment = (p: TruthProject) => p.equipment !== undefined;
