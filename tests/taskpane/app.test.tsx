/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

jest.mock("../../src/host/actions", () => ({
  runCreateTemplate: jest.fn(),
  runCheck: jest.fn(),
  selectCell: jest.fn(),
  defaultFiscalYear: jest.fn(() => 2569),
  isInExcel: jest.fn(() => true),
}));

import { isInExcel, runCreateTemplate } from "../../src/host/actions";
import { publish, resetBus, type TemplateResult } from "../../src/host/resultBus";
import { App } from "../../src/taskpane/App";
import { WorkbookError } from "../../src/workbook/port";
import "../support/jsdomReact";


const run = runCreateTemplate as jest.MockedFunction<typeof runCreateTemplate>;
const inExcel = isInExcel as jest.MockedFunction<typeof isInExcel>;

let container: HTMLDivElement;
let root: Root;

async function render(ui: React.ReactElement): Promise<void> {
  await act(async () => {
    root.render(ui);
  });
}

function text(): string {
  return container.textContent ?? "";
}

function button(label: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll("button")).find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${text()}`);
  return found;
}

function listed(testId: string): string[] {
  const list = container.querySelector(`[data-testid="${testId}"]`);
  return list ? Array.from(list.querySelectorAll("li")).map((li) => li.textContent ?? "") : [];
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

const RESULT: TemplateResult = {
  added: ["โครงการ", "ยุทธศาสตร์", "วันหยุด"],
  existing: ["ตั้งค่า", "รายการ"],
  fiscalYear: 2569,
};

beforeEach(() => {
  resetBus();
  run.mockReset();
  inExcel.mockReturnValue(true);
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe("task pane", () => {
  it("shows the Thai header, the template step and its button, then the check, classify and forms steps", async () => {
    await render(<App />);
    expect(text()).toContain("OpPlan · แผนการดำเนินงาน");
    expect(text()).toContain("แม่แบบ");
    expect(Array.from(container.querySelectorAll("h2")).map((h) => h.textContent)).toEqual(["แม่แบบ", "ตรวจสอบ", "จัดหมวดหมู่", "สร้างบัญชี ผด.", "ประกาศ"]);
    expect(button("ตรวจสอบ").disabled).toBe(false);
    expect(text()).toContain("ปีงบประมาณ\u00a0พ.ศ.\u00a02569"); // kept on one line
    expect(button("สร้างแม่แบบ").disabled).toBe(false);
    expect(text()).not.toContain("เปิดแผงนี้ใน Excel");
  });

  it("creates the template and lists the sheets added and those already there", async () => {
    const pending = deferred<TemplateResult>();
    run.mockReturnValue(pending.promise);
    await render(<App />);

    await click(button("สร้างแม่แบบ"));
    expect(run).toHaveBeenCalledWith({ fiscalYear: 2569, source: "pane" });
    expect(text()).toContain("กำลังสร้างแม่แบบ…");
    expect(button("สร้างแม่แบบ").disabled).toBe(true);

    await act(async () => pending.resolve(RESULT));
    expect(text()).not.toContain("กำลังสร้างแม่แบบ…");
    expect(button("สร้างแม่แบบ").disabled).toBe(false);
    expect(text()).toContain("สร้างแม่แบบเสร็จแล้ว");
    expect(text()).toContain("ชีตที่เพิ่ม (3)");
    expect(listed("sheets-added")).toEqual(["โครงการ", "ยุทธศาสตร์", "วันหยุด"]);
    expect(text()).toContain("ชีตที่มีอยู่แล้ว ไม่ได้แก้ไข (2)");
    expect(listed("sheets-existing")).toEqual(["ตั้งค่า", "รายการ"]);
    expect(text()).not.toContain("ผลจากปุ่ม");
  });

  it("says so when every template sheet was already there", async () => {
    run.mockResolvedValue({ added: [], existing: ["โครงการ"], fiscalYear: 2569 });
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).toContain("สมุดงานนี้มีแม่แบบครบอยู่แล้ว");
    expect(listed("sheets-added")).toEqual([]);
    expect(listed("sheets-existing")).toEqual(["โครงการ"]);
  });

  it("shows a Thai message when the workbook refuses", async () => {
    run.mockRejectedValue(new WorkbookError("INVALID_NAME", "แผน:2569", "bad name"));
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).toContain("ทำไม่สำเร็จ");
    expect(text()).toContain("ใช้ “แผน:2569” เป็นชื่อชีตไม่ได้");
    expect(text()).not.toContain("bad name");
    expect(button("สร้างแม่แบบ").disabled).toBe(false);
  });

  it("shows a Thai message for an Excel error and for an unexpected one", async () => {
    run.mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    run.mockRejectedValueOnce(new Error("boom"));
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).toContain("Excel กำลังแก้ไขเซลล์อยู่");
    await click(button("สร้างแม่แบบ"));
    expect(text()).not.toContain("Excel กำลังแก้ไขเซลล์อยู่");
    expect(text()).toContain("เกิดข้อผิดพลาดที่ไม่คาดคิด: boom");
  });

  it("shows the result of a ribbon run", async () => {
    await render(<App />);
    await act(async () => publish({ action: "createTemplate", source: "ribbon", ok: true, result: RESULT }));
    expect(text()).toContain("ผลจากปุ่ม “สร้างแม่แบบ” บนริบบอน");
    expect(listed("sheets-added")).toEqual(RESULT.added);
    expect(run).not.toHaveBeenCalled();

    await act(async () =>
      publish({ action: "createTemplate", source: "ribbon", ok: false, error: { code: "X", message: "ข้อความจากริบบอน" } }),
    );
    expect(text()).toContain("ข้อความจากริบบอน");
    expect(listed("sheets-added")).toEqual([]);
  });

  it("shows a ribbon result published before the pane opened", async () => {
    publish({ action: "createTemplate", source: "ribbon", ok: true, result: RESULT });
    await render(<App />);
    expect(listed("sheets-existing")).toEqual(RESULT.existing);
  });

  it("ignores the bus echo of its own run", async () => {
    run.mockImplementation(async () => {
      publish({ action: "createTemplate", source: "pane", ok: true, result: RESULT });
      return RESULT;
    });
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).not.toContain("ผลจากปุ่ม");
    expect(listed("sheets-added")).toEqual(RESULT.added);
  });

  it("tells the user to open it in Excel when there is no Excel", async () => {
    inExcel.mockReturnValue(false);
    await render(<App />);
    expect(text()).toContain("เปิดแผงนี้ใน Excel เพื่อใช้งาน");
  });

  it("speaks English when Office does", async () => {
    await render(<App lang="en" />);
    expect(text()).toContain("OpPlan · Operational Plan");
    expect(button("Create template")).toBeTruthy();
    expect(text()).toContain("fiscal year 2569\u00a0B.E.");
  });
});
