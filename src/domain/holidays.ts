import { addDays, isoFromParts, isWeekend, type IsoDate } from "../core/localDate";
import { toGregorianYear } from "./thaiCalendar";

export type HolidayKind = "fixed" | "substitute" | "added";

export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
  readonly kind: HolidayKind;
}

/** Fixed-date public holidays (month, day, name). Lunar and cabinet days are added by hand each year. */
const FIXED: readonly [number, number, string][] = [
  [10, 13, "วันนวมินทรมหาราช"],
  [10, 23, "วันปิยมหาราช"],
  [12, 5, "วันพ่อแห่งชาติ"],
  [12, 10, "วันรัฐธรรมนูญ"],
  [12, 31, "วันสิ้นปี"],
  [1, 1, "วันขึ้นปีใหม่"],
  [4, 6, "วันจักรี"],
  [4, 13, "วันสงกรานต์"],
  [4, 14, "วันสงกรานต์"],
  [4, 15, "วันสงกรานต์"],
  [5, 4, "วันฉัตรมงคล"],
  [6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี"],
  [7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว"],
  [8, 12, "วันแม่แห่งชาติ"],
];

/**
 * The fixed holidays of a fiscal year plus their substitute days: a holiday on a Saturday
 * or Sunday gives the next working day that is not itself a holiday (so 13–15 April
 * falling over a weekend push the substitute past the whole cluster).
 * Substitutes may spill past 30 September; they are kept because deadlines can too.
 */
export function fixedHolidays(fiscalYear: number): Holiday[] {
  const endYear = toGregorianYear(fiscalYear);
  const fixed: Holiday[] = FIXED.map(([m, d, name]) => ({
    date: isoFromParts(m >= 10 ? endYear - 1 : endYear, m, d),
    name,
    kind: "fixed" as const,
  })).sort((a, b) => a.date.localeCompare(b.date));
  const taken = new Set(fixed.map((h) => h.date));
  const substitutes: Holiday[] = [];
  for (const h of fixed) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    substitutes.push({ date: d, name: `ชดเชย${h.name}`, kind: "substitute" });
  }
  return [...fixed, ...substitutes].sort((a, b) => a.date.localeCompare(b.date));
}

export const HOLIDAY_KIND_LABEL: Record<HolidayKind, string> = {
  fixed: "วันหยุดราชการประจำปี",
  substitute: "วันหยุดชดเชย",
  added: "เพิ่มตามประกาศ",
};
