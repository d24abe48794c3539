import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, readJson } from "../support/cli";
import { convertAllWithLibreOffice, isA4, pdfPages, type PdfPage } from "../support/libreoffice";
import { arabicDigits, contentsLines, footerLabel, loose, pdfPageTexts } from "../support/pdfBook";
import { onlySheets } from "../support/renderPaths";
import { BOOK_CASES, type BookCase } from "./bookWorkbooks";

/**
 * The whole book as `opplan generate` writes it for four workbooks typed by hand (bookWorkbooks),
 * printed by LibreOffice and read back from the PDF as an officer would hold it: parts in order,
 * A4 in each part's orientation, no ###, the footers numbered as the สารบัญ says, the words of the
 * อปท.'s type, the officer's own paragraphs.
 */

interface Part {
  part: string;
  sheet: string;
  title: string;
  firstPage: number | null;
  firstPageLabel: string | null;
  pages: number | null;
}

interface Printed {
  readonly parts: Part[];
  /** Each part's pages, as text, in print order. */
  readonly pagesOf: Map<string, string[]>;
  readonly sizesOf: Map<string, PdfPage[]>;
  readonly all: string[];
}

const FORMS = new Set(["ผด.01", "ผด.02", "ผด.02-1"]);
const printed = new Map<string, Printed>();
const dir = mkdtempSync(join(tmpdir(), "opplan-book-render-"));

beforeAll(async () => {
  const books: { c: BookCase; out: string; parts: Part[] }[] = [];
  for (const c of BOOK_CASES) {
    const input = join(dir, `${c.id}-in.xlsx`);
    await c.build().xlsx.writeFile(input);
    const out = join(dir, `${c.id}.xlsx`);
    const json = join(dir, `${c.id}.json`);
    const r = await cli("generate", input, "-o", out, "--json", json);
    if (r.code !== 0) throw new Error(`${c.id}: generate exited ${r.code}\n${r.err}\n${r.out}`);
    books.push({ c, out, parts: readJson(json).book.parts });
  }
  // The book alone (no input sheets), cut on the zip so that OpPlan's page breaks stay: one call.
  const copies: string[] = [];
  for (const b of books) copies.push(await onlySheets(b.out, b.parts.map((p) => p.sheet), b.c.id));
  const pdfs = convertAllWithLibreOffice(copies, "pdf");
  books.forEach((b, k) => {
    const texts = pdfPageTexts(pdfs[k]);
    const sizes = pdfPages(pdfs[k]);
    const pagesOf = new Map<string, string[]>();
    const sizesOf = new Map<string, PdfPage[]>();
    let at = 0;
    for (const p of b.parts) {
      const n = p.pages ?? 0;
      pagesOf.set(p.sheet, texts.slice(at, at + n));
      sizesOf.set(p.sheet, sizes.slice(at, at + n));
      at += n;
    }
    if (at !== texts.length) throw new Error(`${b.c.id}: the parts say ${at} pages, LibreOffice printed ${texts.length}`);
    printed.set(b.c.id, { parts: b.parts, pagesOf, sizesOf, all: texts });
  });
}, 600_000);

