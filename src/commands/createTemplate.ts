import { fixedHolidays } from "../domain/holidays";
import {
  buildHolidaySheet,
  buildListsSheet,
  buildProjectSheet,
  buildSettingsSheet,
  buildStrategySheet,
  defaultSettings,
  type SettingValues,
} from "../reports/inputTemplate";
import { SHEET } from "../core/sheetNames";
import type { SheetSpec } from "../core/sheetSpec";
import { currentFiscalYear } from "../domain/thaiCalendar";
import { readPlanSheetData, readPlanSheets } from "./checkWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { appendSheets } from "./writeSheets";

export interface TemplateOptions {
  /** The plan's year; without it, the year the workbook states, else the current fiscal year. */
  readonly fiscalYear?: number;
  /** Decides the current fiscal year when neither the options nor the workbook give one. */
  readonly today?: Date;
}

export interface TemplateResult {
  readonly fiscalYear: number;
  /** Where the year came from: asked for, stated by the workbook, or today's. */
  readonly fiscalYearFrom: "option" | "workbook" | "today";
  /** Sheets this run added, in workbook order. */
  readonly added: string[];
  /** Template sheets that were already there and were left exactly as they were. */
  readonly existing: string[];
}

export function templateSheets(fiscalYear: number, known: SettingValues = {}): SheetSpec[] {
  return [
    buildProjectSheet(fiscalYear),
    buildStrategySheet(),
    buildSettingsSheet({ ...defaultSettings(fiscalYear), ...known }),
    buildHolidaySheet(fiscalYear, fixedHolidays(fiscalYear)),
    buildListsSheet(),
  ];
}

/**
 * สร้างแม่แบบ: adds the input sheets that are missing. A sheet that exists, whatever it
 * holds, is reported and never touched: it may be the officer's own work. A new ตั้งค่า takes what
 * the workbook already states: its fiscal year, and the อปท. a title names.
 */
export async function createTemplate(
  port: WorkbookPort,
  options: TemplateOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<TemplateResult> {
  const present = await port.listSheets();
  const reading = present.length > 0 ? readPlanSheetData(await readPlanSheets(port, undefined, undefined, present)) : null;
  const stated = reading?.fiscalYear ?? null;
  const fiscalYear = options.fiscalYear ?? stated ?? currentFiscalYear(options.today);
  const fiscalYearFrom = options.fiscalYear !== undefined ? "option" : stated !== null ? "workbook" : "today";
  const org = reading?.orgTitle;
  const known: SettingValues = org ? { orgName: org.name, orgType: org.type, ...(org.district ? { district: org.district } : {}), ...(org.province ? { province: org.province } : {}) } : {};
  const specs = templateSheets(fiscalYear, known);
  const missing = specs.filter((s) => !present.includes(s.name));
  await appendSheets(port, missing, present.length, { activate: SHEET.projects, onProgress });
  return {
    fiscalYear,
    fiscalYearFrom,
    added: missing.map((s) => s.name),
    existing: specs.filter((s) => present.includes(s.name)).map((s) => s.name),
  };
}
