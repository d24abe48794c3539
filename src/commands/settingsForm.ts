/**
 * ตั้งค่า as a form: every setting of the sheet read into a typed value (the pane edits those),
 * and the changed ones written back into their value cells in one writeCells.
 *
 * Only ตั้งค่า is read: the pane opens and saves the form often, and the project sheets can be
 * thousands of rows. Saving re-reads the sheet right before writing, so a value changed in Excel
 * after the form was opened is reported rather than silently overwritten.
 */
import { isIsoDate, type IsoDate } from "../core/localDate";
import { Grid } from "../domain/read/grid";
import { parseFiscalYear, parseToggle, readSettings, settingDate, type SettingCell } from "../domain/read/settingsSheet";
import { SETTINGS_SHEET_NAMES } from "../core/sheetNames";
import { SETTING_FIELDS, type SettingField, type SettingKey } from "../domain/settings";
import { YES_NO } from "../domain/catalog";
import type { CellValue, RawValue } from "../core/cellValue";
import { parseAddress } from "../core/address";
import type { WorkbookPort } from "../workbook/port";

/**
 * ตั้งค่า, or the row of a setting to write, is not in the workbook; nothing was written. Thrown
 * by the settings form and by ประกาศ's save of its dates; it lives here so that the pane's
 * settings chunk does not pull in the announcement and the forms.
 */
export class SettingsFormMissingError extends Error {
  constructor(
    /** The settings that could not be written */
    readonly settings: readonly SettingKey[],
    /** True when the whole ตั้งค่า sheet is missing */
    readonly sheetMissing: boolean,
  ) {
    super(sheetMissing ? "OpPlan: the workbook has no ตั้งค่า sheet" : `OpPlan: the ตั้งค่า sheet has no row for ${settings.join(", ")}`);
    this.name = "SettingsFormMissingError";
  }
}

/**
 * ตั้งค่า's values were read from the column after the next one (readSettings' `shifted`: the
 * column right of the labels is blank on every row), so which column holds the values is a guess;
 * nothing was written. Writing there could overwrite the user's notes, and the next value typed
 * right of a label would make the sheet read from that column again, losing what was saved.
 */
export class SettingsFormShiftedError extends Error {
  constructor(
    /** The ตั้งค่า sheet's name */
    readonly sheet: string,
    /** The settings that were not written */
    readonly settings: readonly SettingKey[],
  ) {
    super(`OpPlan: the values column of the sheet ${sheet} cannot be told apart (the column right of the labels is empty); nothing was written`);
    this.name = "SettingsFormShiftedError";
  }
}

/**
 * A setting's value as the form holds it: text and choices as strings, a fiscal year as a
 * number, a date as an ISO date string, a toggle as a boolean; null for an empty year or date.
 */
export type SettingValue = string | number | boolean | null;

interface FieldBase {
  readonly key: SettingKey;
  /** A1 address of the value cell in the ตั้งค่า sheet */
  readonly cell: string;
  /** The cell as read: compared on save to tell whether it changed in the meantime */
  readonly raw: RawValue;
  /** The cell as text (what to show when the value could not be read) */
  readonly text: string;
  /**
   * The cell holds something the kind cannot read: a date or year that is not one, a toggle that
   * says neither yes nor no, a listed choice that is not in its list. The value is then empty.
   */
  readonly invalid: boolean;
}

export type SettingsFormField =
  | (FieldBase & { readonly kind: "text"; readonly value: string })
  | (FieldBase & { readonly kind: "choice"; readonly value: string })
  | (FieldBase & { readonly kind: "year"; readonly value: number | null })
  | (FieldBase & { readonly kind: "date"; readonly value: IsoDate | null })
  | (FieldBase & { readonly kind: "toggle"; readonly value: boolean });

export interface SettingsForm {
  /** The ตั้งค่า sheet's name; null when the workbook has none (then there are no fields). */
  readonly sheet: string | null;
  /** The settings the sheet has a row for. */
  readonly fields: Partial<Record<SettingKey, SettingsFormField>>;
  /** Settings with no row in the sheet, in SETTING_FIELDS order ([] when the sheet is missing). */
  readonly missing: readonly SettingKey[];
  /**
   * The values were read from the column after the next one, the column right of the labels
   * being blank on every row (readSettings' `shifted`): the form can be shown but not saved
   * (saveSettings throws SettingsFormShiftedError). Absent means false.
   */
  readonly shifted?: boolean;
}

