import { checkPlan } from "../domain/check/checkPlan";
import { summarize } from "../domain/check/summary";
import { blockingFindings } from "../domain/check/usable";
import { monthFillRects } from "../domain/read/monthFills";
import { LIST_SHEET_NAMES } from "../core/sheetNames";
import { readsNumberFormats, readWorkbook, type WorkbookReading } from "../domain/read/readWorkbook";
import type { Rect } from "../core/rect";
import { throwIfCancelled, type WorkbookPort } from "../workbook/port";
import { sameSheets, type SheetData } from "../core/sheetData";
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
 * Where the development plan comes from besides the workbook's own ผ.02 sheets: the sheets of a
 * second file (the CLI's --dev-plan, the file the user chose in the pane). Given, it is the plan.
 */
export interface PlanSource {
  readonly devPlan?: readonly SheetData[];
}

/**
 * The last reading of each first sheet, with the sheets it was made of: a port that answers an
 * unchanged sheet with the same object (the CLI's, see rememberReads) gets the reading again
 * instead of a second parse of the same rows. Weak, so a reading lives no longer than its sheets.
 */
const readings = new WeakMap<SheetData, { readonly sheets: readonly SheetData[]; readonly devPlan?: readonly SheetData[]; readonly reading: WorkbookReading }>();

/** The plan in these sheets; the forms OpPlan generated (they carry its marker) are not the user's rows. */
export function readPlanSheetData(sheets: readonly SheetData[], source: PlanSource = {}): WorkbookReading {
  const own = sheets.filter((s) => !isGeneratedSheet(s));
  const options = source.devPlan ? { devPlanSheets: source.devPlan } : {};
  if (own.length === 0) return readWorkbook(own, options);
  const last = readings.get(own[0]);
  if (last && sameSheets(last.sheets, own) && sameSheets(last.devPlan, source.devPlan)) return last.reading;
  const reading = readWorkbook(own, options);
  readings.set(own[0], { sheets: own, ...(source.devPlan ? { devPlan: source.devPlan } : {}), reading });
  return reading;
}

export async function readPlanWorkbook(port: WorkbookPort, onProgress?: (p: CheckProgress) => void, signal?: AbortSignal, source: PlanSource = {}): Promise<WorkbookReading> {
  return readPlanSheetData(await readPlanSheets(port, onProgress, signal), source);
}

/**
 * ตรวจสอบ: read-only; it reports findings and never changes a cell, a format or a sheet.
 * A fired signal rejects with CancelledError, up to the moment the result is returned (a
 * cancelled check has changed nothing, so it may be honoured to the end).
 */
export async function checkWorkbook(port: WorkbookPort, onProgress?: (p: CheckProgress) => void, signal?: AbortSignal, source: PlanSource = {}): Promise<CheckResult> {
  const reading = await readPlanWorkbook(port, onProgress, signal, source);
  onProgress?.({ stage: "check", done: 0, total: 1 });
  throwIfCancelled(signal);
  const findings = checkPlan(reading);
  onProgress?.({ stage: "check", done: 1, total: 1 });
  throwIfCancelled(signal);
  const plan = reading.devPlan;
  return {
    findings,
    summary: summarize(reading),
    projectSheets: reading.projectSheets.map((s) => s.name),
    refused: blockingFindings(reading, findings),
    devPlan: plan ? { origin: plan.origin, sheets: plan.sheets.filter((s) => s.read).map((s) => s.name), entries: plan.entries.length, years: plan.years } : null,
  };
}
