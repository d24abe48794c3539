/**
 * The one door from the UI (task pane, ribbon) to the workbook. UI code calls these functions
 * and never touches Excel itself. Each action publishes its outcome on the result bus, so
 * a ribbon run shows up in the pane too.
 */
import type { AnnounceOutcome, PlanDates } from "../commands/announcePlan";
import type { CheckProgress, CheckResult } from "../commands/checkResult";
import type { ApplyOptions, ApplyRecord, ClassifyResult } from "../commands/classifyResult";
import type { GenerateOutcome, GenerateProgress } from "../commands/generateResult";
import { currentFiscalYear } from "../domain/thaiCalendar";
import { detectLanguage, errorCode, errorMessage } from "../taskpane/i18n";
import { HostError } from "./errors";
import {
  publish,
  publishProgress,
  requestConfirmation,
  runStarted,
  type ActionName,
  type ActionSource,
  type ClassifyOutcome,
  type ClassifyProgress,
  type TemplateResult,
} from "./resultBus";

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
  const ended = runStarted("createTemplate");
  try {
    const fiscalYear = options.fiscalYear ?? defaultFiscalYear();
    assertExcel();
    // Loaded on first use: the pane's first paint needs neither the adapter nor the sheet builders.
    const [{ createOfficeWorkbook }, { createTemplate }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "commands" */ "../commands/createTemplate"),
    ]);
    const port = createOfficeWorkbook();
    const outcome = await createTemplate(port, { fiscalYear });
    const result: TemplateResult = { added: [...outcome.added], existing: [...outcome.existing], fiscalYear };
    publish({ action: "createTemplate", source, ok: true, result });
    return result;
  } catch (err) {
    publishFailure("createTemplate", source, err);
    throw err;
  } finally {
    ended();
  }
}

/**
 * Checks the project sheets of the open workbook (reads only). Progress goes to
 * `options.onProgress` and to the bus; the result, or a translated failure, to the bus.
 * Resolves with the result; rejects with the original error (CancelledError when
 * `options.signal` stopped it).
 */
export async function runCheck(options: CheckOptions = {}): Promise<CheckResult> {
  const source = options.source ?? "pane";
  const ended = runStarted("checkProjects", { writes: false });
  try {
    assertExcel();
    publishProgress({ action: "checkProjects", source, progress: null });
    const [{ createOfficeWorkbook }, { checkWorkbook }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "check" */ "../commands/checkWorkbook"),
    ]);
    const result = await checkWorkbook(
      createOfficeWorkbook(),
      (progress) => {
        options.onProgress?.(progress);
        publishProgress({ action: "checkProjects", source, progress });
      },
      ...signalArg(options),
    );
    publish({ action: "checkProjects", source, ok: true, result });
    return result;
  } catch (err) {
    publishFailure("checkProjects", source, err);
    throw err;
  } finally {
    ended();
  }
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
  const ended = runStarted("classifyProjects", { writes: false });
  try {
    assertExcel();
    publishProgress({ action: "classifyProjects", source, progress: null });
    const [{ createOfficeWorkbook }, { classifyWorkbook }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "classify" */ "../commands/classifyWorkbook"),
    ]);
    const result = await classifyWorkbook(
      createOfficeWorkbook(),
      (progress) => {
        options.onProgress?.(progress);
        publishProgress({ action: "classifyProjects", source, progress });
      },
      ...signalArg(options),
    );
    classification = result;
    const done = outcome("classify", result);
    publish({ action: "classifyProjects", source, ok: true, result: done });
    return done;
  } catch (err) {
    publishFailure("classifyProjects", source, err);
    throw err;
  } finally {
    ended();
  }
}

/**
 * Writes the kept classification's decisions (or the user's choices) into the empty cells they
 * belong in, as `options` say, and keeps what was written for undoLastClassification. Rejects
 * with NO_CLASSIFICATION before any runClassify.
 */
export async function applyClassificationChoices(options: ApplyChoicesOptions = {}): Promise<ClassifyOutcome> {
  const { source = "pane", ...applyOptions } = options;
  const ended = runStarted("classifyProjects");
  try {
    assertExcel();
    const result = classification;
    if (!result) throw new HostError("NO_CLASSIFICATION");
    const [{ createOfficeWorkbook }, { applyClassification }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "classify" */ "../commands/classifyWorkbook"),
    ]);
    const written = await applyClassification(createOfficeWorkbook(), result, applyOptions);
    if (!isEmptyRecord(written)) undoable = mergeRecords(undoable, written);
    const done = outcome("apply", result, { written });
    publish({ action: "classifyProjects", source, ok: true, result: done });
    return done;
  } catch (err) {
    publishFailure("classifyProjects", source, err);
    throw err;
  } finally {
    ended();
  }
}

/**
 * Takes back what was applied since the last undo, except cells the user has changed since.
 * Rejects with NOTHING_TO_UNDO when nothing was applied.
 */
