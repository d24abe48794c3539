/**
 * @jest-environment jsdom
 */
/**
 * The สร้างบัญชี ผด. step of the pane: progress and ยกเลิก, the ผด.01 summary table, the sheets written with
 * a button each to go there, forms written under another name, the question before replacing
 * sheets edited by hand (แทนที่ / ยกเลิก), errors, and runs from the ribbon.
 */
import { act } from "react";

jest.mock("../../src/host/actions", () => jest.requireActual("../support/paneActionsMock").paneActionsMock());

import type { GenerateOutcome } from "../../src/commands/generateResult";
import type { Finding } from "../../src/domain/findings";
import type { GenerateOptions } from "../../src/host/actions";
import { runGenerate, selectCell } from "../../src/host/actions";
import { pendingConfirmation, requestConfirmation, subscribeConfirm } from "../../src/host/confirmations";
import { publish, publishProgress } from "../../src/host/resultBus";
import { App } from "../../src/taskpane/App";
import { CancelledError, WorkbookError } from "../../src/workbook/port";
import { buttonIn, stepCard, unavailable, usePaneRoot } from "../support/paneHarness";


const generate = runGenerate as jest.MockedFunction<typeof runGenerate>;
const select = selectCell as jest.MockedFunction<typeof selectCell>;

const pane = usePaneRoot();
const render = pane.render;

function card(): HTMLElement {
  return stepCard(pane.container(), "สร้างบัญชี ผด.", "Build forms");
}

function text(): string {
  return card().textContent ?? "";
}

function button(label: string | RegExp, within: HTMLElement = card()): HTMLButtonElement {
  return buttonIn(within, label);
}


