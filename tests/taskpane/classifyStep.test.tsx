/**
 * @jest-environment jsdom
 */
/**
 * The จัดหมวดหมู่ step of the pane: progress and ยกเลิก, the review list with the uncertain projects
 * first, changing a decision, confirming one row or all confident ones, undo, conflicts,
 * "แสดงเพิ่ม", errors, and runs from the ribbon.
 */
import { act } from "react";

jest.mock("../../src/host/actions", () => jest.requireActual("../support/paneActionsMock").paneActionsMock());

import type { ApplyRecord, ClassifyResult, Decision, ProjectClassification } from "../../src/commands/classifyResult";
import type { ApplyChoicesOptions, ClassifyOptions } from "../../src/host/actions";
import { applyClassificationChoices, runClassify, undoLastClassification } from "../../src/host/actions";
import { publish, publishProgress } from "../../src/host/resultBus";
import type { ClassifyOutcome } from "../../src/host/actionEvents";
import { App } from "../../src/taskpane/App";
import { PROJECT_PAGE } from "../../src/taskpane/components/ClassificationList";
import { CancelledError, WorkbookError } from "../../src/workbook/port";
import { buttonIn, stepCard, unavailable, usePaneRoot } from "../support/paneHarness";


const classify = runClassify as jest.MockedFunction<typeof runClassify>;
const apply = applyClassificationChoices as jest.MockedFunction<typeof applyClassificationChoices>;
const undo = undoLastClassification as jest.MockedFunction<typeof undoLastClassification>;

const pane = usePaneRoot();
const render = pane.render;

function card(): HTMLElement {
  return stepCard(pane.container(), "จัดหมวดหมู่", "Classify");
}

function text(): string {
  return card().textContent ?? "";
}

