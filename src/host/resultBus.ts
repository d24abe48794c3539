/**
 * A tiny in-memory event bus between the ribbon commands and the task pane.
 *
 * With the shared runtime the pane page and the ribbon functions live in one JavaScript
 * context, so a ribbon run can show its result in the pane. The listeners live on
 * globalThis (under a registry symbol), so even a second copy of this module (another
 * chunk) still talks to the same bus.
 */

/** Commands the ribbon and the pane can run. Add "checkProjects" | "classifyProjects" | ... here. */
export type ActionName = "createTemplate";

export type ActionSource = "pane" | "ribbon";

export interface TemplateResult {
  /** Sheets the run added, in workbook order. */
  readonly added: readonly string[];
  /** Template sheets that were already there and were left alone. */
  readonly existing: readonly string[];
  /** The Buddhist-era fiscal year the template was made for. */
  readonly fiscalYear: number;
}

export interface ActionFailure {
  /** Stable code (WorkbookError / HostError / Office error code, or "UNKNOWN"). */
  readonly code: string;
  /** Already in the user's language. */
  readonly message: string;
}

export type ActionEvent =
  | { readonly action: "createTemplate"; readonly source: ActionSource; readonly ok: true; readonly result: TemplateResult }
  | { readonly action: ActionName; readonly source: ActionSource; readonly ok: false; readonly error: ActionFailure };

export type ActionListener = (event: ActionEvent) => void;

interface BusState {
  listeners: Set<ActionListener>;
  last: ActionEvent | undefined;
}

const KEY = Symbol.for("opplan.resultBus");

function state(): BusState {
  const g = globalThis as typeof globalThis & { [KEY]?: BusState };
  if (!g[KEY]) g[KEY] = { listeners: new Set(), last: undefined };
  return g[KEY];
}

/** Sends an event to every listener. A throwing listener does not stop the others. */
export function publish(event: ActionEvent): void {
  const s = state();
  s.last = event;
  for (const listener of [...s.listeners]) {
    try {
      listener(event);
    } catch (err) {
      console.error("OpPlan: result listener failed", err);
    }
  }
}

/** Returns the unsubscribe function. */
export function subscribe(listener: ActionListener): () => void {
  const s = state();
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
  };
}

/** The most recent event, so a pane that mounts after a ribbon run can still show it. */
export function lastEvent(): ActionEvent | undefined {
  return state().last;
}

/** For tests. */
export function resetBus(): void {
  const s = state();
  s.listeners.clear();
  s.last = undefined;
}
