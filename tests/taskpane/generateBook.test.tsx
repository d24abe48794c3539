/**
 * @jest-environment jsdom
 */
/**
 * The สร้างบัญชี ผด. step as it makes the whole book: the description naming the parts, the parts
 * listed in order with the pages their footers print after a run, the note when the ปก and ประกาศ
 * were left out for want of the อปท.'s name, and the emblem: choosing a PNG or JPEG (a preview with
 * its alt text), a file that is no picture or is too large (a Thai message, the earlier emblem
 * kept), removing it (the focus stays in the step), and the choice read back after a reload from
 * the workbook's settings. The host's actions are mocked; the emblem's host module is the real one.
 */
import { act } from "react";

jest.mock("../../src/host/actions", () => jest.requireActual("../support/paneActionsMock").paneActionsMock());

import type { BookPart, GenerateOutcome } from "../../src/commands/generateResult";
import type { Finding } from "../../src/domain/findings";
import { runGenerate } from "../../src/host/actions";
import { currentBookLogo, LOGO_MAX_BYTES, LOGO_SETTING, resetBookLogo } from "../../src/host/bookLogo";
import { App } from "../../src/taskpane/App";
import { buttonIn, stepCard, usePaneRoot } from "../support/paneHarness";
import { PDF_BYTES, jpegHeadBytes, pngBytes } from "../host/pictureBytes";

const generate = runGenerate as jest.MockedFunction<typeof runGenerate>;
const pane = usePaneRoot();

const card = () => stepCard(pane.container(), "สร้างบัญชี ผด.", "Build forms");
const text = () => card().textContent ?? "";
const button = (label: string | RegExp) => buttonIn(card(), label);
const q = <T extends Element = HTMLElement>(testId: string) => card().querySelector<T>(`[data-testid="${testId}"]`);

async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

