import type { SheetData } from "../../workbook/port";
import type { Holiday } from "../holidays";
import { isBlank } from "../parse/text";
import type { ProjectRecord } from "../project";
import { Grid } from "./grid";
import { findHeader, headerFiscalYear, titleFiscalYear, type Header } from "./header";
import { readHolidays } from "./holidaySheet";
import { readProjectRows, type SheetRows } from "./projectRows";
import { parseFiscalYear, readSettings, SETTINGS_SHEET_NAMES, type ReadSettings } from "./settingsSheet";
import { readStrategyTable, type StrategyTree } from "./strategySheet";

export const STRATEGY_SHEET_NAMES = ["ยุทธศาสตร์", "ยุทธศาสตร์การพัฒนา", "strategies"];
export const HOLIDAY_SHEET_NAMES = ["วันหยุด", "วันหยุดราชการ", "holidays"];
export const LIST_SHEET_NAMES = ["รายการเลือก"];

export interface YearAt {
  readonly year: number;
  readonly row: number;
  readonly col: number;
}

export interface ProjectSheet {
  readonly name: string;
  /** Columns the sheet uses (the used range's right edge, exclusive). */
  readonly colCount: number;
  readonly header: Header;
  readonly rows: SheetRows;
  readonly headerYear: YearAt | null;
  readonly titleYear: YearAt | null;
}

export interface SkippedSheet {
  readonly name: string;
  readonly reason: "no-header" | "five-year-plan";
  readonly header?: Header;
}

export interface WorkbookReading {
  /** Sheets in workbook order. */
  readonly sheetOrder: readonly string[];
  readonly projectSheets: readonly ProjectSheet[];
  readonly skipped: readonly SkippedSheet[];
  readonly settings: ReadSettings;
  readonly strategies: StrategyTree;
  readonly holidays: readonly Holiday[];
  /** From ตั้งค่า, else from the first project sheet's headers. */
  readonly fiscalYear: number | null;
  readonly fiscalYearFrom: "settings" | "header" | null;
  readonly projects: readonly ProjectRecord[];
}

const find = (sheets: Map<string, Grid>, names: readonly string[]) => {
  for (const n of names) for (const [k, g] of sheets) if (k.trim().toLowerCase() === n) return g;
  return null;
};

/** Sheets OpPlan reads as settings, strategies, holidays or lists rather than as projects. */
export function isSystemSheet(name: string): boolean {
  const n = name.trim().toLowerCase();
  return [...SETTINGS_SHEET_NAMES, ...STRATEGY_SHEET_NAMES, ...HOLIDAY_SHEET_NAMES, ...LIST_SHEET_NAMES].includes(n);
}

/**
 * Whether the reader looks at a sheet's number formats: only settings (a date typed as a date
 * or as a plain number) and holidays do; project lists and strategies are read by their values.
 */
export function readsNumberFormats(name: string): boolean {
  const n = name.trim().toLowerCase();
  return [...SETTINGS_SHEET_NAMES, ...HOLIDAY_SHEET_NAMES].includes(n);
}

/** workbook → rows: every sheet that looks like a project list, plus settings, strategies, holidays. */
export function readWorkbook(sheets: readonly SheetData[]): WorkbookReading {
  const grids = new Map(sheets.map((s) => [s.name, new Grid(s)]));
  const settings = readSettings(find(grids, SETTINGS_SHEET_NAMES));
  const strategies = readStrategyTable(find(grids, STRATEGY_SHEET_NAMES));
  const holidays = readHolidays(find(grids, HOLIDAY_SHEET_NAMES));
  const settingsYear = settings.cells.fiscalYear ? parseFiscalYear(settings.cells.fiscalYear.raw) : null;

  const found: { grid: Grid; header: Header }[] = [];
  const skipped: SkippedSheet[] = [];
  for (const grid of grids.values()) {
    if (isSystemSheet(grid.name)) continue;
    const header = findHeader(grid);
    if (!header) {
      if (grid.data.values.some((r) => r.some((v) => !isBlank(v)))) skipped.push({ name: grid.name, reason: "no-header" });
      continue;
    }
    if (header.yearBudgetColumns.length) {
      skipped.push({ name: grid.name, reason: "five-year-plan", header });
      continue;
    }
    found.push({ grid, header });
  }
  const yearOf = (g: Grid, h: Header) => headerFiscalYear(h) ?? titleFiscalYear(g, h);
  const headerYear = found.map((f) => yearOf(f.grid, f.header)).find((y) => y !== null)?.year ?? null;
  const fiscalYear = settingsYear ?? headerYear;

  const projectSheets = found.map(({ grid, header }) => ({
    name: grid.name,
    colCount: grid.colCount,
    header,
    rows: readProjectRows(grid, header, fiscalYear ?? undefined),
    headerYear: headerFiscalYear(header),
    titleYear: titleFiscalYear(grid, header),
  }));
  return {
    sheetOrder: sheets.map((s) => s.name),
    projectSheets,
    skipped,
    settings,
    strategies,
    holidays,
    fiscalYear,
    fiscalYearFrom: settingsYear !== null ? "settings" : headerYear !== null ? "header" : null,
    projects: projectSheets.flatMap((s) => s.rows.projects),
  };
}
