/**
 * ประเภทครุภัณฑ์ for แบบ ผด.02/1, which groups equipment by type: the standard type an officer
 * meant when typing one (resolveEquipmentType), and the type an item belongs to when the
 * officer typed none (suggestEquipmentType).
 */
import { EQUIPMENT_TYPES } from "../catalog";
import { normalizeText } from "../parse/text";
import { editDistance } from "../textMatch";
import { PhraseMatcher } from "./phraseMatcher";
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

// ---------------------------------------------------------------------------------------------
// suggestEquipmentType: the lexicon
//
// Which type an item word belongs to. Sources, in order of precedence:
//  [BB-EX]  สำนักงบประมาณ, ตัวอย่างรายการสิ่งของที่จัดเป็นครุภัณฑ์ (annex to หลักการจำแนก
//           ประเภทรายจ่ายตามงบประมาณ): items listed under each type.
//  [BB-STD] สำนักงบประมาณ, บัญชีราคามาตรฐานครุภัณฑ์ (ฉบับ ธ.ค. 2566 and earlier): the chapter
//           each priced item stands in. Its Q&A (bb.go.th) on single items, e.g.
//           มัลติมีเดียโปรเจคเตอร์ → โฆษณาและเผยแพร่.
//  [DLA]    กรมส่งเสริมการปกครองท้องถิ่น, การจำแนกประเภทพัสดุ (มท 0808.2/ว 1095, 28 พ.ค. 2564),
//           in force for อปท. from FY 2565: โต๊ะนักเรียน, จักรเย็บผ้า, DLTV, หุ่นจำลอง, กระดานดำ →
//           การศึกษา; รถไถ, เครื่องตัดวัชพืช, เครื่องหว่านปุ๋ย → การเกษตร.
//  [ICT]    กระทรวงดิจิทัลฯ, เกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์
//           (computers, printers, scanners, network gear, UPS, software) and its separate
//           criteria for ระบบกล้องโทรทัศน์วงจรปิด.
//  [PRACT]  what published ข้อบัญญัติ/เทศบัญญัติ of อบต. and เทศบาล commonly do, where it departs
//           from the above or where they are silent. Never enough on its own for a confident
//           answer: such items straddle.
// The Budget Bureau, not the Comptroller General, issues the classification and the price list.
//
// Contested mappings (STRADDLING below; the first type is the one followed):
//  เครื่องตัดหญ้า, รถตัดหญ้า, เครื่องตัดแต่งพุ่มไม้/กิ่งไม้: งานบ้านงานครัว [BB-STD, which prices
//      mowers in that chapter] vs การเกษตร [DLA lists เครื่องตัดวัชพืช there; PRACT is split].
//      เครื่องตัดวัชพืช itself follows DLA: การเกษตร, with งานบ้านงานครัว as the alternative.
//  กล้องโทรทัศน์วงจรปิด/CCTV, เครื่องบันทึกภาพ: คอมพิวเตอร์ [ICT prices network cameras] vs
//      ไฟฟ้าและวิทยุ and โฆษณาและเผยแพร่ [PRACT, analogue systems].
//  เครื่องสำรองไฟฟ้า (UPS): คอมพิวเตอร์ [BB-EX, ICT] vs ไฟฟ้าและวิทยุ [PRACT, building-wide UPS].
//      เครื่องปรับ/ควบคุมแรงดันไฟฟ้า: ไฟฟ้าและวิทยุ vs คอมพิวเตอร์ [BB-EX lists
//      เครื่องปรับระดับกระแสไฟ under คอมพิวเตอร์].
//  โทรทัศน์/ทีวี: โฆษณาและเผยแพร่ [BB-EX, BB-STD] vs ไฟฟ้าและวิทยุ [PRACT] and การศึกษา [BB-EX
//      "ทีวีสำหรับการเรียนการสอน"].
//  เครื่องขยายเสียง, ลำโพง, ไมโครโฟน, เครื่องเสียง, หอกระจายข่าว/เสียงไร้สาย, เครื่องเล่น DVD/CD:
//      ไฟฟ้าและวิทยุ [BB-EX] vs โฆษณาและเผยแพร่ [PRACT].
//  พัดลม: สำนักงาน [BB-EX] vs ไฟฟ้าและวิทยุ [PRACT]. เครื่องขัดพื้น: สำนักงาน [BB-EX] vs
//      งานบ้านงานครัว [PRACT].
//  ถังน้ำ/ถังเก็บน้ำ: สำนักงาน [BB-EX, BB-STD] vs งานบ้านงานครัว and การเกษตร [PRACT].
//  กระดานไวท์บอร์ด: การศึกษา for a classroom, สำนักงาน in an office [BB-EX names both].
//  เครื่องเล่นสนาม: การศึกษา [PRACT for ศพด.] vs กีฬา.
//  เต็นท์ (other than เต็นท์สนาม): สนาม [BB-EX "เต๊นท์สนาม"] vs สำนักงาน, งานบ้านงานครัว, อื่น
//      [PRACT, event tents]. เปล: สนาม [BB-EX] vs วิทยาศาสตร์หรือการแพทย์ (stretchers).
//  เครื่องพ่นหมอกควัน, เครื่องพ่น ULV: การเกษตร [BB-STD] vs วิทยาศาสตร์หรือการแพทย์ [PRACT,
//      bought for disease control].
//  รถแทรกเตอร์/รถฟาร์มแทรกเตอร์: การเกษตร [BB-STD] vs ยานพาหนะและขนส่ง, ก่อสร้าง [PRACT].
//  เลื่อยโซ่ยนต์: การเกษตร [PRACT] vs ก่อสร้าง [BB-EX "เลื่อยไฟฟ้า"] and โรงงาน.
//  เครื่องสีข้าว: การเกษตร [BB-EX "เครื่องสีฝัด"] vs โรงงาน.
//  เครื่องเชื่อม/ตู้เชื่อม, เครื่องอัดลม/ปั๊มลม, เครื่องอัดจารบี: โรงงาน vs ก่อสร้าง [BB-EX lists
//      them under both]. เครื่องเจาะ/สว่านเจาะคอนกรีต, เครื่องสกัด: ก่อสร้าง vs โรงงาน.
//  เครื่องชั่งน้ำหนัก (unqualified): วิทยาศาสตร์หรือการแพทย์ [BB-EX "(สำหรับคน)"] vs การเกษตร
//      ["สำหรับการเกษตร"] and สำนักงาน.
//  Fire-fighting and rescue gear (ชุดดับเพลิง, SCBA, เครื่องตัดถ่าง): อื่น [PRACT] vs
//      วิทยาศาสตร์หรือการแพทย์ / โรงงาน; no source names them.
//  ไฟกระพริบ, สัญญาณไฟจราจร: ไฟฟ้าและวิทยุ [PRACT] vs อื่น.
//  รถเครน: ยานพาหนะและขนส่ง vs ก่อสร้าง. รถเข็น (unqualified): สำนักงาน [BB-EX รถเข็นเอกสาร] vs
//      วิทยาศาสตร์หรือการแพทย์ (รถเข็นผู้ป่วย) and ยานพาหนะและขนส่ง.
// Uncontested but surprising, all [BB-EX]: เครื่องปรับอากาศ, เครื่องฟอกอากาศ, ลิฟต์ and
// โทรศัพท์ are สำนักงาน; เข็มทิศ is สนาม; กล้องส่องทางไกล is สำรวจ; รถบรรทุกน้ำ/ขยะ/น้ำมัน and
// รถดับเพลิง are ยานพาหนะและขนส่ง; เครื่องสูบน้ำ is การเกษตร; เตียง is งานบ้านงานครัว (but
// เตียงผู้ป่วย วิทยาศาสตร์หรือการแพทย์, เตียงสนาม สนาม).

