import { normalizeText } from "../parse/text";
import { matchPlan } from "../planNames";
import type { DevPlan } from "./types";

/** "1.1 ", "(1) ", "1) ": the numbering of an แนวทาง or a แผนงาน heading, which the ยุทธศาสตร์ sheet does not keep. */
const NUMBERING = /^\(?\d+(?:\.\d+)*\s*[.)]?\s*/;

/** A group heading's words without its numbering: "(1) แผนงานการศึกษา" → "แผนงานการศึกษา". */
export const withoutNumbering = (text: string): string => normalizeText(text).replace(NUMBERING, "");

/**
 * The ยุทธศาสตร์ sheet's rows (ยุทธศาสตร์ | แนวทางการพัฒนา | แผนงาน | คำสำคัญ) that the plan's groups
 * state, one per distinct ยุทธศาสตร์, แนวทาง and แผนงาน in the order the entries meet them. The
 * ยุทธศาสตร์ keeps its number as the plan writes it (the sheet's reader takes the numbers from
 * it); a แผนงาน is written by its standard name when it has one, as the sheet's list offers it.
 * Entries without a ยุทธศาสตร์ give no row: the sheet has nothing to hang them on.
 */
export function strategySheetRows(plan: DevPlan): string[][] {
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const e of plan.entries) {
    if (!e.strategy) continue;
    const strategy = normalizeText(e.strategy.text);
    const approach = e.approach ? withoutNumbering(e.approach.text) : "";
    const planText = e.plan ? withoutNumbering(e.plan.text) : "";
    const planName = planText ? (matchPlan(planText)?.plan.name ?? planText) : "";
    const key = `${strategy}\u0000${approach}\u0000${planName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push([strategy, approach, planName, ""]);
  }
  return rows;
}
