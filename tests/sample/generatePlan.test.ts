import { EQUIPMENT_TYPES, FUNDING_SOURCES, LOCAL_GOVERNMENT_TYPES, STANDARD_PLANS, TRIGGER_KINDS } from "../../src/domain/catalog";
import { fixedHolidays } from "../../src/domain/holidays";
import { daysBetween, isoFromParts } from "../../src/core/localDate";
import { fromThaiDigits } from "../../src/domain/thaiCalendar";
import type { ProjectRowInput } from "../../src/reports/inputTemplate";
import { isDateCell, type CellValue } from "../../src/core/cellValue";
import { buildSampleWorkbook, generateSamplePlan, MONTH_MARK, type SamplePlan } from "../../src/sample/generatePlan";
import {
  EQUIPMENT_ITEMS,
  PLAN_KEYS,
  PLAN_NAME,
  PLAN_VARIANTS,
  PROJECT_PATTERNS,
  STRATEGY_TREES,
} from "../../src/sample/lexicon";
import { createRng } from "../../src/sample/random";

const STANDARD_NAMES = new Set(STANDARD_PLANS.map((p) => p.name));

const isReal = (r: ProjectRowInput) => r.cells?.no !== undefined && r.cells?.no !== null && r.cells?.no !== "";
const realRows = (plan: SamplePlan) => plan.projects.filter(isReal);

/** A แผนงาน label back to its standard name, through the variant spellings. */
function canonicalPlan(label: CellValue | undefined): string | undefined {
  if (typeof label !== "string") return undefined;
  if (STANDARD_NAMES.has(label)) return label;
  const key = PLAN_VARIANTS[label];
  return key ? PLAN_NAME[key] : undefined;
}

function budgetValue(v: CellValue | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v !== "string") throw new Error(`budget is ${JSON.stringify(v)}`);
  const t = fromThaiDigits(v).replace(/บาท/g, "").replace(/,/g, "").trim();
  if (t === "-") return 0;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`unreadable budget ${JSON.stringify(v)}`);
  return n;
}

function monthFlags(r: ProjectRowInput): boolean[] {
  if (r.monthFills) return r.monthFills.map(Boolean);
  return (r.months ?? []).map((m) => m !== null && m !== undefined && m !== "");
}

describe("random", () => {
  it("is reproducible and stays in range", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 200 }, () => a.int(3, 9));
    expect(xs).toEqual(Array.from({ length: 200 }, () => b.int(3, 9)));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(9);
    const s = createRng(1).shuffle([1, 2, 3, 4, 5]);
    expect([...s].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });
});

describe("lexicon", () => {
  it("has 8–12 project patterns for each of the 12 standard แผนงาน", () => {
    expect(PLAN_KEYS).toHaveLength(12);
    for (const key of PLAN_KEYS) {
      expect(STANDARD_NAMES.has(PLAN_NAME[key])).toBe(true);
      expect(PROJECT_PATTERNS[key].length).toBeGreaterThanOrEqual(8);
      expect(PROJECT_PATTERNS[key].length).toBeLessThanOrEqual(12);
    }
  });

  it("puts every แผนงาน in every strategy tree, with 5–8 strategies each", () => {
    expect(STRATEGY_TREES.length).toBeGreaterThanOrEqual(4);
    for (const tree of STRATEGY_TREES) {
      expect(tree.strategies.length).toBeGreaterThanOrEqual(5);
      expect(tree.strategies.length).toBeLessThanOrEqual(8);
      const plans = new Set(tree.strategies.flatMap((s) => s.rows.map((r) => r.plan)));
      expect(plans.size).toBe(12);
    }
  });

  it("names equipment by the catalog's types, at least 8 of them", () => {
    const types = new Set(EQUIPMENT_ITEMS.map((e) => e.type));
    for (const t of types) expect(EQUIPMENT_TYPES).toContain(t);
    expect(types.size).toBeGreaterThanOrEqual(8);
  });

  it("maps every variant spelling to a plan", () => {
    for (const key of Object.values(PLAN_VARIANTS)) expect(PLAN_KEYS).toContain(key);
    for (const v of Object.keys(PLAN_VARIANTS)) expect(STANDARD_NAMES.has(v)).toBe(false);
  });
});

