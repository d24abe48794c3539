/**
 * @jest-environment jsdom
 */
/**
 * The ติดตามผล step of the pane: the round proposed from ตั้งค่า's รอบรายงานผล (else the whole
 * year) and changed by the user, the run with its progress and ยกเลิก, the result (rows carried
 * over, the figures per ยุทธศาสตร์, behind schedule, findings with their cells), a refused run, the
 * question before replacing an edited รายงานผล, and runs from the ribbon.
 */
import { act } from "react";

jest.mock("../../src/host/actions", () => jest.requireActual("../support/paneActionsMock").paneActionsMock());
jest.mock("../../src/host/settingsActions", () => ({
  loadSettings: jest.fn(),
  saveSettingsForm: jest.fn(),
}));

import type { SettingsForm } from "../../src/commands/settingsForm";
import type { TrackOutcome } from "../../src/commands/trackResult";
import type { Finding } from "../../src/domain/findings";
import type { StrategyTracking, TrackingFigures } from "../../src/domain/tracking/types";
import type { TrackOptions } from "../../src/host/actions";
import { runTrack, selectCell } from "../../src/host/actions";
import { pendingConfirmation, requestConfirmation } from "../../src/host/confirmations";
import { publish, publishProgress } from "../../src/host/resultBus";
import { loadSettings } from "../../src/host/settingsActions";
import { App } from "../../src/taskpane/App";
import { disbursedPercent } from "../../src/taskpane/components/TrackStep";
import { roundFromSetting, trackFraction } from "../../src/taskpane/trackProgress";
import { CancelledError } from "../../src/workbook/port";
import { buttonIn, stepCard, unavailable, usePaneRoot } from "../support/paneHarness";

const track = runTrack as jest.MockedFunction<typeof runTrack>;
const select = selectCell as jest.MockedFunction<typeof selectCell>;
const load = loadSettings as jest.MockedFunction<typeof loadSettings>;

const pane = usePaneRoot();
const card = () => stepCard(pane.container(), "ติดตามผล", "Track progress");
const text = () => card().textContent ?? "";
const button = (label: string | RegExp, within: HTMLElement = card()) => buttonIn(within, label);
const dialog = () => document.querySelector<HTMLElement>('[role="alertdialog"], [role="dialog"]');
const radio = (value: "half" | "year") => card().querySelector<HTMLInputElement>(`[data-testid="track-round"] input[value="${value}"]`)!;
const byTestId = (id: string) => card().querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

/** ตั้งค่า as an officer left it: รอบรายงานผล typed by hand as "6 เดือน" rather than picked from the list. */
function form(round: string | null): SettingsForm {
  return {
    sheet: "ตั้งค่า",
    fields: {
      fiscalYear: { key: "fiscalYear", kind: "year", cell: "B7", raw: 2569, text: "2569", value: 2569, invalid: false },
      ...(round === null ? {} : { trackingRound: { key: "trackingRound", kind: "choice", cell: "B18", raw: round, text: round, value: round, invalid: false } }),
    },
    missing: round === null ? ["trackingRound"] : [],
  } as SettingsForm;
}

const figures = (projects: number, done: number, inProgress: number, notStarted: number, cancelled: number, budget: number, disbursed: number): TrackingFigures => ({
  projects,
  done,
  inProgress,
  notStarted,
  cancelled,
  budget,
  disbursed,
});

// Two strategies, five projects: 2 + 1 done, 1 under way, 1 not started; ฿1,632,820.50 planned, ฿612,000 disbursed.
const S1: StrategyTracking = { name: "1. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน", number: 1, plans: [], ...figures(3, 2, 1, 0, 0, 1500000, 600000) };
const S2: StrategyTracking = { name: "2. ยุทธศาสตร์การพัฒนาคนและสังคม", number: 2, plans: [], ...figures(2, 1, 0, 1, 0, 132820.5, 12000) };

const OVER: Finding = {
  code: "BUDGET_INVALID",
  severity: "warning",
  sheet: "ติดตามผล",
  cell: "I5",
  message: "เบิกจ่ายเกินงบประมาณ",
  fix: "ตรวจจำนวนเงินเบิกจ่าย",
  row: 5,
};

