/**
 * Lifelike Thai content for sample plans: project-name patterns per standard แผนงาน, equipment,
 * other agencies' projects, strategy trees, and the names of places and people.
 *
 * Everything here is data; generatePlan.ts turns it into rows. Patterns are templates with
 * {placeholders} (listed at PLACEHOLDERS below) so one pattern yields many distinct rows, as in
 * a real plan where the same kind of road project recurs for village after village.
 * Wording follows published แผนการดำเนินงาน of อบต. and เทศบาล, so that classification,
 * reports and fuzzy matching are exercised on the text they will meet in the field.
 */
import { STANDARD_PLANS } from "../domain/catalog";

// ───────────────────────────── plans, themes, months ─────────────────────────────

export type PlanKey =
  | "admin"
  | "peace"
  | "edu"
  | "health"
  | "welfare"
  | "housing"
  | "community"
  | "culture"
  | "works"
  | "agri"
  | "commerce"
  | "central";

const PLAN_CODE: Record<PlanKey, string> = {
  admin: "00110",
  peace: "00120",
  edu: "00210",
  health: "00220",
  welfare: "00230",
  housing: "00240",
  community: "00250",
  culture: "00260",
  works: "00310",
  agri: "00320",
  commerce: "00330",
  central: "00410",
};

/** Looked up by code so a renamed แผนงาน in the catalog flows through to the samples. */
export const PLAN_NAME: Record<PlanKey, string> = Object.fromEntries(
  (Object.keys(PLAN_CODE) as PlanKey[]).map((k) => {
    const plan = STANDARD_PLANS.find((p) => p.code === PLAN_CODE[k]);
    if (!plan) throw new Error(`No standard plan with code ${PLAN_CODE[k]}`);
    return [k, plan.name];
  }),
) as Record<PlanKey, string>;

/** In the catalog's order, so "every แผนงาน at least once" walks them as a real plan lists them. */
export const PLAN_KEYS: readonly PlanKey[] = STANDARD_PLANS.map(
  (p) => (Object.keys(PLAN_CODE) as PlanKey[]).find((k) => PLAN_CODE[k] === p.code)!,
);

/**
 * Spellings of แผนงาน names seen in real workbooks (domain.md §4), with the standard name each
 * stands for. Only some plans have one; the generator uses them for its "messy" rows.
 */
export const PLAN_VARIANTS: Readonly<Record<string, PlanKey>> = {
  "แผนงานบริหารทั่วไป": "admin",
  "ผง.การศึกษา": "edu",
  "ผง.สาธารณสุข": "health",
  "แผนงานการพานิชย์": "commerce",
  "แผนงานการศาสนา วัฒนธรรม และนันทนาการ": "culture",
  "แผนงานสร้างความเข้มแข็งชุมชน": "community",
  "แผนงานอุตสาหกรรมและโยธา": "works",
  "แผนงานเคหะชุมชน": "housing",
};

/** How often each แผนงาน appears among a real plan's rows: roads and drains dominate. */
export const PLAN_WEIGHT: Record<PlanKey, number> = {
  admin: 8,
  peace: 6,
  edu: 9,
  health: 8,
  welfare: 5,
  housing: 8,
  community: 7,
  culture: 7,
  works: 28,
  agri: 5,
  commerce: 3,
  central: 4,
};

/**
 * What a project is about, independent of its แผนงาน. A แผนงาน such as เคหะและชุมชน sits under
 * several strategies (street lights under infrastructure, waste under environment); the theme
 * decides which of them a project belongs to.
 */
export type Theme =
  | "infra"
  | "env"
  | "econ"
  | "edu"
  | "health"
  | "welfare"
  | "culture"
  | "admin"
  | "safety"
  | "community";

/** A contiguous run of months inside a window; indices are fiscal (0 = ต.ค. … 11 = ก.ย.). */
export interface MonthSpan {
  readonly from: number;
  readonly to: number;
  readonly minLen: number;
  readonly maxLen: number;
}

const fiscal = (calendarMonth: number) => (calendarMonth + 2) % 12;

/** A span between two calendar months, both included, read in fiscal order (12 → 1 is fine, 9 → 10 is not). */
export function span(fromMonth: number, toMonth: number, minLen: number, maxLen = minLen): MonthSpan {
  const from = fiscal(fromMonth);
  const to = fiscal(toMonth);
  if (to < from) throw new RangeError(`span ${fromMonth}→${toMonth} crosses the fiscal year end`);
  const width = to - from + 1;
  return { from, to, minLen: Math.min(minLen, width), maxLen: Math.min(maxLen, width) };
}

export const ALL_YEAR = span(10, 9, 12);
export const at = (calendarMonth: number) => span(calendarMonth, calendarMonth, 1);
/** Construction waits for the dry season: ground work in the rains washes out. */
export const DRY_SEASON = span(12, 6, 2, 4);
const WORK_YEAR = span(11, 8, 1, 3);

// ───────────────────────────── budgets ─────────────────────────────

/**
 * How a row's budget is drawn. "per" and "dims" tie the amount to the quantities written in the
 * activity detail, so a 4 × 200 m road does not cost the same as a 6 × 50 m one.
 */
export type BudgetSpec =
  | { readonly kind: "range"; readonly min: number; readonly max: number; readonly step: number }
  /** {count} units at a rate each. */
  | {
      readonly kind: "per";
      readonly qty: readonly [number, number];
      /** The quantity is the number of villages (หมู่บ้าน/ชุมชน) of the area, not a draw. */
      readonly perVillage?: boolean;
      readonly rate: readonly [number, number];
      readonly step: number;
    }
  /** {w} × {l} (× {d}) with a rate per square metre ("area"), cubic metre ("vol") or metre ("len"). */
  | {
      readonly kind: "dims";
      readonly widths: readonly number[];
      readonly length: readonly [number, number, number];
      readonly depth: number;
      readonly by: "area" | "vol" | "len";
      readonly rate: readonly [number, number];
      readonly step: number;
    };

export const range = (min: number, max: number, step = 1000): BudgetSpec => ({ kind: "range", min, max, step });
export const per = (qMin: number, qMax: number, rMin: number, rMax = rMin, step = 100): BudgetSpec => ({
  kind: "per",
  qty: [qMin, qMax],
  rate: [rMin, rMax],
  step,
});
/** So much per village, for every village of the area. */
const perVillage = (rate: number): BudgetSpec => ({ kind: "per", qty: [1, 1], rate: [rate, rate], step: 1000, perVillage: true });
const dims = (
  by: "area" | "vol" | "len",
  widths: readonly number[],
  length: readonly [number, number, number],
  depth: number,
  rate: readonly [number, number],
  step = 1000,
): BudgetSpec => ({ kind: "dims", widths, length, depth, by, rate, step });

// ───────────────────────────── places and people ─────────────────────────────

/**
 * Placeholders the generator fills:
 * {village} {village2} {moo}  a village (without "บ้าน") and its หมู่ที่; village2 is another one
 * {place}                     "บ้านหนองบัว หมู่ที่ 3" (rural), "ชุมชนหนองบัว" (town)
 * {route}                     the road a works project is on, e.g. "สายบ้านโนนสะอาด – บ้านดอนแดง หมู่ที่ 4"
 * {org} {orgShort} {typeShort} full name, "อบต.บ้านใหม่", "อบต."
 * {inArea} {areaName}        "ภายในตำบลบ้านใหม่" (in names), "ตำบลบ้านใหม่" (as a location)
 * {allArea} {office}          "หมู่ที่ 1–12", "ที่ทำการ อบต.บ้านใหม่"
 * {cdc}                       a ศูนย์พัฒนาเด็กเล็ก of the area
 * {tambon} {district} {province} {stream} {temple} {person}
 * {rr} {hw}                   a rural road number (ขก.3012) and a highway number, for กรมทางหลวงชนบท
 * {year} {planStart} {planEnd} the fiscal year and the 5-year development plan around it
 * {count} {w} {l} {d} {area} {vol} {km} {moos}  quantities (see BudgetSpec)
 */
export const PLACEHOLDERS = [
  "village", "village2", "moo", "place", "route", "org", "orgShort", "typeShort", "inArea", "areaName",
  "allArea", "office", "cdc", "tambon", "district", "province", "stream", "temple", "person", "rr", "hw",
  "year", "planStart", "planEnd",
  "count", "w", "l", "d", "area", "vol", "km", "moos",
] as const;

/** Village names without the leading "บ้าน". */
export const VILLAGES: readonly string[] = [
  "โนนสะอาด", "หนองบัว", "ดอนแดง", "โคกสูง", "หนองแวง", "นาดี", "สร้างแก้ว", "ท่าช้าง", "ห้วยทราย",
  "หนองไผ่", "ป่าตึง", "ดงเย็น", "โพนทอง", "นาเจริญ", "ศรีสุข", "หนองหญ้าปล้อง", "ทุ่งใหญ่",
  "คลองตะเคียน", "บางกระทุ่ม", "ท่าตะเคียน", "ห้วยหินลาด", "ป่าสัก", "แม่ขาน", "หนองกุง", "โนนทอง",
  "โคกกลาง", "หัวนา", "ท่าเรือ", "วังน้ำเย็น", "ดอนมะเกลือ", "หนองตะเคียน", "หนองสระ", "นาคำ",
  "หนองโน", "โนนสวรรค์", "ศรีสำราญ", "ใหม่พัฒนา", "หนองเม็ก", "หนองขาม", "ดงบัง", "โนนรัง",
  "นาโพธิ์", "โคกเจริญ", "ทุ่งสว่าง", "สามัคคี", "ห้วยยาง", "หนองแก", "ดอนหัน", "หนองนกเขียน",
  "ป่าหวาย", "วังหิน", "หินตั้ง", "ทุ่งโพธิ์", "คลองน้ำใส", "บางพลับ", "ดอนตูม", "หนองปลาไหล",
  "โนนเขวา", "หนองจอก", "ท่าลาด", "สันติสุข", "โคกล่าม", "หนองหว้า", "นาหว้า", "บ่อแก",
];

/** Names of อบต. and เทศบาลตำบล: ordinary tambon names, shared by many places across the country. */
export const ORG_NAMES: readonly string[] = [
  "บ้านใหม่", "หนองบัว", "ดอนตะโก", "หนองแวง", "ท่าศาลา", "โคกสะอาด", "นาข่า", "ห้วยโป่ง",
  "บ้านค่าย", "หนองกุงใหญ่", "วังชัย", "ดงเมือง", "ป่าแดด", "บ้านเหล่า", "หนองสองห้อง",
  "ทุ่งกระเต็น", "นาแก", "โพนงาม", "ศรีบุญเรือง", "คลองใหม่", "บางแก้ว", "ทุ่งนาเลา",
  "หนองหาร", "แม่แฝก", "ท่าวังทอง", "เมืองเก่า", "โนนสมบูรณ์", "หัวทะเล", "หนองโสน", "นาโพธิ์",
];

export interface DistrictEntry {
  readonly province: string;
  readonly district: string;
  /** The กรมทางหลวงชนบท road-number prefix of the province, e.g. ขก. */
  readonly abbr: string;
}

export const DISTRICTS: readonly DistrictEntry[] = [
  { province: "ขอนแก่น", district: "บ้านไผ่", abbr: "ขก" },
  { province: "ขอนแก่น", district: "ชุมแพ", abbr: "ขก" },
  { province: "อุดรธานี", district: "กุมภวาปี", abbr: "อด" },
  { province: "นครราชสีมา", district: "ปักธงชัย", abbr: "นม" },
  { province: "บุรีรัมย์", district: "นางรอง", abbr: "บร" },
  { province: "สุรินทร์", district: "ปราสาท", abbr: "สร" },
  { province: "ร้อยเอ็ด", district: "เสลภูมิ", abbr: "รอ" },
  { province: "มหาสารคาม", district: "วาปีปทุม", abbr: "มค" },
  { province: "ชัยภูมิ", district: "ภูเขียว", abbr: "ชย" },
  { province: "เชียงใหม่", district: "สันทราย", abbr: "ชม" },
  { province: "เชียงราย", district: "แม่จัน", abbr: "ชร" },
  { province: "ลำปาง", district: "เกาะคา", abbr: "ลป" },
  { province: "พิษณุโลก", district: "วังทอง", abbr: "พล" },
  { province: "นครสวรรค์", district: "ตาคลี", abbr: "นว" },
  { province: "สุพรรณบุรี", district: "อู่ทอง", abbr: "สพ" },
  { province: "ราชบุรี", district: "โพธาราม", abbr: "รบ" },
  { province: "นครปฐม", district: "กำแพงแสน", abbr: "นฐ" },
  { province: "ชลบุรี", district: "พนัสนิคม", abbr: "ชบ" },
  { province: "ระยอง", district: "แกลง", abbr: "รย" },
  { province: "นครศรีธรรมราช", district: "ทุ่งสง", abbr: "นศ" },
  { province: "สุราษฎร์ธานี", district: "พุนพิน", abbr: "สฎ" },
  { province: "สงขลา", district: "รัตภูมิ", abbr: "สข" },
  { province: "ตรัง", district: "ห้วยยอด", abbr: "ตง" },
  { province: "อุบลราชธานี", district: "วารินชำราบ", abbr: "อบ" },
  { province: "ศรีสะเกษ", district: "กันทรลักษ์", abbr: "ศก" },
  { province: "สกลนคร", district: "สว่างแดนดิน", abbr: "สน" },
  { province: "กาฬสินธุ์", district: "ยางตลาด", abbr: "กส" },
  { province: "เพชรบูรณ์", district: "หล่มสัก", abbr: "พช" },
  { province: "กำแพงเพชร", district: "ขาณุวรลักษบุรี", abbr: "กพ" },
  { province: "ลพบุรี", district: "บ้านหมี่", abbr: "ลบ" },
];

/** Streams and canals for bridges, culverts, weirs and dredging. */
export const STREAMS: readonly string[] = [
  "ห้วยทราย", "ห้วยยาง", "ห้วยขาม", "ห้วยซัน", "ลำห้วยบง", "ห้วยหินลาด", "ห้วยน้ำใส", "คลองส่งน้ำชลประทาน",
  "ลำห้วยไผ่", "คลองบางพลับ", "ห้วยโพธิ์", "ลำน้ำชี",
];

export const TEMPLES: readonly string[] = [
  "วัดศรีสุมังคล์", "วัดโพธิ์ศรี", "วัดป่าสามัคคีธรรม", "วัดสว่างอารมณ์", "วัดบ้านใหม่", "วัดศรีสะอาด",
  "วัดโนนสูง", "วัดกลางพัฒนาราม",
];

export const FIRST_NAMES_MALE: readonly string[] = [
  "สมชาย", "สมศักดิ์", "ประเสริฐ", "บุญมี", "วิชัย", "สุรชัย", "ทองสุข", "อนันต์", "ไพโรจน์", "ชาตรี",
  "สมพงษ์", "วีระ", "ประยูร", "เกรียงศักดิ์", "ธนากร", "สุพจน์", "บุญเลิศ", "มานพ",
];

export const FIRST_NAMES_FEMALE: readonly string[] = [
  "สุภาพร", "บุญมา", "วันเพ็ญ", "จันทร์เพ็ญ", "สมปอง", "นงลักษณ์", "ประนอม", "รัชนี", "อรุณี",
  "พรทิพย์", "สุนันทา", "กาญจนา", "ละเอียด", "ทองใบ",
];

