/**
 * Errors told as messages a planning officer can act on, in their language: the workbook
 * adapters' and the host's own errors, Office's error codes, and the settings form's errors.
 * Used by the ribbon's runs (src/host/actions.ts) and by the pane, which shows the same words.
 */
import { isCancelledError, WorkbookError } from "../workbook/port";
import { ERROR_STRINGS_EN } from "./errorStrings/en";
import { ERROR_STRINGS_TH, type ErrorStringId } from "./errorStrings/th";
import { HostError } from "./errors";
import { fillIn, type Lang } from "./language";

const STRINGS: Record<Lang, Record<ErrorStringId, string>> = { th: ERROR_STRINGS_TH, en: ERROR_STRINGS_EN };

function t(id: ErrorStringId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillIn(STRINGS[lang][id] ?? STRINGS.th[id], params);
}

/** Office.js errors (OfficeExtension.Error) carry a string code such as "InvalidOperationInCellEditMode". */
function officeCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && code.length > 0 ? code : undefined;
}

function isWorkbookError(err: unknown): err is WorkbookError {
  return err instanceof WorkbookError || (err instanceof Error && err.name === "WorkbookError" && "sheet" in err);
}

function isHostError(err: unknown): err is HostError {
  return err instanceof HostError || (err instanceof Error && err.name === "HostError");
}

function detail(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

/** A stable code for an error: ours, Office's, or "UNKNOWN". */
export function errorCode(err: unknown): string {
  if (isCancelledError(err)) return "CANCELLED";
  if (isWorkbookError(err) || isHostError(err)) return err.code;
  return officeCode(err) ?? "UNKNOWN";
}

/** The message for an Office error code users meet and can act on; undefined for the others. */
function officeMessage(code: string | undefined, lang: Lang): string | undefined {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return t("errCellEditing", lang);
    case "AccessDenied":
    case "WorkbookProtected":
    case "SheetProtected":
      return t("errProtected", lang);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return t("errTooLarge", lang);
    case "InactiveWorkbook":
      return t("errInactive", lang);
    case "ApiNotFound":
    case "ApiNotAvailable":
      return t("errOldExcel", lang);
    default:
      return undefined;
  }
}

const HOST_MESSAGES: Record<HostError["code"], ErrorStringId> = {
  NOT_IN_EXCEL: "errNotInExcel",
  OLD_EXCEL: "errOldExcel",
  NO_CLASSIFICATION: "errNoClassification",
  NOTHING_TO_UNDO: "errNothingToUndo",
  NO_SHEET_IMPORT: "errNoSheetImport",
  NO_DEV_PLAN: "errNoDevPlan",
};

/** The label of a setting of ตั้งค่า ("triggerDate" → its settingLabel… string). */
function settingLabel(key: string, lang: Lang): string {
  const id = `settingLabel${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  return id in ERROR_STRINGS_TH ? t(id as ErrorStringId, lang) : key;
}

/**
 * The ตั้งค่า errors of the commands, told by name so that this table does not load them:
 * a missing sheet or row, or a values column that is only a guess.
 */
function settingsMessage(err: unknown, lang: Lang): string | undefined {
  if (!(err instanceof Error)) return undefined;
  const e = err as Error & { settings?: readonly string[]; sheet?: string };
  const labels = (e.settings ?? []).map((k) => settingLabel(k, lang)).join(", ");
  switch (err.name) {
    case "SettingsFormMissingError":
      return t("errSettingsMissing", lang, { labels });
    case "SettingsFormShiftedError":
      return t("settingsShiftedOnSave", lang, { sheet: e.sheet ?? "" });
    default:
      return undefined;
  }
}

/** A message the user can act on, in their language. */
export function errorMessage(err: unknown, lang: Lang): string {
  const settings = settingsMessage(err, lang);
  if (settings !== undefined) return settings;
  if (isCancelledError(err)) return t("runCancelled", lang);
  if (isHostError(err)) return t(HOST_MESSAGES[err.code] ?? "errNotInExcel", lang);
  if (isWorkbookError(err)) {
    const sheet = { sheet: err.sheet };
    switch (err.code) {
      case "SHEET_EXISTS":
        return t("errSheetExists", lang, sheet);
      case "SHEET_MISSING":
        return t("errSheetMissing", lang, sheet);
      case "INVALID_NAME":
        return t("errInvalidName", lang, sheet);
      case "TOO_LARGE":
        return t("errTooLargeSheet", lang, sheet);
      default:
        // The adapters keep Office's own error as the cause: it may say what the user can do.
        return officeMessage(officeCode(err.cause), lang) ?? t("errHost", lang, { detail: err.message });
    }
  }
  const code = officeCode(err);
  if (code === undefined) return t("errUnknown", lang, { detail: detail(err) });
  return officeMessage(code, lang) ?? t("errHost", lang, { detail: detail(err) });
}
