/**
 * @jest-environment jsdom
 */
/**
 * The plan at a glance: what it shows in each state (reading, figures, countdown colours, no
 * template, a failed read), and when the pane reads the overview again (mount, refresh button,
 * a quiet moment after input changes, every successful run).
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

jest.mock("../../src/host/overviewActions", () => ({ readOverview: jest.fn() }));
jest.mock("../../src/host/watch", () => ({ watchWorkbook: jest.fn() }));

import type { PlanOverview } from "../../src/commands/planOverview";
import { HostError } from "../../src/host/errors";
import { readOverview } from "../../src/host/overviewActions";
import { publish } from "../../src/host/resultBus";
import { resetBus } from "../../src/host/busState";
import { watchWorkbook, type WorkbookChange } from "../../src/host/watch";
import { PlanGlance, dueLine, shortDate } from "../../src/taskpane/components/PlanGlance";
import type { Lang } from "../../src/host/language";
import { LangContext } from "../../src/taskpane/lang";
import { OVERVIEW_DEBOUNCE_MS, usePaneStatus, type OverviewView } from "../../src/taskpane/usePaneStatus";
import "../support/jsdomReact";

const read = readOverview as jest.MockedFunction<typeof readOverview>;
const watch = watchWorkbook as jest.MockedFunction<typeof watchWorkbook>;

const OVERVIEW: PlanOverview = {
  orgFullName: "องค์การบริหารส่วนตำบลบ้านใหม่",
  fiscalYear: 2570,
  edition: "เพิ่มเติม ฉบับที่ 1",
  projects: 1234,
  budget: 37_612_345.5,
  dueBy: "2026-10-20",
  daysLeft: 12,
  announced: null,
  hasTemplate: true,
  projectSheets: ["โครงการ"],
};

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  resetBus();
  read.mockReset();
  watch.mockReset();
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  jest.useRealTimers();
});

async function render(ui: React.ReactElement, lang: Lang = "th"): Promise<void> {
  await act(async () => {
    root.render(<LangContext.Provider value={lang}>{ui}</LangContext.Provider>);
  });
}

const text = () => container.textContent ?? "";
const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** The description list as label → value, as a screen reader pairs them. */
function figures(): Record<string, string> {
  const dl = container.querySelector("dl");
  if (!dl) throw new Error(`no figures in: ${text()}`);
  const out: Record<string, string> = {};
  for (const dt of Array.from(dl.querySelectorAll("dt"))) {
    const dd = dt.nextElementSibling;
    expect(dd?.tagName).toBe("DD");
    out[dt.textContent ?? ""] = dd?.textContent ?? "";
  }
  return out;
}

const view = (over: Partial<OverviewView> = {}): OverviewView => ({ overview: OVERVIEW, at: 1, loading: false, error: null, ...over });

