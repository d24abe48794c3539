/**
 * The state of each step of the work, for the badges of the pane: not run, has errors, done,
 * out of date (the rows changed since), or running. Pure: the pane feeds it what it saw on the
 * result bus and from the workbook watcher, with the times it saw them.
 *
 * What counts as what:
 * - A failed run has errors (its message is the reason), except a cancelled one (code
 *   CANCELLED), and a generate/announce the user declined (outcome.cancelled): those leave
 *   the step as it was, since nothing was done.
 * - ตรวจสอบ has errors when it found error-severity findings. สร้างบัญชี ผด. likewise (its
 *   outcome carries the check's findings: the forms were built from rows still wrong), and
 *   ประกาศ when its deadline findings hold an error (an unreadable date, announced too late).
 * - จัดหมวดหมู่ has errors while some project has no strategy or no แผนงาน that anything could
 *   decide (method "unresolved") and nothing was written into that cell since: the forms would
 *   list it under "(ไม่ระบุ)". Weak guesses are not errors: the forms use them as they are.
 * - แม่แบบ is done whenever the workbook has its sheets (ตั้งค่า and a project sheet), run or not.
 * - A step with a result goes out of date when a sheet it reads changes after that result,
 *   unless the change was the step's own write (Excel said so, or, where it does not say,
 *   seen while its action ran or just after: changeOwners on the bus). Generated sheets (the
 *   forms, ประกาศ, their "(OpPlan)" twins), the lists sheet and OpPlan's temporary sheets are nobody's input. ประกาศ reads only
 *   ตั้งค่า and วันหยุด; the other steps read every input sheet. A failed run stays "errors"
 *   whatever changes: only a new run says more.
 * - ติดตามผล has errors when it refused (an entry it cannot read: nothing was written) or its
 *   findings hold an error; a report the user declined to replace (outcome.cancelled) leaves it
 *   as it was. Its รายงานผล is generated (nobody's input). Its ติดตามผล sheet is OpPlan's only on
 *   the first run: from then on the officer types the สถานะ and the amounts there, so it is input,
 *   but only to ติดตามผล (the plan's readers never take it for projects): an entry typed after the
 *   report makes ติดตามผล out of date and leaves ตรวจสอบ or the forms alone.
 */
import {
  BOOK_ORDER,
  HOLIDAY_SHEET_NAMES,
  LIST_SHEET_NAMES,
  SETTINGS_SHEET_NAMES,
  TRACKING_REPORT_SHEET,
  TRACKING_SHEET_NAMES,
  withoutAlternativeSuffix,
} from "../core/sheetNames";
import type { ActionEvent, ActionName } from "../host/actionEvents";
import type { WorkbookChange } from "../host/watch";
import type { StringId } from "./i18n";

export type StepKey = "template" | "check" | "classify" | "generate" | "announce" | "track";

export interface StepInfo {
  readonly key: StepKey;
  /** As the step's card says: ขั้นที่ n. */
  readonly number: number;
  readonly action: ActionName;
}

export const STEPS: readonly StepInfo[] = [
  { key: "template", number: 1, action: "createTemplate" },
  { key: "check", number: 2, action: "checkProjects" },
  { key: "classify", number: 3, action: "classifyProjects" },
  { key: "generate", number: 4, action: "generateForms" },
  { key: "announce", number: 5, action: "announcePlan" },
  { key: "track", number: 6, action: "trackPlan" },
];

export type StepState = "not-run" | "errors" | "done" | "stale" | "running";

