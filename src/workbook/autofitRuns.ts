import type { SheetSpec } from "../core/sheetSpec";

/**
 * Which rows of a spec's autofit span Excel may fit. Excel's AutoFit does not serve rows that
 * hold merged cells ("You cannot use the AutoFit feature for rows or columns that contain merged
 * cells in Excel": https://learn.microsoft.com/office/troubleshoot/excel/wrap-text-not-adjust-row-height,
 * quoted in https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1557): a merged, wrapped
 * paragraph left to it keeps one line and clips. Such rows keep the spec's own heights instead,
 * and AutoFit is asked only over the stretches of rows between them.
 */

/** Rows (zero-based) that any of the spec's merged areas covers. */
export function rowsWithMerges(spec: SheetSpec): Set<number> {
  const rows = new Set<number>();
  for (const m of spec.merges ?? []) for (let r = m.row; r < m.row + m.rows; r++) rows.add(r);
  return rows;
}

/** The maximal runs (inclusive) of the autofit span's rows without a merged cell, top to bottom. */
export function autofitRuns(spec: SheetSpec): { from: number; to: number }[] {
  const fit = spec.autofitRows;
  if (!fit || fit.to < fit.from) return [];
  const merged = rowsWithMerges(spec);
  const out: { from: number; to: number }[] = [];
  for (let r = Math.max(0, fit.from); r <= fit.to; r++) {
    if (merged.has(r)) continue;
    const last = out.at(-1);
    if (last && last.to === r - 1) last.to = r;
    else out.push({ from: r, to: r });
  }
  return out;
}

/**
 * The runs the Office adapter asks Excel to fit: none on a sheet OpPlan has paginated
 * (print.pageBreaks set, even to no break). Its breaks were placed on the spec's estimated
 * heights, and a row Excel fitted taller would push rows past OpPlan's breaks: the pages the
 * สารบัญ and the footers count would no longer be the pages printed. Such a sheet keeps the
 * estimates, as a file written by ExcelJS does.
 */
export function hostFittedRuns(spec: SheetSpec): { from: number; to: number }[] {
  return spec.print?.pageBreaks !== undefined ? [] : autofitRuns(spec);
}
