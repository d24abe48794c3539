/**
 * OpPlan's own page breaks. A book's สารบัญ prints the page each part starts on, and the footers
 * print &P from each sheet's first page number: both are right only if the pages OpPlan counts
 * are the pages the host prints. So OpPlan places every break itself (manual row breaks, which
 * Excel and LibreOffice both honour when a sheet prints at a scale, as ours do: see printScale),
 * filling each page less than full, so the host never needs a break of its own before OpPlan's.
 */
import { heightsOf, pagesAcross, printable, printedRows, printedScale } from "./printScale";
import type { SheetSpec } from "./sheetSpec";

/**
 * The share of the printable height (A4 less the top and bottom margins) OpPlan fills a page to.
 * Measured with LibreOffice 7.4 on sheets of numbered rows written by the ExcelJS adapter without
 * breaks (portrait and landscape, margins 0.3″ to 1″, scales 100 %, 55 % and 37 %, repeated
 * titles): LibreOffice broke each page only once its rows filled 0.99–1.01 of that height (the
 * header and footer sit inside the margins and take nothing from it), and it holds row heights
 * truncated to whole pixels (6.3 pt → 6, 7.1 → 6.75), so it always fits at least the rows counted
 * here. Excel keeps heights on its own pixel grid too, and could round one up by a pixel: 0.75 pt,
 * 3 % of a 24-pt Thai row, 5 % of a 15-pt default one; nothing documents its page arithmetic
 * further. 0.92 leaves 8 %: more than that rounding on every row of a page, and a page loses
 * about two lines of a form to it.
 */
export const PAGE_FILL = 0.92;

export interface Pagination {
  /** Zero-based rows that start pages 2, 3, … (what print.pageBreaks is set to). */
  readonly breaks: readonly number[];
  /** Pages the sheet prints on: the pages down, times the pages across (1 for a sheet fitted one page wide). */
  readonly pages: number;
  /** The zoom the pages were counted at (printScale). */
  readonly scale: number;
}

/**
 * Where the sheet's pages break, and how many there are. Pure.
 *
 * The print area's rows are laid top to bottom at the print scale, at the heights the adapters
 * write (heightsOf), onto pages filled to PAGE_FILL of the printable height; each page after the
 * first starts under the repeated title rows (print.repeatRows), so it holds that much less. A
 * page starts:
 * - at every break the builder gave (print.pageBreaks: a section that must open a page), kept
 *   even inside a keepTogether span: the builder asked for both and the break is the explicit one;
 * - before a row that would overfill the page, moved up to the start of the keepTogether span
 *   the row is in (a heading stays with its first line), and never inside the title rows nor
 *   just under them (a first page of titles alone would print them twice);
 * - inside a keepTogether span only when the span is taller than a whole page on its own: it then
 *   starts a page and breaks row by row where it must (splitting it cannot be avoided; starting
 *   it on a fresh page splits it as little as possible);
 * - after a row taller than a page on its own, which has its page to itself: no break can cut a
 *   row, and the host prints what fits of it (Excel's rows are at most 409 pt, less than an A4
 *   page at 100 %, so only a heading under tall repeated titles could come to this).
 * Builder breaks outside the printed rows, or on the first, start no page and are dropped.
 */
export function paginate(spec: SheetSpec): Pagination {
  const scale = printedScale(spec);
  const capacity = printable(spec).height * PAGE_FILL;
  const base = heightsOf(spec);
  const height = (r: number) => (base(r) * scale) / 100;
  const { top, end } = printedRows(spec);
  const titles = spec.print?.repeatRows;
  let titleHeight = 0;
  if (titles) for (let r = titles.from; r <= titles.to; r++) titleHeight += height(r);
  const forced = new Set((spec.print?.pageBreaks ?? []).filter((r) => r > top && r < end));
  const spans = spec.print?.keepTogether ?? [];
  const insideSpan = (r: number) => spans.some((s) => s.from < r && r <= s.to);
  // The title rows, and the first row under them: a first page of titles alone would print them twice.
  const insideTitles = (r: number) => !!titles && r >= titles.from && r <= titles.to + 1;
  /** A row a page may start on without splitting what must stay together. */
  const opens = (r: number) => forced.has(r) || (!insideSpan(r) && !insideTitles(r));

  const breaks: number[] = [];
  let used = 0;
  let rowsOnPage = 0;
  const newPage = (r: number) => {
    breaks.push(r);
    used = titleHeight;
    rowsOnPage = 0;
  };
  for (let r = top; r < end; ) {
    // The block from r to the next row a page may open on: placed whole or not at all.
    let next = r + 1;
    while (next < end && !opens(next)) next++;
    let blockHeight = 0;
    for (let q = r; q < next; q++) blockHeight += height(q);
    if (rowsOnPage > 0 && (forced.has(r) || used + blockHeight > capacity)) newPage(r);
    if (used + blockHeight <= capacity || next - r === 1) {
      used += blockHeight;
      rowsOnPage += next - r;
    } else {
      // Taller than a page on its own: broken where it must.
      for (let q = r; q < next; q++) {
        if (rowsOnPage > 0 && used + height(q) > capacity) newPage(q);
        used += height(q);
        rowsOnPage++;
      }
    }
    r = next;
  }
  const pagesTall = end > top ? breaks.length + 1 : 0;
  return { breaks, pages: pagesTall * pagesAcross(spec, scale), scale };
}

/**
 * The spec with its page breaks set (print.pageBreaks: the builder's own breaks among them), and
 * its page count. A spec without a print setup prints by the host's defaults, which OpPlan does not
 * paginate: it is returned as it is.
 */
export function withPageBreaks(spec: SheetSpec): { spec: SheetSpec; pages: number } {
  const p = paginate(spec);
  if (!spec.print) return { spec, pages: p.pages };
  return { spec: { ...spec, print: { ...spec.print, pageBreaks: p.breaks } }, pages: p.pages };
}