export const LAST_NAMES: readonly string[] = [
  "ใจดี", "ศรีสุข", "บุญมา", "ทองดี", "แก้วประเสริฐ", "สุขเจริญ", "พรหมวงศ์", "ศรีวงษ์", "จันทร์หอม",
  "บุญเรือง", "ชัยมงคล", "วงศ์สุวรรณ", "ภูมิพันธ์", "คำแก้ว", "สายทอง", "พันธ์ศรี", "อินทร์แก้ว",
  "ดวงจันทร์", "มีสุข", "ประทุมทอง",
];

// ───────────────────────────── project patterns ─────────────────────────────

/** A responsible unit named generically; generatePlan maps it to the org type's own name. */
export type UnitKey = "office" | "finance" | "works" | "education" | "health" | "welfare" | "planning";

export interface ProjectPattern {
  readonly name: string;
  readonly detail: string;
  /** สถานที่ดำเนินการ; defaults to {place} when the name mentions a place, else {areaName}. */
  readonly loc?: string;
  readonly units: readonly UnitKey[];
  readonly theme: Theme;
  readonly months: MonthSpan;
  readonly budget: BudgetSpec;
  /** Relative frequency within its แผนงาน (default 1). */
  readonly weight?: number;
  /**
   * A yearly event or a fixed line (วันเด็ก, เบี้ยยังชีพ): a real plan has it once, so after the
   * first use it becomes rare rather than impossible (large synthetic plans still need rows).
   */
  readonly once?: boolean;
}

const P = (p: ProjectPattern) => p;

