import type { PlanModel } from "../../domain/planModel";
import type { CellValue } from "../../core/cellValue";
import type { RangeFormat, SheetSpec } from "../../core/sheetSpec";
import { rect, type Rect } from "../../core/rect";
import { projectGroups, sumBudget } from "./blocks";
import { amountWidth, baseStyle, groupTitle, headerStyle, linesFor, percentOf, printSetup, rowHeightFor, TITLE_ROWS, titleBlock, type FormContext } from "./common";

const COLS = 6;
export const SUMMARY_MARKER_COLUMN = COLS;
const WIDTHS = { name: 50, count: 14, percent: 14, units: 32 };

export interface SummaryLine {
  readonly plan: string;
  readonly projects: number;
  readonly percentProjects: number;
  readonly budget: number;
  readonly percentBudget: number;
  readonly units: readonly string[];
}

export interface SummaryStrategy {
  readonly name: string;
  /** The strategy's own number (the user's numbering, else its place). */
  readonly number: number;
  readonly lines: readonly SummaryLine[];
  readonly projects: number;
  readonly percentProjects: number;
  readonly budget: number;
  readonly percentBudget: number;
}

export interface SummaryFigures {
  readonly strategies: readonly SummaryStrategy[];
  readonly projects: number;
  readonly budget: number;
}

const add2 = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

/**
 * The ผด.01 figures: per strategy and แผนงาน, projects and budget with their shares of the whole.
 * Each share is its own figure rounded on its own (percentOf): a strategy's is its own ratio, not
 * the sum of its lines' rounded ones. The same groups as ผด.02, so the numbers equal its rows.
 */
export function pd01Figures(plan: PlanModel): SummaryFigures {
  const groups = projectGroups(plan);
  const projects = groups.reduce((n, g) => n + g.blocks.reduce((m, b) => m + b.projects.length, 0), 0);
  const budget = add2(groups.flatMap((g) => g.blocks.map((b) => sumBudget(b.projects))));
  const strategies = groups.map((g, gi) => {
    const ls: SummaryLine[] = g.blocks.map((b) => {
      const lineBudget = sumBudget(b.projects);
      return {
        plan: b.plan,
        projects: b.projects.length,
        percentProjects: percentOf(b.projects.length, projects),
        budget: lineBudget,
        percentBudget: percentOf(lineBudget, budget),
        units: [...new Set(b.projects.map((p) => p.unit).filter(Boolean))],
      };
    });
    const count = ls.reduce((s, l) => s + l.projects, 0);
    const money = add2(ls.map((l) => l.budget));
    return {
      name: g.name,
      number: g.number ?? gi + 1,
      lines: ls,
      projects: count,
      percentProjects: percentOf(count, projects),
      budget: money,
      percentBudget: percentOf(money, budget),
    };
  });
  return { strategies, projects, budget };
}

/** ผด.01 บัญชีสรุปจำนวนโครงการและงบประมาณ */
export function buildSummary(ctx: FormContext): SheetSpec {
  const t = ctx.text;
  const fig = pd01Figures(ctx.plan);
  const title = titleBlock(ctx, "แบบ ผด.01", "บัญชีสรุปจำนวนโครงการและงบประมาณ", COLS);
  const cells: CellValue[][] = [...title.cells];
  const merges: Rect[] = [...title.merges];
  const heights: { row: number; height: number }[] = [];
  const h0 = TITLE_ROWS;
  cells.push(["ยุทธศาสตร์", "จำนวนโครงการที่ดำเนินการ", "คิดเป็นร้อยละของโครงการทั้งหมด", "จำนวนงบประมาณ", "คิดเป็นร้อยละของงบประมาณทั้งหมด", "หน่วยดำเนินการ"]);
  heights.push({ row: h0, height: ctx.fontSize * 6.4 });
  const body0 = h0 + 1;
  const strategyRows: number[] = [];
  const totalRows: number[] = [];
  fig.strategies.forEach((s) => {
    strategyRows.push(cells.length);
    cells.push([t(groupTitle(s.name, s.number))]);
    merges.push(rect(cells.length - 1, 0, 1, COLS));
    s.lines.forEach((l, j) => {
      const units = l.units.join(", ");
      heights.push({ row: cells.length, height: rowHeightFor(Math.max(linesFor(l.plan, WIDTHS.name, ctx.fontSize), linesFor(units, WIDTHS.units, ctx.fontSize)), ctx.fontSize) });
      cells.push([t(`${s.number}.${j + 1} ${l.plan}`), l.projects, l.percentProjects, l.budget, l.percentBudget, t(units)]);
    });
    totalRows.push(cells.length);
    cells.push(["รวม", s.projects, s.percentProjects, s.budget, s.percentBudget, null]);
  });
  totalRows.push(cells.length);
  const any = fig.projects > 0;
  cells.push(["รวมทั้งสิ้น", fig.projects, any ? 100 : 0, fig.budget, any ? 100 : 0, null]);
  const last = cells.length - 1;
  const bodyRows = last - body0 + 1;
  const formats: RangeFormat[] = [
    { range: rect(0, 0, last + 1, COLS), style: baseStyle(ctx) },
    ...title.formats,
    { range: rect(h0, 0, 1, COLS), style: headerStyle(ctx) },
    { range: rect(body0, 0, bodyRows, COLS), style: { border: "thin", wrap: true } },
    { range: rect(body0, 1, bodyRows, 1), style: { hAlign: "center", numberFormat: ctx.countFormat } },
    { range: rect(body0, 2, bodyRows, 1), style: { hAlign: "center", numberFormat: ctx.percentFormat } },
    { range: rect(body0, 3, bodyRows, 1), style: { hAlign: "right", numberFormat: ctx.amountFormat } },
    { range: rect(body0, 4, bodyRows, 1), style: { hAlign: "center", numberFormat: ctx.percentFormat } },
    ...strategyRows.map((r) => ({ range: rect(r, 0, 1, COLS), style: { bold: true, wrap: false } })),
    ...totalRows.map((r) => ({ range: rect(r, 0, 1, COLS), style: { bold: true } })),
    ...totalRows.map((r) => ({ range: rect(r, 0, 1, 1), style: { hAlign: "center" as const } })),
  ];
  return {
    name: "ผด.01",
    cells,
    formats,
    merges,
    columnWidths: [WIDTHS.name, WIDTHS.count, WIDTHS.percent, amountWidth([fig.budget], 15, ctx.plan.thaiDigits), WIDTHS.percent, WIDTHS.units, 4],
    defaultRowHeight: ctx.fontSize * 1.5,
    rowHeights: [{ row: 1, height: ctx.fontSize * 1.8 }, { row: 2, height: ctx.fontSize * 1.8 }, { row: 3, height: ctx.fontSize * 1.8 }, ...heights],
    autofitRows: { from: body0, to: last },
    freeze: { rows: body0, cols: 0 },
    print: printSetup(h0, h0),
    printArea: rect(0, 0, last + 1, COLS),
    hiddenColumns: [SUMMARY_MARKER_COLUMN],
    tabColor: "#2F5597",
  };
}
