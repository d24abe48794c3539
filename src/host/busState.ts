/**
 * The bus's state, on globalThis under a registry symbol: with the shared runtime the pane page
 * and the ribbon functions live in one JavaScript context, and even a second copy of these modules
 * (another chunk) talks to the same bus.
 */
import type { ActionEvent, ActionListener, ActionName, ConfirmListener, ConfirmRequest, ProgressListener, RunListener, RunWindow } from "./actionEvents";

export interface BusState {
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

export const KEY = Symbol.for("opplan.resultBus");

export function state(): BusState {
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

export function notify<E>(listeners: Set<(event: E) => void>, event: E): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (err) {
      console.error("OpPlan: result listener failed", err);
    }
  }
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
