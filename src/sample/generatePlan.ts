/**
 * Sample แผนการดำเนินงาน input: a whole workbook's worth of lifelike, deliberately imperfect
 * rows for tests, benchmarks, demos and the CLI. Deterministic for a seed, so a failing test or
 * a bug report can name the seed that rebuilds the same workbook.
 *
 * The imperfections mirror real files (domain.md §6): budgets typed as text, Thai digits,
 * unlabelled rows, variant spellings of แผนงาน, names spilling into a second row, blank rows.
 */
import {
  EQUIPMENT_TYPES,
  FUNDING_SOURCES,
  LOCAL_GOVERNMENT_TYPES,
  TRIGGER_KINDS,
  type LocalGovernmentType,
} from "../domain/catalog";
import { fixedHolidays, type Holiday } from "../domain/holidays";
import { addDays, isoFromParts } from "../core/localDate";
import { toGregorianYear, toThaiDigits } from "../domain/thaiCalendar";
import {
  buildHolidaySheet,
  buildListsSheet,
  buildProjectSheet,
  buildSettingsSheet,
  buildStrategySheet,
  type ProjectField,
  type ProjectRowInput,
  type SettingValues,
  type StrategyRowInput,
} from "../reports/inputTemplate";
import type { CellValue } from "../core/cellValue";
import type { SheetSpec } from "../core/sheetSpec";
import {
  AGENCY_PATTERNS,
  DISTRICTS,
  EQUIPMENT_ITEMS,
  FIRST_NAMES_FEMALE,
  FIRST_NAMES_MALE,
  LAST_NAMES,
  ORG_NAMES,
  ORG_TYPE_SHORT,
  ORG_TYPE_WEIGHT,
  PLAN_KEYS,
  PLAN_NAME,
  PLAN_VARIANTS,
  PLAN_WEIGHT,
  PROJECT_PATTERNS,
  STRATEGY_TREES,
  STREAMS,
  TEMPLES,
  VILLAGES,
  unitName,
  type BudgetSpec,
  type DistrictEntry,
  type MonthSpan,
  type PlanKey,
  type ProjectPattern,
  type StrategyTree,
  type Theme,
} from "./lexicon";
import { createRng, WeightedTable, type Rng } from "./random";

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
const EQUIPMENT_SHARE = 0.08;
const AGENCY_SHARE = 0.05;
const LABEL_BOTH = 0.75;
const LABEL_PLAN_ONLY = 0.92; // cumulative: the rest carry neither label
const MONTH_FILL_SHARE = 0.12;
const MESSY_BUDGET_SHARE = 0.07;
/** Messy rows (continuation, padding, variant แผนงาน) per real project: kept inside 2–5 %. */
const MESSY_MIN = 0.022;
const MESSY_MAX = 0.042;

// ───────────────────────────── the area ─────────────────────────────

interface Village {
  readonly name: string;
  readonly moo: number;
  /** Only an อบจ. spans several tambon and districts. */
  readonly tambon: string;
  readonly district: string;
}

interface Area {
  readonly type: LocalGovernmentType;
  readonly orgName: string;
  readonly full: string;
  readonly short: string;
  readonly typeShort: string;
  readonly district: string;
  readonly province: string;
  readonly abbr: string;
  readonly kind: "rural" | "urban" | "provincial";
  readonly villages: readonly Village[];
  readonly cdcs: readonly string[];
  readonly inArea: string;
  readonly areaName: string;
  readonly office: string;
  readonly allArea: readonly string[];
}

