import { cellAddress } from "../../core/address";
import { normalizeText } from "../parse/text";
import { matchPlan } from "../planNames";
import { ownStrategyNumber } from "../strategyNames";
import type { Grid } from "./grid";

export interface StrategyNode {
  /** As written in the sheet, numbering removed */
  readonly name: string;
  /** 1-based position in the sheet: what "ยุทธศาสตร์ที่ 2" refers to */
  readonly number: number;
  readonly approaches: string[];
  /** แผนงาน labels as written under this strategy */
  readonly plans: string[];
  readonly keywords: string[];
  readonly cell: string;
}

export interface StrategyTree {
  readonly sheet: string | null;
  readonly strategies: StrategyNode[];
}

const NUMBERING = /^(?:ยุทธศาสตร์ที่\s*)?\d+(?:\.\d+)*\s*[.)]?\s*/;

export function stripNumbering(s: string): string {
  return normalizeText(s).replace(NUMBERING, "").trim();
}

/**
 * The ยุทธศาสตร์ sheet as a table (ยุทธศาสตร์ | แนวทางการพัฒนา | แผนงาน | คำสำคัญ); a blank
 * strategy cell continues the one above, as merged cells do.
 */
export function readStrategyTable(grid: Grid | null): StrategyTree {
  if (!grid) return { sheet: null, strategies: [] };
  type Cols = Record<"strategy" | "approach" | "plan" | "keywords", number>;
  const labelsOf = (r: number): Cols => {
    const cols: Cols = { strategy: -1, approach: -1, plan: -1, keywords: -1 };
    for (let c = 0; c < grid.colCount; c++) {
      const t = normalizeText(grid.shownText(r, c)).replace(/\s/g, "");
      if (/^ยุทธศาสตร์(การพัฒนา)?$/.test(t) && cols.strategy < 0) cols.strategy = c;
      else if (/^แนวทาง|^กลยุทธ์/.test(t) && cols.approach < 0) cols.approach = c;
      else if (/^แผนงาน/.test(t) && cols.plan < 0) cols.plan = c;
      else if (/^คำสำคัญ|^keywords?/i.test(t) && cols.keywords < 0) cols.keywords = c;
    }
    return cols;
  };
  // A title "ยุทธศาสตร์การพัฒนา" above the table reads like a lone strategy label: the header is
  // the first row that names the strategy column beside another, else the first that names it.
  let headerRow = -1;
  let cols: Cols = { strategy: -1, approach: -1, plan: -1, keywords: -1 };
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    const found = labelsOf(r);
    if (found.strategy < 0) continue;
    const others = [found.approach, found.plan, found.keywords].some((c) => c >= 0);
    if (others || headerRow < 0) [headerRow, cols] = [r, found];
    if (others) break;
  }
  const strategies: StrategyNode[] = [];
  const own: (number | null)[] = [];
  if (headerRow < 0) return { sheet: grid.name, strategies: readNumberedHeadings(grid) };
  const text = (r: number, c: number) => (c < 0 ? "" : normalizeText(grid.shownText(r, c)));
  let current: StrategyNode | null = null;
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const s = text(r, cols.strategy);
    if (s && (!current || stripNumbering(s) !== current.name)) {
      current = { name: stripNumbering(s), number: strategies.length + 1, approaches: [], plans: [], keywords: [], cell: cellAddress(r, cols.strategy) };
      own.push(ownStrategyNumber(s));
      strategies.push(current);
    }
    if (!current) continue;
    const a = text(r, cols.approach);
    const p = text(r, cols.plan);
    const k = text(r, cols.keywords);
    if (a && !current.approaches.includes(a)) current.approaches.push(a);
    if (p && !current.plans.includes(p)) current.plans.push(p);
    for (const w of k.split(/[,،、;]/).map((x) => x.trim()).filter(Boolean)) if (!current.keywords.includes(w)) current.keywords.push(w);
  }
  // "1. …", "2. …", "4. …": the numbers the user gives are the strategies' numbers, when each has one.
  const numbered = own.length > 0 && own.every((n) => n !== null) && new Set(own).size === own.length;
  return { sheet: grid.name, strategies: numbered ? strategies.map((x, i) => ({ ...x, number: own[i]! })) : strategies };
}

/**
 * The same tree written as numbered headings, as plans print it:
 *   1. ยุทธศาสตร์การพัฒนาด้าน…        a strategy
 *   1.1 แนวทาง… / 1.1 ส่งเสริม…        an approach, unless it names a แผนงาน
 *   แผนงาน… (anywhere below it)       a แผนงาน under the current strategy
 *   คำสำคัญ: ถนน, ไฟฟ้า               keywords
 */
export function readNumberedHeadings(grid: Grid): StrategyNode[] {
  const strategies: StrategyNode[] = [];
  let current: StrategyNode | null = null;
  for (let r = grid.data.originRow; r < grid.rowCount; r++) {
    for (let c = grid.data.originCol; c < grid.colCount; c++) {
      const t = normalizeText(grid.text(r, c));
      if (!t) continue;
      const kw = /^คำสำคัญ\s*[:：]?\s*(.*)$/.exec(t);
      if (/^(?:ยุทธศาสตร์ที่\s*)?\d+\s*[.)]?\s*ยุทธศาสตร์|^ยุทธศาสตร์ที่\s*\d+/.test(t) || (/^\d+\s*[.)]\s*\S/.test(t) && !/^\d+\.\d/.test(t) && !matchPlan(t))) {
        current = { name: stripNumbering(t), number: strategies.length + 1, approaches: [], plans: [], keywords: [], cell: cellAddress(r, c) };
        strategies.push(current);
      } else if (current && kw) {
        for (const w of kw[1].split(/[,،、;]/).map((x) => x.trim()).filter(Boolean)) if (!current.keywords.includes(w)) current.keywords.push(w);
      } else if (current) {
        const names = t.split(/[,;]/).map((x) => x.trim()).filter(Boolean);
        const plans = names.filter((x) => /แผนงาน|^ผง\./.test(x) && matchPlan(x));
        if (plans.length) {
          for (const x of plans) if (!current.plans.includes(x)) current.plans.push(x);
        } else if (/^\d+\.\d+/.test(t) || /^แนวทาง/.test(t)) {
          const a = stripNumbering(t).replace(/^แนวทาง(?:การพัฒนา)?(?:ที่\s*\d+)?\s*[:：]?\s*/, "");
          if (a && !current.approaches.includes(a)) current.approaches.push(a);
        }
      }
    }
  }
  return strategies;
}