export const PROJECT_PATTERNS: Record<PlanKey, readonly ProjectPattern[]> = {
  works: [
    P({
      name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก {route}",
      detail:
        "ก่อสร้างถนนคอนกรีตเสริมเหล็ก ขนาดกว้าง {w} เมตร ยาว {l} เมตร หนา {d} เมตร หรือมีพื้นที่ไม่น้อยกว่า {area} ตารางเมตร พร้อมติดตั้งป้ายโครงการ",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("area", [3, 4, 4, 5, 5, 6], [50, 400, 10], 0.15, [560, 680]),
      weight: 5,
    }),
    P({
      name: "โครงการก่อสร้างถนนลูกรัง {route}",
      detail:
        "ก่อสร้างถนนลูกรัง ขนาดกว้าง {w} เมตร ยาว {l} เมตร หนาเฉลี่ย {d} เมตร หรือมีปริมาตรลูกรังไม่น้อยกว่า {vol} ลูกบาศก์เมตร พร้อมเกลี่ยตกแต่งเรียบร้อย",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("vol", [4, 5, 6], [200, 1500, 50], 0.3, [260, 340]),
      weight: 2,
    }),
    P({
      name: "โครงการปรับปรุงถนนลูกรังโดยการลงหินคลุก {route}",
      detail:
        "ลงหินคลุก ขนาดกว้าง {w} เมตร ยาว {l} เมตร หนาเฉลี่ย {d} เมตร หรือมีปริมาตรหินคลุกไม่น้อยกว่า {vol} ลูกบาศก์เมตร พร้อมเกลี่ยบดอัดแน่น",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("vol", [4, 5], [300, 1500, 50], 0.1, [620, 780]),
      weight: 2,
    }),
    P({
      name: "โครงการปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต {route}",
      detail:
        "ปูผิวจราจรแอสฟัลต์ติกคอนกรีต ขนาดกว้าง {w} เมตร ยาว {l} เมตร หนา {d} เมตร หรือมีพื้นที่ไม่น้อยกว่า {area} ตารางเมตร พร้อมตีเส้นจราจร",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("area", [5, 6, 8], [100, 600, 10], 0.05, [330, 420]),
      weight: 2,
    }),
    P({
      name: "โครงการวางท่อระบายน้ำคอนกรีตเสริมเหล็ก พร้อมบ่อพัก {route}",
      detail:
        "วางท่อระบายน้ำ คสล. ขนาดเส้นผ่านศูนย์กลาง {w} เมตร พร้อมบ่อพัก คสล. ทุกระยะ 10 เมตร ความยาวรวม {l} เมตร",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("len", [0.3, 0.4, 0.6], [40, 300, 10], 0, [2200, 3800]),
      weight: 3,
    }),
    P({
      name: "โครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็กรูปตัวยู พร้อมฝาปิด {place}",
      detail:
        "ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู ขนาดกว้าง {w} เมตร ลึกเฉลี่ย 0.50 เมตร ยาว {l} เมตร พร้อมฝาปิดตะแกรงเหล็ก",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("len", [0.3, 0.4, 0.5], [50, 250, 5], 0, [2800, 4200]),
      weight: 2,
    }),
    P({
      name: "โครงการขยายเขตไฟฟ้าแรงต่ำ {place}",
      detail: "อุดหนุนการไฟฟ้าส่วนภูมิภาคอำเภอ{district} เพื่อขยายเขตระบบจำหน่ายไฟฟ้าแรงต่ำ ระยะทาง {l} เมตร",
      units: ["works"],
      theme: "infra",
      months: span(11, 7, 1, 2),
      budget: dims("len", [1], [200, 1200, 50], 0, [260, 420]),
      weight: 2,
    }),
    P({
      name: "โครงการก่อสร้างสะพานคอนกรีตเสริมเหล็กข้าม{stream} {place}",
      detail: "ก่อสร้างสะพาน คสล. ขนาดกว้าง {w} เมตร ยาว {l} เมตร พร้อมราวสะพานและคอสะพาน รับน้ำหนักได้ไม่น้อยกว่า 10 ตัน",
      units: ["works"],
      theme: "infra",
      months: span(1, 5, 3, 5),
      budget: dims("area", [5, 6], [10, 30, 1], 0, [14000, 19000], 10000),
    }),
    P({
      name: "โครงการก่อสร้างท่อลอดเหลี่ยมคอนกรีตเสริมเหล็ก {place}",
      detail: "ก่อสร้างท่อลอดเหลี่ยม คสล. ขนาด 2.10 x 2.10 เมตร จำนวน {count} ช่อง ความยาว 6.00 เมตร พร้อมกำแพงปากท่อ",
      units: ["works"],
      theme: "infra",
      months: span(1, 5, 2, 3),
      budget: per(1, 3, 280000, 360000, 1000),
    }),
    P({
      name: "โครงการซ่อมแซมถนนคอนกรีตเสริมเหล็ก{inArea}",
      detail: "ซ่อมแซมผิวจราจรคอนกรีตที่ชำรุดเสียหาย โดยการสกัดและเทคอนกรีตใหม่ พื้นที่รวมไม่น้อยกว่า {area} ตารางเมตร",
      loc: "{allArea}",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("area", [4, 5], [20, 120, 5], 0.15, [900, 1200]),
    }),
    P({
      name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอย {count} {place}",
      detail:
        "ก่อสร้างถนน คสล. ขนาดกว้าง {w} เมตร ยาว {l} เมตร หนา {d} เมตร หรือมีพื้นที่ไม่น้อยกว่า {area} ตารางเมตร พร้อมไหล่ทางลูกรังตามสภาพพื้นที่",
      units: ["works"],
      theme: "infra",
      months: DRY_SEASON,
      budget: dims("area", [3, 4, 5], [40, 250, 5], 0.15, [560, 680]),
      weight: 2,
    }),
  ],

  housing: [
    P({
      name: "โครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ (โซลาร์เซลล์) {place}",
      detail: "ติดตั้งเสาไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ สูง 6 เมตร พร้อมโคมไฟ LED ขนาด 60 วัตต์ จำนวน {count} ต้น",
      units: ["works"],
      theme: "infra",
      months: span(12, 6, 1, 3),
      budget: per(5, 20, 28000, 42000, 1000),
      weight: 3,
    }),
    P({
      name: "โครงการขยายเขตไฟฟ้าส่องสว่างสาธารณะ {place}",
      detail: "ติดตั้งโคมไฟฟ้าส่องสว่างแบบ LED บนเสาไฟฟ้าของการไฟฟ้าส่วนภูมิภาค จำนวน {count} จุด พร้อมเดินสายไฟฟ้า",
      units: ["works"],
      theme: "infra",
      months: WORK_YEAR,
      budget: per(10, 40, 3500, 5500, 500),
      weight: 2,
    }),
    P({
      name: "โครงการบริหารจัดการขยะมูลฝอยชุมชน",
      detail: "ส่งเสริมการคัดแยกขยะต้นทาง จัดตั้งธนาคารขยะในหมู่บ้าน และรณรงค์ลดปริมาณขยะตามหลัก 3Rs",
      loc: "{allArea}",
      units: ["health"],
      theme: "env",
      months: span(11, 8, 4, 10),
      budget: range(20000, 100000),
      once: true,
    }),
    P({
      name: "โครงการจ้างเหมาเก็บขนขยะมูลฝอย{inArea}",
      detail: "จ้างเหมาเอกชนเก็บขนขยะมูลฝอยในชุมชนและนำไปกำจัด ณ สถานที่กำจัดขยะที่ถูกหลักสุขาภิบาล",
      loc: "{allArea}",
      units: ["health"],
      theme: "env",
      months: ALL_YEAR,
      budget: range(300000, 2400000, 10000),
      once: true,
    }),
    P({
      name: "โครงการถังขยะเปียกลดโลกร้อน",
      detail: "ส่งเสริมให้ครัวเรือนจัดทำถังขยะเปียก (ถังหมักขยะอินทรีย์) ครบทุกครัวเรือน เพื่อลดขยะอินทรีย์และก๊าซเรือนกระจก",
      loc: "{allArea}",
      units: ["health"],
      theme: "env",
      months: span(11, 4, 2, 4),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการปรับปรุงภูมิทัศน์{office}",
      detail: "ปรับปรุงภูมิทัศน์ ปลูกไม้ดอกไม้ประดับ ตัดแต่งต้นไม้ และจัดทำสวนหย่อมบริเวณที่ทำการ",
      loc: "{office}",
      units: ["works", "office"],
      theme: "env",
      months: span(11, 6, 2, 4),
      budget: range(30000, 200000),
      once: true,
    }),
    P({
      name: "โครงการก่อสร้างระบบประปาหมู่บ้าน แบบบาดาลขนาดใหญ่ {place}",
      detail: "ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ ตามแบบมาตรฐานกรมทรัพยากรน้ำ พร้อมเจาะบ่อบาดาลและหอถังสูง",
      units: ["works"],
      theme: "infra",
      months: span(12, 6, 3, 5),
      budget: range(1500000, 2800000, 10000),
    }),
    P({
      name: "โครงการปรับปรุงระบบประปาหมู่บ้าน {place}",
      detail: "เปลี่ยนเครื่องสูบน้ำบาดาล ล้างบ่อบาดาล และซ่อมแซมหอถังสูงพร้อมระบบกรองน้ำ",
      units: ["works"],
      theme: "infra",
      months: WORK_YEAR,
      budget: range(50000, 300000),
      weight: 2,
    }),
    P({
      name: "โครงการรณรงค์ลดการเผาในที่โล่งและลดฝุ่นละอองขนาดเล็ก (PM 2.5)",
      detail: "ประชาสัมพันธ์และรณรงค์งดเผาเศษวัสดุการเกษตรและขยะในที่โล่ง พร้อมส่งเสริมการไถกลบตอซัง",
      loc: "{allArea}",
      units: ["health"],
      theme: "env",
      months: span(1, 4, 2, 4),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการจัดการน้ำเสียในครัวเรือน (บ่อดักไขมัน)",
      detail: "ส่งเสริมให้ครัวเรือนติดตั้งบ่อดักไขมันและจัดทำบ่อบำบัดน้ำเสียอย่างง่ายก่อนปล่อยลงสู่ทางระบายน้ำสาธารณะ",
      loc: "{allArea}",
      units: ["health"],
      theme: "env",
      months: span(12, 6, 2, 4),
      budget: range(10000, 60000),
      once: true,
    }),
  ],

  central: [
    P({
      name: "โครงการสนับสนุนการสร้างหลักประกันด้านรายได้แก่ผู้สูงอายุ",
      detail: "จ่ายเบี้ยยังชีพผู้สูงอายุในอัตราแบบขั้นบันได เดือนละ 600–1,000 บาท จำนวน {count} คน",
      loc: "{allArea}",
      units: ["welfare"],
      theme: "welfare",
      months: ALL_YEAR,
      budget: per(300, 3000, 8100, 8700, 100),
      once: true,
      weight: 2,
    }),
    P({
      name: "โครงการสนับสนุนการสร้างหลักประกันด้านรายได้แก่คนพิการ",
      detail: "จ่ายเบี้ยความพิการ เดือนละ 800–1,000 บาท ให้แก่คนพิการที่มีบัตรประจำตัวคนพิการ จำนวน {count} คน",
      loc: "{allArea}",
      units: ["welfare"],
      theme: "welfare",
      months: ALL_YEAR,
      budget: per(50, 600, 10200, 11400, 100),
      once: true,
      weight: 2,
    }),
    P({
      name: "โครงการสนับสนุนการสงเคราะห์เบี้ยยังชีพผู้ป่วยเอดส์",
      detail: "จ่ายเบี้ยยังชีพผู้ป่วยเอดส์ที่แพทย์รับรองและทำการวินิจฉัยแล้ว เดือนละ 500 บาท จำนวน {count} คน",
      loc: "{allArea}",
      units: ["welfare"],
      theme: "welfare",
      months: ALL_YEAR,
      budget: per(3, 40, 6000, 6000, 100),
      once: true,
    }),
    P({
      name: "เงินสมทบกองทุนหลักประกันสุขภาพ{org}",
      detail:
        "สมทบกองทุนหลักประกันสุขภาพระดับท้องถิ่นหรือพื้นที่ ไม่น้อยกว่าร้อยละ 40 ของเงินที่ได้รับจัดสรรจากสำนักงานหลักประกันสุขภาพแห่งชาติ",
      loc: "{office}",
      units: ["office", "health"],
      theme: "health",
      months: span(10, 3, 1, 3),
      budget: range(80000, 400000),
      once: true,
    }),
    P({
      name: "เงินสมทบกองทุนบำเหน็จบำนาญข้าราชการส่วนท้องถิ่น (กบท.)",
      detail: "สมทบกองทุนบำเหน็จบำนาญข้าราชการส่วนท้องถิ่น ในอัตราร้อยละ 3 ของประมาณการรายรับ ไม่รวมเงินกู้ เงินจ่ายขาดเงินสะสม และเงินอุดหนุน",
      loc: "{office}",
      units: ["finance"],
      theme: "admin",
      months: span(10, 12, 1, 3),
      budget: range(200000, 900000),
      once: true,
    }),
    P({
      name: "เงินสมทบกองทุนประกันสังคม",
      detail: "สมทบกองทุนประกันสังคมของพนักงานจ้าง ในอัตราร้อยละ 5 ของค่าจ้าง",
      loc: "{office}",
      units: ["office"],
      theme: "admin",
      months: ALL_YEAR,
      budget: range(50000, 300000),
      once: true,
    }),
    P({
      name: "สำรองจ่าย",
      detail: "สำรองจ่ายกรณีฉุกเฉินที่มีสาธารณภัยเกิดขึ้น หรือเพื่อบรรเทาความเดือดร้อนของประชาชนเป็นส่วนรวม",
      units: ["office"],
      theme: "safety",
      months: ALL_YEAR,
      budget: range(100000, 1000000, 10000),
      once: true,
    }),
    P({
      name: "โครงการสมทบกองทุนสวัสดิการชุมชน{org}",
      detail: "สมทบกองทุนสวัสดิการชุมชน เพื่อช่วยเหลือสมาชิกกรณีเกิด แก่ เจ็บ ตาย ตามระเบียบของกองทุน",
      loc: "{office}",
      units: ["welfare"],
      theme: "welfare",
      months: span(11, 6, 1, 2),
      budget: range(30000, 150000),
      once: true,
    }),
    P({
      name: "เงินสมทบกองทุนเงินทดแทน",
      detail: "สมทบกองทุนเงินทดแทนตามพระราชบัญญัติเงินทดแทน ในอัตราร้อยละ 0.2 ของค่าจ้างทั้งปี",
      loc: "{office}",
      units: ["office"],
      theme: "admin",
      months: span(10, 1, 1, 2),
      budget: range(3000, 30000, 100),
      once: true,
    }),
  ],

  edu: [
    P({
      name: "โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าอาหารกลางวันศูนย์พัฒนาเด็กเล็ก)",
      detail: "ค่าอาหารกลางวันสำหรับเด็กเล็กใน{cdc} จำนวน {count} คน จำนวน 245 วัน",
      loc: "{cdc}",
      units: ["education"],
      theme: "edu",
      months: ALL_YEAR,
      budget: per(20, 150, 5145, 5390, 10),
      once: true,
    }),
    P({
      name: "โครงการอาหารเสริม (นม) โรงเรียน",
      detail: "จัดซื้ออาหารเสริม (นม) ให้แก่ศูนย์พัฒนาเด็กเล็กและโรงเรียนสังกัด สพฐ. ในพื้นที่ จำนวน {count} คน จำนวน 260 วัน",
      loc: "{allArea}",
      units: ["education"],
      theme: "edu",
      months: ALL_YEAR,
      budget: per(100, 1500, 1980, 2090, 10),
      once: true,
    }),
    P({
      name: "โครงการอุดหนุนค่าอาหารกลางวันโรงเรียนสังกัดสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
      detail: "อุดหนุนค่าอาหารกลางวันให้แก่โรงเรียนสังกัด สพฐ. ในพื้นที่ นักเรียนรวม {count} คน จำนวน 200 วัน",
      loc: "{allArea}",
      units: ["education"],
      theme: "edu",
      months: ALL_YEAR,
      budget: per(100, 1200, 4400, 7200, 100),
      once: true,
    }),
    P({
      name: "โครงการจัดงานวันเด็กแห่งชาติ",
      detail: "จัดกิจกรรมวันเด็กแห่งชาติ การแสดงของเด็ก เกมการละเล่น และมอบของขวัญแก่เด็กและเยาวชน",
      loc: "{office}",
      units: ["education"],
      theme: "edu",
      months: at(1),
      budget: range(30000, 150000),
      once: true,
    }),
    P({
      name: "โครงการส่งเสริมพัฒนาการเด็กปฐมวัยในศูนย์พัฒนาเด็กเล็ก",
      detail: "จัดกิจกรรมส่งเสริมพัฒนาการเด็กทั้ง 4 ด้าน ได้แก่ ด้านร่างกาย ด้านอารมณ์-จิตใจ ด้านสังคม และด้านสติปัญญา",
      loc: "{cdc}",
      units: ["education"],
      theme: "edu",
      months: span(11, 8, 3, 8),
      budget: range(10000, 50000),
    }),
    P({
      name: "โครงการสนับสนุนค่าใช้จ่ายการจัดการศึกษา (ค่าจัดการเรียนการสอนรายหัว)",
      detail: "ค่าจัดการเรียนการสอนสำหรับเด็กเล็กใน{cdc} อัตราคนละ 1,700 บาทต่อปี จำนวน {count} คน",
      loc: "{cdc}",
      units: ["education"],
      theme: "edu",
      months: span(11, 8, 2, 10),
      budget: per(20, 150, 1700, 1700, 100),
      once: true,
    }),
    P({
      name: "โครงการสนับสนุนค่าใช้จ่ายการจัดการศึกษาสำหรับศูนย์พัฒนาเด็กเล็ก (ค่าหนังสือเรียน ค่าอุปกรณ์การเรียน ค่าเครื่องแบบนักเรียน และค่ากิจกรรมพัฒนาผู้เรียน)",
      detail: "สนับสนุนค่าหนังสือเรียน ค่าอุปกรณ์การเรียน ค่าเครื่องแบบนักเรียน และค่ากิจกรรมพัฒนาผู้เรียน สำหรับเด็กอายุ 3–5 ปี จำนวน {count} คน",
      loc: "{cdc}",
      units: ["education"],
      theme: "edu",
      months: span(5, 8, 1, 3),
      budget: per(20, 150, 1130, 1130, 10),
      once: true,
    }),
    P({
      name: "โครงการประชุมผู้ปกครองเด็กเล็ก ศูนย์พัฒนาเด็กเล็ก",
      detail: "ประชุมชี้แจงผู้ปกครองเกี่ยวกับการดำเนินงานของศูนย์พัฒนาเด็กเล็กและแนวทางการเลี้ยงดูเด็กร่วมกัน",
      loc: "{cdc}",
      units: ["education"],
      theme: "edu",
      months: span(5, 6, 1),
      budget: range(5000, 20000, 500),
      once: true,
    }),
    P({
      name: "โครงการปรับปรุงอาคารศูนย์พัฒนาเด็กเล็กบ้าน{village}",
      detail: "ปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก เปลี่ยนฝ้าเพดาน ทาสีภายในและภายนอก และปรับปรุงห้องน้ำเด็กให้ได้มาตรฐาน",
      loc: "ศูนย์พัฒนาเด็กเล็กบ้าน{village}",
      units: ["education", "works"],
      theme: "edu",
      months: span(3, 5, 1, 3),
      budget: range(100000, 500000),
    }),
    P({
      name: "โครงการส่งเสริมการเรียนรู้ตลอดชีวิตและการอ่านในชุมชน",
      detail: "จัดหาหนังสือและสื่อการเรียนรู้ให้แก่ที่อ่านหนังสือประจำหมู่บ้าน พร้อมจัดกิจกรรมส่งเสริมการอ่านแก่เด็กและประชาชน",
      loc: "{allArea}",
      units: ["education"],
      theme: "edu",
      months: span(11, 8, 2, 6),
      budget: range(10000, 60000),
    }),
    P({
      name: "โครงการแข่งขันทักษะทางวิชาการและกิจกรรมเด็กปฐมวัย",
      detail: "ส่งเด็กเล็กเข้าร่วมการแข่งขันทักษะทางวิชาการระดับอำเภอ และจัดกิจกรรมแสดงผลงานของเด็กปฐมวัย",
      loc: "{cdc}",
      units: ["education"],
      theme: "edu",
      months: span(12, 3, 1, 2),
      budget: range(5000, 30000, 500),
    }),
  ],

  health: [
    P({
      name: "โครงการป้องกันและควบคุมโรคไข้เลือดออก",
      detail:
        "พ่นหมอกควันกำจัดยุงลาย แจกทรายอะเบท และรณรงค์กำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลายในหมู่บ้าน วัด โรงเรียน และศูนย์พัฒนาเด็กเล็ก",
      loc: "{allArea}",
      units: ["health"],
      theme: "health",
      months: span(3, 9, 3, 5),
      budget: range(30000, 150000),
      once: true,
    }),
    P({
      name:
        "โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธานศาสตราจารย์ ดร.สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าจุฬาภรณวลัยลักษณ์ อัครราชกุมารี กรมพระศรีสวางควัฒน วรขัตติยราชนารี",
      detail: "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าและสำรวจข้อมูลจำนวนสุนัขและแมวทั้งที่มีเจ้าของและไม่มีเจ้าของ",
      loc: "{allArea}",
      units: ["health"],
      theme: "health",
      months: span(12, 6, 2, 4),
      budget: range(20000, 120000),
      once: true,
    }),
    P({
      name: "โครงการสนับสนุนการดำเนินงานตามแนวทางโครงการพระราชดำริด้านสาธารณสุข",
      detail: "อุดหนุนคณะกรรมการหมู่บ้านหรือชุมชนเพื่อดำเนินงานตามแนวทางโครงการพระราชดำริด้านสาธารณสุข แห่งละ 20,000 บาท จำนวน {count} แห่ง",
      loc: "{allArea}",
      units: ["health"],
      theme: "health",
      months: span(12, 8, 2, 6),
      budget: perVillage(20000),
      once: true,
    }),
    P({
      name: "โครงการพัฒนาศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.)",
      detail: "ฝึกอบรมทบทวนความรู้ อสม. ด้านการป้องกันและควบคุมโรค การคัดกรองสุขภาพ และการดูแลผู้สูงอายุในชุมชน",
      loc: "{office}",
      units: ["health"],
      theme: "health",
      months: span(12, 6, 1, 2),
      budget: range(20000, 80000),
      once: true,
    }),
    P({
      name: "โครงการตรวจคัดกรองโรคเบาหวานและความดันโลหิตสูงในชุมชน",
      detail: "ตรวจคัดกรองความเสี่ยงโรคเบาหวานและความดันโลหิตสูงแก่ประชาชนอายุ 35 ปีขึ้นไป ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบล",
      loc: "{allArea}",
      units: ["health"],
      theme: "health",
      months: span(11, 7, 2, 4),
      budget: range(10000, 60000),
    }),
    P({
      name: "โครงการดูแลสุขภาพผู้สูงอายุและผู้มีภาวะพึ่งพิงในชุมชน (Long Term Care)",
      detail: "เยี่ยมบ้านและดูแลผู้สูงอายุที่มีภาวะพึ่งพิงร่วมกับผู้ช่วยเหลือดูแล (Caregiver) และทีมหมอครอบครัว",
      loc: "{allArea}",
      units: ["health"],
      theme: "health",
      months: span(10, 9, 6, 12),
      budget: range(20000, 100000),
      once: true,
    }),
    P({
      name: "โครงการเฝ้าระวังคุณภาพน้ำบริโภคในหมู่บ้าน",
      detail: "ตรวจคุณภาพน้ำประปาหมู่บ้านด้วยชุดทดสอบภาคสนาม และให้ความรู้การดูแลระบบประปาให้ถูกสุขลักษณะ",
      loc: "{allArea}",
      units: ["health"],
      theme: "health",
      months: span(12, 5, 1, 3),
      budget: range(10000, 40000),
    }),
    P({
      name: "โครงการอาหารปลอดภัย ตลาดสดน่าซื้อ",
      detail: "ตรวจสารปนเปื้อนในอาหารและให้ความรู้ด้านสุขาภิบาลอาหารแก่ผู้ประกอบการร้านอาหารและแผงลอยจำหน่ายอาหาร",
      loc: "{areaName}",
      units: ["health"],
      theme: "health",
      months: span(11, 8, 1, 3),
      budget: range(10000, 50000),
    }),
    P({
      name: "โครงการส่งเสริมการออกกำลังกายเพื่อสุขภาพ",
      detail: "จัดกิจกรรมออกกำลังกายแอโรบิกและรำไม้พลองสำหรับประชาชนและผู้สูงอายุ พร้อมตรวจวัดดัชนีมวลกาย",
      loc: "{allArea}",
      units: ["health"],
      theme: "health",
      months: span(11, 8, 3, 6),
      budget: range(10000, 50000),
    }),
    P({
      name: "โครงการป้องกันโรคมือ เท้า ปาก ในศูนย์พัฒนาเด็กเล็ก",
      detail: "ทำความสะอาดศูนย์พัฒนาเด็กเล็ก คัดกรองเด็กทุกเช้า และให้ความรู้ผู้ปกครองในการป้องกันโรคมือ เท้า ปาก",
      loc: "{cdc}",
      units: ["health", "education"],
      theme: "health",
      months: span(5, 8, 2, 3),
      budget: range(5000, 20000, 500),
    }),
    P({
      name: "โครงการการแพทย์ฉุกเฉิน (หน่วยกู้ชีพ {orgShort})",
      detail: "ให้บริการรับ-ส่งผู้ป่วยฉุกเฉินตลอด 24 ชั่วโมง ร่วมกับศูนย์รับแจ้งเหตุและสั่งการจังหวัด{province} (สายด่วน 1669)",
      loc: "{areaName}",
      units: ["health", "office"],
      theme: "health",
      months: ALL_YEAR,
      budget: range(150000, 600000),
      once: true,
    }),
  ],

  welfare: [
    P({
      name: "โครงการส่งเสริมและพัฒนาคุณภาพชีวิตผู้สูงอายุ (โรงเรียนผู้สูงอายุ)",
      detail: "จัดกิจกรรมการเรียนรู้ในโรงเรียนผู้สูงอายุ {orgShort} เดือนละ 2 ครั้ง ด้านสุขภาพ อาชีพ และภูมิปัญญาท้องถิ่น",
      loc: "{office}",
      units: ["welfare"],
      theme: "welfare",
      months: span(11, 8, 6, 10),
      budget: range(30000, 150000),
      once: true,
    }),
    P({
      name: "โครงการซ่อมแซมที่อยู่อาศัยให้แก่ผู้ยากไร้และผู้ด้อยโอกาส",
      detail: "ซ่อมแซมและปรับปรุงบ้านพักอาศัยให้แก่ผู้ยากไร้ที่มีสภาพบ้านทรุดโทรม จำนวน {count} หลัง",
      loc: "{allArea}",
      units: ["welfare"],
      theme: "welfare",
      months: span(12, 7, 2, 5),
      budget: per(2, 8, 25000, 35000, 1000),
    }),
    P({
      name: "โครงการปรับสภาพแวดล้อมและที่อยู่อาศัยสำหรับคนพิการและผู้สูงอายุ",
      detail: "ปรับปรุงห้องน้ำ ทำทางลาด และติดตั้งราวจับให้เหมาะสมกับการใช้ชีวิตของคนพิการและผู้สูงอายุ จำนวน {count} หลัง",
      loc: "{allArea}",
      units: ["welfare"],
      theme: "welfare",
      months: span(12, 7, 2, 4),
      budget: per(2, 6, 40000, 40000, 1000),
    }),
    P({
      name: "โครงการส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ",
      detail: "จัดกิจกรรมส่งเสริมอาชีพ การออกกำลังกาย และการเข้าถึงสิทธิสวัสดิการของคนพิการและผู้ดูแลคนพิการ",
      loc: "{office}",
      units: ["welfare"],
      theme: "welfare",
      months: span(11, 8, 1, 3),
      budget: range(10000, 60000),
      once: true,
    }),
    P({
      name: "โครงการช่วยเหลือผู้ประสบปัญหาทางสังคมและครอบครัวผู้มีรายได้น้อย",
      detail: "ช่วยเหลือครอบครัวผู้มีรายได้น้อย ผู้ยากไร้ และผู้ไร้ที่พึ่ง ในรูปถุงยังชีพและเครื่องอุปโภคบริโภค",
      loc: "{allArea}",
      units: ["welfare"],
      theme: "welfare",
      months: ALL_YEAR,
      budget: range(20000, 100000),
      once: true,
    }),
    P({
      name: "โครงการรับลงทะเบียนผู้มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ เบี้ยความพิการ และเบี้ยยังชีพผู้ป่วยเอดส์",
      detail: "สำรวจข้อมูลและรับลงทะเบียนผู้มีสิทธิรับเบี้ยยังชีพรายใหม่ พร้อมตรวจสอบการมีชีวิตอยู่ของผู้รับเบี้ยยังชีพ",
      loc: "{office}",
      units: ["welfare"],
      theme: "welfare",
      months: span(10, 9, 3, 6),
      budget: range(5000, 20000, 500),
      once: true,
    }),
    P({
      name: "โครงการส่งเสริมสถาบันครอบครัวในชุมชน",
      detail: "จัดกิจกรรมครอบครัวอบอุ่น ให้ความรู้การเลี้ยงดูบุตรหลาน และป้องกันความรุนแรงในครอบครัว",
      loc: "{office}",
      units: ["welfare"],
      theme: "welfare",
      months: span(1, 8, 1, 2),
      budget: range(10000, 50000),
    }),
    P({
      name: "โครงการช่วยเหลือเด็กและเยาวชนด้อยโอกาส",
      detail: "มอบทุนการศึกษาและเครื่องอุปโภคบริโภคแก่เด็กและเยาวชนในครอบครัวยากจน จำนวน {count} ทุน",
      loc: "{office}",
      units: ["welfare"],
      theme: "welfare",
      months: span(4, 6, 1, 2),
      budget: per(10, 40, 1000, 2000, 1000),
    }),
  ],

  community: [
    P({
      name: "โครงการส่งเสริมการจัดทำและทบทวนแผนชุมชน",
      detail: "จัดเวทีประชาคมหมู่บ้านเพื่อจัดทำและทบทวนแผนชุมชน ครบทั้ง {moos} หมู่บ้าน และนำปัญหาความต้องการเข้าสู่แผนพัฒนาท้องถิ่น",
      loc: "{allArea}",
      units: ["planning", "office"],
      theme: "community",
      months: span(1, 4, 2, 3),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการป้องกันและแก้ไขปัญหายาเสพติด",
      detail: "รณรงค์ป้องกันยาเสพติด จัดกิจกรรมสร้างภูมิคุ้มกันให้แก่เด็กและเยาวชน และสนับสนุนการบำบัดฟื้นฟูผู้ติดยาเสพติดโดยชุมชน (CBTx)",
      loc: "{allArea}",
      units: ["office"],
      theme: "safety",
      months: span(11, 8, 2, 6),
      budget: range(20000, 100000),
      once: true,
    }),
    P({
      name: "โครงการส่งเสริมอาชีพและพัฒนาทักษะฝีมือแรงงาน",
      detail: "ฝึกอบรมอาชีพระยะสั้น เช่น การทำขนมไทย การจักสาน และการแปรรูปผลิตภัณฑ์ชุมชน ให้แก่กลุ่มแม่บ้านและผู้ว่างงาน",
      loc: "{office}",
      units: ["welfare", "office"],
      theme: "econ",
      months: span(12, 7, 1, 3),
      budget: range(20000, 80000),
      weight: 2,
    }),
    P({
      name: "โครงการส่งเสริมศักยภาพกลุ่มสตรีและพัฒนาบทบาทสตรี",
      detail: "อบรมพัฒนาศักยภาพผู้นำสตรีและคณะกรรมการพัฒนาสตรีหมู่บ้าน เพื่อให้มีบทบาทในการพัฒนาชุมชน",
      loc: "{office}",
      units: ["welfare"],
      theme: "community",
      months: span(1, 6, 1, 2),
      budget: range(10000, 50000),
    }),
    P({
      name: "โครงการฝึกอบรมและศึกษาดูงานเพื่อพัฒนาศักยภาพผู้นำชุมชน",
      detail: "ฝึกอบรมและศึกษาดูงานนอกสถานที่ให้แก่ผู้นำชุมชน คณะกรรมการหมู่บ้าน และผู้นำกลุ่มองค์กรต่าง ๆ",
      loc: "{office} และสถานที่ศึกษาดูงาน",
      units: ["office"],
      theme: "community",
      months: span(1, 7, 1, 2),
      budget: range(100000, 400000),
      once: true,
    }),
    P({
      name: "โครงการอบรมให้ความรู้ด้านกฎหมายแก่ประชาชน",
      detail: "อบรมให้ความรู้กฎหมายที่เกี่ยวข้องกับชีวิตประจำวัน เช่น กฎหมายที่ดิน กฎหมายมรดก และการไกล่เกลี่ยข้อพิพาท",
      loc: "{office}",
      units: ["office"],
      theme: "community",
      months: span(1, 8, 1),
      budget: range(10000, 40000),
    }),
    P({
      name: "โครงการส่งเสริมการดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียง",
      detail: "อบรมและศึกษาดูงานการทำเกษตรผสมผสานและการจัดทำบัญชีครัวเรือนตามหลักปรัชญาของเศรษฐกิจพอเพียง",
      loc: "{allArea}",
      units: ["office", "welfare"],
      theme: "econ",
      months: span(12, 6, 1, 3),
      budget: range(20000, 100000),
    }),
    P({
      name: "โครงการอุดหนุนศูนย์ปฏิบัติการป้องกันและปราบปรามยาเสพติดอำเภอ{district}",
      detail: "อุดหนุนที่ทำการปกครองอำเภอ{district} ตามโครงการป้องกันและแก้ไขปัญหายาเสพติดในพื้นที่อำเภอ",
      loc: "ที่ทำการปกครองอำเภอ{district}",
      units: ["office"],
      theme: "safety",
      months: span(11, 6, 1, 2),
      budget: range(20000, 50000),
      once: true,
    }),
    P({
      name: "โครงการเยาวชนจิตอาสาพัฒนาชุมชน",
      detail: "ส่งเสริมให้เด็กและเยาวชนรวมกลุ่มทำกิจกรรมจิตอาสา พัฒนาชุมชน และทำความสะอาดพื้นที่สาธารณะ",
      loc: "{allArea}",
      units: ["welfare", "education"],
      theme: "community",
      months: span(3, 5, 1, 2),
      budget: range(10000, 40000),
    }),
    P({
      name: "โครงการส่งเสริมการออมและการจัดทำบัญชีครัวเรือน",
      detail: "อบรมให้ความรู้การวางแผนการเงิน การออม และการจัดทำบัญชีรายรับ-รายจ่ายในครัวเรือน เพื่อลดภาระหนี้สิน",
      loc: "{allArea}",
      units: ["welfare", "office"],
      theme: "econ",
      months: span(11, 6, 1, 2),
      budget: range(10000, 40000),
    }),
  ],

  culture: [
    P({
      name: "โครงการสืบสานประเพณีสงกรานต์และรดน้ำขอพรผู้สูงอายุ",
      detail: "จัดกิจกรรมทำบุญตักบาตร สรงน้ำพระ และรดน้ำขอพรผู้สูงอายุ เพื่ออนุรักษ์ประเพณีอันดีงามของท้องถิ่น",
      loc: "{office}",
      units: ["education"],
      theme: "culture",
      months: at(4),
      budget: range(50000, 200000),
      once: true,
    }),
    P({
      name: "โครงการสืบสานประเพณีลอยกระทง",
      detail: "จัดงานประเพณีลอยกระทง ประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ และประกวดนางนพมาศ",
      loc: "{areaName}",
      units: ["education"],
      theme: "culture",
      months: at(11),
      budget: range(50000, 300000),
      once: true,
    }),
    P({
      name: "โครงการแข่งขันกีฬาเยาวชนและประชาชนต้านยาเสพติด ประจำปี {year}",
      detail: "จัดการแข่งขันกีฬาฟุตบอล วอลเลย์บอล ตะกร้อ และเปตอง ระหว่างหมู่บ้าน เพื่อส่งเสริมให้เด็กและเยาวชนห่างไกลยาเสพติด",
      loc: "สนามกีฬา {orgShort}",
      units: ["education"],
      theme: "culture",
      months: span(12, 3, 1, 2),
      budget: range(50000, 300000),
      once: true,
    }),
    P({
      name: "โครงการสืบสานประเพณีแห่เทียนเข้าพรรษา",
      detail: "จัดกิจกรรมหล่อเทียนพรรษา แห่เทียน และถวายเทียนพรรษาแก่วัดในพื้นที่",
      loc: "วัดในพื้นที่{areaName}",
      units: ["education"],
      theme: "culture",
      months: at(7),
      budget: range(20000, 100000),
      once: true,
    }),
    P({
      name: "โครงการบรรพชาสามเณรภาคฤดูร้อน",
      detail: "บรรพชาสามเณรภาคฤดูร้อนและอบรมธรรมะแก่เด็กและเยาวชน เพื่อปลูกฝังคุณธรรมจริยธรรม",
      loc: "{temple}",
      units: ["education"],
      theme: "culture",
      months: span(3, 5, 1, 2),
      budget: range(30000, 100000),
      once: true,
    }),
    P({
      name: "โครงการสืบสานประเพณีบุญบั้งไฟ",
      detail: "จัดขบวนแห่บั้งไฟและการละเล่นพื้นบ้านตามฮีตสิบสอง เพื่ออนุรักษ์ประเพณีและภูมิปัญญาท้องถิ่น",
      loc: "บ้าน{village} หมู่ที่ {moo}",
      units: ["education"],
      theme: "culture",
      months: span(5, 6, 1),
      budget: range(30000, 150000),
      once: true,
    }),
    P({
      name: "โครงการส่งนักกีฬาเข้าร่วมการแข่งขันกีฬาท้องถิ่นสัมพันธ์",
      detail: "ส่งนักกีฬาตัวแทน {orgShort} เข้าร่วมการแข่งขันกีฬาท้องถิ่นสัมพันธ์ระดับอำเภอและระดับจังหวัด",
      loc: "อำเภอ{district}",
      units: ["education"],
      theme: "culture",
      months: span(12, 3, 1, 2),
      budget: range(20000, 80000),
    }),
    P({
      name: "โครงการอุดหนุนการจัดงานรัฐพิธีและงานประเพณีของอำเภอ{district}",
      detail: "อุดหนุนที่ทำการปกครองอำเภอ{district} ตามโครงการจัดงานรัฐพิธีและงานประเพณีประจำปีของอำเภอ",
      loc: "ที่ทำการปกครองอำเภอ{district}",
      units: ["office"],
      theme: "culture",
      months: span(10, 9, 1, 3),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการส่งเสริมกิจกรรมวันสำคัญทางพระพุทธศาสนา",
      detail: "จัดกิจกรรมทำบุญ ฟังธรรม และเวียนเทียนในวันมาฆบูชา วันวิสาขบูชา และวันอาสาฬหบูชา",
      loc: "วัดในพื้นที่{areaName}",
      units: ["education"],
      theme: "culture",
      months: span(2, 7, 4, 6),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการก่อสร้างลานกีฬาอเนกประสงค์ {place}",
      detail: "ก่อสร้างลานกีฬาคอนกรีตเสริมเหล็ก ขนาดกว้าง {w} เมตร ยาว {l} เมตร พร้อมติดตั้งเสาและแป้นบาสเกตบอล",
      units: ["works"],
      theme: "culture",
      months: span(1, 5, 2, 3),
      budget: dims("area", [15, 18, 20], [28, 32, 2], 0, [700, 950]),
    }),
    P({
      name: "โครงการติดตั้งเครื่องออกกำลังกายกลางแจ้ง {place}",
      detail: "จัดซื้อและติดตั้งเครื่องออกกำลังกายกลางแจ้ง จำนวน {count} ชุด บริเวณลานกีฬาประจำหมู่บ้าน",
      units: ["education", "works"],
      theme: "culture",
      months: span(12, 6, 1, 2),
      budget: per(4, 10, 14000, 19000, 1000),
    }),
  ],

  peace: [
    P({
      name: "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่",
      detail: "ตั้งจุดบริการประชาชนและจุดตรวจร่วมกับหน่วยงานที่เกี่ยวข้อง ในช่วง 7 วันอันตรายของเทศกาลปีใหม่",
      loc: "จุดบริการประชาชน{areaName}",
      units: ["office"],
      theme: "safety",
      months: span(12, 1, 2),
      budget: range(20000, 80000),
      once: true,
    }),
    P({
      name: "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์",
      detail: "ตั้งจุดบริการประชาชนและจุดตรวจร่วมกับหน่วยงานที่เกี่ยวข้อง ในช่วง 7 วันอันตรายของเทศกาลสงกรานต์",
      loc: "จุดบริการประชาชน{areaName}",
      units: ["office"],
      theme: "safety",
      months: at(4),
      budget: range(20000, 80000),
      once: true,
    }),
    P({
      name: "โครงการฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)",
      detail: "ฝึกอบรมทบทวนหลักสูตร อปพร. ด้านการป้องกันและบรรเทาสาธารณภัย การช่วยเหลือผู้ประสบภัย และการปฐมพยาบาลเบื้องต้น",
      loc: "{office}",
      units: ["office"],
      theme: "safety",
      months: span(12, 6, 1, 2),
      budget: range(50000, 250000),
      once: true,
    }),
    P({
      name: "โครงการป้องกันและควบคุมไฟป่าและหมอกควัน",
      detail: "จัดทำแนวกันไฟ ลาดตระเวนเฝ้าระวัง และรณรงค์งดเผาในที่โล่งช่วงฤดูแล้ง ร่วมกับอาสาสมัครในพื้นที่",
      loc: "{allArea}",
      units: ["office"],
      theme: "safety",
      months: span(1, 4, 3, 4),
      budget: range(20000, 100000),
      once: true,
    }),
    P({
      name: "โครงการฝึกซ้อมแผนป้องกันและระงับอัคคีภัย",
      detail: "ฝึกซ้อมแผนป้องกันและระงับอัคคีภัยในสำนักงานและศูนย์พัฒนาเด็กเล็ก ร่วมกับหน่วยงานที่เกี่ยวข้อง",
      loc: "{office}",
      units: ["office"],
      theme: "safety",
      months: span(1, 6, 1),
      budget: range(10000, 40000),
      once: true,
    }),
    P({
      name: "โครงการช่วยเหลือผู้ประสบสาธารณภัย",
      detail: "ช่วยเหลือประชาชนผู้ประสบสาธารณภัย เช่น อุทกภัย วาตภัย อัคคีภัย และภัยแล้ง ตามระเบียบกระทรวงมหาดไทยว่าด้วยค่าใช้จ่ายเพื่อช่วยเหลือประชาชน",
      loc: "{allArea}",
      units: ["office"],
      theme: "safety",
      months: ALL_YEAR,
      budget: range(50000, 500000, 10000),
      once: true,
    }),
    P({
      name: "โครงการติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) {place}",
      detail: "ติดตั้งกล้องโทรทัศน์วงจรปิด จำนวน {count} จุด พร้อมเครื่องบันทึกภาพและระบบเชื่อมต่อเครือข่าย",
      units: ["works", "office"],
      theme: "safety",
      months: span(12, 6, 1, 3),
      budget: per(4, 16, 22000, 35000, 1000),
    }),
    P({
      name: "โครงการติดตั้งสัญญาณไฟกระพริบและป้ายเตือนจุดเสี่ยง {place}",
      detail: "ติดตั้งสัญญาณไฟกระพริบพลังงานแสงอาทิตย์และป้ายเตือนบริเวณทางแยกและทางโค้งอันตราย จำนวน {count} จุด",
      units: ["works"],
      theme: "safety",
      months: span(11, 6, 1, 2),
      budget: per(2, 8, 18000, 26000, 1000),
    }),
    P({
      name: "โครงการสอนว่ายน้ำเพื่อป้องกันการจมน้ำในเด็ก",
      detail: "ฝึกทักษะการว่ายน้ำเพื่อเอาชีวิตรอดให้แก่เด็กอายุ 6–14 ปี ในช่วงปิดภาคเรียน",
      loc: "{areaName}",
      units: ["office", "education"],
      theme: "safety",
      months: span(3, 5, 1, 2),
      budget: range(20000, 60000),
      once: true,
    }),
  ],

  admin: [
    P({
      name: "โครงการฝึกอบรมและศึกษาดูงานเพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของคณะผู้บริหาร สมาชิกสภา พนักงาน และพนักงานจ้าง",
      detail: "ฝึกอบรมเพิ่มพูนความรู้และศึกษาดูงานนอกสถานที่ ให้แก่คณะผู้บริหาร สมาชิกสภาท้องถิ่น พนักงาน และพนักงานจ้าง",
      loc: "{office} และสถานที่ศึกษาดูงาน",
      units: ["office"],
      theme: "admin",
      months: span(1, 8, 1, 2),
      budget: range(150000, 500000),
      once: true,
    }),
    P({
      name: "โครงการเลือกตั้งผู้บริหารท้องถิ่นและสมาชิกสภาท้องถิ่น",
      detail: "ค่าใช้จ่ายในการเลือกตั้งผู้บริหารท้องถิ่นและสมาชิกสภาท้องถิ่น กรณีครบวาระ ยุบสภา หรือตำแหน่งว่าง และสนับสนุนการเลือกตั้งระดับอื่น",
      loc: "{allArea}",
      units: ["office"],
      theme: "admin",
      months: span(10, 9, 1, 12),
      budget: range(300000, 1500000, 10000),
      once: true,
    }),
    P({
      name: "โครงการจัดทำแผนพัฒนาท้องถิ่น",
      detail: "ประชุมประชาคมท้องถิ่นและคณะกรรมการเพื่อจัดทำ ทบทวน เพิ่มเติม และเปลี่ยนแปลงแผนพัฒนาท้องถิ่น (พ.ศ. {planStart}–{planEnd})",
      loc: "{office}",
      units: ["planning"],
      theme: "admin",
      months: span(12, 6, 2, 4),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการจัดทำและปรับปรุงแผนที่ภาษีและทะเบียนทรัพย์สิน",
      detail: "สำรวจข้อมูลภาคสนาม ปรับปรุงข้อมูลที่ดินและสิ่งปลูกสร้าง และนำเข้าข้อมูลในระบบแผนที่ภาษีและทะเบียนทรัพย์สิน",
      loc: "{allArea}",
      units: ["finance"],
      theme: "admin",
      months: span(11, 8, 3, 8),
      budget: range(50000, 300000),
      once: true,
    }),
    P({
      name: "โครงการออกหน่วยบริการรับชำระภาษีนอกสถานที่",
      detail: "ออกให้บริการรับชำระภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้าย ณ ที่ทำการหมู่บ้าน เพื่ออำนวยความสะดวกแก่ประชาชน",
      loc: "{allArea}",
      units: ["finance"],
      theme: "admin",
      months: span(2, 4, 2, 3),
      budget: range(5000, 30000, 500),
      once: true,
    }),
    P({
      name: "โครงการ{typeShort}เคลื่อนที่พบประชาชน",
      detail: "ออกให้บริการรับเรื่องราวร้องทุกข์ รับชำระภาษี และให้บริการด้านต่าง ๆ แก่ประชาชนในหมู่บ้าน",
      loc: "{allArea}",
      units: ["office"],
      theme: "admin",
      months: span(11, 8, 2, 6),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการวันท้องถิ่นไทย",
      detail:
        "จัดกิจกรรมน้อมรำลึกในพระมหากรุณาธิคุณของพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว เนื่องในวันท้องถิ่นไทย 18 มีนาคม",
      loc: "{office}",
      units: ["office"],
      theme: "admin",
      months: at(3),
      budget: range(5000, 30000, 500),
      once: true,
    }),
    P({
      name: "โครงการส่งเสริมคุณธรรม จริยธรรม และป้องกันการทุจริตของบุคลากร",
      detail: "อบรมเสริมสร้างคุณธรรม จริยธรรม และความโปร่งใสในการปฏิบัติงาน ตามแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA)",
      loc: "{office}",
      units: ["office"],
      theme: "admin",
      months: span(12, 6, 1),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการประเมินความพึงพอใจของประชาชนต่อการให้บริการ",
      detail: "จ้างสถาบันการศึกษาประเมินความพึงพอใจของผู้รับบริการ ตามหลักเกณฑ์การประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น",
      loc: "{office}",
      units: ["office"],
      theme: "admin",
      months: span(6, 9, 1, 3),
      budget: range(10000, 30000),
      once: true,
    }),
    P({
      name: "โครงการจัดงานรัฐพิธีและวันสำคัญของชาติ",
      detail: "จัดกิจกรรมเฉลิมพระเกียรติ และร่วมพิธีในวันสำคัญของชาติ เช่น วันปิยมหาราช วันพ่อแห่งชาติ และวันแม่แห่งชาติ",
      loc: "{office}",
      units: ["office"],
      theme: "admin",
      months: span(10, 9, 10, 12),
      budget: range(20000, 100000),
      once: true,
    }),
    P({
      name: "โครงการอุดหนุนศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่นระดับอำเภอ{district}",
      detail: "อุดหนุนองค์กรปกครองส่วนท้องถิ่นที่เป็นที่ตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชนระดับอำเภอ{district}",
      loc: "อำเภอ{district}",
      units: ["office"],
      theme: "admin",
      months: span(11, 6, 1, 2),
      budget: range(10000, 30000),
      once: true,
    }),
    P({
      name: "โครงการปรับปรุงอาคารที่ทำการ {orgShort}",
      detail: "ปรับปรุงห้องประชุม ทาสีอาคาร และปรับปรุงห้องน้ำสำหรับประชาชนผู้มารับบริการ รวมทั้งทางลาดสำหรับคนพิการ",
      loc: "{office}",
      units: ["works"],
      theme: "admin",
      months: span(1, 6, 2, 3),
      budget: range(200000, 900000),
    }),
  ],

  agri: [
    P({
      name: "โครงการปลูกต้นไม้เฉลิมพระเกียรติ",
      detail: "ปลูกต้นไม้ยืนต้นและไม้ประจำถิ่นในที่สาธารณประโยชน์และริมทางสาธารณะ จำนวน {count} ต้น",
      loc: "{allArea}",
      units: ["office"],
      theme: "env",
      months: span(6, 8, 1, 2),
      budget: per(500, 3000, 15, 25, 1000),
      once: true,
    }),
    P({
      name: "โครงการธนาคารน้ำใต้ดิน (ระบบปิด)",
      detail: "ขุดบ่อธนาคารน้ำใต้ดินระบบปิดในครัวเรือนและพื้นที่สาธารณะ จำนวน {count} บ่อ เพื่อเติมน้ำลงสู่ชั้นใต้ดินและแก้ปัญหาน้ำท่วมขัง",
      loc: "{allArea}",
      units: ["office", "works"],
      theme: "env",
      months: span(2, 6, 2, 3),
      budget: per(10, 60, 2500, 3500, 1000),
    }),
    P({
      name: "โครงการส่งเสริมการผลิตและใช้ปุ๋ยอินทรีย์ชีวภาพ",
      detail: "อบรมการทำปุ๋ยหมักและน้ำหมักชีวภาพจากวัสดุเหลือใช้ทางการเกษตร เพื่อลดต้นทุนการผลิตของเกษตรกร",
      loc: "{office}",
      units: ["office"],
      theme: "econ",
      months: span(12, 5, 1, 2),
      budget: range(10000, 60000),
      once: true,
    }),
    P({
      name: "โครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริ สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี (อพ.สธ.)",
      detail: "สำรวจ รวบรวม และจัดทำฐานข้อมูลพันธุกรรมพืชและทรัพยากรท้องถิ่น พร้อมปลูกรักษาพันธุ์พืชในพื้นที่ปกปัก",
      loc: "{allArea}",
      units: ["office"],
      theme: "env",
      months: span(11, 8, 3, 6),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการขุดลอกหนองน้ำสาธารณะ {place}",
      detail: "ขุดลอกหนองน้ำสาธารณะ ขนาดกว้าง {w} เมตร ยาว {l} เมตร ลึกเฉลี่ย {d} เมตร หรือมีปริมาตรดินขุดไม่น้อยกว่า {vol} ลูกบาศก์เมตร",
      units: ["works"],
      theme: "econ",
      months: span(1, 5, 2, 3),
      budget: dims("vol", [30, 40, 50, 60], [50, 200, 10], 2, [22, 32]),
      weight: 2,
    }),
    P({
      name: "โครงการส่งเสริมการเลี้ยงปลาน้ำจืด",
      detail: "สนับสนุนพันธุ์ปลาน้ำจืดและให้ความรู้การเลี้ยงปลาในบ่อดินแก่เกษตรกร จำนวน {count} ราย",
      loc: "{allArea}",
      units: ["office"],
      theme: "econ",
      months: span(5, 8, 1, 2),
      budget: per(20, 80, 500, 800, 1000),
    }),
    P({
      name: "โครงการส่งเสริมการปลูกพืชใช้น้ำน้อยหลังฤดูทำนา",
      detail: "สนับสนุนเมล็ดพันธุ์ถั่วเขียวและพืชตระกูลถั่ว และให้ความรู้การปลูกพืชหลังนาเพื่อเพิ่มรายได้และบำรุงดิน",
      loc: "{allArea}",
      units: ["office"],
      theme: "econ",
      months: span(12, 2, 1, 3),
      budget: range(10000, 50000),
    }),
    P({
      name: "โครงการสนับสนุนการดำเนินงานศูนย์บริการและถ่ายทอดเทคโนโลยีการเกษตรประจำตำบล",
      detail: "สนับสนุนการประชุมคณะกรรมการศูนย์ฯ และจัดเวทีถ่ายทอดเทคโนโลยีการเกษตรแก่เกษตรกรในพื้นที่",
      loc: "{office}",
      units: ["office"],
      theme: "econ",
      months: span(11, 8, 2, 6),
      budget: range(10000, 40000),
      once: true,
    }),
    P({
      name: "โครงการป้องกันและควบคุมโรคระบาดสัตว์",
      detail: "ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยและโรคลัมปี สกิน ในโค กระบือ และพ่นยากำจัดแมลงพาหะ ร่วมกับปศุสัตว์อำเภอ{district}",
      loc: "{allArea}",
      units: ["office"],
      theme: "econ",
      months: span(11, 6, 1, 3),
      budget: range(10000, 60000),
    }),
    P({
      name: "โครงการก่อสร้างฝายชะลอน้ำ (Check Dam) {stream}",
      detail: "ก่อสร้างฝายชะลอน้ำแบบผสมผสานตามแนวพระราชดำริ จำนวน {count} แห่ง ร่วมกับจิตอาสาในพื้นที่",
      loc: "{stream} {place}",
      units: ["office", "works"],
      theme: "env",
      months: span(1, 5, 1, 2),
      budget: per(3, 10, 3000, 8000, 1000),
    }),
  ],

  commerce: [
    P({
      name: "โครงการขยายเขตระบบประปาหมู่บ้าน {place}",
      detail: "วางท่อเมนประปา พีวีซี ขนาดเส้นผ่านศูนย์กลาง 2 นิ้ว ชั้น 8.5 ความยาวรวม {l} เมตร พร้อมอุปกรณ์และประตูน้ำ",
      units: ["works"],
      theme: "infra",
      months: span(12, 6, 1, 3),
      budget: dims("len", [1], [300, 2000, 50], 0, [110, 170]),
      weight: 3,
    }),
    P({
      name: "โครงการก่อสร้างหอถังเหล็กเก็บน้ำทรงแชมเปญ ระบบประปาหมู่บ้าน {place}",
      detail: "ก่อสร้างหอถังเหล็กเก็บน้ำทรงแชมเปญ ขนาดความจุ 30 ลูกบาศก์เมตร สูงไม่น้อยกว่า 20 เมตร ตามแบบมาตรฐาน",
      units: ["works"],
      theme: "infra",
      months: span(12, 6, 3, 4),
      budget: range(900000, 1500000, 10000),
    }),
    P({
      name: "โครงการปรับปรุงตลาดสด {orgShort}",
      detail: "ปรับปรุงหลังคา รางระบายน้ำ และแผงจำหน่ายสินค้าภายในตลาดให้ถูกสุขลักษณะตามมาตรฐานตลาดสดน่าซื้อ",
      loc: "ตลาดสด {orgShort}",
      units: ["works", "finance"],
      theme: "econ",
      months: span(1, 6, 2, 3),
      budget: range(100000, 800000),
    }),
    P({
      name: "โครงการตลาดนัดชุมชนสีเขียว",
      detail: "ส่งเสริมให้เกษตรกรและผู้ประกอบการในชุมชนนำผลผลิตทางการเกษตรปลอดภัยและผลิตภัณฑ์ชุมชนมาจำหน่าย",
      loc: "{office}",
      units: ["office", "finance"],
      theme: "econ",
      months: span(11, 8, 4, 10),
      budget: range(10000, 50000),
      once: true,
    }),
    P({
      name: "โครงการส่งเสริมการจำหน่ายสินค้าหนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP) และผลิตภัณฑ์ชุมชน",
      detail: "สนับสนุนการออกร้านจำหน่ายสินค้า OTOP พัฒนาบรรจุภัณฑ์ และเชื่อมโยงช่องทางการตลาดออนไลน์ให้แก่กลุ่มอาชีพ",
      loc: "{allArea}",
      units: ["office"],
      theme: "econ",
      months: span(12, 7, 1, 3),
      budget: range(10000, 60000),
    }),
    P({
      name: "โครงการพัฒนาแหล่งท่องเที่ยวเชิงเกษตรและวัฒนธรรมชุมชน",
      detail: "ปรับปรุงจุดชมวิวและป้ายสื่อความหมาย และจัดทำสื่อประชาสัมพันธ์แหล่งท่องเที่ยวชุมชน",
      loc: "บ้าน{village} หมู่ที่ {moo}",
      units: ["office", "works"],
      theme: "econ",
      months: span(12, 6, 2, 4),
      budget: range(50000, 300000),
    }),
    P({
      name: "โครงการพัฒนาคุณภาพน้ำประปาหมู่บ้าน",
      detail: "จัดซื้อสารส้ม คลอรีน และสารเคมีปรับสภาพน้ำสำหรับระบบประปาหมู่บ้าน จำนวน {count} แห่ง",
      loc: "{allArea}",
      units: ["works"],
      theme: "infra",
      months: ALL_YEAR,
      budget: per(3, 15, 8000, 15000, 1000),
      once: true,
    }),
    P({
      name: "โครงการฝึกอบรมคณะกรรมการบริหารกิจการประปาหมู่บ้าน",
      detail: "อบรมการบริหารจัดการ การผลิตน้ำประปาให้สะอาดได้มาตรฐาน และการจัดเก็บค่าน้ำประปาอย่างเป็นระบบ",
      loc: "{office}",
      units: ["works"],
      theme: "infra",
      months: span(1, 6, 1),
      budget: range(10000, 40000),
      once: true,
    }),
    P({
      name: "โครงการก่อสร้างอาคารตลาดชุมชน {place}",
      detail: "ก่อสร้างอาคารตลาดโครงเหล็ก หลังคาเมทัลชีท ขนาดกว้าง {w} เมตร ยาว {l} เมตร พร้อมพื้นคอนกรีตเสริมเหล็ก",
      units: ["works"],
      theme: "econ",
      months: span(1, 6, 3, 4),
      budget: dims("area", [12, 15], [18, 36, 6], 0, [2200, 3200], 10000),
    }),
  ],
};

