/**
 * When actions run, and whose a workbook change is: a run's own writes, the user's input written
 * by the pane, or the user's edits.
 */
import type { ActionName, RunListener, RunOptions, RunWindow } from "./actionEvents";
import { state } from "./busState";

/**
 * How long after a run ends a workbook change still counts as the run's own: Excel reports
 * changes asynchronously, after the sync that made them.
 */
export const OWN_CHANGE_GRACE_MS = 1500;

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

export function tellRun(listener: RunListener, action: ActionName, running: boolean): void {
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
