import { STANDARD_PLANS } from "../catalog";
import { matchPlan } from "../planNames";
import type { WorkbookReading } from "../read/readWorkbook";
import { matchStrategy } from "../strategyNames";

/** Projects and budget of one group (a strategy, a แผนงาน) as the check counted them. */
export interface GroupTotal {
  readonly name: string;
  readonly projects: number;
  readonly budget: number;
}

export interface CheckSummary {
  /** Buddhist-era fiscal year the plan is for, from ตั้งค่า or else the sheets' headers. */
  readonly fiscalYear: number | null;
  readonly projects: number;
  readonly budget: number;
  /** In the order of the strategy sheet; projects without a known strategy under "(ไม่ระบุ)". */
  readonly strategies: readonly GroupTotal[];
  /** In the standard แผนงาน order; unknown labels under "(ไม่ระบุ)". */
  readonly plans: readonly GroupTotal[];
}

export const UNSPECIFIED = "(ไม่ระบุ)";

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Counts and budgets as read, before classification fills the gaps. */
export function summarize(reading: WorkbookReading): CheckSummary {
  const strategies = new Map<string, { projects: number; budget: number }>(reading.strategies.strategies.map((s) => [s.name, { projects: 0, budget: 0 }]));
  const plans = new Map<string, { projects: number; budget: number }>(STANDARD_PLANS.map((p) => [p.name, { projects: 0, budget: 0 }]));
  const bump = (m: Map<string, { projects: number; budget: number }>, key: string, budget: number) => {
    const g = m.get(key) ?? { projects: 0, budget: 0 };
    g.projects++;
    g.budget += budget;
    m.set(key, g);
  };
  let budget = 0;
  for (const p of reading.projects) {
    const b = "value" in p.budget && p.budget.value > 0 ? p.budget.value : 0;
    budget += b;
    const s = p.strategy ? matchStrategy(p.strategy.text, reading.strategies.strategies)?.strategy.name : undefined;
    bump(strategies, s ?? UNSPECIFIED, b);
    bump(plans, (p.plan && matchPlan(p.plan.text)?.plan.name) ?? UNSPECIFIED, b);
  }
  const list = (m: Map<string, { projects: number; budget: number }>) =>
    [...m].filter(([, g]) => g.projects > 0).map(([name, g]) => ({ name, projects: g.projects, budget: round2(g.budget) }));
  return { fiscalYear: reading.fiscalYear, projects: reading.projects.length, budget: round2(budget), strategies: list(strategies), plans: list(plans) };
}
