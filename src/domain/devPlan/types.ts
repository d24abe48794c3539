/**
 * The development plan (แผนพัฒนาท้องถิ่น) as OpPlan reads it: the ผ.02 entries with the group each
 * sits under, and what linking an operational-plan project to one of them found.
 */

/** Forms of the development plan a sheet can be; only the ผ.02 family lists projects to link. */
export type DevPlanForm = "ผ.01" | "ผ.02" | "ผ.02/1" | "ผ.02/2" | "ผ.03";

/**
 * What a plan period's forms look like, as far as it is known: editable, because the 2571–2575
 * forms are not confirmed (domain.md §8).
 */
export interface DevPlanProfile {
  /** "2566-2570" */
  readonly id: string;
  readonly years: readonly number[];
  /** Whether the layout is seen in real files (false: from one description only). */
  readonly confirmed: boolean;
  /** Words that open a group heading at each level, e.g. ["ยุทธศาสตร์", "ประเด็นการพัฒนา"]. */
  readonly strategyWords: readonly string[];
  readonly approachWords: readonly string[];
  readonly planWords: readonly string[];
}

export interface DevPlanAmount {
  /** พ.ศ. of the column */
  readonly year: number;
  /** Baht; null for "-" or an empty cell: no amount that year. */
  readonly amount: number | null;
  /** A1 address of the cell */
  readonly cell: string;
}

export interface DevPlanGroupLabel {
  /** As written, its numbering and leading word kept ("1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน") */
  readonly text: string;
  /** The number the plan gives it ("1", "1.1", "(1)" → 1), null when it has none */
  readonly number: number | null;
  /** A1 address of the heading cell */
  readonly cell: string;
}

/** One project of the ผ.02 family, in the group its heading rows put it. */
export interface DevPlanEntry {
  readonly sheet: string;
  /** Excel row (1-based) of the entry's first row. */
  readonly row: number;
  /** Its ที่ as written ("1", "22/2") */
  readonly no: string;
  /** The project's name, rows it spills over joined with one space, normalised (normalizeText). */
  readonly name: string;
  readonly objective: string;
  /** เป้าหมาย (ผลผลิตของโครงการ): size details, places */
  readonly target: string;
  readonly unit: string;
  /** One per year column of its sheet, in the columns' order. */
  readonly amounts: readonly DevPlanAmount[];
  readonly strategy: DevPlanGroupLabel | null;
  /** แนวทางการพัฒนา or กลยุทธ์ */
  readonly approach: DevPlanGroupLabel | null;
  readonly plan: DevPlanGroupLabel | null;
  /** The amendment that added or changed it: "เพิ่มเติม ครั้งที่ 1/2567"; null in the plan as first approved. */
  readonly amendment: string | null;
  readonly form: "ผ.02" | "ผ.02/1" | "ผ.02/2";
  /** A1 address of its name cell. */
  readonly nameCell: string;
}

export interface DevPlanSheet {
  readonly name: string;
  readonly form: DevPlanForm;
  /** Entries were read from it (the ผ.02 family); ผ.01 and ผ.03 are recognised and not read. */
  readonly read: boolean;
  readonly entries: number;
  /** พ.ศ. of its year columns */
  readonly years: readonly number[];
  /** DevPlanProfile.id, or null when its years match none */
  readonly profile: string | null;
  /** Where what identified it was found: the form label ("แบบ ผ.02") or the header. */
  readonly cell: string;
  /**
   * Its tab is hidden. A hidden ผ.02 is still the plan and is read, unless visible ones cover other
   * years: then it is another period's plan kept out of sight, listed with read false.
   */
  readonly hidden?: boolean;
  /** What the reader could not take as written (the check says each, DEV_PLAN_NOTE). */
  readonly notes?: readonly DevPlanNote[];
}

/** Something in a plan sheet the reader could not take as written. */
export interface DevPlanNote {
  /** A1 address in the plan sheet; "" for the sheet as a whole */
  readonly cell: string;
  /** Thai, naming the sheet and the cell */
  readonly message: string;
  /** Thai, what to do */
  readonly fix: string;
}

export interface DevPlan {
  /** Sheets of the plan workbook that were the input's own, or of a second file (--dev-plan, the pane's choice). */
  readonly origin: "workbook" | "file";
  readonly sheets: readonly DevPlanSheet[];
  /** Every entry, sheet by sheet in workbook order, row by row. */
  readonly entries: readonly DevPlanEntry[];
  /** พ.ศ. the plan covers (union of its sheets' year columns), ascending */
  readonly years: readonly number[];
  readonly profile: DevPlanProfile | null;
}

export interface DevPlanCandidate {
  readonly entry: DevPlanEntry;
  /** 0–1 */
  readonly score: number;
}

/** What linking one project of this year to the plan found. */
export interface DevPlanLink {
  /** The entry the project is linked to; null when none is close enough or two are too close to pick one. */
  readonly entry: DevPlanEntry | null;
  /** The linked entry's score, 0 when none. */
  readonly score: number;
  /** The closest entries, best first (at most 3): what the pane offers. */
  readonly candidates: readonly DevPlanCandidate[];
  /** Two candidates too close to pick one silently: `entry` is null and both are offered. */
  readonly ambiguous: boolean;
}
