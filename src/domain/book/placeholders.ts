/**
 * The words in braces the book's text may carry ({ชื่อ อปท.}, {ข้อบัญญัติ} …), filled in from
 * ตั้งค่า when the book is built: one text serves every อปท. and every type. A name is compared
 * without its spaces and dots, so {ชื่ออปท} is {ชื่อ อปท.}; a name OpPlan does not know is left as
 * typed (the reader of ข้อความเล่มแผน says so, naming the cell).
 */
import type { LocalGovernmentType } from "../catalog";
import { bookWords } from "./bookWords";

export const PLACEHOLDER_KEYS = [
  "orgFullName",
  "fiscalYear",
  "edition",
  "district",
  "province",
  "ordinance",
  "executive",
  "supportCommittee",
  "developmentCommittee",
] as const;
export type PlaceholderKey = (typeof PLACEHOLDER_KEYS)[number];

export interface Placeholder {
  readonly key: PlaceholderKey;
  /** As typed between the braces. */
  readonly name: string;
  /** What it becomes, in Thai, for the note in the template. */
  readonly help: string;
}

export const PLACEHOLDERS: readonly Placeholder[] = [
  { key: "orgFullName", name: "ชื่อ อปท.", help: "ชื่อเต็ม เช่น องค์การบริหารส่วนตำบลบ้านใหม่" },
  { key: "fiscalYear", name: "ปีงบประมาณ", help: "ปี พ.ศ. เช่น 2569" },
  { key: "edition", name: "ฉบับ", help: "เช่น (เพิ่มเติม ฉบับที่ 1) ว่างเมื่อเป็นฉบับหลัก" },
  { key: "district", name: "อำเภอ", help: "เช่น อำเภอเมือง" },
  { key: "province", name: "จังหวัด", help: "เช่น จังหวัดขอนแก่น" },
  { key: "ordinance", name: "ข้อบัญญัติ", help: "ข้อบัญญัติ หรือ เทศบัญญัติ ตามประเภท อปท." },
  { key: "executive", name: "ผู้บริหารท้องถิ่น", help: "นายกองค์การบริหารส่วนตำบล นายกเทศมนตรี นายกองค์การบริหารส่วนจังหวัด หรือนายกเมืองพัทยา" },
  { key: "supportCommittee", name: "คณะกรรมการสนับสนุน", help: "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่น (เทศบาล: …แผนพัฒนาเทศบาล)" },
  { key: "developmentCommittee", name: "คณะกรรมการพัฒนา", help: "คณะกรรมการพัฒนาท้องถิ่น (เทศบาล: คณะกรรมการพัฒนาเทศบาล)" },
];

export type PlaceholderValues = Partial<Record<PlaceholderKey, string>>;

const nameKey = (s: string) => s.normalize("NFC").replace(/[\s.\u200B]/g, "");
const BY_NAME = new Map(PLACEHOLDERS.map((p) => [nameKey(p.name), p.key]));

/** {ชื่อ อปท.} in the text as typed: a name in braces, on one line. */
const IN_BRACES = /\{([^{}\n]*)\}/g;
/** Where a placeholder became nothing, until the spaces around it are tidied. */
const GONE = "\u0000";

/** The key a name between braces stands for, or null. */
export function placeholderKey(name: string): PlaceholderKey | null {
  return BY_NAME.get(nameKey(name)) ?? null;
}

/**
 * The text with each placeholder `values` gives replaced; the others stay as typed. One that
 * becomes nothing ({ฉบับ} of the main edition) takes one of the spaces around it along.
 */
export function expandPlaceholders(text: string, values: PlaceholderValues): string {
  const out = text.replace(IN_BRACES, (whole: string, name: string) => {
    const key = placeholderKey(name);
    const value = key ? values[key] : undefined;
    if (value === undefined) return whole;
    return value === "" ? GONE : value;
  });
  return out.includes(GONE) ? out.replace(/ \u0000/g, "").replace(/\u0000 ?/g, "") : out;
}

/** Names in braces OpPlan does not know, in order, each once. */
export function unknownPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IN_BRACES)) if (!placeholderKey(m[1]) && !out.includes(m[1])) out.push(m[1]);
  return out;
}

/** A brace without its pair ("{ชื่อ อปท." or "ปี}"): printed as typed, and most likely a slip. */
export function hasStrayBrace(text: string): boolean {
  return /[{}]/.test(text.replace(/\{[^{}\n]*\}/g, ""));
}

export interface PlaceholderSource {
  readonly orgFullName: string;
  readonly fiscalYear: number;
  /** Edition.suffix: "" for the main edition. */
  readonly editionSuffix: string;
  /** As in ตั้งค่า, with or without the word อำเภอ / จังหวัด. */
  readonly district: string;
  readonly province: string;
  readonly orgType: LocalGovernmentType | null;
}

/** What each placeholder becomes for this plan. Thai digits are the builder's to apply, on the whole text. */
export function placeholderValues(s: PlaceholderSource): Record<PlaceholderKey, string> {
  const district = s.district.trim().replace(/^อำเภอ\s*/, "");
  const province = s.province.trim().replace(/^จังหวัด\s*/, "");
  return {
    orgFullName: s.orgFullName,
    fiscalYear: String(s.fiscalYear),
    edition: s.editionSuffix,
    district: district ? `อำเภอ${district}` : "",
    province: province ? `จังหวัด${province}` : "",
    ...typeValues(s.orgType),
  };
}

/** The placeholders of the type's words alone: what a text for a known type is written with. */
export function typeValues(type: LocalGovernmentType | null): Pick<Record<PlaceholderKey, string>, "ordinance" | "executive" | "supportCommittee" | "developmentCommittee"> {
  const w = bookWords(type);
  return { ordinance: w.ordinance, executive: w.executive, supportCommittee: w.supportCommittee, developmentCommittee: w.developmentCommittee };
}
