/**
 * @jest-environment jsdom
 */
/**
 * The แผนพัฒนาท้องถิ่น (ผ.02) card and the plan entries in the จัดหมวดหมู่ review: choosing the file,
 * what was found, a file without a plan and one that is no .xlsx, importing the sheets (asking
 * before a replace, and on an Excel without ExcelApi 1.13), and beside each project the linked
 * entry, its details or its row in the workbook, and two close candidates to choose from.
 * The file reader and readDevPlan are mocked with hand-made sheets and a hand-made plan.
 */
import { act } from "react";

jest.mock("../../src/host/actions", () => jest.requireActual("../support/paneActionsMock").paneActionsMock());
jest.mock("../../src/host/devPlanActions", () => ({
  canImportSheets: jest.fn(() => true),
  devPlanSheetClashes: jest.fn(async () => []),
  importDevPlanSheets: jest.fn(),
  showDevPlanRow: jest.fn(async () => undefined),
}));
jest.mock("../../src/workbook/xlsxRead", () => ({ readXlsxSheets: jest.fn() }));
jest.mock("../../src/domain/devPlan/readDevPlan", () => ({ readDevPlan: jest.fn() }));

import type { ClassifyResult, Decision, ProjectClassification } from "../../src/commands/classifyResult";
import type { SheetData } from "../../src/core/sheetData";
import { readDevPlan } from "../../src/domain/devPlan/readDevPlan";
import type { DevPlan, DevPlanEntry } from "../../src/domain/devPlan/types";
import { canImportSheets, devPlanSheetClashes, importDevPlanSheets, showDevPlanRow } from "../../src/host/devPlanActions";
import { clearDevPlan, currentDevPlan, devPlanInput } from "../../src/host/devPlanSource";
import { publish } from "../../src/host/resultBus";
import { App } from "../../src/taskpane/App";
import { readXlsxSheets } from "../../src/workbook/xlsxRead";
import { XlsxFileError } from "../../src/workbook/xlsxZip";
import { buttonIn, stepCard, unavailable, usePaneRoot } from "../support/paneHarness";

const read = readXlsxSheets as jest.MockedFunction<typeof readXlsxSheets>;
const readPlan = readDevPlan as jest.MockedFunction<typeof readDevPlan>;
const importable = canImportSheets as jest.MockedFunction<typeof canImportSheets>;
const clashes = devPlanSheetClashes as jest.MockedFunction<typeof devPlanSheetClashes>;
const doImport = importDevPlanSheets as jest.MockedFunction<typeof importDevPlanSheets>;
const showRow = showDevPlanRow as jest.MockedFunction<typeof showDevPlanRow>;

const pane = usePaneRoot();

const sheet = (name: string, values: SheetData["values"]): SheetData => ({ name, originRow: 0, originCol: 0, values, numberFormats: [] });

/** The file as an officer keeps it: a summary ผ.01, two ผ.02 pages, last plan's sheet. */
const FILE_SHEETS = [
  sheet("ผ.01", [["บัญชีสรุปโครงการพัฒนา"]]),
  sheet("ผ.02 ยุทธ1", [["แบบ ผ.02"], ["ที่", "โครงการ"]]),
  sheet("ผ.02 ยุทธ2", [["แบบ ผ.02"], ["ที่", "โครงการ"]]),
  sheet("แผนเดิม", [["โครงการเก่า"]]),
];

const INFRA = "1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
const WORKS = "(1) แผนงานอุตสาหกรรมและการโยธา";

function entry(sheetName: string, row: number, name: string, amount2569: number | null): DevPlanEntry {
  return {
    sheet: sheetName,
    row,
    no: "1",
    name,
    objective: "เพื่อการสัญจร",
    target: "กว้าง 4 ม.",
    unit: "กองช่าง",
    amounts: [2566, 2567, 2568, 2569, 2570].map((year, i) => ({ year, amount: year === 2569 ? amount2569 : null, cell: `${"EFGHI"[i]}${row}` })),
    strategy: { text: INFRA, number: 1, cell: "A5" },
    approach: null,
    plan: { text: WORKS, number: 1, cell: "A6" },
    amendment: null,
    form: "ผ.02",
    nameCell: `B${row}`,
  };
}

const ROAD3 = entry("ผ.02 ยุทธ1", 9, "ก่อสร้างถนน ค.ส.ล. หมู่ที่ 3", 450000);
const ROAD10 = entry("ผ.02 ยุทธ1", 10, "ก่อสร้างถนน ค.ส.ล. หมู่ที่ 10", 300000);

