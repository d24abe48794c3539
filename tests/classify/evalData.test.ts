/**
 * Sanity tests of the evaluation data itself (not of any classifier): sizes, coverage of the
 * 12 standard แผนงาน, separation of DEV and HOLDOUT, and that every label agrees with its tree.
 */
import { STANDARD_PLANS } from "../../src/domain/catalog";
import { EVAL_DEV, EVAL_HOLDOUT, EVAL_TREES, MISSPELT_LABELS, STRATEGY_LABELS, type EvalProject } from "./evalData";

const STANDARD = [
  "แผนงานบริหารงานทั่วไป",
  "แผนงานการรักษาความสงบภายใน",
  "แผนงานการศึกษา",
  "แผนงานสาธารณสุข",
  "แผนงานสังคมสงเคราะห์",
  "แผนงานเคหะและชุมชน",
  "แผนงานสร้างความเข้มแข็งของชุมชน",
  "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
  "แผนงานอุตสาหกรรมและการโยธา",
  "แผนงานการเกษตร",
  "แผนงานการพาณิชย์",
  "แผนงานงบกลาง",
];

const SETS: [string, EvalProject[]][] = [
  ["DEV", EVAL_DEV],
  ["HOLDOUT", EVAL_HOLDOUT],
];

/** Names compared as a reader would: whitespace collapsed. */
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

function countBy<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

it("uses exactly the standard names of the catalogue", () => {
  expect(STANDARD_PLANS.map((p) => p.name)).toEqual(STANDARD);
});

describe("trees", () => {
  it("has at least 4 trees of different อปท. types with unique ids", () => {
    expect(EVAL_TREES.length).toBeGreaterThanOrEqual(4);
    expect(new Set(EVAL_TREES.map((t) => t.id)).size).toBe(EVAL_TREES.length);
    const prefixes = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "องค์การบริหารส่วนจังหวัด"];
    for (const prefix of prefixes) expect(EVAL_TREES.some((t) => t.org.startsWith(prefix))).toBe(true);
  });

  it.each(EVAL_TREES.map((t) => [t.id, t] as const))("%s is well formed and covers all 12 แผนงาน", (_id, tree) => {
    expect(tree.strategies.length).toBeGreaterThanOrEqual(4);
    expect(tree.strategies.length).toBeLessThanOrEqual(8);
    expect(new Set(tree.strategies.map((s) => s.name)).size).toBe(tree.strategies.length);
    for (const s of tree.strategies) {
      expect(s.name).toMatch(/^ยุทธศาสตร์/);
      expect(s.approaches.length).toBeGreaterThanOrEqual(1);
      expect(s.plans.length).toBeGreaterThanOrEqual(1);
      for (const plan of s.plans) expect(STANDARD).toContain(plan);
      expect(new Set(s.plans).size).toBe(s.plans.length);
      expect(s.keywords.length).toBeGreaterThanOrEqual(5);
      expect(s.keywords.length).toBeLessThanOrEqual(15);
      expect(new Set(s.keywords).size).toBe(s.keywords.length);
    }
    const covered = new Set(tree.strategies.flatMap((s) => s.plans));
    expect([...covered].sort()).toEqual([...STANDARD].sort());
  });

  it("has some แผนงาน under more than one strategy in every tree", () => {
    for (const tree of EVAL_TREES) {
      const n = countBy(tree.strategies.flatMap((s) => s.plans), (p) => p);
      expect([...n.values()].some((c) => c > 1)).toBe(true);
    }
  });
});

