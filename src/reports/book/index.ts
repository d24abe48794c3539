/**
 * The builders of the book's text parts, each one sheet spec, portrait A4, row 0's
 * BOOK_MARKER_COLUMN left free (hidden, outside the print area) for OpPlan's marker. Page
 * numbering (first page number, footers) is the assembly's: it knows where each part starts.
 */
export type { BookContext, BookLogo, ContentsEntry } from "./types";
export { BOOK_MARKER_COLUMN } from "./layout";
export { buildCover } from "./cover";
export { buildForeword } from "./foreword";
export { buildContents } from "./contents";
export { buildIntro } from "./intro";
