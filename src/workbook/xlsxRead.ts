/**
 * An .xlsx file's sheets as the port's SheetData, read in the task pane (browser DOMParser and
 * DecompressionStream; no ExcelJS there): values as Excel saved them (formulas as their last
 * result, dates as serials), number formats, merges, hidden state, hidden rows and columns.
 * What the pane needs of a second file (the development plan); fills and styles beyond number
 * formats are not read.
 */
import { parseAddress } from "../core/address";
import type { RawValue } from "../core/cellValue";
import type { Rect } from "../core/rect";
import type { SheetData } from "../core/sheetData";
import { XlsxFileError, openZip, type ZipParts } from "./xlsxZip";

/** Number formats Excel does not write into styles.xml (ECMA-376 Part 1, 18.8.30), those a plan uses. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  49: "@",
};

const REL_OFFICE_DOCUMENT = "/officeDocument";

/** Every sheet of the workbook in tab order (chart sheets and dialog sheets left out). */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetData[]> {
  const zip = openZip(bytes);
  const workbookPath = (await officeDocument(zip)) ?? "xl/workbook.xml";
  const workbookXml = await zip.text(workbookPath);
  if (workbookXml === null) throw new XlsxFileError("NOT_XLSX", "no workbook part");
  const workbook = parseXml(workbookXml);
  const rels = await relationships(zip, workbookPath);
  const base = folderOf(workbookPath);
  const strings = await sharedStrings(zip, rels, base);
  const formats = await cellFormats(zip, rels, base);
  const sheets: SheetData[] = [];
  for (const sheet of elements(workbook, "sheet")) {
    const rel = rels.get(sheet.getAttribute("r:id") ?? attributeByLocalName(sheet, "id") ?? "");
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const xml = await zip.text(resolvePath(base, rel.target));
    if (xml === null) throw new XlsxFileError("DAMAGED", `missing sheet part ${rel.target}`);
    const state = sheet.getAttribute("state");
    const visibility = state === "hidden" || state === "veryHidden" ? state : "visible";
    sheets.push(readWorksheetXml(parseXml(xml), sheet.getAttribute("name") ?? "", visibility, strings, formats));
  }
  return sheets;
}

/** One worksheet part: its used range (cells holding values), as Office's getUsedRange(true) gives it. */
export function readWorksheetXml(
  doc: Document,
  name: string,
  visibility: NonNullable<SheetData["visibility"]>,
  strings: readonly string[],
  formats: readonly string[],
): SheetData {
  const cells: { row: number; col: number; value: RawValue; format: string }[] = [];
  const hiddenRowSet = new Set<number>();
  let rowIndex = -1;
  for (const row of elements(doc, "row")) {
    const r = row.getAttribute("r");
    rowIndex = r ? Number(r) - 1 : rowIndex + 1;
    if (isTrue(row.getAttribute("hidden"))) hiddenRowSet.add(rowIndex);
    let colIndex = -1;
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName !== "c") continue;
      const ref = c.getAttribute("r");
      colIndex = ref ? columnOf(ref) : colIndex + 1;
      const value = cellValue(c, strings);
      if (value === null) continue;
      cells.push({ row: rowIndex, col: colIndex, value, format: formats[Number(c.getAttribute("s") ?? 0)] ?? "General" });
    }
  }
  const merges: Rect[] = elements(doc, "mergeCell")
    .map((m) => m.getAttribute("ref"))
    .filter((ref): ref is string => !!ref)
    .map((ref) => parseAddress(ref));
  const hiddenColumnSpans = elements(doc, "col")
    .filter((c) => isTrue(c.getAttribute("hidden")))
    .map((c) => ({ min: Number(c.getAttribute("min")) - 1, max: Number(c.getAttribute("max")) - 1 }));
  if (cells.length === 0) return { name, visibility, originRow: 0, originCol: 0, values: [], numberFormats: [], merges, hiddenRows: [], hiddenColumns: [] };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    top = Math.min(top, c.row);
    bottom = Math.max(bottom, c.row);
    left = Math.min(left, c.col);
    right = Math.max(right, c.col);
  }
  const values: RawValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<RawValue>(right - left + 1).fill(null));
  const numberFormats: string[][] = Array.from({ length: bottom - top + 1 }, () => new Array<string>(right - left + 1).fill("General"));
  for (const c of cells) {
    values[c.row - top][c.col - left] = c.value;
    numberFormats[c.row - top][c.col - left] = c.format;
  }
  const hiddenRows = [...hiddenRowSet].filter((r) => r >= top && r <= bottom).sort((a, b) => a - b);
  const hiddenColumns: number[] = [];
  for (let col = left; col <= right; col++) if (hiddenColumnSpans.some((s) => col >= s.min && col <= s.max)) hiddenColumns.push(col);
  return { name, visibility, originRow: top, originCol: left, values, numberFormats, merges, hiddenRows, hiddenColumns };
}

