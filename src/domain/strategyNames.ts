import { normalizeText } from "./parse/text";
import type { StrategyNode } from "./read/strategySheet";
import { similarity } from "./textMatch";

/**
 * The comparable core of a strategy label: numbering, the word ยุทธศาสตร์ and the usual
 * filler ("การพัฒนา", "ด้าน") removed, so "2. ยุทธศาสตร์การพัฒนาด้านการศึกษา" and
 * "ยุทธศาสตร์ด้านการศึกษา" meet.
 */
export function strategyKey(label: string): string {
  return normalizeText(label)
    .replace(/^(?:ยุทธศาสตร์ที่\s*\d+|\d+(?:\.\d+)*)\s*[.):]?\s*/, "")
    // "(การศึกษา สาธารณสุข สวัสดิการ)": a gloss, not the name.
    .replace(/\([^)]*\)/g, "")
    .replace(/ยุทธศาสตร์|การพัฒนา|ด้าน|[\s.,\-–()"'“”:]/g, "");
}

/** "ยุทธศาสตร์ที่ 2", "2", "2." or "ยุทธ. 2" alone: a reference by number. */
export function strategyNumber(label: string): number | null {
  const t = normalizeText(label).replace(/\s/g, "");
  const m = /^(?:ยุทธศาสตร์(?:ที่)?|ยุทธ[ฯ์.]*(?:ที่)?)?(\d{1,2})\.?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** The number a strategy label gives itself: "ยุทธศาสตร์ที่ 4 …", "4. ยุทธศาสตร์…", "4) …". */
export function ownStrategyNumber(text: string): number | null {
  const m = /^(?:ยุทธศาสตร์(?:ที่)?\s*(\d{1,2})(?!\d)|(\d{1,2})\s*[.):])/.exec(normalizeText(text));
  return m ? Number(m[1] ?? m[2]) : null;
}

export interface StrategyMatch {
  readonly strategy: StrategyNode;
  readonly how: "exact" | "number" | "fuzzy";
}

export function matchStrategy(label: string, strategies: readonly StrategyNode[]): StrategyMatch | null {
  const n = strategyNumber(label);
  if (n !== null) {
    const s = strategies.find((x) => x.number === n);
    return s ? { strategy: s, how: "number" } : null;
  }
  const key = strategyKey(label);
  if (!key) return null;
  const exact = strategies.find((s) => strategyKey(s.name) === key);
  if (exact) return { strategy: exact, how: "exact" };
  // A name cut short ("ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ" for "…ด้านเศรษฐกิจและการเกษตร…"), when
  // only one strategy starts that way.
  const starts = key.length >= 4 ? strategies.filter((s) => strategyKey(s.name).startsWith(key)) : [];
  if (starts.length === 1) return { strategy: starts[0], how: "fuzzy" };
  // A leading number that agrees with a near name settles it; otherwise demand a close name.
  const lead = /^(?:ยุทธศาสตร์ที่\s*)?(\d+)/.exec(normalizeText(label));
  let best: { s: StrategyNode; sim: number } | null = null;
  for (const s of strategies) {
    const sim = similarity(key, strategyKey(s.name));
    if (!best || sim > best.sim) best = { s, sim };
  }
  if (best && (best.sim >= 0.85 || (lead && Number(lead[1]) === best.s.number && best.sim >= 0.6))) return { strategy: best.s, how: "fuzzy" };
  // "ยุทธศาสตร์ที่ 7 การพัฒนาการบริหาร…": the number decides when the words agree with its name.
  const byNumber = lead ? strategies.find((s) => s.number === Number(lead[1])) : undefined;
  if (byNumber && (strategyKey(byNumber.name).includes(key) || similarity(key, strategyKey(byNumber.name)) >= 0.5)) return { strategy: byNumber, how: "fuzzy" };
  return null;
}
