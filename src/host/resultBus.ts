/**
 * A tiny in-memory event bus between the ribbon commands and the task pane.
 *
 * With the shared runtime the pane page and the ribbon functions live in one JavaScript
 * context, so a ribbon run can show its result in the pane. The listeners live on
 * globalThis (under a registry symbol), so even a second copy of this module (another
 * chunk) still talks to the same bus.
 */
import type { CheckProgress, CheckResult } from "../commands/checkResult";
import type { ApplyRecord, ClassifyResult, UndoOutcome } from "../commands/classifyResult";
import type { AnnounceOutcome } from "../commands/announcePlan";
import type { GenerateOutcome, GenerateProgress } from "../commands/generateResult";

export type { GenerateOutcome, GenerateProgress } from "../commands/generateResult";
export type { AnnounceOutcome } from "../commands/announcePlan";

/** Commands the ribbon and the pane can run. */
export type ActionName = "createTemplate" | "checkProjects" | "classifyProjects" | "generateForms" | "announcePlan";

export type ActionSource = "pane" | "ribbon";

export interface TemplateResult {
  /** Sheets the run added, in workbook order. */
  readonly added: readonly string[];
  /** Template sheets that were already there and were left alone. */
  readonly existing: readonly string[];
  /** The Buddhist-era fiscal year the template was made for. */
  readonly fiscalYear: number;
}

/** How far a classification has got (projects classified of all). */
export interface ClassifyProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Where the classification stands after one of its actions (จัดหมวดหมู่, apply, undo):
 * what the pane shows, whichever of the pane or the ribbon ran it.
 */
export interface ClassifyOutcome {
  /** The action that led here. */
  readonly step: "classify" | "apply" | "undo";
  /** The classification under review: the last จัดหมวดหมู่'s. */
  readonly result: ClassifyResult;
  /** What this apply wrote (step "apply" only). */
  readonly written?: ApplyRecord;
  /** Everything applied since the last undo, which ย้อนกลับ would take back; absent when nothing is. */
  readonly undoable?: ApplyRecord;
  /** What this undo did (step "undo" only). */
  readonly undone?: UndoOutcome;
}

export interface ActionFailure {
  /** Stable code (WorkbookError / HostError / Office error code, or "UNKNOWN"). */
  readonly code: string;
  /** Already in the user's language. */
  readonly message: string;
}

/** The outcome of a run: published once per run, when it has finished. */
export type ActionEvent =
  | { readonly action: "createTemplate"; readonly source: ActionSource; readonly ok: true; readonly result: TemplateResult }
  | { readonly action: "checkProjects"; readonly source: ActionSource; readonly ok: true; readonly result: CheckResult }
  | { readonly action: "classifyProjects"; readonly source: ActionSource; readonly ok: true; readonly result: ClassifyOutcome }
  | { readonly action: "generateForms"; readonly source: ActionSource; readonly ok: true; readonly result: GenerateOutcome }
  | { readonly action: "announcePlan"; readonly source: ActionSource; readonly ok: true; readonly result: AnnounceOutcome }
  | { readonly action: ActionName; readonly source: ActionSource; readonly ok: false; readonly error: ActionFailure };

export type ActionListener = (event: ActionEvent) => void;

/** A run under way: `progress` is null when it has just started, before anything was measured. */
export type ProgressEvent =
  | { readonly action: "checkProjects"; readonly source: ActionSource; readonly progress: CheckProgress | null }
  | { readonly action: "classifyProjects"; readonly source: ActionSource; readonly progress: ClassifyProgress | null }
  | { readonly action: "generateForms"; readonly source: ActionSource; readonly progress: GenerateProgress | null };

export type ProgressListener = (event: ProgressEvent) => void;

/**
 * A run that needs the user's say before going on: สร้างบัญชี ผด. asks before replacing
 * generated sheets that were edited by hand. The pane shows it (whoever started the run) and
 * answers with respond(); the first answer counts.
 */
export interface ConfirmRequest {
  readonly id: number;
  readonly action: "generateForms" | "announcePlan";
  readonly source: ActionSource;
  /** The generated sheets edited by hand since OpPlan wrote them. */
  readonly sheets: readonly string[];
  respond(replace: boolean): void;
}

export type ConfirmListener = (request: ConfirmRequest) => void;