function button(label: string | RegExp, within: HTMLElement = card()): HTMLButtonElement {
  return buttonIn(within, label);
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

/** The review rows, in the order shown. */
function rows(): HTMLElement[] {
  return Array.from(card().querySelectorAll<HTMLElement>('[data-testid="classification"]'));
}

function row(key: string): HTMLElement {
  const found = rows().find((r) => r.dataset.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

/** A row's dropdown for a field, by its accessible name. */
function dropdown(key: string, what: "แผนงาน" | "ยุทธศาสตร์"): HTMLButtonElement | null {
  return row(key).querySelector<HTMLButtonElement>(`button[role="combobox"][aria-label^="${what}ของ"]`);
}

/** Opens a dropdown and picks the option with this text. */
async function choose(combobox: HTMLButtonElement, option: string): Promise<void> {
  await click(combobox);
  const listbox = document.getElementById(combobox.getAttribute("aria-controls") ?? "");
  const options = Array.from((listbox ?? document.body).querySelectorAll<HTMLElement>('[role="option"]'));
  const found = options.find((o) => o.textContent?.startsWith(option));
  if (!found) throw new Error(`no option "${option}" in: ${options.map((o) => o.textContent).join(" | ")}`);
  await click(found);
}

const PLANS = ["แผนงานบริหารงานทั่วไป", "แผนงานการศึกษา", "แผนงานสาธารณสุข", "แผนงานสร้างความเข้มแข็งของชุมชน", "แผนงานอุตสาหกรรมและการโยธา"];
const STRATEGIES = ["ยุทธศาสตร์การพัฒนาคน", "ยุทธศาสตร์โครงสร้างพื้นฐาน"];

function decision(name: string | null, method: Decision["method"], confidence: number, alternatives: [string, number][] = []): Decision {
  return { name, method, confidence, alternatives: alternatives.map(([n, score]) => ({ name: n, score })) };
}

function project(row: number, name: string, plan: Decision, strategy: Decision, cells: { plan?: string | null; strategy?: string | null } = {}): ProjectClassification {
  return {
    key: `โครงการ!${row}`,
    sheet: "โครงการ",
    row,
    name,
    plan,
    strategy,
    planCell: cells.plan === undefined ? `Q${row}` : cells.plan,
    strategyCell: cells.strategy === undefined ? `P${row}` : cells.strategy,
  };
}

const ROAD = project(
  5,
  "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3",
  decision("แผนงานอุตสาหกรรมและการโยธา", "suggested", 0.92, [
    ["แผนงานอุตสาหกรรมและการโยธา", 0.92],
    ["แผนงานเคหะและชุมชน", 0.3],
  ]),
  decision("ยุทธศาสตร์โครงสร้างพื้นฐาน", "inferred", 0.92),
);
const ELDERLY = project(
  6,
  "เบี้ยยังชีพผู้สูงอายุ",
  decision("แผนงานสร้างความเข้มแข็งของชุมชน", "suggested", 0.55, [
    ["แผนงานสร้างความเข้มแข็งของชุมชน", 0.55],
    ["แผนงานสาธารณสุข", 0.45],
  ]),
  decision("ยุทธศาสตร์การพัฒนาคน", "inferred", 0.55),
);
const LUNCH = project(7, "โครงการอาหารกลางวันเด็กนักเรียน", decision("แผนงานการศึกษา", "label", 1), decision("ยุทธศาสตร์การพัฒนาคน", "inferred", 0.95), {
  plan: null,
});
const UNKNOWN = project(8, "โครงการพิเศษ", decision(null, "unresolved", 0), decision(null, "unresolved", 0));
const HEADED = project(9, "จัดซื้อวัสดุสำนักงาน", decision("แผนงานบริหารงานทั่วไป", "heading", 0.98), decision("ยุทธศาสตร์การพัฒนาคน", "heading", 0.98), {
  plan: null,
  strategy: null,
});
const WEAKER = project(
  10,
  "โครงการอบรมอาสาสมัคร",
  decision("แผนงานสาธารณสุข", "suggested", 0.4, [["แผนงานสาธารณสุข", 0.4]]),
  decision("ยุทธศาสตร์การพัฒนาคน", "inferred", 0.4),
);

function result(classifications: ProjectClassification[] = [ROAD, ELDERLY, LUNCH, UNKNOWN, HEADED, WEAKER], findings: ClassifyResult["findings"] = []): ClassifyResult {
  return {
    classifications,
    findings,
    strategies: STRATEGIES,
    plans: PLANS,
    columnsToAdd: [
      { sheet: "โครงการ", cell: "P3", header: "ยุทธศาสตร์" },
      { sheet: "โครงการ", cell: "Q3", header: "แผนงาน" },
    ],
  };
}

const CONFLICT = {
  code: "CLASS_CONFLICT" as const,
  severity: "warning" as const,
  sheet: "โครงการ",
  cell: "E7",
  row: 7,
  message: "โครงการ \"โครงการอาหารกลางวันเด็กนักเรียน\" ระบุแผนงานการศึกษา แต่ชื่อโครงการบ่งว่าเป็นแผนงานสาธารณสุข",
  fix: "ตรวจแผนงานของโครงการนี้",
};

const classified = (r: ClassifyResult = result(), extra: Partial<ClassifyOutcome> = {}): ClassifyOutcome => ({ step: "classify", result: r, ...extra });

const cell = (c: string, value: string) => ({ sheet: "โครงการ", cell: c, value });

async function classifyNow(r: ClassifyResult = result()): Promise<void> {
  classify.mockResolvedValue(classified(r));
  await click(button("จัดหมวดหมู่"));
}

beforeEach(() => {
  classify.mockReset();
  apply.mockReset();
  undo.mockReset();
});


describe("classify step", () => {
  it("is step 3 with a จัดหมวดหมู่ button and nothing else yet", async () => {
    await render(<App />);
    expect(text()).toContain("ขั้นที่ 3");
    expect(unavailable(button("จัดหมวดหมู่"))).toBe(false);
    expect(card().querySelector('[data-testid="classify-result"]')).toBeNull();
    expect(card().querySelector("img")?.getAttribute("src")).toBe("assets/classify-32.png");
  });

  it("shows the progress of the classification", async () => {
    const pending = deferred<ClassifyOutcome>();
    let options: ClassifyOptions | undefined;
    classify.mockImplementation((o) => {
      options = o;
      return pending.promise;
    });
    await render(<App />);
    await click(button("จัดหมวดหมู่"));
    expect(classify).toHaveBeenCalledWith({ source: "pane", onProgress: expect.any(Function), signal: expect.any(AbortSignal) });
    expect(unavailable(button("จัดหมวดหมู่"))).toBe(true);
    // pressed again while running: nothing
    await click(button("จัดหมวดหมู่"));
    expect(classify).toHaveBeenCalledTimes(1);
    expect(text()).toContain("กำลังเริ่มจัดหมวดหมู่…");
    // indeterminate until the first report
    expect(card().querySelector('[role="progressbar"]')?.hasAttribute("aria-valuenow")).toBe(false);
    expect(unavailable(button("ยกเลิก"))).toBe(false);
    await act(async () => options?.onProgress?.({ done: 30, total: 120 }));
    const bar = card().querySelector('[role="progressbar"]') as HTMLElement;
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(0.25);
    expect(text()).toContain("กำลังจัดหมวดหมู่โครงการ… 25%");
    await act(async () => pending.resolve(classified()));
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(rows()).toHaveLength(6);
  });

  it("cancels its own run with ยกเลิก, keeping the list before it and the choices made in it", async () => {
    await render(<App />);
    await classifyNow();
    await choose(dropdown("โครงการ!10", "แผนงาน")!, "แผนงานการศึกษา");
    expect(text()).toContain("บันทึก 4 เซลล์");

    const pending = deferred<ClassifyOutcome>();
    let options: ClassifyOptions | undefined;
    classify.mockImplementationOnce((o) => {
      options = o;
      return pending.promise;
    });
    await click(button("จัดหมวดหมู่"));
    await act(async () => options?.onProgress?.({ done: 10, total: 120 }));
    await act(async () => button("ยกเลิก").focus());
    await click(button("ยกเลิก"));
    expect(options?.signal?.aborted).toBe(true);
    expect(unavailable(button("กำลังยกเลิก…"))).toBe(true);
    // the list and its buttons wait for the run to stop
    expect(card().querySelector('[data-testid="classify-result"]')).toBeNull();

    await act(async () => pending.reject(new CancelledError()));
    expect(card().querySelector('[role="progressbar"]')).toBeNull();
    expect(card().querySelector('[data-testid="classify-cancelled"]')?.textContent).toBe("ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน");
    expect(text()).not.toContain("ทำไม่สำเร็จ");
    expect(rows()).toHaveLength(6);
    expect(text()).toContain("บันทึก 4 เซลล์");
    expect(unavailable(button("ยอมรับทั้งหมดที่มั่นใจ"))).toBe(false);
    expect(unavailable(button("จัดหมวดหมู่"))).toBe(false);
    // ยกเลิก is gone with the focus it had: the focus goes back to จัดหมวดหมู่
    expect(document.activeElement).toBe(button("จัดหมวดหมู่"));
  });

  it("lists the uncertain projects first: undecided, weak guesses (weakest first), conflicts, then the rest", async () => {
    await render(<App />);
    await classifyNow(result(undefined, [CONFLICT]));
    expect(rows().map((r) => r.dataset.key)).toEqual(["โครงการ!8", "โครงการ!10", "โครงการ!6", "โครงการ!7", "โครงการ!5", "โครงการ!9"]);
    expect(rows().map((r) => r.textContent?.includes("ต้องตรวจ"))).toEqual([true, true, true, true, false, false]);
    expect(card().querySelector('[data-testid="classify-summary"]')?.textContent).toBe("6 โครงการ · ต้องตรวจ 4 รายการ");
    expect(text()).toContain("จะเพิ่มคอลัมน์ “ยุทธศาสตร์” ที่เซลล์ P3 ของชีต “โครงการ”");
  });

  it("shows each decision with its method in Thai and its confidence, and a dropdown only where the cell is empty", async () => {
    await render(<App />);
    await classifyNow();
    const elderly = row("โครงการ!6");
    expect(elderly.textContent).toContain("เบี้ยยังชีพผู้สูงอายุ");
    expect(elderly.textContent).toContain("โครงการ · แถว 6");
    expect(elderly.textContent).toContain("แนะนำจากชื่อโครงการ · มั่นใจ 55% · จะบันทึกที่ Q6");
    expect(elderly.textContent).toContain("อนุมานจากแผนงาน · มั่นใจ 55% · จะบันทึกที่ P6");
    expect(dropdown("โครงการ!6", "แผนงาน")?.textContent).toContain("แผนงานสร้างความเข้มแข็งของชุมชน");
    expect(dropdown("โครงการ!6", "แผนงาน")?.getAttribute("aria-label")).toBe("แผนงานของ “เบี้ยยังชีพผู้สูงอายุ”");

    const lunch = row("โครงการ!7");
    expect(dropdown("โครงการ!7", "แผนงาน")).toBeNull();
    expect(lunch.textContent).toContain("ป้ายที่กรอกไว้ · มั่นใจ 100% · มีในชีตแล้ว");
    expect(dropdown("โครงการ!7", "ยุทธศาสตร์")).not.toBeNull();

    const headed = row("โครงการ!9");
    expect(headed.querySelector('button[role="combobox"]')).toBeNull();
    expect(headed.textContent).toContain("หัวข้อในแผ่นงาน · มั่นใจ 98%");
    expect(() => button("ยืนยันรายการนี้", headed)).toThrow();

    const unknown = row("โครงการ!8");
    expect(unknown.textContent).toContain("ยังตัดสินไม่ได้ · จะบันทึกที่ Q8");
    expect(unavailable(button("ยืนยันรายการนี้", unknown))).toBe(true);
    expect(button("ยืนยันรายการนี้", unknown).getAttribute("aria-label")).toBe("ยืนยันรายการนี้: โครงการพิเศษ");
  });

  it("offers the alternatives first, then every other choice, and passes the pick into the row's confirm", async () => {
    await render(<App />);
    await classifyNow();
    const combobox = dropdown("โครงการ!6", "แผนงาน")!;
    await click(combobox);
    const listbox = document.getElementById(combobox.getAttribute("aria-controls") ?? "")!;
    const groups = Array.from(listbox.querySelectorAll('[role="group"]')).map((g) =>
      Array.from(g.querySelectorAll('[role="option"]')).map((o) => o.textContent),
    );
    expect(groups[0]).toEqual(["แผนงานสร้างความเข้มแข็งของชุมชน55%\u00a0ตรง", "แผนงานสาธารณสุข45%\u00a0ตรง"]);
    expect(groups[1]).toEqual(["แผนงานบริหารงานทั่วไป", "แผนงานการศึกษา", "แผนงานอุตสาหกรรมและการโยธา"]);
    await click(combobox); // close

    await choose(dropdown("โครงการ!6", "แผนงาน")!, "แผนงานสาธารณสุข");
    expect(dropdown("โครงการ!6", "แผนงาน")?.textContent).toContain("แผนงานสาธารณสุข");
    expect(row("โครงการ!6").textContent).toContain("คุณเลือกเอง · จะบันทึกที่ Q6");
    await choose(dropdown("โครงการ!6", "ยุทธศาสตร์")!, "(เว้นว่างไว้)");

    const written = { cells: [cell("Q6", "แผนงานสาธารณสุข")], headers: [] };
    const applying = deferred<ClassifyOutcome>();
    apply.mockReturnValue(applying.promise);
    const confirm = button("ยืนยันรายการนี้", row("โครงการ!6"));
    await act(async () => confirm.focus());
    await click(confirm);
    expect(apply).toHaveBeenCalledTimes(1);
    // unavailable while it writes, and then with nothing left to confirm; the focus stays on it throughout
    expect(unavailable(button("ยืนยันรายการนี้", row("โครงการ!6")))).toBe(true);
    expect(document.activeElement).toBe(button("ยืนยันรายการนี้", row("โครงการ!6")));
    await click(button("ยืนยันรายการนี้", row("โครงการ!6")));
    expect(apply).toHaveBeenCalledTimes(1);
    await act(async () => applying.resolve(classified(result(), { step: "apply", written, undoable: written })));
    expect(row("โครงการ!6").textContent).toContain("บันทึกแล้วที่ Q6");
    expect(document.activeElement).toBe(button("ยืนยันรายการนี้", row("โครงการ!6")));
    const options = apply.mock.calls[0][0] as ApplyChoicesOptions;
    expect(options.source).toBe("pane");
    expect(options.minConfidence).toBeUndefined();
    expect([...(options.only ?? [])]).toEqual(["โครงการ!6"]);
    expect([...(options.choices ?? [])]).toEqual([["โครงการ!6", { plan: "แผนงานสาธารณสุข", strategy: null }]]);
  });

  it("accepts all confident ones with the confidence floor and the user's picks", async () => {
    await render(<App />);
    await classifyNow();
    // ROAD's two cells and LUNCH's strategy are at or above 75%
    expect(text()).toContain("บันทึก 3 เซลล์ที่มั่นใจตั้งแต่ 75% ขึ้นไป หรือที่คุณเลือกเอง");
    apply.mockResolvedValue(classified(result(), { step: "apply", written: { cells: [], headers: [] } }));
    await click(button("ยอมรับทั้งหมดที่มั่นใจ"));
    expect(apply).toHaveBeenLastCalledWith({ source: "pane", minConfidence: 0.75 });

    await choose(dropdown("โครงการ!10", "แผนงาน")!, "แผนงานการศึกษา");
    expect(text()).toContain("บันทึก 4 เซลล์");
    await click(button("ยอมรับทั้งหมดที่มั่นใจ"));
    expect(apply).toHaveBeenLastCalledWith({ source: "pane", minConfidence: 0.75, choices: new Map([["โครงการ!10", { plan: "แผนงานการศึกษา" }]]) });
    expect(text()).toContain("ไม่ได้บันทึกเซลล์ใด");
  });

  it("says how many cells were written, marks them, and undoes with one click", async () => {
    await render(<App />);
    await classifyNow();
    const written: ApplyRecord = {
      cells: [cell("Q5", "แผนงานอุตสาหกรรมและการโยธา"), cell("P5", "ยุทธศาสตร์โครงสร้างพื้นฐาน"), cell("P7", "ยุทธศาสตร์การพัฒนาคน")],
      headers: [cell("P3", "ยุทธศาสตร์"), cell("Q3", "แผนงาน")],
    };
    apply.mockResolvedValue(classified(result(), { step: "apply", written, undoable: written }));
    await click(button("ยอมรับทั้งหมดที่มั่นใจ"));
    const bar = card().querySelector('[data-testid="classify-outcome"]')!;
    expect(bar.textContent).toContain("บันทึกแล้ว 3 เซลล์");
    expect(bar.textContent).toContain("เพิ่มหัวคอลัมน์ 2 คอลัมน์");
    expect(row("โครงการ!5").textContent).toContain("บันทึกแล้วที่ Q5");
    expect(dropdown("โครงการ!5", "แผนงาน")).toBeNull();
    expect(unavailable(button("ยืนยันรายการนี้", row("โครงการ!5")))).toBe(true);
    expect(text()).not.toContain("จะเพิ่มคอลัมน์");
    expect(text()).toContain("บันทึก 0 เซลล์");
    expect(unavailable(button("ยอมรับทั้งหมดที่มั่นใจ"))).toBe(true);

    undo.mockResolvedValue(classified(result(), { step: "undo", undone: { restored: 2, keptEdited: 1 } }));
    await click(button("ย้อนกลับ", bar as HTMLElement));
    expect(undo).toHaveBeenCalledWith({ source: "pane" });
    const after = card().querySelector('[data-testid="classify-outcome"]')!;
    expect(after.textContent).toContain("ย้อนกลับแล้ว ลบ 2 เซลล์");
    expect(after.textContent).toContain("1 เซลล์ถูกแก้ไขหลังบันทึก จึงคงไว้ตามที่แก้");
    expect(() => button("ย้อนกลับ", after as HTMLElement)).toThrow();
    expect(dropdown("โครงการ!5", "แผนงาน")).not.toBeNull();
  });

  it("shows a CLASS_CONFLICT warning at its project's row", async () => {
    await render(<App />);
    await classifyNow(result(undefined, [CONFLICT, { ...CONFLICT, row: 40, cell: "E40", message: "ป้ายแปลก" }]));
    const lunch = row("โครงการ!7");
    expect(lunch.textContent).toContain("E7: โครงการ \"โครงการอาหารกลางวันเด็กนักเรียน\" ระบุแผนงานการศึกษา");
    expect(lunch.textContent).toContain("วิธีแก้: ตรวจแผนงานของโครงการนี้");
    expect(row("โครงการ!6").textContent).not.toContain("ระบุแผนงาน");
    // one with no listed row goes on top
    expect(text()).toContain("โครงการ · แถว 40: ป้ายแปลก");
  });

  it(`renders ${PROJECT_PAGE} projects at first and more on แสดงเพิ่ม`, async () => {
    const many = Array.from({ length: 230 }, (_, i) => project(i + 5, `โครงการ ${i + 1}`, decision("แผนงานการศึกษา", "suggested", 0.9), decision("ยุทธศาสตร์การพัฒนาคน", "inferred", 0.9)));
    await render(<App />);
    await classifyNow(result(many));
    expect(rows()).toHaveLength(PROJECT_PAGE);
    expect(text()).toContain(`แสดง ${PROJECT_PAGE} จาก 230 รายการ`);
    await click(button("แสดงเพิ่ม (อีก 130 รายการ)"));
    await click(button("แสดงเพิ่ม (อีก 30 รายการ)"));
    expect(rows()).toHaveLength(230);
    expect(() => button(/แสดงเพิ่ม/)).toThrow();
  });

  it("keeps the list when an apply fails and says why in Thai", async () => {
    await render(<App />);
    await classifyNow();
    apply.mockRejectedValue(new WorkbookError("SHEET_MISSING", "โครงการ", "gone"));
    await click(button("ยอมรับทั้งหมดที่มั่นใจ"));
    expect(text()).toContain("ไม่พบชีต “โครงการ” ในสมุดงานนี้");
    expect(rows()).toHaveLength(6);
    expect(unavailable(button("ยอมรับทั้งหมดที่มั่นใจ"))).toBe(false);
  });

  it("shows a failed classification and lets the user try again", async () => {
    classify.mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    await render(<App />);
    await click(button("จัดหมวดหมู่"));
    expect(text()).toContain("Excel กำลังแก้ไขเซลล์อยู่");
    await classifyNow();
    expect(text()).not.toContain("Excel กำลังแก้ไขเซลล์อยู่");
    expect(rows()).toHaveLength(6);
  });

  it("shows a ribbon run: its progress, what it wrote, with undo", async () => {
    await render(<App />);
    await act(async () => publishProgress({ action: "classifyProjects", source: "ribbon", progress: { done: 1, total: 2 } }));
    expect(text()).toContain("กำลังจัดหมวดหมู่โครงการ… 50%");
    // only a run the pane started can be stopped from it
    expect(() => button("ยกเลิก")).toThrow();
    // a check's progress is not ours
    await act(async () => publishProgress({ action: "checkProjects", source: "ribbon", progress: { stage: "read", done: 0, total: 2 } }));
    expect(text()).toContain("50%");
    await act(async () => publish({ action: "classifyProjects", source: "ribbon", ok: true, result: classified() }));
    const written: ApplyRecord = { cells: [cell("Q5", "แผนงานอุตสาหกรรมและการโยธา")], headers: [] };
    await act(async () =>
      publish({ action: "classifyProjects", source: "ribbon", ok: true, result: classified(result(), { step: "apply", written, undoable: written }) }),
    );
    expect(text()).toContain("ผลจากปุ่ม “จัดหมวดหมู่” บนริบบอน");
    expect(card().querySelector('[data-testid="classify-outcome"]')?.textContent).toContain("บันทึกแล้ว 1 เซลล์");
    expect(classify).not.toHaveBeenCalled();
    // a failure of the ribbon's apply keeps the list
    await act(async () => publish({ action: "classifyProjects", source: "ribbon", ok: false, error: { code: "X", message: "ข้อความจากริบบอน" } }));
    expect(text()).toContain("ข้อความจากริบบอน");
    expect(rows()).toHaveLength(6);
  });

  it("shows a ribbon outcome published before the pane opened, and ignores its own echoes", async () => {
    const written: ApplyRecord = { cells: [cell("Q5", "แผนงานอุตสาหกรรมและการโยธา")], headers: [] };
    publish({ action: "classifyProjects", source: "ribbon", ok: true, result: classified(result(), { step: "apply", written, undoable: written }) });
    await render(<App />);
    expect(rows()).toHaveLength(6);
    expect(button("ย้อนกลับ").disabled).toBe(false);

    classify.mockImplementation(async () => {
      publish({ action: "classifyProjects", source: "pane", ok: true, result: classified(result([ROAD])) });
      return classified();
    });
    await click(button("จัดหมวดหมู่"));
    expect(rows()).toHaveLength(6);
    expect(text()).not.toContain("ผลจากปุ่ม");
  });

  it("speaks English when Office does", async () => {
    await render(<App lang="en" />);
    classify.mockResolvedValue(classified());
    await click(button("Classify"));
    expect(row("โครงการ!6").textContent).toContain("suggested from the project name · 55% confident · Will be saved in Q6");
    expect(row("โครงการ!6").textContent).toContain("โครงการ · row 6");
    expect(unavailable(button("Accept all confident ones"))).toBe(false);
    expect(card().querySelector('[data-testid="classify-summary"]')?.textContent).toBe("6 projects · 3 to review");
  });
});
