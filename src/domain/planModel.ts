import { LOCAL_GOVERNMENT_TYPES, STANDARD_PLANS, type LocalGovernmentType } from "./catalog";
import { classifyProject, indexStrategies } from "./classify/classify";
import { CONFIDENT } from "./classify/confidence";
import type { Decision } from "./classify/decision";
import { inEdition, parseEdition, sameEdition, type Edition } from "./edition";
import { EQUIPMENT_CONFIDENT, resolveEquipmentType, suggestEquipmentType } from "./classify/equipmentTypes";
import { matchPlan } from "./planNames";
import type { Label } from "./project";
import { headingWords } from "./read/headings";
import type { WorkbookReading } from "./read/readWorkbook";
import { parseToggle } from "./read/settingsSheet";
import { matchStrategy, ownStrategyNumber } from "./strategyNames";
import { currentFiscalYear } from "./thaiCalendar";
import { devPlanLinks, placeOf } from "./devPlanLinks";

export { parseEdition, sameEdition, type Edition };

/**
 * How a project came to sit where the forms print it: the user's own label (a cell, a heading, the
 * sheet), the group of its entry in the development plan (ผ.02), the user's strategy tree (a
 * แผนงาน under one strategy only), a confident suggestion from its words, or nothing (the
 * "ยังไม่ระบุ" group).
 */
export type Placement = "label" | "devPlan" | "tree" | "suggestion" | "none";

export interface PlanProject {
  readonly sheet: string;
  /** Excel row (1-based) it was read from */
  readonly row: number;
  readonly name: string;
  readonly detail: string;
  readonly budget: number;
  readonly location: string;
  readonly unit: string;
  /** Strategy name as in the strategy tree, or the user's own label; null when nothing decided it */
  readonly strategy: string | null;
  /** Standard แผนงาน name, or the user's own label when it is none; null when nothing decided it */
  readonly plan: string | null;
  readonly kind: "project" | "equipment";
  /** Standard ประเภทครุภัณฑ์ for equipment, or the user's own label */
  readonly equipmentType: string | null;
  /** 12 flags, ต.ค. first */
  readonly months: readonly boolean[];
  /** The row's edition as read (its ฉบับ cell or the marker above it); null for the main plan's rows. */
  readonly edition: string | null;
  readonly placed: { readonly strategy: Placement; readonly plan: Placement; readonly equipmentType: Placement };
  /** Where the row keeps each label, or its name cell when it has no such column (for findings). */
  readonly cells: { readonly strategy: string; readonly plan: string; readonly equipmentType: string };
}

/** A strategy as the forms head it: its name, and the number the user gives it (or its place). */
export interface StrategyTitle {
  readonly name: string;
  readonly number: number;
}

export interface PlanModel {
  readonly fiscalYear: number;
  /** The workbook states no fiscal year: `fiscalYear` is today's (FY_ASSUMED says so). */
  readonly fiscalYearAssumed: boolean;
  readonly edition: Edition;
  /** Full name of the อปท. as the titles print it: องค์การบริหารส่วนตำบลบ้านใหม่; "" when nothing gives it */
  readonly orgFullName: string;
  /** Where the name came from: ตั้งค่า, or a title above a project list (ORG_FROM_TITLE). */
  readonly orgFrom: "settings" | "title" | null;
  readonly district: string;
  readonly province: string;
  /** Strategies in the tree's order (then the user's own labels met in the rows), with their numbers. */
  readonly strategies: readonly StrategyTitle[];
  readonly projects: readonly PlanProject[];
  readonly thaiDigits: boolean;
}

/**
 * A decision that is the development plan's group, a deduction from the user's tree or a confident
 * suggestion places a row; a guess does not. The plan's group places it whatever the link's score:
 * the linker links only what is close enough.
 */
function placedBy(d: Decision): { name: string | null; placed: Placement } {
  if (d.name === null) return { name: null, placed: "none" };
  if (d.method === "label" || d.method === "heading") return { name: d.name, placed: "label" };
  if (d.method === "devPlan") return { name: d.name, placed: "devPlan" };
  if (d.confidence < CONFIDENT) return { name: null, placed: "none" };
  return { name: d.name, placed: d.method === "inferred" ? "tree" : "suggestion" };
}

/** What a label of the user's says, as the forms print it when it is not one they know: its words as typed. */
const ownLabel = (l: Label) => headingWords(l.text);

/**
 * checked, classified plan: every project with its strategy, แผนงาน and type. What the user wrote
 * wins: a label is resolved (misspelt, short, by number) and never replaced by a suggestion; one
 * that resolves to nothing known is kept as written. A row without a label takes the group of its
 * entry in the development plan, else what the user's own tree implies or a confident suggestion; below the confident threshold it goes to the
 * "ยังไม่ระบุ" group, and the run says so (planFindings).
 */
