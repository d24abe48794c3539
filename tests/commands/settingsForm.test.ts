/**
 * ตั้งค่า as a form: every kind read into its typed value and written back as the template
 * writes it (real dates, a number year, ใช่/ไม่ใช่, text that never becomes a formula); refused
 * values write nothing; a cell changed since the form was read is a conflict, not overwritten.
 */
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { createTemplate } from "../../src/commands/createTemplate";
import {
  readSettingsForm,
  saveSettings,
  SettingsFormMissingError,
  SettingsFormShiftedError,
  validateSettings,
  type SettingsForm,
} from "../../src/commands/settingsForm";
import { isoToSerial } from "../../src/core/localDate";
import { parseToggle } from "../../src/domain/read/settingsSheet";
import { TRIGGER_KINDS } from "../../src/domain/catalog";
import { parseAddress } from "../../src/core/address";
import type { WorkbookPort } from "../../src/workbook/port";
import { createExcelJsHarness } from "../workbook/exceljsHarness";
import type { WorkbookHarness } from "../workbook/harness";
import { createOfficeHarness } from "../workbook/officeHarness";

const harnesses: [string, () => WorkbookHarness][] = [
  ["ExcelJS", createExcelJsHarness],
  ["Office.js (fake Excel)", createOfficeHarness],
];

async function template(h: WorkbookHarness): Promise<SettingsForm> {
  await createTemplate(h.port, { fiscalYear: 2569 });
  return readSettingsForm(h.port);
}

const at = (form: SettingsForm, key: keyof SettingsForm["fields"]) => parseAddress(form.fields[key]!.cell);

