/**
 * The plan book in print order (../shared/domain.md §9): ปก, ประกาศ, คำนำ, สารบัญ, ส่วนที่ 1, ผด.01,
 * ผด.02, ผด.02/1, then the user's ภาคผนวก. Every part is paginated by OpPlan (withPageBreaks), so
 * the pages it counts are the pages printed; from those counts each part's first page number is
 * set, and the สารบัญ prints the same numbers as the footers.
 *
 * Numbering as Thai books have it: ปก and ประกาศ none; คำนำ and สารบัญ letters (ก, ข, …); the body
 * from 1 at ส่วนที่ 1 on through the forms. The body's numbers do not depend on the front matter,
 * so the สารบัญ's own length changes nothing but its letters: one pass is enough.
 */
import { toThaiDigits } from "../../domain/thaiCalendar";
import { withPageBreaks } from "../../core/pagination";
import type { PrintSetup, SheetSpec } from "../../core/sheetSpec";
import { FORM_TITLES } from "../forms";
import { buildContents, buildCover, buildForeword, buildIntro } from ".";
import type { BookContext, BookPart, BookPartKey, ContentsEntry } from "./types";

/** Front-matter page letters, in the order Thai books use them. */
const LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

/** The footer of the body's pages: &P prints each sheet's first page number and counts on. */
export const BODY_FOOTER = "หน้า &P";

export function letterFor(index: number): string {
  return index < LETTERS.length ? LETTERS[index] : `${LETTERS[LETTERS.length - 1]}${index - LETTERS.length + 2}`;
}

export interface AssembledPart extends Omit<BookPart, "sheet"> {
  /** Named as the part (ปก, ผด.01, …); the command decides the sheet it goes to. */
  readonly spec: SheetSpec;
}

export interface BookInput {
  /** null: the อปท. is unknown, and the book has only its forms (a part that names no one is not printed). */
  readonly context: BookContext | null;
  /** The ประกาศ as built, or null when it cannot be (no อปท.). */
  readonly announcement: SheetSpec | null;
  /** ผด.01, ผด.02, ผด.02-1 as buildForms gives them. */
  readonly forms: readonly SheetSpec[];
  /** The user's sheets named ภาคผนวก…, in tab order: listed after the forms, never changed. */
  readonly appendix?: readonly string[];
}

const FORM_PART: Record<string, BookPartKey> = { "ผด.01": "pd01", "ผด.02": "pd02", "ผด.02-1": "pd021" };

function numbered(spec: SheetSpec, numbering: Partial<PrintSetup>): SheetSpec {
  const print: PrintSetup = { ...(spec.print ?? { orientation: "portrait", paper: "A4" }), ...numbering };
  return { ...spec, print };
}

/** No page number: the footer a builder may have set goes. */
const unnumbered = (spec: SheetSpec): SheetSpec => numbered(spec, { centerFooter: undefined, firstPageFooter: undefined, firstPageNumber: undefined });

/** The body's page after the last numbered part: where a ภาคผนวก starts. */
function pageAfter(parts: readonly Pick<BookPart, "firstPage" | "pages">[]): number {
  const last = [...parts].reverse().find((p) => p.firstPage !== null);
  return last ? last.firstPage! + (last.pages ?? 0) : 1;
}

/**
 * Lettered pages from `first`: the first page's letter on its own footer, the second's on the
 * others. A part of three pages or more would need a letter per page, which a sheet's footer
 * cannot give: its later pages then carry none rather than a wrong one.
 */
function lettered(spec: SheetSpec, first: number, pages: number, digits: (s: string) => string): SheetSpec {
  const label = (i: number) => digits(`หน้า ${letterFor(i)}`);
  if (pages <= 1) return numbered(spec, { centerFooter: label(first), firstPageFooter: undefined });
  return numbered(spec, { firstPageFooter: label(first), centerFooter: pages === 2 ? label(first + 1) : "" });
}

export function assembleBook(input: BookInput): AssembledPart[] {
  const ctx = input.context;
  const digits = ctx?.thaiDigits ? toThaiDigits : (s: string) => s;
  const out: AssembledPart[] = [];
  const none = (part: BookPartKey, title: string, spec: SheetSpec) => {
    const l = withPageBreaks(unnumbered(spec));
    out.push({ part, title, spec: l.spec, firstPage: null, firstPageLabel: null, pages: l.pages });
  };

  // The body first: its numbers are the สารบัญ's.
  let page = 1;
  const body: AssembledPart[] = [];
  const bodyPart = (part: BookPartKey, title: string, spec: SheetSpec) => {
    const l = withPageBreaks(numbered(spec, { firstPageNumber: page, centerFooter: BODY_FOOTER, firstPageFooter: undefined }));
    body.push({ part, title, spec: l.spec, firstPage: page, firstPageLabel: String(page), pages: l.pages });
    page += l.pages;
  };
  if (ctx) bodyPart("intro", "ส่วนที่ 1 บทนำ", buildIntro(ctx));
  for (const form of input.forms) bodyPart(FORM_PART[form.name] ?? "pd02", (FORM_TITLES as Readonly<Record<string, string>>)[form.name] ?? form.name, form);

  if (ctx) {
    none("cover", "ปก", buildCover(ctx));
    if (input.announcement) none("announcement", "ประกาศ", input.announcement);
    const entries: ContentsEntry[] = [];
    const forms = body.filter((b) => b.part !== "intro");
    for (const b of body) {
      if (b === forms[0]) entries.push({ title: "ส่วนที่ 2 บัญชีโครงการ/กิจกรรม", page: String(b.firstPage), level: 0 });
      entries.push({ title: b.title, page: String(b.firstPage), level: b.part === "intro" ? 0 : 1 });
    }
    if (input.appendix?.length) entries.push({ title: "ภาคผนวก", page: String(pageAfter(body)), level: 0 });
    const foreword = withPageBreaks(buildForeword(ctx));
    const forewordPart = lettered(foreword.spec, 0, foreword.pages, digits);
    out.push({ part: "foreword", title: "คำนำ", spec: forewordPart, firstPage: null, firstPageLabel: digits(letterFor(0)), pages: foreword.pages });
    const contents = withPageBreaks(buildContents(ctx, entries));
    out.push({
      part: "contents",
      title: "สารบัญ",
      spec: lettered(contents.spec, foreword.pages, contents.pages, digits),
      firstPage: null,
      firstPageLabel: digits(letterFor(foreword.pages)),
      pages: contents.pages,
    });
  }
  out.push(...body);
  return out;
}

/** The appendix as the book lists it: the user's sheet, starting after the last form; its pages are its own. */
export function appendixParts(appendix: readonly string[], parts: readonly AssembledPart[]): BookPart[] {
  const start = pageAfter(parts);
  // Only the first sheet's start is known: the pages of the user's sheets are theirs.
  return appendix.map((sheet, i) => ({
    part: "appendix",
    sheet,
    title: "ภาคผนวก",
    firstPage: i === 0 ? start : null,
    firstPageLabel: i === 0 ? String(start) : null,
    pages: null,
  }));
}
