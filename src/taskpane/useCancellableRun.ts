/**
 * The run-with-cancel flow the three cancellable steps share (ตรวจสอบ, จัดหมวดหมู่, สร้างบัญชี ผด.):
 * the step's state, a ribbon run's progress shown unless the pane's own run is under way, the
 * pane's run with its AbortController, and ยกเลิก. What a ribbon run's outcome does to the step
 * differs per step and stays with it.
 */
import { useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { ActionName, ActionSource } from "../host/actionEvents";
import { isCancelledError } from "../workbook/port";
import { errorMessage } from "../host/errorMessage";
import { useLang } from "./lang";
import { cancellingRun, endedWithout, paneRunning, type RunResult, type RunState } from "./runState";
import { useProgressEvents } from "./useBus";

export interface RunStarter<P, R> {
  (options: { source: "pane"; onProgress: (progress: P) => void; signal: AbortSignal }): Promise<R>;
}

export interface CancellableRunOptions<P, D extends RunResult, R> {
  readonly action: ActionName;
  readonly initial: () => RunState<P, D>;
  /** The state after a progress report (null: a run starts). */
  readonly advance: (state: RunState<P, D>, source: ActionSource, progress: P | null) => RunState<P, D>;
  readonly start: RunStarter<P, R>;
  /** The pane's run's result as the step's state. */
  readonly done: (result: R) => D;
}

export interface CancellableRun<P, D extends RunResult> {
  readonly state: RunState<P, D>;
  readonly setState: Dispatch<SetStateAction<RunState<P, D>>>;
  /** Starts the pane's run; a cancel ends it as cancelled (the result before it stays), a failure as an error. */
  readonly run: () => Promise<void>;
  readonly cancel: () => void;
}

export function useCancellableRun<P, D extends RunResult, R>(options: CancellableRunOptions<P, D, R>): CancellableRun<P, D> {
  const { lang } = useLang();
  const [state, setState] = useState<RunState<P, D>>(options.initial);
  /** The pane's own run under way, for ยกเลิก. */
  const controller = useRef<AbortController | undefined>(undefined);
  const { action, advance, start, done } = options;

  // A ribbon run (shared runtime: same globals) shows its progress here too.
  useProgressEvents((event) => {
    if (event.action !== action || event.source !== "ribbon") return;
    setState((s) => (paneRunning(s) ? s : advance(s, "ribbon", event.progress as P | null)));
  });

  const run = async () => {
    const current = new AbortController();
    controller.current = current;
    setState((s) => advance(s, "pane", null));
    try {
      const result = await start({ source: "pane", onProgress: (p) => setState((s) => advance(s, "pane", p)), signal: current.signal });
      setState(done(result));
    } catch (err) {
      // A cancel is no failure: what the step showed before the run stays.
      setState((s) => endedWithout(s, isCancelledError(err), errorMessage(err, lang)));
    } finally {
      if (controller.current === current) controller.current = undefined;
    }
  };

  const cancel = () => {
    controller.current?.abort();
    setState(cancellingRun);
  };

  return { state, setState, run, cancel };
}
