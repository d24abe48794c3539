/**
 * ติดตามผล (issue 15, domain.md §10): the shapes shared by the tracking sheet's reader, the merge of
 * its entries with the plan, the figures of the report, and the builders that write both sheets.
 *
 * The tracking sheet is the officer's: OpPlan writes the plan's columns (ที่ … ฉบับ), the officer
 * fills in the rest, and every run rewrites the sheet carrying every entry over by project. Its
 * columns are found by their header words, so a column the officer inserted, moved or added is
 * still read (and an added one carried over as it is).
 */
import type { CellValue } from "../../core/cellValue";
import type { IsoDate } from "../../core/localDate";

/** What a project's สถานะ says, once read. */
export type TrackStatus = "notStarted" | "inProgress" | "done" | "cancelled";

/** The words of the สถานะ list, as the sheet's dropdown offers them (domain.md §10). */
export const STATUS_WORDS: Readonly<Record<TrackStatus, string>> = {
  notStarted: "ยังไม่ได้ดำเนินการ",
  inProgress: "อยู่ระหว่างดำเนินการ",
  done: "ดำเนินการแล้วเสร็จ",
  cancelled: "ยกเลิก",
};
export const STATUS_ORDER: readonly TrackStatus[] = ["notStarted", "inProgress", "done", "cancelled"];

/** The round reported: ต.ค.–มี.ค. (6 months, the old April round still common) or the whole year. */
export type Round = "half" | "year";

/**
 * The tracking sheet's columns in the order OpPlan writes them, with their header text. The plan's
 * columns are OpPlan's (rewritten every run from the plan); the officer's are carried over.
 * `key` is OpPlan's hidden column: the project's identity (projectKeys), so that a row still finds its
 * project after the officer re-sorts the rows or edits the name shown.
 */
export const TRACKING_COLUMNS = [
  { id: "no", header: "ที่", officer: false },
  { id: "name", header: "โครงการ", officer: false },
  { id: "strategy", header: "ยุทธศาสตร์", officer: false },
  { id: "plan", header: "แผนงาน", officer: false },
  { id: "budget", header: "งบประมาณ (บาท)", officer: false },
  { id: "months", header: "ระยะเวลาตามแผน", officer: false },
  { id: "edition", header: "ฉบับ", officer: false },
  { id: "status", header: "สถานะ", officer: true },
  { id: "disbursed", header: "เบิกจ่าย (บาท)", officer: true },
  { id: "started", header: "วันที่เริ่ม", officer: true },
  { id: "finished", header: "วันที่แล้วเสร็จ", officer: true },
  { id: "note", header: "หมายเหตุ", officer: true },
  { id: "key", header: "รหัสโครงการ (OpPlan)", officer: false },
] as const;
export type TrackingColumn = (typeof TRACKING_COLUMNS)[number]["id"];

/** What the ฉบับ column says of a row whose project is no longer in the plan (kept, never deleted). */
export const DROPPED_MARK = "ไม่อยู่ในแผนแล้ว";

/**
 * One cell the officer fills in, as it stands: the value as typed (text stays text, a number a
 * number, a real date a DateCell), and where it is, for findings.
 */
export interface OfficerCell {
  readonly value: CellValue;
  /** A1 address; "" when the sheet has no such column. */
  readonly cell: string;
}

/** One row of a tracking sheet as read, before any judgement. */
export interface TrackingEntry {
  /** Excel row, 1-based. */
  readonly row: number;
  /** OpPlan's hidden key as it stands; null on a row without one (a sheet made by hand). */
  readonly key: string | null;
  /** The โครงการ cell's text as typed. */
  readonly name: string;
  readonly status: OfficerCell;
  readonly disbursed: OfficerCell;
  readonly started: OfficerCell;
  readonly finished: OfficerCell;
  readonly note: OfficerCell;
  /** The officer's own columns, in the order of TrackingSheetReading.extraHeaders. */
  readonly extra: readonly OfficerCell[];
}

export interface TrackingSheetReading {
  readonly sheet: string;
  /** Excel row of the header, 1-based. */
  readonly headerRow: number;
  readonly entries: readonly TrackingEntry[];
  /** Headers of the columns the officer added (neither OpPlan's nor known words), in sheet order. */
  readonly extraHeaders: readonly string[];
}

/** A project of the plan, or an entry no longer in it, as the next tracking sheet writes it. */
export interface TrackedRow {
  readonly key: string;
  /** Index into the PlanModel's projects; null for a row whose project is no longer in the plan. */
  readonly project: number | null;
  /** What the sheet held for it; null for a project new to the sheet. */
  readonly entry: TrackingEntry | null;
}

export interface MergeResult {
  /** The plan's projects in the plan's order, then the rows no longer in it (in their sheet order). */
  readonly rows: readonly TrackedRow[];
  /** Entries found by their key, by their name alone (no key, or a key that changed), and new projects. */
  readonly byKey: number;
  readonly byName: number;
  readonly added: number;
  readonly dropped: number;
}

export interface TrackingFigures {
  readonly projects: number;
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly cancelled: number;
  /** Baht, to the satang. */
  readonly budget: number;
  readonly disbursed: number;
}

export interface PlanTracking extends TrackingFigures {
  readonly name: string;
}

export interface StrategyTracking extends TrackingFigures {
  readonly name: string;
  /** The strategy's number as the forms head it; null for the ครุภัณฑ์ and ยังไม่ระบุ groups. */
  readonly number: number | null;
  readonly plans: readonly PlanTracking[];
}

/** A project whose planned start has passed by the report's date while it is still not started. */
export interface BehindProject {
  readonly project: number;
  readonly name: string;
  readonly strategy: string;
  readonly plan: string;
  /** The planned months as the sheets print them ("ธ.ค. 68 – ก.พ. 69"). */
  readonly months: string;
  /** Every planned month has passed, not only the first. */
  readonly allPassed: boolean;
  /** Its row in the tracking sheet as read (1-based), null when it was new to it. */
  readonly row: number | null;
}

export interface TrackingSummary {
  readonly fiscalYear: number;
  readonly round: Round;
  /** First and last day of the round (1 ต.ค. to 31 มี.ค. or 30 ก.ย.). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The date the figures stand at: today, or the round's end when that has passed. */
  readonly asOf: IsoDate;
  /** In the forms' order: the strategies, then ครุภัณฑ์ (ผด.02/1), then ยังไม่ระบุ. Rows no longer in the plan are not counted. */
  readonly strategies: readonly StrategyTracking[];
  readonly total: TrackingFigures;
  readonly behind: readonly BehindProject[];
}
