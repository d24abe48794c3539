/**
 * Stand-ins for the plan reader and the linker, giving the truth of integrationBook.ts, for tests
 * that jest.mock("src/domain/devPlan/{readDevPlan,tree,link}") until the real ones land.
 * SWITCH TO THE REAL ONES after merge: drop the jest.mock lines and this call; the truth stays.
 */
import type { SheetData } from "../../src/core/sheetData";
import { linkProjects } from "../../src/domain/devPlan/link";
import { devPlanFormOf, readDevPlan } from "../../src/domain/devPlan/readDevPlan";
import { devPlanStrategies } from "../../src/domain/devPlan/tree";
import { LINKS, PLAN_SHEET, planOf, TREE } from "./integrationBook";

const isPlanSheet = (s: SheetData) => s.values.some((row) => row.some((v) => v === "แบบ ผ.02"));

export function standIn(): void {
  jest.mocked(devPlanFormOf).mockImplementation((s) => (isPlanSheet(s) ? "ผ.02" : null));
  jest.mocked(readDevPlan).mockImplementation((sheets, origin) => (sheets.some((s) => s.name === PLAN_SHEET && isPlanSheet(s)) ? planOf(origin) : null));
  jest.mocked(devPlanStrategies).mockImplementation(() => TREE.map((s) => ({ ...s, approaches: [...s.approaches], plans: [...s.plans], keywords: [] })));
  jest.mocked(linkProjects).mockImplementation((projects) => projects.map((p) => LINKS[p.name] ?? { entry: null, score: 0, candidates: [], ambiguous: false }));
}