function cellValue(c: Element, strings: readonly string[]): RawValue {
  const type = c.getAttribute("t") ?? "n";
  if (type === "inlineStr") {
    const is = child(c, "is");
    return is ? stringItem(is) : null;
  }
  const v = child(c, "v")?.textContent ?? null;
  if (v === null) return null;
  switch (type) {
    case "s":
      return strings[Number(v)] ?? null;
    case "str":
    case "e":
      return v;
    case "b":
      return v === "1" || v === "true";
    case "d": {
      // ISO 8601 dates (Strict files): as the serial Office.js gives.
      const ms = Date.parse(v.length <= 10 ? `${v}T00:00:00Z` : v.endsWith("Z") ? v : `${v}Z`);
      return Number.isNaN(ms) ? v : (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
    }
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

/** A shared or inline string: its <t>, or its runs' <t>s joined; phonetic runs (<rPh>) are not text. */
function stringItem(si: Element): string {
  let text = "";
  for (let e = si.firstElementChild; e; e = e.nextElementSibling) {
    if (e.localName === "t") text += e.textContent ?? "";
    else if (e.localName === "r") text += child(e, "t")?.textContent ?? "";
  }
  return text;
}

async function sharedStrings(zip: ZipParts, rels: Map<string, Relationship>, base: string): Promise<string[]> {
  const rel = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"));
  const xml = await zip.text(rel ? resolvePath(base, rel.target) : `${base}sharedStrings.xml`);
  if (xml === null) return [];
  return elements(parseXml(xml), "si").map(stringItem);
}

/** The number format of each cell style (cellXfs), by style index. */
async function cellFormats(zip: ZipParts, rels: Map<string, Relationship>, base: string): Promise<string[]> {
  const rel = [...rels.values()].find((r) => r.type.endsWith("/styles"));
  const xml = await zip.text(rel ? resolvePath(base, rel.target) : `${base}styles.xml`);
  if (xml === null) return [];
  const doc = parseXml(xml);
  const custom = new Map<number, string>();
  for (const f of elements(doc, "numFmt")) custom.set(Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode") ?? "General");
  const xfs = elements(doc, "cellXfs")[0];
  if (!xfs) return [];
  const out: string[] = [];
  for (let xf = xfs.firstElementChild; xf; xf = xf.nextElementSibling) {
    if (xf.localName !== "xf") continue;
    const id = Number(xf.getAttribute("numFmtId") ?? 0);
    out.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
  }
  return out;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

async function relationships(zip: ZipParts, part: string): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf("/");
  const xml = await zip.text(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  for (const r of elements(parseXml(xml), "Relationship")) out.set(r.getAttribute("Id") ?? "", { type: r.getAttribute("Type") ?? "", target: r.getAttribute("Target") ?? "" });
  return out;
}

async function officeDocument(zip: ZipParts): Promise<string | null> {
  const rels = await relationships(zip, "");
  if (rels.size === 0 && !zip.names.some((n) => n.toLowerCase() === "[content_types].xml")) throw new XlsxFileError("NOT_XLSX", "no package parts");
  const rel = [...rels.values()].find((r) => r.type.endsWith(REL_OFFICE_DOCUMENT));
  return rel ? resolvePath("", rel.target) : null;
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);

/** A relationship target against its part's folder: "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../x.xml". */
export function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) throw new XlsxFileError("DAMAGED", "XML does not parse");
  return doc;
}

/** Elements by local name, whatever prefix the file gives the namespace. */
const elements = (doc: Document | Element, localName: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", localName));

function child(e: Element, localName: string): Element | null {
  for (let c = e.firstElementChild; c; c = c.nextElementSibling) if (c.localName === localName) return c;
  return null;
}

function attributeByLocalName(e: Element, localName: string): string | null {
  for (const a of Array.from(e.attributes)) if (a.localName === localName) return a.value;
  return null;
}

const isTrue = (v: string | null) => v === "1" || v === "true";

/** Zero-based column of an A1 reference ("AB12" → 27). */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}
