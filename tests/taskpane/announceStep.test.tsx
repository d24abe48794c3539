/**
 * @jest-environment jsdom
 */
/**
 * The ประกาศ step of the pane: Buddhist-era dates picked (pre-filled from ตั้งค่า), said back in
 * words and saved through setAnnouncementDates, the timetable with its state badges and findings,
 * the ประกาศ button, and runs from the ribbon.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

jest.mock("../../src/host/actions", () => jest.requireActual("../support/paneActionsMock").paneActionsMock());
jest.mock("../../src/host/settingsActions", () => ({
  loadSettings: jest.fn(),
  saveSettingsForm: jest.fn(),
}));

import type { AnnounceOutcome } from "../../src/commands/announcePlan";
import { computeDeadlines } from "../../src/domain/deadlines";
import { runAnnounce, setAnnouncementDates } from "../../src/host/actions";
import { publish } from "../../src/host/resultBus";
import { resetBus } from "../../src/host/busState";
import { timetable } from "../../src/reports/announcement";
import type { SettingsForm } from "../../src/commands/settingsForm";
import { loadSettings } from "../../src/host/settingsActions";
import { AnnounceStep } from "../../src/taskpane/components/AnnounceStep";
import { LangContext } from "../../src/taskpane/lang";
import "../support/jsdomReact";


const announce = runAnnounce as jest.MockedFunction<typeof runAnnounce>;
const setDates = setAnnouncementDates as jest.MockedFunction<typeof setAnnouncementDates>;
const load = loadSettings as jest.MockedFunction<typeof loadSettings>;

/** ตั้งค่า with a trigger date, no announcement date and text that is no date as the posting date. */
const FORM: SettingsForm = {
  sheet: "ตั้งค่า",
  fields: {
    fiscalYear: { key: "fiscalYear", kind: "year", cell: "B7", raw: 2569, text: "2569", value: 2569, invalid: false },
    triggerDate: { key: "triggerDate", kind: "date", cell: "B10", raw: 45916, text: "45916", value: "2025-09-16", invalid: false },
    announceDate: { key: "announceDate", kind: "date", cell: "B11", raw: null, text: "", value: null, invalid: false },
    postDate: { key: "postDate", kind: "date", cell: "B12", raw: "เร็ว ๆ นี้", text: "เร็ว ๆ นี้", value: null, invalid: true },
  },
  missing: [],
};

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
    refused: [],
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

/**
 * Whether a button is shown as unavailable. Buttons that become unavailable stay focusable
 * (aria-disabled, not disabled), so that pressing one does not drop the focus to the page.
 */
function unavailable(b: HTMLButtonElement): boolean {
  expect(b.disabled).toBe(false);
  return b.getAttribute("aria-disabled") === "true";
}
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
}
const select = (key: string, part: "day" | "month" | "year") =>
  container.querySelector<HTMLSelectElement>(`[data-testid="announce-date-${key}-${part}"]`)!;