interface BusState {
  listeners: Set<ActionListener>;
  progressListeners: Set<ProgressListener>;
  last: ActionEvent | undefined;
  lastByAction: Map<ActionName, ActionEvent>;
  confirmListeners: Set<ConfirmListener>;
  pending: ConfirmRequest | undefined;
  requests: number;
  runs: Map<ActionName, RunWindow>;
  runListeners: Set<RunListener>;
  /** The pane's last write of the user's own input (the settings form, the ประกาศ dates). */
  inputWrite: { readonly started: number; readonly ended: number | null } | undefined;
}

/** Told when an action starts (true) and ends (false), whatever its outcome. */
export type RunListener = (action: ActionName, running: boolean) => void;

/** When an action last ran: `ended` is null while it runs (times from Date.now()). */
export interface RunWindow {
  readonly action: ActionName;
  readonly started: number;
  readonly ended: number | null;
  /** False for a run that only reads (ตรวจสอบ, จัดหมวดหมู่'s classification): it owns no change. */
  readonly writes: boolean;
}

export interface RunOptions {
  /** Whether the run may write to the workbook (default true). */
  readonly writes?: boolean;
  readonly now?: () => number;
}

/**
 * How long after a run ends a workbook change still counts as the run's own: Excel reports
 * changes asynchronously, after the sync that made them.
 */
export const OWN_CHANGE_GRACE_MS = 1500;


const KEY = Symbol.for("opplan.resultBus");

function state(): BusState {
  const g = globalThis as typeof globalThis & { [KEY]?: BusState };
  const s = (g[KEY] ??= {
    listeners: new Set(),
    progressListeners: new Set(),
    last: undefined,
    lastByAction: new Map(),
    confirmListeners: new Set(),
    pending: undefined,
    requests: 0,
    runs: new Map(),
    runListeners: new Set(),
    inputWrite: undefined,
  });
  s.confirmListeners ??= new Set();
  s.requests ??= 0;
  s.runs ??= new Map();
  s.runListeners ??= new Set();
  return s;
}

function notify<E>(listeners: Set<(event: E) => void>, event: E): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (err) {
      console.error("OpPlan: result listener failed", err);
    }
  }
}

/** Sends an event to every listener. A throwing listener does not stop the others. */
export function publish(event: ActionEvent): void {
  const s = state();
  s.last = event;
  s.lastByAction.set(event.action, event);
  notify(s.listeners, event);
}

/** Tells the progress listeners how far a run has got. */
export function publishProgress(event: ProgressEvent): void {
  notify(state().progressListeners, event);
}

/** Returns the unsubscribe function. */
export function subscribeProgress(listener: ProgressListener): () => void {
  const s = state();
  s.progressListeners.add(listener);
  return () => {
    s.progressListeners.delete(listener);
  };
}

/** Returns the unsubscribe function. */
export function subscribe(listener: ActionListener): () => void {
  const s = state();
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
  };
}

/**
 * The most recent outcome (of that action, when one is named), so a pane that mounts after a
 * ribbon run can still show it.
 */
export function lastEvent(action?: ActionName): ActionEvent | undefined {
  const s = state();
  return action === undefined ? s.last : s.lastByAction.get(action);
}

/**
 * Asks the pane for the user's answer. Resolves false at once when no pane listens (nothing
 * gets replaced without a yes), else with the first answer given.
 */
export function requestConfirmation(request: Pick<ConfirmRequest, "action" | "source" | "sheets">): Promise<boolean> {
  const s = state();
  if (s.confirmListeners.size === 0) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    let answered = false;
    const asked: ConfirmRequest = {
      ...request,
      sheets: [...request.sheets],
      id: ++s.requests,
      respond(replace) {
        if (answered) return;
        answered = true;
        if (s.pending === asked) s.pending = undefined;
        resolve(replace);
      },
    };
    s.pending = asked;
    notify(s.confirmListeners, asked);
  });
}

/** The question waiting for an answer, if any: for a pane that mounts while a run waits. */
export function pendingConfirmation(): ConfirmRequest | undefined {
  return state().pending;
}

/** Returns the unsubscribe function. */
export function subscribeConfirm(listener: ConfirmListener): () => void {
  const s = state();
  s.confirmListeners.add(listener);
  return () => {
    s.confirmListeners.delete(listener);
  };
}

/**
 * Marks `action` as running until the returned function is called: a workbook change seen
 * meanwhile (or just after) is the run's own doing, not the user's (see runsOwning).
 */