function makeArea(rng: Rng): Area {
  const type = rng.weighted(LOCAL_GOVERNMENT_TYPES, (t) => ORG_TYPE_WEIGHT[t.label] ?? 0);
  const label = type.label;
  let entry: DistrictEntry = rng.pick(DISTRICTS);
  let orgName: string;
  let district = entry.district;
  let kind: Area["kind"] = "rural";
  if (label === "เมืองพัทยา") {
    // fullPrefix is empty for Pattaya, so the name itself must carry "เมือง".
    entry = { province: "ชลบุรี", district: "บางละมุง", abbr: "ชบ" };
    orgName = "เมืองพัทยา";
    district = entry.district;
    kind = "urban";
  } else if (label === "องค์การบริหารส่วนจังหวัด") {
    orgName = entry.province;
    district = `เมือง${entry.province}`;
    kind = "provincial";
  } else if (label === "เทศบาลนคร") {
    orgName = entry.province;
    district = `เมือง${entry.province}`;
    kind = "urban";
  } else if (label === "เทศบาลเมือง") {
    orgName = entry.district;
    kind = "urban";
  } else {
    orgName = rng.pick(ORG_NAMES);
  }
  const full = type.fullPrefix + orgName;
  const typeShort = ORG_TYPE_SHORT[label] ?? label;
  const municipal = label.startsWith("เทศบาล");
  const short = municipal || label === "เมืองพัทยา" ? full : `${typeShort}${orgName}`;

  const count = kind === "rural" ? rng.int(8, 16) : kind === "urban" ? rng.int(12, 30) : rng.int(20, 40);
  const provinceDistricts = DISTRICTS.filter((d) => d.province === entry.province).map((d) => d.district);
  const villages: Village[] = rng.sample(VILLAGES, count).map((name, i) =>
    kind === "provincial"
      ? { name, moo: rng.int(1, 15), tambon: rng.pick(ORG_NAMES), district: rng.pick([district, ...provinceDistricts]) }
      : { name, moo: i + 1, tambon: orgName, district },
  );
  const cdcs = [`ศูนย์พัฒนาเด็กเล็ก${full}`, ...villages.slice(0, rng.int(0, 2)).map((v) => `ศูนย์พัฒนาเด็กเล็กบ้าน${v.name}`)];

  const n = villages.length;
  const unitWord = kind === "urban" ? "ชุมชน" : "หมู่บ้าน";
  let inArea: string;
  let areaName: string;
  let office: string;
  let allArea: string[];
  if (label === "เมืองพัทยา") {
    inArea = "ภายในเขตเมืองพัทยา";
    areaName = "เขตเมืองพัทยา";
    office = "ศาลาว่าการเมืองพัทยา";
    allArea = ["ทุกชุมชน", `ทั้ง ${n} ชุมชน`, areaName];
  } else if (kind === "provincial") {
    inArea = `ภายในจังหวัด${entry.province}`;
    areaName = `จังหวัด${entry.province}`;
    office = `ที่ทำการ${full}`;
    allArea = ["ทุกอำเภอ", areaName, `ทั่วจังหวัด${entry.province}`];
  } else if (municipal) {
    inArea = "ภายในเขตเทศบาล";
    areaName = `เขต${full}`;
    office = `สำนักงาน${full}`;
    allArea = [`ทุก${unitWord}`, `ทั้ง ${n} ${unitWord}`, areaName];
  } else {
    inArea = `ภายในตำบล${orgName}`;
    areaName = `ตำบล${orgName}`;
    office = `ที่ทำการ${full}`;
    allArea = [`หมู่ที่ 1-${n}`, `ทั้ง ${n} หมู่บ้าน`, areaName];
  }
  return {
    type,
    orgName,
    full,
    short,
    typeShort: municipal ? "เทศบาล" : typeShort,
    district,
    province: entry.province,
    abbr: entry.abbr,
    kind,
    villages,
    cdcs,
    inArea,
    areaName,
    office,
    allArea,
  };
}

// ───────────────────────────── filling templates ─────────────────────────────