export type SettingChanges = Partial<Record<SettingKey, SettingValue>>;

/**
 * Why a value was refused: wrongType (not the kind's type: a caller's bug), required (the
 * fiscal year cannot be emptied), yearOutOfRange (outside พ.ศ. 2500–2700), notInList (a choice
 * of a closed list), invalidDate (not a yyyy-mm-dd calendar date).
 */
export type SettingErrorCode = "wrongType" | "required" | "yearOutOfRange" | "notInList" | "invalidDate";

export interface SettingConflict {
  readonly key: SettingKey;
  /** The cell's text when the form was read */
  readonly loaded: string;
  /** The cell's text now */
  readonly current: string;
}

export interface SaveOptions {
  /** The form the changes were made on: keys whose cell differs from it now are conflicts. */
  readonly loaded?: SettingsForm;
  /** Write conflicting keys too. */
  readonly force?: boolean;
}

export interface SaveOutcome {
  /** Keys written, in SETTING_FIELDS order. */
  readonly written: readonly SettingKey[];
  /** Refused values; when there is any, nothing was written. */
  readonly errors: Partial<Record<SettingKey, SettingErrorCode>>;
  /** Keys not written because their cell changed since the form was read (none when forced). */
  readonly conflicts: readonly SettingConflict[];
  /** ตั้งค่า as it is after this call (re-read when something was written). */
  readonly form: SettingsForm;
}

export const FISCAL_YEAR_MIN = 2500;
export const FISCAL_YEAR_MAX = 2700;

/** Closed lists: what the rest of OpPlan looks values up in. ฉบับ is free text (ฉบับที่ N). */
const CLOSED_CHOICES: ReadonlySet<SettingKey> = new Set<SettingKey>(["orgType", "triggerKind"]);

const [YES, NO] = YES_NO;

const FIELD_OF = new Map<SettingKey, SettingField>(SETTING_FIELDS.map((f) => [f.key, f]));

export function settingField(key: SettingKey): SettingField {
  const f = FIELD_OF.get(key);
  if (!f) throw new Error(`Unknown setting: ${key}`);
  return f;
}

/** Whether a setting's choices are a closed list (a Dropdown) or suggestions (free text). */
export function isClosedChoice(key: SettingKey): boolean {
  return CLOSED_CHOICES.has(key);
}

function formField(field: SettingField, c: SettingCell): SettingsFormField {
  const base = { key: field.key, cell: c.cell, raw: c.raw, text: c.text };
  switch (field.kind) {
    case "text":
      return { ...base, kind: "text", value: c.text, invalid: false };
    case "choice": {
      const value = c.text.trim();
      const invalid = value !== "" && isClosedChoice(field.key) && !(field.choices ?? []).includes(value);
      return { ...base, kind: "choice", value, invalid };
    }
    case "year": {
      const value = parseFiscalYear(c.raw);
      return { ...base, kind: "year", value, invalid: value === null && c.text.trim() !== "" };
    }
    case "date": {
      const d = settingDate(c);
      return { ...base, kind: "date", value: d.iso, invalid: d.invalid };
    }
    case "toggle": {
      const t = parseToggle(c.raw);
      return { ...base, kind: "toggle", value: t === true, invalid: t === null };
    }
  }
}

async function findSettingsSheet(port: WorkbookPort): Promise<string | null> {
  const names = await port.listSheets();
  // The same preference as the workbook reader: the first of SETTINGS_SHEET_NAMES present.
  for (const wanted of SETTINGS_SHEET_NAMES) {
    const found = names.find((n) => n.trim().toLowerCase() === wanted);
    if (found !== undefined) return found;
  }
  return null;
}

/** Reads ตั้งค่า (only that sheet, with its number formats) into a form. */
export async function readSettingsForm(port: WorkbookPort): Promise<SettingsForm> {
  const name = await findSettingsSheet(port);
  const data = name === null ? null : await port.readSheet(name);
  if (!data) return { sheet: null, fields: {}, missing: [], shifted: false };
  const { cells, shifted } = readSettings(new Grid(data));
  const fields: Partial<Record<SettingKey, SettingsFormField>> = {};
  const missing: SettingKey[] = [];
  for (const f of SETTING_FIELDS) {
    const c = cells[f.key];
    if (c) fields[f.key] = formField(f, c);
    else missing.push(f.key);
  }
  return { sheet: data.name, fields, missing, shifted };
}

