/**
 * Evaluation set for linking annual-plan projects to ผ.02 entries: one อบต.'s development plan
 * written by hand the way real ผ.02 sheets name projects, and projects retyped from it the way
 * officers do (prefix dropped, ค.ส.ล./คสล., ม.3 for หมู่ที่ 3, transfer notes, sizes added, words
 * moved, slips), plus projects the plan does not hold. The truth beside each case is written by
 * hand, never produced by the linker.
 */
import { linkProjects } from "../../src/domain/devPlan/link";
import type { DevPlan, DevPlanEntry } from "../../src/domain/devPlan/types";
import type { ProjectRecord } from "../../src/domain/project";
import { normalizeText } from "../../src/domain/parse/text";
import { projectRecord } from "../classify/evaluate";

export const EVAL_FISCAL_YEAR = 2568;
const YEARS = [2566, 2567, 2568, 2569, 2570];
const COLUMNS = ["F", "G", "H", "I", "J"];

/** An entry of ผ.02 as the reader gives it; `amounts` by พ.ศ., other years "-". */
export function entry(no: string, name: string, amounts: Record<number, number>, target = "", row = 0): DevPlanEntry {
  const r = row || 10 + Number.parseInt(no, 10) * 2;
  return {
    sheet: "ผ.02",
    row: r,
    no,
    name: normalizeText(name),
    objective: "",
    target: normalizeText(target),
    unit: "กองช่าง",
    amounts: YEARS.map((year, i) => ({ year, amount: amounts[year] ?? null, cell: `${COLUMNS[i]}${r}` })),
    strategy: null,
    approach: null,
    plan: null,
    amendment: null,
    form: "ผ.02",
    nameCell: `B${r}`,
  };
}

export function devPlan(entries: readonly DevPlanEntry[]): DevPlan {
  return { origin: "file", sheets: [], entries, years: YEARS, profile: null };
}

export interface ProjectInput {
  readonly name: string;
  readonly location?: string;
  readonly detail?: string;
  readonly budget?: number;
}

export function project(p: ProjectInput): ProjectRecord {
  return {
    ...projectRecord(),
    name: normalizeText(p.name),
    location: normalizeText(p.location ?? ""),
    detail: normalizeText(p.detail ?? ""),
    budget: p.budget === undefined ? { kind: "empty" } : { kind: "number", value: p.budget },
  };
}

const Y = (amount: number) => ({ 2568: amount });

