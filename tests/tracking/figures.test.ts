import { FINDING_CODES } from "../../src/domain/findings";
import { mergeTracking, projectKeys } from "../../src/domain/tracking/merge";
import { EQUIPMENT_GROUP, NO_PLAN_GROUP, NO_STRATEGY_GROUP, plannedMonthsText, roundDates, summarizeTracking } from "../../src/domain/tracking/figures";
import type { TrackingEntry } from "../../src/domain/tracking/types";
import type { PlanProject } from "../../src/domain/planModel";
import { entry, months, NO_MONTHS, P_EDU, P_WORKS, planOf, project, reading, S1, S2 } from "./helpers";

const on = (...idx: number[]) => Array.from({ length: 12 }, (_, i) => idx.includes(i));

describe("plannedMonthsText", () => {
  it("prints runs, separate months, the whole year and nothing", () => {
    expect(plannedMonthsText(months(2, 4), 2569)).toBe("ธ.ค. 68 – ก.พ. 69");
    expect(plannedMonthsText(on(0, 3), 2569)).toBe("ต.ค. 68, ม.ค. 69");
    expect(plannedMonthsText(on(0, 1, 5, 11), 2569)).toBe("ต.ค. 68 – พ.ย. 68, มี.ค. 69, ก.ย. 69");
    expect(plannedMonthsText(months(0, 11), 2569)).toBe("ทั้งปี");
    expect(plannedMonthsText(NO_MONTHS, 2569)).toBe("");
    expect(plannedMonthsText(on(11), 2570)).toBe("ก.ย. 70");
    expect(plannedMonthsText(months(2, 4), 2569, true)).toBe("ธ.ค. ๖๘ – ก.พ. ๖๙");
  });
});

describe("roundDates", () => {
  it("runs from 1 ต.ค. of the year before to 31 มี.ค. or 30 ก.ย.", () => {
    expect(roundDates(2569, "half")).toEqual({ from: "2025-10-01", to: "2026-03-31" });
    expect(roundDates(2569, "year")).toEqual({ from: "2025-10-01", to: "2026-09-30" });
  });
});

/** A plan of FY2569 and the officer's sheet in February 2026; the truth is worked out beside each row. */
function februaryCase() {
  const projects: PlanProject[] = [
    // 0: done, 95,500.50 typed as text
    project({ name: "โครงการก่อสร้างถนน คสล.", strategy: S1, plan: P_WORKS, budget: 100_000, months: months(2, 4) }),
    // 1: blank status = not started, planned ต.ค.–พ.ย.: behind, every month passed
    project({ name: "โครงการขุดลอกลำห้วย", strategy: S1, plan: P_WORKS, budget: 50_000, months: months(0, 1) }),
    // 2: not started, planned ม.ค.–มี.ค.: behind (ม.ค. ended), not all passed
    project({ name: "โครงการปรับปรุงภูมิทัศน์", strategy: S1, plan: P_WORKS, budget: 1_000.1, months: months(3, 5) }),
    // 3: not started, planned ก.พ.–เม.ย.: ก.พ. has not ended on 15 Feb, not behind
    project({ name: "โครงการซ่อมแซมประปา", strategy: S1, plan: P_WORKS, budget: 2_000.2, months: months(4, 6) }),
    // 4: in progress, 10,000.20
    project({ name: "โครงการอาหารกลางวัน", strategy: S2, plan: P_EDU, budget: 20_000.1, months: months(0, 11) }),
    // 5: cancelled, planned ต.ค.: cancelled is never behind
    project({ name: "โครงการอบรมอาชีพ", strategy: S2, plan: null, budget: 15_000.3, months: on(0) }),
    // 6: equipment, new to the sheet (no entry), planned ม.ค.: behind, no row
    project({ name: "ครุภัณฑ์คอมพิวเตอร์", kind: "equipment", strategy: S1, plan: P_WORKS, budget: 30_000, months: on(3) }),
    // 7: no strategy, no plan, no months: not started, never behind
    project({ name: "โครงการสำรวจข้อมูล", strategy: null, plan: null, budget: 5_000, months: NO_MONTHS }),
  ];
  const keys = projectKeys(projects);
  const entries: TrackingEntry[] = [
    entry(5, projects[0].name, keys[0], { status: "เสร็จแล้ว", disbursed: " 95,500.50 ", started: { date: "2025-12-01" }, finished: "15 ก.พ. 2569" }),
    entry(6, projects[1].name, keys[1], { status: "   ", disbursed: "-" }),
    entry(7, projects[2].name, keys[2], { status: "ยังไม่ดำเนินการ" }),
    entry(8, projects[3].name, keys[3]),
    entry(9, projects[4].name, keys[4], { status: "กำลังดำเนินการ", disbursed: 10_000.2, started: 46023 }),
    entry(10, projects[5].name, keys[5], { status: "ยกเลิก", started: "-" }),
    entry(12, projects[7].name, null, { status: "ยังไม่ได้ดำเนินการ" }),
    // no longer in the plan: kept, never counted
    entry(13, "โครงการที่ตัดออก", "โครงการที่ตัดออก | แผนงานการศึกษา", { status: "เสร็จ", disbursed: 999 }),
  ];
  const plan = planOf(projects);
  return { plan, projects, merged: mergeTracking(projects, reading(entries)) };
}

