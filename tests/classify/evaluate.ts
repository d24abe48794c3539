import { classifyProject, indexStrategies } from "../../src/domain/classify/classify";
import { normalizeText } from "../../src/domain/parse/text";
import type { ProjectRecord } from "../../src/domain/project";
import type { StrategyNode } from "../../src/domain/read/strategySheet";
import type { EvalProject, EvalTree } from "./evalData";

export interface Accuracy {
  readonly n: number;
  readonly planTop1: number;
  readonly planTop2: number;
  readonly strategyTop1: number;
  readonly strategyTop2: number;
}

export function treeNodes(tree: EvalTree): StrategyNode[] {
  return tree.strategies.map((s, i) => ({ name: s.name, number: i + 1, approaches: s.approaches, plans: s.plans, keywords: s.keywords, cell: `A${i + 2}` }));
}

/** An empty project record with the reader's defaults: no labels, no months. */
export function projectRecord(): ProjectRecord {
  return {
    sheet: "โครงการ",
    row: 0,
    rows: [0],
    no: "1",
    name: "",
    detail: "",
    budget: { kind: "number", value: 1 },
    location: "",
    unit: "",
    source: "",
    edition: null,
    strategy: null,
    approach: "",
    plan: null,
    kind: "project",
    equipmentType: null,
    months: Array(12).fill(false),
    monthsFrom: null,
    monthsOutsideFy: false,
    monthsReversed: false,
    monthsInvalid: false,
    cells: {},
    rawTexts: {},
    hidden: false,
  };
}

export function asRecord(p: EvalProject): ProjectRecord {
  return {
    ...projectRecord(),
    // As the reader hands records over: normalised (Thai digits, spaces, line breaks).
    name: normalizeText(p.name),
    detail: normalizeText(p.detail ?? ""),
    unit: normalizeText(p.unit ?? ""),
    kind: p.kind ?? "project",
  };
}

/** Accuracy on unlabelled rows: neither strategy nor แผนงาน given, as staff leave many. */
export function evaluate(projects: readonly EvalProject[], trees: readonly EvalTree[], useKeywords: boolean): Accuracy {
  const indexes = new Map(trees.map((t) => [t.id, indexStrategies(treeNodes(t), useKeywords)]));
  let p1 = 0, p2 = 0, s1 = 0, s2 = 0;
  for (const p of projects) {
    const c = classifyProject(asRecord(p), indexes.get(p.tree)!);
    const top2 = (alts: readonly { name: string }[]) => alts.slice(0, 2).map((a) => a.name);
    if (c.plan.name === p.plan) p1++;
    if (c.plan.name === p.plan || top2(c.plan.alternatives).includes(p.plan)) p2++;
    if (c.strategy.name === p.strategy) s1++;
    if (c.strategy.name === p.strategy || top2(c.strategy.alternatives).includes(p.strategy)) s2++;
  }
  const n = projects.length;
  return { n, planTop1: p1 / n, planTop2: p2 / n, strategyTop1: s1 / n, strategyTop2: s2 / n };
}