// ───────────────────────────── equipment (ผด.02/1) ─────────────────────────────

export interface EquipmentItem {
  /** One of EQUIPMENT_TYPES. */
  readonly type: string;
  readonly name: string;
  /** The specification line that follows the quantity and price in the detail. */
  readonly spec: string;
  /** ลักษณนาม: ตู้, เครื่อง, คัน … */
  readonly classifier: string;
  readonly qty: readonly [number, number];
  /** Unit price: a standard price (min = max) or a market range, in steps of 100 baht. */
  readonly price: readonly [number, number];
  /** Which unit buys it and under which แผนงาน. */
  readonly homes: readonly (readonly [UnitKey, PlanKey])[];
}

const OFFICE_HOMES = [
  ["office", "admin"],
  ["finance", "admin"],
  ["works", "works"],
  ["education", "edu"],
  ["health", "health"],
  ["welfare", "welfare"],
] as const;

export const EQUIPMENT_ITEMS: readonly EquipmentItem[] = [
  {
    type: "ครุภัณฑ์สำนักงาน",
    name: "ตู้เหล็กเก็บเอกสาร แบบ 2 บาน",
    spec: "มีมือจับชนิดบิด แผ่นชั้นปรับระดับได้ 3 ชิ้น คุณสมบัติตามมาตรฐานผลิตภัณฑ์อุตสาหกรรม (มอก.)",
    classifier: "ตู้",
    qty: [1, 4],
    price: [5500, 5500],
    homes: OFFICE_HOMES,
  },
  {
    type: "ครุภัณฑ์สำนักงาน",
    name: "ตู้เหล็กเก็บเอกสาร แบบ 4 ลิ้นชัก",
    spec: "มีหูจับ มีระบบล็อกลิ้นชักด้วยกุญแจ คุณสมบัติตามมาตรฐานผลิตภัณฑ์อุตสาหกรรม (มอก.)",
    classifier: "ตู้",
    qty: [1, 3],
    price: [7900, 7900],
    homes: OFFICE_HOMES,
  },
  {
    type: "ครุภัณฑ์สำนักงาน",
    name: "เครื่องปรับอากาศ แบบแยกส่วน ชนิดติดผนัง (ระบบ Inverter) ขนาด 18,000 บีทียู",
    spec: "ราคารวมค่าติดตั้ง ได้รับการรับรองฉลากประสิทธิภาพพลังงานเบอร์ 5",
    classifier: "เครื่อง",
    qty: [1, 3],
    price: [25000, 31000],
    homes: [["office", "admin"], ["finance", "admin"], ["education", "edu"]],
  },
  {
    type: "ครุภัณฑ์สำนักงาน",
    name: "เครื่องถ่ายเอกสาร ระบบดิจิตอล (ขาว-ดำ) ความเร็ว 30 แผ่นต่อนาที",
    spec: "ย่อ-ขยายได้ พร้อมชุดป้อนต้นฉบับอัตโนมัติ",
    classifier: "เครื่อง",
    qty: [1, 1],
    price: [120000, 170000],
    homes: [["office", "admin"], ["finance", "admin"]],
  },
  {
    type: "ครุภัณฑ์สำนักงาน",
    name: "เก้าอี้สำนักงาน แบบมีพนักพิงและที่วางแขน",
    spec: "ปรับระดับสูง-ต่ำได้ ขาเหล็กชุบโครเมียม พร้อมล้อเลื่อน",
    classifier: "ตัว",
    qty: [2, 10],
    price: [2500, 4500],
    homes: OFFICE_HOMES,
  },
  {
    type: "ครุภัณฑ์ยานพาหนะและขนส่ง",
    name: "รถบรรทุก (ดีเซล) ขนาด 1 ตัน ปริมาตรกระบอกสูบไม่ต่ำกว่า 2,400 ซีซี ขับเคลื่อน 2 ล้อ แบบดับเบิ้ลแค็บ",
    spec: "เป็นราคารวมภาษีสรรพสามิต ตามบัญชีราคามาตรฐานครุภัณฑ์",
    classifier: "คัน",
    qty: [1, 1],
    price: [854000, 854000],
    homes: [["office", "admin"], ["works", "works"]],
  },
  {
    type: "ครุภัณฑ์ยานพาหนะและขนส่ง",
    name: "รถจักรยานยนต์ ขนาด 110 ซีซี แบบเกียร์ธรรมดา",
    spec: "ราคารวมภาษีสรรพสามิต ไม่รวมค่าจดทะเบียน",
    classifier: "คัน",
    qty: [1, 2],
    price: [41000, 46000],
    homes: [["office", "admin"], ["finance", "admin"], ["health", "health"]],
  },
  {
    type: "ครุภัณฑ์ยานพาหนะและขนส่ง",
    name: "รถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย",
    spec: "ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี หรือกำลังเครื่องยนต์สูงสุดไม่ต่ำกว่า 170 กิโลวัตต์",
    classifier: "คัน",
    qty: [1, 1],
    price: [2500000, 2500000],
    homes: [["health", "housing"]],
  },
  {
    type: "ครุภัณฑ์ไฟฟ้าและวิทยุ",
    name: "เครื่องกำเนิดไฟฟ้า ขนาด 5 กิโลวัตต์",
    spec: "เครื่องยนต์เบนซิน ระบบสตาร์ทไฟฟ้า ใช้สำหรับงานป้องกันและบรรเทาสาธารณภัย",
    classifier: "เครื่อง",
    qty: [1, 2],
    price: [35000, 55000],
    homes: [["office", "peace"], ["works", "works"]],
  },
  {
    type: "ครุภัณฑ์ไฟฟ้าและวิทยุ",
    name: "วิทยุสื่อสาร ชนิดมือถือ ขนาด 5 วัตต์",
    spec: "ย่านความถี่ VHF/FM ความถี่ 245 MHz พร้อมแบตเตอรี่และแท่นชาร์จ",
    classifier: "เครื่อง",
    qty: [2, 10],
    price: [8000, 15000],
    homes: [["office", "peace"]],
  },
  {
    type: "ครุภัณฑ์โฆษณาและเผยแพร่",
    name: "เครื่องมัลติมีเดียโปรเจคเตอร์ ระดับ XGA ขนาด 3,500 ANSI Lumens",
    spec: "พร้อมรีโมตควบคุมและสายสัญญาณ HDMI",
    classifier: "เครื่อง",
    qty: [1, 2],
    price: [22000, 30000],
    homes: [["office", "admin"], ["education", "edu"]],
  },
  {
    type: "ครุภัณฑ์โฆษณาและเผยแพร่",
    name: "จอรับภาพ ชนิดมอเตอร์ไฟฟ้า ขนาดเส้นทแยงมุม 120 นิ้ว",
    spec: "พร้อมสวิตช์ควบคุมและอุปกรณ์ติดตั้ง",
    classifier: "จอ",
    qty: [1, 1],
    price: [12000, 16000],
    homes: [["office", "admin"]],
  },
  {
    type: "ครุภัณฑ์โฆษณาและเผยแพร่",
    name: "กล้องถ่ายภาพระบบดิจิตอล ความละเอียดไม่น้อยกว่า 24 ล้านพิกเซล",
    spec: "พร้อมเลนส์และการ์ดหน่วยความจำ",
    classifier: "ตัว",
    qty: [1, 1],
    price: [20000, 30000],
    homes: [["office", "admin"], ["planning", "admin"]],
  },
  {
    type: "ครุภัณฑ์การเกษตร",
    name: "เครื่องตัดหญ้า แบบข้อแข็ง",
    spec: "เครื่องยนต์ 2 จังหวะ ขนาดไม่น้อยกว่า 1.2 แรงม้า ปริมาตรกระบอกสูบไม่น้อยกว่า 30 ซีซี",
    classifier: "เครื่อง",
    qty: [1, 4],
    price: [9500, 9500],
    homes: [["office", "admin"], ["works", "housing"], ["education", "edu"]],
  },
  {
    type: "ครุภัณฑ์การเกษตร",
    name: "เครื่องพ่นหมอกควัน",
    spec: "ปริมาตรถังบรรจุน้ำยาไม่น้อยกว่า 6 ลิตร ใช้สำหรับกำจัดยุงลายพาหะนำโรคไข้เลือดออก",
    classifier: "เครื่อง",
    qty: [1, 2],
    price: [59000, 59000],
    homes: [["health", "health"]],
  },
  {
    type: "ครุภัณฑ์การเกษตร",
    name: "เครื่องสูบน้ำ แบบหอยโข่ง (มอเตอร์ไฟฟ้า) ขนาด 2 แรงม้า",
    spec: "ส่งน้ำได้ไม่น้อยกว่า 450 ลิตรต่อนาที สำหรับระบบประปาหมู่บ้าน",
    classifier: "เครื่อง",
    qty: [1, 3],
    price: [18000, 25000],
    homes: [["works", "commerce"], ["works", "housing"]],
  },
  {
    type: "ครุภัณฑ์ก่อสร้าง",
    name: "เครื่องตบดิน แบบกระโดด",
    spec: "เครื่องยนต์เบนซิน น้ำหนักไม่น้อยกว่า 70 กิโลกรัม",
    classifier: "เครื่อง",
    qty: [1, 1],
    price: [28000, 38000],
    homes: [["works", "works"]],
  },
  {
    type: "ครุภัณฑ์ก่อสร้าง",
    name: "เครื่องตัดคอนกรีต",
    spec: "เครื่องยนต์เบนซิน ขนาดไม่น้อยกว่า 13 แรงม้า พร้อมใบตัดขนาด 14 นิ้ว",
    classifier: "เครื่อง",
    qty: [1, 1],
    price: [25000, 35000],
    homes: [["works", "works"]],
  },
  {
    type: "ครุภัณฑ์โรงงาน",
    name: "เครื่องเชื่อมไฟฟ้า ขนาด 300 แอมแปร์",
    spec: "ระบบอินเวอร์เตอร์ พร้อมสายเชื่อมและหน้ากากเชื่อม",
    classifier: "เครื่อง",
    qty: [1, 1],
    price: [12000, 25000],
    homes: [["works", "works"]],
  },
  {
    type: "ครุภัณฑ์สำรวจ",
    name: "กล้องระดับ ชนิดอัตโนมัติ กำลังขยาย 30 เท่า",
    spec: "พร้อมขาตั้งและไม้สต๊าฟ",
    classifier: "ชุด",
    qty: [1, 1],
    price: [30000, 55000],
    homes: [["works", "works"]],
  },
  {
    type: "ครุภัณฑ์สำรวจ",
    name: "ล้อวัดระยะทาง",
    spec: "แบบดิจิตอล วัดระยะได้ไม่น้อยกว่า 9,999 เมตร",
    classifier: "อัน",
    qty: [1, 2],
    price: [3500, 8000],
    homes: [["works", "works"], ["finance", "admin"]],
  },
  {
    type: "ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์",
    name: "เครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED)",
    spec: "พร้อมแผ่นนำไฟฟ้าสำหรับผู้ใหญ่และเด็ก และตู้เก็บติดผนัง",
    classifier: "เครื่อง",
    qty: [1, 2],
    price: [55000, 95000],
    homes: [["health", "health"], ["office", "peace"]],
  },
  {
    type: "ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์",
    name: "เครื่องผลิตออกซิเจน ขนาด 5 ลิตร",
    spec: "สำหรับให้ยืมแก่ผู้ป่วยติดเตียงและผู้มีภาวะพึ่งพิงในชุมชน",
    classifier: "เครื่อง",
    qty: [1, 4],
    price: [22000, 35000],
    homes: [["health", "health"]],
  },
  {
    type: "ครุภัณฑ์คอมพิวเตอร์",
    name: "เครื่องคอมพิวเตอร์ All In One สำหรับงานสำนักงาน",
    spec: "ตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์ของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    classifier: "เครื่อง",
    qty: [1, 4],
    price: [17000, 17000],
    homes: OFFICE_HOMES,
  },
  {
    type: "ครุภัณฑ์คอมพิวเตอร์",
    name: "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน",
    spec: "ตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์ของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    classifier: "เครื่อง",
    qty: [1, 2],
    price: [16000, 16000],
    homes: OFFICE_HOMES,
  },
  {
    type: "ครุภัณฑ์คอมพิวเตอร์",
    name: "เครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 1 (จอแสดงภาพขนาดไม่น้อยกว่า 19 นิ้ว)",
    spec: "ตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์ของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    classifier: "เครื่อง",
    qty: [1, 3],
    price: [22000, 22000],
    homes: [["finance", "admin"], ["works", "works"], ["planning", "admin"]],
  },
  {
    type: "ครุภัณฑ์คอมพิวเตอร์",
    name: "เครื่องพิมพ์แบบฉีดหมึกพร้อมติดตั้งถังหมึกพิมพ์ (Ink Tank Printer)",
    spec: "ตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์ของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    classifier: "เครื่อง",
    qty: [1, 3],
    price: [4300, 4300],
    homes: OFFICE_HOMES,
  },
  {
    type: "ครุภัณฑ์คอมพิวเตอร์",
    name: "เครื่องสำรองไฟฟ้า ขนาด 800 VA",
    spec: "ตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์ของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    classifier: "เครื่อง",
    qty: [1, 5],
    price: [2500, 2500],
    homes: OFFICE_HOMES,
  },
  {
    type: "ครุภัณฑ์การศึกษา",
    name: "ชุดโต๊ะและเก้าอี้สำหรับเด็กเล็ก",
    spec: "โต๊ะพร้อมเก้าอี้ 6 ตัว วัสดุพลาสติกชนิดหนา ขอบมน ปลอดภัยสำหรับเด็ก",
    classifier: "ชุด",
    qty: [2, 8],
    price: [3500, 6000],
    homes: [["education", "edu"]],
  },
  {
    type: "ครุภัณฑ์การศึกษา",
    name: "ชุดเครื่องเล่นสนามเด็กเล่นกลางแจ้ง",
    spec: "ประกอบด้วยบ้านจำลอง สไลเดอร์ บันไดปีน และชิงช้า พร้อมติดตั้งและพื้นยางกันกระแทก",
    classifier: "ชุด",
    qty: [1, 1],
    price: [80000, 200000],
    homes: [["education", "edu"]],
  },
  {
    type: "ครุภัณฑ์งานบ้านงานครัว",
    name: "ตู้เย็น ขนาด 7 คิวบิกฟุต",
    spec: "ได้รับการรับรองฉลากประสิทธิภาพพลังงานเบอร์ 5",
    classifier: "ตู้",
    qty: [1, 1],
    price: [8000, 9500],
    homes: [["education", "edu"], ["office", "admin"]],
  },
  {
    type: "ครุภัณฑ์งานบ้านงานครัว",
    name: "เครื่องทำน้ำเย็น-น้ำร้อน แบบต่อท่อ",
    spec: "ชนิด 2 ก๊อก พร้อมเครื่องกรองน้ำระบบ RO",
    classifier: "เครื่อง",
    qty: [1, 2],
    price: [9000, 16000],
    homes: [["education", "edu"], ["office", "admin"]],
  },
  {
    type: "ครุภัณฑ์กีฬา",
    name: "ลู่วิ่งไฟฟ้า",
    spec: "มอเตอร์ขนาดไม่น้อยกว่า 3 แรงม้า ปรับความชันได้ รองรับน้ำหนักผู้ใช้ได้ไม่น้อยกว่า 120 กิโลกรัม",
    classifier: "เครื่อง",
    qty: [1, 2],
    price: [35000, 60000],
    homes: [["education", "culture"], ["health", "health"]],
  },
  {
    type: "ครุภัณฑ์ดนตรีและนาฏศิลป์",
    name: "ชุดกลองยาว",
    spec: "ประกอบด้วยกลองยาว 10 ลูก ฉิ่ง ฉาบ และโหม่ง สำหรับงานประเพณีของท้องถิ่น",
    classifier: "ชุด",
    qty: [1, 1],
    price: [15000, 35000],
    homes: [["education", "culture"]],
  },
];

