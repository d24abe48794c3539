/** A run that needs the user's say before going on, and the pane's answer. */
import type { ConfirmListener, ConfirmRequest } from "./actionEvents";
import { notify, state } from "./busState";

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