/** Why a step is in its state, as a string of i18n.ts and its parameters. */
export interface StepReason {
  readonly id: StringId;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface StepStatus {
  readonly state: StepState;
  readonly reason: StepReason;
}

export type { WorkbookChange };

/** A change as the pane saw it: when (Date.now()), and the runs it may belong to then. */
export interface SeenChange {
  readonly change: WorkbookChange;
  readonly at: number;
  /** changeOwners(change.source, at) when it was seen: these actions' own writes. */
  readonly owners: readonly ActionName[];
}

/** A run's outcome as the pane saw it arrive. */
export interface SeenResult {
  readonly event: ActionEvent;
  readonly at: number;
  /**
   * When the run behind it started (its result describes the workbook as read from then on);
   * `at` when unknown. A change after it that is not the run's own makes the result out of date.
   */
  readonly since: number;
}

/** The last result that said something, per action. */
export type ResultLog = Readonly<Partial<Record<ActionName, SeenResult>>>;

export interface StatusInput {
  readonly results: ResultLog;
  readonly changes: readonly SeenChange[];
  /** Actions under way now. */
  readonly running?: ReadonlySet<ActionName>;
  /** The last read of the workbook's overview and when it was read; null before the first one. */
  readonly overview?: { readonly hasTemplate: boolean; readonly projectSheets: readonly string[]; readonly at: number } | null;
}

/**
 * The sheets OpPlan generates: the book (forms, ประกาศ, …) and the tracking report. Not the
 * tracking sheet: after its first run it holds the officer's entries (TRACKING_INPUT_SHEETS).
 */
export const GENERATED_SHEETS: readonly string[] = [...BOOK_ORDER, TRACKING_REPORT_SHEET];
/** The template's dropdown lists. */
export const LIST_SHEETS: readonly string[] = LIST_SHEET_NAMES;
/** What ประกาศ reads. */
export const ANNOUNCE_INPUT_SHEETS: readonly string[] = [...SETTINGS_SHEET_NAMES, ...HOLIDAY_SHEET_NAMES];

/** What only ติดตามผล reads: the officer's entries, under the names officers give the sheet. */
export const TRACKING_INPUT_SHEETS: readonly string[] = TRACKING_SHEET_NAMES;

const norm = (name: string) => name.trim().toLocaleLowerCase("en-US");
const GENERATED_NAMES = new Set(GENERATED_SHEETS.map(norm));
const TRACKING_NAMES = new Set(TRACKING_INPUT_SHEETS.map(norm));

/** A tracking sheet, under its name or the "(OpPlan)" twin the command writes beside a sheet of the user's own. */
export function isTrackingSheetName(name: string): boolean {
  return TRACKING_NAMES.has(withoutAlternativeSuffix(norm(name)));
}

/**
 * A sheet OpPlan writes rather than reads: a generated form or ประกาศ (under its name or an
 * "(OpPlan)" twin), the lists sheet, or a temporary sheet of replaceSheets ("~ผด.02", "~opplan1").
 */
export function isGeneratedSheetName(name: string): boolean {
  const n = norm(name);
  return n.startsWith("~") || LIST_SHEETS.some((l) => norm(l) === n) || GENERATED_NAMES.has(withoutAlternativeSuffix(n));
}

/** A run the user called off: it changed nothing, so it says nothing about the step. */
export function isCancelled(event: ActionEvent): boolean {
  if (!event.ok) return event.error.code === "CANCELLED";
  if (event.action === "generateForms" || event.action === "announcePlan" || event.action === "trackPlan") return event.result.cancelled;
  return false;
}

/** The log with `event` as its action's last result, unless it was cancelled. */
export function recordResult(log: ResultLog, event: ActionEvent, at: number, since: number = at): ResultLog {
  return isCancelled(event) ? log : { ...log, [event.action]: { event, at, since: Math.min(since, at) } };
}

/**
 * The changes that can still make a result out of date: those after the oldest result (a new
 * result always comes later than every change seen so far).
 */
export function pruneChanges(changes: readonly SeenChange[], results: ResultLog): SeenChange[] {
  const times = Object.values(results).map((r) => r.since);
  if (times.length === 0) return [];
  const oldest = Math.min(...times);
  return changes.filter((c) => c.at > oldest);
}

/** Whether a change touches what `step` reads. */
function reads(step: StepKey, change: WorkbookChange, userSheets: readonly string[]): boolean {
  const n = norm(change.sheet);
  if (isGeneratedSheetName(change.sheet) && !userSheets.some((s) => norm(s) === n)) return false;
  if (step === "template") return false;
  if (step === "announce") return ANNOUNCE_INPUT_SHEETS.some((s) => norm(s) === n);
  if (isTrackingSheetName(change.sheet) && !userSheets.some((s) => norm(s) === n)) return step === "track";
  return true;
}

const errorCount = (findings: readonly { readonly severity: string }[]) => findings.filter((f) => f.severity === "error").length;

/** Projects that nothing decided a strategy or a แผนงาน for, and whose empty cell was not filled since. */
export function unresolvedProjects(event: Extract<ActionEvent, { action: "classifyProjects"; ok: true }>): number {
  const { result, undoable } = event.result;
  const written = new Set((undoable?.cells ?? []).map((c) => `${c.sheet}!${c.cell}`));
  const open = (sheet: string, cell: string | null) => cell === null || !written.has(`${sheet}!${cell}`);
  return result.classifications.filter(
    (c) => (c.plan.method === "unresolved" && open(c.sheet, c.planCell)) || (c.strategy.method === "unresolved" && open(c.sheet, c.strategyCell)),
  ).length;
}

/** What a result says by itself, before any change. */
function fromResult(event: ActionEvent): StepStatus {
  if (!event.ok) return { state: "errors", reason: { id: "stepReasonFailed", params: { message: event.error.message } } };
  switch (event.action) {
    case "createTemplate":
      return { state: "done", reason: { id: "stepReasonTemplateDone" } };
    case "checkProjects": {
      const count = errorCount(event.result.findings);
      return count > 0
        ? { state: "errors", reason: { id: "stepReasonCheckErrors", params: { count } } }
        : { state: "done", reason: { id: "stepReasonCheckDone" } };
    }
    case "classifyProjects": {
      const count = unresolvedProjects(event);
      return count > 0
        ? { state: "errors", reason: { id: "stepReasonClassifyUnresolved", params: { count } } }
        : { state: "done", reason: { id: "stepReasonClassifyDone" } };
    }
    case "generateForms": {
      const count = errorCount(event.result.findings);
      return count > 0
        ? { state: "errors", reason: { id: "stepReasonGenerateErrors", params: { count } } }
        : { state: "done", reason: { id: "stepReasonGenerateDone", params: { count: event.result.written.length } } };
    }
    case "announcePlan": {
      const count = errorCount(event.result.findings);
      return count > 0
        ? { state: "errors", reason: { id: "stepReasonAnnounceErrors", params: { count } } }
        : { state: "done", reason: { id: "stepReasonAnnounceDone", params: { sheet: event.result.written[0] ?? "" } } };
    }
    case "trackPlan": {
      if (event.result.refused.length > 0) return { state: "errors", reason: { id: "stepReasonTrackRefused", params: { count: event.result.refused.length } } };
      const count = errorCount(event.result.findings);
      return count > 0
        ? { state: "errors", reason: { id: "stepReasonTrackErrors", params: { count } } }
        : { state: "done", reason: { id: "stepReasonTrackDone", params: { sheet: event.result.reportSheet } } };
    }
  }
}

const NOT_RUN: StepStatus = { state: "not-run", reason: { id: "stepReasonNotRun" } };

function templateStatus(input: StatusInput): StepStatus {
  const seen = input.results.createTemplate;
  if (seen && !seen.event.ok) return fromResult(seen.event);
  const overview = input.overview;
  if (overview?.hasTemplate) return { state: "done", reason: { id: "stepReasonTemplateDone" } };
  // A run newer than the last read is believed until the next read (which follows every run).
  if (seen && (!overview || seen.at > overview.at)) return fromResult(seen.event);
  return { state: "not-run", reason: { id: "stepReasonNoTemplate" } };
}

export function stepStatus(step: StepInfo, input: StatusInput): StepStatus {
  if (input.running?.has(step.action)) return { state: "running", reason: { id: "stepReasonRunning" } };
  if (step.key === "template") return templateStatus(input);
  const seen = input.results[step.action];
  if (!seen) return NOT_RUN;
  const status = fromResult(seen.event);
  if (!seen.event.ok) return status;
  const userSheets = input.overview?.projectSheets ?? [];
  let latest: SeenChange | undefined;
  for (const c of input.changes) {
    if (c.at <= seen.since || c.owners.includes(step.action) || !reads(step.key, c.change, userSheets)) continue;
    if (!latest || c.at >= latest.at) latest = c;
  }
  return latest ? { state: "stale", reason: { id: "stepReasonStale", params: { sheet: latest.change.sheet } } } : status;
}

/** Every step's status, by its number (the StepCard's `step`). */
export function stepStatuses(input: StatusInput): ReadonlyMap<number, StepStatus> {
  return new Map(STEPS.map((s) => [s.number, stepStatus(s, input)]));
}

/** The badge's words for each state. */
export const STATE_LABEL: Readonly<Record<StepState, StringId>> = {
  "not-run": "stepStateNotRun",
  errors: "stepStateErrors",
  done: "stepStateDone",
  stale: "stepStateStale",
  running: "stepStateRunning",
};
