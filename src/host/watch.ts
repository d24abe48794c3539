/**
 * Tells the pane when the user (or anything else) changes the open workbook, so a step's result
 * can show it is out of date. The pane never calls Excel itself: this is its door to the events.
 */
import type { WorkbookChange } from "../workbook/officeChanges";
import { assertExcel } from "./actions";

export type { WorkbookChange };

/**
 * Starts watching; resolves once Excel delivers the events, with a function that stops them.
 * Throws NOT_IN_EXCEL or OLD_EXCEL like the other actions. Stopping is fire-and-forget, so a
 * React effect's cleanup can call it: a failure to unregister is only logged, and nothing
 * reaches `listener` once it has been called.
 */
export async function watchWorkbook(listener: (change: WorkbookChange) => void): Promise<() => void> {
  assertExcel();
  // Loaded on first use, into the chunk that already holds the Office adapter.
  const { watchOfficeWorkbook } = await import(/* webpackChunkName: "workbook" */ "../workbook/officeChanges");
  const remove = await watchOfficeWorkbook(listener);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    remove().catch((err: unknown) => console.warn("OpPlan: could not stop watching the workbook", err));
  };
}