describe.each(SETS)("%s", (_label, set) => {
  it("has at least 150 projects, no repeated name", () => {
    expect(set.length).toBeGreaterThanOrEqual(150);
    expect(new Set(set.map((p) => norm(p.name))).size).toBe(set.length);
  });

  it("has every standard แผนงาน at least 8 times and nothing else", () => {
    const n = countBy(set, (p) => p.plan);
    for (const plan of STANDARD) expect({ plan, atLeast8: (n.get(plan) ?? 0) >= 8 }).toEqual({ plan, atLeast8: true });
    for (const plan of n.keys()) expect(STANDARD).toContain(plan);
  });

  it("keeps โยธา the largest แผนงาน, as in real plans", () => {
    const n = countBy(set, (p) => p.plan);
    const civ = n.get("แผนงานอุตสาหกรรมและการโยธา") ?? 0;
    for (const plan of STANDARD) expect(civ).toBeGreaterThanOrEqual(n.get(plan) ?? 0);
  });

  it("labels every project consistently with its tree", () => {
    for (const p of set) {
      const tree = EVAL_TREES.find((t) => t.id === p.tree);
      expect(tree).toBeDefined();
      const strategy = tree!.strategies.find((s) => s.name === p.strategy);
      expect({ name: p.name, strategy: strategy?.name }).toEqual({ name: p.name, strategy: p.strategy });
      expect({ name: p.name, plans: strategy!.plans.includes(p.plan) }).toEqual({ name: p.name, plans: true });
    }
  });

  it("uses every tree", () => {
    const used = new Set(set.map((p) => p.tree));
    for (const t of EVAL_TREES) expect(used.has(t.id)).toBe(true);
  });

  it("has about 10% equipment, a unit on most rows and a detail on about half", () => {
    const equipment = set.filter((p) => p.kind === "equipment").length;
    expect(equipment / set.length).toBeGreaterThanOrEqual(0.07);
    expect(equipment / set.length).toBeLessThanOrEqual(0.2);
    expect(set.filter((p) => p.unit).length / set.length).toBeGreaterThanOrEqual(0.8);
    expect(set.filter((p) => p.detail).length / set.length).toBeGreaterThanOrEqual(0.4);
    for (const p of set) expect(p.name.trim().length).toBeGreaterThan(0);
  });
});

describe("DEV and HOLDOUT", () => {
  it("together hold at least 300 projects", () => {
    expect(EVAL_DEV.length + EVAL_HOLDOUT.length).toBeGreaterThanOrEqual(300);
  });

  it("share no project name", () => {
    const dev = new Set(EVAL_DEV.map((p) => norm(p.name)));
    const both = EVAL_HOLDOUT.filter((p) => dev.has(norm(p.name))).map((p) => p.name);
    expect(both).toEqual([]);
  });

  it("have the same distribution of แผนงาน within 4 percentage points", () => {
    const dev = countBy(EVAL_DEV, (p) => p.plan);
    const hold = countBy(EVAL_HOLDOUT, (p) => p.plan);
    for (const plan of STANDARD) {
      const a = (dev.get(plan) ?? 0) / EVAL_DEV.length;
      const b = (hold.get(plan) ?? 0) / EVAL_HOLDOUT.length;
      expect({ plan, close: Math.abs(a - b) <= 0.04 }).toEqual({ plan, close: true });
    }
  });
});

describe("MISSPELT_LABELS", () => {
  it("has at least 60 variants, each a non-standard spelling of one standard แผนงาน", () => {
    expect(MISSPELT_LABELS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(MISSPELT_LABELS.map((l) => l.label)).size).toBe(MISSPELT_LABELS.length);
    for (const { label, plan } of MISSPELT_LABELS) {
      expect(STANDARD).toContain(plan);
      expect(label).not.toBe(plan);
    }
  });

  it("covers every standard แผนงาน at least 4 times", () => {
    const n = countBy(MISSPELT_LABELS, (l) => l.plan);
    for (const plan of STANDARD) expect(n.get(plan) ?? 0).toBeGreaterThanOrEqual(4);
  });
});

describe("STRATEGY_LABELS", () => {
  it("has at least 30 references, each to an existing strategy of its tree", () => {
    expect(STRATEGY_LABELS.length).toBeGreaterThanOrEqual(30);
    for (const { tree, label, strategy } of STRATEGY_LABELS) {
      const t = EVAL_TREES.find((x) => x.id === tree);
      expect(t).toBeDefined();
      expect({ label, found: t!.strategies.some((s) => s.name === strategy) }).toEqual({ label, found: true });
      expect(label).not.toBe(strategy);
    }
  });

  it("refers to strategies of every tree", () => {
    for (const t of EVAL_TREES) expect(STRATEGY_LABELS.some((l) => l.tree === t.id)).toBe(true);
  });
});
