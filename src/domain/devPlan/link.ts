import type { ProjectRecord } from "../project";
import type { DevPlan, DevPlanLink } from "./types";

/**
 * Links each project of this fiscal year to its ผ.02 entry (the result is parallel to `projects`).
 * PLACEHOLDER until the linker lands (issue 13): links nothing.
 */
export function linkProjects(projects: readonly ProjectRecord[], plan: DevPlan, fiscalYear: number): DevPlanLink[] {
  void plan;
  void fiscalYear;
  return projects.map(() => ({ entry: null, score: 0, candidates: [], ambiguous: false }));
}
