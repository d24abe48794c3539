import { normalizeText } from "../parse/text";
import { isLinkageLine } from "../read/headings";
import { wordsOf } from "./profiles";
import type { DevPlanProfile } from "./types";

/**
 * What the rows of a ผ.02 say besides entries: group headings, amendment markers, รวม lines.
 * Texts are normalised (normalizeText) before they are tested.
 */

/**
 * "เพิ่มเติม ครั้งที่ 1/2567", "เปลี่ยนแปลง (ครั้งที่ 2/2568)", "แก้ไข ครั้งที่ 2/68",
 * "เพิ่มเติม/เปลี่ยนแปลง ครั้งที่ 3/2567": the amendment, spelled one way, the word as written.
 */
const AMENDMENT = /(เพิ่มเติม(?:\s*(?:\/|และ|หรือ)\s*เปลี่ยนแปลง)?|เปลี่ยนแปลง|แก้ไข(?:เพิ่มเติม)?)\s*\(?\s*(?:ครั้งที่|ฉบับที่)\s*(\d{1,2})\s*(?:\/|พ\.?\s*ศ\.?|ปี)\s*(25\d\d|\d\d)(?!\d)/;

export function amendmentOf(text: string): string | null {
  const m = AMENDMENT.exec(normalizeText(text));
  if (!m) return null;
  const word = m[1].replace(/\s+/g, "");
  const year = m[3].length === 2 ? 2500 + Number(m[3]) : Number(m[3]);
  return `${word} ครั้งที่ ${Number(m[2])}/${year}`;
}

/** "รวม", "รวมงบประมาณ", "รวมจำนวนโครงการ", "รวมทั้งสิ้น", "รวม 12 โครงการ": a total, never an entry. */
export function isTotalLine(text: string): boolean {
  return /^รวม(?:$|\s|\d|ทั้ง|งบ|จำนวน|เงิน|ยอด|โครงการ|ยุทธ|แผน|กลยุทธ์|แนวทาง)/.test(text);
}

/** ที่ as entries have it: "1", "1.", 12, "22/2" (an entry put in after 22 by an amendment). */
export function isEntryNumber(text: string): boolean {
  return /^\d{1,4}\.?$|^\d{1,4}\s*\/\s*\d{1,2}$/.test(text);
}

/** "22/2": an entry inserted after entry 22, which only an amendment does. */
export function isInsertedNumber(text: string): boolean {
  return /^\d{1,4}\s*\/\s*\d{1,2}$/.test(text);
}

export type HeadingLevel = "strategy" | "approach" | "plan";

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NUMBERING = String.raw`(?:\d+(?:\.\d+)*\s*[.)]?\s*|\(\d+\)\s*)?`;

/** The heading recognisers of the profiles' words, most specific level first. */
export function headingMatchers(profiles?: readonly DevPlanProfile[]): readonly [HeadingLevel, RegExp][] {
  const re = (words: string[]) => new RegExp(`^${NUMBERING}(?:${words.map(escape).join("|")})`);
  return [
    ["plan", re([...wordsOf("planWords", profiles), "ผง."])],
    ["approach", re(wordsOf("approachWords", profiles))],
    ["strategy", re(wordsOf("strategyWords", profiles))],
  ];
}

/**
 * The level of a heading row's text, or null. The ก.–จ. linkage lines (ยุทธศาสตร์ชาติ, แผนพัฒนาฯ,
 * SDGs, ยุทธศาสตร์จังหวัด, ยุทธศาสตร์ของ อปท. ในเขตจังหวัด) tie a block to other plans: they are
 * not the อปท.'s own strategy, and say "linkage".
 */
export function headingLevel(text: string, matchers: readonly [HeadingLevel, RegExp][]): HeadingLevel | "linkage" | null {
  if (isLinkageLine(text) || /^ยุทธศาสตร์(?:การพัฒนา)?(?:ของ)?\s*(?:อปท|องค์กรปกครองส่วนท้องถิ่น)/.test(text)) return "linkage";
  for (const [level, re] of matchers) if (re.test(text)) return level;
  return null;
}

/** The number a heading gives itself: "1." → 1, "1.2" → 2, "(3)" → 3, "ยุทธศาสตร์ที่ 4" → 4; null when none. */
export function headingNumber(text: string): number | null {
  const lead = /^(?:(\d+(?:\.\d+)*)\s*[.)]?|\((\d+)\))/.exec(text);
  if (lead && (lead[1] ?? lead[2])) return Number((lead[1] ?? lead[2]).split(".").at(-1));
  const own = /^\S*?ที่\s*(\d{1,2})(?!\d)/.exec(text);
  return own ? Number(own[1]) : null;
}