// ───────────────────────────── other agencies' projects ─────────────────────────────

/** A project another agency will carry out in the area (ข้อ 27: listed with the agency as unit). */
export interface AgencyPattern extends Omit<ProjectPattern, "units"> {
  /** Agency name template, e.g. "สำนักงานเกษตรอำเภอ{district}". */
  readonly agency: string;
  readonly plan: PlanKey;
}

/** Budgets of other agencies are sometimes unknown when the plan is drafted: see generatePlan. */
export const AGENCY_PATTERNS: readonly AgencyPattern[] = [
  {
    agency: "แขวงทางหลวงชนบท{province}",
    name: "โครงการบำรุงรักษาทางหลวงชนบทสาย {rr} แยกทางหลวงหมายเลข {hw} – บ้าน{village}",
    detail: "ซ่อมบำรุงผิวทางแอสฟัลต์ติกคอนกรีต ไหล่ทาง และเครื่องหมายจราจร ระยะทาง {km} กิโลเมตร",
    loc: "อำเภอ{district}",
    plan: "works",
    theme: "infra",
    months: span(12, 6, 3, 6),
    budget: range(2000000, 15000000, 10000),
  },
  {
    agency: "กรมทางหลวงชนบท",
    name: "โครงการก่อสร้างสะพานคอนกรีตเสริมเหล็กข้าม{stream} บนทางหลวงชนบทสาย {rr}",
    detail: "ก่อสร้างสะพาน คสล. ขนาด 2 ช่องจราจร พร้อมทางเท้าและราวกันตก",
    loc: "อำเภอ{district}",
    plan: "works",
    theme: "infra",
    months: span(11, 9, 6, 10),
    budget: range(8000000, 30000000, 100000),
  },
  {
    agency: "องค์การบริหารส่วนจังหวัด{province}",
    name: "โครงการก่อสร้างถนนลาดยางแอสฟัลต์ติกคอนกรีต สายบ้าน{village} – บ้าน{village2}",
    detail: "ก่อสร้างถนนลาดยางแอสฟัลต์ติกคอนกรีต ผิวจราจรกว้าง 6 เมตร ระยะทาง {km} กิโลเมตร",
    plan: "works",
    theme: "infra",
    months: span(12, 6, 3, 5),
    budget: range(3000000, 12000000, 10000),
  },
  {
    agency: "องค์การบริหารส่วนจังหวัด{province}",
    name: "โครงการขุดลอกลำห้วยเพื่อเพิ่มปริมาณการกักเก็บน้ำ {stream}",
    detail: "ขุดลอกลำห้วยด้วยเครื่องจักรขององค์การบริหารส่วนจังหวัด ระยะทาง {km} กิโลเมตร",
    loc: "{stream} {place}",
    plan: "agri",
    theme: "econ",
    months: span(2, 5, 2, 3),
    budget: range(300000, 2000000, 10000),
  },
  {
    agency: "การไฟฟ้าส่วนภูมิภาคอำเภอ{district}",
    name: "โครงการขยายเขตระบบจำหน่ายไฟฟ้าแรงสูงและแรงต่ำ {place}",
    detail: "ปักเสาพาดสายขยายเขตระบบจำหน่ายไฟฟ้าแรงสูง 22 เควี และแรงต่ำ ระยะทาง {km} กิโลเมตร พร้อมติดตั้งหม้อแปลงไฟฟ้า",
    plan: "works",
    theme: "infra",
    months: span(11, 8, 2, 4),
    budget: range(500000, 3000000, 10000),
  },
  {
    agency: "โรงพยาบาลส่งเสริมสุขภาพตำบล{tambon}",
    name: "โครงการตรวจคัดกรองมะเร็งปากมดลูกและมะเร็งเต้านมในสตรีอายุ 30–60 ปี",
    detail: "ตรวจคัดกรองมะเร็งปากมดลูกและสอนการตรวจเต้านมด้วยตนเองแก่สตรีกลุ่มเป้าหมาย",
    loc: "{allArea}",
    plan: "health",
    theme: "health",
    months: span(11, 8, 3, 6),
    budget: range(10000, 50000),
  },
  {
    agency: "โรงพยาบาลส่งเสริมสุขภาพตำบล{tambon}",
    name: "โครงการส่งเสริมสุขภาพหญิงตั้งครรภ์และพัฒนาการเด็กปฐมวัย",
    detail: "ฝากครรภ์คุณภาพ ติดตามเยี่ยมหลังคลอด และคัดกรองพัฒนาการเด็กอายุ 0–5 ปี",
    loc: "{allArea}",
    plan: "health",
    theme: "health",
    months: ALL_YEAR,
    budget: range(10000, 40000),
  },
  {
    agency: "สำนักงานสาธารณสุขอำเภอ{district}",
    name: "โครงการควบคุมโรคติดต่อนำโดยแมลงในพื้นที่เสี่ยง",
    detail: "สำรวจค่าดัชนีลูกน้ำยุงลายและควบคุมการระบาดของโรคไข้เลือดออกร่วมกับองค์กรปกครองส่วนท้องถิ่น",
    loc: "อำเภอ{district}",
    plan: "health",
    theme: "health",
    months: span(4, 9, 3, 6),
    budget: range(20000, 100000),
  },
  {
    agency: "สำนักงานเกษตรอำเภอ{district}",
    name: "โครงการส่งเสริมการเกษตรแบบแปลงใหญ่ (ข้าว)",
    detail: "ส่งเสริมการลดต้นทุนการผลิตข้าว การใช้เมล็ดพันธุ์ดี และการรวมกลุ่มจำหน่ายผลผลิตของเกษตรกรแปลงใหญ่",
    loc: "{allArea}",
    plan: "agri",
    theme: "econ",
    months: span(5, 9, 3, 5),
    budget: range(50000, 300000),
  },
  {
    agency: "สำนักงานเกษตรอำเภอ{district}",
    name: "โครงการพัฒนาศักยภาพกลุ่มยุวเกษตรกร",
    detail: "อบรมความรู้ด้านการเกษตรและการทำบัญชีฟาร์มให้แก่สมาชิกกลุ่มยุวเกษตรกรในโรงเรียน",
    loc: "โรงเรียนในพื้นที่ตำบล{tambon}",
    plan: "agri",
    theme: "econ",
    months: span(6, 8, 1, 2),
    budget: range(10000, 40000),
  },
  {
    agency: "สำนักงานปศุสัตว์อำเภอ{district}",
    name: "โครงการรณรงค์ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค กระบือ",
    detail: "ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค กระบือ ของเกษตรกร จำนวน {count} ตัว",
    loc: "{allArea}",
    plan: "agri",
    theme: "econ",
    months: span(11, 6, 1, 2),
    budget: range(0, 0, 1),
  },
  {
    agency: "สำนักงานพัฒนาชุมชนอำเภอ{district}",
    name: "โครงการขับเคลื่อนหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ",
    detail: "ส่งเสริมครัวเรือนต้นแบบในการพึ่งตนเองตามหลักปรัชญาของเศรษฐกิจพอเพียง และจัดทำบัญชีครัวเรือน",
    loc: "บ้าน{village} หมู่ที่ {moo}",
    plan: "community",
    theme: "econ",
    months: span(11, 8, 3, 6),
    budget: range(20000, 100000),
  },
  {
    agency: "ที่ทำการปกครองอำเภอ{district}",
    name: "โครงการอำเภอยิ้มเคลื่อนที่",
    detail: "ออกให้บริการประชาชนนอกสถานที่ ด้านทะเบียนราษฎร บัตรประจำตัวประชาชน และรับเรื่องราวร้องทุกข์",
    loc: "{office}",
    plan: "admin",
    theme: "admin",
    months: span(11, 8, 1, 2),
    budget: range(0, 0, 1),
  },
  {
    agency: "กรมทรัพยากรน้ำบาดาล",
    name: "โครงการน้ำบาดาลเพื่อการเกษตรระบบสูบน้ำด้วยพลังงานแสงอาทิตย์ {place}",
    detail: "เจาะบ่อน้ำบาดาล ติดตั้งระบบสูบน้ำด้วยพลังงานแสงอาทิตย์ พร้อมระบบกระจายน้ำสู่แปลงเกษตร",
    plan: "agri",
    theme: "econ",
    months: span(12, 6, 3, 5),
    budget: range(1500000, 3000000, 10000),
  },
  {
    agency: "การประปาส่วนภูมิภาคสาขา{district}",
    name: "โครงการวางท่อขยายเขตจำหน่ายน้ำประปา {place}",
    detail: "วางท่อจำหน่ายน้ำประปา พีวีซี ขนาดเส้นผ่านศูนย์กลาง 100 มิลลิเมตร ระยะทาง {km} กิโลเมตร",
    plan: "commerce",
    theme: "infra",
    months: span(12, 6, 2, 4),
    budget: range(500000, 2500000, 10000),
  },
];

