import { editDistance } from "../textMatch";

/**
 * The places and numbers in a project name that make it another project when they differ: หมู่,
 * village, ซอย, ช่วง, ระยะ and the สาย a road runs. Each is null when the text does not state it;
 * two texts that both state one must agree, whatever their other words say.
 */
export interface PlaceConstraints {
  readonly moo: ReadonlySet<number> | null;
  readonly village: ReadonlySet<string> | null;
  readonly soi: ReadonlySet<string> | null;
  /** ช่วง numbers and kilometre stations ("0+000-1+200") */
  readonly section: ReadonlySet<string> | null;
  /** ระยะที่ N: phases of one work, budgeted year by year */
  readonly phase: ReadonlySet<number> | null;
  /** The road's ends as written after สาย, compacted ("โนนสะอาด", "ดอนแดง") */
  readonly route: ReadonlySet<string> | null;
}

// "หมู่ที่ 3", "หมู่ 3", "ม.3", "ม 3", "หมู่บ้านที่ 3". ม stands alone only after a non-letter,
// or "สุขุม 3" would read as หมู่ 3; after a dot it is the end of ตร.ม., ลบ.ม.
const MOO_HEAD = String.raw`(?:หมู่\s*ที่|หมู่บ้านที่|หมู่|(?<![ก-๛.])ม\.?)`;
const MOO_LIST_SEP = String.raw`(?:,|และ|-|ถึง|&)`;
// \d+ is greedy and must end on a non-digit: "หมู่ที่ 1" never reads the 1 of "หมู่ที่ 10".
const MOO = new RegExp(String.raw`${MOO_HEAD}\s*(\d+)(?!\d)((?:\s*${MOO_LIST_SEP}\s*(?:${MOO_HEAD})?\s*\d+(?!\d))*)`, "g");

// บ้าน after a tambon, district or organisation word names that, not a village ("อบต.บ้านใหม่").
const VILLAGE = /(?<!(?:ตำบล|ต\.|อบต\.?|เทศบาล(?:ตำบล|เมือง|นคร)?|ทต\.|อำเภอ|อ\.|จังหวัด|จ\.|หมู่|ลูก|เจ้า|ใน|หลัง|รั้ว)\s?)บ้าน([ก-๛]+)/g;
/** Words that follow บ้าน in plans without naming a village: บ้านพักครู, บ้านผู้ยากไร้, a person's house (สายบ้านนายทองดี) … */
const NOT_VILLAGE = /^(?:นาย|นาง|กำนัน|พัก|เรือน|เลขที่|ผู้|ท้องถิ่น|มั่นคง|น่าอยู่|ปลอดภัย|ตัวอย่าง|ประชารัฐ|ของ|และ|ให้|ใน|เกิด|คน|พอเพียง|หลังใหม่|ห่างไกล|ที่|เมือง$|สะอาด$)/;
/** Where a village name typed without a space ends. */
const VILLAGE_END = /ตำบล|อำเภอ|จังหวัด|ซอย|ถนน|สาย|ช่วง|ถึง|เชื่อม|หมู่|และ|พร้อม|เพื่อ|ไป/;

const SOI = /ซอย\s*([ก-๛]*)\s*(\d+(?:\/\d+)?)?/g;
const SECTION_NO = /ช่วง\s*(?:ที่)?\s*(\d+)(?!\d)(?:\s*(?:-|ถึง)\s*(?:ช่วง\s*(?:ที่)?)?\s*(\d+)(?!\d))?/g;
const SECTION_KM = /ช่วง\s*(?:กม\.?|กิโลเมตรที่)\s*(\d+\+\d+)(?:\s*-\s*(\d+\+\d+))?/g;
const PHASE = /ระยะ\s*ที่\s*(\d+)(?!\d)/g;
// สาย of a road, not สายไฟ, สายพันธุ์, สายตา … The name runs to a bracket, a marker or a place word.
const ROUTE = /สาย\s*(?!ไฟ|พันธุ์|ตา|ด่วน|สัมพันธ์|ใย|ยาง|เคเบิล|ล่อฟ้า|สะพาย|รัด|อากาศ|สัญญาณ|การ|งาน|ชั้น|วิชา|บังคับ|ส่ง|น้ำ|ไหล|รุ้ง|ลม|หยุด|เลือด|ธาร)([^(|,]+?)(?=\s*(?:\||\(|,|ตำบล|ต\.|อำเภอ|ช่วง|ซอย|เพื่อ|$))/g;

/** The constraints a cleaned text states, and the text without the numbers they hold. */
export function extractConstraints(cleaned: string): { constraints: PlaceConstraints; rest: string } {
  const moo = new Set<number>();
  // Markers keep the spans apart, so a village or สาย name stops where a หมู่ was.
  let s = cleaned.replace(MOO, (m) => {
    for (const n of mooNumbers(m)) moo.add(n);
    return " | ";
  });
  const soi = new Set<string>();
  s = s.replace(SOI, (m, name: string, no: string | undefined) => {
    const named = cutVillage(name);
    if (!named && !no) return m;
    soi.add(`${named}${no ?? ""}`);
    return named ? ` | ${named} ` : " | ";
  });
  const section = new Set<string>();
  s = s.replace(SECTION_KM, (_m, a: string, b: string | undefined) => {
    section.add(b ? `${a}-${b}` : a);
    return " | ";
  });
  s = s.replace(SECTION_NO, (_m, a: string, b: string | undefined) => {
    for (const n of range(Number(a), b ? Number(b) : Number(a))) section.add(String(n));
    return " | ";
  });
  const phase = new Set<number>();
  s = s.replace(PHASE, (_m, a: string) => {
    phase.add(Number(a));
    return " | ";
  });
  const route = routeIn(s);
  const village = villageIn(s);
  return {
    constraints: { moo: orNull(moo), village, soi: orNull(soi), section: orNull(section), phase: orNull(phase), route },
    rest: s,
  };
}

/** หมู่ numbers a text states, null when none. */
export function mooIn(cleaned: string): ReadonlySet<number> | null {
  const out = new Set<number>();
  for (const m of cleaned.matchAll(MOO)) for (const n of mooNumbers(m[0])) out.add(n);
  return orNull(out);
}

/** Villages a text names (the word after บ้าน), null when none. */
export function villageIn(cleaned: string): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const m of cleaned.matchAll(VILLAGE)) {
    const name = cutVillage(m[1]);
    if (name.length >= 2 && !NOT_VILLAGE.test(name)) out.add(name);
  }
  return orNull(out);
}

