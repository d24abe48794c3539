import { LOCAL_GOVERNMENT_TYPES, STANDARD_PLANS } from "./catalog";
import { equipmentTypeOf } from "./check/checkPlan";
import { classifyProject, indexStrategies } from "./classify/classify";
import { normalizeText } from "./parse/text";
import type { WorkbookReading } from "./read/readWorkbook";
import { parseToggle } from "./read/settingsSheet";
import { currentFiscalYear } from "./thaiCalendar";

/** The edition a plan document is: the main one, a supplement, or an amendment. */
export interface Edition {
  readonly kind: "main" | "supplement" | "amendment";
  /** ฉบับที่ / ครั้งที่ N */
  readonly number: number | null;
  /** The Buddhist year in "ครั้งที่ 2/2568", when given */
  readonly year: number | null;
  /** What the titles say after "…พ.ศ. 2570", e.g. "(เพิ่มเติม ฉบับที่ 1)"; "" for the main edition */
  readonly suffix: string;
}

export interface PlanProject {
  readonly sheet: string;
  /** Excel row (1-based) it was read from */
  readonly row: number;
  readonly name: string;
  readonly detail: string;
  readonly budget: number;
  readonly location: string;
  readonly unit: string;
  /** Strategy name as in the strategy sheet; null when nothing decided it */
  readonly strategy: string | null;
  /** Standard แผนงาน name; null when nothing decided it */
  readonly plan: string | null;
  readonly kind: "project" | "equipment";
  /** Standard ประเภทครุภัณฑ์ for equipment */
  readonly equipmentType: string | null;
  /** 12 flags, ต.ค. first */
  readonly months: readonly boolean[];
}

export interface PlanModel {
  readonly fiscalYear: number;
  readonly edition: Edition;
  /** Full name of the อปท. as the titles print it: องค์การบริหารส่วนตำบลบ้านใหม่ */
  readonly orgFullName: string;
  readonly district: string;
  readonly province: string;
  /** Strategy names in the strategy sheet's order (then any others met in the rows). */
  readonly strategies: readonly string[];
  readonly projects: readonly PlanProject[];
  readonly thaiDigits: boolean;
}

/** "ฉบับหลัก", "เพิ่มเติม ฉบับที่ 1", "เพิ่มเติม ครั้งที่ 2/2568", "แก้ไข ครั้งที่ 1/2570" as people type them. */
export function parseEdition(text: string): Edition {
  const t = normalizeText(text);
  const n = /(?:ฉบับที่|ครั้งที่)\s*(\d+)(?:\s*\/\s*(\d{4}))?/.exec(t);
  const number = n ? Number(n[1]) : null;
  const year = n?.[2] ? Number(n[2]) : null;
  const tail = number !== null ? `${/ครั้งที่/.test(t) ? "ครั้งที่" : "ฉบับที่"} ${number}${year ? `/${year}` : ""}` : "";
  if (/แก้ไข|เปลี่ยนแปลง/.test(t)) return { kind: "amendment", number, year, suffix: `แก้ไข ${tail}`.trim() };
  if (/เพิ่มเติม/.test(t)) return { kind: "supplement", number, year, suffix: `(เพิ่มเติม ${tail})`.replace(" )", ")") };
  return { kind: "main", number: null, year: null, suffix: "" };
}

/** The same edition written two ways ("เพิ่มเติม ครั้งที่ 1" and "เพิ่มเติม ฉบับที่ 1") is one edition. */
export function sameEdition(a: Edition, b: Edition): boolean {
  return a.kind === b.kind && a.number === b.number;
}

/**
 * checked, classified plan: every project with its decided strategy and แผนงาน (its own label
 * first, else the classifier's decision), budgets as numbers, settings resolved for the titles.
 */
export function buildPlanModel(reading: WorkbookReading, today: Date = new Date()): PlanModel {
  const cells = reading.settings.cells;
  const index = indexStrategies(reading.strategies.strategies);
  const type = LOCAL_GOVERNMENT_TYPES.find((t) => t.label === cells.orgType?.text) ?? null;
  const name = cells.orgName?.text ?? "";
  const orgFullName = type && name && !name.startsWith(type.fullPrefix) ? `${type.fullPrefix}${name}` : name;
  const edition = parseEdition(cells.edition?.text ?? "");
  const projects: PlanProject[] = [];
  for (const p of reading.projects) {
    // A supplement lists only its own rows: those under its marker or naming it in their row.
    if (edition.kind === "supplement" && !(p.edition && sameEdition(parseEdition(p.edition), edition))) continue;
    const c = classifyProject(p, index);
    projects.push({
      sheet: p.sheet,
      row: p.row + 1,
      name: p.name,
      detail: p.detail,
      budget: "value" in p.budget && p.budget.value > 0 ? p.budget.value : 0,
      location: p.location,
      unit: p.unit,
      strategy: c.strategy.name,
      plan: c.plan.name,
      kind: p.kind,
      equipmentType: p.equipmentType ? equipmentTypeOf(p.equipmentType.text) : null,
      months: p.months,
    });
  }
  const strategies = [...reading.strategies.strategies.map((s) => s.name)];
  for (const p of projects) if (p.strategy && !strategies.includes(p.strategy)) strategies.push(p.strategy);
  return {
    fiscalYear: reading.fiscalYear ?? currentFiscalYear(today),
    edition,
    orgFullName,
    district: cells.district?.text ?? "",
    province: cells.province?.text ?? "",
    strategies,
    projects,
    thaiDigits: cells.thaiDigits ? parseToggle(cells.thaiDigits.raw) === true : false,
  };
}

export const PLAN_NAMES = STANDARD_PLANS.map((p) => p.name);
