/**
 * Sample แผนการดำเนินงาน input: a whole workbook's worth of lifelike, deliberately imperfect
 * rows for tests, benchmarks, demos and the CLI. Deterministic for a seed, so a failing test or
 * a bug report can name the seed that rebuilds the same workbook.
 *
 * The imperfections mirror real files (domain.md §6): budgets typed as text, Thai digits,
 * unlabelled rows, variant spellings of แผนงาน, names spilling into a second row, blank rows.
 */
import type { CellValue } from "../core/cellValue";
import type { SheetSpec } from "../core/sheetSpec";
import { EQUIPMENT_TYPES, FUNDING_SOURCES } from "../domain/catalog";
import { type Holiday, fixedHolidays } from "../domain/holidays";
import { type ProjectField, type ProjectRowInput, type SettingValues, type StrategyRowInput, buildHolidaySheet, buildListsSheet, buildProjectSheet, buildSettingsSheet, buildStrategySheet } from "../reports/inputTemplate";
import { AGENCY_PATTERNS, EQUIPMENT_ITEMS, PLAN_KEYS, PLAN_NAME, PLAN_VARIANTS, PLAN_WEIGHT, PROJECT_PATTERNS, type PlanKey, type ProjectPattern, STRATEGY_TREES, type StrategyTree, type Theme, unitName } from "./lexicon";
import { type Rng, WeightedTable, createRng } from "./random";
import { RowContext, groupDigits, makeArea } from "./sampleArea";
import { budgetCell, drawBudget, drawMonths, makeSettings } from "./sampleDraws";
import { addMess } from "./sampleMess";

export interface SampleOptions {
  /** Real projects (rows with a ที่); blank padding and continuation rows come on top. */
  readonly projects: number;
  readonly seed: number;
  /** Buddhist-era fiscal year, e.g. 2569. */
  readonly fiscalYear: number;
}

export interface SamplePlan {
  readonly settings: SettingValues;
  readonly strategies: StrategyRowInput[];
  readonly projects: ProjectRowInput[];
  readonly holidays: Holiday[];
}

/** The mark written in month cells; kept in one place so tests and readers agree on it. */
export const MONTH_MARK = "✓";

// Shares of the real projects; see domain.md §6 for why each kind of row exists.
export const EQUIPMENT_SHARE = 0.08;

export const AGENCY_SHARE = 0.05;

export const LABEL_BOTH = 0.75;

export const LABEL_PLAN_ONLY = 0.92; // cumulative: the rest carry neither label

export const MONTH_FILL_SHARE = 0.12;

export interface Draft {
  readonly cells: Partial<Record<ProjectField, CellValue>>;
  readonly plan: PlanKey;
  readonly strategyIndex: number;
  /** 0 = projects (own and agencies'), 1 = equipment: equipment goes last, as in ผด.02/1. */
  readonly group: 0 | 1;
  readonly order: number;
  readonly monthStart: number;
  readonly monthLen: number;
  readonly fills: boolean;
}

export function strategyLookup(tree: StrategyTree): (plan: PlanKey, theme: Theme) => number {
  const cache = new Map<string, number>();
  return (plan, theme) => {
    const key = `${plan}|${theme}`;
    let found = cache.get(key);
    if (found === undefined) {
      const holders = tree.strategies.map((s, i) => [s, i] as const).filter(([s]) => s.rows.some((r) => r.plan === plan));
      const match = holders.find(([s]) => s.themes.includes(theme)) ?? holders[0];
      if (!match) throw new Error(`Strategy tree ${tree.id} has no strategy for ${PLAN_NAME[plan]}`);
      found = match[1];
      cache.set(key, found);
    }
    return found;
  };
}

/** "ยุทธศาสตร์การพัฒนาด้าน…", or "ยุทธศาสตร์ที่ 2", or "2. ยุทธศาสตร์…": all seen in real files. */
export function strategyLabel(rng: Rng, tree: StrategyTree, index: number): string {
  const name = tree.strategies[index].name;
  const r = rng.next();
  if (r < 0.8) return name;
  if (r < 0.9) return `ยุทธศาสตร์ที่ ${index + 1}`;
  return `${index + 1}. ${name}`;
}

export function sourceFor(rng: Rng, theme: Theme): string {
  const r = rng.next();
  // FUNDING_SOURCES: ข้อบัญญัติ, งบเพิ่มเติม, จ่ายขาดเงินสะสม, เงินอุดหนุนเฉพาะกิจ, หน่วยงานอื่น.
  if (theme === "infra") {
    if (r < 0.85) return FUNDING_SOURCES[0];
    if (r < 0.93) return FUNDING_SOURCES[2];
    if (r < 0.98) return FUNDING_SOURCES[3];
    return FUNDING_SOURCES[1];
  }
  return r < 0.97 ? FUNDING_SOURCES[0] : FUNDING_SOURCES[1];
}

