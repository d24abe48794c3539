/**
 * @jest-environment jsdom
 */
/**
 * ตั้งค่าแผน in the pane: read when first opened, every kind edited (text, year, list, free
 * choice, switch, Buddhist-era date), only the changed keys saved with their typed values,
 * values refused with a message on their field, a sheet changed meanwhile (overwrite or reload),
 * no ตั้งค่า sheet; and the date picker on its own.
 */
import { act, useState } from "react";
import { createRoot, type Root } from "react-dom/client";

jest.mock("../../src/host/settingsActions", () => ({
  loadSettings: jest.fn(),
  saveSettingsForm: jest.fn(),
}));

import { validateSettings, type SaveOutcome, type SettingsForm } from "../../src/commands/settingsForm";
import type { IsoDate } from "../../src/core/localDate";
import { SETTING_FIELDS } from "../../src/domain/settings";
import { loadSettings, saveSettingsForm } from "../../src/host/settingsActions";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";
import { ThaiDateField } from "../../src/taskpane/components/ThaiDateField";
import { STRINGS } from "../../src/taskpane/i18n";
import type { Lang } from "../../src/host/language";
import { LangContext } from "../../src/taskpane/lang";
import { draftState, settingText } from "../../src/taskpane/settingsDraft";
import "../support/jsdomReact";

const load = loadSettings as jest.MockedFunction<typeof loadSettings>;
const save = saveSettingsForm as jest.MockedFunction<typeof saveSettingsForm>;

const FORM: SettingsForm = {
  sheet: "ตั้งค่า",
  fields: {
    orgName: { key: "orgName", kind: "text", cell: "B3", raw: null, text: "", value: "", invalid: false },
    orgType: { key: "orgType", kind: "choice", cell: "B4", raw: "อบต.", text: "อบต.", value: "อบต.", invalid: true },
    fiscalYear: { key: "fiscalYear", kind: "year", cell: "B7", raw: 2569, text: "2569", value: 2569, invalid: false },
    edition: { key: "edition", kind: "choice", cell: "B8", raw: "ฉบับหลัก", text: "ฉบับหลัก", value: "ฉบับหลัก", invalid: false },
    triggerDate: { key: "triggerDate", kind: "date", cell: "B10", raw: 45916, text: "45916", value: "2025-09-16", invalid: false },
    announceDate: { key: "announceDate", kind: "date", cell: "B11", raw: null, text: "", value: null, invalid: false },
    thaiDigits: { key: "thaiDigits", kind: "toggle", cell: "B15", raw: "ไม่ใช่", text: "ไม่ใช่", value: false, invalid: false },
  },
  missing: ["district", "province", "triggerKind", "postDate", "signerName", "signerPosition", "rollDeadline"],
};

let container: HTMLDivElement;
let root: Root;

async function render(node: React.ReactNode, lang: Lang = "th"): Promise<void> {
  await act(async () => {
    root.render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>);
  });
}

