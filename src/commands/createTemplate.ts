import { fixedHolidays } from "../domain/holidays";
import {
  buildHolidaySheet,
  buildListsSheet,
  buildProjectSheet,
  buildSettingsSheet,
  buildStrategySheet,
  defaultSettings,
  SHEET,
} from "../reports/inputTemplate";
import type { SheetSpec } from "../reports/sheetSpec";
import type { WorkbookPort } from "../workbook/port";
import { appendSheets } from "./writeSheets";

export interface TemplateOptions {
  readonly fiscalYear: number;
}

export interface TemplateResult {
  readonly fiscalYear: number;
  /** Sheets this run added, in workbook order. */
  readonly added: string[];
  /** Template sheets that were already there and were left exactly as they were. */
  readonly existing: string[];
}

export function templateSheets(fiscalYear: number): SheetSpec[] {
  return [
    buildProjectSheet(fiscalYear),
    buildStrategySheet(),
    buildSettingsSheet(defaultSettings(fiscalYear)),
    buildHolidaySheet(fiscalYear, fixedHolidays(fiscalYear)),
    buildListsSheet(),
  ];
}

/**
 * สร้างแม่แบบ: adds the input sheets that are missing. A sheet that exists, whatever it
 * holds, is reported and never touched: it may be the officer's own work.
 */
export async function createTemplate(
  port: WorkbookPort,
  options: TemplateOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<TemplateResult> {
  const present = await port.listSheets();
  const specs = templateSheets(options.fiscalYear);
  const missing = specs.filter((s) => !present.includes(s.name));
  await appendSheets(port, missing, present.length, { activate: SHEET.projects, onProgress });
  return {
    fiscalYear: options.fiscalYear,
    added: missing.map((s) => s.name),
    existing: specs.filter((s) => present.includes(s.name)).map((s) => s.name),
  };
}
