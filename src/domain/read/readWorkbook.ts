import { parseAddress } from "../../core/address";
import { BOOK_TEXT_SHEET_NAMES, HOLIDAY_SHEET_NAMES, LIST_SHEET_NAMES, SETTINGS_SHEET_NAMES, STRATEGY_SHEET_NAMES, TRACKING_SHEET_NAMES } from "../../core/sheetNames";
import type { SheetData } from "../../core/sheetData";
import { formSignOf } from "../devPlan/formOf";
import { readDevPlan } from "../devPlan/readDevPlan";
import { devPlanStrategies } from "../devPlan/tree";
import type { DevPlan, DevPlanForm } from "../devPlan/types";
import type { Holiday } from "../holidays";
import type { BookText } from "../book/bookText";
import { isBlank } from "../parse/text";
import { isTrackingTable } from "../tracking/readTracking";
import type { ProjectRecord } from "../project";
import { coverFiscalYear, resolveFiscalYear, sheetStatements, type FiscalYearSource, type FiscalYearStatement } from "./fiscalYear";
import { Grid } from "./grid";
import { chooseBudgetColumn, findHeader, withBudgetColumn, type BudgetColumn, type Header } from "./header";
import { bookTextHeader, readBookText, type BookTextNote } from "./bookTextSheet";
import { headerlessRows, type HeaderlessRows } from "./headerless";
import { readHolidays } from "./holidaySheet";
import { orgFromTitle, type OrgTitle } from "./orgTitle";
import { readProjectRows, type SheetLabels, type SheetRows } from "./projectRows";
import { parseFiscalYear, readSettings, type ReadSettings } from "./settingsSheet";
import { sheetLabels } from "./sheetLabels";
import { readStrategyTable, type StrategyTree } from "./strategySheet";
import { strategiesFromWorkbook } from "./workbookStrategies";

export interface YearAt {
  readonly year: number;
  readonly row: number;
  readonly col: number;
}

/** Which of a header's budget columns was read, when it labels several. */
export interface BudgetChoice {
  readonly column: BudgetColumn;
  /** The columns not read, and whether the user hid each. */
  readonly others: readonly (BudgetColumn & { readonly hidden: boolean })[];
  /** False when nothing made one column this year's: the user must be told which was used. */
  readonly clear: boolean;
}

export interface ProjectSheet {
  readonly name: string;
  /** Columns the sheet uses (the used range's right edge, exclusive). */
  readonly colCount: number;
  readonly header: Header;
  readonly rows: SheetRows;
  readonly labels: SheetLabels;
  /** Null with a single budget column. */
  readonly budget: BudgetChoice | null;
  readonly headerYear: YearAt | null;
  readonly titleYear: YearAt | null;
}

export interface SkippedSheet {
  readonly name: string;
  /**
   * dev-plan: a form of the development plan (ผ.01, ผ.02 …) that the plan reader recognises;
   * five-year-plan: a table with a budget column per year that it does not;
   * book-text: the book's paragraphs (ส่วน | หัวข้อ | ข้อความ) under a name of the officer's own;
   * tracking: the ติดตามผล sheet (by its name, or by its สถานะ and เบิกจ่าย columns), the plan's
   * projects again with the officer's entries.
   */
  readonly reason: "no-header" | "five-year-plan" | "dev-plan" | "hidden" | "book-text" | "tracking";
  readonly header?: Header;
  /** dev-plan: which form. */
  readonly form?: DevPlanForm;
  /** no-header: rows that look like projects all the same, and their money. */
  readonly headerless?: HeaderlessRows;
  /** no-header: the sheet holds a table (rows of several cells), not only lines of text (a cover). */
  readonly tabular?: boolean;
}

export interface WorkbookReading {
  /** Sheets in workbook order. */
  readonly sheetOrder: readonly string[];
  readonly projectSheets: readonly ProjectSheet[];
  readonly skipped: readonly SkippedSheet[];
  readonly settings: ReadSettings;
  /**
   * The ยุทธศาสตร์ sheet's tree; without one, the development plan's; without either, the tree the
   * project sheets state (sheet null).
   */
  readonly strategies: StrategyTree;
  readonly strategiesFrom: "sheet" | "devPlan" | "workbook" | null;
  /**
   * The development plan: from the second file when one was given (ReadOptions.devPlanSheets),
   * else from the workbook's own ผ.02 sheets; null when neither holds one.
   */
  readonly devPlan: DevPlan | null;
  /** A second file was given and no plan was read from it (a finding says so). */
  readonly devPlanUnread: boolean;
  readonly holidays: readonly Holiday[];
  /** The fiscal year the workbook states (see resolveFiscalYear); null when nothing states one. */
  readonly fiscalYear: number | null;
  readonly fiscalYearFrom: FiscalYearSource | null;
  /** Every statement of the fiscal year, for telling where they disagree. */
  readonly fiscalYearStated: readonly FiscalYearStatement[];
  /** The อปท. a title names, for when ตั้งค่า does not. */
  readonly orgTitle: OrgTitle | null;
  readonly projects: readonly ProjectRecord[];
  /** The paragraphs of คำนำ and ส่วนที่ 1 from ข้อความเล่มแผน; null without that sheet (the book uses the defaults). */
  readonly bookText: BookText | null;
  /** What the reader of ข้อความเล่มแผน could not take as written (the check says each, BOOK_TEXT_NOTE). */
  readonly bookTextNotes: readonly BookTextNote[];
}