const PLAN: DevPlan = {
  origin: "file",
  sheets: [
    { name: "ผ.01", form: "ผ.01", read: false, entries: 0, years: [2566, 2567, 2568, 2569, 2570], profile: "2566-2570", cell: "A1" },
    { name: "ผ.02 ยุทธ1", form: "ผ.02", read: true, entries: 2, years: [2566, 2567, 2568, 2569, 2570], profile: "2566-2570", cell: "K1" },
    { name: "ผ.02 ยุทธ2", form: "ผ.02", read: true, entries: 1, years: [2566, 2567, 2568, 2569, 2570], profile: "2566-2570", cell: "K1" },
  ],
  entries: [ROAD3, ROAD10],
  years: [2566, 2567, 2568, 2569, 2570],
  profile: null,
};

function card(): HTMLElement {
  return stepCard(pane.container(), "แผนพัฒนาท้องถิ่น (ผ.02)", "Development plan (ผ.02)");
}

async function chooseFile(name = "แผนพัฒนา 2566-2570.xlsx"): Promise<void> {
  const input = card().querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input");
  // jsdom's File has no arrayBuffer(); the browser's has.
  const file = Object.assign(new File([], name), { arrayBuffer: async () => new Uint8Array([0x50, 0x4b, 3, 4]).buffer });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // the reader's promises settle
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

beforeEach(() => {
  jest.clearAllMocks();
  act(() => clearDevPlan());
  importable.mockReturnValue(true);
  read.mockResolvedValue(FILE_SHEETS);
  readPlan.mockReturnValue(PLAN);
});

describe("the development plan card", () => {
  it("reads the chosen file and shows its plan sheets, forms, entries and years", async () => {
    await pane.render(<App lang="th" />);
    expect(card().textContent).toContain("เลือกไฟล์แผนพัฒนา…");
    await chooseFile();
    expect(readPlan).toHaveBeenCalledWith(FILE_SHEETS, "file");
    const found = card().querySelector<HTMLElement>('[data-testid="dev-plan-found"]')!;
    expect(found.textContent).toContain("ใช้แผนพัฒนาจากไฟล์ “แผนพัฒนา 2566-2570.xlsx”");
    expect(found.textContent).toContain("ปีของแผน: พ.ศ.\u00a02566, 2567, 2568, 2569, 2570");
    const lines = Array.from(card().querySelectorAll('[data-testid="dev-plan-sheets"] li')).map((li) => li.textContent);
    expect(lines).toEqual([
      "“ผ.01” แบบ ผ.01 · รู้จักแบบนี้ แต่ไม่ใช่รายการโครงการ จึงไม่ได้อ่าน · ปี 2566, 2567, 2568, 2569, 2570",
      "“ผ.02 ยุทธ1” แบบ ผ.02 · 2 โครงการ · ปี 2566, 2567, 2568, 2569, 2570",
      "“ผ.02 ยุทธ2” แบบ ผ.02 · 1 โครงการ · ปี 2566, 2567, 2568, 2569, 2570",
    ]);
    // the commands get the plan's sheets only, not last plan's sheet
    expect(devPlanInput().devPlan?.map((s) => s.name)).toEqual(["ผ.01", "ผ.02 ยุทธ1", "ผ.02 ยุทธ2"]);
    expect(buttonIn(card(), "เลือกไฟล์อื่น…")).toBeTruthy();
  });

  it("says a file holds no ผ.02, naming its sheets, and keeps the plan chosen before", async () => {
    await pane.render(<App lang="th" />);
    await chooseFile("แผนเดิม.xlsx");
    readPlan.mockReturnValue(null);
    await chooseFile("งบประมาณ.xlsx");
    const none = card().querySelector<HTMLElement>('[data-testid="dev-plan-none"]')!;
    expect(none.textContent).toContain("ไม่พบแบบ ผ.02 ในไฟล์ “งบประมาณ.xlsx” (แผ่นงานที่ดู: “ผ.01”, “ผ.02 ยุทธ1”, “ผ.02 ยุทธ2”, “แผนเดิม”)");
    expect(none.textContent).toContain("ยังใช้แผนจากไฟล์ “แผนเดิม.xlsx” เหมือนเดิม");
    expect(currentDevPlan()?.fileName).toBe("แผนเดิม.xlsx");
  });

  it("tells an old .xls or a password-protected file in Thai, with the fix", async () => {
    read.mockRejectedValue(new XlsxFileError("OLD_FORMAT", "OLE"));
    await pane.render(<App lang="th" />);
    await chooseFile("แผน.xls");
    expect(card().textContent).toContain("อ่านไฟล์ “แผน.xls” ไม่ได้: เป็นไฟล์ .xls ของ Excel รุ่นเก่า หรือไฟล์ที่ตั้งรหัสผ่านไว้");
    expect(card().textContent).toContain("บันทึกเป็น “สมุดงาน Excel (.xlsx)”");
    expect(currentDevPlan()).toBeUndefined();
    expect(devPlanInput()).toEqual({});
  });

  it("asks before replacing a sheet of the same name, then imports and forgets the file", async () => {
    clashes.mockResolvedValue(["ผ.02 ยุทธ1"]);
    doImport.mockResolvedValue({ inserted: ["ผ.01", "ผ.02 ยุทธ1", "ผ.02 ยุทธ2"], replaced: ["ผ.02 ยุทธ1"] });
    await pane.render(<App lang="th" />);
    await chooseFile();
    await click(buttonIn(card(), "นำเข้าแผ่นงานเข้าสมุดงาน"));
    const ask = card().querySelector<HTMLElement>('[data-testid="dev-plan-clash"]')!;
    expect(ask.textContent).toContain("แผ่นงาน “ผ.02 ยุทธ1” มีอยู่ในสมุดงานนี้แล้ว");
    expect(doImport).not.toHaveBeenCalled();
    await click(buttonIn(ask, "แทนที่"));
    expect(doImport).toHaveBeenCalledWith({ replace: ["ผ.02 ยุทธ1"], skip: [] });
    expect(card().querySelector('[data-testid="dev-plan-imported"]')?.textContent).toContain("นำเข้าแล้ว 3 แผ่นงาน: “ผ.01”, “ผ.02 ยุทธ1”, “ผ.02 ยุทธ2”");
  });

  it("skips the clashing sheets when asked to", async () => {
    clashes.mockResolvedValue(["ผ.01"]);
    doImport.mockResolvedValue({ inserted: ["ผ.02 ยุทธ1", "ผ.02 ยุทธ2"], replaced: [] });
    await pane.render(<App lang="th" />);
    await chooseFile();
    await click(buttonIn(card(), "นำเข้าแผ่นงานเข้าสมุดงาน"));
    await click(buttonIn(card().querySelector<HTMLElement>('[data-testid="dev-plan-clash"]')!, "ข้ามแผ่นงานที่ซ้ำ"));
    expect(doImport).toHaveBeenCalledWith({ replace: [], skip: ["ผ.01"] });
  });

  it("on an Excel without ExcelApi 1.13 keeps the plan usable and says how to copy the sheets by hand", async () => {
    importable.mockReturnValue(false);
    await pane.render(<App lang="th" />);
    await chooseFile();
    expect(unavailable(buttonIn(card(), "นำเข้าแผ่นงานเข้าสมุดงาน"))).toBe(true);
    expect(card().textContent).toContain("Excel รุ่นนี้นำเข้าแผ่นงานจากไฟล์อื่นไม่ได้ (ต้องมี ExcelApi 1.13)");
    expect(card().textContent).toContain("“ย้ายหรือคัดลอก…”");
    expect(devPlanInput().devPlan).toHaveLength(3);
  });

  it("shows in English where Office runs in English", async () => {
    await pane.render(<App lang="en" />);
    await chooseFile();
    expect(card().textContent).toContain("Using the development plan from “แผนพัฒนา 2566-2570.xlsx”");
    expect(card().textContent).toContain("“ผ.02 ยุทธ1”, form ผ.02 · 2 projects");
  });
});

// ---------------------------------------------------------------------------------------------
// The review

const decision = (name: string | null, confidence: number): Decision => ({ name, method: name ? "suggested" : "unresolved", confidence, alternatives: [] });

function project(row: number, name: string, extra: Partial<ProjectClassification>): ProjectClassification {
  return {
    key: `โครงการ!${row}`,
    sheet: "โครงการ",
    row,
    name,
    plan: decision("แผนงานอุตสาหกรรมและการโยธา", 0.95),
    strategy: decision("ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", 0.95),
    planCell: `Q${row}`,
    strategyCell: `P${row}`,
    ...extra,
  };
}

const LINKED = project(5, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", {
  devPlan: { sheet: "ผ.02 ยุทธ1", row: 9, score: 0.93, name: ROAD3.name, strategy: INFRA, plan: WORKS, amount: 450000 },
  devPlanCandidates: [{ sheet: "ผ.02 ยุทธ1", row: 9, score: 0.93, name: ROAD3.name, strategy: INFRA, plan: WORKS, amount: 450000 }],
});
const TWINS = project(6, "โครงการก่อสร้างถนน คสล. ม.3/10", {
  devPlan: null,
  devPlanCandidates: [
    { sheet: "ผ.02 ยุทธ1", row: 9, score: 0.71, name: ROAD3.name, strategy: INFRA, plan: WORKS, amount: 450000 },
    { sheet: "ผ.02 ยุทธ1", row: 10, score: 0.7, name: ROAD10.name, strategy: INFRA, plan: WORKS, amount: null },
  ],
});
const MISSING = project(7, "โครงการจัดงานประเพณีลอยกระทง", { devPlan: null, devPlanCandidates: [] });

