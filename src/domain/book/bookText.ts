/**
 * The editable text of the plan book (issue 14, ../shared/domain.md §9): the paragraphs of คำนำ and
 * ส่วนที่ 1, by section. They come from the sheet ข้อความเล่มแผน when the workbook has it (what the
 * officer typed wins), else from the defaults for the type of อปท.
 *
 * PLACEHOLDER (issue 14): the defaults and the placeholders come from the text helper.
 */
import type { LocalGovernmentType } from "../catalog";

/** The sections of the editable text, in print order. */
export const BOOK_SECTION_KEYS = ["foreword", "introduction", "objectives", "steps", "timeline", "tools", "benefits"] as const;
export type BookSectionKey = (typeof BOOK_SECTION_KEYS)[number];

export interface BookSection {
  readonly key: BookSectionKey;
  /** "คำนำ", "1. บทนำ", "2. วัตถุประสงค์ของแผนการดำเนินงาน", … as printed */
  readonly heading: string;
  /** Paragraphs as typed (or the defaults), placeholders such as {ชื่อ อปท.} not yet expanded. */
  readonly paragraphs: readonly string[];
}

export interface BookText {
  /** One per BOOK_SECTION_KEYS entry, in that order. */
  readonly sections: readonly BookSection[];
  /** From the sheet ข้อความเล่มแผน, or OpPlan's defaults. */
  readonly from: "sheet" | "default";
}

/** The default text for a type of อปท. (null: words that fit every type, through placeholders). */
export function defaultBookText(type: LocalGovernmentType | null): BookText {
  void type;
  return { sections: BOOK_SECTION_KEYS.map((key) => ({ key, heading: key, paragraphs: [] })), from: "default" };
}
