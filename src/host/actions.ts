/**
 * The one door from the UI (task pane, ribbon) to the workbook. UI code calls these functions
 * and never touches Excel itself. Each action publishes its outcome on the result bus, so
 * a ribbon run shows up in the pane too.
 */
import { tellCellEditWaiting } from "./cellEditBus";
import type { AnnounceOutcome, PlanDates } from "../commands/announcePlan";
import type { CheckProgress, CheckResult } from "../commands/checkResult";
import type { ApplyOptions, ApplyRecord, ClassifyResult } from "../commands/classifyResult";
import type { GenerateOutcome, GenerateProgress } from "../commands/generateResult";
import type { TrackOutcome, TrackProgress } from "../commands/trackResult";
import type { Round } from "../domain/tracking/types";
import { currentFiscalYear } from "../domain/thaiCalendar";
import type { WorkbookPort } from "../workbook/port";
import type { SheetData } from "../core/sheetData";
import { bookLogoInput } from "./bookLogo";
import { devPlanInput } from "./devPlanSource";
import { detectLanguage } from "./language";
import { errorCode, errorMessage } from "./errorMessage";
import { HostError } from "./errors";
import { inputWriteStarted, runStarted } from "./runWindows";
import { publish, publishProgress } from "./resultBus";
import { requestConfirmation } from "./confirmations";
import type { ActionEvent, ActionName, ActionSource, ClassifyOutcome, ClassifyProgress, TemplateResult } from "./actionEvents";

export interface RunOptions {
  /** Who asked: decides nothing here, but listeners use it to tell ribbon runs apart. */
  readonly source?: ActionSource;
}

/** For the long runs the pane can stop. */
export interface CancelOptions {
  /**
   * The pane's ยกเลิก. When it fires in time the run rejects with CancelledError, publishes a
   * CANCELLED failure (its message says nothing was changed) and leaves the workbook as it was.
   */
  readonly signal?: AbortSignal;
}

export interface TemplateOptions extends RunOptions {
  /** Buddhist-era fiscal year; defaults to the current one (Asia/Bangkok). */
  readonly fiscalYear?: number;
}

export interface CheckOptions extends RunOptions, CancelOptions {
  /** Called as the check advances (the same reports also go to the bus's progress listeners). */
  readonly onProgress?: (progress: CheckProgress) => void;
}

export interface ClassifyOptions extends RunOptions, CancelOptions {
  /** Called as projects are classified (the same reports also go to the bus's progress listeners). */
  readonly onProgress?: (progress: ClassifyProgress) => void;
}

export interface GenerateOptions extends RunOptions, CancelOptions {
  /** Called as the forms are read, built and written (the same reports also go to the bus's progress listeners). */
  readonly onProgress?: (progress: GenerateProgress) => void;
  /**
   * Asked before replacing generated sheets edited by hand. By default the pane asks the user
   * (a confirmation request on the bus); with no pane listening the answer is no.
   */
  readonly confirmReplaceEdited?: (sheets: string[]) => Promise<boolean> | boolean;
}

export interface AnnounceOptions extends RunOptions {
  /** Only work out the dates (the pane's timetable): nothing is written and nothing goes to the bus. */
  readonly dryRun?: boolean;
  /** As for runGenerate: by default the pane is asked; with no pane listening the answer is no. */
  readonly confirmReplaceEdited?: (sheets: string[]) => Promise<boolean> | boolean;
}

export interface TrackOptions extends RunOptions, CancelOptions {
  /** The round chosen in the pane; unset: ตั้งค่า's รอบรายงานผล, else the whole year (the command decides). */
  readonly round?: Round;
  /** Called as the entries are read, merged and written (the same reports also go to the bus's progress listeners). */
  readonly onProgress?: (progress: TrackProgress) => void;
  /** As for runGenerate, for a รายงานผล edited by hand: by default the pane is asked; with no pane listening the answer is no. */
  readonly confirmReplaceEdited?: (sheets: string[]) => Promise<boolean> | boolean;
}

/** What to write of the kept classification: ApplyOptions (confidence floor, the user's choices, only some rows). */
export interface ApplyChoicesOptions extends ApplyOptions, RunOptions {}

/** True when the Excel JavaScript API is there (false in a plain browser). */
export function isInExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/** The fiscal year the pane proposes: the current Buddhist-era fiscal year. */
export function defaultFiscalYear(today?: Date): number {
  return currentFiscalYear(today);
}

/** Throws NOT_IN_EXCEL or OLD_EXCEL (below ExcelApi 1.9) before any Excel call. */
export function assertExcel(): void {
  if (!isInExcel()) throw new HostError("NOT_IN_EXCEL");
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (requirements && typeof requirements.isSetSupported === "function" && !requirements.isSetSupported("ExcelApi", "1.9")) {
    throw new HostError("OLD_EXCEL");
  }
}