function cutVillage(run: string): string {
  const end = run.search(VILLAGE_END);
  return end > 0 ? run.slice(0, end) : end === 0 ? "" : run;
}

function routeIn(s: string): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const m of s.matchAll(ROUTE)) {
    for (const end of m[1].split(/-|ถึง|เชื่อม|\sไป/)) {
      const e = end.replace(/บ้าน|ถนน|\s|\./g, "");
      if (e.length >= 2) out.add(e);
    }
  }
  return orNull(out);
}

/** "หมู่ที่ 1-3, 5 และ ม.7" → 1, 2, 3, 5, 7: a dash or ถึง joins a range, the rest list. */
function mooNumbers(span: string): number[] {
  const out: number[] = [];
  const parts = span.matchAll(/(-|ถึง)?[^\d-]*?(\d+)/g);
  let prev: number | null = null;
  for (const p of parts) {
    const n = Number(p[2]);
    if (p[1] && prev !== null) out.push(...range(prev + 1, n));
    else out.push(n);
    prev = n;
  }
  return out;
}

/** Ranges longer than a tambon has หมู่ (about 30) are typing slips; only the ends count then. */
function range(a: number, b: number): number[] {
  if (b < a || b - a > 40) return [a, b].filter((n, i, all) => all.indexOf(n) === i);
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function orNull<T>(s: Set<T>): ReadonlySet<T> | null {
  return s.size > 0 ? s : null;
}

/**
 * How two texts' constraints agree: 0 when one they both state differs (no link, whatever the
 * words), 1 when all they both state are the same, PARTIAL when one only overlaps the other
 * (a road from บ้าน ก to บ้าน ข against one naming บ้าน ก only).
 */
export function constraintFactor(a: PlaceConstraints, b: PlaceConstraints): number {
  let f = 1;
  const sameMoo = !!a.moo && !!b.moo && countShared(a.moo, b.moo) === a.moo.size && a.moo.size === b.moo.size;
  for (const k of ["moo", "village", "soi", "section", "phase"] as const) {
    const x = a[k] as ReadonlySet<string | number> | null;
    const y = b[k] as ReadonlySet<string | number> | null;
    if (!x || !y) {
      if ((x || y) && ONE_SIDED.has(k)) f *= ONE_SIDED_FACTOR;
      continue;
    }
    // Within one หมู่ (in the country one หมู่ is one village) a village spelled one letter
    // off is a slip; elsewhere หนองแวง and หนองแดง are two villages.
    const shared = k === "village" && sameMoo ? countClose(x as ReadonlySet<string>, y as ReadonlySet<string>) : countShared(x, y);
    if (shared === 0) return 0;
    if (shared !== x.size || shared !== y.size) f *= PARTIAL;
  }
  // One names the หมู่ only, the other the village only: the place cannot be checked.
  if ((a.moo && !a.village && b.village && !b.moo) || (b.moo && !b.village && a.village && !a.moo)) f *= UNCHECKED_PLACE;
  if (a.route && b.route) {
    const r = routeAgreement(a.route, b.route);
    if (r === 0) return 0;
    f *= r;
  }
  return f;
}

/**
 * A ซอย, ช่วง or ระยะ only one side states: the entry may be the whole work, or its sibling
 * without a number while the project's own entry, with it, sits further down. 0.9 keeps the
 * own entry ahead by more than AMBIGUITY_MARGIN even when only the sibling has this year's
 * amount (1 × 0.88 against 1 × 0.928 × 0.9 = 0.835).
 */
const ONE_SIDED: ReadonlySet<string> = new Set(["soi", "section", "phase"]);
const ONE_SIDED_FACTOR = 0.9;

/** Factor for constraints that overlap without being equal. */
export const PARTIAL = 0.85;

/**
 * Factor when one side gives the หมู่ and the other the village: enough to keep a name match
 * below LINK_THRESHOLD (0.754 × 0.75 = 0.566 in the evaluation set), so the entry is offered,
 * not linked.
 */
export const UNCHECKED_PLACE = 0.75;

function countClose(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let n = 0;
  for (const a of x) for (const b of y) if (a === b || closeSpelling(a, b)) { n++; break; }
  return n;
}

function countShared<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  return n;
}

/**
 * สาย names are longer and typed less carefully than numbers: ends agree when equal or within
 * one slip in five letters, in either order.
 */
function routeAgreement(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  const shared = countClose(x, y);
  if (shared === 0) return 0;
  return shared === x.size && shared === y.size ? 1 : PARTIAL;
}

function closeSpelling(a: string, b: string): boolean {
  const n = Math.max(a.length, b.length);
  if (n < 5) return false;
  const max = Math.floor(n / 5);
  return editDistance(a, b, max) <= max;
}
