/**
 * ประเภทครุภัณฑ์ for แบบ ผด.02/1: the standard type an officer meant when typing one
 * (resolveEquipmentType).
 */
import { EQUIPMENT_TYPES } from "../catalog";
import { normalizeText } from "../parse/text";
import { editDistance } from "../textMatch";
import { compactNormalized } from "./words";

export interface EquipmentTypeMatch {
  /** One of EQUIPMENT_TYPES. */
  readonly type: string;
  /** exact after normalisation, a known variant or short form, or a near spelling of one */
  readonly how: "exact" | "variant" | "fuzzy";
}

/** A standard name, checked: a slip here would otherwise fail silently at every look-up. */
function standard(name: string): string {
  if (!EQUIPMENT_TYPES.includes(name)) throw new Error(`not in EQUIPMENT_TYPES: ${name}`);
  return name;
}

export const TYPE = {
  office: standard("ครุภัณฑ์สำนักงาน"),
  vehicle: standard("ครุภัณฑ์ยานพาหนะและขนส่ง"),
  electric: standard("ครุภัณฑ์ไฟฟ้าและวิทยุ"),
  advert: standard("ครุภัณฑ์โฆษณาและเผยแพร่"),
  farm: standard("ครุภัณฑ์การเกษตร"),
  factory: standard("ครุภัณฑ์โรงงาน"),
  build: standard("ครุภัณฑ์ก่อสร้าง"),
  survey: standard("ครุภัณฑ์สำรวจ"),
  medical: standard("ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์"),
  computer: standard("ครุภัณฑ์คอมพิวเตอร์"),
  education: standard("ครุภัณฑ์การศึกษา"),
  house: standard("ครุภัณฑ์งานบ้านงานครัว"),
  sport: standard("ครุภัณฑ์กีฬา"),
  music: standard("ครุภัณฑ์ดนตรีและนาฏศิลป์"),
  weapon: standard("ครุภัณฑ์อาวุธ"),
  field: standard("ครุภัณฑ์สนาม"),
  other: standard("ครุภัณฑ์อื่น"),
} as const;

// ---------------------------------------------------------------------------------------------
// resolveEquipmentType

/**
 * "ครุภัณฑ์" as typists spell it: คุรุ-, -ภัน-, -ณท์, -ณฑ without the ์, พ for ภ. Strict about
 * the order of the letters, so that no type name ("คอมพิวเตอร์") loses its own first letters.
 */
const KRUPHAN = /^คุ?รุ?[ภพ][ัํ]?[ณน][ฑทตฐฒ]?์?/;

/** Leading numbering as in headings: "1.", "2.1", "3)", "10 ". */
const NUMBERING = /^\(?\d+(?:\.\d+)*\s*[.)]?\s*/;

/** What typed text is compared as: no numbering, parentheses, spaces, punctuation or ๆ/ฯ. */
function typedKey(typed: string): string {
  return compactNormalized(
    normalizeText(typed)
      .toLowerCase()
      .replace(NUMBERING, "")
      .replace(/\([^)]*\)/g, ""),
  ).replace(/[:;*•ๆฯ]/g, "");
}

/** A type's name as typed keys are compared: without "ครุภัณฑ์". */
const ownKey = (type: string) => compactNormalized(type.replace(/^ครุภัณฑ์/, ""));

/** "และ"/"หรือ" are the words typists drop or swap ("วิทยาศาสตร์และการแพทย์", "ไฟฟ้าวิทยุ"). */
const loose = (key: string) => key.replace(/และ|หรือ/g, "");

/**
 * Short forms, English and misspellings seen in real files, by type. Keys are compared loose
 * (no และ/หรือ); each must point to one type only, which the table's construction checks.
 * Not items: "รถยนต์" or "คอมพิวเตอร์โน้ตบุ๊ก" name things, not types, and stay unresolved.
 */