export const EVAL_ENTRIES: readonly DevPlanEntry[] = [
  entry("1", "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว - บ้านดอนแดง หมู่ที่ 3", Y(500000), "ถนน คสล. กว้าง 4 เมตร ยาว 150 เมตร หนา 0.15 เมตร"),
  entry("2", "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนสะอาด หมู่ที่ 1", Y(350000)),
  entry("3", "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนสะอาด หมู่ที่ 10", Y(420000)),
  entry("4", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 11", Y(300000)),
  entry("5", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 1", { 2569: 300000 }),
  entry("6", "ปรับปรุงซ่อมแซมถนนลูกรังเพื่อการเกษตร สายบ้านโคกสูง - บ้านนาดี หมู่ที่ 5", Y(200000)),
  entry("7", "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง หมู่ที่ 2", Y(400000)),
  // Twin of 7 a year later: the plan lists the second phase under the same name.
  entry("8", "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด บ้านท่าช้าง หมู่ที่ 2", { 2569: 400000 }),
  entry("9", "ขยายเขตไฟฟ้าแรงต่ำ ซอย 3 หมู่ที่ 4", Y(150000)),
  entry("10", "ขยายเขตไฟฟ้าแรงต่ำ ซอย 5 หมู่ที่ 4", Y(150000)),
  entry("11", "ก่อสร้างระบบประปาหมู่บ้าน แบบบาดาลขนาดใหญ่ บ้านห้วยทราย หมู่ที่ 6", Y(2500000)),
  entry("12", "ปรับปรุงระบบประปาหมู่บ้าน บ้านห้วยทราย หมู่ที่ 6", Y(300000)),
  entry("13", "ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านหนองไผ่ - บ้านป่าตึง ช่วงที่ 1", Y(1500000)),
  entry("14", "ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านหนองไผ่ - บ้านป่าตึง ช่วงที่ 2", { 2569: 1500000 }),
  entry("15", "ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ หมู่ที่ 1 - 12", Y(600000)),
  entry("16", "ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก บ้านดงเย็น", Y(2000000)),
  entry("17", "จัดซื้ออาหารเสริม (นม) โรงเรียน", Y(1200000)),
  entry("18", "อาหารกลางวันศูนย์พัฒนาเด็กเล็ก", Y(800000)),
  entry("19", "จัดงานประเพณีบุญบั้งไฟ", Y(100000)),
  entry("20", "จัดงานประเพณีลอยกระทง", Y(80000)),
  entry("21", "ส่งเสริมกิจกรรมผู้สูงอายุ", Y(50000)),
  entry("22", "ฝึกอบรมอาชีพให้กับกลุ่มสตรี", Y(40000)),
  entry("23", "ป้องกันและควบคุมโรคไข้เลือดออก", Y(60000)),
  entry("24", "สัตว์ปลอดโรค คนปลอดภัยจากโรคพิษสุนัขบ้า", Y(30000)),
  entry("25", "ขุดลอกหนองสาธารณประโยชน์ หนองหญ้าปล้อง หมู่ที่ 8", Y(700000)),
  entry("26", "ขุดลอกลำห้วยยาง หมู่ที่ 9", Y(500000)),
  entry("27", "ก่อสร้างฝายน้ำล้น คสล. ลำห้วยยาง หมู่ที่ 9", Y(900000)),
  entry("28", "ก่อสร้างถนน คสล. ซอยร่วมใจ หมู่ที่ 7", Y(250000)),
  entry("29", "ก่อสร้างถนน คสล. ซอยร่วมใจ 2 หมู่ที่ 7", Y(250000)),
  entry("30", "ซ่อมแซมถนนลูกรัง ภายในตำบล", Y(300000)),
  entry("31", "ก่อสร้างท่อลอดเหลี่ยม คสล. ลำห้วยทราย หมู่ที่ 6", Y(800000)),
  entry("32", "วางท่อระบายน้ำ คสล. พร้อมบ่อพัก บ้านนาเจริญ หมู่ที่ 12", Y(350000)),
  entry("33", "ก่อสร้างถนน คสล. สายบ้านศรีสุข - บ้านโพนทอง หมู่ที่ 11", Y(480000)),
  entry("34", "ก่อสร้างถนน คสล. สายบ้านศรีสุข - บ้านโพนทอง หมู่ที่ 1", Y(480000)),
  entry("35", "อุดหนุนการไฟฟ้าส่วนภูมิภาค ขยายเขตไฟฟ้า หมู่ที่ 3", Y(200000)),
  // The same entry twice (an amendment repeated it): no project may pick one of them silently.
  entry("36", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", Y(300000)),
  entry("37", "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", Y(300000)),
  entry("38", "ปรับปรุงภูมิทัศน์สวนสาธารณะ หนองสระ", Y(400000)),
  entry("39", "ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ภายในตำบล", Y(500000)),
  // Next year only.
  entry("40", "ก่อสร้างรั้ว คสล. ศูนย์พัฒนาเด็กเล็ก บ้านดงเย็น", { 2569: 300000 }),
  entry("41", "เพิ่มประสิทธิภาพการจัดเก็บภาษี", Y(20000)),
  entry("42", "ปรับปรุงแผนที่ภาษีและทะเบียนทรัพย์สิน", Y(150000)),
];

/** What must come out: the entry's ที่, null for no link, or the entries offered as too close. */
export type Truth = string | null | { readonly ambiguous: readonly string[] };

export interface EvalCase extends ProjectInput {
  readonly truth: Truth;
}

export const EVAL_CASES: readonly EvalCase[] = [
  { name: "โครงการก่อสร้างถนน ค.ส.ล. สายบ้านหนองบัว-บ้านดอนแดง ม.3", budget: 500000, truth: "1" },
  { name: "ก่อสร้างถนนคสล.สายบ้านหนองบัว – บ้านดอนแดง หมู่ 3 ขนาดกว้าง 4 เมตร ยาว 150 เมตร หนา 0.15 เมตร (โอนงบครั้งที่ 13/2567)", budget: 498000, truth: "1" },
  { name: "ก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านดอนแดง-บ้านหนองบัว หมู่ที่ 3", budget: 500000, truth: "1" },
  { name: "ก่อสร้างถนน คสล. หมู่ที่ 3 สายบ้านหนองบัว-บ้านดอนแดง", truth: "1" },
  { name: "ก่อสร้างถนน คสล. สายบ้านหนองบัว-บ้านดอนแดง หมู่ที่ 4", truth: null },
  { name: "ก่อสร้างถนน คสล. สายบ้านโนนสะอาด หมู่ที่ 1", budget: 350000, truth: "2" },
  { name: "ก่อสร้างถนน คสล. สายบ้านโนนสะอาด หมู่ที่ 10", truth: "3" },
  { name: "ก่อสร้างถนน คสล. สายบ้านโนนสะอาด ม.10", budget: 420000, truth: "3" },
  { name: "ก่อสร้างถนน คสล. สายบ้านโนนสะอาด", location: "บ้านโนนสะอาด หมู่ที่ 1", truth: "2" },
  { name: "ก่อสร้างถนน คสล. สายบ้านโนนสะอาด", budget: 100000, truth: { ambiguous: ["2", "3"] } },
  { name: "ก่อสรางถนน คสล. สายบ้านโนนสอาด หมู่ที่ 1", truth: "2" },
  { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 11", budget: 300000, truth: "4" },
  { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 1", budget: 300000, truth: "5" },
  { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 2", truth: null },
  { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน หมู่ที่ 10", truth: null },
  { name: "ปรับปรุงซ่อมแซมถนนลูกรัง เพื่อการเกษตร สายโคกสูง-นาดี ม.5", truth: "6" },
  { name: "ซ่อมแซมถนนลูกรังเพื่อการเกษตร สายบ้านโคกสูง – บ้านนาดี หมู่ที่ 5", budget: 200000, truth: "6" },
  { name: "ก่อสร้างรางระบายน้ำ ค.ส.ล. พร้อมฝาปิด บ้านท่าช้าง ม.2", budget: 400000, truth: "7" },
  { name: "ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด หมู่ที่ 2", location: "บ้านท่าช้าง", budget: 395000, truth: "7" },
  { name: "ขยายเขตไฟฟ้าแรงต่ำ ซอย 3 หมู่ 4", truth: "9" },
  { name: "ขยายเขตไฟฟ้าแรงต่ำ ซ.5 ม.4", budget: 150000, truth: "10" },
  { name: "ขยายเขตไฟฟ้าแรงต่ำ ซอย 7 หมู่ที่ 4", truth: null },
  { name: "ขยายเขตไฟฟ้าแรงต่ำ หมู่ที่ 4", budget: 150000, truth: { ambiguous: ["9", "10"] } },
  { name: "ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านห้วยทราย หมู่ 6", truth: "11" },
  { name: "ปรับปรุงระบบประปาหมู่บ้าน บ.ห้วยทราย ม.6", truth: "12" },
  { name: "ปรับปรุงระบบประปาหมู่บ้าน บ้านห้วยทราย หมู่ที่ 6 (เพิ่มเติม ครั้งที่ 1/2567)", budget: 300000, truth: "12" },
  { name: "ปรับปรุงระบบประปาหมู่บ้าน บ้านป่าตึง หมู่ที่ 7", truth: null },
  { name: "ก่อสร้างถนนลาดยาง แอสฟัลต์ติกคอนกรีต สายบ้านหนองไผ่-บ้านป่าตึง ช่วงที่ 1", truth: "13" },
  { name: "ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านหนองไผ่ - บ้านป่าตึง ช่วงที่ 2", truth: "14" },
  { name: "ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านหนองไผ่ - บ้านป่าตึง ช่วงที่ 3", truth: null },
  { name: "ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ หมู่ที่ 1-12", truth: "15" },
  // A synonym officers use (solar cell for พลังงานแสงอาทิตย์): hard, kept to measure it.
  { name: "ติดตั้งไฟฟ้าส่องสว่างโซล่าเซลล์ หมู่ที่ 1-12", budget: 600000, truth: "15" },
  { name: "ก่อสร้างอาคาร ศพด. บ้านดงเย็น", truth: "16" },
  { name: "อาหารเสริม(นม) โรงเรียน", truth: "17" },
  { name: "โครงการอาหารกลางวัน ศพด.", truth: "18" },
  { name: "จัดงานประเพณีบุญบั้งไฟ ประจำปี 2568", truth: "19" },
  { name: "ประเพณีลอยกระทง", budget: 80000, truth: "20" },
  { name: "ส่งเสริมกิจกรรมผู้สูงอายุ", truth: "21" },
  { name: "ฝึกอบรมอาชีพกลุ่มสตรี", truth: "22" },
  { name: "ป้องกันและควบคุมโรคไข้เลือดออก", truth: "23" },
  { name: "สัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า", truth: "24" },
  { name: "ขุดลอกหนองสาธารณะประโยชน์หนองหญ้าปล้อง หมู่ 8", truth: "25" },
  { name: "ขุดลอกลำห้วยยาง ม.9", truth: "26" },
  { name: "ก่อสร้างฝายน้ำล้น ค.ส.ล. ลำห้วยยาง หมู่ที่ 9", truth: "27" },
  { name: "ขุดลอกลำห้วยยาง หมู่ที่ 10", truth: null },
  { name: "ก่อสร้างถนน คสล. ซอยร่วมใจ หมู่ที่ 7", truth: "28" },
  { name: "ก่อสร้างถนน คสล. ซอยร่วมใจ 2 ม.7", truth: "29" },
  { name: "ซ่อมแซมถนนลูกรังภายในตำบล", truth: "30" },
  { name: "ก่อสร้างท่อลอดเหลี่ยม คสล. ลำห้วยทราย ม.6", truth: "31" },
  { name: "วางท่อระบายน้ำ ค.ส.ล. พร้อมบ่อพัก บ้านนาเจริญ ม.12", truth: "32" },
  { name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง ม.11", truth: "33" },
  { name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง หมู่ที่ 1", truth: "34" },
  { name: "ก่อสร้างถนน คสล. สายบ้านศรีสุข-บ้านโพนทอง หมู่ที่ 12", truth: null },
  { name: "อุดหนุนการไฟฟ้าส่วนภูมิภาค ขยายเขตไฟฟ้า ม.3", truth: "35" },
  { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแวง", budget: 300000, truth: { ambiguous: ["36", "37"] } },
  { name: "ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านหนองแดง", truth: null },
  { name: "ปรับปรุงภูมิทัศน์ สวนสาธารณะหนองสระ", truth: "38" },
  { name: "ติดตั้งกล้องวงจรปิด CCTV ภายในตำบล", truth: "39" },
  { name: "ก่อสร้างรั้ว ค.ส.ล. ศพด.บ้านดงเย็น", budget: 300000, truth: "40" },
  { name: "เพิ่มประสิทธิภาพการจัดเก็บภาษี", truth: "41" },
  { name: "ปรับปรุงแผนที่ภาษีและทะเบียนทรัพย์สิน", truth: "42" },
  // Not in the plan.
  { name: "ก่อสร้างอาคารอเนกประสงค์ หมู่ที่ 5", truth: null },
  { name: "จัดซื้อรถบรรทุกขยะ", truth: null },
  { name: "ก่อสร้างสะพาน คสล. ข้ามลำห้วยยาง หมู่ที่ 9", truth: null },
  { name: "ก่อสร้างรางระบายน้ำ คสล. บ้านนาเจริญ หมู่ที่ 12", truth: null },
  { name: "จัดงานประเพณีสงกรานต์", truth: null },
  { name: "ส่งเสริมกิจกรรมเด็กและเยาวชน", truth: null },
  { name: "ฝึกอบรมอาชีพให้กับผู้พิการ", truth: null },
  { name: "ป้องกันและควบคุมโรคติดต่อ", truth: null },
  { name: "ก่อสร้างถนนลาดยาง สาย ขก.3012 (กรมทางหลวงชนบท)", truth: null },
];

export interface LinkEvaluation {
  readonly cases: number;
  /** Links made that are right, over links made. */
  readonly precision: number;
  /** Right links, over cases whose truth is an entry. */
  readonly recall: number;
  /** Cases that must be offered as ambiguous and were, over those cases. */
  readonly ambiguityRecall: number;
  readonly misses: readonly string[];
}

export function evaluateLinks(): LinkEvaluation {
  const links = linkProjects(EVAL_CASES.map(project), devPlan(EVAL_ENTRIES), EVAL_FISCAL_YEAR);
  let made = 0;
  let right = 0;
  let expected = 0;
  let ambiguousCases = 0;
  let ambiguousRight = 0;
  const misses: string[] = [];
  EVAL_CASES.forEach((c, i) => {
    const link = links[i];
    if (link.entry) made++;
    if (typeof c.truth === "string") expected++;
    let ok: boolean;
    if (c.truth !== null && typeof c.truth === "object") {
      ambiguousCases++;
      const offered = link.candidates.map((x) => x.entry.no);
      ok = link.ambiguous && c.truth.ambiguous.every((no) => offered.includes(no));
      if (ok) ambiguousRight++;
    } else {
      ok = (link.entry?.no ?? null) === c.truth && !link.ambiguous;
      if (ok && link.entry) right++;
    }
    if (!ok) misses.push(`${c.name} → ${link.entry?.no ?? (link.ambiguous ? "ambiguous" : "none")} (truth ${JSON.stringify(c.truth)}; ${link.candidates.map((x) => `${x.entry.no}:${x.score}`).join(" ")})`);
  });
  return {
    cases: EVAL_CASES.length,
    precision: made === 0 ? 1 : right / made,
    recall: expected === 0 ? 1 : right / expected,
    ambiguityRecall: ambiguousCases === 0 ? 1 : ambiguousRight / ambiguousCases,
    misses,
  };
}
