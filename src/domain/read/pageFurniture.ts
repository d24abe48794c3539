/**
 * What a printed page puts around a table, and what a copy of a print layout brings into a sheet:
 * page numbers, the form's label, titles repeated on every page, notes, the signature block. None
 * of it is a project, and none of it belongs to a project's name. Texts are normalised.
 */

/** "หน้า 1", "หน้า 2/5", "หน้าที่ 3", "- 2 -", "page 4" */
const PAGE_LABEL = /^(?:หน้า(?:ที่)?\s*\d+(?:\s*(?:\/|จาก)\s*\d+)?|-\s*\d+\s*-|page\s*\d+(?:\s*(?:\/|of)\s*\d+)?)$/i;
/** "แบบ ผด.02", "ผด.02/1", "แบบ ผด. 01" */
const FORM_LABEL = /^(?:แบบ\s*)?ผด\s*\.?\s*0?\d(?:\s*\/\s*\d)?$/;

export function isPageLabel(text: string): boolean {
  return PAGE_LABEL.test(text) || FORM_LABEL.test(text);
}

/** The title lines of the forms and of the อปท. they belong to. */
const TITLE = [
  /^บัญชี(?:โครงการ|สรุป|จำนวน|ครุภัณฑ์)/,
  /^แผนการดำเนินงาน/,
  /^(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)|เมืองพัทยา)/,
  /^(?:อำเภอ|จังหวัด)\S/,
];

export function isTitleLine(text: string): boolean {
  return TITLE.some((re) => re.test(text));
}

/** "หมายเหตุ", "หมายเหตุ:", "* หมายเหตุ", "ข้อสังเกต" */
export function isNoteStart(text: string): boolean {
  return /^(?:\*+\s*)?(?:หมายเหตุ|ข้อสังเกต|note\b)/i.test(text);
}

/** A person's title at the start of a name in brackets: "(นางสาวสมใจ ใจดี)". */
const PERSON_IN_BRACKETS = /^\(\s*(?:นาย|นาง|นางสาว|น\.\s*ส\.|ว่าที่|ดร\.|ร\.\s*[ตทอ]\.|จ\.\s*ส\.\s*[ตทอ]\.|พ\.\s*[ตทอ]\.|ส\.\s*[ตทอ]\.|สิบ|จ่า|พัน|พล|\.{3,}|…)/;

/** Lines of a signature block: ลงชื่อ…, (ชื่อ), ตำแหน่ง…, ผู้จัดทำ / ผู้ตรวจสอบ / ผู้อนุมัติ. */
export function isSignatureLine(text: string): boolean {
  return (
    /^\(?\s*ลง(?:ชื่อ|นาม)/.test(text) ||
    // "(นางสาวสมใจ ใจดี)": a name alone in brackets, not a note that happens to start with one.
    (PERSON_IN_BRACKETS.test(text) && /\)$/.test(text) && !/\d/.test(text) && text.length <= 60) ||
    /^ตำแหน่ง/.test(text) ||
    /(?:^|\s|\.|…)ผู้(?:จัดทำ|ตรวจสอบ|เสนอ|อนุมัติ|รับรอง|เห็นชอบ|ลงนาม|ตรวจ)(?:\s|$)/.test(text) ||
    /^[.…_]{5,}/.test(text)
  );
}

/** A row under the header that numbers the columns: (1) (2) (3) … */
export function isColumnNumbering(texts: readonly string[]): boolean {
  if (texts.length < 3) return false;
  const n = texts.map((t) => /^\(?(\d{1,2})\)?$/.exec(t)?.[1]);
  if (n.some((x) => x === undefined)) return false;
  return Number(n[0]) <= 2 && n.every((x, i) => Number(x) === Number(n[0]) + i);
}
