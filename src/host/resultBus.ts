/**
 * A tiny in-memory event bus between the ribbon commands and the task pane: what an action
 * ended with, and how far it has got. The events are in actionEvents.ts, the state the bus keeps
 * on globalThis in busState.ts, confirmations in confirmations.ts, run windows in runWindows.ts.
 */
import type { ActionEvent, ActionListener, ActionName, ProgressEvent, ProgressListener } from "./actionEvents";
import { notify, state } from "./busState";

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
