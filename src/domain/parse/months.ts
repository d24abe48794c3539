import { fiscalMonthIndex } from "../thaiCalendar";
import type { RawValue } from "../../core/cellValue";
import { matchEra, matchMonthName, parseDate, yearToBe, type Era } from "./dates";
import { cellText, isBlank, isExcelError, normalizeText } from "./text";

export type MonthsParse =
  | { kind: "empty" }
  | { kind: "months"; months: boolean[]; outsideFy: boolean; reversed: boolean }
  | { kind: "invalid"; text: string };

/** A month as written: its calendar month and, when the text gives one, its Buddhist-era year. */
interface Point {
  readonly month: number;
  readonly be: number | null;
}

/** One month, or a range of months between two points as written (start first). */
interface Item {
  readonly a: Point;
  readonly b?: Point;
}

type Token =
  | { t: "month"; month: number }
  | { t: "num"; text: string }
  | { t: "era"; era: Era }
  | { t: "date"; point: Point }
  | { t: "range" }
  | { t: "list" };

// "ถึงเดือน" needs no entry of its own: "เดือน" is a filler word.
const RANGE_WORDS = ["จนถึง", "ถึง"];
const LIST_WORDS = ["และ"];
// Words that only introduce what follows: "ตั้งแต่เดือน ต.ค. 67", "ระหว่าง ม.ค. – มี.ค.", "ปี 2568".
const FILLER_WORDS = ["ตั้งแต่", "ระหว่าง", "เดือน", "ปี"];

// "1/10/2567" inside a period text: only its month and year matter.
const NUMERIC_DATE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/y;

function lex(s: string, nearBe: number | undefined): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  outer: while (i < s.length) {
    const ch = s[i];
    if (ch === " ") {
      i++;
      continue;
    }
    NUMERIC_DATE.lastIndex = i;
    const d = NUMERIC_DATE.exec(s);
    if (d) {
      const month = Number(d[2]);
      const be = yearToBe(d[3], null, nearBe);
      if (month < 1 || month > 12 || be === null) return null;
      out.push({ t: "date", point: { month, be } });
      i += d[0].length;
      continue;
    }
    const digits = /^\d+/.exec(s.slice(i));
    if (digits) {
      out.push({ t: "num", text: digits[0] });
      i += digits[0].length;
      continue;
    }
    const era = matchEra(s, i);
    if (era) {
      out.push({ t: "era", era: era.era });
      i = era.end;
      continue;
    }
    const month = matchMonthName(s, i);
    if (month) {
      out.push({ t: "month", month: month.month });
      i = month.end;
      continue;
    }
    if ("-~".includes(ch)) {
      out.push({ t: "range" });
      i++;
      continue;
    }
    if (",;/&".includes(ch)) {
      out.push({ t: "list" });
      i++;
      continue;
    }
    for (const [words, tok] of [
      [RANGE_WORDS, { t: "range" }],
      [LIST_WORDS, { t: "list" }],
      [FILLER_WORDS, null],
    ] as const) {
      const w = words.find((x) => s.startsWith(x, i));
      if (w) {
        if (tok) out.push(tok);
        i += w.length;
        continue outer;
      }
    }
    return null;
  }
  return out;
}

/**
 * Reads one point at tokens[i]: [day] month [[era] year], or a numeric date. A number right
 * after a month is its year unless it is a small number followed by a month ("1 ต.ค. - 30 ธ.ค.").
 */
function readPoint(tokens: Token[], i: number, nearBe: number | undefined): { point: Point; next: number } | null {
  const first = tokens[i];
  if (first?.t === "date") return { point: first.point, next: i + 1 };
  if (first?.t === "num" && tokens[i + 1]?.t === "month") {
    const day = Number(first.text);
    if (first.text.length > 2 || day < 1 || day > 31) return null;
    i++;
  }
  const m = tokens[i];
  if (m?.t !== "month") return null;
  i++;
  let era: Era | null = null;
  const e = tokens[i];
  if (e?.t === "era") {
    era = e.era;
    i++;
  }
  const y = tokens[i];
  if (y?.t === "num") {
    const isYear = era !== null || y.text.length === 4 || tokens[i + 1]?.t !== "month" || Number(y.text) > 31;
    if (isYear) {
      const be = yearToBe(y.text, era, nearBe);
      if (be === null) return null;
      return { point: { month: m.month, be }, next: i + 1 };
    }
  }
  if (era !== null) return null;
  return { point: { month: m.month, be: null }, next: i };
}