/** A phrase written as budgets do; it is compared squeezed (no spaces, lower case). */
type Word = string | readonly [phrase: string, strength: number];
type Share = readonly [type: string, share: number];

/**
 * Item words that say one type. Strength 1 is a clear item word; less is a generic one ("ตู้",
 * "กล้อง", "รถ") whose compounds usually have their own entry, and which alone stays below the
 * confidence a bulk accept needs.
 */
const CLEAR: readonly (readonly [type: string, words: readonly Word[]])[] = [
  [
    TYPE.office,
    [
      "เครื่องปรับอากาศ", ["ปรับอากาศ", 0.95], "เครื่องปรับอากาส", ["แอร์", 0.9], "เครื่องถ่ายเอกสาร", "เครื่องโทรสาร", "โทรสาร", "แฟกซ์",
      "เครื่องพิมพ์ดีด", "เครื่องพิมพ์สำเนา", "เครื่องอัดสำเนา", "เครื่องทำลายเอกสาร", "เครื่องเจาะกระดาษ", "เครื่องเข้าเล่ม",
      "เครื่องนับธนบัตร", "เครื่องนับเงิน", "เครื่องบันทึกเงินสด", "เครื่องฟอกอากาศ", "เครื่องเคลือบบัตร", "เครื่องโทรศัพท์",
      ["โทรศัพท์", 0.9], "ตู้สาขาโทรศัพท์", "ลิฟต์", "ลิฟท์", "รถเข็นเอกสาร", "แท่นอ่านหนังสือพิมพ์", "แท่นวางหนังสือพิมพ์",
      "ที่อ่านหนังสือพิมพ์", ["โพเดียม", 0.9], ["แท่นกล่าวสุนทรพจน์", 0.9], ["แท่นบรรยาย", 0.9], ["ฉากกั้นห้อง", 0.9], ["พาร์ติชั่น", 0.9],
      ["ตู้", 0.7], "ตู้เหล็ก", "ตู้ไม้", "ตู้นิรภัย", "ตู้เซฟ", "ตู้เก็บเอกสาร", ["ตู้เก็บ", 0.8], "ตู้เก็บแบบฟอร์ม", "ตู้ล็อกเกอร์",
      "ตู้ล็อคเกอร์", "ล็อกเกอร์", "ล็อคเกอร์", "ตู้บานเลื่อน", "ตู้บานเปิด", "ตู้เสื้อผ้า", "ตู้ดรรชนี", "ตู้เก็บแผนที่", "ตู้โชว์",
      ["ตู้กระจก", 0.9], "ชั้นวางเอกสาร", ["ชั้นวางหนังสือ", 0.85], ["ชั้นวางของ", 0.8], ["ชั้นเหล็ก", 0.85], ["เคาน์เตอร์", 0.8],
      ["โต๊ะ", 0.85], "โต๊ะทำงาน", "โต๊ะประชุม", "โต๊ะพับ", "โต๊ะอเนกประสงค์", "โต๊ะหมู่บูชา", "โต๊ะคอมพิวเตอร์",
      "โต๊ะวางคอมพิวเตอร์", "โต๊ะวางเครื่องคอมพิวเตอร์", "โต๊ะวางเครื่องพิมพ์", "โต๊ะเขียนแบบ", "โต๊ะอาหาร", "โต๊ะรับแขก",
      ["เก้าอี้", 0.9], "เก้าอี้ทำงาน", "เก้าอี้สำนักงาน", "เก้าอี้ผู้บริหาร", "เก้าอี้พลาสติก", "เก้าอี้จัดเลี้ยง", "เก้าอี้ประชุม",
      "เก้าอี้พักคอย", "เก้าอี้สำหรับเจ้าหน้าที่", "เก้าอี้สำหรับเจ้าหน้าที่คอมพิวเตอร์", "ชุดรับแขก", "โซฟา",
    ],
  ],
  [
    TYPE.vehicle,
    [
      ["รถ", 0.8], "รถยนต์", "รถบรรทุก", "รถกระบะ", "รถตู้", "รถโดยสาร", "รถจักรยานยนต์", "จักรยานยนต์", "มอเตอร์ไซค์",
      ["จักรยาน", 0.9], "รถบรรทุกขยะ", "รถขยะ", "รถเก็บขยะ", "รถอัดขยะ", "รถบรรทุกน้ำ", "รถดับเพลิง", "รถกู้ภัย", "รถกู้ชีพ",
      "รถพยาบาล", "รถกระเช้า", "รถยกกระเช้า", "รถเทท้าย", "รถดูดสิ่งปฏิกูล", "รถดูดโคลน", "รถตรวจการณ์", "รถพ่วง", ["รถลาก", 0.9],
      "รถสามล้อ", ["รถกวาดถนน", 0.85], ["เรือ", 0.9], "เรือท้องแบน", "เรือยนต์", "เรือพาย", "เรือไฟเบอร์", "เครื่องยนต์ติดท้ายเรือ",
      "รถบรรทุกน้ำมัน",
    ],
  ],
  [
    TYPE.electric,
    [
      "เครื่องกำเนิดไฟฟ้า", "เครื่องปั่นไฟ", "เจนเนอเรเตอร์", "วิทยุสื่อสาร", "เครื่องรับส่งวิทยุ", ["วิทยุ", 0.9], "เครื่องแม่ข่ายวิทยุ",
      "สถานีแม่ข่าย", "หม้อแปลงไฟฟ้า", ["หม้อแปลง", 0.9], "ไฟฉายสปอตไลท์", "สปอตไลท์", "สปอตไลต์", "สปอร์ตไลท์", "สปอร์ตไลต์",
      ["ไฟฉาย", 0.9], ["โคมไฟ", 0.7], ["ไฟส่องสว่าง", 0.7], "เครื่องบันทึกเสียง", "เสาอากาศ", ["สายอากาศ", 0.9], ["ไซเรน", 0.8],
      ["อินเวอร์เตอร์", 0.8], ["แผงโซล่าเซลล์", 0.8], "ตู้ควบคุมไฟฟ้า", ["ตู้คอนโทรล", 0.9],
    ],
  ],
  [
    TYPE.advert,
    [
      "กล้องถ่ายภาพ", "กล้องถ่ายรูป", "กล้องดิจิตอล", "กล้องดิจิทัล", "กล้องวีดีโอ", "กล้องวิดีโอ", "กล้องถ่ายวีดีโอ", "กล้องถ่ายวิดีโอ",
      "กล้องถ่ายภาพเคลื่อนไหว", ["กล้อง", 0.6], "เครื่องมัลติมีเดียโปรเจคเตอร์", "มัลติมีเดียโปรเจคเตอร์", "โปรเจคเตอร์", "โปรเจ็คเตอร์",
      "โปรเจกเตอร์", "โปรเจ็กเตอร์", "projector", ["เครื่องฉาย", 0.9], "เครื่องฉายภาพ", "เครื่องฉายสไลด์", "visualizer", "จอรับภาพ",
      "จอโปรเจคเตอร์", "ป้ายประชาสัมพันธ์อิเล็กทรอนิกส์", "ป้ายอิเล็กทรอนิกส์", ["ป้ายไฟ", 0.9], ["ป้ายled", 0.9],
      ["ป้ายประชาสัมพันธ์", 0.7], ["เครื่องตัดต่อ", 0.9], ["ขาตั้งกล้อง", 0.8], ["ไฟถ่ายภาพ", 0.9], ["เครื่องเล่นวีดีโอ", 0.8],
    ],
  ],
  [
    TYPE.farm,
    [
      "เครื่องสูบน้ำ", "ปั๊มน้ำ", "เครื่องพ่นยา", "เครื่องพ่นสารเคมี", "เครื่องพ่นปุ๋ย", "เครื่องหว่านปุ๋ย", ["เครื่องหว่าน", 0.9],
      "เครื่องพรวนดิน", "เครื่องยกร่อง", "รถไถ", "รถไถเดินตาม", "รถไถนา", ["เครื่องไถ", 0.9], "เครื่องสีฝัด", "เครื่องนวดข้าว",
      "เครื่องเกี่ยวข้าว", "รถเกี่ยวข้าว", "เครื่องหยอดเมล็ด", "เครื่องคลุกเมล็ดพันธุ์", "เครื่องรดน้ำ", ["สปริงเกลอร์", 0.9],
      "ตู้ฟักไข่", "เครื่องฟักไข่", "เครื่องชั่งสำหรับการเกษตร", "เครื่องผสมปุ๋ย", "เครื่องอัดฟาง", ["เครื่องย่อยกิ่งไม้", 0.8],
    ],
  ],
  [
    TYPE.factory,
    [
      ["สว่าน", 0.9], "สว่านไฟฟ้า", "สว่านไร้สาย", "สว่านแท่น", "เครื่องเจียร", "เครื่องเจียระไน", "หินเจียร", "เครื่องเจีย",
      "เครื่องตัดเหล็ก", "เครื่องตัดไฟเบอร์", "แท่นตัดไฟเบอร์", "เลื่อยวงเดือน", "เลื่อยฉลุ", "เลื่อยจิ๊กซอว์", "กบไฟฟ้า", "เครื่องกลึง",
      "แท่นกลึง", ["เครื่องมือช่าง", 0.8], ["ชุดเครื่องมือช่าง", 0.9], "เครื่องมือช่างยนต์", "แม่แรง", "เครื่องขัดกระดาษทราย",
      ["เครื่องเป่าลม", 0.8], "เครื่องดัดเหล็ก", "เครื่องพับเหล็ก", "เครื่องม้วนเหล็ก", "เครื่องทอผ้า", ["แท่นพิมพ์", 0.9],
      "เครื่องพิมพ์ลาย", ["เครื่องถอดยาง", 0.8], ["เครื่องถ่วงล้อ", 0.8], "ไขควงไฟฟ้า", "บล็อกลม", "บล็อกไฟฟ้า", "เตาหลอม",
      ["ปั๊มน้ำมัน", 0.8], ["ปืนกาว", 0.8], ["ปืนยิงกาว", 0.8],
    ],
  ],
  [
    TYPE.build,
    [
      "เครื่องตบดิน", "เครื่องกระทุ้งดิน", "เครื่องผสมคอนกรีต", "โม่ผสมคอนกรีต", "เครื่องสั่นคอนกรีต", "เครื่องจี้คอนกรีต", "เครื่องจี้ปูน",
      "เครื่องตัดคอนกรีต", "เครื่องตัดถนน", "เครื่องตัดกระเบื้อง", "เครื่องผสมยางแอสฟัลท์", "เครื่องตอกเข็ม", "เครื่องเจาะหิน",
      "เครื่องพ่นสี", "เครื่องตีเส้น", "รถขุด", "รถขุดตีนตะขาบ", "รถแบคโฮ", "แบคโฮ", "แบ็คโฮ", "รถแม็คโคร", "รถตักหน้าขุดหลัง",
      "รถตัก", "รถตักดิน", "รถตักล้อยาง", "รถเกรด", "รถเกรดเดอร์", "เกรดเดอร์", "รถบด", "รถบดถนน", "รถปูยาง", "รถดันดิน",
      "บูลโดเซอร์", "รถแทรกเตอร์ตีนตะขาบ", ["เครื่องมือทดลองคอนกรีต", 0.9], ["แบบหล่อคอนกรีต", 0.9],
    ],
  ],
  [
    TYPE.survey,
    [
      "กล้องระดับ", "ขาตั้งกล้องระดับ", "กล้องวัดมุม", "กล้องธีโอโดไลท์", "theodolite", "กล้องสำรวจ", "total station", "กล้องประมวลผลรวม",
      "ล้อวัดระยะ", ["เครื่องวัดระยะ", 0.9], "เครื่องวัดระยะเลเซอร์", "เครื่องหาพิกัด", ["gps", 0.9], "ไม้สต๊าฟ", "ไม้สตาฟ", "ไม้staff",
      ["เทปวัดระยะ", 0.7], "โซ่ลาน", "กล้องส่องทางไกล", "เครื่องเจาะสำรวจ",
    ],
  ],
  [
    TYPE.medical,
    [
      "เครื่องวัดความดัน", "เครื่องวัดความดันโลหิต", "เครื่องกระตุกหัวใจ", "aed", "เตียงผู้ป่วย", "เตียงคนไข้", "เตียงตรวจโรค",
      "เตียงพยาบาล", "เครื่องชั่งน้ำหนักเด็ก", "เครื่องชั่งน้ำหนักผู้ใหญ่", "ที่วัดส่วนสูง", "เครื่องผลิตออกซิเจน", "ถังออกซิเจน",
      "เครื่องดูดเสมหะ", "ยูนิตทำฟัน", "เครื่องมือทันตกรรม", "กล้องจุลทรรศน์", "กล้องดูดาว", "เปลหาม", "เปลตักผู้ป่วย",
      "เครื่องวัดออกซิเจน", "รถเข็นผู้ป่วย", "รถเข็นคนพิการ", "วีลแชร์", "เครื่องวัดคุณภาพน้ำ", "ชุดตรวจวัดคุณภาพน้ำ",
      "เครื่องวัดระดับเสียง", ["เครื่องวัดเสียง", 0.9], "เครื่องวัดฝุ่น", ["เครื่องตรวจวัดแอลกอฮอล์", 0.9], ["เครื่องวัดแอลกอฮอล์", 0.9],
      ["ที่นอนลม", 0.9], "ที่นอนป้องกันแผลกดทับ", ["เครื่องวัดอุณหภูมิ", 0.9], "เครื่องตรวจน้ำตาล", "เครื่องพ่นละอองยา", "ตู้อบเด็ก",
      "เครื่องนึ่งฆ่าเชื้อ", "หม้อนึ่งฆ่าเชื้อ", "เครื่องเอกซเรย์", "เครื่องเอ็กซเรย์", ["เครื่องช่วยหายใจ", 0.9], ["เครื่องวัดความชื้น", 0.9],
      "ph meter", "ตู้ปลอดเชื้อ",
    ],
  ],
  [
    TYPE.computer,
    [
      "เครื่องคอมพิวเตอร์", "คอมพิวเตอร์", ["คอมพิว", 0.95], "คอมพิวเตอร์แม่ข่าย", "โน้ตบุ๊ก", "โน้ตบุ๊ค", "โน๊ตบุ๊ค", "โน๊ตบุ๊ก", "โน๊ตบุค",
      "โนตบุค", "โนตบุ๊ก", "notebook", "laptop", "แล็ปท็อป", ["all in one", 0.9], ["allinone", 0.9], ["ออลอินวัน", 0.9], "แท็บเล็ต", "แทบเล็ต", "tablet", "ipad",
      "เครื่องพิมพ์", "พริ้นเตอร์", "ปริ้นเตอร์", "printer", "เครื่องพิมพ์เลเซอร์", ["เครื่องพิมพ์บัตร", 0.9], ["เครื่องพิมพ์ใบเสร็จ", 0.9],
      ["เครื่องพิมพ์สติ๊กเกอร์", 0.9], "สแกนเนอร์", "scanner", ["เครื่องสแกน", 0.9], ["จอภาพ", 0.9], "จอภาพคอมพิวเตอร์", ["จอแสดงภาพ", 0.9],
      "จอมอนิเตอร์", "มอนิเตอร์", "monitor", "จอคอมพิวเตอร์", "อุปกรณ์กระจายสัญญาณ", ["switch", 0.8], "access point", "accesspoint", "router", "เราเตอร์",
      "ไฟร์วอลล์", "firewall", "server", "เซิร์ฟเวอร์", ["nas", 0.9], "ซอฟต์แวร์", "ซอฟท์แวร์", "ซอฟแวร์", "software",
      "โปรแกรมคอมพิวเตอร์", ["โปรแกรม", 0.7], "เครื่องอ่านบาร์โค้ด", ["เครื่องอ่านบัตร", 0.9], "เครื่องอ่านบัตรประชาชน", "plotter",
      "พล็อตเตอร์", "โมเด็ม", "modem",
    ],
  ],
  [
    TYPE.education,
    [
      "โต๊ะนักเรียน", "เก้าอี้นักเรียน", "โต๊ะเก้าอี้นักเรียน", ["โต๊ะเด็ก", 0.9], ["เก้าอี้เด็ก", 0.9], ["โต๊ะเก้าอี้เด็ก", 0.9],
      "จักรเย็บผ้า", "จักรอุตสาหกรรม", "จักรทำลวดลาย", "จักรพันริม", "dltv", "การศึกษาทางไกล", "ทางไกลผ่านดาวเทียม",
      "สถานีวิทยุโทรทัศน์การศึกษา", "หุ่นจำลอง", "กระดานดำ", "เครื่องเขียนตัวอักษร", ["นักเรียน", 0.5], ["ห้องเรียน", 0.5],
      ["ศูนย์พัฒนาเด็กเล็ก", 0.5], ["ศพด", 0.5],
    ],
  ],
  [
    TYPE.house,
    [
      "ตู้เย็น", "ตู้แช่", "ตู้แช่แข็ง", "ตู้แช่เย็น", ["freezer", 0.9], "เครื่องทำน้ำเย็น", "ตู้ทำน้ำเย็น", "ตู้น้ำเย็น", "เครื่องทำน้ำร้อน",
      "เครื่องทำน้ำอุ่น", "เครื่องทำน้ำแข็ง", "ตู้ทำน้ำแข็ง", "เครื่องกรองน้ำ", ["ตู้กดน้ำ", 0.9], "เครื่องซักผ้า", "เครื่องอบผ้า",
      "เครื่องดูดฝุ่น", "เครื่องดูดควัน", "เตาแก๊ส", ["เตาอบ", 0.9], "ไมโครเวฟ", "เตาไฟฟ้า", "เตาแม่เหล็กไฟฟ้า", "หม้อหุงข้าว",
      ["หม้อต้ม", 0.9], "หม้อต้มน้ำ", "กระติกน้ำร้อน", "ผ้าม่าน", "ม่านปรับแสง", ["มู่ลี่", 0.9], ["เตียง", 0.8], "เตียงนอน",
      ["ที่นอน", 0.8], "เครื่องล้างจาน", "เครื่องล้างชาม", ["เครื่องปั่น", 0.9], ["เครื่องบดอาหาร", 0.9], ["เครื่องทำกาแฟ", 0.9],
      ["ถังแก๊ส", 0.7],
    ],
  ],
  [
    TYPE.sport,
    [
      "เครื่องออกกำลังกาย", ["อุปกรณ์ออกกำลังกาย", 0.9], ["ออกกำลังกาย", 0.8], "ลู่วิ่ง", "จักรยานออกกำลังกาย", "จักรยานนั่งปั่น",
      "โต๊ะเทเบิลเทนนิส", "เทเบิลเทนนิส", "โต๊ะปิงปอง", "ปิงปอง", "แทรมโปลีน", "แทรมโพลีน", "ยกน้ำหนัก", "บาร์คู่", "บาร์ต่างระดับ",
      "ม้าหู", "ม้าขวาง", "ประตูฟุตบอล", "ประตูฟุตซอล", ["ฟุตบอล", 0.9], ["ฟุตซอล", 0.9], "แป้นบาส", ["บาสเกตบอล", 0.9], ["ห่วงบาส", 0.9],
      ["วอลเลย์บอล", 0.9], "เสาวอลเลย์บอล", ["ตะกร้อ", 0.9], "เสาตะกร้อ", "สนุกเกอร์", "บริหารกล้ามเนื้อ", ["ฟิตเนส", 0.9], "ยิมนาสติก",
      ["เสาตาข่าย", 0.8], ["กีฬา", 0.7],
    ],
  ],
  [
    TYPE.music,
    [
      "กลองยาว", "กลองชุด", ["กลอง", 0.9], "กลองสะบัดชัย", "กลองสแนร์", "กลองมโหระทึก", "ระนาด", "ฆ้องวง", "ฆ้อง", "อังกะลุง",
      ["ขิม", 0.9], "จะเข้", "ซออู้", "ซอด้วง", "ซอสามสาย", ["พิณ", 0.9], ["แคน", 0.8], "โปงลาง", "โหวด", "เปียโน", "ออร์แกน", "อิเล็กโทน",
      "คีย์บอร์ดไฟฟ้า", "คีย์บอร์ดดนตรี", "กีตาร์", "กีต้าร์", "เบสไฟฟ้า", "ไวโอลิน", "ไวโอลีน", "แซกโซโฟน", "ทรัมเป็ท", "ทรัมเป็ต",
      ["แตร", 0.9], "ทรอมโบน", "ยูโฟเนียม", "คลาริเน็ต", "ฟลุต", "ขลุ่ย", "วงโยธวาทิต", "เครื่องดนตรี", ["ดนตรี", 0.8], ["นาฏศิลป์", 0.9],
      ["ชุดรำ", 0.9], ["ชุดการแสดง", 0.8], "เครื่องแต่งกายนาฏศิลป์", "ชุดแต่งกายนาฏศิลป์", "ศีรษะโขน", "หัวโขน", ["โขน", 0.9], "มังคลเภรี",
    ],
  ],
  [
    TYPE.weapon,
    [
      ["ปืน", 0.8], "ปืนพก", "ปืนสั้น", "ปืนยาว", "ปืนลูกซอง", "ลูกซอง", "ปืนไรเฟิล", "อาวุธปืน", ["อาวุธ", 0.8], ["กระบอง", 0.9],
      "กระบองไฟฟ้า",
    ],
  ],
  [TYPE.field, ["เต็นท์สนาม", "เต๊นท์สนาม", "เต้นท์สนาม", "เตียงสนาม", "ถุงนอน", "เข็มทิศ", ["กระโจม", 0.8]]],
];