/** Thousands separators without Intl: this runs once per number on 50,000-row plans. */
export function groupDigits(n: number): string {
  const [int, frac] = String(n).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const metres = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The values one row's templates share: a project's name and detail must speak of the same
 * village, and its detail of the same quantities its budget was computed from.
 */
class RowContext {
  private readonly cache = new Map<string, string>();
  private village?: Village;
  private village2?: Village;

  constructor(
    private readonly rng: Rng,
    private readonly area: Area,
    private readonly fiscalYear: number,
    quantities: Record<string, string>,
  ) {
    for (const k in quantities) this.cache.set(k, quantities[k]);
  }

  fill(template: string): string {
    return template.replace(PLACEHOLDER, (whole, key: string) => this.get(key) ?? whole);
  }

  private v(): Village {
    return (this.village ??= this.rng.pick(this.area.villages));
  }

  private v2(): Village {
    if (!this.village2) {
      const first = this.v();
      let other = this.rng.pick(this.area.villages);
      if (other === first && this.area.villages.length > 1) {
        other = this.area.villages[(this.area.villages.indexOf(first) + 1) % this.area.villages.length];
      }
      this.village2 = other;
    }
    return this.village2;
  }

  get(key: string): string | undefined {
    let value = this.cache.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (value !== undefined) this.cache.set(key, value);
    }
    return value;
  }

  private compute(key: string): string | undefined {
    const { rng, area } = this;
    switch (key) {
      case "village":
        return this.v().name;
      case "village2":
        return this.v2().name;
      case "moo":
        return String(this.v().moo);
      case "place":
        return this.place();
      case "route":
        return this.route();
      case "org":
        return area.full;
      case "orgShort":
        return area.short;
      case "typeShort":
        return area.typeShort;
      case "inArea":
        return area.inArea;
      case "areaName":
        return area.areaName;
      case "allArea":
        return rng.pick(area.allArea);
      case "office":
        return area.office;
      case "cdc":
        return rng.pick(area.cdcs);
      case "tambon":
        return this.v().tambon;
      case "district":
        // An อบจ.'s projects lie in many districts; elsewhere this is the org's own district.
        return area.kind === "provincial" ? this.v().district : area.district;
      case "province":
        return area.province;
      case "stream":
        return rng.pick(STREAMS);
      case "temple":
        return rng.pick(TEMPLES);
      case "person":
        return `นาย${rng.pick(FIRST_NAMES_MALE)}`;
      case "rr":
        return `${area.abbr}.${rng.int(1001, 4099)}`;
      case "hw":
        return String(rng.int(201, 2399));
      case "year":
        return String(this.fiscalYear);
      case "planStart":
        return String(planStart(this.fiscalYear));
      case "planEnd":
        return String(planStart(this.fiscalYear) + 4);
      case "count":
        return String(rng.int(1, 12));
      case "km":
        return (rng.int(500, 12000) / 1000).toFixed(3);
      case "moos":
        return String(area.villages.length);
      default:
        return undefined;
    }
  }

  private place(): string {
    const v = this.v();
    if (this.area.kind === "urban") return `ชุมชน${v.name}`;
    if (this.area.kind === "provincial") return `บ้าน${v.name} หมู่ที่ ${v.moo} ตำบล${v.tambon} อำเภอ${v.district}`;
    return `บ้าน${v.name} หมู่ที่ ${v.moo}`;
  }

  private route(): string {
    const { rng, area } = this;
    const v = this.v();
    if (area.kind === "urban") {
      return rng.chance(0.6)
        ? `ซอยเทศบาล ${rng.int(1, 30)} ชุมชน${v.name}`
        : `สายชุมชน${v.name} – ชุมชน${this.v2().name}`;
    }
    const tail = area.kind === "provincial" ? ` ตำบล${v.tambon} อำเภอ${v.district}` : ` หมู่ที่ ${v.moo}`;
    switch (rng.int(0, 4)) {
      case 0:
      case 1:
        return `สายบ้าน${v.name} – บ้าน${this.v2().name}${tail}`;
      case 2: {
        const [owner, neighbour] = rng.sample(FIRST_NAMES_MALE, 2);
        const end = rng.pick(["หนองน้ำสาธารณะ", `ไร่นาย${neighbour}`, "ป่าช้าสาธารณะ", "ลำห้วย"]);
        return `สายบ้านนาย${owner} – ${end} บ้าน${v.name}${tail}`;
      }
      case 3:
        return `ซอย ${rng.int(1, 12)} บ้าน${v.name}${tail}`;
      default:
        return `สายหน้า${rng.pick(TEMPLES)} บ้าน${v.name}${tail}`;
    }
  }
}