/** The confirmation dialog (rendered in a portal, outside the card). */
function dialog(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[role="alertdialog"], [role="dialog"]');
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

const ERROR: Finding = { code: "BUDGET_NEGATIVE", severity: "error", sheet: "โครงการ", cell: "D7", message: "งบประมาณติดลบ", fix: "แก้", row: 7 };

function outcome(partial: Partial<GenerateOutcome> = {}): GenerateOutcome {
  return {
    written: ["ผด.01", "ผด.02", "ผด.02-1"],
    renamed: [],
    edited: [],
    cancelled: false,
    refused: [],
    equipment: { items: 0, budget: 0 },
    book: { parts: [] },
    summary: {
      fiscalYear: 2570,
      projects: 3,
      budget: 1632820.5,
      strategies: [
        { name: "1. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน", projects: 2, budget: 1500000, percentProjects: 66.67, percentBudget: 91.87 },
        { name: "2. ยุทธศาสตร์การพัฒนาคนและสังคม", projects: 1, budget: 132820.5, percentProjects: 33.33, percentBudget: 8.13 },
      ],
    },
    findings: [],
    ...partial,
  };
}

/** The table's rows as the cells' texts. */
function tableRows(): string[][] {
  return Array.from(card().querySelectorAll('[data-testid="forms-summary"] tr')).map((tr) =>
    Array.from(tr.querySelectorAll("th, td")).map((c) => c.textContent ?? ""),
  );
}

beforeEach(() => {
  generate.mockReset();
  select.mockReset().mockResolvedValue(undefined);
});


describe("generate step", () => {
  it("is step 4 with a สร้างบัญชี ผด. button and nothing else yet", async () => {
    await render(<App />);
    expect(text()).toContain("ขั้นที่ 4");
    expect(unavailable(button("สร้างบัญชี ผด."))).toBe(false);
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(card().querySelector('[data-testid="generate-result"]')).toBeNull();
    expect(card().querySelector("img")?.getAttribute("src")).toBe("assets/generate-32.png");
    expect(dialog()).toBeNull();
  });

  it("shows a determinate progress bar over reading, building and writing", async () => {
    const pending = deferred<GenerateOutcome>();
    let options: GenerateOptions | undefined;
    generate.mockImplementation((o) => {
      options = o;
      return pending.promise;
    });
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    expect(generate).toHaveBeenCalledWith({ source: "pane", onProgress: expect.any(Function), signal: expect.any(AbortSignal) });
    expect(unavailable(button("สร้างบัญชี ผด."))).toBe(true);
    // pressed again while running: nothing
    await click(button("สร้างบัญชี ผด."));
    expect(generate).toHaveBeenCalledTimes(1);
    const bar = () => card().querySelector('[role="progressbar"]') as HTMLElement;
    // indeterminate until the first report
    expect(bar().hasAttribute("aria-valuenow")).toBe(false);
    expect(text()).toContain("กำลังเริ่มสร้างเล่มแผน…");
    expect(unavailable(button("ยกเลิก"))).toBe(false);
    await act(async () => options?.onProgress?.({ stage: "read", done: 1, total: 2 }));
    expect(Number(bar().getAttribute("aria-valuenow"))).toBeCloseTo(0.2);
    expect(text()).toContain("กำลังอ่านโครงการในสมุดงาน… 20%");
    await act(async () => options?.onProgress?.({ stage: "build", done: 1, total: 1 }));
    expect(Number(bar().getAttribute("aria-valuenow"))).toBeCloseTo(0.5);
    expect(text()).toContain("กำลังจัดทำเล่มแผน… 50%");
    await act(async () => options?.onProgress?.({ stage: "write", done: 5, total: 10 }));
    expect(Number(bar().getAttribute("aria-valuenow"))).toBeCloseTo(0.75);
    expect(text()).toContain("กำลังเขียนชีตเล่มแผน… 75%");
    // never goes back
    await act(async () => options?.onProgress?.({ stage: "read", done: 0, total: 1 }));
    expect(Number(bar().getAttribute("aria-valuenow"))).toBeCloseTo(0.75);
    await act(async () => pending.resolve(outcome()));
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(unavailable(button("สร้างบัญชี ผด."))).toBe(false);
  });

  it("cancels its own run with ยกเลิก, even while writing; the outcome of the run before stays, with a notice", async () => {
    generate.mockResolvedValueOnce(outcome());
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    expect(tableRows()).toHaveLength(7);

    const pending = deferred<GenerateOutcome>();
    let options: GenerateOptions | undefined;
    generate.mockImplementationOnce((o) => {
      options = o;
      return pending.promise;
    });
    await click(button("สร้างบัญชี ผด."));
    await act(async () => options?.onProgress?.({ stage: "write", done: 3, total: 10 }));
    expect(text()).toContain("กำลังเขียนชีตเล่มแผน…");
    await act(async () => button("ยกเลิก").focus());
    await click(button("ยกเลิก"));
    expect(options?.signal?.aborted).toBe(true);
    expect(unavailable(button("กำลังยกเลิก…"))).toBe(true);
    // later reports (the adapter has not looked at the signal yet) keep the button pressed
    await act(async () => options?.onProgress?.({ stage: "write", done: 6, total: 10 }));
    expect(unavailable(button("กำลังยกเลิก…"))).toBe(true);

    await act(async () => pending.reject(new CancelledError()));
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(card().querySelector('[data-testid="generate-run-cancelled"]')?.textContent).toBe("ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน");
    expect(text()).not.toContain("ทำไม่สำเร็จ");
    // what the earlier run wrote is still there, and so is its outcome
    expect(tableRows()).toHaveLength(7);
    expect(Array.from(card().querySelectorAll('[data-testid="generate-sheets"] button')).map((b) => b.textContent)).toEqual(["ผด.01", "ผด.02", "ผด.02-1"]);
    expect(unavailable(button("สร้างบัญชี ผด."))).toBe(false);
    // ยกเลิก is gone with the focus it had: the focus goes back to สร้างบัญชี ผด.
    expect(document.activeElement).toBe(button("สร้างบัญชี ผด."));
  });

  it("shows the outcome when ยกเลิก came too late (the sheets were already being swapped in)", async () => {
    const pending = deferred<GenerateOutcome>();
    let options: GenerateOptions | undefined;
    generate.mockImplementationOnce((o) => {
      options = o;
      return pending.promise;
    });
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    await act(async () => options?.onProgress?.({ stage: "write", done: 10, total: 10 }));
    await click(button("ยกเลิก"));
    await act(async () => pending.resolve(outcome()));
    expect(card().querySelector('[data-testid="generate-run-cancelled"]')).toBeNull();
    expect(card().querySelector('[data-testid="generate-outcome"]')?.textContent).toContain("สร้างเล่มแผนแล้ว 3 ชีต");
  });

  it("shows the ผด.01 figures in a table, and a button per sheet written that goes there", async () => {
    generate.mockResolvedValue(outcome());
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    expect(card().querySelector('[data-testid="generate-outcome"]')?.textContent).toContain("สร้างเล่มแผนแล้ว 3 ชีต");
    expect(text()).toContain("สรุปตามแบบ ผด.01 ปีงบประมาณ\u00a0พ.ศ.\u00a02570");
    // Each strategy's name heads the row of its figures.
    expect(tableRows()).toEqual([
      ["โครงการ", "ร้อยละ", "งบประมาณ", "ร้อยละ"],
      ["1. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"],
      ["2", "66.67", "1,500,000.00", "91.87"],
      ["2. ยุทธศาสตร์การพัฒนาคนและสังคม"],
      ["1", "33.33", "132,820.50", "8.13"],
      ["รวมทั้งสิ้น"],
      ["3", "100.00", "1,632,820.50", "100.00"],
    ]);
    const heads = Array.from(card().querySelectorAll('[data-testid="forms-summary"] th[scope="rowgroup"]')).map((th) => th.textContent);
    expect(heads).toEqual(["1. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน", "2. ยุทธศาสตร์การพัฒนาคนและสังคม", "รวมทั้งสิ้น"]);
    const sheets = card().querySelector<HTMLElement>('[data-testid="generate-sheets"]')!;
    const go = Array.from(sheets.querySelectorAll("button"));
    expect(go.map((b) => b.textContent)).toEqual(["ผด.01", "ผด.02", "ผด.02-1"]);
    expect(go[1].getAttribute("aria-label")).toBe("ไปที่ชีต “ผด.02”");
    await click(go[1]);
    expect(select).toHaveBeenCalledWith("ผด.02", "A1");

    select.mockRejectedValue(new WorkbookError("SHEET_MISSING", "ผด.02-1", "gone"));
    await click(go[2]);
    expect(text()).toContain("ไม่พบชีต “ผด.02-1” ในสมุดงานนี้");
    expect(card().querySelector('[data-testid="generate-errors"]')).toBeNull();
    expect(card().querySelector('[data-testid="generate-renamed"]')).toBeNull();
  });

  it("says which form went under another name, which edited sheets were replaced, and that the check found errors", async () => {
    generate.mockResolvedValue(
      outcome({ written: ["ผด.01 (OpPlan)", "ผด.02", "ผด.02-1"], renamed: [{ form: "ผด.01", sheet: "ผด.01 (OpPlan)" }], edited: ["ผด.02"], findings: [ERROR, { ...ERROR, row: 8 }] }),
    );
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    expect(card().querySelector('[data-testid="generate-renamed"]')?.textContent).toBe(
      "ผด.01 อยู่ในชีต “ผด.01 (OpPlan)” เพราะมีชีตชื่อ “ผด.01” ของคุณอยู่แล้ว (ไม่ได้แก้ไขชีตนั้น)",
    );
    expect(card().querySelector('[data-testid="generate-outcome"]')?.textContent).toContain("แทนที่ชีตที่ถูกแก้ไขด้วยมือแล้ว: “ผด.02”");
    expect(card().querySelector('[data-testid="generate-errors"]')?.textContent).toContain("พบข้อผิดพลาด 2 รายการ");
    expect(Array.from(card().querySelectorAll('[data-testid="generate-sheets"] button')).map((b) => b.textContent)).toEqual([
      "ผด.01 (OpPlan)",
      "ผด.02",
      "ผด.02-1",
    ]);
  });

  it("says nothing was written when the workbook gives no forms, with each reason and its fix", async () => {
    const refused: Finding = { code: "EDITION_EMPTY", severity: "error", sheet: "ตั้งค่า", cell: "B8", message: "ไม่มีแถวใดอยู่ในฉบับเพิ่มเติม", fix: "ใส่แถว เพิ่มเติม ฉบับที่ 1", row: 8 };
    generate.mockResolvedValue(outcome({ written: [], refused: [refused], findings: [refused] }));
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    const bar = card().querySelector('[data-testid="generate-refused"]');
    expect(bar?.textContent).toContain("สร้างเล่มแผนไม่ได้ ไม่ได้เขียนชีตใด");
    expect(bar?.textContent).toContain("ไม่มีแถวใดอยู่ในฉบับเพิ่มเติม — ใส่แถว เพิ่มเติม ฉบับที่ 1");
    expect(card().querySelector('[data-testid="forms-summary"]')).toBeNull();
    expect(card().querySelector('[data-testid="generate-sheets"]')).toBeNull();
  });

  it("says how many rows were placed by suggestion or left unspecified, and that ผด.01 leaves equipment out", async () => {
    const placed: Finding = { code: "PLACED_BY_SUGGESTION", severity: "info", sheet: "โครงการ", cell: "H5", message: "จัดหมวด 2 โครงการตามคำแนะนำ", fix: "ตรวจ", row: 5, count: 2, cells: ["H5", "H7"] };
    const open: Finding = { code: "UNCLASSIFIED", severity: "warning", sheet: "โครงการ", cell: "H9", message: "1 โครงการยังไม่ระบุแผนงาน", fix: "กรอก", row: 9, count: 1, cells: ["H9"] };
    generate.mockResolvedValue(outcome({ findings: [placed, open], equipment: { items: 2, budget: 69_000 } }));
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    const notes = Array.from(card().querySelectorAll('[data-testid="generate-placement"]')).map((e) => e.textContent);
    expect(notes).toEqual(["จัดหมวด 2 โครงการตามคำแนะนำ — ตรวจ", "1 โครงการยังไม่ระบุแผนงาน — กรอก"]);
    expect(card().querySelector('[data-testid="generate-equipment"]')?.textContent).toBe("ครุภัณฑ์ 2 รายการ งบประมาณ 69,000.00\u00a0บาท อยู่ในบัญชี ผด.02/1 จึงไม่รวมในยอดของ ผด.01");
  });

  it("asks before replacing sheets edited by hand; แทนที่ answers yes", async () => {
    let answer: boolean | undefined;
    generate.mockImplementation(async () => {
      answer = await requestConfirmation({ action: "generateForms", source: "pane", sheets: ["ผด.02", "ผด.02-1"] });
      return outcome({ edited: ["ผด.02", "ผด.02-1"] });
    });
    await render(<App />);
    await act(async () => button("สร้างบัญชี ผด.").focus());
    await click(button("สร้างบัญชี ผด."));
    const d = dialog();
    expect(d).not.toBeNull();
    expect(d!.textContent).toContain("ชีตต่อไปนี้ถูกแก้ไขด้วยมือ: “ผด.02”, “ผด.02-1” แทนที่หรือไม่");
    expect(text()).toContain("รอคำตอบ");
    await click(button("แทนที่", d!));
    expect(answer).toBe(true);
    expect(pendingConfirmation()).toBeUndefined();
    expect(dialog()).toBeNull();
    expect(card().querySelector('[data-testid="generate-outcome"]')?.textContent).toContain("สร้างเล่มแผนแล้ว 3 ชีต");
    // the run button stayed focusable while the question was open: the focus is back on it
    expect(document.activeElement).toBe(button("สร้างบัญชี ผด."));
  });

  it("ยกเลิก answers no, and the step says nothing was changed", async () => {
    let answer: boolean | undefined;
    generate.mockImplementation(async () => {
      answer = await requestConfirmation({ action: "generateForms", source: "pane", sheets: ["ผด.02"] });
      return outcome({ written: [], edited: ["ผด.02"], cancelled: true });
    });
    await render(<App />);
    await click(button("สร้างบัญชี ผด."));
    await click(button("ยกเลิก", dialog()!));
    expect(answer).toBe(false);
    const bar = card().querySelector('[data-testid="generate-outcome"]')?.textContent ?? "";
    expect(bar).toContain("ยกเลิกแล้ว ไม่ได้แก้ไขชีตใด");
    expect(bar).toContain("“ผด.02”");
    expect(card().querySelector('[data-testid="forms-summary"]')).toBeNull();
    expect(card().querySelector('[data-testid="generate-sheets"]')).toBeNull();
  });

  it("asks for a ribbon run too, and shows its progress and outcome", async () => {
    await render(<App />);
    await act(async () => publishProgress({ action: "generateForms", source: "ribbon", progress: { stage: "build", done: 1, total: 1 } }));
    expect(Number(card().querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow"))).toBeCloseTo(0.5);
    // only a run the pane started can be stopped from it
    expect(() => button("ยกเลิก")).toThrow();
    let answer: Promise<boolean> | undefined;
    await act(async () => {
      answer = requestConfirmation({ action: "generateForms", source: "ribbon", sheets: ["ผด.01"] });
    });
    expect(dialog()?.textContent).toContain("“ผด.01”");
    await click(button("แทนที่", dialog()!));
    await expect(answer).resolves.toBe(true);
    await act(async () => publish({ action: "generateForms", source: "ribbon", ok: true, result: outcome({ edited: ["ผด.01"] }) }));
    expect(text()).toContain("ผลจากปุ่ม “สร้างบัญชี ผด.” บนริบบอน");
    expect(tableRows()).toHaveLength(7);
  });

  it("shows a question that was asked before the pane mounted", async () => {
    // A listener that is not the pane's: the request goes out and stays pending until answered.
    const stop = subscribeConfirm(jest.fn());
    const answer = requestConfirmation({ action: "generateForms", source: "ribbon", sheets: ["ผด.02"] });
    stop();
    await render(<App />);
    expect(dialog()?.textContent).toContain("“ผด.02”");
    await click(button("ยกเลิก", dialog()!));
    await expect(answer).resolves.toBe(false);
  });

  it("shows a failure in the user's language", async () => {
    generate.mockRejectedValue(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    await render(<App lang="en" />);
    await click(button("Build forms"));
    expect(text()).toContain("Could not finish");
    expect(text()).toContain("Press Enter or Esc");
    expect(text()).toContain("Step 4");
  });
});
