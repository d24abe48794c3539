import { computeDeadlines, type DeadlineCode, type DeadlineInput } from "../../src/domain/deadlines";
import type { Holiday } from "../../src/domain/holidays";
import { parseDate } from "../../src/domain/parse/dates";

interface Case {
  readonly name: string;
  readonly fy: number;
  readonly T?: string;
  readonly A?: string;
  readonly P?: string;
  readonly roll?: boolean;
  readonly holidays?: Holiday[];
  readonly invalid?: DeadlineInput["invalid"];
  readonly today?: string;
  readonly expect: {
    dueBy?: string | null;
    postBy?: string | null;
    postedThrough?: string | null;
    takeDownFrom?: string | null;
    codes?: DeadlineCode[];
    states?: { announced: string; posted: string };
  };
}

const added = (date: string): Holiday => ({ date, name: "วันหยุดพิเศษตามมติคณะรัฐมนตรี", kind: "added" });

/** The legal dates, case by case. Day names were checked against the calendar. */
const CASES: Case[] = [
  { name: "ordinary year: due 30 days after the trigger, posted within 15, kept 30", fy: 2568, T: "2024-09-16", A: "2024-10-10", P: "2024-10-11", expect: { dueBy: "2024-10-16", postBy: "2024-10-25", postedThrough: "2024-11-10", takeDownFrom: "2024-11-11", codes: [] } },
  { name: "month end into a short February: due on a Sunday, no roll → warning", fy: 2568, T: "2025-01-31", expect: { dueBy: "2025-03-02", postBy: "2025-03-17", codes: ["DUE_ON_HOLIDAY"] } },
  { name: "month end into a short February: roll to Monday", fy: 2568, T: "2025-01-31", roll: true, expect: { dueBy: "2025-03-03", postBy: "2025-03-18", codes: [] } },
  { name: "leap year: due on 29 February", fy: 2567, T: "2024-01-30", expect: { dueBy: "2024-02-29", codes: [] } },
  // …and the latest posting, 15 days on, is 14 April: Songkran.
  { name: "trigger on 29 February: due on a Saturday", fy: 2567, T: "2024-02-29", expect: { dueBy: "2024-03-30", postBy: "2024-04-14", codes: ["DUE_ON_HOLIDAY", "DUE_ON_HOLIDAY"] } },
  { name: "trigger on 29 February, roll: to Monday 1 April", fy: 2567, T: "2024-02-29", roll: true, expect: { dueBy: "2024-04-01", codes: [] } },
  { name: "across the year end", fy: 2568, T: "2024-12-15", expect: { dueBy: "2025-01-14", codes: [] } },
  // The latest posting (20 Dec) is a Saturday too.
  { name: "due on a fixed holiday (5 Dec, a Friday)", fy: 2569, T: "2025-11-05", expect: { dueBy: "2025-12-05", postBy: "2025-12-20", codes: ["DUE_ON_HOLIDAY", "DUE_ON_HOLIDAY"] } },
  { name: "due on a fixed holiday, roll: over the weekend to Monday", fy: 2569, T: "2025-11-05", roll: true, expect: { dueBy: "2025-12-08", codes: [] } },
  { name: "due on a substitute day (5 Dec 2026 is a Saturday → Monday 7 Dec off)", fy: 2570, T: "2026-11-07", expect: { dueBy: "2026-12-07", codes: ["DUE_ON_HOLIDAY"] } },
  { name: "due on a substitute day, roll: Tuesday", fy: 2570, T: "2026-11-07", roll: true, expect: { dueBy: "2026-12-08", codes: [] } },
  { name: "due on a holiday added by hand", fy: 2569, T: "2025-09-16", holidays: [added("2025-10-16")], expect: { dueBy: "2025-10-16", codes: ["DUE_ON_HOLIDAY"] } },
  { name: "due on a holiday added by hand, roll: next day", fy: 2569, T: "2025-09-16", holidays: [added("2025-10-16")], roll: true, expect: { dueBy: "2025-10-17", codes: [] } },
  { name: "posting deadline on a Saturday", fy: 2569, T: "2025-09-20", A: "2025-10-03", expect: { dueBy: "2025-10-20", postBy: "2025-10-18", codes: ["DUE_ON_HOLIDAY"] } },
  { name: "posting deadline on a Saturday, roll: Monday", fy: 2569, T: "2025-09-20", A: "2025-10-03", roll: true, expect: { postBy: "2025-10-20", codes: [] } },
  { name: "posting deadline in Songkran", fy: 2569, T: "2026-03-02", A: "2026-03-31", P: "2026-04-02", expect: { dueBy: "2026-04-01", postBy: "2026-04-15", codes: ["DUE_ON_HOLIDAY"] } },
  { name: "posting deadline in Songkran, roll: after it", fy: 2569, T: "2026-03-02", A: "2026-03-31", P: "2026-04-02", roll: true, expect: { postBy: "2026-04-16", codes: [] } },
  { name: "announced on the last day: on time", fy: 2569, T: "2025-09-16", A: "2025-10-16", expect: { codes: [], states: { announced: "on-time", posted: "to-do" } } },
  // 1 Nov 2025 is a Saturday.
  { name: "announced a day late: the executive must extend", fy: 2569, T: "2025-09-16", A: "2025-10-17", expect: { postBy: "2025-11-01", codes: ["DUE_ON_HOLIDAY", "ANNOUNCED_AFTER_DUE"] } },
  { name: "announced on the Monday after a Saturday due date: late without the roll", fy: 2569, T: "2025-09-18", A: "2025-10-20", expect: { dueBy: "2025-10-18", codes: ["DUE_ON_HOLIDAY", "ANNOUNCED_AFTER_DUE"] } },
  { name: "…and on time with the roll", fy: 2569, T: "2025-09-18", A: "2025-10-20", roll: true, expect: { dueBy: "2025-10-20", codes: [] } },
  { name: "posted after the 15 days", fy: 2569, T: "2025-09-16", A: "2025-10-09", P: "2025-10-27", expect: { postBy: "2025-10-24", codes: ["POSTED_LATE"], states: { announced: "on-time", posted: "late" } } },
  { name: "posted on the last day; kept through P + 30", fy: 2569, T: "2025-09-16", A: "2025-10-09", P: "2025-10-24", expect: { postBy: "2025-10-24", postedThrough: "2025-11-23", takeDownFrom: "2025-11-24", codes: [] } },
  { name: "posted before it was announced", fy: 2569, T: "2025-09-16", A: "2025-10-09", P: "2025-10-08", expect: { codes: ["POSTED_LATE"] } },
  { name: "announced before the trigger", fy: 2569, T: "2025-09-16", A: "2025-09-10", expect: { codes: ["ANNOUNCED_BEFORE_TRIGGER"] } },
  { name: "posting length never moves, even on a weekend with the roll on", fy: 2569, T: "2025-09-16", A: "2025-10-10", P: "2025-10-18", roll: true, expect: { postBy: "2025-10-27", postedThrough: "2025-11-17", takeDownFrom: "2025-11-18", codes: [] } },
  { name: "not yet announced: the latest lawful dates, still to do", fy: 2569, T: "2025-09-16", today: "2025-10-01", expect: { dueBy: "2025-10-16", postBy: "2025-10-31", postedThrough: null, takeDownFrom: null, codes: [], states: { announced: "to-do", posted: "to-do" } } },
  { name: "not yet announced and the date has passed", fy: 2569, T: "2025-09-16", today: "2025-10-20", expect: { codes: [], states: { announced: "late", posted: "to-do" } } },
  { name: "no trigger date: nothing invented", fy: 2569, A: "2025-10-09", P: "2025-10-12", expect: { dueBy: null, postBy: "2025-10-24", postedThrough: "2025-11-11", codes: [] } },
  { name: "no dates at all", fy: 2569, expect: { dueBy: null, postBy: null, postedThrough: null, takeDownFrom: null, codes: [], states: { announced: "unknown", posted: "unknown" } } },
  // Its due date, 15 Oct 2023, is a Sunday.
  { name: "trigger from another fiscal year", fy: 2569, T: "2023-09-15", expect: { dueBy: "2023-10-15", codes: ["DUE_ON_HOLIDAY", "DATE_OUTSIDE_FY"] } },
  { name: "announcement date far outside the fiscal year", fy: 2569, A: "2027-01-05", expect: { codes: ["DATE_OUTSIDE_FY"] } },
  { name: "a date typed that could not be read", fy: 2569, T: "2025-09-16", invalid: ["announced"], expect: { codes: ["DATE_INVALID"] } },
];

