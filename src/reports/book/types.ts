/**
 * The plan book's text parts (issue 14, ../shared/domain.md §9): what the builders of ปก, คำนำ,
 * สารบัญ and ส่วนที่ 1 take. The paragraphs come from the editable sheet ข้อความเล่มแผน when the
 * workbook has it, else from the defaults for the type of อปท. (bookText.ts).
 */
import type { LocalGovernmentType } from "../../domain/catalog";
import type { Edition } from "../../domain/planModel";
import type { IsoDate } from "../../core/localDate";
import type { BookText } from "../../domain/book/bookText";

export type { BookSection, BookSectionKey, BookText } from "../../domain/book/bookText";

/** The emblem the user chose (pane) or gave (--logo): on the ปก and the ประกาศ. */
export interface BookLogo {
  readonly base64: string;
  readonly extension: "png" | "jpeg";
  /** Pixel size read from the file, for its proportions. */
  readonly widthPx: number;
  readonly heightPx: number;
}

/** What every text part of the book knows about the plan. */
export interface BookContext {
  readonly fiscalYear: number;
  readonly edition: Edition;
  /** องค์การบริหารส่วนตำบลบ้านใหม่: never "" (the book's ปก is not built without a name). */
  readonly orgFullName: string;
  /** บ้านใหม่ */
  readonly orgName: string;
  readonly orgType: LocalGovernmentType | null;
  readonly district: string;
  readonly province: string;
  readonly thaiDigits: boolean;
  readonly text: BookText;
  readonly logo: BookLogo | null;
  /** The announcement's date when known (คำนำ's closing month and year), else the trigger's, else null. */
  readonly dated: IsoDate | null;
  readonly fontName?: string;
  readonly fontSize?: number;
}

/** One line of the สารบัญ: its title and the page label printed in the part's footer. */
export interface ContentsEntry {
  readonly title: string;
  /** "1", "๑" (Thai digits), "ก" … as the footer of the part's first page prints it. */
  readonly page: string;
  /** 0: a part (ส่วนที่ 1); 1: a form under ส่วนที่ 2. */
  readonly level: 0 | 1;
}

/** The parts of the plan book, in print order. */
export type BookPartKey = "cover" | "announcement" | "foreword" | "contents" | "intro" | "pd01" | "pd02" | "pd021" | "appendix";

export interface BookPart {
  readonly part: BookPartKey;
  /** The sheet it is printed from (a part's "(OpPlan)" twin when a sheet of the user's has the name). */
  readonly sheet: string;
  /** "ปก", "ประกาศ", "คำนำ", "สารบัญ", "ส่วนที่ 1 บทนำ", "แบบ ผด.01 …" as the สารบัญ names it */
  readonly title: string;
  /** The body's page number on its first page (ส่วนที่ 1 starts at 1); null for unnumbered or lettered pages. */
  readonly firstPage: number | null;
  /** What its first page's footer prints: "1", "ก"; null for none (ปก, ประกาศ). */
  readonly firstPageLabel: string | null;
  /** Pages it prints on; null for a sheet of the user's own (ภาคผนวก), whose pages OpPlan does not lay out. */
  readonly pages: number | null;
}
