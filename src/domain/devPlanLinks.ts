import type { PlanPlace } from "./classify/classify";
import { linkProjects } from "./devPlan/link";
import type { DevPlanEntry, DevPlanLink } from "./devPlan/types";
import { normalizeText } from "./parse/text";
import type { ProjectRecord } from "./project";
import type { WorkbookReading } from "./read/readWorkbook";
import { currentFiscalYear } from "./thaiCalendar";

export type DevPlanLinks = ReadonlyMap<ProjectRecord, DevPlanLink>;

const NONE: DevPlanLinks = new Map();

/** Check, classify and the forms each ask for the links of the same reading: linked once. */
const memo = new WeakMap<WorkbookReading, { readonly year: number; readonly links: DevPlanLinks }>();

/**
 * Each project of the reading with what linking it to the development plan found; empty when the
 * reading has no plan. The year is the one the workbook states, else today's (FY_ASSUMED says so).
 */
export function devPlanLinks(reading: WorkbookReading, today: Date = new Date()): DevPlanLinks {
  const plan = reading.devPlan;
  if (!plan) return NONE;
  const year = reading.fiscalYear ?? currentFiscalYear(today);
  const last = memo.get(reading);
  if (last && last.year === year) return last.links;
  const found = linkProjects(reading.projects, plan, year);
  const links = new Map(reading.projects.map((p, i) => [p, found[i]] as const));
  memo.set(reading, { year, links });
  return links;
}

const sameGroups = (a: DevPlanEntry, b: DevPlanEntry) =>
  normalizeText(a.strategy?.text ?? "") === normalizeText(b.strategy?.text ?? "") && normalizeText(a.plan?.text ?? "") === normalizeText(b.plan?.text ?? "");

/**
 * The entry whose ยุทธศาสตร์ and แผนงาน a project takes, with the link's score: the linked one; when
 * two are too close to pick, the first of them only if both sit under the same ยุทธศาสตร์ and
 * แผนงาน (the groups are then what the plan says either way, though which entry it is stays for
 * the user to say), at the lower of their scores.
 */
export function placeOf(link: DevPlanLink | undefined): PlanPlace | null {
  if (!link) return null;
  if (link.entry) return { entry: link.entry, score: link.score };
  const [a, b] = link.candidates;
  return link.ambiguous && a && b && sameGroups(a.entry, b.entry) ? { entry: a.entry, score: Math.min(a.score, b.score) } : null;
}

/** "แผ่นงาน ผ.02 แถว 15 "ก่อสร้างถนน…"": how the messages name an entry. */
export function entryWhere(e: DevPlanEntry, clip: (s: string) => string = (s) => s): string {
  return `แผ่นงาน ${e.sheet} แถว ${e.row} "${clip(e.name)}"`;
}