/**
 * Adds the plan's template sheets to the open workbook (existing ones are left alone).
 * Resolves with what was added; rejects with the original error after publishing a
 * translated failure on the bus.
 */
export async function runCreateTemplate(options: TemplateOptions = {}): Promise<TemplateResult> {
  const source = options.source ?? "pane";
  return asAction("createTemplate", source, async () => {
    const [port, { createTemplate }] = await Promise.all([officePort(), import(/* webpackChunkName: "commands" */ "../commands/createTemplate")]);
    // Without a year asked for, the template takes the one the workbook states (else today's).
    // A plan file chosen in the pane gives a new ยุทธศาสตร์ sheet its tree, as one in the workbook does.
    const outcome = await createTemplate(port, { ...devPlanInput(), ...(options.fiscalYear === undefined ? {} : { fiscalYear: options.fiscalYear }) });
    const result: TemplateResult = {
      added: [...outcome.added],
      existing: [...outcome.existing],
      fiscalYear: outcome.fiscalYear,
      strategyRowsFromDevPlan: outcome.strategyRowsFromDevPlan ?? 0,
    };
    return { result, event: { action: "createTemplate", source, ok: true, result } };
  });
}

/**
 * Checks the project sheets of the open workbook (reads only). Progress goes to
 * `options.onProgress` and to the bus; the result, or a translated failure, to the bus.
 * Resolves with the result; rejects with the original error (CancelledError when
 * `options.signal` stopped it).
 */
export async function runCheck(options: CheckOptions = {}): Promise<CheckResult> {
  const source = options.source ?? "pane";
  return asAction(
    "checkProjects",
    source,
    async () => {
      publishProgress({ action: "checkProjects", source, progress: null });
      const [port, { checkWorkbook }] = await Promise.all([officePort(), import(/* webpackChunkName: "check" */ "../commands/checkWorkbook")]);
      const onProgress = (progress: CheckProgress) => {
        options.onProgress?.(progress);
        publishProgress({ action: "checkProjects", source, progress });
      };
      const result = await checkWorkbook(port, onProgress, ...commandTail(options));
      return { result, event: { action: "checkProjects", source, ok: true, result } };
    },
    { writes: false },
  );
}

/**
 * The classification under review and what was applied of it since the last undo: kept here,
 * for the pane and the ribbon alike (shared runtime, one copy of this module).
 */
let classification: ClassifyResult | undefined;
let undoable: ApplyRecord | undefined;

function outcome(step: ClassifyOutcome["step"], result: ClassifyResult, extra: Partial<ClassifyOutcome> = {}): ClassifyOutcome {
  return { step, result, ...(undoable ? { undoable } : {}), ...extra };
}

/** Two applies taken back by one undo: the cells and headers of both. */
function mergeRecords(a: ApplyRecord | undefined, b: ApplyRecord): ApplyRecord {
  if (!a) return b;
  return { cells: [...a.cells, ...b.cells], headers: [...a.headers, ...b.headers] };
}

const isEmptyRecord = (r: ApplyRecord) => r.cells.length === 0 && r.headers.length === 0;

/**
 * Classifies the projects of the open workbook by strategy and แผนงาน (reads only) and keeps
 * the result for applying. Progress goes to `options.onProgress` and to the bus; the outcome,
 * or a translated failure, to the bus. Resolves with the outcome; rejects with the original error
 * (CancelledError when `options.signal` stopped it).
 */
export async function runClassify(options: ClassifyOptions = {}): Promise<ClassifyOutcome> {
  const source = options.source ?? "pane";
  return asAction(
    "classifyProjects",
    source,
    async () => {
      publishProgress({ action: "classifyProjects", source, progress: null });
      const [port, { classifyWorkbook }] = await Promise.all([officePort(), import(/* webpackChunkName: "classify" */ "../commands/classifyWorkbook")]);
      const onProgress = (progress: ClassifyProgress) => {
        options.onProgress?.(progress);
        publishProgress({ action: "classifyProjects", source, progress });
      };
      const result = await classifyWorkbook(port, onProgress, ...commandTail(options));
      classification = result;
      const done = outcome("classify", result);
      return { result: done, event: { action: "classifyProjects", source, ok: true, result: done } };
    },
    { writes: false },
  );
}

/**
 * Writes the kept classification's decisions (or the user's choices) into the empty cells they
 * belong in, as `options` say, and keeps what was written for undoLastClassification. Rejects
 * with NO_CLASSIFICATION before any runClassify.
 */