/** The 5-year development plan a fiscal year falls in: 2566–2570, 2571–2575 … */
function planStart(fiscalYear: number): number {
  return 2566 + 5 * Math.floor((fiscalYear - 2566) / 5);
}

/** Draws the amount and the quantities the detail quotes. */
function drawBudget(rng: Rng, spec: BudgetSpec, villages: number): { amount: number; quantities: Record<string, string> } {
  const roundTo = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);
  switch (spec.kind) {
    case "range":
      return { amount: spec.max === 0 ? 0 : rng.step(spec.min, spec.max, spec.step), quantities: {} };
    case "per": {
      const count = spec.perVillage ? villages : rng.int(spec.qty[0], spec.qty[1]);
      const rate = spec.rate[0] + rng.next() * (spec.rate[1] - spec.rate[0]);
      return { amount: roundTo(count * rate, spec.step), quantities: { count: groupDigits(count) } };
    }
    case "dims": {
      const w = rng.pick(spec.widths);
      const l = rng.step(spec.length[0], spec.length[1], spec.length[2]);
      const area = Math.round(w * l * 100) / 100;
      const vol = Math.round(area * spec.depth * 100) / 100;
      const base = spec.by === "area" ? area : spec.by === "vol" ? vol : l;
      const rate = spec.rate[0] + rng.next() * (spec.rate[1] - spec.rate[0]);
      return {
        amount: roundTo(base * rate, spec.step),
        quantities: { w: metres(w), l: groupDigits(l), d: spec.depth.toFixed(2), area: groupDigits(area), vol: groupDigits(vol) },
      };
    }
  }
}

function drawMonths(rng: Rng, span: MonthSpan): { start: number; len: number } {
  const len = rng.int(span.minLen, span.maxLen);
  return { start: rng.int(span.from, span.to - len + 1), len };
}

/** A budget as it is typed in real files: mostly a number, sometimes text in one of their habits. */
function budgetCell(rng: Rng, amount: number): CellValue {
  if (amount === 0) return " - ";
  if (!rng.chance(MESSY_BUDGET_SHARE)) return amount;
  const r = rng.next();
  if (r < 0.45) return ` ${groupDigits(amount)} `;
  if (r < 0.7) return `${groupDigits(amount)} บาท`;
  if (r < 0.85) return toThaiDigits(groupDigits(amount));
  return `${groupDigits(amount)}.00`;
}

// ───────────────────────────── the plan ─────────────────────────────

