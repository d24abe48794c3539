import ExcelJS from "exceljs";
import { isValidSheetName } from "../workbook/port";
import { ExcelJsWorkbook } from "../workbook/exceljsWorkbook";

/**
 * CSV and other delimited text as a one-sheet workbook. Every cell stays the text that was
 * typed (" 1,632,820 ", "๑๒๐", "ต.ค. 67"): OpPlan's reader parses amounts and Thai dates
 * itself, better than a CSV reader's guess at numbers and dates would.
 */

export type TextEncoding = "UTF-8" | "UTF-16" | "Windows-874";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Text in the encodings officers' files come in: UTF-8 (Excel's "CSV UTF-8" adds a BOM),
 * UTF-16 with its BOM (Excel's "Unicode Text"), else Windows-874, the code page Excel on Thai
 * Windows saves plain "CSV" in (TIS-620 is its subset). Null when the bytes are not text.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const decode = (label: string, from: number, fatal: boolean) => {
    try {
      return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes.subarray(from));
    } catch {
      return null;
    }
  };
  let text: string | null;
  let encoding: TextEncoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [text, encoding] = [decode("utf-8", 3, true), "UTF-8"];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [text, encoding] = [decode("utf-16le", 2, true), "UTF-16"];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [text, encoding] = [decode("utf-16be", 2, true), "UTF-16"];
  else {
    text = decode("utf-8", 0, true);
    encoding = "UTF-8";
    if (text === null) [text, encoding] = [decode("windows-874", 0, false), "Windows-874"];
  }
  if (text === null) return null;
  // A DOS end-of-file mark some old exporters add.
  text = text.replace(/\x1a$/, "");
  // Control characters (NUL from a binary file, C1 from bytes Windows-874 leaves undefined)
  // and replacement characters mean this is not text in any of these encodings.
  if (/[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]/.test(text)) return null;
  return { text, encoding };
}

export type Separator = "," | ";" | "\t";

export const SEPARATOR_LABEL: Record<Separator, string> = { ",": 'จุลภาค ","', ";": 'อัฒภาค ";"', "\t": "แท็บ" };

/** A quote opened and never closed: the rest of the file would vanish into one cell. */
export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`unclosed quote from line ${line}`);
  }
}

/**
 * RFC 4180: fields split by `separator`, records by CRLF, LF or CR, a field in double quotes
 * may hold separators, newlines and "" for a quote. Lenient where Excel is: a quote inside an
 * unquoted field is a character, text after a closing quote joins the field. Blank lines stay
 * as empty rows so row numbers match the file's lines.
 */
export function parseDelimited(text: string, separator: Separator): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let fieldStart = true;
  let line = 1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '"' && fieldStart) {
      const opened = line;
      i++;
      for (;;) {
        if (i >= n) throw new UnclosedQuoteError(opened);
        const close = text.indexOf('"', i);
        if (close < 0) throw new UnclosedQuoteError(opened);
        const chunk = text.slice(i, close);
        line += countLines(chunk);
        field += chunk;
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fieldStart = false;
      continue;
    }
    if (c === separator) {
      row.push(field);
      field = "";
      fieldStart = true;
      i++;
      continue;
    }
    if (c === "\n" || c === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      fieldStart = true;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    field += c;
    fieldStart = false;
    i++;
  }
  if (!fieldStart || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const countLines = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;

const SEPARATORS: readonly Separator[] = ["\t", ";", ","];

/**
 * The separator: Excel's "sep=;" first line when there is one, else the one that splits the
 * rows into the same number of fields (two or more) most often. Ties go to tab, then ";",
 * then ",": a Thai amount such as 1,632,820 is full of commas, tabs and semicolons are rare
 * in text.
 */
export function sniffSeparator(text: string): { separator: Separator; body: string } {
  const directive = /^sep=([,;\t])\r?\n/.exec(text);
  if (directive) return { separator: directive[1] as Separator, body: text.slice(directive[0].length) };
  let best: { separator: Separator; share: number } = { separator: ",", share: 0 };
  for (const separator of SEPARATORS) {
    let rows: string[][];
    try {
      rows = parseDelimited(text, separator);
    } catch {
      continue;
    }
    const counts = rows.filter((r) => r.some((f) => f.trim() !== "")).map((r) => r.length);
    if (counts.length === 0) continue;
    const byCount = new Map<number, number>();
    for (const c of counts) byCount.set(c, (byCount.get(c) ?? 0) + 1);
    const [mode, times] = [...byCount].filter(([c]) => c >= 2).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const share = mode >= 2 ? times / counts.length : 0;
    if (share > best.share + 0.05) best = { separator, share };
  }
  return { separator: best.separator, body: text };
}

/** Whether most non-blank rows have two or more fields: a table, not a paragraph of text. */
export function looksTabular(rows: readonly string[][]): boolean {
  const filled = rows.filter((r) => r.some((f) => f.trim() !== ""));
  return filled.length > 0 && filled.filter((r) => r.filter((f) => f.trim() !== "").length >= 2).length / filled.length >= 0.5;
}

const FALLBACK_SHEET = "แผ่นงาน1";
const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });

/**
 * The sheet a CSV becomes is named after its file, as Excel does: without the extension,
 * with none of : \ / ? * [ ], at most 31 characters (cut between letters, never between a
 * Thai consonant and its vowel or tone mark).
 */
export function sheetNameFor(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const clean = stem.replace(/[:\\/?*[\]]/g, "_").replace(/^[\s']+|[\s']+$/g, "");
  let name = "";
  for (const { segment } of graphemes.segment(clean)) {
    if (name.length + segment.length > 31) break;
    name += segment;
  }
  name = name.replace(/[\s']+$/, "");
  return isValidSheetName(name) ? name : FALLBACK_SHEET;
}

/** The rows as one sheet of text cells; an empty field is an empty cell. */
export function delimitedWorkbook(rows: readonly string[][], sheetName: string): ExcelJsWorkbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      // A string value: ExcelJS writes "=SUM(A1)" typed in a CSV as text, never as a formula.
      if (v !== "") ws.getCell(i + 1, j + 1).value = v;
    }),
  );
  return new ExcelJsWorkbook(wb);
}
