import type { RawValue } from "../../core/cellValue";
import { parseMonthRange, parseMonthText } from "../parse/months";
import { isBlank } from "../parse/text";
import type { ProjectRecord } from "../project";
import { fiscalMonthIndex } from "../thaiCalendar";
import type { Grid } from "./grid";
import type { Header } from "./header";

const NO_FILL = new Set(["#FFFFFF", "#FFFFFE"]);

export function rowHasMonthFill(grid: Grid, header: Header, row: number): boolean {
  return header.months.some((m) => isMarkFill(grid.fill(row, m.col)));
}

const isMarkFill = (fill: string | null) => fill !== null && !NO_FILL.has(fill.toUpperCase());

type MonthFields = Pick<ProjectRecord, "months" | "monthsFrom" | "monthsOutsideFy" | "monthsReversed" | "monthsInvalid">;

/** A row's months: marks or shading in the month columns, else its period text, else its start and end cells. */
export function readMonths(
  grid: Grid,
  header: Header,
  row: number,
  fiscalYear: number | undefined,
  period: string,
  start: RawValue,
  end: RawValue,
): MonthFields {
  const none: MonthFields = { months: Array(12).fill(false), monthsFrom: null, monthsOutsideFy: false, monthsReversed: false, monthsInvalid: false };
  if (header.months.length) {
    const months = Array<boolean>(12).fill(false);
    // A whole row shaded alike (a highlighted line) is not a month bar.
    const nameCol = header.columns.get("name");
    const rowFill = nameCol === undefined ? null : grid.fill(row, nameCol);
    let outside = false;
    for (const m of header.months) {
      const fill = grid.fill(row, m.col);
      // A bar typed once across merged month cells ("◄ ตลอดปี ►") marks every month it covers;
      // a cell merged down from the row above belongs to that row.
      const inRow = grid.shownFrom(row, m.col)[0] === row;
      const marked = !isBlank(inRow ? grid.shown(row, m.col) : grid.raw(row, m.col)) || (isMarkFill(fill) && fill !== rowFill);
      if (!marked) continue;
      if (fiscalYear !== undefined && m.year !== null && fiscalYearOfMonth(m.month, m.year) !== fiscalYear) outside = true;
      else months[fiscalMonthIndex(m.month)] = true;
    }
    if (months.some(Boolean) || outside) return { ...none, months, monthsFrom: "columns", monthsOutsideFy: outside };
  }
  if (period) {
    const p = parseMonthText(period, fiscalYear);
    if (p.kind === "months") return { months: p.months, monthsFrom: "period", monthsOutsideFy: p.outsideFy, monthsReversed: p.reversed, monthsInvalid: false };
    if (p.kind === "invalid") return { ...none, monthsFrom: "period", monthsInvalid: true };
  }
  if (!isBlank(start) || !isBlank(end)) {
    const p = parseMonthRange(start, end, fiscalYear);
    if (p.kind === "months") return { months: p.months, monthsFrom: "range", monthsOutsideFy: p.outsideFy, monthsReversed: p.reversed, monthsInvalid: false };
    if (p.kind === "invalid") return { ...none, monthsFrom: "range", monthsInvalid: true };
  }
  return none;
}

function fiscalYearOfMonth(month: number, buddhistYear: number): number {
  return month >= 10 ? buddhistYear + 1 : buddhistYear;
}
