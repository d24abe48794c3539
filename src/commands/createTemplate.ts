import { fixedHolidays } from "../domain/holidays";
import {
  buildBookTextSheet,
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
import { strategySheetRows } from "../domain/devPlan/tree";
import type { DevPlan } from "../domain/devPlan/types";
import { defaultBookText } from "../domain/book/bookText";
import { LOCAL_GOVERNMENT_TYPES, type LocalGovernmentType } from "../domain/catalog";
import { readPlanSheetData, readPlanSheets, type PlanSource } from "./checkWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { appendSheets } from "./writeSheets";

/** `devPlan`: a development plan kept in a file of its own, whose strategy tree a new ยุทธศาสตร์ sheet takes. */
export interface TemplateOptions extends PlanSource {
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
  /**
   * Rows the new ยุทธศาสตร์ sheet took from the development plan's groups (ผ.02), so nobody types
   * the tree; 0 when the sheet was there already, or there is no plan.
   */
  readonly strategyRowsFromDevPlan?: number;
}

/**
 * `orgType`: the type of อปท. the workbook states (ตั้งค่า, else a title), whose words the book's
 * default text is written with; without one the text keeps its placeholders, filled in from
 * ตั้งค่า when the book is built.
 */
export function templateSheets(fiscalYear: number, known: SettingValues = {}, devPlan: DevPlan | null = null, orgType: LocalGovernmentType | null = null): SheetSpec[] {
  const tree = devPlan ? strategySheetRows(devPlan).slice(1).map(([strategy, approach, plan, keywords]) => ({ strategy, approach, plan, keywords })) : [];
  return [
    buildProjectSheet(fiscalYear),
    buildStrategySheet(tree),
    buildSettingsSheet({ ...defaultSettings(fiscalYear), ...known }),
    buildHolidaySheet(fiscalYear, fixedHolidays(fiscalYear)),
    buildBookTextSheet(defaultBookText(orgType)),
    buildListsSheet(),
  ];
}

/**
 * สร้างแม่แบบ: adds the input sheets that are missing. A sheet that exists, whatever it
 * holds, is reported and never touched: it may be the officer's own work. A new ตั้งค่า takes what
 * the workbook already states: its fiscal year, and the อปท. a title names; a new ยุทธศาสตร์ the
 * development plan's tree, when the workbook (or the plan file given) has a ผ.02; a new
 * ข้อความเล่มแผน the default paragraphs of the book, in the words of the type the workbook states.
 */
export async function createTemplate(
  port: WorkbookPort,
  options: TemplateOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<TemplateResult> {
  const present = await port.listSheets();
  const source = options.devPlan ? { devPlan: options.devPlan } : {};
  const reading = present.length > 0 || options.devPlan ? readPlanSheetData(present.length > 0 ? await readPlanSheets(port, undefined, undefined, present) : [], source) : null;
  const stated = reading?.fiscalYear ?? null;
  const fiscalYear = options.fiscalYear ?? stated ?? currentFiscalYear(options.today);
  const fiscalYearFrom = options.fiscalYear !== undefined ? "option" : stated !== null ? "workbook" : "today";
  const org = reading?.orgTitle;
  const known: SettingValues = org ? { orgName: org.name, orgType: org.type, ...(org.district ? { district: org.district } : {}), ...(org.province ? { province: org.province } : {}) } : {};
  const typeLabel = reading?.settings.cells.orgType?.text || org?.type || "";
  const orgType = LOCAL_GOVERNMENT_TYPES.find((t) => t.label === typeLabel) ?? null;
  const specs = templateSheets(fiscalYear, known, reading?.devPlan ?? null, orgType);
  const missing = specs.filter((s) => !present.includes(s.name));
  const strategies = missing.find((s) => s.name === SHEET.strategies);
  await appendSheets(port, missing, present.length, { activate: SHEET.projects, onProgress });
  return {
    fiscalYear,
    fiscalYearFrom,
    added: missing.map((s) => s.name),
    existing: specs.filter((s) => present.includes(s.name)).map((s) => s.name),
    strategyRowsFromDevPlan: strategies && reading?.devPlan ? strategySheetRows(reading.devPlan).length - 1 : 0,
  };
}