const find = (sheets: Map<string, Grid>, names: readonly string[]) => {
  for (const n of names) for (const [k, g] of sheets) if (k.trim().toLowerCase() === n) return g;
  return null;
};

/** Sheets OpPlan reads as settings, strategies, holidays, lists or the book's text rather than as projects. */
export function isSystemSheet(name: string): boolean {
  const n = name.trim().toLowerCase();
  return [...SETTINGS_SHEET_NAMES, ...STRATEGY_SHEET_NAMES, ...HOLIDAY_SHEET_NAMES, ...LIST_SHEET_NAMES, ...BOOK_TEXT_SHEET_NAMES].includes(n);
}

/**
 * Whether the reader looks at a sheet's number formats: only settings (a date typed as a date
 * or as a plain number), holidays and tracking (its วันที่เริ่ม and วันที่แล้วเสร็จ) do; project
 * lists and strategies are read by their values.
 */
export function readsNumberFormats(name: string): boolean {
  const n = name.trim().toLowerCase();
  return [...SETTINGS_SHEET_NAMES, ...HOLIDAY_SHEET_NAMES, ...TRACKING_SHEET_NAMES].includes(n);
}

/** A sheet named as the tracking sheet is, compared as the other names are. */
export const isTrackingSheetName = (name: string): boolean => TRACKING_SHEET_NAMES.includes(name.trim().toLowerCase());

const hasContent = (g: Grid) => g.data.values.some((r) => r.some((v) => !isBlank(v)));

/** Three rows or more of two cells or more: a table, not a cover's or a letter's lines. */
const isTabular = (g: Grid) => g.data.values.filter((r) => r.filter((v) => !isBlank(v)).length >= 2).length >= 3;

export interface ReadOptions {
  /** The sheets of a development plan kept in a file of its own (--dev-plan, the pane's choice). */
  readonly devPlanSheets?: readonly SheetData[];
}

/**
 * workbook → rows: every sheet the user shows that looks like a project list, plus settings,
 * strategies, holidays. What the workbook states decides: its fiscal year (ตั้งค่า, titles,
 * month headers, sheet names, periods), its strategy tree (the ยุทธศาสตร์ sheet, else the
 * headings, columns and titles of its lists), the budget column of this year.
 */
