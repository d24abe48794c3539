/**
 * The settings panel's edits, apart from React: what the user changed against the form as read,
 * the typed values to send, and the messages of values that cannot be saved.
 *
 * Pure and light on purpose: the pane's first load must not pull in the sheet readers, so the
 * two rules the pane checks before saving (the fiscal-year range, which choices are closed lists)
 * are restated here; saveSettings checks them again, and a test keeps both in step.
 */
import type { SettingChanges, SettingErrorCode, SettingsForm, SettingsFormField, SettingValue } from "../commands/settingsForm";
import type { IsoDate } from "../core/localDate";
import { SETTING_FIELDS, type SettingKey } from "../domain/settings";
import { fromThaiDigits } from "../domain/thaiCalendar";
import type { StringId } from "./i18n";
import type { Translate } from "./lang";

export const FISCAL_YEAR_MIN = 2500;
export const FISCAL_YEAR_MAX = 2700;

/** orgType and triggerKind are looked up in their lists by the rest of OpPlan; ฉบับ is free text. */
export const CLOSED_CHOICE_KEYS: ReadonlySet<SettingKey> = new Set<SettingKey>(["orgType", "triggerKind"]);

/** What the user has entered: a year as typed (text), the other kinds as their value. */
export type DraftValue = string | boolean | IsoDate | null;
export type Draft = Partial<Record<SettingKey, DraftValue>>;

const SETTING_TEXT: Record<SettingKey, { readonly label: StringId; readonly help: StringId }> = {
  orgName: { label: "settingLabelOrgName", help: "settingHelpOrgName" },
  orgType: { label: "settingLabelOrgType", help: "settingHelpOrgType" },
  district: { label: "settingLabelDistrict", help: "settingHelpDistrict" },
  province: { label: "settingLabelProvince", help: "settingHelpProvince" },
  fiscalYear: { label: "settingLabelFiscalYear", help: "settingHelpFiscalYear" },
  edition: { label: "settingLabelEdition", help: "settingHelpEdition" },
  triggerKind: { label: "settingLabelTriggerKind", help: "settingHelpTriggerKind" },
  triggerDate: { label: "settingLabelTriggerDate", help: "settingHelpTriggerDate" },
  announceDate: { label: "settingLabelAnnounceDate", help: "settingHelpAnnounceDate" },
  postDate: { label: "settingLabelPostDate", help: "settingHelpPostDate" },
  signerName: { label: "settingLabelSignerName", help: "settingHelpSignerName" },
  signerPosition: { label: "settingLabelSignerPosition", help: "settingHelpSignerPosition" },
  thaiDigits: { label: "settingLabelThaiDigits", help: "settingHelpThaiDigits" },
  rollDeadline: { label: "settingLabelRollDeadline", help: "settingHelpRollDeadline" },
  trackingRound: { label: "settingLabelTrackingRound", help: "settingHelpTrackingRound" },
};

/** The label and help of a setting, in the pane's strings (the Thai ones are the sheet's own words). */
export function settingText(key: SettingKey): { readonly label: StringId; readonly help: StringId } {
  return SETTING_TEXT[key];
}

export function choicesOf(key: SettingKey): readonly string[] {
  return SETTING_FIELDS.find((f) => f.key === key)?.choices ?? [];
}

/** A typed year (Arabic or Thai digits) as a number; NaN when it is not a whole number. */
export function parseYearText(text: string): number | null {
  const t = fromThaiDigits(text).trim();
  if (t === "") return null;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** What the field shows: the user's entry, else the value read (a year as text). */
export function shownValue(field: SettingsFormField, draft: Draft): DraftValue {
  if (field.key in draft) return draft[field.key] ?? null;
  if (field.kind === "year") return field.value === null ? (field.invalid ? field.text : "") : String(field.value);
  return field.value;
}

/** The value to save from an entry, or why it cannot be saved. */
function typedValue(field: SettingsFormField, entry: DraftValue): { value: SettingValue } | { error: SettingErrorCode } {
  switch (field.kind) {
    case "text":
      return typeof entry === "string" ? { value: entry.trim() } : { value: null };
    case "choice": {
      const v = typeof entry === "string" ? entry.trim() : "";
      if (v !== "" && CLOSED_CHOICE_KEYS.has(field.key) && !choicesOf(field.key).includes(v)) return { error: "notInList" };
      return { value: v };
    }
    case "year": {
      const y = typeof entry === "string" ? parseYearText(entry) : null;
      if (y === null) return { error: "required" };
      if (!Number.isInteger(y) || y < FISCAL_YEAR_MIN || y > FISCAL_YEAR_MAX) return { error: "yearOutOfRange" };
      return { value: y };
    }
    case "date":
      return { value: typeof entry === "string" ? entry : null };
    case "toggle":
      return { value: entry === true };
  }
}

function sameAsRead(field: SettingsFormField, value: SettingValue): boolean {
  // A cell that could not be read is rewritten whatever is entered: the entry replaces the bad text.
  if (field.invalid) return false;
  if (field.kind === "text") return value === field.value.trim();
  return value === field.value;
}

export interface DraftState {
  /** The keys to save and their typed values, in SETTING_FIELDS order. */
  readonly changes: SettingChanges;
  /** Entries that cannot be saved. */
  readonly errors: Partial<Record<SettingKey, SettingErrorCode>>;
  readonly count: number;
}

/** The changes the draft makes to the form, and the entries that cannot be saved. */
export function draftState(form: SettingsForm, draft: Draft): DraftState {
  const changes: SettingChanges = {};
  const errors: Partial<Record<SettingKey, SettingErrorCode>> = {};
  let count = 0;
  for (const { key } of SETTING_FIELDS) {
    const field = form.fields[key];
    if (!field || !(key in draft)) continue;
    const r = typedValue(field, draft[key] ?? null);
    if ("error" in r) {
      errors[key] = r.error;
      count++;
    } else if (!sameAsRead(field, r.value)) {
      changes[key] = r.value;
      count++;
    }
  }
  return { changes, errors, count };
}

/** The draft without the keys just written (their fields show the re-read values). */
export function withoutKeys(draft: Draft, keys: readonly SettingKey[]): Draft {
  const next: Draft = { ...draft };
  for (const k of keys) delete next[k];
  return next;
}

export function errorText(code: SettingErrorCode, tr: Translate): string {
  switch (code) {
    case "required":
      return tr("settingsErrRequired");
    case "yearOutOfRange":
      return tr("settingsErrYear", { min: FISCAL_YEAR_MIN, max: FISCAL_YEAR_MAX });
    case "notInList":
      return tr("settingsErrNotInList");
    case "invalidDate":
      return tr("settingsErrDate");
    case "wrongType":
      return tr("settingsErrType");
  }
}