/** Chooses `bytes` as the file `name` in the emblem's file input, as the browser does. */
async function pick(name: string, bytes: Uint8Array, type = "image/png"): Promise<void> {
  const input = q<HTMLInputElement>("logo-file")!;
  const file = new File([bytes.slice()], name, { type });
  // jsdom's File has no arrayBuffer(): the browser's gives the bytes.
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // the read, the check and the settings' save
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

const part = (p: Partial<BookPart> & Pick<BookPart, "part" | "sheet" | "title">): BookPart => ({ firstPage: null, firstPageLabel: null, pages: 1, ...p });

const BOOK: BookPart[] = [
  part({ part: "cover", sheet: "ปก", title: "ปก" }),
  part({ part: "announcement", sheet: "ประกาศ", title: "ประกาศ" }),
  part({ part: "foreword", sheet: "คำนำ", title: "คำนำ", firstPageLabel: "ก" }),
  part({ part: "contents", sheet: "สารบัญ", title: "สารบัญ", firstPageLabel: "ข", pages: 2 }),
  part({ part: "intro", sheet: "ส่วนที่ 1", title: "ส่วนที่ 1 บทนำ", firstPage: 1, firstPageLabel: "1", pages: 4 }),
  part({ part: "pd01", sheet: "ผด.01", title: "บัญชีสรุปจำนวนโครงการและงบประมาณ (แบบ ผด.01)", firstPage: 5, firstPageLabel: "5", pages: 1 }),
  part({ part: "pd02", sheet: "ผด.02", title: "บัญชีโครงการ/กิจกรรม/งบประมาณ (แบบ ผด.02)", firstPage: 6, firstPageLabel: "6", pages: 12 }),
  part({ part: "pd021", sheet: "ผด.02-1", title: "บัญชีครุภัณฑ์ (แบบ ผด.02/1)", firstPage: 18, firstPageLabel: "18", pages: 2 }),
];

function outcome(partial: Partial<GenerateOutcome> = {}): GenerateOutcome {
  return {
    written: BOOK.map((p) => p.sheet),
    renamed: [],
    edited: [],
    cancelled: false,
    refused: [],
    equipment: { items: 0, budget: 0 },
    book: { parts: BOOK },
    summary: { fiscalYear: 2570, projects: 1, budget: 100000, strategies: [{ name: "1. ยุทธศาสตร์", projects: 1, budget: 100000, percentProjects: 100, percentBudget: 100 }] },
    findings: [],
    ...partial,
  };
}

const lines = () => Array.from(card().querySelectorAll('[data-testid="book-part"]')).map((li) => li.textContent);

/** Office.context.document.settings, kept across a "reload" of the pane. */
function fakeSettings() {
  const memory = new Map<string, unknown>();
  return {
    memory,
    get: (name: string) => (memory.has(name) ? memory.get(name) : null),
    set: (name: string, value: unknown) => void memory.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void memory.delete(name),
    saveAsync: (callback: (r: { status: string }) => void) => callback({ status: "succeeded" }),
  };
}

type Globals = { Office?: unknown };
let settings: ReturnType<typeof fakeSettings>;

beforeEach(() => {
  generate.mockReset();
  resetBookLogo();
  settings = fakeSettings();
  (globalThis as Globals).Office = { context: { document: { settings } } };
});

afterEach(() => {
  delete (globalThis as Globals).Office;
});

describe("the book in the generate step", () => {
  it("says it makes the whole book, naming its parts, under the same button", async () => {
    await pane.render(<App />);
    for (const p of ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "ส่วนที่ 1 บทนำ", "(ผด.01)", "(ผด.02)", "(ผด.02/1)"]) expect(text()).toContain(p);
    expect(text()).toContain("สร้างเล่มแผนการดำเนินงานทั้งเล่ม");
    expect(button("สร้างบัญชี ผด.")).toBeTruthy();
  });

  it("lists the parts in print order with the pages their footers print, and the sheets written", async () => {
    generate.mockResolvedValue(outcome());
    await pane.render(<App />);
    await click(button("สร้างบัญชี ผด."));
    expect(q("generate-outcome")?.textContent).toContain("สร้างเล่มแผนแล้ว 8 ชีต");
    expect(q("book-parts")?.querySelector("h3")?.textContent).toBe("เล่มแผนตามลำดับที่พิมพ์");
    expect(q("book-parts")?.querySelector("ol")).not.toBeNull();
    expect(lines()).toEqual([
      "ปก · ไม่มีเลขหน้า (1 หน้า)",
      "ประกาศ · ไม่มีเลขหน้า (1 หน้า)",
      "คำนำ · หน้า ก",
      "สารบัญ · หน้า ข (2 หน้า)",
      "ส่วนที่ 1 บทนำ · หน้า 1–4",
      "บัญชีสรุปจำนวนโครงการและงบประมาณ (แบบ ผด.01) · หน้า 5",
      "บัญชีโครงการ/กิจกรรม/งบประมาณ (แบบ ผด.02) · หน้า 6–17",
      // the title does not say the sheet's name: it is said beside it
      "บัญชีครุภัณฑ์ (แบบ ผด.02/1) · หน้า 18–19 · ชีต “ผด.02-1”",
    ]);
    expect(Array.from(card().querySelectorAll('[data-testid="generate-sheets"] button')).map((b) => b.textContent)).toEqual(BOOK.map((p) => p.sheet));
    expect(q("book-front-left-out")).toBeNull();
  });

  it("says the ปก and ประกาศ were left out, with the outcome's finding, and that the rest was built", async () => {
    const noName: Finding = {
      code: "SETTINGS_MISSING",
      severity: "error",
      sheet: "ตั้งค่า",
      cell: "B3",
      message: "ไม่ทราบชื่อ อปท. จึงไม่ได้สร้างปกและประกาศ",
      fix: 'กรอก "ชื่อ อปท." ในแผ่นงานตั้งค่า',
      row: 3,
    };
    // the check's own warning about another setting is not the reason
    const other: Finding = { ...noName, severity: "warning", cell: "B9", message: 'ยังไม่ได้กรอก "ผู้ลงนาม"', fix: "กรอก", row: 9 };
    const rest = BOOK.slice(2);
    generate.mockResolvedValue(outcome({ written: rest.map((p) => p.sheet), book: { parts: rest }, findings: [noName, other] }));
    await pane.render(<App />);
    await click(button("สร้างบัญชี ผด."));
    const note = q("book-front-left-out")!;
    expect(note.textContent).toContain("ไม่ได้สร้างปกและประกาศ");
    expect(note.textContent).toContain('ไม่ทราบชื่อ อปท. จึงไม่ได้สร้างปกและประกาศ — กรอก "ชื่อ อปท." ในแผ่นงานตั้งค่า');
    expect(note.textContent).not.toContain("ผู้ลงนาม");
    expect(note.textContent).toContain("จึงสร้างเฉพาะบัญชี ผด.01");
    expect(lines()[0]).toBe("คำนำ · หน้า ก");
  });

  it("says so in its own words when the outcome names no reason, and for one part left out", async () => {
    const noAnnouncement = BOOK.filter((p) => p.part !== "announcement");
    generate.mockResolvedValueOnce(outcome({ book: { parts: BOOK.slice(2) } })).mockResolvedValueOnce(outcome({ book: { parts: noAnnouncement } }));
    await pane.render(<App />);
    await click(button("สร้างบัญชี ผด."));
    expect(q("book-front-left-out")?.textContent).toContain("ไม่ทราบชื่อ อปท.: กรอก “ชื่อ อปท.” และ “ประเภท อปท.” ในแผ่นงานตั้งค่า");
    await click(button("สร้างบัญชี ผด."));
    expect(q("book-front-left-out")?.textContent).toContain("ไม่ได้สร้างประกาศ");
  });

  it("lists no parts and says nothing of the ปก for a run that wrote nothing", async () => {
    const refused: Finding = { code: "NO_PROJECTS", severity: "error", sheet: "", cell: "", message: "ไม่พบรายการโครงการ", fix: "สร้างแม่แบบ" };
    generate.mockResolvedValue(outcome({ written: [], refused: [refused], book: { parts: BOOK.slice(2) } }));
    await pane.render(<App />);
    await click(button("สร้างบัญชี ผด."));
    expect(q("generate-refused")?.textContent).toContain("สร้างเล่มแผนไม่ได้");
    expect(q("book-parts")).toBeNull();
    expect(q("book-front-left-out")).toBeNull();
  });

  it("speaks English when Office does", async () => {
    generate.mockResolvedValue(outcome());
    await pane.render(<App lang="en" />);
    expect(text()).toContain("Emblem (optional)");
    await click(button("Build forms"));
    expect(lines()[4]).toBe("ส่วนที่ 1 บทนำ · pages 1–4");
    expect(lines()[2]).toBe("คำนำ · page ก");
  });
});