export const PLAN_ORDER = new Map(PLAN_KEYS.map((k, i) => [k, i]));

export const TYPE_ORDER = new Map(EQUIPMENT_TYPES.map((t, i) => [t, i]));

/** Variant spellings by the plan they stand for. */
export const VARIANTS_BY_PLAN = new Map<PlanKey, string[]>();
for (const [variant, key] of Object.entries(PLAN_VARIANTS)) {
  VARIANTS_BY_PLAN.set(key, [...(VARIANTS_BY_PLAN.get(key) ?? []), variant]);
}

export function generateSamplePlan(options: SampleOptions): SamplePlan {
  const { projects: n, seed, fiscalYear } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`projects must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2700) {
    throw new RangeError(`fiscalYear must be a Buddhist-era year such as 2569, got ${fiscalYear}`);
  }
  const rng = createRng(seed);
  const area = makeArea(rng);
  const tree = rng.pick(STRATEGY_TREES);
  const strategyOf = strategyLookup(tree);
  const unit = (k: Parameters<typeof unitName>[0]) => unitName(k, area.type.label);

  const equipmentCount = Math.round(n * EQUIPMENT_SHARE);
  const agencyCount = Math.round(n * AGENCY_SHARE);
  const ownCount = n - equipmentCount - agencyCount;

  const drafts: Draft[] = [];
  const planTable = new WeightedTable(PLAN_KEYS, (k) => PLAN_WEIGHT[k]);
  const used = new Set<ProjectPattern>();
  const names = new Set<string>();
  const boughtFor = new Set<string>();

  const label = (cells: Partial<Record<ProjectField, CellValue>>, plan: PlanKey, strategyIndex: number, mustHavePlan: boolean) => {
    const r = rng.next();
    if (mustHavePlan || r < LABEL_PLAN_ONLY) cells.plan = PLAN_NAME[plan];
    if (r < LABEL_BOTH) cells.strategy = strategyLabel(rng, tree, strategyIndex);
  };

  // Every แผนงาน at least once (in a random order, so small plans vary), then by weight.
  const forced = rng.shuffle(PLAN_KEYS);
  for (let i = 0; i < ownCount; i++) {
    const plan = i < forced.length ? forced[i] : planTable.pick(rng);
    const patterns = PROJECT_PATTERNS[plan];
    const { pattern, amount, ctx, name } = drawUnique(names, () => {
      const pattern = rng.weighted(patterns, (p) => (p.weight ?? 1) * (p.once && used.has(p) ? 0.03 : 1));
      const drawn = drawBudget(rng, pattern.budget, area.villages.length);
      const ctx = new RowContext(rng, area, fiscalYear, drawn.quantities);
      return { pattern, amount: drawn.amount, ctx, name: ctx.fill(pattern.name) };
    });
    used.add(pattern);
    const loc = pattern.loc ?? (/\{(place|route)\}/.test(pattern.name) ? "{place}" : "{areaName}");
    const strategyIndex = strategyOf(plan, pattern.theme);
    const cells: Partial<Record<ProjectField, CellValue>> = {
      name,
      detail: ctx.fill(pattern.detail),
      budget: budgetCell(rng, amount),
      location: ctx.fill(loc),
      unit: unit(rng.pick(pattern.units)),
    };
    label(cells, plan, strategyIndex, i < forced.length);
    cells.kind = "โครงการ";
    cells.source = sourceFor(rng, pattern.theme);
    const m = drawMonths(rng, pattern.months);
    drafts.push({ cells, plan, strategyIndex, group: 0, order: rng.next(), monthStart: m.start, monthLen: m.len, fills: rng.chance(MONTH_FILL_SHARE) });
  }

  const agencies = AGENCY_PATTERNS.filter(
    // An อบจ. does not list itself as "another agency".
    (a) => !(area.kind === "provincial" && a.agency.startsWith("องค์การบริหารส่วนจังหวัด")),
  );
  for (let i = 0; i < agencyCount; i++) {
    const { pattern, amount, ctx, name } = drawUnique(names, () => {
      const pattern = rng.pick(agencies);
      const drawn = drawBudget(rng, pattern.budget, area.villages.length);
      const ctx = new RowContext(rng, area, fiscalYear, drawn.quantities);
      return { pattern, amount: drawn.amount, ctx, name: ctx.fill(pattern.name) };
    });
    const strategyIndex = strategyOf(pattern.plan, pattern.theme);
    const cells: Partial<Record<ProjectField, CellValue>> = {
      name,
      detail: ctx.fill(pattern.detail),
      budget: budgetCell(rng, amount),
      location: ctx.fill(pattern.loc ?? "{place}"),
      unit: ctx.fill(pattern.agency),
    };
    label(cells, pattern.plan, strategyIndex, false);
    cells.kind = "โครงการ";
    cells.source = FUNDING_SOURCES[4];
    const m = drawMonths(rng, pattern.months);
    drafts.push({ cells, plan: pattern.plan, strategyIndex, group: 0, order: 1 + rng.next(), monthStart: m.start, monthLen: m.len, fills: rng.chance(MONTH_FILL_SHARE) });
  }

  for (let i = 0; i < equipmentCount; i++) {
    // The same item for the same unit is one line with a quantity, not two lines.
    let item = rng.pick(EQUIPMENT_ITEMS);
    let [unitKey, plan] = rng.pick(item.homes);
    for (let tries = 1; boughtFor.has(`${item.name}|${unitKey}`) && tries < 8; tries++) {
      item = rng.pick(EQUIPMENT_ITEMS);
      [unitKey, plan] = rng.pick(item.homes);
    }
    boughtFor.add(`${item.name}|${unitKey}`);
    const qty = rng.int(item.qty[0], item.qty[1]);
    const price = rng.step(item.price[0], item.price[1], 100);
    const name = rng.chance(0.4) ? `จัดซื้อ${item.name}` : item.name;
    const priceText =
      qty > 1
        ? `จำนวน ${qty} ${item.classifier} ราคา${item.classifier}ละ ${groupDigits(price)} บาท`
        : `จำนวน 1 ${item.classifier} ราคา ${groupDigits(price)} บาท`;
    const cells: Partial<Record<ProjectField, CellValue>> = {
      name,
      detail: `จัดซื้อ${item.name} ${priceText} ${item.spec}`,
      budget: budgetCell(rng, qty * price),
      location: unitKey === "education" ? rng.pick(area.cdcs) : area.office,
      unit: unit(unitKey),
      plan: PLAN_NAME[plan],
      kind: "ครุภัณฑ์",
      equipmentType: item.type,
      source: FUNDING_SOURCES[0],
    };
    const m = drawMonths(rng, { from: 1, to: 8, minLen: 1, maxLen: 2 });
    drafts.push({
      cells,
      plan,
      strategyIndex: TYPE_ORDER.get(item.type) ?? 0,
      group: 1,
      order: rng.next(),
      monthStart: m.start,
      monthLen: m.len,
      fills: rng.chance(MONTH_FILL_SHARE),
    });
  }

  // Users copy their rows from the ผด.02 blocks, so rows run by strategy, then แผนงาน.
  drafts.sort(
    (a, b) =>
      a.group - b.group ||
      a.strategyIndex - b.strategyIndex ||
      PLAN_ORDER.get(a.plan)! - PLAN_ORDER.get(b.plan)! ||
      a.order - b.order,
  );

  const rows: ProjectRowInput[] = drafts.map((d, i) => {
    const cells = { no: i + 1, ...d.cells };
    const end = d.monthStart + d.monthLen;
    if (d.fills) {
      return { cells, monthFills: Array.from({ length: 12 }, (_, m) => m >= d.monthStart && m < end) };
    }
    return { cells, months: Array.from({ length: 12 }, (_, m) => (m >= d.monthStart && m < end ? MONTH_MARK : null)) };
  });

  return {
    settings: makeSettings(rng, area, fiscalYear),
    strategies: tree.strategies.flatMap((s) =>
      s.rows.map((r) => ({ strategy: s.name, approach: r.approach, plan: PLAN_NAME[r.plan], keywords: r.keywords })),
    ),
    projects: addMess(rng, rows),
    holidays: fixedHolidays(fiscalYear),
  };
}

export function planKeyOf(plan: CellValue | undefined): PlanKey | undefined {
  if (typeof plan !== "string") return undefined;
  return PLAN_KEYS.find((k) => PLAN_NAME[k] === plan);
}

/**
 * A real plan lists each project once: draw again while the name is taken. A large synthetic
 * plan runs out of distinct names, so after a few tries the repeat is told apart by a place,
 * as real plans do for the same activity in another village.
 */
export function drawUnique<T extends { name: string; ctx: RowContext }>(names: Set<string>, draw: () => T): T {
  let d = draw();
  for (let tries = 1; names.has(d.name) && tries < 8; tries++) d = draw();
  for (let tries = 0; names.has(d.name) && tries < 8; tries++) {
    const e = draw();
    const place = e.ctx.fill("{place}");
    d = e.name.includes(place) ? e : { ...e, name: `${e.name} ${place}` };
  }
  for (let k = 2; names.has(d.name); k++) d = { ...d, name: `${d.name.replace(/ ระยะที่ \d+$/, "")} ระยะที่ ${k}` };
  names.add(d.name);
  return d;
}

/** The input workbook of a sample plan, sheets in the template's order. */
export function buildSampleWorkbook(plan: SamplePlan): SheetSpec[] {
  const fiscalYear = Number(plan.settings.fiscalYear);
  return [
    buildProjectSheet(fiscalYear, plan.projects),
    buildStrategySheet(plan.strategies),
    buildSettingsSheet(plan.settings),
    buildHolidaySheet(fiscalYear, plan.holidays),
    buildListsSheet(),
  ];
}