function outcome(partial: Partial<TrackOutcome> = {}): TrackOutcome {
  return {
    written: ["ติดตามผล", "รายงานผล"],
    trackingSheet: "ติดตามผล",
    reportSheet: "รายงานผล",
    rows: { total: 6, byKey: 3, byName: 1, added: 1, dropped: 1 },
    tracking: {
      fiscalYear: 2569,
      round: "half",
      from: "2025-10-01",
      to: "2026-03-31",
      asOf: "2026-03-31",
      strategies: [S1, S2],
      total: figures(5, 3, 1, 1, 0, 1632820.5, 612000),
      behind: [
        { project: 4, name: "โครงการอบรมอาสาสมัคร", strategy: S2.name, plan: "แผนงานสังคมสงเคราะห์", months: "ธ.ค. 68 – ก.พ. 69", allPassed: true, row: 8 },
        { project: 5, name: "โครงการใหม่กลางปี", strategy: S2.name, plan: "แผนงานการศึกษา", months: "มี.ค. 69", allPassed: false, row: null },
      ],
    },
    findings: [OVER],
    refused: [],
    replacedEdited: [],
    cancelled: false,
    ...partial,
  };
}

/** A table's rows as the cells' texts. */
const rows = (testId: string) =>
  Array.from(card().querySelectorAll(`[data-testid="${testId}"] tr`)).map((tr) => Array.from(tr.querySelectorAll("th, td")).map((c) => c.textContent ?? ""));

beforeEach(() => {
  track.mockReset();
  select.mockReset().mockResolvedValue(undefined);
  load.mockReset().mockResolvedValue(form(null));
});

