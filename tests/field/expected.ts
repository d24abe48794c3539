/**
 * What the forms must print, computed from a workbook's truth (never from OpPlan's model), and the
 * keys by which printed headings are compared with what the officer wrote.
 */
import { EQUIPMENT_TYPES, STANDARD_PLANS } from "../../src/domain/catalog";
import { arabic } from "./formsReader";
import { isEquipment, type Truth, type TruthProject } from "./truth";

export const NO_STRATEGY = "ยุทธศาสตร์ที่ยังไม่ได้ระบุ";
export const NO_PLAN = "แผนงานที่ยังไม่ได้ระบุ";
export const NO_EQUIPMENT_TYPE = "ประเภทครุภัณฑ์ที่ยังไม่ได้ระบุ";

/** A project name as printed: runs of spaces and newlines are one space. */
export const nameKey = (s: string) => arabic(s).replace(/\s+/g, " ").trim();

const LEADING_NUMBERING = /^(ยุทธศาสตร์(การพัฒนา)?\s*ที่\s*\d+\s*[.:)]?|\(?\d+(\.\d+)*\s*[.)]|\d+(\.\d+)+|\d+\s+)\s*/;

/** A strategy compared without its leading numbering ("1.", "1)", "ยุทธศาสตร์ที่ 1"), a leading word "ยุทธศาสตร์" and spaces. */
export function strategyKey(s: string): string {
  let t = arabic(s).trim();
  for (;;) {
    const u = t.replace(LEADING_NUMBERING, "");
    if (u === t) break;
    t = u;
  }
  return t.replace(/^ยุทธศาสตร์\s*:?/, "").replace(/\s+/g, "");
}

/** The numbers a strategy heading prints: "4. ยุทธศาสตร์…" → [4]; "2. ยุทธศาสตร์ที่ 4 …" → [2, 4]. */
export function headingNumbers(s: string): number[] {
  const out: number[] = [];
  let t = arabic(s).trim();
  for (;;) {
    const m = /^(?:ยุทธศาสตร์(?:การพัฒนา)?\s*ที่\s*(\d+)\s*[.:)]?|\(?(\d+)\s*[.)])\s*/.exec(t);
    if (!m) break;
    out.push(Number(m[1] ?? m[2]));
    t = t.slice(m[0].length);
  }
  return out;
}

/** A แผนงาน or ประเภทครุภัณฑ์ heading compared without its "1.1" numbering and spaces. */
export const planKey = (s: string) => arabic(s).trim().replace(/^\(?\d+(\.\d+)*\s*[.)]?\s*/, "").replace(/\s+/g, "");

const satang = (baht: number) => Math.round(baht * 100);

/** part/total×100 rounded half up to two decimals, in exact integer arithmetic (0 when total is 0). */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((part * 10_000 * 2 + total) / (2 * total)) / 100;
}

export interface Placement {
  strategy: string;
  plan: string;
}

/** Where the truth puts a project (unspecified groups for null). */
export function truthPlacement(p: TruthProject): Placement {
  return { strategy: p.strategy ?? NO_STRATEGY, plan: p.plan ?? NO_PLAN };
}

export interface LineFigures {
  key: string;
  projects: number;
  percentProjects: number;
  budget: number;
  percentBudget: number;
}

export interface StrategyFigures extends LineFigures {
  lines: LineFigures[];
}

export interface SummaryFigures {
  strategies: StrategyFigures[];
  total: Omit<LineFigures, "key">;
}

const standardRank = (plan: string) => {
  const i = STANDARD_PLANS.findIndex((p) => planKey(p.name) === planKey(plan));
  return planKey(plan) === planKey(NO_PLAN) ? STANDARD_PLANS.length + 1 : i < 0 ? STANDARD_PLANS.length : i;
};

/** Orders a group's แผนงาน: standard order, the user's own labels after them (first appearance), the unspecified last. */
export function orderPlans(plans: string[]): string[] {
  const first = [...new Set(plans.map(planKey))];
  return first.sort((a, b) => standardRank(a) - standardRank(b) || first.indexOf(a) - first.indexOf(b));
}

/** Strategy keys in the user's order: `strategies` if given, else first appearance; the unspecified group last. */
export function orderStrategies(truth: Truth, placed: string[]): string[] {
  const given = (truth.strategies ?? []).map(strategyKey);
  const seen = [...new Set(placed.map(strategyKey))];
  const rank = (k: string) => (k === strategyKey(NO_STRATEGY) ? Number.MAX_SAFE_INTEGER : given.includes(k) ? given.indexOf(k) : given.length + seen.indexOf(k));
  return seen.sort((a, b) => rank(a) - rank(b));
}

/** ผด.01 as it must print: every row's per cents rounded on its own. */
export function expectedSummary(truth: Truth, placement: (p: TruthProject) => Placement): SummaryFigures {
  const projects = truth.projects.filter((p) => !isEquipment(p));
  const n = projects.length;
  const total = projects.reduce((s, p) => s + satang(p.budget), 0);
  const fig = (ps: TruthProject[]) => {
    const b = ps.reduce((s, p) => s + satang(p.budget), 0);
    return { projects: ps.length, percentProjects: percent(ps.length, n), budget: b / 100, percentBudget: percent(b, total) };
  };
  const strategies = orderStrategies(truth, projects.map((p) => placement(p).strategy)).map((sk) => {
    const mine = projects.filter((p) => strategyKey(placement(p).strategy) === sk);
    const lines = orderPlans(mine.map((p) => placement(p).plan)).map((pk) => ({ key: pk, ...fig(mine.filter((p) => planKey(placement(p).plan) === pk)) }));
    return { key: sk, ...fig(mine), lines };
  });
  return { strategies, total: { projects: n, percentProjects: n ? 100 : 0, budget: total / 100, percentBudget: n ? 100 : 0 } };
}

export interface EquipmentGroup {
  key: string;
  blocks: { key: string; items: TruthProject[] }[];
}

/** ผด.02/1 as it must print: types in EQUIPMENT_TYPES order (unspecified last), then แผนงาน. */
export function expectedEquipment(truth: Truth): EquipmentGroup[] {
  const items = truth.projects.filter(isEquipment);
  const typeOf = (p: TruthProject) => planKey(p.equipment?.type ?? NO_EQUIPMENT_TYPE);
  const rank = (k: string) => {
    const i = EQUIPMENT_TYPES.map(planKey).indexOf(k);
    return i < 0 ? EQUIPMENT_TYPES.length : i;
  };
  const types = [...new Set(items.map(typeOf))].sort((a, b) => rank(a) - rank(b));
  return types.map((key) => {
    const mine = items.filter((p) => typeOf(p) === key);
    return { key, blocks: orderPlans(mine.map((p) => p.plan ?? NO_PLAN)).map((pk) => ({ key: pk, items: mine.filter((p) => planKey(p.plan ?? NO_PLAN) === pk) })) };
  });
}

export const sumBudget = (ps: TruthProject[]) => ps.reduce((s, p) => s + satang(p.budget), 0) / 100;
