/**
 * OpPlan's own page breaks. A book's สารบัญ prints the page each part starts on, and the footers
 * print &P from each sheet's first page number: both are right only if the pages OpPlan counts
 * are the pages the host prints. So OpPlan places every break itself (manual row breaks, which
 * Excel and LibreOffice both honour), filling each page less than full, so the host never needs a
 * break of its own before OpPlan's.
 *
 * PLACEHOLDER (issue 14): the real packing comes from the pages helper; this one counts pages
 * with printEstimate and places no break.
 */
import { printEstimate } from "./printScale";
import type { SheetSpec } from "./sheetSpec";

export interface Pagination {
  /** Zero-based rows that start pages 2, 3, … (what print.pageBreaks is set to). */
  readonly breaks: readonly number[];
  /** Pages the sheet prints on (one page wide). */
  readonly pages: number;
  /** The zoom the pages were counted at (printScale). */
  readonly scale: number;
}

/** Where the sheet's pages break, and how many there are. Pure. */
export function paginate(spec: SheetSpec): Pagination {
  const e = printEstimate(spec);
  return { breaks: [], pages: e.pages, scale: e.scale };
}

/** The spec with its page breaks set (print.pageBreaks), and its page count. */
export function withPageBreaks(spec: SheetSpec): { spec: SheetSpec; pages: number } {
  const p = paginate(spec);
  if (!spec.print) return { spec, pages: p.pages };
  return { spec: { ...spec, print: { ...spec.print, pageBreaks: p.breaks } }, pages: p.pages };
}
