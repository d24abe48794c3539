/**
 * สารบัญ: the heading, the columns เรื่อง | หน้า, one line per entry the assembly gives (a form
 * under ส่วนที่ 2 indented), its page label right-aligned as the part's footer prints it.
 */
import type { SheetSpec } from "../../core/sheetSpec";
import { rect } from "../../core/rect";
import { BOOK_SHEET } from "../../core/sheetNames";
import { linesFor, rowHeightFor } from "../forms/common";
import { COLS, TextSheet, bookLook } from "./layout";
import type { BookContext, ContentsEntry } from "./types";

const PAGE_COL = COLS - 1;

export function buildContents(ctx: BookContext, entries: readonly ContentsEntry[]): SheetSpec {
  const look = bookLook(ctx);
  const s = new TextSheet(look);
  const heading = s.text("สารบัญ", { bold: true, size: look.fontSize + 4, style: { hAlign: "center" } });
  s.gap(8);
  const line = (title: string, page: string, level: 0 | 1, bold: boolean, underline = false) => {
    const row = s.next;
    // A form under ส่วนที่ 2 is indented by a column, so its second line stays under its first.
    const col = level === 0 ? 0 : 1;
    const span = PAGE_COL - col;
    const values: (string | null)[] = [];
    values[col] = title;
    values[PAGE_COL] = page;
    s.cells.push(values);
    if (span > 1) s.merges.push(rect(row, col, 1, span));
    s.formats.push({ range: rect(row, col, 1, span), style: { ...s.base(), wrap: true, hAlign: "left", ...(bold ? { bold: true } : {}), ...(underline ? { underline: true } : {}) } });
    // On the entry's last line, as a title run over two lines is printed.
    s.formats.push({ range: rect(row, PAGE_COL), style: { ...s.base(), hAlign: "right", vAlign: "bottom", wrap: false, ...(bold ? { bold: true } : {}), ...(underline ? { underline: true } : {}) } });
    const lines = s.lines(values[col]!, col, span, look.fontSize, bold);
    s.rowHeights.push({ row, height: Math.max(rowHeightFor(lines, look.fontSize), rowHeightFor(linesFor(page, 8, look.fontSize), look.fontSize)) });
    return row;
  };
  const head = line("เรื่อง", "หน้า", 0, true, true);
  s.keep(heading, head);
  for (const e of entries) line(look.digits(e.title), look.digits(e.page), e.level, e.level === 0);
  if (entries.length) s.keep(head, head + 1);
  return s.spec(BOOK_SHEET.contents);
}
