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
 * place: 25 leaves room for the generic names ("ก่อสร้างถนน คสล.") a large plan repeats in every หมู่.
 */
const SHORTLIST = 25;

/** A word in more than this share of the entries (and COMMON_MIN) does not open a shortlist alone. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 30;

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
  const common = Math.max(COMMON_MIN, n * COMMON_SHARE);

  return {
    entries,
    keys,
    weigh,
    candidates(project) {
      const touched: number[] = [];
      // Rarest words first. Words in more than `common` entries ("ก่อสร้าง", "ถนน") open no
      // entry once two rarer ones have, or they would touch most of a large plan; they still
      // rank the entries already opened, which the village alone ties by the dozen.
      const words = project.unique.filter((t) => postings.has(t)).sort((a, b) => postings.get(a)!.length - postings.get(b)!.length);
      let used = 0;
      for (const t of words) {
        const list = postings.get(t)!;
        const opens = list.length <= common || used < 2;
        used++;
        const w = weigh(t);
        for (const i of list) {
          if (overlap[i] === 0) {
            if (!opens) continue;
            touched.push(i);
          }
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
