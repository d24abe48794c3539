import { normalizeText } from "../parse/text";
import { type PlaceConstraints, extractConstraints, villageIn, mooIn } from "./linkConstraints";

/**
 * A project name as linking compares it: the words that say what the project is, and the places
 * and numbers that say where (hard constraints, linkConstraints.ts). Officers retype ผ.02 names
 * into the annual plan with the same project spelled many ways; everything removed or unified
 * here is a difference seen between the two that does not make another project.
 */
export interface NameKey {
  /** Words (Intl.Segmenter), stop words and constraint numbers gone; order kept. */
  readonly tokens: readonly string[];
  /** The tokens joined without spaces: what the character comparison reads. */
  readonly compact: string;
  readonly constraints: PlaceConstraints;
}

// Budget-transfer and amendment notes: "(โอนงบครั้งที่ 13/2567)", "(เพิ่มเติม ครั้งที่ 1/2567)",
// also unbracketed after the name. They say when money moved, not what is built.
const NOTE_WORD = String.raw`(?:โอน[ก-๛]*|เพิ่มเติม|เปลี่ยนแปลง|แก้ไข|ยกมา|ตั้งจ่าย[ก-๛]*|จ่ายขาด[ก-๛]*|งบ[ก-๛]*|เงิน[ก-๛]*|ขออนุมัติ[ก-๛]*)`;
const NOTE_PAREN = new RegExp(String.raw`\(\s*${NOTE_WORD}[^()]*\)`, "g");
const NOTE_BARE = new RegExp(String.raw`${NOTE_WORD}\s*(?:ครั้งที่|ฉบับที่)\s*\d+(?:\s*\/\s*\d{2,4})?`, "g");

// A number with a unit of length, area or volume is a size ("กว้าง 4 เมตร", "4x150 ม.",
// "600 ตร.ม."): sizes are revised between the plans and never tell two projects apart alone.
const UNIT = String.raw`(?:กิโลเมตร|เมตร|ตารางเมตร|ตาราง\s?ม\.|ตร\.\s?ม\.?|ลบ\.\s?ม\.?|ลูกบาศก์เมตร|กม\.?|ม\.(?!\s*\d)|ซม\.?|เซนติเมตร|มม\.?|มิลลิเมตร|นิ้ว|ไร่|ตร\.\s?ว\.?)`;
const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const DIMENSION = String.raw`(?:หรือ\s*)?(?:มี\s*)?(?:ขนาด\s*)?(?:ผิวจราจร\s*)?(?:กว้าง|ยาว|หนา|ลึก|สูง|ระยะทาง|พื้นที่|ความยาว|ปริมาตร)?\s*(?:รวม|เฉลี่ย)?\s*(?:ไม่น้อยกว่า|ประมาณ)?\s*`;
// Not after "+": "0+500" is a kilometre station, a ช่วง constraint.
const SIZE = new RegExp(String.raw`${DIMENSION}(?<![\d+.])${NUM}(?:\s*[x×*]\s*${NUM})*\s*${UNIT}`, "g");
const BARE_DIMENSIONS = new RegExp(String.raw`(?:ขนาด|กว้าง|ยาว|หนา|ลึก)\s*(?:เฉลี่ย|ไม่น้อยกว่า|ประมาณ|รวม)?\s*${NUM}(?:\s*[x×*]\s*${NUM})*(?![\d/+])`, "g");

/** Spellings of one thing: the canonical form each group becomes, spaced so words stay words. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/คอนกรีตเสริมเหล็ก|ค\.?\s?ส\.?\s?ล\.?/g, " คสล "],
  [/แอสฟัล[ทต]์(?:ติก|ติด)?|แอสฟัส[ทต]์(?:ติก)?/g, " แอสฟัลต์ "],
  [/โซ(?:ล่า|ลา|ล่าร์|ลาร์)\s?เซลล์?/g, " พลังงานแสงอาทิตย์ "],
  [/(?<![ก-๛])ถ\.\s?/g, " ถนน "],
  [/(?<![ก-๛])บ\.\s?(?=[ก-ฮ])/g, " บ้าน"],
  [/(?<![ก-๛])ซ\.\s?(?=[\dก-ฮ])/g, " ซอย "],
  [/(?<![ก-๛])รร\.\s?/g, " โรงเรียน"],
  [/ศพด\.?/g, " ศูนย์พัฒนาเด็กเล็ก "],
];

/** Words every plan uses, or that only carry a size or a place already held as a constraint. */
const STOP = new Set([
  "โครงการ", "การ", "และ", "ของ", "ใน", "เพื่อ", "ให้", "ที่", "แก่", "จาก", "ตาม", "กับ", "หรือ", "มี", "โดย", "พร้อม",
  "ขนาด", "ไม่น้อยกว่า", "ประมาณ",
  "ตำบล", "อำเภอ", "จังหวัด", "หมู่", "หมู่ที่", "บ้าน", "สาย", "ช่วง", "ซอย", "ระยะ", "จำนวน", "แห่ง", "จุด", "ครั้งที่",
]);

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Text through the cleaning every comparison shares: notes, sizes and spellings, lower case. */
export function cleanName(text: string): string {
  let s = normalizeText(text).toLowerCase().replace(NOTE_PAREN, " ").replace(NOTE_BARE, " ");
  for (const [re, to] of SPELLINGS) s = s.replace(re, to);
  return (
    s
      .replace(SIZE, " ")
      .replace(BARE_DIMENSIONS, " ")
      // The numbering an officer types before the name ("1. โครงการ…", "2) …").
      .replace(/^\s*\d+\s*[.)]\s*/, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * The key of a name. `fallbacks` are the texts that may say หมู่ and village when the name does
 * not: the project's location and detail, the entry's เป้าหมาย.
 */
export function nameKey(name: string, fallbacks: readonly string[] = []): NameKey {
  const cleaned = cleanName(name);
  const { constraints, rest } = extractConstraints(cleaned);
  let c = constraints;
  for (const f of fallbacks) {
    if (c.moo && c.village) break;
    const other = cleanName(f);
    if (!c.moo) c = { ...c, moo: mooIn(other) };
    if (!c.village) c = { ...c, village: villageIn(other) };
  }
  const tokens = wordsOf(rest);
  return { tokens, compact: tokens.join(""), constraints: c };
}

function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.replace(/[()[\]"'“”,;:|/]/g, " ").split(" ")) if (chunk) out.push(...chunkWords(chunk));
  return out;
}

// Segmenting is most of a key's cost (about 50 µs a name) and plans repeat the same
// space-separated pieces ("ก่อสร้างถนน", "คสล", "บ้านหนองบัว") in hundreds of names. Bounded,
// as normalizeText's cache is, because the pane lives for a whole Excel session.
const CHUNK_WORDS = new Map<string, readonly string[]>();
const CHUNK_LIMIT = 50_000;

function chunkWords(chunk: string): readonly string[] {
  let words = CHUNK_WORDS.get(chunk);
  if (words === undefined) {
    if (CHUNK_WORDS.size > CHUNK_LIMIT) CHUNK_WORDS.clear();
    const found: string[] = [];
    for (const s of segmenter.segment(chunk)) {
      if (!s.isWordLike) continue;
      const w = s.segment.replace(/\.+$/, "");
      if (w.length > 0 && !STOP.has(w)) found.push(w);
    }
    words = found;
    CHUNK_WORDS.set(chunk, words);
  }
  return words;
}
