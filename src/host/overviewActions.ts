/**
 * The pane's plan-at-a-glance read from the open workbook. Not an action with an outcome:
 * nothing goes to the bus (it re-reads on every workbook change, and a bus event for each would
 * wake every step), and errors go to the caller.
 */
import type { PlanOverview } from "../commands/planOverview";
import { assertExcel, officePort } from "./actions";
import { devPlanInput } from "./devPlanSource";

export type { PlanOverview } from "../commands/planOverview";

/** Reads the workbook and sums it up; rejects NOT_IN_EXCEL / OLD_EXCEL before any Excel call. */
export async function readOverview(): Promise<PlanOverview> {
  assertExcel();
  // Loaded on first use: the pane's first paint needs neither the adapter nor the readers.
  const [port, { planOverview }] = await Promise.all([officePort(), import(/* webpackChunkName: "overview" */ "../commands/planOverview")]);
  const input = devPlanInput();
  return input.devPlan ? planOverview(port, undefined, input) : planOverview(port);
}
