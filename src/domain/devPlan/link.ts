import type { ProjectRecord } from "../project";
import { nameKey } from "./normaliseName";
import { buildLinkIndex } from "./linkIndex";
import { AMBIGUITY_MARGIN, LINK_THRESHOLD, amountEvidence, linkScore, prepare, type ScoredKey } from "./linkScore";
import type { DevPlan, DevPlanCandidate, DevPlanEntry, DevPlanLink } from "./types";

/** Entries offered beside a project (the pane lists them); below this they are noise. */
const CANDIDATE_FLOOR = 0.35;
const OFFERED = 3;

/**
 * Links each project of this fiscal year to its ผ.02 entry (the result is parallel to `projects`).
 * No entry close enough, or two within AMBIGUITY_MARGIN of each other, leaves `entry` null: the
 * candidates are offered and the user picks, never the linker.
 */
export function linkProjects(projects: readonly ProjectRecord[], plan: DevPlan, fiscalYear: number): DevPlanLink[] {
  const index = buildLinkIndex(plan.entries);
  const amounts = plan.entries.map((e) => amountIn(e, fiscalYear));
  return projects.map((p) => {
    const key = prepare(nameKey(p.name, [p.location, p.detail]));
    // "อาหารเสริม (นม)" with "โรงเรียน 3 แห่ง และศูนย์พัฒนาเด็กเล็ก" as its detail: a name cut
    // short, its detail saying the rest of the entry's name.
    let completed: ScoredKey | null | undefined = p.detail && key.unique.length >= 2 ? undefined : null;
    const budget = budgetOf(p);
    const scored: DevPlanCandidate[] = [];
    for (const i of index.candidates(key)) {
      const evidence = amountEvidence(amounts[i], budget);
      let score = linkScore(key, index.keys[i], index.weigh, evidence);
      if (completed !== null && containsAll(index.keys[i], key)) {
        // Keyed only when some entry holds every word of the name: most projects never need it.
        completed ??= prepare(nameKey(`${p.name} ${p.detail}`, [p.location]));
        score = Math.max(score, linkScore(completed, index.keys[i], index.weigh, evidence));
      }
      if (score >= CANDIDATE_FLOOR) scored.push({ entry: index.entries[i], score: round(score) });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.row - b.entry.row);
    const candidates = scored.slice(0, OFFERED);
    const [best, second] = candidates;
    if (!best || best.score < LINK_THRESHOLD) return { entry: null, score: 0, candidates, ambiguous: false };
    if (second && best.score - second.score < AMBIGUITY_MARGIN) return { entry: null, score: 0, candidates, ambiguous: true };
    return { entry: best.entry, score: best.score, candidates, ambiguous: false };
  });
}

/** Every word of the project's name is in the entry's. */
function containsAll(entry: ScoredKey, project: ScoredKey): boolean {
  const words = new Set(entry.unique);
  return project.unique.every((w) => words.has(w));
}

/** The entry's amount for the fiscal year; null when its sheet has no such column or the cell says none. */
export function amountIn(entry: DevPlanEntry, fiscalYear: number): number | null {
  for (const a of entry.amounts) if (a.year === fiscalYear && a.amount !== null) return a.amount;
  return null;
}

function budgetOf(p: ProjectRecord): number | null {
  return p.budget.kind === "number" || p.budget.kind === "text" ? p.budget.value : null;
}

/** Three decimals: what the JSON and the pane show, and ties compare as shown. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