/** Items that straddle types: shares sum to 1; the first type is the one the sources favour. */
const STRADDLING: readonly (readonly [phrases: readonly string[], shares: readonly Share[]])[] = [
  [["เครื่องตัดหญ้า", "รถตัดหญ้า", "เครื่องตัดแต่งพุ่มไม้", "เครื่องตัดแต่งกิ่งไม้", "เครื่องเป่าใบไม้"], [[TYPE.house, 0.55], [TYPE.farm, 0.45]]],
  [["เครื่องตัดวัชพืช"], [[TYPE.farm, 0.6], [TYPE.house, 0.4]]],
  [
    ["กล้องโทรทัศน์วงจรปิด", "กล้องวงจรปิด", "ระบบกล้องโทรทัศน์วงจรปิด", "cctv", "กล้องcctv", "ip camera", "เครื่องบันทึกภาพ", "nvr", "dvr"],
    [[TYPE.computer, 0.5], [TYPE.electric, 0.3], [TYPE.advert, 0.2]],
  ],
  [["เครื่องสำรองไฟ", "เครื่องสำรองไฟฟ้า", "เครื่องสำรองกระแสไฟฟ้า", "ups"], [[TYPE.computer, 0.6], [TYPE.electric, 0.4]]],
  [["เครื่องควบคุมแรงดันไฟฟ้า", "เครื่องปรับแรงดันไฟฟ้า", "เครื่องปรับระดับกระแสไฟ", "stabilizer"], [[TYPE.electric, 0.55], [TYPE.computer, 0.45]]],
  [["โทรทัศน์", "ทีวี", "tv", "smart tv", "led tv", "ledtv"], [[TYPE.advert, 0.55], [TYPE.electric, 0.3], [TYPE.education, 0.15]]],
  [
    ["เครื่องขยายเสียง", "ลำโพง", "ตู้ลำโพง", "ไมโครโฟน", "เครื่องเสียง", "ชุดเครื่องเสียง", "มิกเซอร์", "เครื่องผสมสัญญาณเสียง", "หอกระจายข่าว", "ระบบเสียงไร้สาย", "เสียงตามสาย", "เครื่องเล่นดีวีดี", "เครื่องเล่นdvd", "เครื่องเล่นซีดี"],
    [[TYPE.electric, 0.6], [TYPE.advert, 0.4]],
  ],
  [["พัดลม", "พัดลมระบายอากาศ"], [[TYPE.office, 0.6], [TYPE.electric, 0.4]]],
  [["เครื่องขัดพื้น"], [[TYPE.office, 0.6], [TYPE.house, 0.4]]],
  [["ถังน้ำ", "ถังเก็บน้ำ", "แท็งก์น้ำ", "แทงค์น้ำ"], [[TYPE.office, 0.6], [TYPE.house, 0.25], [TYPE.farm, 0.15]]],
  [["กระดานไวท์บอร์ด", "ไวท์บอร์ด", "whiteboard"], [[TYPE.education, 0.55], [TYPE.office, 0.45]]],
  [["กระดานอัจฉริยะ", "smartboard", "กระดานอิเล็กทรอนิกส์"], [[TYPE.education, 0.6], [TYPE.computer, 0.4]]],
  [["เครื่องเล่นสนาม", "สนามเด็กเล่น"], [[TYPE.education, 0.55], [TYPE.sport, 0.45]]],
  [["เต็นท์", "เต๊นท์", "เต้นท์", "เต็นท์ผ้าใบ"], [[TYPE.field, 0.45], [TYPE.office, 0.25], [TYPE.house, 0.15], [TYPE.other, 0.15]]],
  [["เปล", "เปลสนาม"], [[TYPE.field, 0.55], [TYPE.medical, 0.45]]],
  [["เครื่องพ่นหมอกควัน", "เครื่องพ่นละอองฝอย", "ulv"], [[TYPE.farm, 0.55], [TYPE.medical, 0.45]]],
  [["รถแทรกเตอร์", "รถฟาร์มแทรกเตอร์", "แทรกเตอร์"], [[TYPE.farm, 0.6], [TYPE.vehicle, 0.25], [TYPE.build, 0.15]]],
  [["เลื่อยโซ่ยนต์", "เลื่อยยนต์"], [[TYPE.farm, 0.5], [TYPE.build, 0.3], [TYPE.factory, 0.2]]],
  [["เลื่อยไฟฟ้า"], [[TYPE.factory, 0.55], [TYPE.build, 0.45]]],
  [["เครื่องสีข้าว"], [[TYPE.farm, 0.6], [TYPE.factory, 0.4]]],
  [["เครื่องเชื่อม", "เครื่องเชื่อมโลหะ", "เครื่องเชื่อมไฟฟ้า", "ตู้เชื่อม", "เครื่องอัดลม", "ปั๊มลม", "เครื่องอัดจารบี", "ปืนยิงตะปู"], [[TYPE.factory, 0.6], [TYPE.build, 0.4]]],
  [["เครื่องเจาะคอนกรีต", "สว่านเจาะคอนกรีต", "สว่านโรตารี่", "สว่านกระแทก", "เครื่องสกัด", "เครื่องสกัดคอนกรีต", "เครื่องไสไม้"], [[TYPE.build, 0.6], [TYPE.factory, 0.4]]],
  [["เครื่องฉีดน้ำแรงดันสูง"], [[TYPE.factory, 0.5], [TYPE.house, 0.5]]],
  [["เครื่องชั่งน้ำหนัก", "เครื่องชั่ง"], [[TYPE.medical, 0.6], [TYPE.farm, 0.2], [TYPE.office, 0.2]]],
  [["เครื่องรับสัญญาณดาวเทียม"], [[TYPE.survey, 0.5], [TYPE.electric, 0.3], [TYPE.education, 0.2]]],
  [["ตู้เย็นเก็บวัคซีน", "ตู้เก็บวัคซีน"], [[TYPE.medical, 0.6], [TYPE.house, 0.4]]],
  [["จอled", "จอแอลอีดี"], [[TYPE.advert, 0.6], [TYPE.computer, 0.4]]],
  [["โดรน", "อากาศยานไร้คนขับ"], [[TYPE.advert, 0.5], [TYPE.survey, 0.3], [TYPE.other, 0.2]]],
  [["คีย์บอร์ด"], [[TYPE.music, 0.5], [TYPE.computer, 0.5]]],
  [
    ["ชุดดับเพลิง", "ชุดผจญเพลิง", "ชุดปฏิบัติการดับเพลิง", "เครื่องช่วยหายใจชนิดอัดอากาศ", "ชุดเครื่องช่วยหายใจ", "scba", "เครื่องเป่าลมดับไฟป่า"],
    [[TYPE.other, 0.6], [TYPE.medical, 0.4]],
  ],
  [["เครื่องตัดถ่าง", "อุปกรณ์กู้ภัย", "เครื่องมือกู้ภัย", "ชุดเครื่องมือกู้ภัย", "หัวฉีดดับเพลิง", "หัวฉีดน้ำดับเพลิง"], [[TYPE.other, 0.6], [TYPE.factory, 0.4]]],
  [["เครื่องสูบน้ำดับเพลิง"], [[TYPE.other, 0.5], [TYPE.farm, 0.5]]],
  [["ไฟกระพริบ", "ไฟกะพริบ", "สัญญาณไฟกระพริบ", "สัญญาณไฟกะพริบ", "สัญญาณไฟจราจร", "ไฟจราจร"], [[TYPE.electric, 0.6], [TYPE.other, 0.4]]],
  [["รถเครน"], [[TYPE.vehicle, 0.5], [TYPE.build, 0.5]]],
  [["รถเข็น"], [[TYPE.office, 0.5], [TYPE.medical, 0.3], [TYPE.vehicle, 0.2]]],
  [["เสื้อเกราะ"], [[TYPE.weapon, 0.5], [TYPE.other, 0.5]]],
];