export function runStarted(action: ActionName, options: RunOptions = {}): () => void {
  const { writes = true, now = Date.now } = options;
  const { runs, runListeners } = state();
  const window: RunWindow = { action, started: now(), ended: null, writes };
  runs.set(action, window);
  for (const listener of [...runListeners]) tellRun(listener, action, true);
  return () => {
    if (runs.get(action) !== window) return;
    runs.set(action, { ...window, ended: now() });
    for (const listener of [...runListeners]) tellRun(listener, action, false);
  };
}

function tellRun(listener: RunListener, action: ActionName, running: boolean): void {
  try {
    listener(action, running);
  } catch (err) {
    console.error("OpPlan: run listener failed", err);
  }
}

/** The actions under way now. */
export function runningActions(): ActionName[] {
  return [...state().runs.values()].filter((r) => r.ended === null).map((r) => r.action);
}

/** When the last run of `action` started: a result describes the workbook as it was from then. */
export function lastRunStart(action: ActionName): number | undefined {
  return state().runs.get(action)?.started;
}

/** Returns the unsubscribe function. */
export function subscribeRuns(listener: RunListener): () => void {
  const s = state();
  s.runListeners.add(listener);
  return () => {
    s.runListeners.delete(listener);
  };
}

/**
 * Whose writes a change seen at `at` may be: the actions running then; with none running, the
 * one that ended last, if less than `graceMs` before (Excel tells of a write after its sync).
 * Only the last: a check that ended a second before a classification's writes did not make them.
 */
export function runsOwning(at: number = Date.now(), graceMs: number = OWN_CHANGE_GRACE_MS): ActionName[] {
  // A run that only reads writes nothing: whatever changes while it runs is the user's.
  const runs = [...state().runs.values()].filter((r) => r.started <= at && r.writes);
  const running = runs.filter((r) => r.ended === null || r.ended >= at);
  if (running.length > 0) return running.map((r) => r.action);
  const last = runs.reduce<RunWindow | undefined>((a, r) => (a === undefined || (r.ended ?? 0) > (a.ended ?? 0) ? r : a), undefined);
  return last && last.ended !== null && at - last.ended <= graceMs ? [last.action] : [];
}

/**
 * Marks, until the returned function is called, a write the pane makes of the user's own input
 * (ตั้งค่า from the settings form, the ประกาศ dates): Excel tells of it as the add-in's own
 * write, yet it changes what the steps read, as the user's typing does (see changeOwners).
 */
export function inputWriteStarted(now: () => number = Date.now): () => void {
  const s = state();
  const write = { started: now(), ended: null };
  s.inputWrite = write;
  return () => {
    if (s.inputWrite === write) s.inputWrite = { ...write, ended: now() };
  };
}

/**
 * Whose writes a change seen at `at` is, given who Excel says made it (WorkbookChange.source):
 * - "other": someone else's (the user's typing), even while a run writes: it is never a run's.
 * - "ownAddin": the add-in's, so the writing runs under way, else the last writing run, however
 *   late Excel tells of it; none when the pane's input write (inputWriteStarted) is under way or
 *   came after that run: the user changed their input through the pane.
 * - absent (a format change, a sheet added or deleted, an Excel before ExcelApi 1.14): the time
 *   window of runsOwning.
 */
export function changeOwners(source: "ownAddin" | "other" | undefined, at: number = Date.now(), graceMs: number = OWN_CHANGE_GRACE_MS): ActionName[] {
  if (source === undefined) return runsOwning(at, graceMs);
  if (source === "other") return [];
  const { runs, inputWrite } = state();
  const input = inputWrite !== undefined && inputWrite.started <= at ? inputWrite : undefined;
  if (input && (input.ended === null || input.ended >= at)) return [];
  const writing = [...runs.values()].filter((r) => r.started <= at && r.writes);
  const running = writing.filter((r) => r.ended === null || r.ended >= at);
  if (running.length > 0) return running.map((r) => r.action);
  const last = writing.reduce<RunWindow | undefined>((a, r) => (a === undefined || (r.ended ?? 0) > (a.ended ?? 0) ? r : a), undefined);
  if (!last || (input && input.started >= (last.ended ?? 0))) return [];
  return [last.action];
}

/** For tests. */
export function resetBus(): void {
  const s = state();
  s.listeners.clear();
  s.progressListeners.clear();
  s.last = undefined;
  s.lastByAction.clear();
  s.confirmListeners.clear();
  s.pending = undefined;
  s.runs.clear();
  s.runListeners.clear();
  s.inputWrite = undefined;
}