function readItems(tokens: Token[], nearBe: number | undefined): Item[] | null {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].t === "list") {
      i++;
      continue;
    }
    const a = readPoint(tokens, i, nearBe);
    if (!a) return null;
    i = a.next;
    if (tokens[i]?.t === "range") {
      const b = readPoint(tokens, i + 1, nearBe);
      if (!b) return null;
      items.push({ a: a.point, b: b.point });
      i = b.next;
      if (tokens[i]?.t === "range") return null;
    } else {
      items.push({ a: a.point });
    }
  }
  return items;
}

const fiscalYearOfMonth = (month: number, be: number): number => (month >= 10 ? be + 1 : be);
const yearInFiscalYear = (month: number, fiscalYear: number): number => (month >= 10 ? fiscalYear - 1 : fiscalYear);
/** Months counted from year 0 so that ranges across a new year compare and subtract simply. */
const serialMonth = (p: { month: number; be: number }): number => p.be * 12 + p.month - 1;

function resolve(items: Item[], fiscalYear: number | undefined): MonthsParse {
  const firstDated = items.flatMap((it) => (it.b ? [it.a, it.b] : [it.a])).find((p) => p.be !== null);
  const fy = fiscalYear ?? (firstDated ? fiscalYearOfMonth(firstDated.month, firstDated.be as number) : undefined);
  const months: boolean[] = Array(12).fill(false);
  let outsideFy = false;
  let reversed = false;

  const markDated = (from: number, to: number): void => {
    if (fy === undefined) return;
    const fyFirst = (fy - 1) * 12 + 9; // ต.ค. of the year before
    const fyLast = fyFirst + 11;
    if (from < fyFirst || to > fyLast) outsideFy = true;
    for (let k = Math.max(from, fyFirst); k <= Math.min(to, fyLast); k++) months[k - fyFirst] = true;
  };

  for (const { a, b } of items) {
    if (!b) {
      if (a.be === null) months[fiscalMonthIndex(a.month)] = true;
      else markDated(serialMonth({ month: a.month, be: a.be }), serialMonth({ month: a.month, be: a.be }));
      continue;
    }
    if (a.be === null && b.be === null) {
      // Without years the only order there is is the fiscal year's, ต.ค. first.
      let i = fiscalMonthIndex(a.month);
      let j = fiscalMonthIndex(b.month);
      if (i > j) {
        reversed = true;
        [i, j] = [j, i];
      }
      for (let k = i; k <= j; k++) months[k] = true;
      continue;
    }
    // "ม.ค.–มี.ค. 2568": the end without its year lies in the same fiscal year as the other end.
    const fyOfDated = a.be !== null ? fiscalYearOfMonth(a.month, a.be) : fiscalYearOfMonth(b.month, b.be as number);
    let from = serialMonth({ month: a.month, be: a.be ?? yearInFiscalYear(a.month, fyOfDated) });
    let to = serialMonth({ month: b.month, be: b.be ?? yearInFiscalYear(b.month, fyOfDated) });
    if (to < from) {
      reversed = true;
      [from, to] = [to, from];
    }
    markDated(from, to);
  }
  return { kind: "months", months, outsideFy, reversed };
}

// "ตลอดปีงบประมาณ", "ตลอดทั้งปี", "ทั้งปี", "12 เดือน", "ทุกเดือน", with or without a year after.
const WHOLE_YEAR = /^(?:(?:ตลอด|ทั้ง|ตลอดทั้ง)ปี(?:งบประมาณ|งบ)?|12เดือน|ทุกเดือน)(?:(?:พ\.?ศ\.?)?\d{2,4})?$/;

const allMonths = (): MonthsParse => ({ kind: "months", months: Array(12).fill(true), outsideFy: false, reversed: false });