describe("legal dates of the announcement", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const d = computeDeadlines({
      fiscalYear: c.fy,
      trigger: c.T ?? null,
      announced: c.A ?? null,
      posted: c.P ?? null,
      invalid: c.invalid,
      holidays: c.holidays ?? [],
      rollToWorkingDay: c.roll ?? false,
      today: c.today ?? "2025-10-01",
    });
    const e = c.expect;
    if (e.dueBy !== undefined) expect(d.dueBy).toBe(e.dueBy);
    if (e.postBy !== undefined) expect(d.postBy).toBe(e.postBy);
    if (e.postedThrough !== undefined) expect(d.postedThrough).toBe(e.postedThrough);
    if (e.takeDownFrom !== undefined) expect(d.takeDownFrom).toBe(e.takeDownFrom);
    if (e.codes) expect(d.findings.map((f) => f.code)).toEqual(e.codes);
    if (e.states) expect(d.states).toEqual(e.states);
    for (const f of d.findings) expect(f.message).toMatch(/[ก-๙]/);
  });

  it("has at least 30 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it("says the executive must extend when announced late", () => {
    const d = computeDeadlines({ fiscalYear: 2569, trigger: "2025-09-16", announced: "2025-10-20", posted: null, holidays: [], rollToWorkingDay: false, today: "2025-10-01" });
    expect(d.findings[0].fix).toContain("ขยายเวลา");
    expect(d.findings[0].message).toContain("16 ตุลาคม 2568");
  });

  it.each([
    ["16 ก.ย. 2568"],
    ["๑๖ กันยายน ๒๕๖๘"],
    ["16/09/2568"],
    ["16 ก.ย. 68"],
  ])("reads a Buddhist-era trigger typed as text: %s", (text) => {
    const p = parseDate(text);
    expect(p).toMatchObject({ kind: "date", iso: "2025-09-16" });
    const d = computeDeadlines({ fiscalYear: 2569, trigger: p.kind === "date" ? p.iso : null, announced: null, posted: null, holidays: [], rollToWorkingDay: false, today: "2025-10-01" });
    expect(d.dueBy).toBe("2025-10-16");
  });
});
