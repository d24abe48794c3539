/**
 * @jest-environment jsdom
 */
/**
 * The ตรวจสอบ step of the pane: progress, ยกเลิก, totals, findings grouped by row, the severity
 * filter, "แสดงเพิ่ม", going to a finding's cell, errors, and runs from the ribbon.
 */
import { act } from "react";

jest.mock("../../src/host/actions", () => ({
  runCreateTemplate: jest.fn(),
  runCheck: jest.fn(),
  selectCell: jest.fn(),
  defaultFiscalYear: jest.fn(() => 2569),
  isInExcel: jest.fn(() => true),
}));

import type { CheckOptions } from "../../src/host/actions";
import type { CheckResult } from "../../src/commands/checkResult";
import type { Finding } from "../../src/domain/findings";
import { runCheck, selectCell } from "../../src/host/actions";
import { HostError } from "../../src/host/errors";
import { publish, publishProgress } from "../../src/host/resultBus";
import { App } from "../../src/taskpane/App";
import { GROUP_PAGE } from "../../src/taskpane/components/FindingsList";
import { CancelledError, WorkbookError } from "../../src/workbook/port";
import { buttonIn, stepCard, unavailable, usePaneRoot } from "../support/paneHarness";


const check = runCheck as jest.MockedFunction<typeof runCheck>;
const select = selectCell as jest.MockedFunction<typeof selectCell>;

const pane = usePaneRoot();
const render = pane.render;

/** The check step's card. */
function card(): HTMLElement {
  return stepCard(pane.container(), "ตรวจสอบ", "Check");
}

function text(): string {
  return card().textContent ?? "";
}

function button(label: string | RegExp, within: HTMLElement = card()): HTMLButtonElement {
  return buttonIn(within, label);
}


/** A finding's button, by (part of) its accessible name. */
function finding(name: string): HTMLButtonElement {
  const found = Array.from(card().querySelectorAll<HTMLButtonElement>("button[aria-label]")).find((b) => b.getAttribute("aria-label")?.includes(name));
  if (!found) throw new Error(`no finding "${name}" in: ${text()}`);
  return found;
}

function groupTitles(): string[] {
  return Array.from(card().querySelectorAll('[data-testid="finding-group"] h4')).map((h) => h.textContent ?? "");
}

/** Per group: its title and its findings' names (or text, for those without a cell). */
function groups(): { title: string; items: string[] }[] {
  return Array.from(card().querySelectorAll('[data-testid="finding-group"]')).map((g) => ({
    title: g.querySelector("h4")?.textContent ?? "",
    items: Array.from(g.querySelectorAll(":scope > ul > li")).map((li) => {
      const b = li.querySelector("button");
      return b ? (b.getAttribute("aria-label") ?? "") : (li.textContent ?? "");
    }),
  }));
}

function tile(severity: "error" | "warning" | "info"): HTMLButtonElement {
  const found = card().querySelector<HTMLButtonElement>(`[data-testid="count-${severity}"]`);
  if (!found) throw new Error(`no ${severity} tile`);
  return found;
}

async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
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

function f(partial: Partial<Finding> & Pick<Finding, "severity">): Finding {
  return { code: "BUDGET_INVALID", sheet: "โครงการ", cell: "", message: "ข้อความ", fix: "วิธีแก้", ...partial };
}

const FINDINGS: Finding[] = [
  f({ code: "SETTINGS_MISSING", severity: "warning", sheet: "", message: "ไม่พบชีตตั้งค่า", fix: "สร้างแม่แบบ" }),
  f({ code: "UNIT_MISSING", severity: "info", cell: "F7", row: 7, message: "ไม่ได้ระบุหน่วยงาน", fix: "กรอกหน่วยงานรับผิดชอบหลัก" }),
  f({ code: "BUDGET_AS_TEXT", severity: "warning", cell: "D12", row: 12, message: "งบประมาณเป็นข้อความ", fix: "พิมพ์เป็นตัวเลข" }),
  f({ code: "BUDGET_INVALID", severity: "error", cell: "D12", row: 12, message: "งบประมาณ “abc” ไม่ใช่ตัวเลข", fix: "พิมพ์งบประมาณเป็นตัวเลข" }),
  f({ code: "NAME_MISSING", severity: "error", cell: "B13", row: 13, message: "ไม่มีชื่อโครงการ", fix: "กรอกชื่อโครงการ" }),
  f({ code: "HEADER_NOT_FOUND", severity: "info", sheet: "แผนเดิม", message: "ไม่พบแถวหัวตาราง", fix: "ตรวจหัวตาราง" }),
];