interface Draft {
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

function strategyLookup(tree: StrategyTree): (plan: PlanKey, theme: Theme) => number {
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
function strategyLabel(rng: Rng, tree: StrategyTree, index: number): string {
  const name = tree.strategies[index].name;
  const r = rng.next();
  if (r < 0.8) return name;
  if (r < 0.9) return `ยุทธศาสตร์ที่ ${index + 1}`;
  return `${index + 1}. ${name}`;
}

function sourceFor(rng: Rng, theme: Theme): string {
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

const PLAN_ORDER = new Map(PLAN_KEYS.map((k, i) => [k, i]));
const TYPE_ORDER = new Map(EQUIPMENT_TYPES.map((t, i) => [t, i]));

/** Variant spellings by the plan they stand for. */
const VARIANTS_BY_PLAN = new Map<PlanKey, string[]>();
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

/**
 * Spoils a small share of rows the way real files are spoilt: a variant แผนงาน spelling, a name
 * spilling into the next row (whose ที่ is empty), a blank padding row. Continuation and padding
 * rows are extra rows: the count of real projects (rows with a ที่) does not change.
 */
function addMess(rng: Rng, rows: ProjectRowInput[]): ProjectRowInput[] {
  const n = rows.length;
  if (n < 20) return rows;
  const total = Math.max(1, Math.round(n * (MESSY_MIN + rng.next() * (MESSY_MAX - MESSY_MIN))));
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const after = new Map<number, ProjectRowInput[]>();
  const out = rows.slice();
  let made = 0;
  let cursor = 0;
  while (made < total && cursor < order.length) {
    const i = order[cursor++];
    const row = out[i];
    const cells = row.cells ?? {};
    const r = rng.next();
    if (r < 0.35) {
      const key = planKeyOf(cells.plan);
      const variants = key ? VARIANTS_BY_PLAN.get(key) : undefined;
      if (!variants) continue;
      out[i] = { ...row, cells: { ...cells, plan: rng.pick(variants) } };
    } else if (r < 0.75) {
      const name = typeof cells.name === "string" ? cells.name : "";
      const cut = splitPoint(name);
      if (cut < 0) continue;
      out[i] = { ...row, cells: { ...cells, name: name.slice(0, cut) } };
      pushAfter(after, i, { cells: { name: name.slice(cut + 1) } });
    } else {
      pushAfter(after, i, {});
    }
    made++;
  }
  if (after.size === 0) return out;
  const result: ProjectRowInput[] = [];
  out.forEach((row, i) => {
    result.push(row);
    const extra = after.get(i);
    if (extra) result.push(...extra);
  });
  return result;
}

function pushAfter(map: Map<number, ProjectRowInput[]>, i: number, row: ProjectRowInput) {
  const list = map.get(i);
  if (list) list.push(row);
  else map.set(i, [row]);
}

function planKeyOf(plan: CellValue | undefined): PlanKey | undefined {
  if (typeof plan !== "string") return undefined;
  return PLAN_KEYS.find((k) => PLAN_NAME[k] === plan);
}

/**
 * A real plan lists each project once: draw again while the name is taken. A large synthetic
 * plan runs out of distinct names, so after a few tries the repeat is told apart by a place,
 * as real plans do for the same activity in another village.
 */
function drawUnique<T extends { name: string; ctx: RowContext }>(names: Set<string>, draw: () => T): T {
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

/** Where a long name wraps into the next row: at a space past its first third, else nowhere. */
function splitPoint(name: string): number {
  if (name.length < 30) return -1;
  const from = Math.floor(name.length / 3);
  const cut = name.indexOf(" ", from);
  return cut > 0 && cut < name.length - 3 ? cut : -1;
}

function makeSettings(rng: Rng, area: Area, fiscalYear: number): SettingValues {
  // The budget ordinance is announced mid-September to early October (domain.md §2).
  const trigger = addDays(isoFromParts(toGregorianYear(fiscalYear) - 1, 9, 10), rng.int(0, 25));
  const announce = addDays(trigger, rng.int(10, 28));
  const post = addDays(announce, rng.int(1, 5));
  const male = rng.chance(0.75);
  const title = male ? "นาย" : rng.pick(["นาง", "นางสาว"]);
  const first = rng.pick(male ? FIRST_NAMES_MALE : FIRST_NAMES_FEMALE);
  return {
    orgName: area.orgName,
    orgType: area.type.label,
    district: area.district,
    province: area.province,
    fiscalYear,
    edition: "ฉบับหลัก",
    triggerKind: TRIGGER_KINDS[0],
    triggerDate: { date: trigger },
    announceDate: { date: announce },
    postDate: { date: post },
    signerName: `${title}${first} ${rng.pick(LAST_NAMES)}`,
    signerPosition: null,
    thaiDigits: "ไม่ใช่",
    rollDeadline: "ไม่ใช่",
  };
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
