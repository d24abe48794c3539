import { checkPlan } from "../domain/check/checkPlan";
import { summarize } from "../domain/check/summary";
import { blockingFindings } from "../domain/check/usable";
import { monthFillRects } from "../domain/read/monthFills";
import { LIST_SHEET_NAMES } from "../core/sheetNames";
import { readsNumberFormats, readWorkbook, type WorkbookReading } from "../domain/read/readWorkbook";
import type { Rect } from "../core/rect";
import { throwIfCancelled, type WorkbookPort } from "../workbook/port";
import type { SheetData } from "../core/sheetData";
import type { CheckProgress, CheckResult } from "./checkResult";
import { isGeneratedSheet } from "./formMarker";

/**
 * The fills worth reading: the month columns (and the name column) of a project list, where
 * month bars may be shading; none of a form OpPlan generated, which is read for its values
 * (the marker's hash) only.
 */
export function planFillsWhere(data: SheetData): Rect[] | null {
  return isGeneratedSheet(data) ? null : monthFillRects(data);
}

/**
 * Reads every sheet that may hold projects or settings: values; number formats only where the
 * reader looks at them (settings, holidays); fills only of month columns (month bars may be
 * shading). A fired signal rejects with CancelledError, at the latest once the reading is done.
 */
export async function readPlanSheets(
  port: WorkbookPort,
  onProgress?: (p: CheckProgress) => void,
  signal?: AbortSignal,
  sheetNames?: readonly string[],
): Promise<SheetData[]> {
  throwIfCancelled(signal);
  // A caller that has just listed the sheets passes them: one host request fewer.
  const names = (sheetNames ?? (await port.listSheets())).filter((n) => !LIST_SHEET_NAMES.includes(n.trim()));
  onProgress?.({ stage: "read", done: 0, total: 1 });
  const read = await port.readSheets(names, { numberFormats: readsNumberFormats, fillsWhere: planFillsWhere, hidden: true, signal }, (p) =>
    onProgress?.({ stage: "read", done: p.rowsRead, total: Math.max(1, p.rowsTotal) }),
  );
  // The last report may have fired it after the port's last look.
  throwIfCancelled(signal);
  return read.filter((s): s is SheetData => s !== null);
}

/**
 * The last reading of each first sheet, with the sheets it was made of: a port that answers an
 * unchanged sheet with the same object (the CLI's, see rememberReads) gets the reading again
 * instead of a second parse of the same rows. Weak, so a reading lives no longer than its sheets.
 */
const readings = new WeakMap<
  SheetData,
  { readonly sheets: readonly SheetData[]; readonly devPlan: readonly SheetData[] | undefined; readonly reading: WorkbookReading }
>();

/** What every command that reads the plan may be given besides the workbook. */
export interface DevPlanInput {
  /** The development plan's sheets from a second file (the pane's choice, --dev-plan). */
  readonly devPlan?: readonly SheetData[];
}

/** The plan in these sheets; the forms OpPlan generated (they carry its marker) are not the user's rows. */
export function readPlanSheetData(sheets: readonly SheetData[], input: DevPlanInput = {}): WorkbookReading {
  const own = sheets.filter((s) => !isGeneratedSheet(s));
  const options = input.devPlan ? { devPlanSheets: input.devPlan } : {};
  if (own.length === 0) return readWorkbook(own, options);
  const last = readings.get(own[0]);
  if (last && last.devPlan === input.devPlan && last.sheets.length === own.length && last.sheets.every((s, i) => s === own[i])) return last.reading;
  const reading = readWorkbook(own, options);
  readings.set(own[0], { sheets: own, devPlan: input.devPlan, reading });
  return reading;
}

export async function readPlanWorkbook(
  port: WorkbookPort,
  onProgress?: (p: CheckProgress) => void,
  signal?: AbortSignal,
  input: DevPlanInput = {},
): Promise<WorkbookReading> {
  return readPlanSheetData(await readPlanSheets(port, onProgress, signal), input);
}

/**
 * ตรวจสอบ: read-only; it reports findings and never changes a cell, a format or a sheet.
 * A fired signal rejects with CancelledError, up to the moment the result is returned (a
 * cancelled check has changed nothing, so it may be honoured to the end).
 */
export async function checkWorkbook(
  port: WorkbookPort,
  onProgress?: (p: CheckProgress) => void,
  signal?: AbortSignal,
  input: DevPlanInput = {},
): Promise<CheckResult> {
  const reading = await readPlanWorkbook(port, onProgress, signal, input);
  onProgress?.({ stage: "check", done: 0, total: 1 });
  throwIfCancelled(signal);
  const findings = checkPlan(reading);
  onProgress?.({ stage: "check", done: 1, total: 1 });
  throwIfCancelled(signal);
  return { findings, summary: summarize(reading), projectSheets: reading.projectSheets.map((s) => s.name), refused: blockingFindings(reading, findings) };
}