// ───────────────────────────── strategy trees ─────────────────────────────

export interface StrategyRowDef {
  readonly plan: PlanKey;
  /** แนวทางการพัฒนา under this strategy that this แผนงาน serves. */
  readonly approach: string;
  /** คำสำคัญ, comma-separated, as a planner would type them to steer classification. */
  readonly keywords: string;
}

export interface StrategyDef {
  readonly name: string;
  /** Themes of the projects this strategy takes in, where a แผนงาน sits under several strategies. */
  readonly themes: readonly Theme[];
  readonly rows: readonly StrategyRowDef[];
}

export interface StrategyTree {
  readonly id: string;
  readonly strategies: readonly StrategyDef[];
}

// Keyword lists reused across trees, since the same แผนงาน carries the same kinds of project.
const KW = {
  roads: "ถนน, คอนกรีตเสริมเหล็ก, ลูกรัง, หินคลุก, ลาดยาง, ท่อระบายน้ำ, รางระบายน้ำ, สะพาน, ท่อลอดเหลี่ยม, ขยายเขตไฟฟ้า",
  lights: "ไฟฟ้าส่องสว่าง, โซลาร์เซลล์, โคมไฟ, ประปาหมู่บ้าน, บาดาล",
  water: "ประปา, ท่อเมนประปา, หอถัง, สารส้ม, คลอรีน",
  market: "ตลาด, ตลาดนัด, OTOP, ผลิตภัณฑ์ชุมชน, ท่องเที่ยว",
  farm: "เกษตร, ปุ๋ยอินทรีย์, พืชหลังนา, ปลา, ปศุสัตว์, โรคระบาดสัตว์, ขุดลอก, หนองน้ำ",
  jobs: "อาชีพ, ฝึกอาชีพ, เศรษฐกิจพอเพียง, บัญชีครัวเรือน, การออม",
  school: "ศูนย์พัฒนาเด็กเล็ก, อาหารกลางวัน, อาหารเสริม (นม), วันเด็ก, เด็กปฐมวัย, การเรียนการสอน, การอ่าน",
  health: "ไข้เลือดออก, พิษสุนัขบ้า, อสม., คัดกรอง, เบาหวาน, ความดันโลหิต, ผู้มีภาวะพึ่งพิง, การแพทย์ฉุกเฉิน, ออกกำลังกาย, มือ เท้า ปาก",
  welfare: "ผู้สูงอายุ, โรงเรียนผู้สูงอายุ, คนพิการ, ผู้ยากไร้, ผู้ด้อยโอกาส, ซ่อมแซมบ้าน, ครอบครัว, ลงทะเบียน",
  allowances: "เบี้ยยังชีพ, เบี้ยความพิการ, ผู้ป่วยเอดส์, กองทุนหลักประกันสุขภาพ, กองทุนสวัสดิการชุมชน",
  reserves: "สำรองจ่าย, บำเหน็จบำนาญ, กบท., ประกันสังคม, เงินทดแทน",
  people: "แผนชุมชน, ประชาคม, ผู้นำชุมชน, สตรี, เยาวชน, จิตอาสา, กฎหมาย",
  drugs: "ยาเสพติด, บำบัด, CBTx",
  culture: "สงกรานต์, ลอยกระทง, เข้าพรรษา, บุญบั้งไฟ, ประเพณี, วันสำคัญทางพระพุทธศาสนา, บรรพชา, กีฬา, ลานกีฬา, ออกกำลังกายกลางแจ้ง",
  waste: "ขยะ, คัดแยกขยะ, ถังขยะเปียก, เก็บขนขยะ, น้ำเสีย, บ่อดักไขมัน, ภูมิทัศน์, ฝุ่นละออง, PM 2.5, เผาในที่โล่ง",
  green: "ปลูกต้นไม้, ธนาคารน้ำใต้ดิน, ฝายชะลอน้ำ, อพ.สธ., พันธุกรรมพืช",
  sanitation: "คุณภาพน้ำ, สุขาภิบาล, อาหารปลอดภัย",
  admin: "ฝึกอบรม, ศึกษาดูงาน, เลือกตั้ง, แผนพัฒนาท้องถิ่น, แผนที่ภาษี, ภาษี, เคลื่อนที่, รัฐพิธี, วันท้องถิ่นไทย, ITA, ความพึงพอใจ, ศูนย์ปฏิบัติการร่วม, อาคารที่ทำการ",
  safety: "อปพร., สาธารณภัย, อุบัติเหตุ, 7 วันอันตราย, ไฟป่า, หมอกควัน, อัคคีภัย, กล้องวงจรปิด, CCTV, ไฟกระพริบ, จมน้ำ",
} as const;

