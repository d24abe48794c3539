import { fixedHolidays } from "../domain/holidays";
import {
  buildHolidaySheet,
  buildListsSheet,
  buildProjectSheet,
  buildSettingsSheet,
  buildStrategySheet,
  defaultSettings,
} from "../reports/inputTemplate";
import type { SheetSpec } from "../reports/sheetSpec";
import type { WorkbookPort } from "../workbook/port";

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
  const present = new Set(await port.listSheets());
  const specs = templateSheets(options.fiscalYear);
  const added: string[] = [];
  const existing: string[] = [];
  for (const spec of specs) {
    if (present.has(spec.name)) existing.push(spec.name);
    else {
      await port.writeSheet(spec, { activate: added.length === 0 });
      added.push(spec.name);
    }
    onProgress?.(added.length + existing.length, specs.length);
  }
  return { fiscalYear: options.fiscalYear, added, existing };
}
