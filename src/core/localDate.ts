/**
 * Date-only values as ISO strings (yyyy-mm-dd, Gregorian). Legal day counting and
 * fiscal years never need a time of day, and a time zone would shift dates: the
 * machines run in UTC while the users live in Asia/Bangkok.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return { year: +m[1], month: +m[2], day: +m[3] };
}

function toUtcMs(iso: IsoDate): number {
  const { year, month, day } = isoParts(iso);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + days * 86_400_000);
}

/** 0 = Sunday … 6 = Saturday */
export function dayOfWeek(iso: IsoDate): number {
  return new Date(toUtcMs(iso)).getUTCDay();
}

export function isWeekend(iso: IsoDate): boolean {
  const d = dayOfWeek(iso);
  return d === 0 || d === 6;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

/** Excel's serial day numbers (1900 system, with its fictitious 29 Feb 1900 behind day 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isoToSerial(iso: IsoDate): number {
  return Math.round((toUtcMs(iso) - EXCEL_EPOCH_MS) / 86_400_000);
}

export function serialToIso(serial: number): IsoDate {
  return fromUtcMs(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000);
}

/** Today's date in Thailand, whatever the machine's zone. */
export function todayInBangkok(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Bangkok",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return isoFromParts(get("year"), get("month"), get("day"));
}