const row = (plan: PlanKey, approach: string, keywords: string): StrategyRowDef => ({ plan, approach, keywords });

export const STRATEGY_TREES: readonly StrategyTree[] = [
  {
    id: "อบต.-6",
    strategies: [
      {
        name: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
        themes: ["infra"],
        rows: [
          row("works", "ก่อสร้าง ปรับปรุง และบำรุงรักษาถนน สะพาน และทางระบายน้ำ", KW.roads),
          row("housing", "ขยายเขตไฟฟ้าส่องสว่างและพัฒนาระบบประปาให้ทั่วถึง", KW.lights),
          row("commerce", "พัฒนาระบบประปาหมู่บ้านให้มีน้ำสะอาดใช้อย่างเพียงพอ", KW.water),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจและการเกษตร",
        themes: ["econ"],
        rows: [
          row("agri", "ส่งเสริมการเกษตรตามหลักปรัชญาของเศรษฐกิจพอเพียงและพัฒนาแหล่งน้ำเพื่อการเกษตร", KW.farm),
          row("community", "ส่งเสริมอาชีพ เพิ่มรายได้ และลดรายจ่ายของครัวเรือน", KW.jobs),
          row("commerce", "ส่งเสริมการตลาด ผลิตภัณฑ์ชุมชน และการท่องเที่ยวชุมชน", KW.market),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม",
        themes: ["edu", "health", "welfare", "community"],
        rows: [
          row("edu", "ส่งเสริมการศึกษาและพัฒนาเด็กปฐมวัย", KW.school),
          row("health", "ส่งเสริมสุขภาพ ป้องกันและควบคุมโรค", KW.health),
          row("welfare", "ส่งเสริมสวัสดิการและพัฒนาคุณภาพชีวิตผู้สูงอายุ คนพิการ และผู้ด้อยโอกาส", KW.welfare),
          row("central", "จัดสวัสดิการเบี้ยยังชีพและสมทบกองทุนสวัสดิการ", KW.allowances),
          row("community", "ส่งเสริมความเข้มแข็งของชุมชนและการมีส่วนร่วมของประชาชน", KW.people),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านศาสนา ศิลปวัฒนธรรม จารีตประเพณี และภูมิปัญญาท้องถิ่น",
        themes: ["culture"],
        rows: [
          row("culture", "อนุรักษ์ ส่งเสริม และสืบสานศาสนา ศิลปวัฒนธรรม ประเพณี และการกีฬา", KW.culture),
          row("edu", "ส่งเสริมคุณธรรม จริยธรรม และภูมิปัญญาท้องถิ่นแก่เด็กและเยาวชน", "คุณธรรม, จริยธรรม, ภูมิปัญญาท้องถิ่น"),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        themes: ["env"],
        rows: [
          row("housing", "บริหารจัดการขยะมูลฝอย น้ำเสีย และภูมิทัศน์ของชุมชน", KW.waste),
          row("agri", "อนุรักษ์และฟื้นฟูทรัพยากรธรรมชาติ ป่าไม้ และแหล่งน้ำ", KW.green),
          row("health", "ควบคุมมลพิษและส่งเสริมการสุขาภิบาลสิ่งแวดล้อม", KW.sanitation),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการบ้านเมืองที่ดี",
        themes: ["admin", "safety"],
        rows: [
          row("admin", "พัฒนาบุคลากร การให้บริการประชาชน และการบริหารงานตามหลักธรรมาภิบาล", KW.admin),
          row("peace", "ป้องกันและบรรเทาสาธารณภัย และรักษาความสงบเรียบร้อยในชุมชน", KW.safety),
          row("community", "ป้องกันและแก้ไขปัญหายาเสพติด", KW.drugs),
          row("central", "สำรองจ่ายและสมทบกองทุนตามที่กฎหมายกำหนด", KW.reserves),
        ],
      },
    ],
  },
  {
    id: "เทศบาล-7",
    strategies: [
      {
        name: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐานและผังเมือง",
        themes: ["infra"],
        rows: [
          row("works", "ก่อสร้างและปรับปรุงถนน ทางเท้า และระบบระบายน้ำให้ได้มาตรฐาน", KW.roads),
          row("housing", "พัฒนาระบบไฟฟ้าสาธารณะและระบบประปาให้ครอบคลุมทุกชุมชน", KW.lights),
          row("commerce", "พัฒนาระบบประปาและสาธารณูปโภคให้เพียงพอต่อความต้องการ", KW.water),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านการศึกษา",
        themes: ["edu"],
        rows: [
          row("edu", "ส่งเสริมและพัฒนาคุณภาพการศึกษาทั้งในระบบ นอกระบบ และตามอัธยาศัย", KW.school),
          row("culture", "ส่งเสริมกิจกรรมกีฬาและนันทนาการสำหรับเด็กและเยาวชน", "กีฬาเยาวชน, นันทนาการ, ลานกีฬา"),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านสาธารณสุขและสิ่งแวดล้อม",
        themes: ["health", "env"],
        rows: [
          row("health", "ส่งเสริมสุขภาพอนามัยและป้องกันควบคุมโรคติดต่อ", `${KW.health}, ${KW.sanitation}`),
          row("housing", "บริหารจัดการขยะมูลฝอย น้ำเสีย และสิ่งแวดล้อมเมือง", KW.waste),
          row("agri", "เพิ่มพื้นที่สีเขียวและอนุรักษ์ทรัพยากรธรรมชาติ", KW.green),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านสังคมและคุณภาพชีวิต",
        themes: ["welfare", "community", "safety"],
        rows: [
          row("welfare", "พัฒนาคุณภาพชีวิตผู้สูงอายุ คนพิการ และผู้ด้อยโอกาส", KW.welfare),
          row("community", "ส่งเสริมความเข้มแข็งของชุมชนและป้องกันแก้ไขปัญหายาเสพติด", `${KW.people}, ${KW.drugs}`),
          row("central", "จัดสวัสดิการเบี้ยยังชีพและสวัสดิการชุมชน", KW.allowances),
          row("peace", "ป้องกันและบรรเทาสาธารณภัย และความปลอดภัยในชีวิตและทรัพย์สิน", KW.safety),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ การเกษตร และการท่องเที่ยว",
        themes: ["econ"],
        rows: [
          row("agri", "ส่งเสริมการเกษตรปลอดภัยและพัฒนาแหล่งน้ำเพื่อการเกษตร", KW.farm),
          row("commerce", "พัฒนาตลาดและส่งเสริมการท่องเที่ยวชุมชน", KW.market),
          row("community", "ส่งเสริมอาชีพและรายได้ของประชาชน", KW.jobs),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านศาสนา วัฒนธรรม ประเพณี และการกีฬา",
        themes: ["culture"],
        rows: [row("culture", "ทำนุบำรุงศาสนา อนุรักษ์ศิลปวัฒนธรรม ประเพณี และส่งเสริมการกีฬา", KW.culture)],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านการเมืองการบริหารและการพัฒนาองค์กร",
        themes: ["admin"],
        rows: [
          row("admin", "พัฒนาระบบบริหารจัดการ บุคลากร และการบริการประชาชนให้มีประสิทธิภาพ", KW.admin),
          row("central", "สมทบกองทุนและสำรองจ่ายตามที่กฎหมายกำหนด", KW.reserves),
        ],
      },
    ],
  },
  {
    id: "อบต.-5",
    strategies: [
      {
        name: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐานและสาธารณูปโภค",
        themes: ["infra"],
        rows: [
          row("works", "พัฒนาเส้นทางคมนาคมและระบบระบายน้ำ", KW.roads),
          row("housing", "พัฒนาระบบไฟฟ้าและไฟฟ้าส่องสว่างสาธารณะ", KW.lights),
          row("commerce", "พัฒนาระบบประปาหมู่บ้าน", KW.water),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจพอเพียงและการเกษตร",
        themes: ["econ"],
        rows: [
          row("agri", "ส่งเสริมการผลิตทางการเกษตรและแหล่งน้ำเพื่อการเกษตร", KW.farm),
          row("community", "ส่งเสริมอาชีพและการดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียง", KW.jobs),
          row("commerce", "ส่งเสริมตลาดและผลิตภัณฑ์ชุมชน", KW.market),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านคน สังคม และคุณภาพชีวิต",
        themes: ["edu", "health", "welfare", "community", "culture"],
        rows: [
          row("edu", "พัฒนาการศึกษาและเด็กปฐมวัย", KW.school),
          row("health", "ส่งเสริมสุขภาพและป้องกันโรค", `${KW.health}, ${KW.sanitation}`),
          row("welfare", "ส่งเสริมสวัสดิการสังคมและสังคมสงเคราะห์", KW.welfare),
          row("culture", "ส่งเสริมศาสนา ศิลปวัฒนธรรม ประเพณี กีฬา และนันทนาการ", KW.culture),
          row("central", "ส่งเสริมหลักประกันด้านรายได้และสวัสดิการชุมชน", KW.allowances),
          row("community", "ส่งเสริมความเข้มแข็งของชุมชนและการมีส่วนร่วมของประชาชน", KW.people),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        themes: ["env"],
        rows: [
          row("housing", "บริหารจัดการขยะมูลฝอยและสิ่งแวดล้อมในชุมชน", KW.waste),
          row("agri", "อนุรักษ์และฟื้นฟูทรัพยากรธรรมชาติ", KW.green),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านการเมือง การบริหาร และความมั่นคงปลอดภัย",
        themes: ["admin", "safety"],
        rows: [
          row("admin", "พัฒนาองค์กรและการบริการประชาชนตามหลักธรรมาภิบาล", KW.admin),
          row("peace", "ป้องกันและบรรเทาสาธารณภัย และลดอุบัติเหตุทางถนน", KW.safety),
          row("community", "ป้องกันและแก้ไขปัญหายาเสพติด", KW.drugs),
          row("central", "สำรองจ่ายและสมทบกองทุนตามที่กฎหมายกำหนด", KW.reserves),
        ],
      },
    ],
  },
  {
    id: "อบจ.-8",
    strategies: [
      {
        name: "ยุทธศาสตร์การพัฒนาด้านคมนาคมและโครงสร้างพื้นฐาน",
        themes: ["infra"],
        rows: [
          row("works", "พัฒนาโครงข่ายถนน สะพาน และระบบระบายน้ำเชื่อมโยงระหว่างอำเภอ", KW.roads),
          row("housing", "พัฒนาระบบไฟฟ้าสาธารณะและระบบประปา", KW.lights),
          row("commerce", "พัฒนาระบบประปาและสาธารณูปโภค", KW.water),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านการศึกษาและการเรียนรู้ตลอดชีวิต",
        themes: ["edu"],
        rows: [row("edu", "พัฒนาคุณภาพการศึกษาและส่งเสริมการเรียนรู้ตลอดชีวิต", KW.school)],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านสาธารณสุขและการส่งเสริมสุขภาวะ",
        themes: ["health"],
        rows: [
          row("health", "พัฒนาระบบบริการสุขภาพปฐมภูมิและการป้องกันควบคุมโรค", `${KW.health}, ${KW.sanitation}`),
          row("central", "สมทบกองทุนหลักประกันสุขภาพระดับท้องถิ่น", "กองทุนหลักประกันสุขภาพ"),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านสวัสดิการสังคมและคุณภาพชีวิต",
        themes: ["welfare", "community"],
        rows: [
          row("welfare", "จัดสวัสดิการสังคมแก่ผู้สูงอายุ คนพิการ และผู้ด้อยโอกาส", KW.welfare),
          row("community", "เสริมสร้างความเข้มแข็งของชุมชนและเครือข่ายภาคประชาชน", KW.people),
          row("central", "ส่งเสริมหลักประกันด้านรายได้แก่กลุ่มเปราะบาง", KW.allowances),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ การเกษตร และการท่องเที่ยว",
        themes: ["econ"],
        rows: [
          row("agri", "ส่งเสริมการเกษตรมูลค่าสูงและพัฒนาแหล่งน้ำ", KW.farm),
          row("commerce", "ส่งเสริมการค้า การลงทุน และการท่องเที่ยว", KW.market),
          row("community", "ส่งเสริมอาชีพและวิสาหกิจชุมชน", KW.jobs),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านศาสนา ศิลปวัฒนธรรม ประเพณี และการกีฬา",
        themes: ["culture"],
        rows: [row("culture", "อนุรักษ์ศิลปวัฒนธรรม ประเพณี และส่งเสริมการกีฬาสู่ความเป็นเลิศ", KW.culture)],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        themes: ["env"],
        rows: [
          row("housing", "บริหารจัดการขยะมูลฝอยแบบบูรณาการและลดมลพิษ", KW.waste),
          row("agri", "อนุรักษ์ฟื้นฟูป่าไม้ ต้นน้ำ และความหลากหลายทางชีวภาพ", KW.green),
        ],
      },
      {
        name: "ยุทธศาสตร์การพัฒนาด้านความมั่นคง ความปลอดภัย และการบริหารจัดการที่ดี",
        themes: ["admin", "safety"],
        rows: [
          row("admin", "พัฒนาการบริหารจัดการองค์กรตามหลักธรรมาภิบาล", KW.admin),
          row("peace", "เสริมสร้างความปลอดภัยในชีวิตและทรัพย์สิน และการป้องกันสาธารณภัย", KW.safety),
          row("community", "ป้องกันและแก้ไขปัญหายาเสพติด", KW.drugs),
          row("central", "สำรองจ่ายและสมทบกองทุนตามที่กฎหมายกำหนด", KW.reserves),
        ],
      },
    ],
  },
];

// ───────────────────────────── units ─────────────────────────────

/**
 * The name of each unit by org type. An อบต. has no กองวิชาการและแผนงาน (its planning sits in
 * สำนักปลัด) and often merges education with religion and culture; a large เทศบาล or อบจ.
 * calls planning กองยุทธศาสตร์และงบประมาณ.
 */
export function unitName(unit: UnitKey, orgTypeLabel: string): string {
  const municipal = orgTypeLabel.startsWith("เทศบาล");
  const large = orgTypeLabel === "เทศบาลนคร" || orgTypeLabel === "องค์การบริหารส่วนจังหวัด" || orgTypeLabel === "เมืองพัทยา";
  switch (unit) {
    case "office":
      if (municipal) return "สำนักปลัดเทศบาล";
      if (orgTypeLabel === "องค์การบริหารส่วนจังหวัด") return "สำนักปลัดองค์การบริหารส่วนจังหวัด";
      if (orgTypeLabel === "เมืองพัทยา") return "สำนักปลัดเมืองพัทยา";
      return "สำนักปลัด";
    case "finance":
      return "กองคลัง";
    case "works":
      return "กองช่าง";
    case "education":
      return orgTypeLabel === "องค์การบริหารส่วนตำบล" ? "กองการศึกษา ศาสนาและวัฒนธรรม" : "กองการศึกษา";
    case "health":
      return "กองสาธารณสุขและสิ่งแวดล้อม";
    case "welfare":
      return "กองสวัสดิการสังคม";
    case "planning":
      if (large) return "กองยุทธศาสตร์และงบประมาณ";
      return municipal ? "กองวิชาการและแผนงาน" : "สำนักปลัด";
  }
}

/** How an org type is abbreviated in running text ("อบต.บ้านใหม่") and on its own ("อบต."). */
export const ORG_TYPE_SHORT: Readonly<Record<string, string>> = {
  "องค์การบริหารส่วนตำบล": "อบต.",
  "เทศบาลตำบล": "ทต.",
  "เทศบาลเมือง": "ทม.",
  "เทศบาลนคร": "ทน.",
  "องค์การบริหารส่วนจังหวัด": "อบจ.",
  "เมืองพัทยา": "เมืองพัทยา",
};

/** Relative number of each org type in the country (domain.md §1): most plans come from อบต. */
export const ORG_TYPE_WEIGHT: Readonly<Record<string, number>> = {
  "องค์การบริหารส่วนตำบล": 60,
  "เทศบาลตำบล": 25,
  "เทศบาลเมือง": 8,
  "เทศบาลนคร": 3,
  "องค์การบริหารส่วนจังหวัด": 3,
  "เมืองพัทยา": 1,
};
