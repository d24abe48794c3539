import { fixedHolidays } from "../../src/domain/holidays";
import { dayOfWeek, isWeekend } from "../../src/core/localDate";

describe("fixed holidays of a fiscal year", () => {
  const fy2569 = fixedHolidays(2569); // 1 Oct 2025 – 30 Sep 2026

  it("places each fixed day in the right calendar year of the fiscal year", () => {
    const fixed = fy2569.filter((h) => h.kind === "fixed").map((h) => h.date);
    expect(fixed).toContain("2025-10-13");
    expect(fixed).toContain("2025-12-31");
    expect(fixed).toContain("2026-01-01");
    expect(fixed).toContain("2026-08-12");
    expect(fixed).toHaveLength(14);
  });

  it("gives a substitute working day for a holiday on a weekend", () => {
    // 5 Dec 2025 is a Friday (no substitute); 13 Oct 2025 is a Monday; 12 Aug 2026 a Wednesday.
    // 6 Apr 2025 (FY 2568) is a Sunday → substitute Monday 7 Apr.
    const fy2568 = fixedHolidays(2568);
    expect(dayOfWeek("2025-04-06")).toBe(0);
    expect(fy2568.find((h) => h.kind === "substitute" && h.date === "2025-04-07")?.name).toBe("ชดเชยวันจักรี");
    for (const h of [...fy2568, ...fy2569].filter((x) => x.kind === "substitute")) expect(isWeekend(h.date)).toBe(false);
  });

  it("pushes a Songkran substitute past the whole cluster", () => {
    // 13 Apr 2024 is a Saturday, 14 a Sunday: substitutes go after 15 Apr (Mon) → 16 and 17 Apr.
    const subs = fixedHolidays(2567).filter((h) => h.kind === "substitute" && h.name.includes("สงกรานต์")).map((h) => h.date);
    expect(subs).toEqual(["2024-04-16", "2024-04-17"]);
  });

  it("is sorted and has no duplicate dates", () => {
    const dates = fy2569.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });
});
