/**
 * Whether a run is waiting for the user to leave the cell they are typing in (editMode.ts), for
 * the pane to say so: a ribbon button pressed meanwhile would otherwise look as if nothing
 * happened for up to two minutes. Kept on globalThis like the result bus, so every chunk shares it.
 */
export type CellEditListener = (waiting: boolean) => void;

const KEY = Symbol.for("opplan.cellEditBus");

interface CellEditState {
  readonly listeners: Set<CellEditListener>;
  /** Batches waiting now: several runs may wait at once. */
  waiting: number;
}

function state(): CellEditState {
  const g = globalThis as typeof globalThis & { [KEY]?: CellEditState };
  return (g[KEY] ??= { listeners: new Set(), waiting: 0 });
}

/** A batch started (true) or stopped (false) waiting; listeners hear whether any batch waits. */
export function tellCellEditWaiting(waiting: boolean): void {
  const s = state();
  const before = s.waiting > 0;
  s.waiting = Math.max(0, s.waiting + (waiting ? 1 : -1));
  const now = s.waiting > 0;
  if (now === before) return;
  for (const listener of [...s.listeners]) {
    try {
      listener(now);
    } catch (err) {
      console.error("OpPlan: cell edit listener failed", err);
    }
  }
}

export function isWaitingForCellEdit(): boolean {
  return state().waiting > 0;
}

/** Returns the unsubscribe function. */
export function subscribeCellEdit(listener: CellEditListener): () => void {
  const s = state();
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
  };
}
