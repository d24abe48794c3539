import { EQUIPMENT_TYPES, STANDARD_PLANS } from "../../domain/catalog";
import type { PlanModel, PlanProject } from "../../domain/planModel";

export const NO_STRATEGY = "ยุทธศาสตร์ที่ยังไม่ได้ระบุ";
export const NO_PLAN = "แผนงานที่ยังไม่ได้ระบุ";
export const NO_EQUIPMENT_TYPE = "ประเภทครุภัณฑ์ที่ยังไม่ได้ระบุ";

export interface Block {
  readonly plan: string;
  readonly projects: readonly PlanProject[];
}

export interface Group {
  /** A strategy (ผด.01, ผด.02) or a ประเภทครุภัณฑ์ (ผด.02/1). */
  readonly name: string;
  /** The strategy's own number (the user's numbering); null where the place in the list numbers it. */
  readonly number: number | null;
  readonly blocks: readonly Block[];
}

/** Standard แผนงาน in their order, then the user's own labels, the unspecified block last. */
const planRank = (name: string) => {
  if (name === NO_PLAN) return STANDARD_PLANS.length + 1;
  const i = STANDARD_PLANS.findIndex((p) => p.name === name);
  return i < 0 ? STANDARD_PLANS.length : i;
};

function groupBy(
  projects: readonly PlanProject[],
  outer: (p: PlanProject) => string,
  order: readonly string[],
  last: string,
  numberOf: (name: string) => number | null = () => null,
): Group[] {
  const groups = new Map<string, Map<string, PlanProject[]>>();
  for (const p of projects) {
    const g = outer(p);
    const plan = p.plan ?? NO_PLAN;
    if (!groups.has(g)) groups.set(g, new Map());
    const blocks = groups.get(g)!;
    blocks.set(plan, [...(blocks.get(plan) ?? []), p]);
  }
  const rank = (g: string) => (g === last ? Number.MAX_SAFE_INTEGER : order.indexOf(g) < 0 ? order.length : order.indexOf(g));
  return [...groups]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([name, blocks]) => ({
      name,
      number: numberOf(name),
      blocks: [...blocks].sort((a, b) => planRank(a[0]) - planRank(b[0])).map(([plan, ps]) => ({ plan, projects: ps })),
    }));
}

/**
 * ผด.01 and ผด.02: projects (not equipment) by strategy in the tree's order, numbered as the user
 * numbers them, then แผนงาน in the standard order (the user's own labels after the standard ones).
 */
export function projectGroups(plan: PlanModel): Group[] {
  const numbers = new Map(plan.strategies.map((s) => [s.name, s.number]));
  const last = Math.max(0, ...plan.strategies.map((s) => s.number));
  return groupBy(
    plan.projects.filter((p) => p.kind === "project"),
    (p) => p.strategy ?? NO_STRATEGY,
    plan.strategies.map((s) => s.name),
    NO_STRATEGY,
    (name) => numbers.get(name) ?? last + 1,
  );
}

/** ผด.02/1: equipment by ประเภทครุภัณฑ์ in the standard order, then แผนงาน. */
export function equipmentGroups(plan: PlanModel): Group[] {
  return groupBy(
    plan.projects.filter((p) => p.kind === "equipment"),
    (p) => p.equipmentType ?? NO_EQUIPMENT_TYPE,
    EQUIPMENT_TYPES,
    NO_EQUIPMENT_TYPE,
  );
}

export const sumBudget = (ps: readonly PlanProject[]) => Math.round(ps.reduce((s, p) => s + p.budget, 0) * 100) / 100;
