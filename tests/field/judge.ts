/**
 * Judges the forms generated from one field workbook against its truth. Each function returns the
 * problems found, one line each, in Thai workbook terms, so a failing test reads as a digest.
 */
import type { Finding } from "../../src/domain/findings";
import {
  expectedEquipment,
  expectedSummary,
  headingNumbers,
  nameKey,
  NO_PLAN,
  NO_STRATEGY,
  planKey,
  strategyKey,
  sumBudget,
  truthPlacement,
  type Placement,
  type SummaryFigures,
} from "./expected";
import type { Forms, ListForm, ListRow, SummaryForm } from "./formsReader";
import { isEquipment, type Truth, type TruthProject } from "./truth";

const baht = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
const close = (a: number, b: number) => Math.abs(a - b) < 0.005;
const r2 = (x: number) => Math.round(x * 100) / 100;

interface Located {
  group: string;
  block: string;
  row: ListRow;
}

function locate(form: ListForm): Located[] {
  return form.groups.flatMap((g) => g.blocks.flatMap((b) => b.rows.map((row) => ({ group: g.heading, block: b.heading, row }))));
}

/** Finds each truth item among the printed rows (by name and budget), once. */
function match(items: TruthProject[], printed: Located[], problems: string[]): Map<TruthProject, Located> {
  const used = new Set<Located>();
  const found = new Map<TruthProject, Located>();
  for (const p of items) {
    const same = printed.filter((l) => !used.has(l) && nameKey(l.row.name) === nameKey(p.name) && close(l.row.budget, p.budget));
    if (same.length === 0) {
      const byName = printed.find((l) => !used.has(l) && nameKey(l.row.name) === nameKey(p.name));
      const glued = printed.find((l) => !used.has(l) && nameKey(l.row.name) !== nameKey(p.name) && nameKey(l.row.name).includes(nameKey(p.name)));
      if (byName) problems.push(`"${p.name}": printed with ${baht(byName.row.budget)} baht, truth ${baht(p.budget)}`);
      else if (glued) problems.push(`"${p.name}" (${baht(p.budget)}): printed glued as "${glued.row.name}" (${baht(glued.row.budget)})`);
      else problems.push(`missing: "${p.name}" (${baht(p.budget)})`);
      continue;
    }
    const exp = truthPlacement(p);
    const best = same.find((l) => strategyKey(l.group) === strategyKey(exp.strategy) && planKey(l.block) === planKey(exp.plan)) ?? same[0];
    used.add(best);
    found.set(p, best);
  }
  for (const l of printed) if (!used.has(l)) problems.push(`extra row: "${l.row.name}" (${baht(l.row.budget)}) under "${l.group}" / "${l.block}"`);
  return found;
}

/** Rows numbered from 1 in each block, รวม lines and รวมทั้งสิ้น equal to the rows above them. */
function listArithmetic(form: ListForm, what: string, problems: string[]): void {
  for (const s of form.stray) problems.push(`${what} row ${s.sheetRow} not understood: ${JSON.stringify(s.values.filter(Boolean))}`);
  let n = 0;
  let b = 0;
  for (const g of form.groups)
    for (const bl of g.blocks) {
      bl.rows.forEach((r, i) => {
        if (r.no !== i + 1) problems.push(`${what} "${bl.heading}": row "${r.name}" numbered ${r.no}, expected ${i + 1}`);
      });
      const sum = r2(bl.rows.reduce((s, r) => s + r.budget, 0));
      if (!bl.total) problems.push(`${what} "${bl.heading}": no รวม line`);
      else if (bl.total.count !== bl.rows.length || !close(bl.total.budget, sum))
        problems.push(`${what} "${bl.heading}": รวม ${bl.total.count} / ${baht(bl.total.budget)}, rows ${bl.rows.length} / ${baht(sum)}`);
      n += bl.rows.length;
      b += sum;
    }
  if (!form.grandTotal) problems.push(`${what}: no รวมทั้งสิ้น line`);
  else if (form.grandTotal.count !== n || !close(form.grandTotal.budget, b))
    problems.push(`${what}: รวมทั้งสิ้น ${form.grandTotal.count} / ${baht(form.grandTotal.budget)}, rows ${n} / ${baht(b)}`);
}

function allowed(p: TruthProject, at: Placement): boolean {
  const exp = truthPlacement(p);
  const s = strategyKey(at.strategy);
  const pl = planKey(at.plan);
  if (p.byWords) return (s === strategyKey(exp.strategy) || s === strategyKey(NO_STRATEGY)) && (pl === planKey(exp.plan) || pl === planKey(NO_PLAN));
  return s === strategyKey(exp.strategy) && pl === planKey(exp.plan);
}

export interface Pd02Judgement {
  problems: string[];
  /** Where each project was printed (truth placement when it was not found or not allowed). */
  placement: (p: TruthProject) => Placement;
  /** byWords projects OpPlan left in an unspecified group. */
  leftUnspecified: TruthProject[];
}

