/**
 * @jest-environment jsdom
 */
/**
 * The ประกาศ step of the pane: typed Buddhist-era dates read back in words and saved through
 * setAnnouncementDates, the timetable with its state badges and findings, the ประกาศ button,
 * and runs from the ribbon.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

jest.mock("../../src/host/actions", () => ({
  runCreateTemplate: jest.fn(),
  runCheck: jest.fn(),
  runClassify: jest.fn(),
  applyClassificationChoices: jest.fn(),
  undoLastClassification: jest.fn(),
  runGenerate: jest.fn(),
  runAnnounce: jest.fn(),
  setAnnouncementDates: jest.fn(),
  selectCell: jest.fn(),
  defaultFiscalYear: jest.fn(() => 2569),
  isInExcel: jest.fn(() => true),
}));

import type { AnnounceOutcome } from "../../src/commands/announcePlan";
import { computeDeadlines } from "../../src/domain/deadlines";
import { runAnnounce, setAnnouncementDates } from "../../src/host/actions";
import { publish, resetBus } from "../../src/host/resultBus";
import { timetable } from "../../src/reports/announcement";
import { AnnounceStep, readTypedDate } from "../../src/taskpane/components/AnnounceStep";
import { LangContext } from "../../src/taskpane/lang";
import "../support/jsdomReact";


const announce = runAnnounce as jest.MockedFunction<typeof runAnnounce>;
const setDates = setAnnouncementDates as jest.MockedFunction<typeof setAnnouncementDates>;

let container: HTMLDivElement;
let root: Root;

function outcome(A: string | null, partial: Partial<AnnounceOutcome> = {}): AnnounceOutcome {
  const deadlines = computeDeadlines({
    fiscalYear: 2569,
    trigger: "2025-09-16",
    announced: A,
    posted: null,
    holidays: [],
    rollToWorkingDay: false,
    today: "2025-10-10",
  });
  return {
    dates: {
      trigger: deadlines.trigger,
      dueBy: deadlines.dueBy,
      announced: deadlines.announced,
      postBy: deadlines.postBy,
      postedFrom: null,
      postedThrough: null,
      takeDownFrom: null,
    },
    deadlines,
    timetable: timetable({ deadlines, today: "2025-10-10", triggerKind: "", thaiDigits: false }),
    findings: deadlines.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: "ตั้งค่า", cell: "B9", message: f.message, fix: f.fix })),
    written: [],
    renamed: false,
    edited: [],
    cancelled: false,
    fiscalYear: 2569,
    ...partial,
  };
}

async function render(): Promise<void> {
  await act(async () => {
    root.render(
      <LangContext.Provider value="th">
        <AnnounceStep />
      </LangContext.Provider>,
    );
  });
}

const text = () => container.textContent ?? "";
function button(label: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll("button")).find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
}
async function type(key: string, value: string) {
  const input = container.querySelector<HTMLInputElement>(`[data-testid="announce-date-${key}"]`)!;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

beforeEach(() => {
  resetBus();
  announce.mockReset();
  setDates.mockReset();
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("the ประกาศ step", () => {
  it("reads dates as people type them, in the Buddhist era", () => {
    expect(readTypedDate("16 ก.ย. 2568")).toEqual({ kind: "date", iso: "2025-09-16" });
    expect(readTypedDate("๑๖ กันยายน ๒๕๖๘")).toEqual({ kind: "date", iso: "2025-09-16" });
    expect(readTypedDate("")).toEqual({ kind: "empty" });
    expect(readTypedDate("พรุ่งนี้")).toEqual({ kind: "invalid" });
  });

  it("shows a typed date in words and saves the typed dates into ตั้งค่า, then the timetable", async () => {
    setDates.mockResolvedValue(outcome("2025-10-15"));
    await render();
    await type("trigger", "16 ก.ย. 2568");
    expect(text()).toContain("16 กันยายน 2568");
    await type("announced", "15/10/2568");
    await click(button("บันทึกวันที่ลงในตั้งค่า"));
    expect(setDates).toHaveBeenCalledWith({ trigger: "2025-09-16", announced: "2025-10-15" });
    const table = container.querySelector('[data-testid="announce-timetable"]')!;
    expect(table.textContent).toContain("15 ตุลาคม 2568");
    expect(table.textContent).toContain("ทันกำหนด");
  });

  it("will not save a date it cannot read", async () => {
    await render();
    await type("posted", "วันจันทร์หน้า");
    expect(text()).toContain("อ่านวันที่ไม่ได้");
    expect(button("บันทึกวันที่ลงในตั้งค่า").disabled).toBe(true);
  });

  it("says the latest lawful date when not yet announced, and shows the findings", async () => {
    announce.mockResolvedValue(outcome(null));
    await render();
    await click(button("ดูกำหนดเวลา"));
    expect(announce).toHaveBeenCalledWith({ source: "pane", dryRun: true });
    expect(text()).toContain("ประกาศได้ไม่เกิน 16 ตุลาคม 2568");
    expect(text()).toContain("ต้องดำเนินการภายใน 16 ตุลาคม 2568");

    announce.mockResolvedValue(outcome("2025-10-20", { written: ["ประกาศ"] }));
    await click(button("ประกาศ"));
    expect(announce).toHaveBeenLastCalledWith({ source: "pane" });
    expect(text()).toContain("เขียนประกาศในชีต “ประกาศ” แล้ว");
    expect(container.querySelectorAll('[data-testid="announce-finding"]').length).toBe(1);
    expect(text()).toContain("ผู้บริหารท้องถิ่นต้องขยายเวลา");
  });

  it("shows a ribbon run", async () => {
    await render();
    await act(async () => publish({ action: "announcePlan", source: "ribbon", ok: true, result: outcome("2025-10-15", { written: ["ประกาศ (OpPlan)"], renamed: true }) }));
    expect(text()).toContain("ผลจากปุ่ม “ประกาศ” บนริบบอน");
    expect(text()).toContain("ประกาศ (OpPlan)");
  });
});
