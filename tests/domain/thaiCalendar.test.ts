import {
  currentFiscalYear,
  fiscalMonthIndex,
  fiscalMonths,
  fiscalYearEnd,
  fiscalYearOf,
  fiscalYearStart,
  fromThaiDigits,
  isInFiscalYear,
  thaiLongDate,
  toThaiDigits,
} from "../../src/domain/thaiCalendar";
import { addDays, daysBetween, isIsoDate, isoToSerial, serialToIso, todayInBangkok } from "../../src/core/localDate";

describe("fiscal year", () => {
  it.each([
    ["2024-10-01", 2568],
    ["2025-09-30", 2568],
    ["2025-10-01", 2569],
    ["2026-11-21", 2570],
    ["2024-02-29", 2567],
  ])("%s belongs to ปีงบประมาณ %i", (date, fy) => {
    expect(fiscalYearOf(date)).toBe(fy);
  });

  it("spans 1 ต.ค. of the previous year to 30 ก.ย.", () => {
    expect(fiscalYearStart(2568)).toBe("2024-10-01");
    expect(fiscalYearEnd(2568)).toBe("2025-09-30");
    expect(isInFiscalYear("2024-09-30", 2568)).toBe(false);
    expect(isInFiscalYear("2025-09-30", 2568)).toBe(true);
  });

  it("uses the date in Bangkok, not the machine's zone", () => {
    // 30 Sep 2025 20:00 UTC is already 1 Oct 2025 in Bangkok: the new fiscal year.
    expect(todayInBangkok(new Date(Date.UTC(2025, 8, 30, 20)))).toBe("2025-10-01");
    expect(currentFiscalYear(new Date(Date.UTC(2025, 8, 30, 20)))).toBe(2569);
    expect(currentFiscalYear(new Date(Date.UTC(2025, 8, 30, 10)))).toBe(2568);
  });

  it("lists the twelve months ต.ค.–ก.ย. with their Buddhist-era years", () => {
    const m = fiscalMonths(2569);
    expect(m.map((x) => x.shortName)).toEqual([
      "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
    ]);
    expect(m[2].buddhistYear).toBe(2568);
    expect(m[3].buddhistYear).toBe(2569);
    expect(m[0].longName).toBe("ตุลาคม");
    expect(fiscalMonthIndex(10)).toBe(0);
    expect(fiscalMonthIndex(9)).toBe(11);
    expect(fiscalMonthIndex(1)).toBe(3);
  });
});

describe("Thai digits and long dates", () => {
  it("converts digits both ways", () => {
    expect(toThaiDigits("16/09/2567 1,234.50")).toBe("๑๖/๐๙/๒๕๖๗ ๑,๒๓๔.๕๐");
    expect(fromThaiDigits("๑๖ กันยายน ๒๕๖๗")).toBe("16 กันยายน 2567");
  });

  it("writes long dates in the Buddhist calendar from Intl", () => {
    expect(thaiLongDate("2025-03-15")).toBe("15 มีนาคม 2568");
    expect(thaiLongDate("2025-03-15", true)).toBe("๑๕ มีนาคม ๒๕๖๘");
    expect(thaiLongDate("2024-02-29")).toBe("29 กุมภาพันธ์ 2567");
  });
});

describe("date-only arithmetic", () => {
  it("adds days across month, year and leap-day ends", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2025-09-16", 30)).toBe("2025-10-16");
    expect(daysBetween("2025-09-16", "2025-10-16")).toBe(30);
  });

  it("round-trips Excel serials", () => {
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2025-09-16")).toBe(45916);
    expect(serialToIso(45916)).toBe("2025-09-16");
    expect(serialToIso(45916.75)).toBe("2025-09-16");
  });

  it("validates ISO dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("16/09/2567")).toBe(false);
  });
});