export async function applyClassificationChoices(options: ApplyChoicesOptions = {}): Promise<ClassifyOutcome> {
  const { source = "pane", ...applyOptions } = options;
  return asAction("classifyProjects", source, async () => {
    const result = classification;
    if (!result) throw new HostError("NO_CLASSIFICATION");
    const [port, { applyClassification }] = await Promise.all([officePort(), import(/* webpackChunkName: "classify" */ "../commands/classifyWorkbook")]);
    const written = await applyClassification(port, result, applyOptions);
    if (!isEmptyRecord(written)) undoable = mergeRecords(undoable, written);
    const done = outcome("apply", result, { written });
    return { result: done, event: { action: "classifyProjects", source, ok: true, result: done } };
  });
}

/**
 * Takes back what was applied since the last undo, except cells the user has changed since.
 * Rejects with NOTHING_TO_UNDO when nothing was applied.
 */
export async function undoLastClassification(options: RunOptions = {}): Promise<ClassifyOutcome> {
  const source = options.source ?? "pane";
  return asAction("classifyProjects", source, async () => {
    const record = undoable;
    const result = classification;
    if (!record || !result) throw new HostError("NOTHING_TO_UNDO");
    const [port, { undoClassification }] = await Promise.all([officePort(), import(/* webpackChunkName: "classify" */ "../commands/classifyWorkbook")]);
    const undone = await undoClassification(port, record);
    undoable = undefined;
    const done = outcome("undo", result, { undone });
    return { result: done, event: { action: "classifyProjects", source, ok: true, result: done } };
  });
}

/** For tests: forgets the kept classification and what was applied. */
export function resetClassification(): void {
  classification = undefined;
  undoable = undefined;
}

/**
 * สร้างบัญชี ผด.: builds the plan book (ปก, ประกาศ, คำนำ, สารบัญ, ส่วนที่ 1, ผด.01, ผด.02, ผด.02/1,
 * with the emblem chosen in the pane) from the workbook's plan and writes it in one change,
 * replacing only sheets OpPlan generated; generated sheets edited by hand only after the
 * user agrees (asked in the pane), sheets of the user's own never. Progress goes to
 * `options.onProgress` and to the bus; the outcome (cancelled too), or a translated failure, to
 * the bus. Resolves with the outcome; rejects with the original error (CancelledError when
 * `options.signal` stopped it before the swap; after it the outcome stands).
 */
export async function runGenerate(options: GenerateOptions = {}): Promise<GenerateOutcome> {
  const source = options.source ?? "pane";
  return asAction("generateForms", source, async () => {
    publishProgress({ action: "generateForms", source, progress: null });
    const [port, { generateForms }] = await Promise.all([officePort(), import(/* webpackChunkName: "generate" */ "../commands/generateForms")]);
    const result = await generateForms(port, {
      onProgress: (progress: GenerateProgress) => {
        options.onProgress?.(progress);
        publishProgress({ action: "generateForms", source, progress });
      },
      confirmReplaceEdited: options.confirmReplaceEdited ?? ((sheets) => requestConfirmation({ action: "generateForms", source, sheets })),
      ...(options.signal ? { signal: options.signal } : {}),
      ...devPlanInput(),
      // The emblem chosen in the pane, for a run from the ribbon as much as the pane's own.
      ...bookLogoInput(),
    });
    return { result, event: { action: "generateForms", source, ok: true, result } };
  });
}

/**
 * ประกาศ: works out the legal dates from ตั้งค่า and writes the ประกาศ sheet (replacing only one
 * OpPlan generated; one edited by hand only after the user agrees). With dryRun it only reads
 * and computes, for the pane's timetable, and publishes nothing. Resolves with the outcome;
 * rejects with the original error after publishing a translated failure.
 */
export async function runAnnounce(options: AnnounceOptions = {}): Promise<AnnounceOutcome> {
  const source = options.source ?? "pane";
  return asAction(
    "announcePlan",
    source,
    async () => {
      const [port, { announcePlan }] = await Promise.all([officePort(), import(/* webpackChunkName: "announce" */ "../commands/announcePlan")]);
      const result = await announcePlan(port, {
        dryRun: options.dryRun,
        ...devPlanInput(),
        // The same emblem as the book's ประกาศ, so that writing the ประกาศ alone does not drop it
        // (announcePlan takes `logo` with issue 14; an option it does not know it leaves alone).
        ...bookLogoInput(),
        confirmReplaceEdited: options.confirmReplaceEdited ?? ((sheets) => requestConfirmation({ action: "announcePlan", source, sheets })),
      });
      return { result, event: { action: "announcePlan", source, ok: true, result } };
    },
    // The timetable's dry run is no run: it writes nothing and tells the bus nothing.
    { quiet: options.dryRun === true },
  );
}