/**
 * The months of a ระยะเวลาดำเนินการ text: "ต.ค. 67 - ก.ย. 68", "ม.ค.-มี.ค. 2568", "ตลอดปีงบประมาณ",
 * "ต.ค.-ธ.ค. 67, เม.ย. 68". Index 0 of the result is ต.ค.
 */
export function parseMonthText(text: string, fiscalYear?: number): MonthsParse {
  const s = normalizeText(text).replace(/[\u2010-\u2015\u2212]/g, "-");
  if (s === "") return { kind: "empty" };
  if (WHOLE_YEAR.test(s.replace(/\s+/g, ""))) return allMonths();
  const quarters = quarterMonths(s, fiscalYear);
  if (quarters) return quarters;
  // "ต.ค. 67 – ก.ย. 68 (12 เดือน)": the count only restates the range.
  const tokens = lex(s.replace(/\s*\(\s*\d+\s*เดือน\s*\)$/, ""), fiscalYear);
  const items = tokens && readItems(tokens, fiscalYear);
  if (!items || items.length === 0) return { kind: "invalid", text: s };
  return resolve(items, fiscalYear);
}

// "ไตรมาส 2", "ไตรมาสที่ 1-2", "ไตรมาส 1 และ 3", "Q2", with the fiscal year after it or not.
const QUARTER_WORD = /(?:ไตรมาส(?:ที่)?|q)\s*/gi;
const QUARTERS = /^(?:ไตรมาส(?:ที่)?|q)\s*([1-4](?:\s*(?:-|ถึง|,|และ|&)\s*(?:(?:ไตรมาส(?:ที่)?|q)\s*)?[1-4])*)(?:\s*(?:ปีงบประมาณ|ปี|\/)?\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4}|\d{2}))?$/i;

/** Fiscal quarters: the first is ต.ค.–ธ.ค. (the fiscal year starts in October). */
function quarterMonths(s: string, fiscalYear: number | undefined): MonthsParse | null {
  const m = QUARTERS.exec(s);
  if (!m) return null;
  const list = m[1].replace(QUARTER_WORD, "").replace(/\s+/g, "");
  const months: boolean[] = Array(12).fill(false);
  let reversed = false;
  for (const part of list.split(/,|และ|&/)) {
    const [a, b] = part.split(/-|ถึง/).map(Number);
    let from = a;
    let to = b ?? a;
    if (to < from) {
      reversed = true;
      [from, to] = [to, from];
    }
    for (let q = from; q <= to; q++) for (let k = 0; k < 3; k++) months[(q - 1) * 3 + k] = true;
  }
  const year = m[2] ? yearToBe(m[2], null, fiscalYear) : null;
  const outsideFy = year !== null && fiscalYear !== undefined && year !== fiscalYear;
  return { kind: "months", months: outsideFy ? Array(12).fill(false) : months, outsideFy, reversed };
}

/**
 * The fiscal year a period text states through its first dated month ("ต.ค. 67 - ก.ย. 68" →
 * 2568, "ไตรมาส 2/2568" → 2568); null when it names no year.
 */
export function periodFiscalYear(text: string): number | null {
  const s = normalizeText(text).replace(/[\u2010-\u2015\u2212]/g, "-");
  if (!s) return null;
  const q = QUARTERS.exec(s);
  if (q) return q[2] ? yearToBe(q[2], null) : null;
  const tokens = lex(s.replace(/\s*\(\s*\d+\s*เดือน\s*\)$/, ""), undefined);
  const items = tokens && readItems(tokens, undefined);
  const dated = items?.flatMap((it) => (it.b ? [it.a, it.b] : [it.a])).find((p) => p.be !== null);
  return dated ? fiscalYearOfMonth(dated.month, dated.be as number) : null;
}

/** The fiscal year a start and an end cell state through their first dated month; null without one. */
export function rangeFiscalYear(start: RawValue, end: RawValue): number | null {
  for (const v of [start, end]) {
    if (isBlank(v)) continue;
    const p = pointOfCell(v, undefined);
    if (p?.be != null) return fiscalYearOfMonth(p.month, p.be);
    if (typeof v === "string") {
      const y = periodFiscalYear(v);
      if (y !== null) return y;
    }
  }
  return null;
}

