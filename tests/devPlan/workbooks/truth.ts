/**
 * What the officer's development plan says, written by hand beside each hand-built ผ.02 workbook
 * (never computed by OpPlan): every entry with its sheet, Excel row, name, groups, amounts, amendment.
 */
import type { DevPlanForm } from "../../../src/domain/devPlan/types";

export interface EntryTruth {
  sheet: string;
  /** Excel row of the entry's first row (1-based) */
  row: number;
  /** ที่ as written, the trailing dot left out ("1", "22/2") */
  no: string;
  /** Spilled rows joined with one space */
  name: string;
  /** Heading texts as the rows show them, numbering and label words kept; cells of one row joined by a space. */
  strategy: string | null;
  approach: string | null;
  plan: string | null;
  /** Baht per year column, in the sheet's order of years; null for "-", blank or 0. */
  amounts: (number | null)[];
  amendment: string | null;
}

export interface SheetTruth {
  name: string;
  form: DevPlanForm;
  read: boolean;
  entries: number;
  years: number[];
  profile: string | null;
  hidden?: true;
}

export interface StrategyTruth {
  name: string;
  number: number;
  approaches: string[];
  plans: string[];
}

export interface DevPlanTruth {
  /** Sheets recognised as plan forms, in workbook order (other sheets are absent). */
  sheets: SheetTruth[];
  years: number[];
  profile: string | null;
  entries: EntryTruth[];
  /** The tree devPlanStrategies must give. */
  strategies: StrategyTruth[];
}

export interface DevPlanCase {
  id: string;
  /** The habit the workbook imitates */
  habit: string;
  file: string;
  build(): Promise<Buffer>;
  truth: DevPlanTruth;
}

export const Y5 = [2566, 2567, 2568, 2569, 2570];
