import { normalizeText } from "../parse/text";

/**
 * The heading rows of a ผด.02-shaped list, as offices type them: what each says the rows below it
 * belong to. Texts are normalised (normalizeText) before they are tested.
 */

/** "1. ยุทธศาสตร์การพัฒนาด้าน…", "ยุทธศาสตร์ที่ 2 …", "ยุทธศาสตร์: …" */
export const STRATEGY_HEADING = /^(?:\d+\s*[.)]\s*)?ยุทธศาสตร์/;
/** "1.1 แผนงานการศึกษา", "แผนงานเคหะและชุมชน", "(1) แผนงาน…", "ผง.การศึกษา" */
export const PLAN_HEADING = /^(?:\d+(?:\.\d+)*\s*[.)]?\s*|\(\d+\)\s*)?(?:แผนงาน|ผง\.)/;
/** "1.1 แนวทางการพัฒนา…", "กลยุทธ์ที่ 1 …": between a strategy and its แผนงาน, labels nothing the forms group by. */
export const APPROACH_HEADING = /^(?:\d+(?:\.\d+)*\s*[.)]?\s*)?(?:แนวทาง|กลยุทธ์)/;
/** "1. ครุภัณฑ์สำนักงาน", "ประเภทครุภัณฑ์คอมพิวเตอร์", "ค่าครุภัณฑ์" */
export const EQUIPMENT_HEADING = /^(?:\d+(?:\.\d+)*\s*[.)]?\s*)?(?:ประเภท|ค่า)?ครุภัณฑ์/;

/**
 * The linkage lines printed above a block (ก. ยุทธศาสตร์ชาติ 20 ปี, ข. แผนพัฒนาเศรษฐกิจฯ, …,
 * ยุทธศาสตร์จังหวัดที่ 2): they tie the block to national and provincial plans, and are not the
 * อปท.'s own strategy.
 */
const LINKAGE = [
  /^[ก-ฮ]\s*[.)]\s*\S/,
  /^(?:\d+\s*[.)]\s*)?ยุทธศาสตร์(?:ชาติ|จังหวัด|กลุ่มจังหวัด|การพัฒนาของ\s*อปท|การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัด)/,
  /^(?:แผนพัฒนาเศรษฐกิจ|แผนแม่บท|เป้าหมายการพัฒนาที่ยั่งยืน|sdgs?\b|หมุดหมาย)/i,
];

export function isLinkageLine(text: string): boolean {
  return LINKAGE.some((re) => re.test(text));
}

/** Numbering alone: the number of a heading typed in ที่ with its words in the next column. */
export const NUMBERING_ONLY = /^\d+(?:\.\d+)*\s*[.)]$|^\d+(?:\.\d+)+$/;

/** The words of a heading without its numbering, as typed ("1.1 แผนงานการศึกษา" → "แผนงานการศึกษา"). */
export function headingWords(text: string): string {
  return normalizeText(text).replace(/^(?:\d+(?:\.\d+)*\s*[.)]?\s*|\(\d+\)\s*)/, "");
}