describe("plan at a glance", () => {
  it("shows each figure under its label, formatted", async () => {
    await render(<PlanGlance view={view()} onRefresh={() => undefined} />);
    expect(figures()).toEqual({
      "อปท.": "องค์การบริหารส่วนตำบลบ้านใหม่",
      ปีงบประมาณ: "พ.ศ.\u00a02570",
      ฉบับ: "เพิ่มเติม ฉบับที่ 1",
      จำนวนโครงการ: "1,234",
      งบประมาณรวม: "37,612,345.50\u00a0บาท",
      กำหนดประกาศ: "เหลือ 12 วันถึงกำหนดประกาศ (20 ต.ค. 2569)",
    });
    expect(byTestId("glance-due")!.dataset.tone).toBe("neutral");
    const region = container.querySelector('[role="region"]')!;
    expect(document.getElementById(region.getAttribute("aria-labelledby")!)!.textContent).toBe("แผนโดยสรุป");
  });

  it("colours the countdown: warning under 7 days and on the day, danger when late, success once announced", async () => {
    const cases: [Partial<PlanOverview>, string, string][] = [
      [{ daysLeft: 7 }, "neutral", "เหลือ 7 วันถึงกำหนดประกาศ (20 ต.ค. 2569)"],
      [{ daysLeft: 6 }, "warning", "เหลือ 6 วันถึงกำหนดประกาศ (20 ต.ค. 2569)"],
      [{ daysLeft: 0 }, "warning", "ครบกำหนดประกาศวันนี้ (20 ต.ค. 2569)"],
      [{ daysLeft: -3 }, "danger", "เลยกำหนดประกาศมาแล้ว 3 วัน (20 ต.ค. 2569)"],
      [{ daysLeft: -3, announced: "2026-10-15" }, "success", "ประกาศแล้ว วันที่ 15 ต.ค. 2569"],
      [{ dueBy: null, daysLeft: null }, "neutral", "ยังไม่ทราบ: กรอกวันที่ประกาศใช้ข้อบัญญัติงบประมาณในชีตตั้งค่า"],
    ];
    for (const [over, tone, words] of cases) {
      await render(<PlanGlance view={view({ overview: { ...OVERVIEW, ...over } })} onRefresh={() => undefined} />);
      const due = byTestId("glance-due")!;
      expect({ over, tone: due.dataset.tone, words: due.textContent }).toEqual({ over, tone, words });
      // Not colour alone: warning and danger carry a sign too.
      expect({ over, icon: due.querySelector("svg") !== null }).toEqual({ over, icon: tone === "warning" || tone === "danger" });
    }
  });

  it("says what is missing rather than showing blanks", async () => {
    await render(<PlanGlance view={view({ overview: { ...OVERVIEW, orgFullName: null, fiscalYear: null } })} onRefresh={() => undefined} />);
    expect(figures()["อปท."]).toBe("ยังไม่ได้ระบุในชีตตั้งค่า");
    expect(figures()["ปีงบประมาณ"]).toBe("ไม่ทราบ");
  });

  it("points at step 1 when the workbook has no template", async () => {
    await render(<PlanGlance view={view({ overview: { ...OVERVIEW, hasTemplate: false } })} onRefresh={() => undefined} />);
    expect(byTestId("glance-no-template")!.textContent).toBe("สมุดงานนี้ยังไม่มีชีตของแผน เริ่มที่ขั้นที่ 1 แม่แบบ");
    expect(container.querySelector("dl")).toBeNull();
  });

  it("shows a skeleton and กำลังอ่าน… before the first read, and keeps the figures while reading again", async () => {
    const onRefresh = jest.fn();
    await render(<PlanGlance view={view({ overview: null, loading: true })} onRefresh={onRefresh} />);
    expect(byTestId("glance-loading")!.textContent).toContain("กำลังอ่าน…");
    expect(container.querySelector("dl")).toBeNull();
    // Unavailable but still focusable: pressing it with the keyboard does not drop the focus to the page.
    expect(byTestId("glance-refresh")!.getAttribute("aria-disabled")).toBe("true");
    expect(byTestId("glance-refresh")!.hasAttribute("disabled")).toBe(false);
    await act(async () => byTestId("glance-refresh")!.click());
    expect(onRefresh).not.toHaveBeenCalled();

    await render(<PlanGlance view={view({ loading: true })} onRefresh={() => undefined} />);
    expect(byTestId("glance-loading")).toBeNull();
    expect(figures()["จำนวนโครงการ"]).toBe("1,234");
    expect(container.querySelector('[role="region"]')!.getAttribute("aria-busy")).toBe("true");
  });

  it("shows a failed read as a small error bar, with the figures it had", async () => {
    await render(<PlanGlance view={view({ error: "ไม่พบ Excel" })} onRefresh={() => undefined} />);
    expect(container.querySelector(".fui-MessageBar")!.textContent).toBe("อ่านข้อมูลแผนไม่ได้ไม่พบ Excel");
    expect(figures()["ฉบับ"]).toBe("เพิ่มเติม ฉบับที่ 1");
  });

  it("has a refresh button named for screen readers", async () => {
    const onRefresh = jest.fn();
    await render(<PlanGlance view={view()} onRefresh={onRefresh} />);
    const button = byTestId("glance-refresh")!;
    expect(button.getAttribute("aria-label")).toBe("อ่านข้อมูลแผนจากสมุดงานใหม่");
    await act(async () => button.click());
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it("speaks English, dates still in the Buddhist era", async () => {
    await render(<PlanGlance view={view()} onRefresh={() => undefined} />, "en");
    expect(figures()).toMatchObject({
      "Local government": "องค์การบริหารส่วนตำบลบ้านใหม่",
      "Fiscal year": "2570\u00a0B.E.",
      "Total budget": "37,612,345.50\u00a0baht",
      "Announcement due": "12 days left until the plan is due (20 Oct 2569 BE)",
    });
  });

  it("dueLine: late or planned announcements, and a pane left open overnight", () => {
    const read = { dueBy: "2026-10-20", daysLeft: 5, today: "2026-10-15" } as const;
    // announced after the due date: not a success
    expect(dueLine({ ...read, announced: "2026-10-22" }, "2026-10-25")).toEqual({ tone: "danger", id: "glanceAnnouncedLate", date: "2026-10-22", due: "2026-10-20" });
    // on time
    expect(dueLine({ ...read, announced: "2026-10-19" }, "2026-10-19").tone).toBe("success");
    // dated after today: only planned, so the countdown runs on
    expect(dueLine({ ...read, announced: "2026-10-18" }, "2026-10-15")).toEqual({ tone: "warning", id: "glanceDaysLeft", date: "2026-10-20", days: 5 });
    // read on the 15th, looked at on the 17th: 3 days left, not 5
    expect(dueLine({ ...read, announced: null }, "2026-10-17")).toMatchObject({ days: 3 });
    expect(dueLine({ ...read, announced: null }, "2026-10-21")).toEqual({ tone: "danger", id: "glanceLate", date: "2026-10-20", days: 1 });
  });

  it("dueLine and shortDate", () => {
    expect(dueLine({ announced: null, dueBy: "2026-10-20", daysLeft: 1 })).toEqual({ tone: "warning", id: "glanceDaysLeft", date: "2026-10-20", days: 1 });
    expect(dueLine({ announced: "2026-10-01", dueBy: null, daysLeft: null })).toEqual({ tone: "success", id: "glanceAnnounced", date: "2026-10-01" });
    expect(shortDate("2027-01-05", "th")).toBe("5 ม.ค. 2570");
    expect(shortDate("2027-01-05", "en")).toBe("5 Jan 2570 BE");
  });
});

/** The App's wiring of the overview, without the steps. */
function Harness({ enabled = true }: { enabled?: boolean }) {
  const { overview, refresh } = usePaneStatus(enabled, "th");
  return <PlanGlance view={overview} onRefresh={refresh} />;
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Starts a fake watcher; returns a way to feed it changes and the unsubscribe mock. */
function fakeWatcher() {
  let listener: ((c: WorkbookChange) => void) | undefined;
  const stop = jest.fn();
  watch.mockImplementation(async (l) => {
    listener = l;
    return stop;
  });
  return {
    stop,
    async feed(change: WorkbookChange) {
      if (!listener) throw new Error("not watching");
      await act(async () => listener!(change));
    },
  };
}

describe("reading the overview", () => {
  it("reads on mount: กำลังอ่าน… then the figures; a failed read says why in Thai", async () => {
    fakeWatcher();
    const first = deferred<PlanOverview>();
    read.mockReturnValueOnce(first.promise);
    await render(<Harness />);
    expect(read).toHaveBeenCalledTimes(1);
    expect(byTestId("glance-loading")).not.toBeNull();
    await act(async () => first.resolve(OVERVIEW));
    expect(figures()["อปท."]).toBe("องค์การบริหารส่วนตำบลบ้านใหม่");

    read.mockRejectedValueOnce(new HostError("OLD_EXCEL"));
    await act(async () => byTestId("glance-refresh")!.click());
    expect(read).toHaveBeenCalledTimes(2);
    expect(text()).toContain("Excel รุ่นนี้เก่าเกินไป");
    expect(figures()["อปท."]).toBe("องค์การบริหารส่วนตำบลบ้านใหม่");
  });

  it("lands only the newest read when two overlap", async () => {
    fakeWatcher();
    const slow = deferred<PlanOverview>();
    const fast = deferred<PlanOverview>();
    read.mockReturnValueOnce(slow.promise).mockReturnValueOnce(fast.promise);
    await render(<Harness />);
    // A run ends while the first read is still under way: a second read starts.
    await act(async () => publish({ action: "createTemplate", source: "ribbon", ok: true, result: { added: [], existing: [], fiscalYear: 2570 } }));
    expect(read).toHaveBeenCalledTimes(2);
    await act(async () => fast.resolve({ ...OVERVIEW, projects: 2 }));
    await act(async () => slow.resolve({ ...OVERVIEW, projects: 1 }));
    expect(figures()["จำนวนโครงการ"]).toBe("2");
  });

  it("reads again once the input changes have stopped for a moment, not for OpPlan's own sheets", async () => {
    jest.useFakeTimers();
    const watcher = fakeWatcher();
    read.mockResolvedValue(OVERVIEW);
    await render(<Harness />);
    expect(read).toHaveBeenCalledTimes(1);

    await watcher.feed({ kind: "edited", sheet: "โครงการ", address: "B4" });
    await act(async () => jest.advanceTimersByTime(OVERVIEW_DEBOUNCE_MS - 500));
    await watcher.feed({ kind: "edited", sheet: "โครงการ", address: "B5" });
    await act(async () => jest.advanceTimersByTime(OVERVIEW_DEBOUNCE_MS - 500));
    expect(read).toHaveBeenCalledTimes(1);
    await act(async () => jest.advanceTimersByTime(500));
    expect(read).toHaveBeenCalledTimes(2);

    await watcher.feed({ kind: "edited", sheet: "ผด.02", address: "A1" });
    await watcher.feed({ kind: "added", sheet: "~opplan1" });
    await act(async () => jest.advanceTimersByTime(OVERVIEW_DEBOUNCE_MS * 2));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("reads again after every successful run, not after a failed one", async () => {
    fakeWatcher();
    read.mockResolvedValue(OVERVIEW);
    await render(<Harness />);
    await act(async () => publish({ action: "createTemplate", source: "ribbon", ok: true, result: { added: ["ตั้งค่า"], existing: [], fiscalYear: 2570 } }));
    expect(read).toHaveBeenCalledTimes(2);
    await act(async () => publish({ action: "checkProjects", source: "pane", ok: false, error: { code: "HOST_ERROR", message: "x" } }));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("watches once, and stops watching when the pane goes", async () => {
    const watcher = fakeWatcher();
    read.mockResolvedValue(OVERVIEW);
    await render(<Harness />);
    await act(async () => publish({ action: "createTemplate", source: "ribbon", ok: true, result: { added: [], existing: [], fiscalYear: 2570 } }));
    expect(watch).toHaveBeenCalledTimes(1);
    expect(watcher.stop).not.toHaveBeenCalled();
    await act(async () => root.unmount());
    expect(watcher.stop).toHaveBeenCalledTimes(1);
    root = createRoot(container);
  });

  it("stops a watcher that starts only after the pane has gone", async () => {
    const started = deferred<() => void>();
    const stop = jest.fn();
    watch.mockReturnValue(started.promise);
    read.mockResolvedValue(OVERVIEW);
    await render(<Harness />);
    await act(async () => root.unmount());
    await act(async () => started.resolve(stop));
    expect(stop).toHaveBeenCalledTimes(1);
    root = createRoot(container);
  });

  it("neither reads nor watches when there is no workbook to read", async () => {
    await render(<Harness enabled={false} />);
    expect(read).not.toHaveBeenCalled();
    expect(watch).not.toHaveBeenCalled();
  });

  it("carries on without the badges' watcher when Excel refuses to watch", async () => {
    watch.mockRejectedValue(new HostError("OLD_EXCEL"));
    read.mockResolvedValue(OVERVIEW);
    await render(<Harness />);
    expect(figures()["จำนวนโครงการ"]).toBe("1,234");
  });
});