/** Longer words that contain an item word without being that item: "เรือน" is no boat. */
const NOT_ITEMS: readonly string[] = ["เรือน", "ปืนฉีดน้ำ", "ตู้ไปรษณีย์"];

// ---------------------------------------------------------------------------------------------
// suggestEquipmentType: matching and scoring

export interface EquipmentTypeSuggestion {
  /** One of EQUIPMENT_TYPES. */
  readonly type: string;
  /** 0–0.95; at or above EQUIPMENT_CONFIDENT the pane may accept it in bulk. */
  readonly confidence: number;
  /** Best first, the suggestion itself included, at most five; scores are shares of the evidence. */
  readonly alternatives: readonly { readonly type: string; readonly score: number }[];
}

/** At or above this a suggestion may be written to the form without the officer choosing. */
export const EQUIPMENT_CONFIDENT = 0.75;

interface Entry {
  readonly phrase: string;
  /** an item word; a type named outright ("ครุภัณฑ์สำนักงาน"); or a longer word that is no item */
  readonly kind: "item" | "type" | "none";
  readonly strength: number;
  readonly shares: readonly Share[];
  /** Latin letters only: must not match inside a longer Latin word ("nas" in "nasa"). */
  readonly latin: boolean;
}

/** Stands for "(" and "[", which compactNormalized drops but which open a qualifier. */
const OPEN = "\u0001";
/** Keeps Latin words apart once spaces are squeezed out, so that "printer" is found in "Ink Tank Printer". */
const GAP = "\u0002";

