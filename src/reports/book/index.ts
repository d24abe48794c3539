/**
 * PLACEHOLDER (issue 14): the builders of the book's text parts, each one sheet spec, portrait A4,
 * row 0's BOOK_MARKER_COLUMN left free (hidden, outside the print area) for OpPlan's marker. The
 * text helper replaces these bodies; the signatures are what the assembly codes against.
 */
import type { SheetSpec } from "../../core/sheetSpec";
import { rect } from "../../core/rect";
import { BOOK_SHEET } from "../../core/sheetNames";
import type { BookContext, ContentsEntry } from "./types";

export type { BookContext, BookLogo, ContentsEntry } from "./types";

/** Column of row 0 left free for the marker in every text part. */
export const BOOK_MARKER_COLUMN = 6;

function placeholder(name: string, title: string): SheetSpec {
  return {
    name,
    cells: [[title]],
    columnWidths: [80],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
    printArea: rect(0, 0, 1, BOOK_MARKER_COLUMN),
    hiddenColumns: [BOOK_MARKER_COLUMN],
  };
}

export function buildCover(ctx: BookContext): SheetSpec {
  return placeholder(BOOK_SHEET.cover, `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${ctx.fiscalYear}`);
}
export function buildForeword(ctx: BookContext): SheetSpec {
  void ctx;
  return placeholder(BOOK_SHEET.foreword, "คำนำ");
}
export function buildContents(ctx: BookContext, entries: readonly ContentsEntry[]): SheetSpec {
  void ctx;
  return { ...placeholder(BOOK_SHEET.contents, "สารบัญ"), cells: [["สารบัญ"], ...entries.map((e) => [e.title, null, null, null, null, e.page])] };
}
export function buildIntro(ctx: BookContext): SheetSpec {
  void ctx;
  return placeholder(BOOK_SHEET.intro, "ส่วนที่ 1 บทนำ");
}