/**
 * ติดตามผล: rewrites the tracking sheet from the plan, carrying every entry the officer made over
 * by project, and writes the report (รายงานผล) from it, in one change. A report edited by hand is
 * replaced only after the user agrees (asked in the pane). Refused (an entry that cannot be read,
 * no projects): nothing is written and the outcome says why. Progress goes to `options.onProgress`
 * and to the bus; the outcome, or a translated failure, to the bus. Resolves with the outcome;
 * rejects with the original error (CancelledError when `options.signal` stopped it in time).
 */
export async function runTrack(options: TrackOptions = {}): Promise<TrackOutcome> {
  const source = options.source ?? "pane";
  return asAction("trackPlan", source, async () => {
    publishProgress({ action: "trackPlan", source, progress: null });
    const [port, { trackPlan }] = await Promise.all([officePort(), import(/* webpackChunkName: "track" */ "../commands/trackPlan")]);
    const result = await trackPlan(port, {
      ...(options.round ? { round: options.round } : {}),
      onProgress: (progress: TrackProgress) => {
        options.onProgress?.(progress);
        publishProgress({ action: "trackPlan", source, progress });
      },
      confirmReplaceEdited: options.confirmReplaceEdited ?? ((sheets) => requestConfirmation({ action: "trackPlan", source, sheets })),
      ...(options.signal ? { signal: options.signal } : {}),
      // The plan's projects are read as for the forms: with the chosen development plan file, if any.
      ...devPlanInput(),
    });
    return { result, event: { action: "trackPlan", source, ok: true, result } };
  });
}

/**
 * Writes the trigger, announcement and posting dates into ตั้งค่า (real date cells; undefined
 * leaves a date alone, null clears it), then works the dates out again. Nothing goes to the bus.
 */
export async function setAnnouncementDates(dates: PlanDates): Promise<AnnounceOutcome> {
  assertExcel();
  const [port, { announcePlan, setPlanDates }] = await Promise.all([officePort(), import(/* webpackChunkName: "announce" */ "../commands/announcePlan")]);
  // The user's own dates, though the add-in writes them: the steps that read ตั้งค่า go out of date.
  const ended = inputWriteStarted();
  try {
    await setPlanDates(port, dates);
  } finally {
    ended();
  }
  return announcePlan(port, { dryRun: true });
}

/**
 * Shows a finding's place in Excel: activates `sheet` and selects `address` ("D12").
 * Not an action with an outcome: nothing goes to the bus; errors go to the caller.
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  assertExcel();
  await (await officePort()).selectCell(sheet, address);
}

/**
 * The Office.js workbook port, its adapter loaded on first use: the pane's first paint needs
 * neither the adapter nor the commands (each action loads its own chunk beside it). Its batches
 * wait while the user is typing in a cell (a ribbon button pressed meanwhile) rather than fail,
 * told on the cell edit bus for the pane to show; `onCellEdit` hears it too.
 */
export async function officePort(options: { onCellEdit?: (waiting: boolean) => void } = {}): Promise<WorkbookPort> {
  const [{ createOfficeWorkbook }, { officeRunWaitingForCellEdit }] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
    import(/* webpackChunkName: "workbook" */ "../workbook/editMode"),
  ]);
  const onWaiting = (waiting: boolean) => {
    tellCellEditWaiting(waiting);
    options.onCellEdit?.(waiting);
  };
  return createOfficeWorkbook(officeRunWaitingForCellEdit({ onWaiting }));
}

/**
 * One run of an action as the bus and the badges expect: marked running from start to end
 * (`writes: false` for one that only reads), Excel checked first, the event `body` makes of its
 * result published, a failure published translated and rethrown as it was. `quiet` runs tell
 * the bus nothing at all.
 */
async function asAction<T>(
  action: ActionName,
  source: ActionSource,
  body: () => Promise<{ result: T; event: ActionEvent }>,
  options: { writes?: boolean; quiet?: boolean } = {},
): Promise<T> {
  const ended = options.quiet ? undefined : runStarted(action, { writes: options.writes });
  try {
    assertExcel();
    const { result, event } = await body();
    if (!options.quiet) publish(event);
    return result;
  } catch (err) {
    if (!options.quiet) publishFailure(action, source, err);
    throw err;
  } finally {
    ended?.();
  }
}

/**
 * The trailing arguments of checkWorkbook and classifyWorkbook: the signal, and the chosen
 * development plan file's sheets; none when neither is there (the command is called as before).
 */
function commandTail(options: CancelOptions): [signal?: AbortSignal, input?: { devPlan?: readonly SheetData[] }] {
  const input = devPlanInput();
  if (input.devPlan) return [options.signal, input];
  return options.signal ? [options.signal] : [];
}

/** A CancelledError is published as code CANCELLED with its own message (errorCode/errorMessage know it). */
function publishFailure(action: ActionName, source: ActionSource, err: unknown): void {
  const lang = detectLanguage();
  publish({ action, source, ok: false, error: { code: errorCode(err), message: errorMessage(err, lang) } });
}