export async function undoLastClassification(options: RunOptions = {}): Promise<ClassifyOutcome> {
  const source = options.source ?? "pane";
  const ended = runStarted("classifyProjects");
  try {
    assertExcel();
    const record = undoable;
    const result = classification;
    if (!record || !result) throw new HostError("NOTHING_TO_UNDO");
    const [{ createOfficeWorkbook }, { undoClassification }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "classify" */ "../commands/classifyWorkbook"),
    ]);
    const undone = await undoClassification(createOfficeWorkbook(), record);
    undoable = undefined;
    const done = outcome("undo", result, { undone });
    publish({ action: "classifyProjects", source, ok: true, result: done });
    return done;
  } catch (err) {
    publishFailure("classifyProjects", source, err);
    throw err;
  } finally {
    ended();
  }
}

/** For tests: forgets the kept classification and what was applied. */
export function resetClassification(): void {
  classification = undefined;
  undoable = undefined;
}

/**
 * สร้างบัญชี ผด.: builds ผด.01, ผด.02 and ผด.02/1 from the workbook's plan and writes them in one
 * change, replacing only sheets OpPlan generated; generated sheets edited by hand only after the
 * user agrees (asked in the pane), sheets of the user's own never. Progress goes to
 * `options.onProgress` and to the bus; the outcome (cancelled too), or a translated failure, to
 * the bus. Resolves with the outcome; rejects with the original error (CancelledError when
 * `options.signal` stopped it before the swap; after it the outcome stands).
 */
export async function runGenerate(options: GenerateOptions = {}): Promise<GenerateOutcome> {
  const source = options.source ?? "pane";
  const ended = runStarted("generateForms");
  try {
    assertExcel();
    publishProgress({ action: "generateForms", source, progress: null });
    const [{ createOfficeWorkbook }, { generateForms }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "generate" */ "../commands/generateForms"),
    ]);
    const result = await generateForms(createOfficeWorkbook(), {
      onProgress: (progress) => {
        options.onProgress?.(progress);
        publishProgress({ action: "generateForms", source, progress });
      },
      confirmReplaceEdited: options.confirmReplaceEdited ?? ((sheets) => requestConfirmation({ action: "generateForms", source, sheets })),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    publish({ action: "generateForms", source, ok: true, result });
    return result;
  } catch (err) {
    publishFailure("generateForms", source, err);
    throw err;
  } finally {
    ended();
  }
}

/**
 * ประกาศ: works out the legal dates from ตั้งค่า and writes the ประกาศ sheet (replacing only one
 * OpPlan generated; one edited by hand only after the user agrees). With dryRun it only reads
 * and computes, for the pane's timetable, and publishes nothing. Resolves with the outcome;
 * rejects with the original error after publishing a translated failure.
 */
export async function runAnnounce(options: AnnounceOptions = {}): Promise<AnnounceOutcome> {
  const source = options.source ?? "pane";
  const ended = options.dryRun ? () => undefined : runStarted("announcePlan");
  try {
    assertExcel();
    const [{ createOfficeWorkbook }, { announcePlan }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "announce" */ "../commands/announcePlan"),
    ]);
    const result = await announcePlan(createOfficeWorkbook(), {
      dryRun: options.dryRun,
      confirmReplaceEdited: options.confirmReplaceEdited ?? ((sheets) => requestConfirmation({ action: "announcePlan", source, sheets })),
    });
    if (!options.dryRun) publish({ action: "announcePlan", source, ok: true, result });
    return result;
  } catch (err) {
    if (!options.dryRun) publishFailure("announcePlan", source, err);
    throw err;
  } finally {
    ended();
  }
}

/**
 * Writes the trigger, announcement and posting dates into ตั้งค่า (real date cells; undefined
 * leaves a date alone, null clears it), then works the dates out again. Nothing goes to the bus.
 */
export async function setAnnouncementDates(dates: PlanDates): Promise<AnnounceOutcome> {
  assertExcel();
  const [{ createOfficeWorkbook }, { announcePlan, setPlanDates }] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
    import(/* webpackChunkName: "announce" */ "../commands/announcePlan"),
  ]);
  const port = createOfficeWorkbook();
  await setPlanDates(port, dates);
  return announcePlan(port, { dryRun: true });
}

/**
 * Shows a finding's place in Excel: activates `sheet` and selects `address` ("D12").
 * Not an action with an outcome: nothing goes to the bus; errors go to the caller.
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  assertExcel();
  const { createOfficeWorkbook } = await import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook");
  await createOfficeWorkbook().selectCell(sheet, address);
}

/** The signal as a trailing argument, or none: a run without one calls the command as before. */
function signalArg(options: CancelOptions): [AbortSignal] | [] {
  return options.signal ? [options.signal] : [];
}

/** A CancelledError is published as code CANCELLED with its own message (errorCode/errorMessage know it). */
function publishFailure(action: ActionName, source: ActionSource, err: unknown): void {
  const lang = detectLanguage();
  publish({ action, source, ok: false, error: { code: errorCode(err), message: errorMessage(err, lang) } });
}
