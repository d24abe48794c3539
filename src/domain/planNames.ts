import { STANDARD_PLANS, type StandardPlan } from "./catalog";
import { normalizeText } from "./parse/text";
import { editDistance } from "./textMatch";

/**
 * Resolving what people type as a แผนงาน to the standard one: prefixes ("แผนงาน", "ผง."),
 * codes ("00210"), spaces inside names, and the variants and misspellings seen in real files
 * (../shared/domain.md §4). Used by the checks and by classification.
 */

export interface PlanMatch {
  readonly plan: StandardPlan;
  /** exact after normalisation, a known variant, or a fuzzy guess */
  readonly how: "exact" | "variant" | "fuzzy";
}

/** Known spellings → standard key (keys are normalised: no spaces, no prefix). */
const VARIANTS: Record<string, string> = {
  บริหารทั่วไป: "บริหารงานทั่วไป",
  งานบริหารทั่วไป: "บริหารงานทั่วไป",
  รักษาความสงบภายใน: "การรักษาความสงบภายใน",
  ศึกษา: "การศึกษา",
  เคหะชุมชน: "เคหะและชุมชน",
  สร้างความเข้มแข็งชุมชน: "สร้างความเข้มแข็งของชุมชน",
  ศาสนาวัฒนธรรมและนันทนาการ: "การศาสนาวัฒนธรรมและนันทนาการ",
  การศาสนาวัฒนธรรมนันทนาการ: "การศาสนาวัฒนธรรมและนันทนาการ",
  อุตสาหกรรมโยธา: "อุตสาหกรรมและการโยธา",
  อุตสาหกรรมและโยธา: "อุตสาหกรรมและการโยธา",
  เกษตร: "การเกษตร",
  พาณิชย์: "การพาณิชย์",
  การพานิชย์: "การพาณิชย์",
  พานิชย์: "การพาณิชย์",
  การพานิช: "การพาณิชย์",
  สาธารณะสุข: "สาธารณสุข",
  สังคมสงเคราะ: "สังคมสงเคราะห์",
};

const PREFIX = /^(?:\d+(?:\.\d+)*\.?\s*)?(?:แผนงาน|ผง\.?|แผน)\s*/;

/** The comparable core of a แผนงาน label: no numbering, prefix, code, spaces or punctuation. */
export function planKey(label: string): string {
  return normalizeText(label)
    .replace(PREFIX, "")
    .replace(/\(?\b00\d{3}\b\)?/g, "")
    // "(งานก่อสร้างโครงสร้างพื้นฐาน)", "(กิจการประปา)": the งาน under it, not its name.
    .replace(/\([^)]*\)/g, "")
    .replace(/[\s.,\-–()"'“”:;]/g, "");
}

const STANDARD_KEYS = new Map(STANDARD_PLANS.map((p) => [planKey(p.name), p]));
const BY_CODE = new Map(STANDARD_PLANS.map((p) => [p.code, p]));

export function matchPlan(label: string): PlanMatch | null {
  const text = normalizeText(label);
  if (!text) return null;
  const code = /\b(00\d{3})\b/.exec(text)?.[1];
  const key = planKey(text);
  const exact = STANDARD_KEYS.get(key);
  if (exact) return { plan: exact, how: "exact" };
  const variant = VARIANTS[key] ?? VARIANTS[key.replace(/^การ/, "")];
  if (variant) return { plan: STANDARD_KEYS.get(variant)!, how: "variant" };
  const prefixed = STANDARD_KEYS.get(`การ${key}`) ?? STANDARD_KEYS.get(key.replace(/^การ/, ""));
  if (prefixed) return { plan: prefixed, how: "variant" };
  if (code && BY_CODE.has(code) && !key) return { plan: BY_CODE.get(code)!, how: "exact" };
  // "เคหะฯ", "การศาสนาฯ": ไปยาลน้อย shortens a name to its start.
  if (key.endsWith("ฯ")) {
    const start = key.slice(0, -1);
    const hits = [...STANDARD_KEYS].filter(([k]) => k.startsWith(start) || k.replace(/^การ/, "").startsWith(start));
    if (start.length >= 3 && hits.length === 1) return { plan: hits[0][1], how: "variant" };
  }
  // A short form ("เคหะ", "โยธา", "ศาสนา": sheet names, tight columns) is a piece of exactly one
  // standard name; a piece of two ("ชุมชน") decides nothing.
  if (key.length >= 4) {
    const hits = [...STANDARD_KEYS].filter(([k]) => k.includes(key));
    if (hits.length === 1) return { plan: hits[0][1], how: "variant" };
  }
  const near = nearestPlan(label);
  // A slip or two (a doubled or swapped letter) in a name this long is still clearly that name,
  // when no other standard name is as near.
  if (near && key.length >= 4 && near.distance <= Math.max(1, Math.floor(key.length / 6)) && near.unique) return { plan: near.plan, how: "fuzzy" };
  return null;
}

export function nearestPlan(label: string): { plan: StandardPlan; distance: number; unique: boolean } | null {
  const key = planKey(label);
  if (!key) return null;
  let bestPlan = STANDARD_PLANS[0];
  let distance = Infinity;
  let unique = true;
  for (const [k, plan] of STANDARD_KEYS) {
    const d = Math.min(editDistance(key, k), editDistance(key, k.replace(/^การ/, "")));
    if (d < distance) [bestPlan, distance, unique] = [plan, d, true];
    else if (d === distance) unique = false;
  }
  return { plan: bestPlan, distance, unique };
}

/** Position in the standard order, for sorting; unknown plans last. */
export function planOrder(name: string): number {
  const i = STANDARD_PLANS.findIndex((p) => p.name === name);
  return i < 0 ? STANDARD_PLANS.length : i;
}