export function readWorkbook(sheets: readonly SheetData[], options: ReadOptions = {}): WorkbookReading {
  const grids = new Map(sheets.map((s) => [s.name, new Grid(s)]));
  const settings = readSettings(find(grids, SETTINGS_SHEET_NAMES));
  const strategySheet = readStrategyTable(find(grids, STRATEGY_SHEET_NAMES));
  const holidays = readHolidays(find(grids, HOLIDAY_SHEET_NAMES));
  const settingsYear = settings.cells.fiscalYear ? parseFiscalYear(settings.cells.fiscalYear.raw) : null;

  const found: { grid: Grid; header: Header }[] = [];
  const skipped: SkippedSheet[] = [];
  const planSheets: SheetData[] = [];
  const textSheets: Grid[] = [];
  for (const grid of grids.values()) {
    if (isSystemSheet(grid.name)) continue;
    // Last year's plan, a lookup list: what the user hid is not part of what they show.
    if (grid.hidden) {
      if (hasContent(grid)) skipped.push({ name: grid.name, reason: "hidden" });
      continue;
    }
    // The development plan kept beside the year's list: its entries are not this year's projects.
    const form = formSignOf(grid)?.form;
    if (form) {
      skipped.push({ name: grid.name, reason: "dev-plan", form });
      planSheets.push(grid.data);
      continue;
    }
    // ติดตามผล repeats the plan's projects (โครงการ, งบประมาณ): read as a list it would count them twice.
    if (isTrackingSheetName(grid.name) || isTrackingTable(grid)) {
      skipped.push({ name: grid.name, reason: "tracking" });
      continue;
    }
    const header = findHeader(grid);
    // ข้อความเล่มแผน under a name of the officer's own: its years and names are not the plan's.
    if (!header && bookTextHeader(grid)) {
      skipped.push({ name: grid.name, reason: "book-text" });
      textSheets.push(grid);
      continue;
    }
    if (!header) {
      if (hasContent(grid)) {
        const headerless = headerlessRows(grid);
        skipped.push({ name: grid.name, reason: "no-header", tabular: isTabular(grid), ...(headerless ? { headerless } : {}) });
      }
      continue;
    }
    if (header.yearBudgetColumns.length) {
      skipped.push({ name: grid.name, reason: "five-year-plan", header });
      continue;
    }
    found.push({ grid, header });
  }

  const fiscalYearStated: FiscalYearStatement[] = [
    ...(settingsYear !== null ? [{ year: settingsYear, from: "settings" as const, sheet: settings.sheet ?? "", cell: settings.cells.fiscalYear!.cell }] : []),
    ...found.flatMap((f) => sheetStatements(f.grid, f.header)),
    ...skipped.flatMap((k) => {
      const cover = k.reason === "no-header" ? coverFiscalYear(grids.get(k.name)!) : null;
      return cover ? [cover] : [];
    }),
  ];
  const stated = resolveFiscalYear(fiscalYearStated);
  const fiscalYear = stated?.year ?? null;

  const projectSheets: ProjectSheet[] = found.map(({ grid, header }) => {
    const budget = header.budgets.length > 1 ? chooseBudgetColumn(header, grid, fiscalYear) : null;
    const read = budget ? withBudgetColumn(header, budget.column.col) : header;
    const labels = sheetLabels(grid, read);
    const statements = fiscalYearStated.filter((s) => s.sheet === grid.name);
    const at = (from: FiscalYearSource): YearAt | null => {
      const s = statements.find((x) => x.from === from);
      return s?.cell ? { year: s.year, ...parseAddress(s.cell) } : null;
    };
    return {
      name: grid.name,
      colCount: grid.colCount,
      header: read,
      rows: readProjectRows(grid, read, fiscalYear ?? undefined, labels),
      labels,
      budget: budget
        ? { ...budget, others: header.budgets.filter((b) => b.col !== budget.column.col).map((b) => ({ ...b, hidden: grid.isColumnHidden(b.col) })) }
        : null,
      headerYear: at("header"),
      titleYear: at("title"),
    };
  });
  const projects = projectSheets.flatMap((s) => s.rows.projects);
  // A plan the user chose as a file is the one they mean, whatever the workbook carries.
  const devPlan = options.devPlanSheets ? readDevPlan(options.devPlanSheets, "file") : planSheets.length ? readDevPlan(planSheets, "workbook") : null;
  const planTree = !strategySheet.sheet && devPlan ? devPlanStrategies(devPlan) : [];
  const strategies: StrategyTree = strategySheet.sheet
    ? strategySheet
    : { sheet: null, strategies: planTree.length ? planTree : strategiesFromWorkbook(projects) };
  // A project list's own title first, then a cover, the plan's title or another sheet the user shows.
  const orgTitle =
    found.map((f) => orgFromTitle(f.grid, f.header.top)).find((o) => o !== null) ??
    skipped.map((k) => (k.reason === "no-header" || k.reason === "dev-plan" ? orgFromTitle(grids.get(k.name)!, 30) : null)).find((o) => o !== null) ??
    null;
  const book = bookTextOf(find(grids, BOOK_TEXT_SHEET_NAMES), textSheets);
  return {
    sheetOrder: sheets.map((s) => s.name),
    projectSheets,
    skipped,
    settings,
    strategies,
    strategiesFrom: strategySheet.sheet ? "sheet" : planTree.length ? "devPlan" : strategies.strategies.length ? "workbook" : null,
    devPlan,
    devPlanUnread: options.devPlanSheets !== undefined && devPlan === null,
    holidays,
    fiscalYear,
    fiscalYearFrom: stated?.from ?? null,
    fiscalYearStated,
    orgTitle,
    projects,
    bookText: book.text,
    bookTextNotes: book.notes,
  };
}

/** The sheet of that name, else the first sheet laid out like it; a second one is said to be left aside. */
function bookTextOf(named: Grid | null, lookalikes: readonly Grid[]): { text: BookText | null; notes: BookTextNote[] } {
  const used = named ?? lookalikes[0] ?? null;
  if (!used) return { text: null, notes: [] };
  const read = readBookText(used);
  const notes = [...read.notes];
  for (const g of lookalikes)
    if (g !== used)
      notes.push({
        sheet: g.name,
        cell: "",
        message: `แผ่นงาน "${g.name}" เป็นข้อความเล่มแผนอีกชุดหนึ่ง เล่มแผนใช้ข้อความจากแผ่นงาน "${used.name}" เท่านั้น`,
        fix: `ถ้าต้องการใช้ข้อความในแผ่นงานนี้ ให้ย้ายไปไว้ในแผ่นงาน "${used.name}" หรือลบแผ่นงานที่ไม่ใช้`,
      });
  return { text: read.text, notes };
}