describe("track step", () => {
  it("is step 6, after ประกาศ, with its icon, the round and the ติดตามผล button", async () => {
    await render();
    expect(text()).toContain("ขั้นที่ 6");
    expect(card().querySelector("img")?.getAttribute("src")).toBe("assets/track-32.png");
    const headings = Array.from(pane.container().querySelectorAll("h2")).map((h) => h.textContent);
    expect(headings.indexOf("ติดตามผล")).toBe(headings.indexOf("ประกาศ") + 1);
    expect(unavailable(button("ติดตามผล"))).toBe(false);
    expect(byTestId("track-result")).toBeNull();
    // ตั้งค่า says nothing: the whole year.
    expect(radio("year").checked).toBe(true);
    expect(radio("half").checked).toBe(false);
    expect(text()).not.toContain("ตามชีตตั้งค่า");
  });

  it("proposes ตั้งค่า's round, typed as officers type it, and runs with the one chosen", async () => {
    load.mockResolvedValue(form("6 เดือน"));
    track.mockResolvedValue(outcome());
    await render();
    expect(radio("half").checked).toBe(true);
    expect(text()).toContain("ตามชีตตั้งค่า");
    await click(button("ติดตามผล"));
    expect(track).toHaveBeenLastCalledWith(expect.objectContaining({ source: "pane", round: "half" }));
    // The user's choice beats ตั้งค่า's.
    await click(radio("year"));
    expect(radio("year").checked).toBe(true);
    expect(text()).not.toContain("ตามชีตตั้งค่า");
    await click(button("ติดตามผล"));
    expect(track).toHaveBeenLastCalledWith(expect.objectContaining({ round: "year" }));
  });

  it("shows the progress with ยกเลิก, then the rows carried over, the figures per ยุทธศาสตร์ and the total", async () => {
    const pending = deferred<TrackOutcome>();
    let options: TrackOptions | undefined;
    track.mockImplementation((o) => {
      options = o;
      return pending.promise;
    });
    await render();
    await click(button("ติดตามผล"));
    expect(unavailable(button("ติดตามผล"))).toBe(true);
    expect(text()).toContain("กำลังเริ่มติดตามผล…");
    await act(async () => options!.onProgress!({ stage: "write", done: 1, total: 2 }));
    expect(Number(card().querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow"))).toBeCloseTo(0.775);
    expect(text()).toContain("กำลังเขียนชีตติดตามผลและรายงานผล… 78%");
    expect(button("ยกเลิก")).toBeDefined();
    await act(async () => pending.resolve(outcome()));

    expect(byTestId("track-outcome")?.textContent).toContain("เขียนชีต “ติดตามผล” และ “รายงานผล” แล้ว");
    expect(byTestId("track-period")?.textContent).toBe("ปีงบประมาณ พ.ศ.\u00a02569 รอบ 6 เดือน (ต.ค.–มี.ค.) (1 ตุลาคม 2568 – 31 มีนาคม 2569) ข้อมูล ณ วันที่ 31 มีนาคม 2569");
    expect(byTestId("track-rows-by-key")?.textContent).toBe("ข้อมูลเดิมตรงกับโครงการตามรหัส 3 แถว");
    expect(byTestId("track-rows-by-name")?.textContent).toBe("ข้อมูลเดิมตรงกับโครงการตามชื่อ 1 แถว");
    expect(byTestId("track-rows-added")?.textContent).toBe("โครงการใหม่ที่เพิ่มเข้ามา 1 แถว");
    expect(byTestId("track-rows-dropped")?.textContent).toContain("ไม่อยู่ในแผนแล้วแต่คงไว้ 1 แถว");
    expect(rows("track-counts")).toEqual([
      ["ในแผน", "เสร็จ", "ระหว่าง", "ยังไม่เริ่ม", "ยกเลิก"],
      [S1.name],
      ["3", "2", "1", "0", "0"],
      [S2.name],
      ["2", "1", "0", "1", "0"],
      ["รวม"],
      ["5", "3", "1", "1", "0"],
    ]);
    // 600,000 of 1,500,000 is 40%; 12,000 of 132,820.50 is 9.03%; 612,000 of 1,632,820.50 is 37.48%.
    expect(rows("track-money")).toEqual([
      ["งบประมาณ", "เบิกจ่าย", "% เบิกจ่าย"],
      [S1.name],
      ["1,500,000.00", "600,000.00", "40.00"],
      [S2.name],
      ["132,820.50", "12,000.00", "9.03"],
      ["รวม"],
      ["1,632,820.50", "612,000.00", "37.48"],
    ]);
  });

  it("lists the projects behind schedule, each row a button to its cell, and the findings with theirs", async () => {
    track.mockResolvedValue(outcome());
    await render();
    await click(button("ติดตามผล"));
    const behind = byTestId("track-behind")!;
    expect(behind.textContent).toContain("โครงการที่ล่าช้ากว่าแผน (2)");
    const items = Array.from(behind.querySelectorAll('[data-testid="track-behind-item"]')).map((e) => e.textContent ?? "");
    expect(items[0]).toContain("โครงการอบรมอาสาสมัคร · ตามแผน ธ.ค. 68 – ก.พ. 69");
    expect(items[0]).toContain("เลยทุกเดือนตามแผนแล้ว");
    // New to the sheet: no row to go to, and not all months passed.
    expect(items[1]).not.toContain("แถว");
    expect(items[1]).not.toContain("เลยทุกเดือน");
    await click(button("ชีต “ติดตามผล” แถว 8", behind));
    expect(select).toHaveBeenLastCalledWith("ติดตามผล", "A8");
    // The finding goes to its cell as everywhere else.
    expect(text()).toContain("เบิกจ่ายเกินงบประมาณ");
    await click(button(/เบิกจ่ายเกินงบประมาณ/));
    expect(select).toHaveBeenLastCalledWith("ติดตามผล", "I5");
    await click(button("รายงานผล", byTestId("track-sheets")!));
    expect(select).toHaveBeenLastCalledWith("รายงานผล", "A1");
  });

  it("a refused run says plainly that nothing was written, with the reasons and their cells, and no figures", async () => {
    const unread: Finding = {
      code: "BUDGET_INVALID",
      severity: "error",
      sheet: "ติดตามผล",
      cell: "I7",
      message: "อ่านจำนวนเงินเบิกจ่าย “ห้าหมื่น” ไม่ได้",
      fix: "พิมพ์เป็นตัวเลข เช่น 50000",
      row: 7,
    };
    track.mockResolvedValue(outcome({ written: [], refused: [unread], tracking: null, findings: [], rows: { total: 0, byKey: 0, byName: 0, added: 0, dropped: 0 } }));
    await render();
    await click(button("ติดตามผล"));
    expect(byTestId("track-refused")?.textContent).toContain("ติดตามผลไม่ได้ ไม่ได้เขียนชีตใด");
    expect(text()).toContain("อ่านจำนวนเงินเบิกจ่าย “ห้าหมื่น” ไม่ได้");
    expect(byTestId("track-counts")).toBeNull();
    expect(byTestId("track-outcome")).toBeNull();
    expect(byTestId("track-sheets")).toBeNull();
    await click(button(/ห้าหมื่น/));
    expect(select).toHaveBeenLastCalledWith("ติดตามผล", "I7");
  });

  it("asks before replacing a รายงานผล edited by hand; ยกเลิก answers no and nothing was changed", async () => {
    let answer: boolean | undefined;
    track.mockImplementation(async () => {
      answer = await requestConfirmation({ action: "trackPlan", source: "pane", sheets: ["รายงานผล"] });
      return outcome({ written: [], cancelled: true });
    });
    await render();
    await click(button("ติดตามผล"));
    expect(dialog()?.textContent).toContain("“รายงานผล”");
    expect(text()).toContain("รอคำตอบ: แทนที่ชีตรายงานผลที่ถูกแก้ไขด้วยมือหรือไม่");
    await click(button("ยกเลิก", dialog()!));
    expect(answer).toBe(false);
    expect(pendingConfirmation()).toBeUndefined();
    expect(byTestId("track-outcome")?.textContent).toContain("ยกเลิกแล้ว ไม่ได้แก้ไขชีตใด");
    expect(byTestId("track-counts")).toBeNull();
  });

  it("ยกเลิก during the run keeps the result before it", async () => {
    track.mockResolvedValueOnce(outcome());
    await render();
    await click(button("ติดตามผล"));
    track.mockImplementationOnce(
      (o) =>
        new Promise<TrackOutcome>((_, reject) => {
          o?.signal?.addEventListener("abort", () => reject(new CancelledError()));
        }),
    );
    await click(button("ติดตามผล"));
    await click(button("ยกเลิก"));
    expect(byTestId("track-run-cancelled")).not.toBeNull();
    expect(byTestId("track-counts")).not.toBeNull();
  });

  it("shows a ribbon run's progress and outcome, and says where it came from", async () => {
    await render();
    await act(async () => publishProgress({ action: "trackPlan", source: "ribbon", progress: { stage: "read", done: 1, total: 1 } }));
    expect(Number(card().querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow"))).toBeCloseTo(0.45);
    expect(() => button("ยกเลิก")).toThrow();
    await act(async () => publish({ action: "trackPlan", source: "ribbon", ok: true, result: outcome({ replacedEdited: ["รายงานผล"] }) }));
    expect(text()).toContain("ผลจากปุ่ม “ติดตามผล” บนริบบอน");
    expect(byTestId("track-outcome")?.textContent).toContain("แทนที่ชีตที่ถูกแก้ไขด้วยมือแล้ว: “รายงานผล”");
    expect(rows("track-counts")).toHaveLength(7);
  });

  it("shows a failure in the user's language", async () => {
    track.mockRejectedValue(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    await render("en");
    await click(button("Track progress"));
    expect(text()).toContain("Could not finish");
  });
});

describe("the round from ตั้งค่า and the progress", () => {
  it("reads รอบรายงานผล as officers give it", () => {
    const cases: [string, "half" | "year" | null][] = [
      ["6 เดือน (ต.ค.–มี.ค.)", "half"],
      ["12 เดือน (ต.ค.–ก.ย.)", "year"],
      [" 6 เดือน ", "half"],
      ["๖ เดือน", "half"],
      ["ครึ่งปี", "half"],
      ["รอบเดือนเมษายน", "half"],
      ["1 ต.ค. 68 – 31 มี.ค. 69", "half"],
      ["ทั้งปี", "year"],
      ["12", "year"],
      ["1 ต.ค. 68 - 30 ก.ย. 69", "year"],
      ["", null],
      ["   ", null],
      ["ไตรมาส", null],
    ];
    for (const [typed, round] of cases) expect({ typed, round: roundFromSetting(typed) }).toEqual({ typed, round });
  });

  it("fills the bar over reading, matching and writing, never past the end", () => {
    expect(trackFraction(null)).toBe(0);
    expect(trackFraction({ stage: "read", done: 0, total: 10 })).toBe(0);
    expect(trackFraction({ stage: "merge", done: 1, total: 1 })).toBeCloseTo(0.55);
    expect(trackFraction({ stage: "write", done: 5, total: 2 })).toBeCloseTo(1);
    expect(trackFraction({ stage: "write", done: 0, total: 0 })).toBeCloseTo(1);
  });

  it("gives 0% disbursed with no budget rather than dividing by zero", () => {
    expect(disbursedPercent({ budget: 0, disbursed: 5000 })).toBe(0);
    expect(disbursedPercent({ budget: 200000, disbursed: 50000 })).toBe(25);
  });
});

async function render(lang?: "th" | "en"): Promise<void> {
  await pane.render(<App {...(lang ? { lang } : {})} />);
  // loadSettings resolves after the first paint.
  await act(async () => undefined);
}