describe("generateSamplePlan", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = generateSamplePlan({ projects: 300, seed: 7, fiscalYear: 2569 });
    const b = generateSamplePlan({ projects: 300, seed: 7, fiscalYear: 2569 });
    const c = generateSamplePlan({ projects: 300, seed: 8, fiscalYear: 2569 });
    expect(b).toEqual(a);
    expect(c.projects).not.toEqual(a.projects);
  });

  it.each([0, 1, 5, 23, 24, 69, 400, 2000])("has exactly %i real projects numbered 1..n", (n) => {
    const plan = generateSamplePlan({ projects: n, seed: n + 11, fiscalYear: 2569 });
    const real = realRows(plan);
    expect(real).toHaveLength(n);
    expect(real.map((r) => r.cells!.no)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it("covers all 12 แผนงาน once there are 24 projects or more", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const plan = generateSamplePlan({ projects: 24 + (seed % 5) * 10, seed, fiscalYear: 2568 });
      const seen = new Set(realRows(plan).map((r) => canonicalPlan(r.cells!.plan)));
      seen.delete(undefined);
      expect(seen.size).toBe(12);
    }
  });

  it("labels every แผนงาน with a standard name or a known variant", () => {
    const plan = generateSamplePlan({ projects: 3000, seed: 3, fiscalYear: 2569 });
    for (const r of realRows(plan)) {
      const label = r.cells!.plan;
      if (label !== undefined) expect(canonicalPlan(label)).toBeDefined();
    }
  });

  it("labels strategies as the tree writes them or by number", () => {
    const plan = generateSamplePlan({ projects: 2000, seed: 5, fiscalYear: 2569 });
    const names = [...new Set(plan.strategies.map((s) => s.strategy!))];
    const allowed = new Set(names.flatMap((name, i) => [name, `ยุทธศาสตร์ที่ ${i + 1}`, `${i + 1}. ${name}`]));
    const real = realRows(plan);
    for (const r of real) if (r.cells!.strategy !== undefined) expect(allowed).toContain(r.cells!.strategy);
    const both = real.filter((r) => r.cells!.strategy && r.cells!.plan).length / real.length;
    const neither = real.filter((r) => !r.cells!.strategy && !r.cells!.plan).length / real.length;
    expect(both).toBeGreaterThan(0.6);
    expect(neither).toBeGreaterThan(0.02);
    expect(neither).toBeLessThan(0.15);
  });

  it("writes a strategy sheet covering all 12 แผนงาน", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const plan = generateSamplePlan({ projects: 10, seed, fiscalYear: 2569 });
      expect(new Set(plan.strategies.map((s) => s.plan)).size).toBe(12);
      for (const s of plan.strategies) {
        expect(STANDARD_NAMES.has(s.plan!)).toBe(true);
        expect(s.strategy).toMatch(/^ยุทธศาสตร์/);
        expect(s.approach).toBeTruthy();
        expect(s.keywords).toBeTruthy();
      }
    }
  });

  it("makes about 8 % equipment rows with a catalog type and a แผนงาน", () => {
    const plan = generateSamplePlan({ projects: 2000, seed: 2, fiscalYear: 2569 });
    const real = realRows(plan);
    const equipment = real.filter((r) => r.cells!.kind === "ครุภัณฑ์");
    expect(equipment.length / real.length).toBeCloseTo(0.08, 2);
    for (const r of equipment) {
      expect(EQUIPMENT_TYPES).toContain(r.cells!.equipmentType);
      expect(canonicalPlan(r.cells!.plan)).toBeDefined();
    }
    for (const r of real) {
      expect(["โครงการ", "ครุภัณฑ์"]).toContain(r.cells!.kind);
      if (r.cells!.kind === "โครงการ") expect(r.cells!.equipmentType).toBeUndefined();
      expect(FUNDING_SOURCES).toContain(r.cells!.source);
    }
  });

  it("makes about 5 % other agencies' rows with the agency as unit", () => {
    const plan = generateSamplePlan({ projects: 2000, seed: 4, fiscalYear: 2569 });
    const real = realRows(plan);
    const agency = real.filter((r) => r.cells!.source === "หน่วยงานอื่น");
    expect(agency.length / real.length).toBeCloseTo(0.05, 2);
    for (const r of agency) {
      expect(r.cells!.kind).toBe("โครงการ");
      expect(String(r.cells!.unit)).toMatch(/^(กรม|แขวง|องค์การ|การไฟฟ้า|การประปา|โรงพยาบาล|สำนักงาน|ที่ทำการ)/);
    }
    const own = real.filter((r) => r.cells!.source !== "หน่วยงานอื่น" && r.cells!.kind === "โครงการ");
    const ordinance = own.filter((r) => r.cells!.source === FUNDING_SOURCES[0]).length / own.length;
    expect(ordinance).toBeGreaterThan(0.85);
  });

  it("types budgets mostly as numbers, a readable minority as text", () => {
    const plan = generateSamplePlan({ projects: 3000, seed: 6, fiscalYear: 2569 });
    const real = realRows(plan);
    const text = real.filter((r) => typeof r.cells!.budget === "string");
    expect(text.length / real.length).toBeGreaterThan(0.03);
    expect(text.length / real.length).toBeLessThan(0.15);
    for (const r of real) {
      const v = budgetValue(r.cells!.budget);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(100_000_000);
    }
    const all = text.map((r) => r.cells!.budget as string).join("|");
    expect(all).toMatch(/[๐-๙]/);
    expect(all).toMatch(/บาท/);
  });

  it("fills every placeholder", () => {
    const plan = generateSamplePlan({ projects: 3000, seed: 8, fiscalYear: 2569 });
    const leftovers: string[] = [];
    for (const r of plan.projects) {
      for (const v of Object.values(r.cells ?? {})) if (typeof v === "string" && /[{}]/.test(v)) leftovers.push(v);
    }
    expect(leftovers).toEqual([]);
  });

  it("marks a contiguous, non-empty run of months, as ✓ marks or as fills", () => {
    const plan = generateSamplePlan({ projects: 3000, seed: 9, fiscalYear: 2569 });
    let fills = 0;
    const bad: unknown[] = [];
    for (const r of realRows(plan)) {
      if (r.monthFills) fills++;
      else if (!r.months!.every((m) => m === null || m === MONTH_MARK)) bad.push(r);
      const flags = monthFlags(r);
      const first = flags.indexOf(true);
      const last = flags.lastIndexOf(true);
      const contiguous = first >= 0 && flags.slice(first, last + 1).every(Boolean);
      if (flags.length !== 12 || !contiguous) bad.push(r);
    }
    expect(bad).toEqual([]);
    expect(fills).toBeGreaterThan(0);
    expect(fills).toBeLessThan(realRows(plan).length / 4);
  });

  it("keeps festivals in their months", () => {
    const plan = generateSamplePlan({ projects: 3000, seed: 10, fiscalYear: 2569 });
    const monthOf = (name: string) =>
      realRows(plan)
        .filter((r) => r.cells!.name === name)
        .map((r) => monthFlags(r).indexOf(true));
    // Fiscal month indices: ต.ค. = 0, so พ.ย. = 1, ม.ค. = 3, เม.ย. = 6.
    for (const m of monthOf("โครงการสืบสานประเพณีลอยกระทง")) expect(m).toBe(1);
    for (const m of monthOf("โครงการจัดงานวันเด็กแห่งชาติ")) expect(m).toBe(3);
    for (const m of monthOf("โครงการสืบสานประเพณีสงกรานต์และรดน้ำขอพรผู้สูงอายุ")) expect(m).toBe(6);
  });

  it("spoils 2–5 % of rows: continuations, padding and variant แผนงาน", () => {
    for (const [n, seed] of [
      [100, 1],
      [500, 2],
      [1000, 3],
      [5000, 4],
    ]) {
      const plan = generateSamplePlan({ projects: n, seed, fiscalYear: 2569 });
      const extra = plan.projects.filter((r) => !isReal(r));
      const variants = realRows(plan).filter((r) => typeof r.cells!.plan === "string" && !STANDARD_NAMES.has(r.cells!.plan));
      const share = (extra.length + variants.length) / n;
      expect(share).toBeGreaterThanOrEqual(0.02);
      expect(share).toBeLessThanOrEqual(0.05);
      for (const r of extra) {
        const keys = Object.keys(r.cells ?? {});
        // A continuation row carries only the rest of the name; a padding row nothing.
        expect(keys.length === 0 || (keys.length === 1 && keys[0] === "name")).toBe(true);
        expect(r.months ?? []).toEqual([]);
      }
      if (n >= 1000) {
        expect(extra.some((r) => r.cells?.name)).toBe(true);
        expect(extra.some((r) => !r.cells?.name)).toBe(true);
        expect(variants.length).toBeGreaterThan(0);
      }
    }
  });

  it("fills the settings, with dates in the budget season", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const fy = 2566 + (seed % 5);
      const { settings, holidays } = generateSamplePlan({ projects: 30, seed, fiscalYear: fy });
      expect(LOCAL_GOVERNMENT_TYPES.map((t) => t.label)).toContain(settings.orgType);
      expect(settings.orgName).toBeTruthy();
      expect(settings.district).toBeTruthy();
      expect(settings.province).toBeTruthy();
      expect(settings.fiscalYear).toBe(fy);
      expect(settings.edition).toBe("ฉบับหลัก");
      expect(settings.triggerKind).toBe(TRIGGER_KINDS[0]);
      expect(settings.signerName).toMatch(/^(นาย|นาง|นางสาว)\S+ \S+$/);
      expect(settings.signerPosition).toBeNull();
      expect(settings.thaiDigits).toBe("ไม่ใช่");
      expect(settings.rollDeadline).toBe("ไม่ใช่");
      const [trigger, announce, post] = [settings.triggerDate, settings.announceDate, settings.postDate].map((d) => {
        if (d === undefined || !isDateCell(d)) throw new Error("expected a date cell");
        return d.date;
      });
      const g = fy - 543 - 1;
      expect(trigger >= isoFromParts(g, 9, 10) && trigger <= isoFromParts(g, 10, 5)).toBe(true);
      expect(daysBetween(trigger, announce)).toBeGreaterThanOrEqual(10);
      expect(daysBetween(trigger, announce)).toBeLessThanOrEqual(28);
      expect(daysBetween(announce, post)).toBeGreaterThanOrEqual(1);
      expect(daysBetween(announce, post)).toBeLessThanOrEqual(5);
      expect(holidays).toEqual(fixedHolidays(fy));
    }
  });

  it("rejects nonsense options", () => {
    expect(() => generateSamplePlan({ projects: -1, seed: 1, fiscalYear: 2569 })).toThrow(RangeError);
    expect(() => generateSamplePlan({ projects: 1.5, seed: 1, fiscalYear: 2569 })).toThrow(RangeError);
    expect(() => generateSamplePlan({ projects: 10, seed: 1, fiscalYear: 2025 })).toThrow(RangeError);
  });

  // Its speed is a figure for npm run bench, not a timed test: on a loaded 2-core machine the
  // same run took 1.0 s alone and 2.4 s in CI beside other work.
  it("generates 10,000 projects", () => {
    const plan = generateSamplePlan({ projects: 10_000, seed: 1, fiscalYear: 2570 });
    expect(realRows(plan)).toHaveLength(10_000);
  });
});

describe("buildSampleWorkbook", () => {
  it("gives the five input sheets in order", () => {
    const plan = generateSamplePlan({ projects: 50, seed: 1, fiscalYear: 2569 });
    const sheets = buildSampleWorkbook(plan);
    expect(sheets.map((s) => s.name)).toEqual(["โครงการ", "ยุทธศาสตร์", "ตั้งค่า", "วันหยุด", "รายการเลือก"]);
    const projects = sheets[0];
    // Title, note and two header rows come before the data.
    expect(projects.cells.length).toBe(4 + plan.projects.length);
    expect(projects.cells[0][0]).toContain("2569");
    expect(sheets[1].cells.length).toBe(3 + plan.strategies.length);
  });
});
