import type { RawValue } from "../../core/cellValue";
import { fromThaiDigits } from "../thaiCalendar";

// Invisible characters that creep in from Word, PDFs and web pages; they carry no meaning but
// break every comparison. The BOM (U+FEFF) is also in \s, so it must go before spaces collapse.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

// A plan's cells hold a few thousand distinct texts, and reading, checking and classifying
// normalise each one dozens of times (about 480,000 calls for 6,500 texts on a 2,000-project
// plan): remembering the answers takes most of the cost away. Bounded (about 8 MB of text),
// because the pane lives for a whole Excel session; when full it starts again rather than
// tracking what is oldest.
const NORMALIZED = new Map<string, string>();
const NORMALIZED_CHARS_LIMIT = 2_000_000;
let normalizedChars = 0;

/**
 * One canonical spelling of a cell's text, so that parsers and matchers compare like with like.
 * NBSP and the other Unicode spaces become ordinary spaces rather than vanishing, because in Thai
 * text they often are the only thing separating two words.
 */
export function normalizeText(s: string): string {
  let n = NORMALIZED.get(s);
  if (n === undefined) {
    if (normalizedChars > NORMALIZED_CHARS_LIMIT) {
      NORMALIZED.clear();
      normalizedChars = 0;
    }
    n = spellCanonically(s);
    NORMALIZED.set(s, n);
    normalizedChars += s.length + n.length;
  }
  return n;
}

function spellCanonically(s: string): string {
  return (
    fromThaiDigits(s.normalize("NFC"))
      .replace(INVISIBLE, "")
      // Two visually identical Thai spellings that typists produce all the time: nikhahit + sara aa
      // for sara am, and two sara e for sara ae.
      .replace(/\u0E4D\u0E32/g, "\u0E33")
      .replace(/\u0E40\u0E40/g, "\u0E41")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * A cell's text as the user typed it, for quoting back in a message: invisible characters gone and
 * spaces collapsed, but the digits left alone (Thai digits stay Thai).
 */
export function typedText(v: RawValue): string {
  if (v === null) return "";
  if (typeof v !== "string") return cellText(v);
  return v.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

export function cellText(v: RawValue): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return normalizeText(v);
}

export function isBlank(v: RawValue): boolean {
  return v === null || (typeof v === "string" && normalizeText(v) === "");
}

const EXCEL_ERRORS = new Set([
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#REF!",
  "#VALUE!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  // Newer Excel builds add these; a cell holding one is just as unreadable.
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#EXTERNAL!",
  "#FIELD!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

export function isExcelError(v: RawValue): boolean {
  return typeof v === "string" && EXCEL_ERRORS.has(normalizeText(v).toUpperCase());
}
