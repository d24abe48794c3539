/**
 * คำนำ: the heading, the paragraphs of ข้อความเล่มแผน's คำนำ (placeholders expanded), and the
 * closing in the right half of the page: the อปท.'s name over the month and year of the
 * announcement (Buddhist era, from the platform's calendar), or dots to fill in without a date.
 */
import type { SheetSpec } from "../../core/sheetSpec";
import { BOOK_SHEET } from "../../core/sheetNames";
import { defaultSection } from "../../domain/book/bookText";
import { COLS, INDENT, TextSheet, bookLook, monthYear, sectionOf } from "./layout";
import type { BookContext } from "./types";

/** The closing block starts here: the right part of the page, as Thai documents sign. */
const CLOSING_COL = 3;

export function buildForeword(ctx: BookContext): SheetSpec {
  const look = bookLook(ctx);
  const s = new TextSheet(look);
  const section = sectionOf(ctx, "foreword") ?? defaultSection("foreword");
  const heading = s.text(look.print(section.heading), { bold: true, size: look.fontSize + 4, style: { hAlign: "center" } });
  s.gap(8);
  let last = heading;
  section.paragraphs.forEach((p, i) => {
    last = s.text(INDENT + look.print(p), { pad: 4 });
    if (i === 0) s.keep(heading, last);
  });
  s.gap(24);
  const closing = { col: CLOSING_COL, span: COLS - CLOSING_COL, style: { hAlign: "center" as const } };
  s.text(look.digits(ctx.orgFullName), closing);
  const end = s.text(ctx.dated ? monthYear(ctx.dated, ctx.thaiDigits) : look.digits("เดือน .................... พ.ศ. ..........."), closing);
  // The name and the date do not sit alone at the top of a page.
  s.keep(last, end);
  return s.spec(BOOK_SHEET.foreword);
}
