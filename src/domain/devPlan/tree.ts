import { normalizeText } from "../parse/text";
import { matchPlan } from "../planNames";
import { headingWords } from "../read/headings";
import { stripNumbering, type StrategyNode } from "../read/strategySheet";
import type { DevPlan } from "./types";

/** "1. ยุทธศาสตร์การพัฒนาด้าน…", "ยุทธศาสตร์ที่ 2 …", "ยุทธศาสตร์: …" → the name, no numbering nor field label. */
export function strategyName(text: string): string {
  return stripNumbering(text)
    .replace(/^(?:ยุทธศาสตร์|ประเด็นการพัฒนา)(?:ที่\s*\d+)?\s*[:：]\s*|^ประเด็นการพัฒนาที่\s*\d+\s*|^[:：]\s*/, "")
    .trim();
}

/** "1.1 กลยุทธ์การพัฒนา…" → "กลยุทธ์การพัฒนา…"; "กลยุทธ์: ปรับปรุง…" → "ปรับปรุง…". */
export function approachName(text: string): string {
  return headingWords(text).replace(/^(?:กลยุทธ์|แนวทางการพัฒนา|แนวทาง)(?:ที่\s*\d+)?\s*[:：]\s*/, "").trim();
}

/** "(1) แผนงานเคหะและชุมชน" → "แผนงานเคหะและชุมชน"; "แผนงาน: เคหะและชุมชน" → "แผนงานเคหะและชุมชน". */
export function planName(text: string): string {
  const words = headingWords(text);
  const m = /^แผนงาน\s*[:：]\s*(.*)$/.exec(words);
  if (!m) return words;
  return /^แผนงาน/.test(m[1]) ? m[1] : normalizeText(`แผนงาน${m[1]}`);
}

interface Branch {
  readonly name: string;
  readonly own: number | null;
  readonly cell: string;
  /** [approach, plan] pairs in the order the plan first gives them, "" for none */
  readonly pairs: [string, string][];
}

function branches(plan: DevPlan): Branch[] {
  const byName = new Map<string, Branch>();
  for (const e of plan.entries) {
    if (!e.strategy) continue;
    const name = strategyName(e.strategy.text);
    if (!name) continue;
    let b = byName.get(name);
    if (!b) byName.set(name, (b = { name, own: e.strategy.number, cell: e.strategy.cell, pairs: [] }));
    // A แผนงาน the catalogue knows goes by its standard name, as the ยุทธศาสตร์ sheet's list offers it.
    const planText = e.plan ? planName(e.plan.text) : "";
    const pair: [string, string] = [e.approach ? approachName(e.approach.text) : "", planText ? (matchPlan(planText)?.plan.name ?? planText) : ""];
    if (!b.pairs.some(([a, p]) => a === pair[0] && p === pair[1])) b.pairs.push(pair);
  }
  return [...byName.values()];
}

/** The plan numbers its strategies when every one has a number of its own, none twice. */
function numbered(bs: readonly Branch[]): boolean {
  return bs.length > 0 && bs.every((b) => b.own !== null) && new Set(bs.map((b) => b.own)).size === bs.length;
}

/**
 * The strategy tree the plan states: its ยุทธศาสตร์ in the order entries first meet them, by the
 * plan's own numbers when it gives every one a number, each with the แนวทาง/กลยุทธ์ and the แผนงาน
 * under it as written (one แผนงาน under several กลยุทธ์ listed once), as the ยุทธศาสตร์ sheet would hold it.
 */
export function devPlanStrategies(plan: DevPlan): StrategyNode[] {
  const bs = branches(plan);
  const own = numbered(bs);
  return bs.map((b, i) => {
    const distinct = (xs: string[]) => [...new Set(xs.filter(Boolean))];
    return {
      name: b.name,
      number: own ? b.own! : i + 1,
      approaches: distinct(b.pairs.map(([a]) => a)),
      plans: distinct(b.pairs.map(([, p]) => p)),
      keywords: [],
      cell: b.cell,
    };
  });
}

export const STRATEGY_SHEET_HEADER = ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"] as const;

/**
 * The ยุทธศาสตร์ sheet's rows for this plan: its header, then one row per strategy × approach ×
 * แผนงาน the plan has, the strategy written on every row ("1. …" when the plan numbers them), so
 * that readStrategyTable reads back devPlanStrategies(plan). Plain text: the writer must keep it
 * from being taken for a formula.
 */
export function strategySheetRows(plan: DevPlan): string[][] {
  const bs = branches(plan);
  const own = numbered(bs);
  const rows: string[][] = [[...STRATEGY_SHEET_HEADER]];
  for (const b of bs) {
    const label = own ? `${b.own}. ${b.name}` : b.name;
    for (const [a, p] of b.pairs) rows.push([label, a, p, ""]);
  }
  return rows;
}