describe("summarizeTracking", () => {
  it("counts per ยุทธศาสตร์ and แผนงาน, then ครุภัณฑ์, then ยังไม่ระบุ, with totals to the satang", () => {
    const { plan, merged } = februaryCase();
    const { summary, findings } = summarizeTracking(plan, merged, { round: "half", today: "2026-02-15", sheet: "ติดตามผล" });
    expect(summary).toMatchObject({ fiscalYear: 2569, round: "half", from: "2025-10-01", to: "2026-03-31", asOf: "2026-02-15" });
    expect(summary.strategies.map((s) => [s.name, s.number, s.plans.map((p) => p.name)])).toEqual([
      [S1, 1, [P_WORKS]],
      [S2, 2, [P_EDU, NO_PLAN_GROUP]],
      [EQUIPMENT_GROUP, null, [P_WORKS]],
      [NO_STRATEGY_GROUP, null, [NO_PLAN_GROUP]],
    ]);
    const [s1, s2, eq, none] = summary.strategies;
    // 100,000 + 50,000 + 1,000.10 + 2,000.20; in floats 153000.30000000002
    expect(s1).toMatchObject({ projects: 4, done: 1, inProgress: 0, notStarted: 3, cancelled: 0, budget: 153_000.3, disbursed: 95_500.5 });
    expect(s2).toMatchObject({ projects: 2, done: 0, inProgress: 1, notStarted: 0, cancelled: 1, budget: 35_000.4, disbursed: 10_000.2 });
    expect(s2.plans[1]).toEqual({ name: NO_PLAN_GROUP, projects: 1, done: 0, inProgress: 0, notStarted: 0, cancelled: 1, budget: 15_000.3, disbursed: 0 });
    expect(eq).toMatchObject({ projects: 1, notStarted: 1, budget: 30_000, disbursed: 0 });
    expect(none).toMatchObject({ projects: 1, notStarted: 1, budget: 5_000 });
    // the dropped row's "เสร็จ" and 999 are not in the total
    expect(summary.total).toEqual({ projects: 8, done: 1, inProgress: 1, notStarted: 5, cancelled: 1, budget: 223_000.7, disbursed: 105_500.7 });

    expect(summary.behind).toEqual([
      { project: 1, name: "โครงการขุดลอกลำห้วย", strategy: S1, plan: P_WORKS, months: "ต.ค. 68 – พ.ย. 68", allPassed: true, row: 6 },
      { project: 2, name: "โครงการปรับปรุงภูมิทัศน์", strategy: S1, plan: P_WORKS, months: "ม.ค. 69 – มี.ค. 69", allPassed: false, row: 7 },
      { project: 6, name: "ครุภัณฑ์คอมพิวเตอร์", strategy: EQUIPMENT_GROUP, plan: P_WORKS, months: "ม.ค. 69", allPassed: true, row: null },
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.row])).toEqual([
      ["TRACK_BEHIND", "warning", "H6", 6],
      ["TRACK_BEHIND", "warning", "H7", 7],
      ["TRACK_BEHIND", "warning", "", undefined],
      ["TRACK_DROPPED", "info", "H13", undefined],
    ]);
    const dropped = findings.find((f) => f.code === "TRACK_DROPPED")!;
    expect(dropped.count).toBe(1);
    expect(dropped.message).toContain("โครงการที่ตัดออก");
    expect(findings[0].message).toContain("ต.ค. 68 – พ.ย. 68");
    expect(findings[0].fix).toContain("H6");
  });

  it("stands at the round's end once it has passed, and the year round sees later months", () => {
    const { plan, merged } = februaryCase();
    const half = summarizeTracking(plan, merged, { round: "half", today: "2026-08-20", sheet: "ติดตามผล" }).summary;
    expect(half.asOf).toBe("2026-03-31");
    // ม.ค.–มี.ค.: the round is over, so มี.ค. has ended with it; ก.พ.–เม.ย. has begun but not all passed
    expect(half.behind.map((b) => [b.project, b.allPassed])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [6, true],
    ]);
    const year = summarizeTracking(plan, merged, { round: "year", today: "2026-08-20", sheet: "ติดตามผล" }).summary;
    expect(year.asOf).toBe("2026-08-20");
    expect(year.behind.find((b) => b.project === 3)?.allPassed).toBe(true);
  });

  it("on the last day of a month, that month has not ended yet", () => {
    const p = [project({ name: "โครงการ ก", months: on(0) }), project({ name: "โครงการ มี.ค.", months: on(5) })];
    const m = mergeTracking(p, null);
    const behind = (round: "half" | "year", today: string) => summarizeTracking(planOf(p), m, { round, today, sheet: "ติดตามผล" }).summary.behind.map((b) => b.project);
    expect(behind("year", "2025-10-31")).toEqual([]);
    expect(behind("year", "2025-11-01")).toEqual([0]);
    // on 31 มี.ค. the half round is still running; after it, มี.ค. is over for that round
    expect(behind("half", "2026-03-31")).toEqual([0]);
    expect(behind("half", "2026-04-01")).toEqual([0, 1]);
  });

  it("reports what cannot be taken as typed, on its cell", () => {
    const projects = [
      project({ name: "โครงการ 1", budget: 10_000 }),
      project({ name: "โครงการ 2", budget: 10_000 }),
      project({ name: "โครงการ 3", budget: 10_000 }),
      project({ name: "โครงการ 4", budget: 10_000 }),
      project({ name: "โครงการ 5", budget: 10_000 }),
      project({ name: "โครงการ 6", budget: 10_000 }),
      project({ name: "โครงการ 7", budget: 10_000 }),
      project({ name: "โครงการ 8", budget: 10_000 }),
    ];
    const keys = projectKeys(projects);
    const entries = [
      entry(5, "", keys[0], { status: "รอเบิก" }),
      entry(6, "", keys[1], { status: "เสร็จ", disbursed: "ห้าพันบาท" }),
      entry(7, "", keys[2], { status: "เสร็จ", disbursed: { date: "2026-01-05" } }),
      entry(8, "", keys[3], { status: "เสร็จ", disbursed: "(500)" }),
      entry(9, "", keys[4], { status: "เสร็จ", disbursed: "12,000.50 บาท" }),
      entry(10, "", keys[5], { disbursed: "2,000" }),
      entry(11, "", keys[6], { status: "เสร็จ", started: "ต้นเดือน", finished: true }),
      entry(12, "", keys[7], { status: "เสร็จ", started: "15 ม.ค. 69", finished: "-", disbursed: true }),
    ];
    const { summary, findings } = summarizeTracking(planOf(projects, { strategies: [] }), mergeTracking(projects, reading(entries)), {
      round: "year",
      today: "2025-10-15",
      sheet: "ติดตามผล",
    });
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["TRACK_STATUS_UNKNOWN", "error", "H5"],
      ["TRACK_AMOUNT_INVALID", "error", "I6"],
      ["TRACK_AMOUNT_INVALID", "error", "I7"],
      ["TRACK_AMOUNT_NEGATIVE", "error", "I8"],
      ["TRACK_OVER_BUDGET", "warning", "I9"],
      ["TRACK_DISBURSED_NOT_STARTED", "warning", "I10"],
      ["TRACK_DATE_INVALID", "warning", "J11"],
      ["TRACK_DATE_INVALID", "warning", "K11"],
      ["TRACK_AMOUNT_INVALID", "error", "I12"],
    ]);
    const unknown = findings[0];
    expect(unknown.message).toContain('"รอเบิก"');
    expect(unknown.message).toContain("ติดตามผล");
    for (const w of ["ยังไม่ได้ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ยกเลิก"]) expect(unknown.fix).toContain(w);
    expect(findings[4].message).toContain("12,000.50");
    expect(findings.every((f) => f.sheet === "ติดตามผล" && f.message !== "" && f.fix !== "")).toBe(true);
    // the unknown status counts as a project but in no status; the readable amounts add up
    expect(summary.total).toMatchObject({ projects: 8, done: 6, notStarted: 1, disbursed: 14_000.5 });
    // no project has months set before 15 Oct
    expect(summary.behind).toEqual([]);
  });

  it("leaves out empty groups and every row no longer in the plan", () => {
    const p = [project({ name: "โครงการ ก", strategy: S2, plan: P_EDU, budget: 1 })];
    const m = mergeTracking(p, reading([entry(5, "เก่า", "เก่า | แผนงานการศึกษา", { status: "เสร็จ", disbursed: 5 })]));
    const { summary } = summarizeTracking(planOf(p), m, { round: "year", today: "2026-01-01", sheet: "ติดตามผล" });
    expect(summary.strategies.map((s) => s.name)).toEqual([S2]);
    expect(summary.total).toMatchObject({ projects: 1, done: 0, notStarted: 1, disbursed: 0 });
  });

  it("knows every code it reports", () => {
    for (const c of ["TRACK_STATUS_UNKNOWN", "TRACK_AMOUNT_INVALID", "TRACK_AMOUNT_NEGATIVE", "TRACK_OVER_BUDGET", "TRACK_DISBURSED_NOT_STARTED", "TRACK_DATE_INVALID", "TRACK_DROPPED", "TRACK_BEHIND"])
      expect(FINDING_CODES).toContain(c);
  });
});
