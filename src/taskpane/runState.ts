/**
 * The state of a step whose run can be cancelled (ตรวจสอบ, จัดหมวดหมู่, สร้างบัญชี ผด.): nothing yet,
 * a run under way with its progress, the result, a cancelled run, or a failure. Pure functions, one
 * set for the three steps; each step only says what its result looks like (`D`, told apart by its
 * `kind`) and how far a progress report has got.
 */
import type { ActionEvent, ActionName, ActionSource } from "../host/actionEvents";

export interface RunIdle {
  readonly kind: "idle";
}

export interface RunRunning<P, D> {
  readonly kind: "running";
  readonly source: ActionSource;
  readonly progress: P | null;
  readonly fraction: number;
  /** The result shown before this run: back on screen if the run is cancelled. */
  readonly previous: D | undefined;
  /** ยกเลิก was pressed; the run has not stopped yet. */
  readonly cancelling: boolean;
}

export interface RunCancelledState<D> {
  readonly kind: "cancelled";
  readonly previous: D | undefined;
}

export interface RunError {
  readonly kind: "error";
  readonly source: ActionSource;
  readonly message: string;
}

/** What a step shows as its result ("done", "ready"): anything but the four kinds above. */
export interface RunResult {
  readonly kind: string;
  readonly source: ActionSource;
}

export type RunState<P, D extends RunResult> = RunIdle | RunRunning<P, D> | D | RunCancelledState<D> | RunError;

export const RUN_IDLE: RunIdle = { kind: "idle" };

const isRunning = <P, D extends RunResult>(s: RunState<P, D>): s is RunRunning<P, D> => s.kind === "running";

/** The result on screen (kept under a cancelled run's notice and during a run), if any. */
export function shownResult<P, D extends RunResult>(state: RunState<P, D>): D | undefined {
  switch (state.kind) {
    case "idle":
    case "error":
      return undefined;
    case "running":
    case "cancelled":
      return (state as RunRunning<P, D> | RunCancelledState<D>).previous;
    default:
      return state as D;
  }
}

/** The state after a progress report (null: a run starts); the bar never goes back within a run. */
export function advanceRun<P, D extends RunResult>(state: RunState<P, D>, source: ActionSource, progress: P | null, fraction: number): RunState<P, D> {
  const same = isRunning(state) && state.source === source && progress !== null ? state : undefined;
  return {
    kind: "running",
    source,
    progress,
    fraction: Math.max(same?.fraction ?? 0, fraction),
    previous: shownResult(state),
    cancelling: same?.cancelling ?? false,
  };
}

/** ยกเลิก pressed on the pane's own run. */
export function cancellingRun<P, D extends RunResult>(state: RunState<P, D>): RunState<P, D> {
  return isRunning(state) && state.source === "pane" ? { ...state, cancelling: true } : state;
}

/** A pane run under way: the ribbon's reports of the same action do not replace it. */
export const paneRunning = <P, D extends RunResult>(state: RunState<P, D>): boolean => isRunning(state) && state.source === "pane";

/** How a pane run ended without a result: cancelled (the result before it stays) or failed. */
export function endedWithout<P, D extends RunResult>(state: RunState<P, D>, cancelled: boolean, message: string): RunState<P, D> {
  return cancelled ? { kind: "cancelled", previous: shownResult(state) } : { kind: "error", source: "pane", message };
}

type Outcome<A extends ActionName> = Extract<ActionEvent, { action: A; ok: true }>["result"];

/** A ribbon run's outcome of `action` as the step's state, when `event` is one; `done` makes the result. */
export function ribbonRunState<A extends ActionName, P, D extends RunResult>(
  event: ActionEvent | undefined,
  action: A,
  state: RunState<P, D>,
  done: (outcome: Outcome<A>) => D,
): RunState<P, D> | undefined {
  if (!event || event.action !== action || event.source !== "ribbon") return undefined;
  if (event.ok) return done(event.result as Outcome<A>);
  if (event.error.code === "CANCELLED") return { kind: "cancelled", previous: shownResult(state) };
  return { kind: "error", source: "ribbon", message: event.error.message };
}
