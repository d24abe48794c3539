import { isoFromParts, isoParts, todayInBangkok, type IsoDate } from "../core/localDate";

/** พ.ศ. = ค.ศ. + 543 */
export const BE_OFFSET = 543;

export const toBuddhistYear = (gregorianYear: number): number => gregorianYear + BE_OFFSET;
export const toGregorianYear = (buddhistYear: number): number => buddhistYear - BE_OFFSET;

/**
 * The fiscal year runs 1 ตุลาคม – 30 กันยายน and is named by the Buddhist-era year it ends in:
 * ปีงบประมาณ พ.ศ. 2568 = 1 ต.ค. 2567 – 30 ก.ย. 2568.
 */
export function fiscalYearOf(date: IsoDate): number {
  const { year, month } = isoParts(date);
  return toBuddhistYear(month >= 10 ? year + 1 : year);
}

export function currentFiscalYear(today: Date = new Date()): number {
  return fiscalYearOf(todayInBangkok(today));
}

export function fiscalYearStart(fiscalYear: number): IsoDate {
  return isoFromParts(toGregorianYear(fiscalYear) - 1, 10, 1);
}

export function fiscalYearEnd(fiscalYear: number): IsoDate {
  return isoFromParts(toGregorianYear(fiscalYear), 9, 30);
}

export function isInFiscalYear(date: IsoDate, fiscalYear: number): boolean {
  return date >= fiscalYearStart(fiscalYear) && date <= fiscalYearEnd(fiscalYear);
}

export interface FiscalMonth {
  /** 0 = ตุลาคม … 11 = กันยายน */
  readonly index: number;
  /** Calendar month 1–12 */
  readonly month: number;
  readonly gregorianYear: number;
  readonly buddhistYear: number;
  /** "ต.ค." as Intl spells it for th-TH */
  readonly shortName: string;
  readonly longName: string;
}

// Month names come from the platform's Thai locale data rather than a hand-made table.
const shortFmt = new Intl.DateTimeFormat("th-TH", { month: "short", timeZone: "UTC" });
const longFmt = new Intl.DateTimeFormat("th-TH", { month: "long", timeZone: "UTC" });

export function thaiMonthShort(month: number): string {
  return shortFmt.format(Date.UTC(2000, month - 1, 1));
}

export function thaiMonthLong(month: number): string {
  return longFmt.format(Date.UTC(2000, month - 1, 1));
}

/** The twelve months of a fiscal year in order, ต.ค. of the previous year first. */
export function fiscalMonths(fiscalYear: number): FiscalMonth[] {
  const endYear = toGregorianYear(fiscalYear);
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 9) % 12) + 1;
    const gregorianYear = index < 3 ? endYear - 1 : endYear;
    return {
      index,
      month,
      gregorianYear,
      buddhistYear: toBuddhistYear(gregorianYear),
      shortName: thaiMonthShort(month),
      longName: thaiMonthLong(month),
    };
  });
}

/** Fiscal-month index (0 = ต.ค.) of a calendar month. */
export function fiscalMonthIndex(month: number): number {
  return (month + 2) % 12;
}

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);
}

export function fromThaiDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** "15 มีนาคม 2568" (or ๑๕ มีนาคม ๒๕๖๘) from the platform's Thai Buddhist calendar. */
export function thaiLongDate(date: IsoDate, thaiDigits = false): string {
  const { year, month, day } = isoParts(date);
  const locale = thaiDigits ? "th-TH-u-ca-buddhist-nu-thai" : "th-TH-u-ca-buddhist-nu-latn";
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
}