/** A port that records writeCells calls and otherwise passes through. */
function spying(port: WorkbookPort): { port: WorkbookPort; writes: unknown[][] } {
  const writes: unknown[][] = [];
  return {
    writes,
    port: new Proxy(port, {
      get(target, prop, receiver) {
        if (prop === "writeCells")
          return (sheet: string, cells: readonly unknown[]) => {
            writes.push([sheet, cells]);
            return target.writeCells(sheet, cells as Parameters<WorkbookPort["writeCells"]>[1]);
          };
        const v: unknown = Reflect.get(target, prop, receiver);
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    }),
  };
}

describe.each(harnesses)("the settings form through %s", (_name, make) => {
  it("reads the template's settings into typed values", async () => {
    const h = make();
    const form = await template(h);
    expect(form.sheet).toBe("ตั้งค่า");
    expect(form.missing).toEqual([]);
    expect(form.fields.fiscalYear).toMatchObject({ kind: "year", value: 2569, invalid: false, cell: "B7" });
    expect(form.fields.edition).toMatchObject({ kind: "choice", value: "ฉบับหลัก" });
    expect(form.fields.triggerKind).toMatchObject({ kind: "choice", value: TRIGGER_KINDS[0], invalid: false });
    expect(form.fields.triggerDate).toMatchObject({ kind: "date", value: null, invalid: false });
    expect(form.fields.thaiDigits).toMatchObject({ kind: "toggle", value: false, invalid: false });
    expect(form.fields.orgName).toMatchObject({ kind: "text", value: "" });
  });

  it("writes every kind back as the template writes it, and reads it back the same", async () => {
    const h = make();
    const loaded = await template(h);
    const { port, writes } = spying(h.port);
    const r = await saveSettings(
      port,
      {
        orgName: "  บ้านใหม่ ",
        orgType: "เทศบาลตำบล",
        fiscalYear: 2570,
        edition: "เพิ่มเติม ฉบับที่ 2",
        triggerDate: "2026-09-16",
        announceDate: "2026-10-01",
        thaiDigits: true,
        rollDeadline: false,
        signerName: "=1+1",
      },
      { loaded },
    );
    expect(writes).toHaveLength(1);
    expect(r.errors).toEqual({});
    expect(r.conflicts).toEqual([]);
    expect(r.written).toEqual(["orgName", "orgType", "fiscalYear", "edition", "triggerDate", "announceDate", "signerName", "thaiDigits", "rollDeadline"]);
    const f = r.form.fields;
    expect(f.orgName).toMatchObject({ value: "บ้านใหม่" });
    expect(f.orgType).toMatchObject({ value: "เทศบาลตำบล", invalid: false });
    expect(f.fiscalYear).toMatchObject({ value: 2570 });
    expect(f.edition).toMatchObject({ value: "เพิ่มเติม ฉบับที่ 2" });
    expect(f.triggerDate).toMatchObject({ value: "2026-09-16", raw: isoToSerial("2026-09-16") });
    expect(f.announceDate).toMatchObject({ value: "2026-10-01" });
    expect(f.thaiDigits).toMatchObject({ value: true, text: "ใช่" });
    expect(f.rollDeadline).toMatchObject({ value: false, text: "ไม่ใช่" });
    expect(f.signerName).toMatchObject({ value: "=1+1" });

    // As the backing store holds them: a real date, a number, text that is no formula.
    const date = await h.cell("ตั้งค่า", at(loaded, "triggerDate").row, at(loaded, "triggerDate").col);
    expect(typeof date.value).not.toBe("string");
    expect(date.numberFormat).toMatch(/yy/);
    const year = await h.cell("ตั้งค่า", at(loaded, "fiscalYear").row, at(loaded, "fiscalYear").col);
    expect(year.value).toBe(2570);
    const formula = await h.cell("ตั้งค่า", at(loaded, "signerName").row, at(loaded, "signerName").col);
    expect(formula).toMatchObject({ value: "=1+1", isFormula: false });

    // The rest of OpPlan reads the same values.
    const reading = await readPlanWorkbook(h.port);
    expect(reading.fiscalYear).toBe(2570);
    expect(parseToggle(reading.settings.cells.thaiDigits!.raw)).toBe(true);
  });

  it("clears a date with null and leaves unchanged keys alone", async () => {
    const h = make();
    const loaded = await template(h);
    await saveSettings(h.port, { postDate: "2026-10-05" }, { loaded });
    const again = await readSettingsForm(h.port);
    const { port, writes } = spying(h.port);
    const r = await saveSettings(port, { postDate: null, orgName: undefined }, { loaded: again });
    expect(r.written).toEqual(["postDate"]);
    expect((writes[0][1] as unknown[]).length).toBe(1);
    expect(r.form.fields.postDate).toMatchObject({ value: null, invalid: false });
    expect(r.form.fields.fiscalYear).toMatchObject({ value: 2569 });
  });

  it("refuses a fiscal year outside 2500–2700 or a choice not in its list, writing nothing", async () => {
    const h = make();
    const loaded = await template(h);
    const { port, writes } = spying(h.port);
    const r = await saveSettings(port, { orgName: "บ้านใหม่", fiscalYear: 2026, orgType: "อบต.", edition: "ฉบับปรับปรุง" }, { loaded });
    expect(r.errors).toEqual({ fiscalYear: "yearOutOfRange", orgType: "notInList" });
    expect(r.written).toEqual([]);
    expect(writes).toEqual([]);
    expect((await readSettingsForm(h.port)).fields.orgName).toMatchObject({ value: "" });
  });

  it("reports a cell changed since the form was read, and writes it only when forced", async () => {
    const h = make();
    const loaded = await template(h);
    const year = at(loaded, "fiscalYear");
    await h.port.writeCells("ตั้งค่า", [{ row: year.row, col: year.col, value: 2571 }]);

    const r = await saveSettings(h.port, { fiscalYear: 2570, orgName: "บ้านใหม่" }, { loaded });
    expect(r.conflicts).toEqual([{ key: "fiscalYear", loaded: "2569", current: "2571" }]);
    expect(r.written).toEqual(["orgName"]);
    expect(r.form.fields.fiscalYear).toMatchObject({ value: 2571 });
    expect(r.form.fields.orgName).toMatchObject({ value: "บ้านใหม่" });

    const forced = await saveSettings(h.port, { fiscalYear: 2570 }, { loaded, force: true });
    expect(forced).toMatchObject({ written: ["fiscalYear"], conflicts: [] });
    expect(forced.form.fields.fiscalYear).toMatchObject({ value: 2570 });
  });

  it("reads what people typed: text dates, odd toggles, an unknown type", async () => {
    const h = make();
    await h.seed("ตั้งค่า", [
      ["ชื่อ อปท.", "บ้านใหม่"],
      ["ประเภท อปท.", "อบต."],
      ["ปีงบประมาณ", "พ.ศ. 2569"],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", "16 ก.ย. 2568"],
      ["วันที่ประกาศแผน", "เร็ว ๆ นี้"],
      ["ใช้เลขไทย", "อาจจะ"],
    ]);
    const form = await readSettingsForm(h.port);
    expect(form.missing).toContain("postDate");
    expect(form.fields.orgType).toMatchObject({ value: "อบต.", invalid: true });
    expect(form.fields.fiscalYear).toMatchObject({ value: 2569, invalid: false });
    expect(form.fields.triggerDate).toMatchObject({ value: "2025-09-16", invalid: false });
    expect(form.fields.announceDate).toMatchObject({ value: null, invalid: true, text: "เร็ว ๆ นี้" });
    expect(form.fields.thaiDigits).toMatchObject({ value: false, invalid: true, text: "อาจจะ" });

    await expect(saveSettings(h.port, { postDate: "2025-10-01" }, { loaded: form })).rejects.toMatchObject({
      name: "SettingsFormMissingError",
      settings: ["postDate"],
      sheetMissing: false,
    });
  });

  it("says so when the workbook has no ตั้งค่า, and refuses to save", async () => {
    const h = make();
    await h.port.writeSheet({ name: "โครงการ", cells: [["ที่", "โครงการ"]] });
    expect(await readSettingsForm(h.port)).toEqual({ sheet: null, fields: {}, missing: [], shifted: false });
    const err = await saveSettings(h.port, { orgName: "บ้านใหม่" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsFormMissingError);
    expect(err).toMatchObject({ sheetMissing: true, settings: ["orgName"] });
    expect(await h.sheetNames()).toEqual(["โครงการ"]);
  });
});

describe.each(harnesses)("ตั้งค่า with no value right of any label, through %s", (_name, make) => {
  /** A user's own layout: label | value | หมายเหตุ, the values not typed yet, the notes written. */
  const NOTES: [string, string][] = [
    ["ชื่อ อปท.", "ตามหนังสือจัดตั้ง"],
    ["ประเภท อปท.", "ดูในคำสั่ง"],
    ["ปีงบประมาณ", "ปี พ.ศ. เช่น 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)"],
    ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", "รอนายกลงนาม"],
    ["ผู้ลงนาม", "นายกฯ หรือผู้ปฏิบัติหน้าที่แทน"],
    ["ใช้เลขไทย", "-"],
  ];

  it("reads the empty values column, not the notes beside it, and saves into it leaving the notes alone", async () => {
    const h = make();
    await h.seed("ตั้งค่า", [["รายการ", "ค่า", "หมายเหตุ"], ...NOTES.map(([label, note]) => [label, null, note])]);
    const form = await readSettingsForm(h.port);
    expect(form.shifted).toBe(false);
    expect(form.fields.orgName).toMatchObject({ cell: "B2", value: "" });
    expect(form.fields.fiscalYear).toMatchObject({ cell: "B4", value: null, invalid: false });
    expect(form.fields.signerName).toMatchObject({ cell: "B6", value: "" });

    const r = await saveSettings(h.port, { orgName: "บ้านใหม่", fiscalYear: 2569, triggerDate: "2025-09-16" }, { loaded: form });
    expect(r.written).toEqual(["orgName", "fiscalYear", "triggerDate"]);
    expect(r.form.fields.orgName).toMatchObject({ cell: "B2", value: "บ้านใหม่" });
    expect(r.form.fields.fiscalYear).toMatchObject({ cell: "B4", value: 2569 });
    expect(r.form.fields.triggerDate).toMatchObject({ cell: "B5", value: "2025-09-16" });
    const d = (await h.port.readSheet("ตั้งค่า"))!;
    expect(d.values.slice(1).map((row) => row[2])).toEqual(NOTES.map(([, note]) => note));
    // What check and announce read is the same.
    expect((await readPlanWorkbook(h.port)).settings.cells.orgName).toMatchObject({ cell: "B2", text: "บ้านใหม่" });
  });

  it("reads a spacer column's values beyond it, says so, and refuses to save there", async () => {
    const h = make();
    await h.seed("ตั้งค่า", [
      ["ชื่อ อปท.", null, "บ้านใหม่", "ชื่อไม่ต้องมีคำนำหน้า"],
      ["ประเภท อปท.", null, "องค์การบริหารส่วนตำบล"],
      ["ปีงบประมาณ", null, 2569],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", null, "16 ก.ย. 2568"],
    ]);
    const form = await readSettingsForm(h.port);
    expect(form.shifted).toBe(true);
    expect(form.fields.orgName).toMatchObject({ cell: "C1", value: "บ้านใหม่" });
    expect(form.fields.fiscalYear).toMatchObject({ cell: "C3", value: 2569 });
    expect(form.fields.triggerDate).toMatchObject({ cell: "C4", value: "2025-09-16" });

    const { port, writes } = spying(h.port);
    const err = await saveSettings(port, { orgName: "บ้านเก่า", postDate: "2025-10-01" }, { loaded: form }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsFormShiftedError);
    expect(err).toMatchObject({ name: "SettingsFormShiftedError", sheet: "ตั้งค่า", settings: ["orgName", "postDate"] });
    expect(writes).toEqual([]);
    expect((await h.port.readSheet("ตั้งค่า"))!.values[0]).toEqual(["ชื่อ อปท.", null, "บ้านใหม่", "ชื่อไม่ต้องมีคำนำหน้า"]);
    // Nothing to save is no refusal.
    expect(await saveSettings(port, {}, { loaded: form })).toMatchObject({ written: [], form: { shifted: true } });
  });
});

describe("validateSettings", () => {
  it("checks each kind", () => {
    expect(validateSettings({ fiscalYear: 2500, orgType: "", triggerKind: TRIGGER_KINDS[1], edition: "อะไรก็ได้" })).toEqual({});
    expect(validateSettings({ fiscalYear: null })).toEqual({ fiscalYear: "required" });
    expect(validateSettings({ fiscalYear: 2701 })).toEqual({ fiscalYear: "yearOutOfRange" });
    expect(validateSettings({ fiscalYear: 2569.5 })).toEqual({ fiscalYear: "wrongType" });
    expect(validateSettings({ triggerDate: "2025-02-30" })).toEqual({ triggerDate: "invalidDate" });
    expect(validateSettings({ thaiDigits: "ใช่" })).toEqual({ thaiDigits: "wrongType" });
    expect(validateSettings({ triggerKind: "เหตุอื่น" })).toEqual({ triggerKind: "notInList" });
  });
});