/** Text as the lexicon is compared: lower case, no spaces or punctuation, "(" kept as OPEN. */
function squeeze(text: string): string {
  return compactNormalized(
    normalizeText(text)
      .toLowerCase()
      .replace(/^(?:\(\d+(?:\.\d+)*\)|\d+(?:\.\d+)*[.)])\s*/, "")
      .replace(/[([]/g, OPEN)
      .replace(/([a-z0-9])\s+(?=[a-z0-9])/g, `$1${GAP}`),
  );
}

const ENTRIES = new Map<string, Entry>();
function addEntry(phrase: string, kind: Entry["kind"], strength: number, shares: readonly Share[]): void {
  const key = squeeze(phrase);
  if (ENTRIES.has(key)) throw new Error(`"${phrase}" is in the equipment lexicon twice`);
  if (Math.abs(shares.reduce((t, [, s]) => t + s, 0) - (kind === "none" ? 0 : 1)) > 1e-9) throw new Error(`shares of "${phrase}" do not sum to 1`);
  ENTRIES.set(key, { phrase: key, kind, strength, shares, latin: /^[a-z\u0002]+$/.test(key) });
}
for (const [type, words] of CLEAR)
  for (const w of words) {
    const [phrase, strength] = typeof w === "string" ? [w, 1] : w;
    addEntry(phrase, "item", strength, [[type, 1]]);
  }
for (const [phrases, shares] of STRADDLING) for (const phrase of phrases) addEntry(phrase, "item", 1, shares);
for (const phrase of NOT_ITEMS) addEntry(phrase, "none", 0, []);
// A type named outright, in full or by a short form long enough not to be the start of
// something else ("ครุภัณฑ์สำนัก…" also begins "ครุภัณฑ์ สำนักงบประมาณ").
for (const type of EQUIPMENT_TYPES) {
  addEntry(type, "type", 1, [[type, 1]]);
  const loosened = `ครุภัณฑ์${loose(ownKey(type))}`;
  if (!ENTRIES.has(squeeze(loosened))) addEntry(loosened, "type", 1, [[type, 1]]);
}
for (const [type, keys] of Object.entries(VARIANTS))
  for (const k of keys) {
    const phrase = squeeze(`ครุภัณฑ์${k}`);
    if (/[a-z]/.test(k) || k.length < 5 || k === "สำนัก" || ENTRIES.has(phrase)) continue;
    addEntry(phrase, "type", 1, [[type, 1]]);
  }

const LEXICON = new PhraseMatcher<Entry>([...ENTRIES.values()].map((e) => [e.phrase, e] as const));

interface Hit {
  readonly at: number;
  readonly end: number;
  readonly entry: Entry;
}

const isLatin = (ch: string | undefined) => ch !== undefined && ch >= "a" && ch <= "z";

/** Where a phrase first stands in the text as a word of its own (Latin phrases), or -1. */
function firstAt(text: string, e: Entry): number {
  for (let at = text.indexOf(e.phrase); at >= 0; at = text.indexOf(e.phrase, at + 1))
    if (!e.latin || (!isLatin(text[at - 1]) && !isLatin(text[at + e.phrase.length]))) return at;
  return -1;
}

/** The lexicon's words in the text, left to right; where two overlap the longer one wins. */
function hitsIn(text: string): Hit[] {
  const found: Hit[] = [];
  for (const entry of LEXICON.matches(text)) {
    const at = firstAt(text, entry);
    if (at >= 0) found.push({ at, end: at + entry.phrase.length, entry });
  }
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: Hit[] = [];
  let end = 0;
  for (const h of found)
    if (h.at >= end) {
      kept.push(h);
      end = h.end;
    }
  return kept;
}

/**
 * Where an item's name gives way to its specification: a bracket, a purpose ("สำหรับ"), a
 * size, kind, count or price, an accessory ("พร้อม"), a figure. Words after it qualify the item
 * ("เครื่องพิมพ์ สำหรับงานคอมพิวเตอร์", "เก้าอี้สำหรับเจ้าหน้าที่คอมพิวเตอร์") and say little
 * about its type.
 */
const QUALIFIER = new RegExp(
  `${OPEN}|สำหรับ|เพื่อ|ใช้ใน|ใช้กับ|ประจำ|ขนาด|(?<!เขียน)แบบ(?!ฟอร์ม)|ชนิด|จำนวน|ระดับ|ความเร็ว|ความละเอียด|ความจุ|ความยาว|ความสูง|ยี่ห้อ|รุ่น|ราคา|ตามบัญชี|ตามเกณฑ์|ตามคุณลักษณะ|พร้อม|\\d`,
  "g",
);

function qualifierFrom(text: string, from: number, hits: readonly Hit[]): number {
  QUALIFIER.lastIndex = from;
  for (let m = QUALIFIER.exec(text); m; m = QUALIFIER.exec(text)) {
    const at = m.index;
    if (!hits.some((h) => h.at <= at && at < h.end)) return at;
    QUALIFIER.lastIndex = at + 1;
  }
  return Infinity;
}

/** Weight of the first item word, of later ones in the name, and of those in its specification. */
const HEAD = 1;
const NAME = 0.35;
const SPEC = 0.15;
/** The detail supports the name; it stands in for a name that names no item. */
const DETAIL = 0.3;
const DETAIL_AS_NAME = 0.85;
/** A type named in the detail counts for less than its first item word. */
const DETAIL_MENTION = 0.6;

/** Words of texts that are no equipment purchase at all: materials, repairs, services, hire, training. */
const NOT_A_PURCHASE = /วัสดุ|ซ่อม|บำรุงรักษา|จ้าง|เช่า|อบรม|ค่าใช้จ่าย|อุดหนุน|ค่ากระแส|ค่าบริการ|ค่าธรรมเนียม|เงินเดือน|ค่าตอบแทน/;
/** Words of project names, unless the text says it buys something. */
const PROJECT = /โครงการ|ก่อสร้าง|ปรับปรุง|ขยายเขต|ขุดลอก|แข่งขัน|ส่งเสริม|รณรงค์|จัดงาน/;
const BUYS = /ซื้อ|จัดหา/;

interface Weights {
  /** of the first item word */
  readonly first: number;
  /** multiplies NAME and SPEC for the later ones */
  readonly later: number;
  /** of a type named outright */
  readonly mention: number;
}

/** Adds a text's evidence to the scores; returns how much evidence it held. */
function weigh(text: string, hits: readonly Hit[], scores: Map<string, number>, w: Weights): number {
  let evidence = 0;
  const add = (h: Hit, weight: number) => {
    for (const [type, share] of h.entry.shares) scores.set(type, (scores.get(type) ?? 0) + weight * h.entry.strength * share);
    evidence += weight * h.entry.strength;
  };
  const named = new Set<string>();
  for (const h of hits)
    if (h.entry.kind === "type" && !named.has(h.entry.shares[0][0])) {
      named.add(h.entry.shares[0][0]);
      add(h, w.mention);
    }
  const items = hits.filter((h) => h.entry.kind === "item");
  if (items.length) {
    const spec = qualifierFrom(text, items[0].end, hits);
    items.forEach((h, i) => add(h, i === 0 ? w.first * standingAlone(text, h, hits, spec) : (h.at < spec ? NAME : SPEC) * w.later));
  }
  return evidence;
}

/**
 * Words before an item's name that do not change what it is: the purchase, the set, the type.
 * A generic item word after anything else is a modifier of an unknown head ("ไม้กั้นรถ").
 */
const LEAD_IN = /^(?:ค่า|จัดซื้อ|ซื้อ|จัดหา|โครงการ|พร้อมติดตั้ง|ติดตั้ง|ชุด|ครุภัณฑ์|ประเภท|รายการ|ที่|และ)+$/;
/** Words after an item's name that do not change what it is: material, colour, shape, build. */
const NEUTRAL = /^(?:เหล็ก|ไม้|พลาสติก|สแตนเลส|สเตนเลส|อลูมิเนียม|อะลูมิเนียม|กระจก|ไฟเบอร์|หนัง|บุนวม|หุ้มหนัง|ผ้า|สี\S{0,4}|ดำ|ขาว|ใหญ่|เล็ก|ยาว|สั้น|กลม|เหลี่ยม|พับได้|พับ|อเนกประสงค์|เอนกประสงค์|ล้อเลื่อน|มีล้อ|ทำงาน|สำนักงาน|และ)+/;

/**
 * A generic item word ("เก้าอี้", "โต๊ะ", "รถ", "ตู้") says its type only when it is the whole
 * name. In a Thai compound the head noun comes first and what follows can change its kind
 * entirely ("เก้าอี้ทันตกรรม", "โต๊ะผ่าตัด", "รถยกดิน"): with unknown words around it, it is at
 * most a guess. Clear item words (strength 1) are not affected.
 */
function standingAlone(text: string, h: Hit, hits: readonly Hit[], spec: number): number {
  if (h.entry.strength >= 1) return 1;
  // Brings the word's evidence down to 0.6, whatever its own strength.
  const guess = 0.6 / h.entry.strength;
  let before = "";
  let from = 0;
  for (const o of hits) {
    if (o.at >= h.at) break;
    before += text.slice(from, o.at);
    from = o.end;
  }
  before = (before + text.slice(from, h.at)).replace(/[^\u0E00-\u0E7Fa-z]/g, "");
  if (before && !LEAD_IN.test(before)) return guess;
  const next = hits.find((o) => o.at >= h.end)?.at ?? Infinity;
  const after = text.slice(h.end, Math.min(spec, next)).replace(NEUTRAL, "");
  return (after.match(/[\u0E01-\u0E2E]/g)?.length ?? 0) >= 2 ? guess : 1;
}

/**
 * The ประเภทครุภัณฑ์ an item belongs to, from its name as budgets write it (and its
 * รายละเอียด, if any); null when no item word is recognised. Confident (≥ EQUIPMENT_CONFIDENT)
 * only for a clear item word of one type; items the sources place differently, or that
 * straddle types, come with their alternatives and a lower confidence.
 */
export function suggestEquipmentType(name: string, detail?: string): EquipmentTypeSuggestion | null {
  const n = squeeze(name);
  const d = detail ? squeeze(detail) : "";
  const nameHits = hitsIn(n);
  const detailHits = d ? hitsIn(d) : [];
  const scores = new Map<string, number>();
  const nameHasItem = nameHits.some((h) => h.entry.kind === "item");
  const detailWeight = nameHasItem ? DETAIL : DETAIL_AS_NAME;
  const evidence =
    weigh(n, nameHits, scores, { first: HEAD, later: HEAD, mention: HEAD }) +
    weigh(d, detailHits, scores, { first: detailWeight, later: detailWeight * DETAIL_MENTION, mention: detailWeight * DETAIL_MENTION });
  if (evidence <= 0) return null;

  const ranked = [...scores].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const total = ranked.reduce((t, [, s]) => t + s, 0);
  const [type, top] = ranked[0];
  // "ก่อสร้าง" marks a project name, but not in the name of the type ครุภัณฑ์ก่อสร้าง.
  const plain = `${n}${d}`.replace(/ครุภัณฑ์ก่อสร้าง/g, "");
  const purchaseOnly = !NOT_A_PURCHASE.test(plain) && (!PROJECT.test(plain) || BUYS.test(plain));
  const confidence = Math.min(0.95, (top / total) * Math.min(1, evidence)) * (purchaseOnly ? 1 : 0.5);
  return {
    type,
    confidence: Math.round(confidence * 100) / 100,
    alternatives: ranked.slice(0, 5).map(([t, s]) => ({ type: t, score: Math.round((s / total) * 1000) / 1000 })),
  };
}