/** The cell value to write for a setting, or the reason the value is refused. */
export function settingCellValue(key: SettingKey, value: SettingValue): { ok: true; value: CellValue } | { ok: false; error: SettingErrorCode } {
  const field = settingField(key);
  switch (field.kind) {
    case "text":
      if (value === null) return { ok: true, value: null };
      return typeof value === "string" ? { ok: true, value: value.trim() } : { ok: false, error: "wrongType" };
    case "choice": {
      if (value === null) return { ok: true, value: null };
      if (typeof value !== "string") return { ok: false, error: "wrongType" };
      const v = value.trim();
      if (v !== "" && isClosedChoice(key) && !(field.choices ?? []).includes(v)) return { ok: false, error: "notInList" };
      return { ok: true, value: v };
    }
    case "year":
      if (value === null) return { ok: false, error: "required" };
      if (typeof value !== "number" || !Number.isInteger(value)) return { ok: false, error: "wrongType" };
      if (value < FISCAL_YEAR_MIN || value > FISCAL_YEAR_MAX) return { ok: false, error: "yearOutOfRange" };
      return { ok: true, value };
    case "date":
      if (value === null) return { ok: true, value: null };
      if (typeof value !== "string") return { ok: false, error: "wrongType" };
      return isIsoDate(value) ? { ok: true, value: { date: value } } : { ok: false, error: "invalidDate" };
    case "toggle":
      if (typeof value !== "boolean") return { ok: false, error: "wrongType" };
      // The words the template's ใช่/ไม่ใช่ list offers, so the sheet's dropdown still shows them.
      return { ok: true, value: value ? YES : NO };
  }
}

/** The keys given (undefined is "leave alone"), in SETTING_FIELDS order. */
const changedKeys = (changes: SettingChanges): SettingKey[] => SETTING_FIELDS.map((f) => f.key).filter((k) => changes[k] !== undefined);

/** The values refused, by key; empty when all can be written. Pure: the pane shows the same messages before saving. */
export function validateSettings(changes: SettingChanges): Partial<Record<SettingKey, SettingErrorCode>> {
  const errors: Partial<Record<SettingKey, SettingErrorCode>> = {};
  for (const key of changedKeys(changes)) {
    const r = settingCellValue(key, changes[key] ?? null);
    if (!r.ok) errors[key] = r.error;
  }
  return errors;
}


/**
 * Writes the changed settings into their value cells of ตั้งค่า, in one writeCells. Writes
 * nothing when a value is refused (the errors say why). Keys whose cell changed since
 * `options.loaded` was read are reported as conflicts and left alone unless `options.force`.
 * Throws SettingsFormMissingError, writing nothing, when the sheet or a changed key's row is missing,
 * and SettingsFormShiftedError, writing nothing, when the values column is only a guess (`shifted`).
 */
export async function saveSettings(port: WorkbookPort, changes: SettingChanges, options: SaveOptions = {}): Promise<SaveOutcome> {
  const keys = changedKeys(changes);
  const before = await readSettingsForm(port);
  if (!keys.length) return { written: [], errors: {}, conflicts: [], form: before };
  if (before.sheet === null) throw new SettingsFormMissingError(keys, true);
  if (before.shifted) throw new SettingsFormShiftedError(before.sheet, keys);
  const missing = keys.filter((k) => !before.fields[k]);
  if (missing.length) throw new SettingsFormMissingError(missing, false);

  const errors = validateSettings(changes);
  if (Object.keys(errors).length) return { written: [], errors, conflicts: [], form: before };

  const conflicts: SettingConflict[] = [];
  for (const key of keys) {
    const was = options.loaded?.fields[key];
    const now = before.fields[key]!;
    if (was && (was.cell !== now.cell || was.raw !== now.raw)) conflicts.push({ key, loaded: was.text, current: now.text });
  }
  const conflicting = new Set(options.force ? [] : conflicts.map((c) => c.key));
  const toWrite = keys.filter((k) => !conflicting.has(k));
  const reported = options.force ? [] : conflicts;
  if (!toWrite.length) return { written: [], errors: {}, conflicts: reported, form: before };

  await port.writeCells(
    before.sheet,
    toWrite.map((key) => {
      const { row, col } = parseAddress(before.fields[key]!.cell);
      const r = settingCellValue(key, changes[key] ?? null);
      // Validated above: a refusal here cannot happen.
      return { row, col, value: r.ok ? r.value : null };
    }),
  );
  return { written: toWrite, errors: {}, conflicts: reported, form: await readSettingsForm(port) };
}