/** ผด.02: every project once, under its strategy and แผนงาน, nothing else; numbers as the user has them. */
export function judgePd02(truth: Truth, form: ListForm): Pd02Judgement {
  const problems: string[] = [];
  const items = truth.projects.filter((p) => !isEquipment(p));
  const found = match(items, locate(form), problems);
  const placed = new Map<TruthProject, Placement>();
  const leftUnspecified: TruthProject[] = [];
  for (const p of items) {
    const l = found.get(p);
    if (!l) continue;
    const at = { strategy: l.group, plan: l.block };
    const exp = truthPlacement(p);
    if (!allowed(p, at)) {
      problems.push(`"${p.name}": under "${l.group}" / "${l.block}", truth "${exp.strategy}" / "${exp.plan}"${p.byWords ? " (or unspecified)" : ""}`);
      continue;
    }
    placed.set(p, at);
    if (p.byWords && (strategyKey(at.strategy) === strategyKey(NO_STRATEGY) || planKey(at.plan) === planKey(NO_PLAN))) leftUnspecified.push(p);
    if (p.months && JSON.stringify(l.row.months) !== JSON.stringify(p.months))
      problems.push(`"${p.name}": months ${JSON.stringify(l.row.months)}, truth ${JSON.stringify(p.months)}`);
  }
  if (truth.strategyNumbers && truth.strategies) {
    const keys = truth.strategies.map(strategyKey);
    for (const g of form.groups) {
      const i = keys.indexOf(strategyKey(g.heading));
      if (i < 0) continue;
      const nums = headingNumbers(g.heading);
      if (nums.length === 0 || nums.some((x) => x !== truth.strategyNumbers![i]))
        problems.push(`ผด.02 heading "${g.heading}": numbered ${JSON.stringify(nums)}, the user numbers it ${truth.strategyNumbers[i]}`);
    }
  }
  listArithmetic(form, "ผด.02", problems);
  return { problems, placement: (p) => placed.get(p) ?? truthPlacement(p), leftUnspecified };
}

export function summaryFigures(form: SummaryForm): SummaryFigures {
  const f = (x: { projects: number; percentProjects: number; budget: number; percentBudget: number } | null) =>
    x ? { projects: x.projects, percentProjects: r2(x.percentProjects), budget: r2(x.budget), percentBudget: r2(x.percentBudget) } : { projects: NaN, percentProjects: NaN, budget: NaN, percentBudget: NaN };
  return {
    strategies: form.strategies.map((s) => ({ key: strategyKey(s.heading), ...f(s.total), lines: s.lines.map((l) => ({ key: planKey(l.heading), ...f(l) })) })),
    total: f(form.grandTotal),
  };
}

/** ผด.01, line by line: what it prints and what it must print. */
export function judgePd01(truth: Truth, form: SummaryForm, placement: (p: TruthProject) => Placement) {
  const actual = summaryFigures(form);
  const expected = expectedSummary(truth, placement);
  const problems: string[] = [];
  for (const s of form.stray) problems.push(`ผด.01 row ${s.sheetRow} not understood: ${JSON.stringify(s.values.filter(Boolean))}`);
  if (truth.strategyNumbers && truth.strategies) {
    const keys = truth.strategies.map(strategyKey);
    for (const s of form.strategies) {
      const i = keys.indexOf(strategyKey(s.heading));
      const nums = headingNumbers(s.heading);
      if (i >= 0 && (nums.length === 0 || nums.some((x) => x !== truth.strategyNumbers![i])))
        problems.push(`ผด.01 heading "${s.heading}": numbered ${JSON.stringify(nums)}, the user numbers it ${truth.strategyNumbers[i]}`);
    }
  }
  return { actual, expected, problems };
}

export function equipmentShape(form: ListForm) {
  return form.groups.map((g) => ({
    key: planKey(g.heading),
    blocks: g.blocks.map((b) => ({ key: planKey(b.heading), items: b.rows.map((r) => `${nameKey(r.name)} | ${r2(r.budget)}`).sort() })),
  }));
}

/** ผด.02/1: every equipment row under its ประเภทครุภัณฑ์ and แผนงาน, in the standard orders. */
export function judgePd021(truth: Truth, form: ListForm) {
  const problems: string[] = [];
  listArithmetic(form, "ผด.02/1", problems);
  const expected = expectedEquipment(truth).map((g) => ({
    key: g.key,
    blocks: g.blocks.map((b) => ({ key: b.key, items: b.items.map((p) => `${nameKey(p.name)} | ${r2(p.budget)}`).sort() })),
  }));
  return { actual: equipmentShape(form), expected, problems };
}

const PLACEHOLDER = /\(ระบุ|ระบุชื่อ|…\)|\.\.\.\)/;