describe("the emblem", () => {
  it("takes a PNG, shows it with its alt text, name and size, and says it goes on the ปก and ประกาศ", async () => {
    await pane.render(<App />);
    const group = q("book-logo")!;
    expect(group.tagName).toBe("FIELDSET");
    expect(group.querySelector("legend")?.textContent).toBe("ตราสัญลักษณ์ (ไม่บังคับ)");
    expect(group.textContent).toContain("รูป PNG หรือ JPEG ไม่เกิน 500\u00a0KB พิมพ์บนปกและประกาศ");
    expect(q("logo-none")?.textContent).toBe("ยังไม่ได้เลือกตรา ปกและประกาศจะพิมพ์โดยไม่มีตรา");
    expect(q("logo-file")?.getAttribute("aria-label")).toBe("ไฟล์รูปตราสัญลักษณ์ (PNG หรือ JPEG)");
    expect(q("logo-file")?.getAttribute("accept")).toContain("image/png");
    // the button stands for the hidden input: it opens it
    const opened = jest.fn();
    q("logo-file")!.addEventListener("click", opened);
    await click(button("เลือกรูปตรา…"));
    expect(opened).toHaveBeenCalledTimes(1);

    const bytes = pngBytes(400, 300);
    await pick("ตรา อบต.บ้านใหม่.png", bytes);
    const img = q<HTMLImageElement>("logo-preview")!;
    expect(img.getAttribute("alt")).toBe("ตราสัญลักษณ์ที่เลือก จากไฟล์ “ตรา อบต.บ้านใหม่.png”");
    expect(img.getAttribute("src")).toBe(`data:image/png;base64,${currentBookLogo()!.logo.base64}`);
    expect(q("logo-chosen")?.textContent).toContain(`400×300 พิกเซล · ${Math.ceil(bytes.length / 1024)}\u00a0KB`);
    expect(q("logo-none")).toBeNull();
    expect(q("logo-small")).toBeNull();
    expect(button("เลือกรูปอื่น…")).toBeTruthy();
    // kept in the workbook's settings
    expect(settings.memory.get(LOGO_SETTING)).toMatchObject({ fileName: "ตรา อบต.บ้านใหม่.png" });
  });

  it("takes a JPEG, and says a small one may print blurred", async () => {
    await pane.render(<App />);
    await pick("ตรา.jpg", jpegHeadBytes(96, 96), "image/jpeg");
    expect(q("logo-preview")?.getAttribute("src")).toMatch(/^data:image\/jpeg;base64,/);
    expect(q("logo-small")?.textContent).toContain("รูปเล็ก (96×96 พิกเซล)");
  });

  it("refuses a file that is no picture, in Thai, keeping the emblem chosen before", async () => {
    await pane.render(<App />);
    await pick("แผนการดำเนินงาน.pdf", PDF_BYTES, "application/pdf");
    expect(q("logo-refused")?.textContent).toBe("ไฟล์ “แผนการดำเนินงาน.pdf” ไม่ใช่รูป PNG หรือ JPEG จึงใช้เป็นตราไม่ได้ เลือกไฟล์ .png หรือ .jpg");
    expect(q("logo-preview")).toBeNull();
    expect(currentBookLogo()).toBeUndefined();

    await pick("ตรา.png", pngBytes(300, 300));
    expect(q("logo-refused")).toBeNull();
    // a picture named .png that is not one
    await pick("ตราใหม่.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(q("logo-refused")?.textContent).toContain("ไฟล์ “ตราใหม่.png” ไม่ใช่รูป PNG หรือ JPEG");
    expect(q("logo-refused")?.textContent).toContain("ยังใช้ตราเดิม “ตรา.png”");
    expect(q("logo-preview")?.getAttribute("alt")).toContain("“ตรา.png”");
  });

  it("refuses a picture over the limit before reading it, saying why and what to do", async () => {
    await pane.render(<App />);
    const big = pngBytes(10, 10, { padding: LOGO_MAX_BYTES + 4096 });
    const input = q<HTMLInputElement>("logo-file")!;
    const read = jest.fn(async () => big.buffer);
    const file = new File([big.slice()], "ตราใหญ่.png", { type: "image/png" });
    Object.defineProperty(file, "arrayBuffer", { value: read });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(read).not.toHaveBeenCalled();
    const message = q("logo-refused")?.textContent ?? "";
    expect(message).toContain("ไฟล์ “ตราใหญ่.png” ใหญ่ 505\u00a0KB เกิน 500\u00a0KB");
    expect(message).toContain("ซึ่งเก็บข้อมูลของ add-in ได้จำกัด ย่อรูปลง");
    expect(q("logo-refused")?.closest('[aria-live="polite"]')).not.toBeNull();
    expect(currentBookLogo()).toBeUndefined();
  });

  it("removes the emblem, from the workbook too, and keeps the focus on the choose button", async () => {
    await pane.render(<App />);
    await pick("ตรา.png", pngBytes(300, 300));
    const remove = button("เอาตราออก");
    await act(async () => remove.focus());
    await click(remove);
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(q("logo-preview")).toBeNull();
    expect(q("logo-none")).not.toBeNull();
    expect(() => button("เอาตราออก")).toThrow();
    expect(document.activeElement).toBe(button("เลือกรูปตรา…"));
    expect(settings.memory.has(LOGO_SETTING)).toBe(false);
  });

  it("is shown again after the pane reloads, read from the workbook's settings", async () => {
    await pane.render(<App />);
    await pick("ตรา.png", pngBytes(300, 300));
    // a new pane over the same workbook: the module's memory is gone, the settings are not
    resetBookLogo();
    await pane.render(<App key="reloaded" />);
    expect(q("logo-preview")?.getAttribute("alt")).toContain("“ตรา.png”");
  });

  it("tells when the workbook cannot keep it", async () => {
    (globalThis as Globals).Office = { context: { document: { settings: { ...settings, saveAsync: (cb: (r: object) => void) => cb({ status: "failed", error: { message: "ไม่มีสิทธิ์แก้ไข" } }) } } } };
    await pane.render(<App />);
    await pick("ตรา.png", pngBytes(300, 300));
    expect(q("logo-preview")).not.toBeNull();
    expect(q("logo-not-saved")?.textContent).toBe("ใช้ตรานี้ได้จนกว่าจะปิดบานหน้าต่าง แต่เก็บลงสมุดงานไม่ได้ (ไม่มีสิทธิ์แก้ไข)");
  });

  it("comes before the run button in the focus order", async () => {
    await pane.render(<App />);
    const order = Array.from(card().querySelectorAll("button")).map((b) => b.textContent);
    expect(order.indexOf("เลือกรูปตรา…")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("เลือกรูปตรา…")).toBeLessThan(order.indexOf("สร้างบัญชี ผด."));
    // the hidden input is not a tab stop of its own
    expect(q("logo-file")?.getAttribute("tabindex")).toBe("-1");
  });
});
