/**
 * Reading a printed plan book back from its PDF: which sheets get printed, each page's text and
 * footer, the page numbers a สารบัญ prints. The tests' own reader of what the officer would hold
 * in their hands, written without OpPlan's code.
 */
import { execFileSync } from "node:child_process";
import { looseThai, pdfPages } from "./libreoffice";

/** Every page's text (pdftotext -layout), in order: one call, the pages split where it puts a form feed. */
export function pdfPageTexts(pdf: string): string[] {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).split("\f");
  // pdftotext ends every page, the last one too, with a form feed.
  if (pages[pages.length - 1].trim() === "") pages.pop();
  const count = pdfPages(pdf).length;
  if (pages.length !== count) throw new Error(`pdftotext gave ${pages.length} pages of ${pdf}, pdfinfo ${count}`);
  return pages;
}

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
/** Thai digits as Arabic ones, everything else as it is. */
export const arabicDigits = (s: string) => s.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
export const hasThaiDigits = (s: string) => /[๐-๙]/.test(s);

/** Text compared loosely (looseThai) and with Thai digits read as Arabic ones. */
export const loose = (s: string) => looseThai(arabicDigits(s));

const nonEmptyLines = (page: string) => page.split("\n").filter((l) => l.trim() !== "");

/** A page's first printed line (the form label, a part's heading), trimmed; "" for a blank page. */
export const firstLine = (page: string) => (nonEmptyLines(page)[0] ?? "").trim();

/** A page's last printed line, trimmed: where its footer is, when it has one. */
export const footerLine = (page: string) => (nonEmptyLines(page).at(-1) ?? "").trim();

/**
 * The page label a page's footer ends with, as printed ("12", "๑๒", "ก"), or null when its last
 * line ends in no page label: "หน้า N" at the end of the line (a left footer may come before it),
 * or a line of only a number or a Thai letter, bare or between dashes ("- ๑ -", "ก").
 * A label such as "3/263" (page of pages) is not a page label.
 */
export function footerLabel(page: string): string | null {
  const line = footerLine(page);
  const squeezed = looseThai(line);
  // looseThai("หน้า") is "หนา": the tone mark is dropped with the spaces.
  const numbered = /หนา([0-9๐-๙]{1,4}|[ก-ฮ])$/.exec(squeezed);
  if (numbered) return numbered[1];
  const bare = /^-?([0-9๐-๙]{1,3}|[ก-ฮ])-?$/.exec(squeezed);
  return bare ? bare[1] : null;
}

export interface ContentsLine {
  /** The entry's words as printed, lines of a wrapped title joined (loosely compared text). */
  readonly title: string;
  /** The page label at the end of its line, as printed ("12", "๑๒", "ก"). */
  readonly page: string;
}

/**
 * The entries of a printed สารบัญ: every line that ends in a page label (after any dot leaders),
 * with the unnumbered lines above it since the previous entry (a title wrapped onto two lines,
 * its number on the last). The column head ("เรื่อง … หน้า") and the heading are not entries.
 */
export function contentsLines(page: string): ContentsLine[] {
  const out: ContentsLine[] = [];
  let pending: string[] = [];
  for (const raw of nonEmptyLines(page)) {
    const line = raw.trim();
    const m = /^(.*?)[\s.…_]*\s([0-9๐-๙]{1,3}|[ก-ฮ])$/.exec(line);
    if (m && m[1].trim() !== "") {
      out.push({ title: looseThai([...pending, m[1]].join(" ")), page: m[2] });
      pending = [];
    } else pending.push(line);
  }
  return out;
}
