import { normalizeText } from "../parse/text";
import type { Label, ProjectRecord } from "../project";
import { matchStrategy, ownStrategyNumber, strategyKey, strategyNumber } from "../strategyNames";
import type { StrategyNode } from "./strategySheet";

/**
 * The strategy tree a workbook states without a ยุทธศาสตร์ sheet: every strategy its headings,
 * columns and sheet titles name, in the order they first appear (by the user's own numbers when
 * every one has a number), as the user wrote them; each with the แผนงาน met under it.
 *
 * "ยุทธศาสตร์ที่ 3" alone names strategy 3 and takes the name a fuller label gives it elsewhere;
 * two labels with the same words are one strategy, however each is numbered.
 */
export function strategiesFromWorkbook(projects: readonly ProjectRecord[]): StrategyNode[] {
  const nodes: (StrategyNode & { bare: boolean; own: number | null })[] = [];
  const nodeOf = (label: Label) => {
    const text = normalizeText(label.text);
    const reference = strategyNumber(text);
    const own = reference ?? ownStrategyNumber(text);
    if (reference === null && strategyKey(text)) {
      const named = nodes.filter((n) => !n.bare);
      const same = named.find((n) => strategyKey(n.name) === strategyKey(text)) ?? matchStrategy(text, named.filter((n) => n.own === null || own === null || n.own === own))?.strategy;
      if (same) return same;
      // A fuller label for a strategy so far known by its number only.
      const bare = own !== null ? nodes.find((n) => n.bare && n.own === own) : undefined;
      if (bare) {
        Object.assign(bare, { name: text, bare: false, cell: label.cell });
        return bare;
      }
    } else {
      const same = nodes.find((n) => n.own === own);
      if (same) return same;
    }
    const node = {
      name: reference !== null ? `ยุทธศาสตร์ที่ ${reference}` : text,
      number: own ?? 0,
      approaches: [],
      plans: [],
      keywords: [],
      cell: label.cell,
      bare: reference !== null,
      own,
    };
    nodes.push(node);
    return node;
  };
  for (const p of projects) {
    if (!p.strategy) continue;
    const node = nodeOf(p.strategy);
    if (p.plan && !node.plans.includes(p.plan.text)) node.plans.push(p.plan.text);
    if (p.approach && !node.approaches.includes(p.approach)) node.approaches.push(p.approach);
  }
  const numbered = nodes.length > 0 && nodes.every((n) => n.own !== null);
  const ordered = numbered ? [...nodes].sort((a, b) => a.own! - b.own!) : nodes;
  return ordered.map((n, i) => ({ name: n.name, number: n.own ?? i + 1, approaches: n.approaches, plans: n.plans, keywords: n.keywords, cell: n.cell }));
}
