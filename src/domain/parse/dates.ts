import { isIsoDate, isoFromParts, serialToIso, type IsoDate } from "../../core/localDate";
import { BE_OFFSET, thaiMonthLong, thaiMonthShort } from "../thaiCalendar";
import type { RawValue } from "../../core/cellValue";
import { isPlainNumberFormat } from "../../core/numberFormats";
import { cellText, isExcelError, normalizeText } from "./text";

export type DateParse =
  | { kind: "empty" }
  | { kind: "date"; iso: IsoDate; from: "serial" | "text" }
  | { kind: "invalid"; text: string };

/** Excel's last serial day: 31 Dec 9999. */
const MAX_SERIAL = 2958465;

// ---------------------------------------------------------------------------------------------
// Words shared with the month parsers. They live here so that months.ts can use dates.ts
// without the two importing each other.

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * "ต.ค." written as people type it: "ต.ค.", "ต.ค", "ตค", "ต. ค.". Built from the dotted form so
 * that no spelling table has to be kept by hand.
 */
export function abbreviationPattern(dotted: string): string {
  const parts = dotted
    .split(".")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return parts.map(escapeRe).join("\\s*\\.?\\s*") + "(?:\\s*\\.)?";
}

interface MonthPattern {
  readonly month: number;
  readonly re: RegExp;
}

const intlMonth = (locale: string, style: "short" | "long", month: number): string =>
  new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));

const MONTH_PATTERNS: readonly MonthPattern[] = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((month) => [
  { month, re: new RegExp(escapeRe(thaiMonthLong(month)), "y") },
  { month, re: new RegExp(abbreviationPattern(thaiMonthShort(month)), "y") },
  // English names turn up in files made on machines set to English.
  { month, re: new RegExp(escapeRe(intlMonth("en-US", "long", month)), "iy") },
  { month, re: new RegExp(escapeRe(intlMonth("en-US", "short", month)) + "\\.?", "iy") },
]);

/** The longest month name starting at `pos`, so that "มีนาคม" is never read as a shorter name. */
export function matchMonthName(s: string, pos: number): { month: number; end: number } | null {
  let best: { month: number; end: number } | null = null;
  for (const { month, re } of MONTH_PATTERNS) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m && (!best || pos + m[0].length > best.end)) best = { month, end: pos + m[0].length };
  }
  // A Latin name must not be the start of a longer word ("Mayor").
  if (best && /[A-Za-z]/.test(s[pos]) && /[A-Za-z]/.test(s[best.end] ?? "")) return null;
  return best;
}

export type Era = "be" | "ce";

const ERA_PATTERNS: readonly { era: Era; re: RegExp }[] = [
  { era: "be", re: new RegExp(abbreviationPattern("พ.ศ."), "y") },
  { era: "ce", re: new RegExp(abbreviationPattern("ค.ศ."), "y") },
];

export function matchEra(s: string, pos: number): { era: Era; end: number } | null {
  for (const { era, re } of ERA_PATTERNS) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m) return { era, end: pos + m[0].length };
  }
  return null;
}

/**
 * The Buddhist-era year a run of digits stands for. Four digits from 2400 up are พ.ศ. and 1900–2300
 * are ค.ศ. (the two ranges cannot be confused); two digits are a short พ.ศ. ("67" = 2567), taken
 * in the century nearest `nearBe` when given, else in the 2500s.
 */
export function yearToBe(digits: string, era: Era | null, nearBe?: number): number | null {
  const v = Number(digits);
  if (digits.length === 4) {
    if (era === "be") return v;
    if (era === "ce") return v + BE_OFFSET;
    if (v >= 2400) return v;
    if (v >= 1900 && v <= 2300) return v + BE_OFFSET;
    return null;
  }
  if (digits.length === 2 && era !== "ce") {
    if (nearBe === undefined) return 2500 + v;
    const base = nearBe - (nearBe % 100);
    return [base - 100 + v, base + v, base + 100 + v].reduce((a, b) => (Math.abs(b - nearBe) < Math.abs(a - nearBe) ? b : a));
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

const WEEKDAYS: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  new Intl.DateTimeFormat("th-TH", { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2000, 0, 2 + i)),
);

// Words around a date that say nothing about it: "ณ วันที่ 16 เดือนกันยายน", "วันจันทร์ที่ 16".
const FILLERS: readonly string[] = [...WEEKDAYS.flatMap((w) => [`${w}ที่`, w]), "วันที่", "เดือน", "ที่", "ณ"].sort(
  (a, b) => b.length - a.length,
);

// A time of day after the date: "16/09/2567 10:30", "2024-09-16T00:00:00Z", "... เวลา 10.30 น.".
const TRAILING_TIME =
  /(?:T|\s+(?:เวลา\s*)?)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*(?:น\.?|นาฬิกา))?(?:Z|[+-]\d{2}:?\d{2})?$/i;

