/**
 * The pane's view of a classification: which projects to review first, what a row would write
 * with the user's choices, and which cells were written already. Pure, for the ClassifyStep.
 */
import type { ApplyRecord, Choice, ClassifyResult, Decision, ProjectClassification } from "../commands/classifyResult";
import type { Finding } from "../domain/findings";

export type Field = "plan" | "strategy";

export const FIELDS: readonly Field[] = ["plan", "strategy"];

/** The cell a field's decision would be written to; null when the row already says it. */
export function cellOf(c: ProjectClassification, field: Field): string | null {
  return field === "plan" ? c.planCell : c.strategyCell;
}

const cellKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** Cells written by us and not taken back, as "sheet!A1" keys. */
export function writtenCells(record: ApplyRecord | undefined): ReadonlySet<string> {
  return new Set((record?.cells ?? []).map((w) => cellKey(w.sheet, w.cell)));
}

export function isWritten(written: ReadonlySet<string>, c: ProjectClassification, field: Field): boolean {
  const cell = cellOf(c, field);
  return cell !== null && written.has(cellKey(c.sheet, cell));
}

/** What applying would put in a field's cell: the user's choice, else the decision (when sure enough); null for nothing. */
export function valueToWrite(c: ProjectClassification, field: Field, choice: Choice | undefined, minConfidence = 0): string | null {
  const chosen = choice?.[field];
  if (chosen !== undefined) return chosen;
  const d = c[field];
  return d.name !== null && d.confidence >= minConfidence ? d.name : null;
}

/** The cells of a row that applying would write now (writable, not written yet, something to write). */
export function pendingCells(
  c: ProjectClassification,
  choice: Choice | undefined,
  written: ReadonlySet<string>,
  minConfidence = 0,
): Field[] {
  return FIELDS.filter((f) => cellOf(c, f) !== null && !isWritten(written, c, f) && valueToWrite(c, f, choice, minConfidence) !== null);
}

/** How many cells "accept all confident ones" would write. */
export function confidentCount(
  result: ClassifyResult,
  choices: ReadonlyMap<string, Choice>,
  written: ReadonlySet<string>,
  minConfidence: number,
): number {
  let n = 0;
  for (const c of result.classifications) n += pendingCells(c, choices.get(c.key), written, minConfidence).length;
  return n;
}

const lowSuggestion = (d: Decision, confident: number) => d.method === "suggested" && d.confidence < confident;

/**
 * 0: a decision could not be made; 1: a guess below the confidence floor; 2: a label its
 * project's words contradict; 3: the rest.
 */
export function reviewRank(c: ProjectClassification, conflicted: boolean, confident: number): number {
  if (c.plan.method === "unresolved" || c.strategy.method === "unresolved") return 0;
  if (lowSuggestion(c.plan, confident) || lowSuggestion(c.strategy, confident)) return 1;
  return conflicted ? 2 : 3;
}

export interface ReviewItem {
  readonly classification: ProjectClassification;
  readonly rank: number;
  /** CLASS_CONFLICT warnings of this project's row. */
  readonly conflicts: readonly Finding[];
}

export interface Review {
  /** Uncertain first (unresolved, weak guesses, conflicts), the rest in sheet order. */
  readonly items: readonly ReviewItem[];
  /** How many need a look (rank below 3). */
  readonly toReview: number;
  /** Warnings that belong to no listed project. */
  readonly otherFindings: readonly Finding[];
}

export function buildReview(result: ClassifyResult, confident: number): Review {
  const byRow = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = `${f.sheet}!${f.row ?? ""}`;
    byRow.set(key, [...(byRow.get(key) ?? []), f]);
  }
  const used = new Set<string>();
  const items = result.classifications.map((c, order) => {
    const key = `${c.sheet}!${c.row}`;
    const conflicts = byRow.get(key) ?? [];
    if (conflicts.length > 0) used.add(key);
    const weakest = Math.min(c.plan.confidence, c.strategy.confidence);
    return { item: { classification: c, rank: reviewRank(c, conflicts.length > 0, confident), conflicts }, order, weakest };
  });
  items.sort((a, b) => a.item.rank - b.item.rank || (a.item.rank === 1 ? a.weakest - b.weakest : 0) || a.order - b.order);
  const otherFindings = [...byRow.entries()].filter(([key]) => !used.has(key)).flatMap(([, list]) => list);
  return { items: items.map((x) => x.item), toReview: items.filter((x) => x.item.rank < 3).length, otherFindings };
}

/** The choices for a field's dropdown: the alternatives (best first), then every other name. */
export function choicesFor(result: ClassifyResult, c: ProjectClassification, field: Field): { suggested: { name: string; score: number }[]; others: string[] } {
  const decision = c[field];
  const suggested = decision.alternatives.map((a) => ({ name: a.name, score: a.score }));
  if (decision.name !== null && !suggested.some((a) => a.name === decision.name)) suggested.unshift({ name: decision.name, score: decision.confidence });
  const taken = new Set(suggested.map((a) => a.name));
  const all = field === "plan" ? result.plans : result.strategies;
  return { suggested, others: all.filter((n) => !taken.has(n)) };
}