/** A point filling a whole cell, or null when the cell holds something else. */
function pointOfText(s: string, nearBe: number | undefined): Point | null {
  const tokens = lex(s, nearBe);
  if (!tokens) return null;
  const p = readPoint(tokens, 0, nearBe);
  return p && p.next === tokens.length ? p.point : null;
}

/** Calendar month 1–12 named by a header or cell text ("ต.ค.", "ตุลาคม 2567", "ต.ค.67"), else null. */
export function monthFromText(text: string): number | null {
  const s = normalizeText(text);
  const tokens = lex(s, undefined);
  if (!tokens || tokens[0]?.t === "num") return null;
  const p = readPoint(tokens, 0, undefined);
  return p && p.next === tokens.length && tokens[0].t === "month" ? p.point.month : null;
}

/** Buddhist-era year of a header cell such as "พ.ศ. 2568", "ปี 2568", "๒๕๖๘"; null for anything else. */
export function yearFromText(text: string): number | null {
  const s = normalizeText(text);
  let i = 0;
  const skipSpaces = (): void => {
    while (s[i] === " ") i++;
  };
  for (const w of ["ปีงบประมาณ", "ปี"]) {
    if (s.startsWith(w, i)) {
      i += w.length;
      break;
    }
  }
  skipSpaces();
  const era = matchEra(s, i);
  if (era) i = era.end;
  skipSpaces();
  // ผ.02 headers put the unit after the year: "งบประมาณ 2566 (บาท)".
  const digits = /^\d+(?=\s*(?:\(บาท\)|บาท)?$)/.exec(s.slice(i));
  if (!digits) return null;
  // A bare "68" is far more often a count or a row number than a year.
  if (digits[0].length === 2 && !era) return null;
  return yearToBe(digits[0], era?.era ?? null);
}

/** What one start/end cell says: a point, a whole period text, nothing, or null when unreadable. */
function pointOfCell(v: RawValue, fiscalYear: number | undefined): Point | null {
  if (typeof v === "number") {
    // A small whole number in a month column is the month's number; anything past 31 a date serial.
    if (Number.isInteger(v) && v >= 1 && v <= 12) return { month: v, be: null };
    if (v <= 31) return null;
    const d = parseDate(v);
    return d.kind === "date" ? pointOfIso(d.iso) : null;
  }
  if (typeof v !== "string" || isExcelError(v)) return null;
  const s = normalizeText(v).replace(/[\u2010-\u2015\u2212]/g, "-");
  if (/^\d{1,2}$/.test(s)) return pointOfCell(Number(s), fiscalYear);
  const p = pointOfText(s, fiscalYear);
  if (p) return p;
  const d = parseDate(s);
  return d.kind === "date" ? pointOfIso(d.iso) : null;
}

function pointOfIso(iso: string): Point {
  return { month: Number(iso.slice(5, 7)), be: Number(iso.slice(0, 4)) + 543 };
}

/**
 * The months between a start and an end cell (เดือนเริ่มต้น / เดือนสิ้นสุด). An empty end means the
 * start month alone; a start cell holding a whole period ("ต.ค. 67 - ธ.ค. 67") is read as one.
 */
export function parseMonthRange(start: RawValue, end: RawValue, fiscalYear?: number): MonthsParse {
  const startBlank = isBlank(start);
  const endBlank = isBlank(end);
  if (startBlank && endBlank) return { kind: "empty" };
  const only = startBlank ? end : endBlank ? start : null;
  if (only !== null) {
    const p = pointOfCell(only, fiscalYear);
    if (p) return resolve([{ a: p }], fiscalYear);
    return typeof only === "string" ? parseMonthText(only, fiscalYear) : { kind: "invalid", text: cellText(only) };
  }
  const a = pointOfCell(start, fiscalYear);
  if (!a) return { kind: "invalid", text: cellText(start) };
  const b = pointOfCell(end, fiscalYear);
  if (!b) return { kind: "invalid", text: cellText(end) };
  return resolve([{ a, b }], fiscalYear);
}