function classified(classifications: ProjectClassification[]): ClassifyResult {
  return { classifications, findings: [], strategies: ["ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"], plans: ["แผนงานอุตสาหกรรมและการโยธา"], columnsToAdd: [] };
}

async function showReview(classifications: ProjectClassification[]): Promise<void> {
  await act(async () => {
    publish({ action: "classifyProjects", source: "ribbon", ok: true, result: { step: "classify", result: classified(classifications) } });
  });
}

function reviewRow(key: string): HTMLElement {
  const found = Array.from(stepCard(pane.container(), "จัดหมวดหมู่", "Classify").querySelectorAll<HTMLElement>('[data-testid="classification"]')).find(
    (r) => r.dataset.key === key,
  );
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

const linkOf = (key: string) => reviewRow(key).querySelector<HTMLElement>('[data-testid="dev-plan-link"]');

describe("the plan entries in the review", () => {
  it("shows the linked entry beside the project, and its details from the chosen file on a click", async () => {
    await pane.render(<App lang="th" />);
    await chooseFile();
    await showReview([LINKED, MISSING]);
    const link = linkOf("โครงการ!5")!;
    expect(link.textContent).toContain("ในแผนพัฒนา: ก่อสร้างถนน ค.ส.ล. หมู่ที่ 3");
    expect(link.textContent).toContain("แผ่นงาน “ผ.02 ยุทธ1” แถว 9 · ตรงกัน 93%");
    await click(buttonIn(link, /ในแผนพัฒนา/));
    const details = document.querySelector<HTMLElement>('[data-testid="dev-plan-entry"]')!;
    expect(details.textContent).toContain(INFRA);
    expect(details.textContent).toContain(WORKS);
    expect(details.textContent).toContain("งบประมาณปีนี้450,000.00\u00a0บาท");
    expect(details.textContent).toContain("ที่: แผ่นงาน “ผ.02 ยุทธ1” แถว 9 ของไฟล์ที่เลือก");
    // the entry is in the file, not the workbook: nothing is selected in Excel
    expect(showRow).not.toHaveBeenCalled();
    expect(linkOf("โครงการ!7")?.textContent).toBe("ไม่พบในแผนพัฒนา");
  });

  it("selects the entry's row in the workbook when the plan is the workbook's own", async () => {
    await pane.render(<App lang="th" />);
    await showReview([LINKED]);
    const button = buttonIn(linkOf("โครงการ!5")!, /ในแผนพัฒนา/);
    expect(button.getAttribute("aria-label")).toBe("ดูรายการในแผนพัฒนาของ “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3”");
    await click(button);
    expect(showRow).toHaveBeenCalledWith("ผ.02 ยุทธ1", 9);
    expect(document.querySelector('[data-testid="dev-plan-entry"]')).toBeNull();
  });

  it("offers two close candidates and shows the one the user picks", async () => {
    await pane.render(<App lang="th" />);
    await showReview([TWINS]);
    const link = linkOf("โครงการ!6")!;
    const radios = Array.from(link.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios).toHaveLength(2);
    expect(link.textContent).toContain("มีรายการในแผนพัฒนาที่ใกล้เคียงกัน 2 รายการ เลือกรายการที่ใช่");
    expect(link.textContent).toContain("ก่อสร้างถนน ค.ส.ล. หมู่ที่ 3 (แผ่นงาน “ผ.02 ยุทธ1” แถว 9 · 71%)");
    expect(link.textContent).toContain("ก่อสร้างถนน ค.ส.ล. หมู่ที่ 10 (แผ่นงาน “ผ.02 ยุทธ1” แถว 10 · 70%)");
    // none is picked silently
    expect(radios.some((r) => r.checked)).toBe(false);
    expect(link.textContent).not.toContain("ในแผนพัฒนา:");
    await click(radios[1]);
    expect(linkOf("โครงการ!6")!.textContent).toContain("ในแผนพัฒนา: ก่อสร้างถนน ค.ส.ล. หมู่ที่ 10");
    await click(buttonIn(linkOf("โครงการ!6")!, /ในแผนพัฒนา/));
    expect(showRow).toHaveBeenCalledWith("ผ.02 ยุทธ1", 10);
  });

  it("says nothing of the plan when none was read", async () => {
    await pane.render(<App lang="th" />);
    await showReview([project(8, "โครงการอบรม", {})]);
    expect(linkOf("โครงการ!8")).toBeNull();
  });
});
