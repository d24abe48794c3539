import { normalizeText } from "../parse/text";

/** Text compared as the lexicon's phrases are written: lower case, no spaces or dots. */
export function compact(text: string): string {
  return compactNormalized(normalizeText(text));
}

/** compact() for text already through normalizeText, as every field of a ProjectRecord is. */
export function compactNormalized(text: string): string {
  return text.toLowerCase().replace(/[\s.,"'“”()[\]\-–—/]/g, "");
}

/** Words too common in plans to tell one strategy from another. */
const STOP = new Set([
  "โครงการ", "การ", "และ", "ของ", "ใน", "เพื่อ", "ให้", "ที่", "มี", "กับ", "แก่", "จาก", "ตาม", "ด้าน", "ยุทธศาสตร์", "พัฒนา", "การพัฒนา",
  "แนวทาง", "ส่งเสริม", "สนับสนุน", "ปรับปรุง", "เสริมสร้าง", "หมู่", "บ้าน", "ตำบล", "อำเภอ", "จังหวัด", "ท้องถิ่น", "องค์การ", "บริหาร",
  "ส่วน", "เทศบาล", "ประชาชน", "ชุมชน", "อย่าง", "ได้", "เป็น", "ความ", "ทั่วไป", "งาน", "แผน", "แผนงาน", "ดี", "มี", "คุณภาพ", "ระบบ",
  "ทุก", "สู่", "ยั่งยืน", "เกี่ยวกับ", "หรือ", "อื่น", "ๆ", "ฯ", "ฯลฯ",
]);

const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("th", { granularity: "word" }) : null;

/**
 * Thai words of a text, split by the platform's dictionary-based segmenter, without the words
 * every plan uses. Used on the strategy sheet's own words (names, แนวทาง, คำสำคัญ).
 */
export function words(text: string): string[] {
  const t = normalizeText(text).toLowerCase();
  if (!segmenter) return t.split(/\s+/).filter((w) => w.length > 1 && !STOP.has(w));
  const out: string[] = [];
  for (const s of segmenter.segment(t)) if (s.isWordLike && s.segment.length > 1 && !STOP.has(s.segment) && !/^\d+$/.test(s.segment)) out.push(s.segment);
  return out;
}