describe.each(BOOK_CASES.map((c) => [c.id, c] as const))("the book of %s, printed", (id, c) => {
  const book = () => printed.get(id)!;

  it("has every part in print order, each on the pages OpPlan counted", () => {
    expect(book().parts.map((p) => p.sheet)).toEqual(["ปก", "ประกาศ", "คำนำ", "สารบัญ", "ส่วนที่ 1", "ผด.01", "ผด.02", "ผด.02-1"]);
    for (const p of book().parts) expect([p.sheet, (p.pages ?? 0) > 0]).toEqual([p.sheet, true]);
    // the split above already demanded the PDF's page count to equal the sum of the parts'
  });

  it("prints every page on A4: the text parts portrait, the forms landscape", () => {
    for (const [sheet, sizes] of book().sizesOf) {
      const orientation = FORMS.has(sheet) ? "landscape" : "portrait";
      sizes.forEach((s, i) => expect([sheet, i + 1, isA4(s, orientation)]).toEqual([sheet, i + 1, true]));
    }
  });

  it("prints no ### anywhere", () => {
    book().all.forEach((page, i) => expect([i + 1, page.includes("###")]).toEqual([i + 1, false]));
  });

  it("numbers the footers as JSON says: ปก and ประกาศ none, คำนำ ก, สารบัญ ข, the body on from 1", () => {
    for (const p of book().parts) {
      const labels = book().pagesOf.get(p.sheet)!.map((page) => footerLabel(page));
      if (p.firstPageLabel === null) expect([p.sheet, labels.every((l) => l === null)]).toEqual([p.sheet, true]);
      else if (p.firstPage === null) expect([p.sheet, labels[0]]).toEqual([p.sheet, p.firstPageLabel]);
      else expect([p.sheet, labels.map((l) => l && arabicDigits(l))]).toEqual([p.sheet, labels.map((_, i) => String(p.firstPage! + i))]);
    }
    const label = (sheet: string) => book().parts.find((p) => p.sheet === sheet)!.firstPageLabel;
    expect([label("ปก"), label("ประกาศ"), label("คำนำ"), label("สารบัญ"), book().parts.find((p) => p.sheet === "ส่วนที่ 1")!.firstPage]).toEqual([
      null,
      null,
      "ก",
      "ข",
      1,
    ]);
  });

  it("lists in the สารบัญ the page each part's footer prints on its first page", () => {
    const entries = book().pagesOf.get("สารบัญ")!.flatMap(contentsLines);
    // what comes after the สารบัญ: ส่วนที่ 1 and the forms
    const listed = book().parts.slice(book().parts.findIndex((p) => p.sheet === "สารบัญ") + 1);
    expect(listed.map((p) => p.sheet)).toEqual(["ส่วนที่ 1", "ผด.01", "ผด.02", "ผด.02-1"]);
    for (const p of listed) {
      const entry = entries.find((e) => arabicDigits(e.title).includes(loose(p.title)));
      const footer = footerLabel(book().pagesOf.get(p.sheet)![0]);
      expect([p.sheet, entry && arabicDigits(entry.page)]).toEqual([p.sheet, footer && arabicDigits(footer)]);
    }
    // Thai digits on: the สารบัญ prints ๑, ๒, …; a footer's &P cannot, it prints 1, 2, …
    const digits = entries.filter((e) => /[0-9๐-๙]/.test(e.page)).map((e) => e.page);
    expect(digits.length).toBeGreaterThan(0);
    expect(digits.every((d) => (c.truth.thaiDigits ? /^[๐-๙]+$/ : /^[0-9]+$/).test(d))).toBe(true);
  });

  it("names the อปท. and its fiscal year on the ปก and prints the words of its type in ส่วนที่ 1", () => {
    const cover = loose(book().pagesOf.get("ปก")!.join("\n"));
    expect(cover).toContain(loose(c.truth.orgFullName));
    expect(cover).toContain(loose(String(c.truth.fiscalYear)));
    const intro = loose(book().pagesOf.get("ส่วนที่ 1")!.join("\n"));
    for (const w of c.truth.typeWords) expect([w, intro.includes(loose(w))]).toEqual([w, true]);
    for (const w of c.truth.otherTypesWords) expect([w, intro.includes(loose(w))]).toEqual([w, false]);
  });

  it("prints ผด.01's totals as the officer's rows add up", () => {
    const pd01 = loose(book().pagesOf.get("ผด.01")!.join("\n"));
    const baht = (n: number) => loose(n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    expect(pd01).toContain(baht(c.truth.budget));
    const pd021 = loose(book().pagesOf.get("ผด.02-1")!.join("\n"));
    expect(pd021).toContain(baht(c.truth.equipmentBudget));
  });

  if (c.truth.minPd02Pages)
    it(`runs ผด.02 to at least ${c.truth.minPd02Pages} pages, numbered on without a gap`, () => {
      expect(book().pagesOf.get("ผด.02")!.length).toBeGreaterThanOrEqual(c.truth.minPd02Pages!);
    });

  if (c.truth.typedParagraphs)
    it("prints the paragraphs the officer typed, placeholders filled in", () => {
      const text = loose(["คำนำ", "ส่วนที่ 1"].flatMap((s) => book().pagesOf.get(s)!).join("\n"));
      for (const p of c.truth.typedParagraphs!) expect([p.slice(0, 30), text.includes(loose(p))]).toEqual([p.slice(0, 30), true]);
    });
});