async function pick(key: string, part: "day" | "month" | "year", value: string) {
  const el = select(key, part);
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!;
    setter.call(el, value);
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
async function pickDate(key: string, day: number, month: number, beYear: number) {
  await pick(key, "year", String(beYear));
  await pick(key, "month", String(month));
  await pick(key, "day", String(day));
}

beforeEach(() => {
  resetBus();
  announce.mockReset();
  setDates.mockReset();
  load.mockReset();
  load.mockResolvedValue(FORM);
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("the ประกาศ step", () => {
  it("shows the dates ตั้งค่า holds, and says so when a cell holds no date", async () => {
    await render();
    expect(load).toHaveBeenCalledTimes(1);
    expect(select("trigger", "day").value).toBe("16");
    expect(select("trigger", "month").value).toBe("9");
    expect(select("trigger", "year").value).toBe("2568");
    expect(container.querySelector('[data-testid="announce-date-trigger-words"]')!.textContent).toBe("วันอังคารที่ 16 กันยายน 2568");
    expect(select("announced", "day").value).toBe("");
    expect(text()).toContain("ค่าในชีต “เร็ว ๆ นี้” อ่านไม่ได้");
    expect(unavailable(button("บันทึกวันที่ลงในตั้งค่า"))).toBe(true);
  });

  it("saves the picked dates into ตั้งค่า, then the timetable", async () => {
    setDates.mockResolvedValue(outcome("2025-10-15"));
    await render();
    await pickDate("announced", 15, 10, 2568);
    expect(text()).toContain("วันพุธที่ 15 ตุลาคม 2568");
    // The posting date's cell holds text that is no date: it can be cleared although nothing is picked.
    await click(container.querySelector<HTMLButtonElement>('[data-testid="announce-date-posted-clear"]')!);
    expect(text()).not.toContain("อ่านไม่ได้");
    await act(async () => button("บันทึกวันที่ลงในตั้งค่า").focus());
    await click(button("บันทึกวันที่ลงในตั้งค่า"));
    // Only the dates the user changed: the trigger date read from the sheet is not sent back.
    expect(setDates).toHaveBeenCalledWith({ announced: "2025-10-15", posted: null });
    // nothing left to save: shown unavailable, and the focus stays on it
    expect(unavailable(button("บันทึกวันที่ลงในตั้งค่า"))).toBe(true);
    expect(document.activeElement).toBe(button("บันทึกวันที่ลงในตั้งค่า"));
    const table = container.querySelector('[data-testid="announce-timetable"]')!;
    expect(table.textContent).toContain("15 ตุลาคม 2568");
    expect(table.textContent).toContain("ทันกำหนด");
  });

  it("reads ตั้งค่า again when told it changed, keeping a date being changed", async () => {
    await render();
    await pickDate("announced", 15, 10, 2568);
    load.mockResolvedValue({
      ...FORM,
      fields: {
        ...FORM.fields,
        triggerDate: { ...FORM.fields.triggerDate!, kind: "date", value: "2025-09-20" },
        announceDate: { ...FORM.fields.announceDate!, kind: "date", value: "2025-10-01" },
      },
    });
    await act(async () => {
      root.render(
        <LangContext.Provider value="th">
          <AnnounceStep settingsVersion={1} />
        </LangContext.Provider>,
      );
    });
    expect(load).toHaveBeenCalledTimes(2);
    expect(select("trigger", "day").value).toBe("20");
    expect(select("announced", "day").value).toBe("15");
  });

  it("clears a date, and will not save a date picked only in part", async () => {
    setDates.mockResolvedValue(outcome(null));
    await render();
    await pick("announced", "month", "10");
    expect(text()).toContain("เลือกวัน เดือน และปีให้ครบ");
    expect(unavailable(button("บันทึกวันที่ลงในตั้งค่า"))).toBe(true);
    await click(container.querySelector<HTMLButtonElement>('[data-testid="announce-date-announced-clear"]')!);
    await click(container.querySelector<HTMLButtonElement>('[data-testid="announce-date-trigger-clear"]')!);
    expect(select("trigger", "day").value).toBe("");
    await click(button("บันทึกวันที่ลงในตั้งค่า"));
    expect(setDates).toHaveBeenCalledWith({ trigger: null });
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

  it("keeps its buttons focusable but unavailable while it works", async () => {
    let finish!: (o: AnnounceOutcome) => void;
    announce.mockReturnValue(new Promise<AnnounceOutcome>((ok) => (finish = ok)));
    await render();
    await act(async () => button("ประกาศ").focus());
    await click(button("ประกาศ"));
    for (const label of ["ดูกำหนดเวลา", "ประกาศ"]) expect(unavailable(button(label))).toBe(true);
    expect(document.activeElement).toBe(button("ประกาศ"));
    await click(button("ประกาศ"));
    await click(button("ดูกำหนดเวลา"));
    expect(announce).toHaveBeenCalledTimes(1);
    await act(async () => finish(outcome("2025-10-20", { written: ["ประกาศ"] })));
    expect(text()).toContain("เขียนประกาศในชีต “ประกาศ” แล้ว");
    expect(unavailable(button("ประกาศ"))).toBe(false);
    expect(document.activeElement).toBe(button("ประกาศ"));
  });

  it("shows a ribbon run", async () => {
    await render();
    await act(async () => publish({ action: "announcePlan", source: "ribbon", ok: true, result: outcome("2025-10-15", { written: ["ประกาศ (OpPlan)"], renamed: true }) }));
    expect(text()).toContain("ผลจากปุ่ม “ประกาศ” บนริบบอน");
    expect(text()).toContain("ประกาศ (OpPlan)");
  });
});
