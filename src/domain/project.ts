import type { BudgetParse } from "./parse/budget";

/**
 * Where a field of a project was read from: a cell of its own row, a heading above it, or the
 * sheet as a whole (its name, or a title above its table).
 */
export type LabelSource = "cell" | "heading" | "sheet";

export interface Label {
  /** Normalised (normalizeText): what matching compares. */
  readonly text: string;
  /** As typed, for quoting back to the user (Thai digits stay Thai). */
  readonly typed: string;
  readonly from: LabelSource;
  /** A1 address of the cell the text came from; "" when it came from the sheet's name. */
  readonly cell: string;
}

/** One project (or equipment item) as read from a user's sheet, before any judgement. */
export interface ProjectRecord {
  readonly sheet: string;
  /** Sheet row, 0-based; rows joined as continuations are listed in `rows`. */
  readonly row: number;
  readonly rows: readonly number[];
  readonly no: string;
  readonly name: string;
  readonly detail: string;
  readonly budget: BudgetParse;
  readonly location: string;
  readonly unit: string;
  readonly source: string;
  /** The edition the row belongs to: its own ฉบับ cell, or the marker row above it ("เพิ่มเติม ฉบับที่ 1"). */
  readonly edition: string | null;
  /**
   * A heading above it that opens a part of the list other than a strategy or a แผนงาน, as typed:
   * "โครงการของหน่วยงานอื่นที่ดำเนินการในพื้นที่". Null when none.
   */
  readonly section?: string | null;
  readonly strategy: Label | null;
  readonly approach: string;
  readonly plan: Label | null;
  readonly kind: "project" | "equipment";
  readonly equipmentType: Label | null;
  /** 12 flags, ต.ค. first. */
  readonly months: readonly boolean[];
  readonly monthsFrom: "columns" | "period" | "range" | null;
  readonly monthsOutsideFy: boolean;
  readonly monthsReversed: boolean;
  /** The period text could not be read. */
  readonly monthsInvalid: boolean;
  /** A1 addresses of the cells each field came from (first row of the project). */
  readonly cells: Readonly<Record<string, string>>;
  /** Texts as typed, per field, for checks that look at the raw input. */
  readonly rawTexts: Readonly<Record<string, string>>;
  /** One of its rows is hidden in Excel: it still counts, as Excel's SUM counts it. */
  readonly hidden: boolean;
}