const text = () => document.body.textContent ?? "";
const byTestId = <T extends HTMLElement>(id: string) => {
  const el = container.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no ${id}`);
  return el;
};
function button(label: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll("button")).find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}
/**
 * Whether a button is shown as unavailable. The form's buttons stay focusable when unavailable
 * (aria-disabled, not disabled), so that pressing one does not drop the focus to the page.
 */
function unavailable(label: string): boolean {
  const b = button(label);
  expect(b.disabled).toBe(false);
  return b.getAttribute("aria-disabled") === "true";
}
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
}
async function type(id: string, value: string) {
  const input = byTestId<HTMLInputElement>(id);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
async function pick(id: string, value: string) {
  const el = byTestId<HTMLSelectElement>(id);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
/** Opens a Fluent dropdown or combobox and picks the option with this text. */
async function choose(id: string, option: string) {
  const trigger = byTestId(id);
  await click(trigger);
  const listbox = document.getElementById(trigger.getAttribute("aria-controls") ?? "");
  const found = Array.from((listbox ?? document.body).querySelectorAll<HTMLElement>('[role="option"]')).find((o) => o.textContent === option);
  if (!found) throw new Error(`no option ${option}`);
  await click(found);
}
async function open() {
  await click(button("ตั้งค่าแผน"));
}
/** The accessible name of the ฉบับ combobox's expand button (a Tab stop of its own). */
function editionExpandName(): string | null {
  const expand = byTestId("setting-edition").parentElement!.querySelector('[role="button"]')!;
  expect(expand.getAttribute("aria-labelledby")).toBeNull();
  return expand.getAttribute("aria-label");
}

beforeEach(() => {
  load.mockReset();
  save.mockReset();
  load.mockResolvedValue(FORM);
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const outcome = (partial: Partial<SaveOutcome> = {}): SaveOutcome => ({ written: [], errors: {}, conflicts: [], form: FORM, ...partial });

describe("the settings panel", () => {
  it("is folded until opened, then reads ตั้งค่า once and shows every setting the sheet has", async () => {
    await render(<SettingsPanel />);
    expect(load).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="settings-panel"]')).toBeNull();
    await open();
    expect(load).toHaveBeenCalledTimes(1);
    expect(byTestId<HTMLInputElement>("setting-fiscalYear").value).toBe("2569");
    expect(byTestId<HTMLSelectElement>("setting-triggerDate-day").value).toBe("16");
    expect(byTestId("setting-triggerDate-words").textContent).toBe("วันอังคารที่ 16 กันยายน 2568");
    expect(byTestId<HTMLInputElement>("setting-thaiDigits").checked).toBe(false);
    expect(container.querySelector('[data-testid="setting-district"]')).toBeNull();
    expect(text()).toContain("ชีต “ตั้งค่า” ไม่มีแถวของ: อำเภอ, จังหวัด");
    expect(text()).toContain("ค่าในชีต “อบต.” อ่านไม่ได้");
    expect(text()).toContain("ชื่อไม่ต้องมีคำนำหน้า เช่น บ้านใหม่ · เซลล์ B3");
    expect(unavailable("บันทึก")).toBe(true);
    // the edition's free-text list: its expand button is named in the pane's language, not Fluent's "Open"
    expect(editionExpandName()).toBe("แสดงตัวเลือกของ ฉบับ");

    await click(button("ตั้งค่าแผน"));
    await open();
    expect(load).toHaveBeenCalledTimes(1);
    await click(button("โหลดใหม่"));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("saves exactly the changed keys with their typed values, then says so", async () => {
    const onSaved = jest.fn();
    const saved: SettingsForm = {
      ...FORM,
      fields: {
        ...FORM.fields,
        orgName: { ...FORM.fields.orgName!, kind: "text", raw: "บ้านใหม่", text: "บ้านใหม่", value: "บ้านใหม่" },
      },
    };
    save.mockResolvedValue(outcome({ written: ["orgName", "orgType", "edition", "announceDate", "thaiDigits"], form: saved }));
    await render(<SettingsPanel onSaved={onSaved} />);
    await open();
    await type("setting-orgName", " บ้านใหม่ ");
    expect(unavailable("บันทึก")).toBe(false);
    await choose("setting-orgType", "เทศบาลตำบล");
    await type("setting-edition", "เพิ่มเติม ฉบับที่ 2");
    await click(byTestId("setting-thaiDigits"));
    await pick("setting-announceDate-year", "2568");
    await pick("setting-announceDate-month", "10");
    expect(text()).toContain("เลือกวัน เดือน และปีให้ครบ");
    expect(unavailable("บันทึก")).toBe(true);
    await pick("setting-announceDate-day", "15");
    expect(text()).toContain("แก้ไขแล้ว 5 รายการ");
    // Typed back to what the sheet holds: not a change.
    await type("setting-fiscalYear", "๒๕๖๙");

    await click(button("บันทึก"));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(
      { orgName: "บ้านใหม่", orgType: "เทศบาลตำบล", edition: "เพิ่มเติม ฉบับที่ 2", announceDate: "2025-10-15", thaiDigits: true },
      { loaded: FORM, force: false },
    );
    expect(Object.keys(save.mock.calls[0][0])).toEqual(["orgName", "orgType", "edition", "announceDate", "thaiDigits"]);
    expect(byTestId("settings-saved").textContent).toContain("บันทึกลงชีต “ตั้งค่า” แล้ว 5 รายการ");
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(byTestId<HTMLInputElement>("setting-orgName").value).toBe("บ้านใหม่");
    expect(unavailable("บันทึก")).toBe(true);
  });

  it("shows why a value cannot be saved, on its field", async () => {
    await render(<SettingsPanel />);
    await open();
    await type("setting-fiscalYear", "2026");
    expect(text()).toContain("กรอกปี พ.ศ. ระหว่าง 2500 ถึง 2700");
    expect(byTestId("setting-fiscalYear").getAttribute("aria-invalid")).toBe("true");
    expect(unavailable("บันทึก")).toBe(true);
    await click(button("บันทึก"));
    expect(save).not.toHaveBeenCalled();
    await type("setting-fiscalYear", "");
    expect(text()).toContain("ต้องกรอกปีงบประมาณ");

    // What the workbook side refuses shows the same way.
    await type("setting-fiscalYear", "2570");
    save.mockResolvedValue(outcome({ errors: { fiscalYear: "yearOutOfRange" } }));
    await click(button("บันทึก"));
    expect(text()).toContain("กรอกปี พ.ศ. ระหว่าง 2500 ถึง 2700");
    expect(text()).not.toContain("บันทึกลงชีต");
  });

  it("tells of a value changed in the sheet since the form was read: overwrite it, or reload", async () => {
    const onSaved = jest.fn();
    save.mockResolvedValueOnce(outcome({ written: ["orgName"], conflicts: [{ key: "fiscalYear", loaded: "2569", current: "2571" }] }));
    await render(<SettingsPanel onSaved={onSaved} />);
    await open();
    await type("setting-orgName", "บ้านใหม่");
    await type("setting-fiscalYear", "2570");
    await click(button("บันทึก"));
    const bar = byTestId("settings-conflicts");
    expect(bar.textContent).toContain("ค่าในชีตเปลี่ยนไปหลังจากเปิดฟอร์ม");
    expect(bar.textContent).toContain("ปีงบประมาณ: ตอนนี้ในชีตคือ “2571” (ตอนเปิดฟอร์มคือ “2569”)");
    expect(onSaved).toHaveBeenCalledTimes(1);
    // The year not written stays as the user typed it.
    expect(byTestId<HTMLInputElement>("setting-fiscalYear").value).toBe("2570");

    save.mockResolvedValueOnce(outcome({ written: ["fiscalYear"] }));
    await click(button("เขียนทับด้วยค่าในฟอร์ม"));
    expect(save).toHaveBeenLastCalledWith({ fiscalYear: 2570 }, { loaded: FORM, force: true });
    expect(container.querySelector('[data-testid="settings-conflicts"]')).toBeNull();

    save.mockResolvedValueOnce(outcome({ conflicts: [{ key: "orgName", loaded: "", current: "บ้านเก่า" }] }));
    await type("setting-orgName", "บ้านใหม่ 2");
    await click(button("บันทึก"));
    expect(byTestId("settings-conflicts").textContent).toContain("(ตอนเปิดฟอร์มคือ “ว่าง”)");
    await click(button("ใช้ค่าในชีต (โหลดใหม่)"));
    expect(load).toHaveBeenCalledTimes(2);
    expect(container.querySelector('[data-testid="settings-conflicts"]')).toBeNull();
  });

  it("asks for the template when the workbook has no ตั้งค่า", async () => {
    load.mockResolvedValue({ sheet: null, fields: {}, missing: [] });
    await render(<SettingsPanel />);
    await open();
    expect(byTestId("settings-no-sheet").textContent).toContain("สร้างแม่แบบก่อน (ขั้นที่ 1)");
    expect(container.querySelector("input, select")).toBeNull();
    expect(unavailable("โหลดใหม่")).toBe(false);
  });

  it("shows errors in words, a sheet gone while saving too", async () => {
    load.mockRejectedValueOnce(Object.assign(new Error("x"), { name: "HostError", code: "NOT_IN_EXCEL" }));
    await render(<SettingsPanel />);
    await open();
    expect(text()).toContain("ไม่พบ Excel");
    await click(button("โหลดใหม่"));
    await type("setting-orgName", "บ้านใหม่");
    save.mockRejectedValue(Object.assign(new Error("gone"), { name: "SettingsFormMissingError", settings: [], sheetMissing: true }));
    await click(button("บันทึก"));
    expect(byTestId("settings-error").textContent).toContain("สร้างแม่แบบก่อน");
  });

  it("drops a date picked in part on คืนค่าเดิม and on โหลดใหม่, so that nothing half-picked stays on screen", async () => {
    await render(<SettingsPanel />);
    await open();
    const parts = () => ["day", "month", "year"].map((p) => byTestId<HTMLSelectElement>(`setting-announceDate-${p}`).value);

    await type("setting-orgName", "บ้านใหม่");
    await pick("setting-announceDate-year", "2568");
    await pick("setting-announceDate-month", "10");
    expect(text()).toContain("เลือกวัน เดือน และปีให้ครบ");
    expect(unavailable("บันทึก")).toBe(true);
    await click(button("คืนค่าเดิม"));
    expect(parts()).toEqual(["", "", ""]);
    expect(text()).not.toContain("เลือกวัน เดือน และปีให้ครบ");
    expect(byTestId("setting-announceDate-words").textContent).toBe("ยังไม่ได้ระบุวันที่");
    expect(byTestId<HTMLInputElement>("setting-orgName").value).toBe("");
    // Editing again can be saved: no half date holds the form back, and none is shown.
    await type("setting-orgName", "บ้านใหม่");
    expect(unavailable("บันทึก")).toBe(false);

    // A date picked in part alone can be reverted too.
    await type("setting-orgName", "");
    await pick("setting-announceDate-day", "5");
    expect(unavailable("คืนค่าเดิม")).toBe(false);
    await click(button("คืนค่าเดิม"));
    expect(parts()).toEqual(["", "", ""]);

    await pick("setting-announceDate-day", "5");
    await click(button("โหลดใหม่"));
    expect(load).toHaveBeenCalledTimes(2);
    expect(parts()).toEqual(["", "", ""]);
    expect(text()).not.toContain("เลือกวัน เดือน และปีให้ครบ");
    // A complete date from the sheet is shown again as read.
    expect(byTestId<HTMLSelectElement>("setting-triggerDate-day").value).toBe("16");
    await type("setting-orgName", "บ้านใหม่");
    expect(unavailable("บันทึก")).toBe(false);
  });

  it("shows but does not save a sheet whose values column is only a guess, and says what to do in the sheet", async () => {
    // ตั้งค่า laid out label | (empty) | value: read from column C.
    const shiftedFields = Object.fromEntries(
      Object.entries(FORM.fields).map(([k, f]) => [k, { ...f, cell: f.cell.replace(/^B/, "C") }]),
    ) as SettingsForm["fields"];
    load.mockResolvedValueOnce({ ...FORM, fields: shiftedFields, shifted: true });
    await render(<SettingsPanel />);
    await open();
    const bar = byTestId("settings-shifted");
    expect(bar.textContent).toContain("แยกคอลัมน์ค่าไม่ออก จึงบันทึกจากที่นี่ไม่ได้");
    expect(bar.textContent).toContain("ให้พิมพ์ค่าในชีตเองในช่องถัดจากชื่อรายการ แล้วกด “โหลดใหม่”");
    expect(bar.textContent).toContain("เช่น ปีงบประมาณ พิมพ์ที่เซลล์ B7");
    // What was read is shown, but cannot be edited nor saved.
    expect(byTestId<HTMLInputElement>("setting-fiscalYear").value).toBe("2569");
    expect(byTestId<HTMLInputElement>("setting-orgName").disabled).toBe(true);
    expect(byTestId<HTMLSelectElement>("setting-announceDate-day").disabled).toBe(true);
    expect(unavailable("บันทึก")).toBe(true);
    await click(button("บันทึก"));
    expect(save).not.toHaveBeenCalled();

    // Typed right of the labels in the sheet, then โหลดใหม่: the form can be saved again.
    await click(button("โหลดใหม่"));
    expect(container.querySelector('[data-testid="settings-shifted"]')).toBeNull();
    await type("setting-orgName", "บ้านใหม่");
    expect(unavailable("บันทึก")).toBe(false);

    // The sheet emptied right of the labels after the form was read: the save is refused, in words.
    save.mockRejectedValueOnce(Object.assign(new Error("shifted"), { name: "SettingsFormShiftedError", sheet: "ตั้งค่า", settings: ["orgName"] }));
    await click(button("บันทึก"));
    expect(byTestId("settings-error").textContent).toContain("ไม่ได้บันทึก: ในชีต “ตั้งค่า” ช่องถัดจากชื่อรายการว่างทุกแถว");
  });

  it("speaks English when the pane does", async () => {
    await render(<SettingsPanel />, "en");
    await click(button("Plan settings"));
    expect(text()).toContain("Fiscal year (B.E.)");
    expect(byTestId("setting-triggerDate-words").textContent).toBe("Tuesday, 16 September 2568 BE");
    const months = Array.from(byTestId<HTMLSelectElement>("setting-triggerDate-month").options).map((o) => o.text);
    expect(months[8]).toBe("September");
    expect(editionExpandName()).toBe("Show the choices for Edition");
  });
});

describe("the panel's strings and rules", () => {
  it("labels the settings as the sheet does, and in English", () => {
    for (const f of SETTING_FIELDS) {
      const { label, help } = settingText(f.key);
      expect([STRINGS.th[label], STRINGS.th[help]]).toEqual([f.label, f.help]);
      expect(STRINGS.en[label]).toMatch(/[A-Za-z]/);
      expect(STRINGS.en[help]).toMatch(/[A-Za-z]/);
    }
  });

  it("refuses what saveSettings refuses", () => {
    const cases: [string, string][] = [
      ["2499", "yearOutOfRange"],
      ["2701", "yearOutOfRange"],
      ["2500", ""],
      ["2700", ""],
    ];
    for (const [typed, code] of cases) {
      const pane = draftState(FORM, { fiscalYear: typed }).errors.fiscalYear ?? "";
      expect([typed, pane]).toEqual([typed, code]);
      expect([typed, validateSettings({ fiscalYear: Number(typed) }).fiscalYear ?? ""]).toEqual([typed, code]);
    }
    expect(draftState(FORM, { orgType: "เหตุอื่น" }).errors).toEqual({ orgType: "notInList" });
    expect(validateSettings({ orgType: "เหตุอื่น" })).toEqual({ orgType: "notInList" });
    expect(draftState(FORM, { edition: "ฉบับปรับปรุง" }).errors).toEqual({});
    expect(validateSettings({ edition: "ฉบับปรับปรุง" })).toEqual({});
  });
});

describe("the Buddhist-era date field", () => {
  function Harness({ start, onValue }: { start: IsoDate | null; onValue: (v: IsoDate | null) => void }) {
    const [value, setValue] = useState<IsoDate | null>(start);
    return (
      <ThaiDateField
        label="วันที่ประกาศแผน"
        value={value}
        fiscalYear={2569}
        testId="d"
        onChange={(v) => {
          setValue(v);
          onValue(v);
        }}
      />
    );
  }

  it("pulls the day back into a shorter month, and clears to null", async () => {
    const onValue = jest.fn();
    await render(<Harness start={null} onValue={onValue} />);
    const years = Array.from(byTestId<HTMLSelectElement>("d-year").options).map((o) => o.value);
    expect(years).toEqual(["", "2566", "2567", "2568", "2569", "2570", "2571"]);
    await pick("d-day", "31");
    await pick("d-year", "2568");
    await pick("d-month", "1");
    expect(onValue).toHaveBeenLastCalledWith("2025-01-31");
    await pick("d-month", "2");
    expect(byTestId<HTMLSelectElement>("d-day").value).toBe("28");
    expect(byTestId<HTMLSelectElement>("d-day").options.length).toBe(28);
    expect(onValue).toHaveBeenLastCalledWith("2025-02-28");
    expect(byTestId("d-words").textContent).toBe("วันศุกร์ที่ 28 กุมภาพันธ์ 2568");

    expect(byTestId("d-clear").getAttribute("aria-disabled")).toBeNull();
    await click(byTestId("d-clear"));
    expect(onValue).toHaveBeenLastCalledWith(null);
    expect(byTestId<HTMLSelectElement>("d-day").value).toBe("");
    expect(byTestId("d-words").textContent).toBe("ยังไม่ได้ระบุวันที่");
    // nothing left to clear: shown unavailable, still focusable (the focus stays where the user pressed)
    expect(byTestId<HTMLButtonElement>("d-clear").disabled).toBe(false);
    expect(byTestId("d-clear").getAttribute("aria-disabled")).toBe("true");
    const calls = onValue.mock.calls.length;
    await click(byTestId("d-clear"));
    expect(onValue).toHaveBeenCalledTimes(calls);
  });

  it("is one labelled group of three named selects, and lists a year outside the range", async () => {
    await render(<Harness start="2019-05-04" onValue={() => undefined} />);
    const group = container.querySelector('[role="group"]')!;
    const name = (ids: string) => ids.split(" ").map((id) => document.getElementById(id)?.textContent).join(" ");
    expect(name(group.getAttribute("aria-labelledby")!)).toBe("วันที่ประกาศแผน");
    expect(["d-day", "d-month", "d-year"].map((id) => name(byTestId(id).getAttribute("aria-labelledby")!))).toEqual([
      "วันที่ประกาศแผน วัน",
      "วันที่ประกาศแผน เดือน",
      "วันที่ประกาศแผน ปี พ.ศ.",
    ]);
    expect(byTestId<HTMLSelectElement>("d-year").value).toBe("2562");
    expect(Array.from(byTestId<HTMLSelectElement>("d-month").options).map((o) => o.text)[0]).toBe("มกราคม");
    expect(byTestId("d-clear").textContent).toBe("ล้าง วันที่ประกาศแผน");
  });
});
