import { nameKey } from "./normaliseName";
import { type ScoredKey, type Weigh, prepare } from "./linkScore";
import type { DevPlanEntry } from "./types";

/**
 * The plan's entries indexed by word, so each project is scored against the few entries sharing
 * its rarer words rather than all of them (5,000 × 3,000 pairs would be 15 million scorings).
 */
export interface LinkIndex {
  readonly entries: readonly DevPlanEntry[];
  readonly keys: readonly ScoredKey[];
  readonly weigh: Weigh;
  /** Entries worth scoring for a project, the most word weight in common first. */
  candidates(project: ScoredKey): number[];
}

/**
 * Entries scored per project. Real plans hold at most a handful of entries of one kind in one
 * place; 40 leaves room for the generic names ("ก่อสร้างถนน คสล.") a large plan repeats in every หมู่.
 */
const SHORTLIST = 40;

export function buildLinkIndex(entries: readonly DevPlanEntry[]): LinkIndex {
  const keys = entries.map((e) => prepare(nameKey(e.name, [e.target])));
  const postings = new Map<string, number[]>();
  keys.forEach((k, i) => {
    for (const t of k.unique) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const n = entries.length;
  // Smoothed so that in a small plan the words every entry shares still count for something.
  const weigh: Weigh = (t) => 1 + Math.log((n + 1) / ((postings.get(t)?.length ?? 0) + 1));
  const overlap = new Float64Array(n);

  return {
    entries,
    keys,
    weigh,
    candidates(project) {
      const touched: number[] = [];
      for (const t of project.unique) {
        const list = postings.get(t);
        if (!list) continue;
        const w = weigh(t);
        for (const i of list) {
          if (overlap[i] === 0) touched.push(i);
          overlap[i] += w;
        }
      }
      touched.sort((a, b) => overlap[b] - overlap[a] || a - b);
      const out = touched.slice(0, SHORTLIST);
      for (const i of touched) overlap[i] = 0;
      return out;
    },
  };
}
