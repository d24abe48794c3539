/**
 * @jest-environment jsdom
 */
/**
 * ตรวจความเข้ากันได้กับ Excel in the pane: folded until opened, the run's progress, the table of
 * outcomes, the JSON copied, and a failure in Thai.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

jest.mock("../../src/host/selfTestActions", () => ({ runSelfTest: jest.fn() }));

import { HostError } from "../../src/host/errors";
import { runSelfTest, type SelfTestProgress, type SelfTestRun } from "../../src/host/selfTestActions";
import { SelfTestPanel } from "../../src/taskpane/components/SelfTestPanel";
import { LangContext } from "../../src/taskpane/lang";
import { formatSeen, reportJson } from "../../src/taskpane/selfTestFormat";
import "../support/jsdomReact";

const run = runSelfTest as jest.MockedFunction<typeof runSelfTest>;

const RUN: SelfTestRun = {
  report: {
    host: "Excel",
    platform: "PC",
    version: "16.0.18000.20000",
    requirementSets: ["1.1", "1.9", "1.14"],
    probes: [
      { id: "textStaysText", status: "pass", seen: { keptAsText: ["=1+1"] } },
      { id: "emptyNumberFormat", status: "fail", seen: { readBack: "" } },
      { id: "failedBatchLeftovers", status: "observed", seen: "applied" },
    ],
  },
  titles: {
    textStaysText: { th: "ข้อความยังเป็นข้อความ", en: "Text stays text" },
    emptyNumberFormat: { th: "รูปแบบว่างเป็น General", en: "Empty format is General" },
    failedBatchLeftovers: { th: "คำขอที่ล้มเหลว", en: "A failing request" },
  },
};

let container: HTMLDivElement;
let root: Root;

async function render(): Promise<void> {
  await act(async () => {
    root.render(
      <LangContext.Provider value="th">
        <SelfTestPanel />
      </LangContext.Provider>,
    );
  });
}

const text = () => container.textContent ?? "";
const button = (name: string) => Array.from(container.querySelectorAll("button")).find((b) => b.textContent === name)!;
const click = (el: Element) => act(async () => (el as HTMLElement).click());

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  run.mockReset();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("self-test panel", () => {
  it("runs the probes, shows their progress, then a table of statuses and what was seen, and copies the JSON", async () => {
    let report: (p: SelfTestProgress) => void = () => undefined;
    let finish: (r: SelfTestRun) => void = () => undefined;
    run.mockImplementation((onProgress) => {
      report = onProgress ?? report;
      return new Promise((resolve) => (finish = resolve));
    });
    await render();
    expect(container.querySelector("[data-testid=selftest-panel]")).toBeNull();
    await click(button("ความเข้ากันได้กับ Excel"));
    await click(button("ตรวจความเข้ากันได้กับ Excel"));
    expect(text()).toContain("กำลังเริ่มตรวจ…");
    await act(async () => report({ done: 1, total: 3, current: { id: "emptyNumberFormat", titleTh: "รูปแบบว่าง", titleEn: "x", run: jest.fn() } }));
    expect(text()).toContain("กำลังตรวจ 2/3: รูปแบบว่าง");
    await act(async () => finish(RUN));

    expect(text()).toContain("ตรวจ 3 รายการ: ผ่าน 1 · ไม่ผ่าน 1 · บันทึกไว้ 1");
    expect(text()).toContain("Excel: Excel · PC · รุ่น 16.0.18000.20000");
    const rows = Array.from(container.querySelectorAll("[data-testid=selftest-table] tbody tr")).map((r) =>
      Array.from(r.querySelectorAll("td")).map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ["ข้อความยังเป็นข้อความ", "ผ่าน", 'keptAsText: ["=1+1"]'],
      ["รูปแบบว่างเป็น General", "ไม่ผ่าน", 'readBack: ""'],
      ["คำขอที่ล้มเหลว", "บันทึกไว้", "applied"],
    ]);

    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await click(button("คัดลอกผลเป็น JSON"));
    const copied = JSON.parse(writeText.mock.calls[0][0]);
    expect(Object.keys(copied)).toEqual(["host", "platform", "version", "requirementSets", "probes"]);
    expect(copied.probes[1]).toEqual({ id: "emptyNumberFormat", status: "fail", seen: { readBack: "" } });
    expect(text()).toContain("คัดลอกผลแล้ว");
  });

  it("says in Thai when the check cannot run, and offers the button again", async () => {
    run.mockRejectedValue(new HostError("NOT_IN_EXCEL"));
    await render();
    await click(button("ความเข้ากันได้กับ Excel"));
    await click(button("ตรวจความเข้ากันได้กับ Excel"));
    expect(container.querySelector("[data-testid=selftest-error]")?.textContent).toMatch(/ตรวจไม่สำเร็จ.*ไม่พบ Excel/);
    expect(button("ตรวจความเข้ากันได้กับ Excel").getAttribute("aria-disabled")).not.toBe("true");
  });

  it("formats seen values and the report as the JSON promised", () => {
    expect(formatSeen("x")).toBe("x");
    expect(formatSeen({ a: null, b: 1, c: { d: true } })).toBe('a: –; b: 1; c: {"d":true}');
    expect(JSON.parse(reportJson(RUN.report)).probes).toHaveLength(3);
  });
});