/** The title lines of the three forms: the year, the edition, the อปท., never a placeholder. */
export function judgeTitles(truth: Truth, forms: Forms, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  for (const [what, f] of [["ผด.01", forms.pd01], ["ผด.02", forms.pd02], ["ผด.02/1", forms.pd021]] as const) {
    const [, plan, org] = f.titles;
    if (truth.fiscalYear !== undefined && !plan.includes(`พ.ศ. ${truth.fiscalYear}`)) problems.push(`${what} title "${plan}": not พ.ศ. ${truth.fiscalYear}`);
    if (truth.fiscalYear === undefined) {
      const year = /พ\.ศ\. (25\d\d)/.exec(plan)?.[1];
      const assumed = findings.find((x) => x.code === "FY_ASSUMED");
      if (!year) problems.push(`${what} title "${plan}": no year`);
      else if (assumed && !`${assumed.message} ${assumed.fix}`.includes(year)) problems.push(`FY_ASSUMED does not say the year printed (${year}): "${assumed.message}"`);
    }
    if (truth.edition && !plan.includes(truth.edition)) problems.push(`${what} title "${plan}": no "${truth.edition}"`);
    if (truth.org && !org.replace(/\s+/g, "").includes(truth.org.replace(/\s+/g, ""))) problems.push(`${what} title "${org}": not "${truth.org}"`);
    for (const t of f.titles) if (PLACEHOLDER.test(t)) problems.push(`${what} title "${t}": a placeholder`);
  }
  return problems;
}

/** The totals the forms print (ผด.01 + ผด.02/1) and what the builder typed. */
export function totals(truth: Truth, forms: Forms) {
  return {
    printed: {
      projects: (forms.pd01.grandTotal?.projects ?? NaN) + (forms.pd021.grandTotal?.count ?? NaN),
      budget: r2((forms.pd01.grandTotal?.budget ?? NaN) + (forms.pd021.grandTotal?.budget ?? NaN)),
    },
    typed: { projects: truth.projects.length, budget: r2(sumBudget(truth.projects)) },
  };
}

const fmt = (x: { projects: number; percentProjects: number; budget: number; percentBudget: number }) =>
  `${x.projects} / ${x.percentProjects.toFixed(2)}% / ${baht(x.budget)} / ${x.percentBudget.toFixed(2)}%`;
const same = (a: { projects: number; percentProjects: number; budget: number; percentBudget: number }, b: typeof a) =>
  a.projects === b.projects && close(a.percentProjects, b.percentProjects) && close(a.budget, b.budget) && close(a.percentBudget, b.percentBudget);

/** ผด.01 printed against expected, as one line per difference (projects / % / budget / %). */
export function summaryDiff(actual: SummaryFigures, expected: SummaryFigures): string[] {
  const out: string[] = [];
  const ak = actual.strategies.map((s) => s.key);
  const ek = expected.strategies.map((s) => s.key);
  if (JSON.stringify(ak) !== JSON.stringify(ek)) out.push(`ผด.01 strategies ${JSON.stringify(ak)}, expected ${JSON.stringify(ek)}`);
  for (const e of expected.strategies) {
    const a = actual.strategies.find((s) => s.key === e.key);
    if (!a) continue;
    const al = a.lines.map((l) => l.key);
    const el = e.lines.map((l) => l.key);
    if (JSON.stringify(al) !== JSON.stringify(el)) out.push(`ผด.01 "${e.key}" แผนงาน lines ${JSON.stringify(al)}, expected ${JSON.stringify(el)}`);
    for (const l of e.lines) {
      const x = a.lines.find((y) => y.key === l.key);
      if (x && !same(x, l)) out.push(`ผด.01 "${e.key}" / "${l.key}": ${fmt(x)}, expected ${fmt(l)}`);
    }
    if (!same(a, e)) out.push(`ผด.01 "${e.key}" รวม: ${fmt(a)}, expected ${fmt(e)}`);
  }
  if (!same(actual.total, expected.total)) out.push(`ผด.01 รวมทั้งสิ้น: ${fmt(actual.total)}, expected ${fmt(expected.total)}`);
  return out;
}

/** ผด.02/1 printed against expected, one line per difference. */
export function equipmentDiff(actual: ReturnType<typeof equipmentShape>, expected: ReturnType<typeof equipmentShape>): string[] {
  const out: string[] = [];
  const ak = actual.map((g) => g.key);
  const ek = expected.map((g) => g.key);
  if (JSON.stringify(ak) !== JSON.stringify(ek)) out.push(`ผด.02/1 types ${JSON.stringify(ak)}, expected ${JSON.stringify(ek)}`);
  for (const e of expected) {
    const a = actual.find((g) => g.key === e.key);
    if (!a) continue;
    const ab = a.blocks.map((b) => b.key);
    const eb = e.blocks.map((b) => b.key);
    if (JSON.stringify(ab) !== JSON.stringify(eb)) out.push(`ผด.02/1 "${e.key}" แผนงาน ${JSON.stringify(ab)}, expected ${JSON.stringify(eb)}`);
    for (const b of e.blocks) {
      const x = a.blocks.find((y) => y.key === b.key);
      if (x && JSON.stringify(x.items) !== JSON.stringify(b.items)) out.push(`ผด.02/1 "${e.key}" / "${b.key}": ${JSON.stringify(x.items)}, expected ${JSON.stringify(b.items)}`);
    }
  }
  const all = (s: typeof actual) => s.flatMap((g) => g.blocks.flatMap((b) => b.items));
  const extra = all(actual).filter((i) => !all(expected).includes(i));
  if (extra.length) out.push(`ผด.02/1 rows not equipment: ${JSON.stringify(extra)}`);
  return out;
}
