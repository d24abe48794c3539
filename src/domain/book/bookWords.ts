/**
 * The words of the plan book that change with the type of อปท. (../shared/domain.md §9): who
 * collects and drafts, who considers, who announces. In one table so that a type whose published
 * plans use other words is changed here, not in the sentences. The budget act's name
 * (ข้อบัญญัติ / เทศบัญญัติ) is the catalog's (LocalGovernmentType.ordinance).
 *
 * Sources: the regulation's own generic names (ข้อ 26: คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่น,
 * คณะกรรมการพัฒนาท้องถิ่น, ผู้บริหารท้องถิ่น); a เทศบาล's published plan naming its committees
 * คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาเทศบาล and คณะกรรมการพัฒนาเทศบาล
 * (https://trpcity.go.th/ebook/actionpa/files/basic-html/page11.html,
 * https://www.takfacity.go.th/news/detail/91365/data.html). That อบจ. and เมืองพัทยา use the
 * regulation's generic names is domain.md's reading of published plans, not confirmed by one here.
 */
import type { LocalGovernmentType } from "../catalog";

export interface BookWords {
  /** Collects the projects and drafts the plan (ข้อ 26 (1)). */
  readonly supportCommittee: string;
  /** Considers the draft (ข้อ 26 (2)). */
  readonly developmentCommittee: string;
  /** Approves and announces: the title without the อปท.'s name (นายกเทศมนตรี, not นายกเทศมนตรีตำบลบ้านใหม่). */
  readonly executive: string;
  /** ข้อบัญญัติ / เทศบัญญัติ */
  readonly ordinance: string;
}

const LOCAL = {
  supportCommittee: "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่น",
  developmentCommittee: "คณะกรรมการพัฒนาท้องถิ่น",
} as const;
const MUNICIPAL = {
  supportCommittee: "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาเทศบาล",
  developmentCommittee: "คณะกรรมการพัฒนาเทศบาล",
} as const;

/** By LocalGovernmentType label: the committees and the executive's title. */
export const BOOK_WORDS_BY_TYPE: Readonly<Record<string, Omit<BookWords, "ordinance">>> = {
  องค์การบริหารส่วนตำบล: { ...LOCAL, executive: "นายกองค์การบริหารส่วนตำบล" },
  เทศบาลตำบล: { ...MUNICIPAL, executive: "นายกเทศมนตรี" },
  เทศบาลเมือง: { ...MUNICIPAL, executive: "นายกเทศมนตรี" },
  เทศบาลนคร: { ...MUNICIPAL, executive: "นายกเทศมนตรี" },
  องค์การบริหารส่วนจังหวัด: { ...LOCAL, executive: "นายกองค์การบริหารส่วนจังหวัด" },
  เมืองพัทยา: { ...LOCAL, executive: "นายกเมืองพัทยา" },
};

/** Without a type: the regulation's own words, and the ordinance the ประกาศ also falls back to. */
export const GENERIC_BOOK_WORDS: BookWords = { ...LOCAL, executive: "ผู้บริหารท้องถิ่น", ordinance: "ข้อบัญญัติ" };

export function bookWords(type: LocalGovernmentType | null): BookWords {
  const words = type ? BOOK_WORDS_BY_TYPE[type.label] : undefined;
  if (!type || !words) return GENERIC_BOOK_WORDS;
  return { ...words, ordinance: type.ordinance };
}