export function buildPlanModel(reading: WorkbookReading, today: Date = new Date(), options: { readonly allEditions?: boolean } = {}): PlanModel {
  const cells = reading.settings.cells;
  const tree = reading.strategies.strategies;
  const index = indexStrategies(tree);
  const edition = parseEdition(cells.edition?.text ?? "");
  const projects: PlanProject[] = [];
  const ownStrategies: string[] = [];
  const links = devPlanLinks(reading, today);
  for (const p of reading.projects) {
    // A supplement lists only its own rows: those under its marker or naming it in their row.
    // Tracking follows the plan through its later editions: every edition's rows are in (allEditions).
    if (!options.allEditions && !inEdition(p.edition, edition)) continue;
    const c = classifyProject(p, index, placeOf(links.get(p)));
    let strategy: { name: string | null; placed: Placement };
    if (p.strategy) {
      const m = matchStrategy(p.strategy.text, tree);
      strategy = { name: m ? m.strategy.name : p.strategy.text, placed: "label" };
      if (!m && !ownStrategies.includes(p.strategy.text)) ownStrategies.push(p.strategy.text);
    } else strategy = placedBy(c.strategy);
    const plan = p.plan ? { name: matchPlan(p.plan.text)?.plan.name ?? ownLabel(p.plan), placed: "label" as const } : placedBy(c.plan);
    let equipmentType: { name: string | null; placed: Placement } = { name: null, placed: "none" };
    if (p.kind === "equipment") {
      if (p.equipmentType) equipmentType = { name: resolveEquipmentType(p.equipmentType.text)?.type ?? ownLabel(p.equipmentType), placed: "label" };
      else {
        const s = suggestEquipmentType(p.name, p.detail);
        if (s && s.confidence >= EQUIPMENT_CONFIDENT) equipmentType = { name: s.type, placed: "suggestion" };
      }
    }
    const nameCell = p.cells.name ?? "";
    projects.push({
      sheet: p.sheet,
      row: p.row + 1,
      name: p.name,
      detail: p.detail,
      budget: "value" in p.budget && p.budget.value > 0 ? p.budget.value : 0,
      location: p.location,
      unit: p.unit,
      strategy: strategy.name,
      plan: plan.name,
      kind: p.kind,
      equipmentType: equipmentType.name,
      months: p.months,
      edition: p.edition,
      placed: { strategy: strategy.placed, plan: plan.placed, equipmentType: equipmentType.placed },
      cells: { strategy: p.cells.strategy ?? nameCell, plan: p.cells.plan ?? nameCell, equipmentType: p.cells.equipmentType ?? nameCell },
    });
  }
  const strategies: StrategyTitle[] = tree.map((s) => ({ name: s.name, number: s.number }));
  let next = Math.max(0, ...strategies.map((s) => s.number));
  for (const name of ownStrategies) strategies.push({ name, number: ownStrategyNumber(name) ?? ++next });

  const { orgFullName, orgFrom, district, province } = orgOf(reading);
  return {
    fiscalYear: reading.fiscalYear ?? currentFiscalYear(today),
    fiscalYearAssumed: reading.fiscalYear === null,
    edition,
    orgFullName,
    orgFrom,
    district,
    province,
    strategies,
    projects,
    thaiDigits: cells.thaiDigits ? parseToggle(cells.thaiDigits.raw) === true : false,
  };
}

/** The อปท. as the titles print it, with its type and bare name (the ประกาศ's signer): ตั้งค่า's, else the one a title names. */
export function orgOf(
  reading: WorkbookReading,
): Pick<PlanModel, "orgFullName" | "orgFrom" | "district" | "province"> & { readonly type: LocalGovernmentType | null; readonly name: string } {
  const cells = reading.settings.cells;
  const name = cells.orgName?.text ?? "";
  const title = reading.orgTitle;
  const district = cells.district?.text ?? "";
  const province = cells.province?.text ?? "";
  if (name) {
    const type = LOCAL_GOVERNMENT_TYPES.find((t) => t.label === cells.orgType?.text) ?? null;
    const orgFullName = type && !name.startsWith(type.fullPrefix) ? `${type.fullPrefix}${name}` : name;
    return { orgFullName, orgFrom: "settings", district, province, type, name };
  }
  if (title) {
    const type = LOCAL_GOVERNMENT_TYPES.find((t) => t.label === title.type) ?? null;
    return { orgFullName: title.fullName, orgFrom: "title", district: district || title.district, province: province || title.province, type, name: title.name };
  }
  return { orgFullName: "", orgFrom: null, district, province, type: null, name: "" };
}

export const PLAN_NAMES = STANDARD_PLANS.map((p) => p.name);