const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  [TYPE.office]: ["สำนัก", "office", "officeequipment", "สนง"],
  [TYPE.vehicle]: ["ยานพาหนะ", "พาหนะ", "ขนส่ง", "ยานพาหนะการขนส่ง", "ยานยนต์", "vehicle", "vehicles", "transport", "transportation"],
  [TYPE.electric]: ["ไฟฟ้า", "วิทยุ", "ไฟฟ้าวิทยุ", "electric", "electrical", "radio", "electricalradio"],
  [TYPE.advert]: ["โฆษณา", "เผยแพร่", "ประชาสัมพันธ์", "advertising", "publicity", "advertisingpublicity"],
  [TYPE.farm]: ["เกษตร", "agriculture", "agricultural", "farm", "farming"],
  [TYPE.factory]: ["factory", "industrial", "workshop"],
  [TYPE.build]: ["การก่อสร้าง", "construction"],
  [TYPE.survey]: ["การสำรวจ", "survey", "surveying"],
  [TYPE.medical]: ["วิทยาศาสตร์", "การแพทย์", "แพทย์", "วิทย์", "วิทยาศาสตร์การแพทย์", "science", "scientific", "medical", "sciencemedical", "scientificmedical"],
  [TYPE.computer]: ["คอม", "computer", "computers", "it", "ไอที"],
  [TYPE.education]: ["ศึกษา", "education", "educational"],
  [TYPE.house]: ["งานบ้าน", "งานครัว", "บ้านครัว", "household", "kitchen", "housework", "housekitchen", "householdkitchen"],
  [TYPE.sport]: ["การกีฬา", "sport", "sports"],
  [TYPE.music]: ["ดนตรี", "นาฏศิลป์", "นาฎศิลป์", "ดนตรีนาฎศิลป์", "music", "musical", "dance", "musicdance"],
  [TYPE.weapon]: ["อาวุธปืน", "weapon", "weapons", "arms"],
  [TYPE.field]: ["field", "camping"],
  [TYPE.other]: ["อื่นๆ", "ประเภทอื่น", "other", "others", "misc", "miscellaneous"],
};

interface Candidate {
  readonly key: string;
  readonly type: string;
}

const OWN = new Map(EQUIPMENT_TYPES.map((t) => [ownKey(t), t]));
const LOOSE_OWN = new Map(EQUIPMENT_TYPES.map((t) => [loose(ownKey(t)), t]));
const LOOSE_VARIANTS = new Map<string, string>();
for (const [type, keys] of Object.entries(VARIANTS))
  for (const k of keys) {
    const key = loose(compactNormalized(k));
    const already = LOOSE_VARIANTS.get(key) ?? LOOSE_OWN.get(key);
    if (already && already !== type) throw new Error(`variant "${k}" points to two types`);
    LOOSE_VARIANTS.set(key, type);
  }
/** Everything a typed key may be near to, for the fuzzy step. */
const CANDIDATES: readonly Candidate[] = [
  ...[...LOOSE_OWN].map(([key, type]) => ({ key, type })),
  ...[...LOOSE_VARIANTS].map(([key, type]) => ({ key, type })),
];

/** Leading words that say "this is a type" without being part of one. */
const LEAD = /^(?:ประเภท|หมวด|ค่า(?=คุ?รุ?[ภพ])|type|category|equipment|equipments)/;
const TRAIL = /(?:equipment|equipments|type)$/;

/**
 * A ประเภทครุภัณฑ์ as people type it in a cell or a heading, resolved to the standard one; null
 * when it names none, or could be either of two.
 */
export function resolveEquipmentType(typed: string): EquipmentTypeMatch | null {
  let key = typedKey(typed);
  let misspelt = false;
  for (let before = ""; before !== key; ) {
    before = key;
    key = key.replace(LEAD, "").replace(TRAIL, "");
    const prefix = KRUPHAN.exec(key)?.[0];
    if (prefix) {
      if (prefix !== "ครุภัณฑ์") misspelt = true;
      key = key.slice(prefix.length);
    }
  }
  if (!key) return null;

  const exact = OWN.get(key);
  if (exact) return { type: exact, how: misspelt ? "variant" : "exact" };
  for (const k of new Set([loose(key), loose(key).replace(/^การ/, ""), `การ${loose(key)}`])) {
    const hit = LOOSE_OWN.get(k) ?? LOOSE_VARIANTS.get(k);
    if (hit) return { type: hit, how: "variant" };
  }
  return nearest(loose(key));
}

/**
 * The one type whose name or variant is within a slip or two of the key. When a second type
 * is also within reach, the key could be either and nothing is guessed.
 */
function nearest(key: string): EquipmentTypeMatch | null {
  if (key.length < 4) return null;
  const reach = key.length <= 5 ? 1 : key.length <= 11 ? 2 : 3;
  const best = new Map<string, number>();
  for (const c of CANDIDATES) {
    const d = editDistance(key, c.key, reach);
    if (d <= reach && d < (best.get(c.type) ?? Infinity)) best.set(c.type, d);
  }
  if (best.size !== 1) return null;
  const [type] = best.keys();
  return { type, how: "fuzzy" };
}