function result(findings: Finding[] = FINDINGS, summary: Partial<CheckResult["summary"]> = {}): CheckResult {
  return {
    findings,
    summary: { fiscalYear: 2569, projects: 3, budget: 1632820.5, strategies: [], plans: [], ...summary },
    projectSheets: ["โครงการ"],
    refused: [],
  };
}

beforeEach(() => {
  check.mockReset();
  select.mockReset().mockResolvedValue(undefined);
});


describe("check step", () => {
  it("is step 2 with a ตรวจสอบ button and nothing else yet", async () => {
    await render(<App />);
    expect(text()).toContain("ขั้นที่ 2");
    expect(unavailable(button("ตรวจสอบ"))).toBe(false);
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(card().querySelector('[data-testid="check-result"]')).toBeNull();
  });

  it("shows a determinate progress bar fed by the check's progress", async () => {
    const pending = deferred<CheckResult>();
    let options: CheckOptions | undefined;
    check.mockImplementation((o) => {
      options = o;
      return pending.promise;
    });
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(check).toHaveBeenCalledWith({ source: "pane", onProgress: expect.any(Function), signal: expect.any(AbortSignal) });
    expect(unavailable(button("ตรวจสอบ"))).toBe(true);
    // pressed again while running: nothing
    await click(button("ตรวจสอบ"));
    expect(check).toHaveBeenCalledTimes(1);
    const bar = () => card().querySelector('[role="progressbar"]') as HTMLElement;
    // indeterminate until the first report says how much there is to read
    expect(bar().hasAttribute("aria-valuenow")).toBe(false);
    expect(text()).toContain("กำลังเริ่มตรวจสอบ…");
    expect(unavailable(button("ยกเลิก"))).toBe(false);

    await act(async () => options?.onProgress?.({ stage: "read", done: 1, total: 2 }));
    expect(Number(bar().getAttribute("aria-valuenow"))).toBeCloseTo(0.45);
    expect(text()).toContain("กำลังอ่านข้อมูลในสมุดงาน… 45%");
    await act(async () => options?.onProgress?.({ stage: "check", done: 1, total: 1 }));
    expect(Number(bar().getAttribute("aria-valuenow"))).toBe(1);
    expect(text()).toContain("กำลังตรวจสอบโครงการ… 100%");

    await act(async () => pending.resolve(result()));
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(unavailable(button("ตรวจสอบ"))).toBe(false);
    expect(() => button("ยกเลิก")).toThrow();
  });

  it("cancels its own run with ยกเลิก: the signal fires, the findings of the check before stay, with a notice", async () => {
    check.mockResolvedValueOnce(result());
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(groupTitles()).toHaveLength(5);

    const pending = deferred<CheckResult>();
    let options: CheckOptions | undefined;
    check.mockImplementationOnce((o) => {
      options = o;
      return pending.promise;
    });
    await click(button("ตรวจสอบ"));
    await act(async () => options?.onProgress?.({ stage: "read", done: 1, total: 4 }));
    expect(options?.signal?.aborted).toBe(false);
    await act(async () => button("ยกเลิก").focus());
    await click(button("ยกเลิก"));
    expect(options?.signal?.aborted).toBe(true);
    // pressed once is enough: the button says so and cannot be pressed again, and keeps the focus
    expect(unavailable(button("กำลังยกเลิก…"))).toBe(true);
    expect(document.activeElement).toBe(button("กำลังยกเลิก…"));
    expect(card().querySelector('[role="progressbar"]')).not.toBeNull();

    await act(async () => pending.reject(new CancelledError()));
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(card().querySelector('[data-testid="check-cancelled"]')?.textContent).toBe("ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน");
    expect(text()).not.toContain("ทำไม่สำเร็จ");
    expect(groupTitles()).toHaveLength(5);
    expect(tile("error").getAttribute("aria-label")).toBe("ข้อผิดพลาด 2 รายการ");
    expect(unavailable(button("ตรวจสอบ"))).toBe(false);
    // ยกเลิก is gone with the focus it had: the focus goes back to ตรวจสอบ
    expect(document.activeElement).toBe(button("ตรวจสอบ"));

    // the next run clears the notice
    check.mockResolvedValueOnce(result([]));
    await click(button("ตรวจสอบ"));
    expect(card().querySelector('[data-testid="check-cancelled"]')).toBeNull();
    expect(text()).toContain("ไม่พบสิ่งที่ต้องแก้ไข");
  });

  it("says a first run was cancelled, with nothing else to show", async () => {
    check.mockImplementationOnce((o) => new Promise((_resolve, reject) => o?.signal?.addEventListener("abort", () => reject(new CancelledError()))));
    await render(<App lang="en" />);
    await click(button("Check"));
    await click(button("Cancel"));
    expect(card().querySelector('[data-testid="check-cancelled"]')?.textContent).toBe("Cancelled. Nothing in the workbook was changed.");
    expect(card().querySelector('[data-testid="check-result"]')).toBeNull();
  });

  it("counts the findings by severity and sums up the plan", async () => {
    check.mockResolvedValue(result());
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(tile("error").getAttribute("aria-label")).toBe("ข้อผิดพลาด 2 รายการ");
    expect(tile("warning").getAttribute("aria-label")).toBe("คำเตือน 2 รายการ");
    expect(tile("info").getAttribute("aria-label")).toBe("ข้อสังเกต 2 รายการ");
    expect(tile("error").textContent).toBe("ข้อผิดพลาด 2");
    const summary = card().querySelector('[data-testid="check-summary"]')?.textContent ?? "";
    expect(summary).toContain("ปีงบประมาณ\u00a0พ.ศ.\u00a02569 · 3 โครงการ · งบประมาณรวม 1,632,820.50\u00a0บาท");
    expect(summary).toContain("ชีตที่ตรวจ: โครงการ");
    expect(text()).not.toContain("ไม่พบสิ่งที่ต้องแก้ไข");
  });

  it("groups the findings by row, those without a row first, the worst first in a row", async () => {
    check.mockResolvedValue(result());
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(groups()).toEqual([
      { title: "ทั้งสมุดงาน", items: [expect.stringContaining("ไม่พบชีตตั้งค่า")] },
      { title: "แผนเดิม · ทั้งชีต", items: [expect.stringContaining("ไม่พบแถวหัวตาราง")] },
      { title: "โครงการ · แถว 7", items: ["ข้อสังเกต เซลล์ F7: ไม่ได้ระบุหน่วยงาน วิธีแก้: กรอกหน่วยงานรับผิดชอบหลัก"] },
      {
        title: "โครงการ · แถว 12",
        items: ["ข้อผิดพลาด เซลล์ D12: งบประมาณ “abc” ไม่ใช่ตัวเลข วิธีแก้: พิมพ์งบประมาณเป็นตัวเลข", "คำเตือน เซลล์ D12: งบประมาณเป็นข้อความ วิธีแก้: พิมพ์เป็นตัวเลข"],
      },
      { title: "โครงการ · แถว 13", items: ["ข้อผิดพลาด เซลล์ B13: ไม่มีชื่อโครงการ วิธีแก้: กรอกชื่อโครงการ"] },
    ]);
    // each finding shows its fix
    expect(text()).toContain("วิธีแก้: พิมพ์งบประมาณเป็นตัวเลข");
    // no cell, nothing to go to: not a button
    expect(Array.from(card().querySelectorAll("button")).some((b) => b.textContent?.includes("ไม่พบชีตตั้งค่า"))).toBe(false);
  });

  it("selects a finding's cell in Excel when it is clicked", async () => {
    check.mockResolvedValue(result());
    await render(<App />);
    await click(button("ตรวจสอบ"));
    const item = finding("เซลล์ B13");
    expect(item.tagName).toBe("BUTTON");
    expect(item.getAttribute("title")).toBe("ไปที่เซลล์ B13 ในชีต “โครงการ”");
    await click(item);
    expect(select).toHaveBeenCalledWith("โครงการ", "B13");
    expect(finding("เซลล์ B13").getAttribute("aria-current")).toBe("true");
    await click(finding("เซลล์ F7"));
    expect(select).toHaveBeenLastCalledWith("โครงการ", "F7");
    expect(finding("เซลล์ B13").getAttribute("aria-current")).toBeNull();
    // the fix, shown in the button, is part of its name
    expect(finding("เซลล์ F7").getAttribute("aria-label")).toMatch(/วิธีแก้: .*กรอกหน่วยงานรับผิดชอบหลัก/);
  });

  it("says in Thai, under the finding, when the cell cannot be selected", async () => {
    check.mockResolvedValue(result());
    select.mockRejectedValue(new WorkbookError("SHEET_MISSING", "โครงการ", "gone"));
    await render(<App />);
    await click(button("ตรวจสอบ"));
    await click(finding("เซลล์ D12: งบประมาณ “abc”"));
    const li = finding("เซลล์ D12: งบประมาณ “abc”").closest("li");
    expect(li?.textContent).toContain("ไปที่เซลล์ไม่ได้");
    expect(li?.textContent).toContain("ไม่พบชีต “โครงการ” ในสมุดงานนี้");
  });

  it("shows one severity at a time when its tile is pressed", async () => {
    check.mockResolvedValue(result());
    await render(<App />);
    await click(button("ตรวจสอบ"));
    await click(tile("error"));
    expect(tile("error").getAttribute("aria-pressed")).toBe("true");
    expect(text()).toContain("แสดงเฉพาะข้อผิดพลาด");
    expect(groupTitles()).toEqual(["โครงการ · แถว 12", "โครงการ · แถว 13"]);
    await click(tile("warning"));
    expect(groupTitles()).toEqual(["ทั้งสมุดงาน", "โครงการ · แถว 12"]);
    await click(button("แสดงทั้งหมด"));
    expect(tile("warning").getAttribute("aria-pressed")).toBe("false");
    expect(groupTitles()).toHaveLength(5);
  });

  it(`renders ${GROUP_PAGE} rows at first and more on แสดงเพิ่ม`, async () => {
    const many = Array.from({ length: 450 }, (_, i) => f({ severity: "error", cell: `D${i + 5}`, row: i + 5 }));
    check.mockResolvedValue(result(many));
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(groupTitles()).toHaveLength(GROUP_PAGE);
    expect(text()).toContain(`แสดง ${GROUP_PAGE} จาก 450 แถว`);
    await click(button("แสดงเพิ่ม (อีก 250 แถว)"));
    expect(groupTitles()).toHaveLength(2 * GROUP_PAGE);
    await click(button("แสดงเพิ่ม (อีก 50 แถว)"));
    expect(groupTitles()).toHaveLength(450);
    expect(groupTitles().at(-1)).toBe("โครงการ · แถว 454");
    expect(() => button(/แสดงเพิ่ม/)).toThrow();
  });

  it("says so when there is nothing to fix", async () => {
    check.mockResolvedValue(result([], { fiscalYear: null, projects: 0, budget: 0 }));
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(text()).toContain("ไม่พบสิ่งที่ต้องแก้ไข");
    expect(text()).toContain("ไม่ทราบปีงบประมาณ · 0 โครงการ · งบประมาณรวม 0.00\u00a0บาท");
    expect(tile("error").getAttribute("aria-label")).toBe("ข้อผิดพลาด 0 รายการ");
    expect(card().querySelector('[data-testid="finding-groups"]')).toBeNull();
  });

  it("shows a failed check in Thai and lets the user try again", async () => {
    check.mockRejectedValueOnce(new HostError("NOT_IN_EXCEL"));
    check.mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(text()).toContain("ทำไม่สำเร็จ");
    expect(text()).toContain("ไม่พบ Excel: เปิด OpPlan จากแท็บ");
    expect(unavailable(button("ตรวจสอบ"))).toBe(false);
    await click(button("ตรวจสอบ"));
    expect(text()).toContain("Excel กำลังแก้ไขเซลล์อยู่");
    expect(text()).not.toContain("ไม่พบ Excel");
  });

  it("shows a ribbon run's progress and result", async () => {
    await render(<App />);
    await act(async () => publishProgress({ action: "checkProjects", source: "ribbon", progress: null }));
    expect(card().querySelector('[role="progressbar"]')).not.toBeNull();
    expect(unavailable(button("ตรวจสอบ"))).toBe(true);
    await click(button("ตรวจสอบ"));
    // only a run the pane started can be stopped from it
    expect(() => button("ยกเลิก")).toThrow();
    await act(async () => publishProgress({ action: "checkProjects", source: "ribbon", progress: { stage: "read", done: 2, total: 3 } }));
    expect(text()).toContain("กำลังอ่านข้อมูลในสมุดงาน… 60%");
    await act(async () => publish({ action: "checkProjects", source: "ribbon", ok: true, result: result() }));
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(text()).toContain("ผลจากปุ่ม “ตรวจสอบ” บนริบบอน");
    expect(groupTitles()).toHaveLength(5);
    expect(check).not.toHaveBeenCalled();
    // the user is in the workbook: a ribbon run takes no focus into the pane
    expect(document.activeElement).toBe(document.body);

    await act(async () => publish({ action: "checkProjects", source: "ribbon", ok: false, error: { code: "X", message: "ข้อความจากริบบอน" } }));
    expect(text()).toContain("ข้อความจากริบบอน");
    expect(groupTitles()).toEqual([]);
  });

  it("shows a ribbon result published before the pane opened, and ignores the template's", async () => {
    publish({ action: "checkProjects", source: "ribbon", ok: true, result: result() });
    publish({ action: "createTemplate", source: "ribbon", ok: true, result: { added: ["โครงการ"], existing: [], fiscalYear: 2569 } });
    await render(<App />);
    expect(groupTitles()).toHaveLength(5);
    expect(pane.container().querySelector('[data-testid="sheets-added"]')?.textContent).toContain("โครงการ");
  });

  it("ignores the bus echo of its own run", async () => {
    check.mockImplementation(async () => {
      publishProgress({ action: "checkProjects", source: "pane", progress: { stage: "read", done: 0, total: 1 } });
      publish({ action: "checkProjects", source: "pane", ok: true, result: result([]) });
      return result();
    });
    await render(<App />);
    await click(button("ตรวจสอบ"));
    expect(text()).not.toContain("ผลจากปุ่ม");
    expect(groupTitles()).toHaveLength(5);
  });

  it("speaks English when Office does (the findings stay as the check wrote them)", async () => {
    check.mockResolvedValue(result());
    await render(<App lang="en" />);
    await click(button("Check"));
    expect(tile("error").getAttribute("aria-label")).toBe("Errors: 2");
    expect(text()).toContain("Fiscal year 2569\u00a0B.E. · 3 projects · total budget 1,632,820.50\u00a0baht");
    expect(groupTitles()).toContain("โครงการ · row 12");
    expect(finding("cell D12").getAttribute("aria-label")).toBe("Error, cell D12: งบประมาณ “abc” ไม่ใช่ตัวเลข Fix: พิมพ์งบประมาณเป็นตัวเลข");
  });
});