type DateToken =
  | { t: "num"; text: string }
  | { t: "month"; month: number }
  | { t: "era"; era: Era }
  | { t: "sep"; ch: string };

function lexDate(s: string): DateToken[] | null {
  const out: DateToken[] = [];
  let i = 0;
  outer: while (i < s.length) {
    const ch = s[i];
    if (ch === " ") {
      i++;
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
    for (const f of FILLERS) {
      if (s.startsWith(f, i)) {
        i += f.length;
        continue outer;
      }
    }
    if ("/-.,".includes(ch)) {
      out.push({ t: "sep", ch });
      i++;
      continue;
    }
    return null;
  }
  return out;
}

function build(day: number, month: number, yearBe: number | null): IsoDate | null {
  if (yearBe === null) return null;
  const iso = isoFromParts(yearBe - BE_OFFSET, month, day);
  return isIsoDate(iso) ? iso : null;
}

function num(tok: DateToken | undefined, maxLen: number): string | null {
  return tok?.t === "num" && tok.text.length <= maxLen ? tok.text : null;
}

/** Day, month and year of a date written in text; day before month always (Thai usage). */
function dateFromText(text: string): IsoDate | null {
  const s = text.replace(TRAILING_TIME, "").replace(/[\u2010-\u2015\u2212]/g, "-");
  const lexed = lexDate(s);
  if (!lexed || lexed.length === 0) return null;

  // Numeric forms: the separators must agree ("16/09/2567", "16.09.2567", "2024-09-16").
  const [p0, p1, p2, p3, p4] = lexed;
  if (lexed.length === 5 && p0.t === "num" && p2.t === "num" && p4.t === "num" && p1.t === "sep" && p3.t === "sep") {
    if (p1.ch !== p3.ch || p1.ch === ",") return null;
    const [a, b, c] = [p0.text, p2.text, p4.text];
    if (b.length > 2) return null;
    if (a.length === 4) return c.length <= 2 ? build(+c, +b, yearToBe(a, null)) : null;
    return a.length <= 2 ? build(+a, +b, yearToBe(c, null)) : null;
  }

  // With a month name, separators between the parts carry nothing ("16-ก.ย.-2567", "Sep 16, 2024").
  const toks = lexed.filter((t) => t.t !== "sep");
  let era: Era | null = null;
  const last = toks[toks.length - 1];
  const beforeLast = toks[toks.length - 2];
  // An era word belongs just before the year, and only once.
  if (beforeLast?.t === "era") era = beforeLast.era;
  const rest = toks.filter((t) => t.t !== "era");
  if (rest.length !== 3 || toks.length - rest.length !== (era === null ? 0 : 1)) return null;
  const [x, y] = rest;
  const year = num(last, 4);
  if (year === null) return null;
  if (x.t === "num" && y.t === "month") {
    const day = num(x, 2);
    return day === null ? null : build(+day, y.month, yearToBe(year, era));
  }
  if (x.t === "month" && y.t === "num") {
    const day = num(y, 2);
    return day === null ? null : build(+day, x.month, yearToBe(year, era));
  }
  return null;
}

export function parseDate(v: RawValue, numberFormat?: string): DateParse {
  if (v === null) return { kind: "empty" };
  if (typeof v === "boolean") return { kind: "invalid", text: cellText(v) };
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1 || v >= MAX_SERIAL + 1) return { kind: "invalid", text: String(v) };
    if (numberFormat !== undefined && isPlainNumberFormat(numberFormat)) return { kind: "invalid", text: String(v) };
    const serial = Math.floor(v);
    // Excel counts a 29 Feb 1900 that never was (Lotus compatibility): serial 60 is no date, and
    // below it every serial is one day later than a plain day count from 30 Dec 1899 gives.
    if (serial === 60) return { kind: "invalid", text: String(v) };
    return { kind: "date", iso: serialToIso(serial < 60 ? serial + 1 : serial), from: "serial" };
  }
  const text = normalizeText(v);
  if (text === "") return { kind: "empty" };
  if (isExcelError(text)) return { kind: "invalid", text };
  const iso = dateFromText(text);
  return iso === null ? { kind: "invalid", text } : { kind: "date", iso, from: "text" };
}
