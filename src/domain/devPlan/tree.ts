import type { StrategyNode } from "../read/strategySheet";
import type { DevPlan } from "./types";

/**
 * The strategy tree the plan states: its ยุทธศาสตร์ in order, each with its แนวทาง/กลยุทธ์ and the
 * แผนงาน under them, as the ยุทธศาสตร์ sheet would hold it. PLACEHOLDER until the reader lands.
 */
export function devPlanStrategies(plan: DevPlan): StrategyNode[] {
  void plan;
  return [];
}
