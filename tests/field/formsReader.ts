/**
 * Reads the generated forms (ผด.01, ผด.02, ผด.02/1) of an output .xlsx back into plain data, as a
 * person reading the printed page would: headings, rows, รวม lines, รวมทั้งสิ้น. Written from the
 * layout of src/reports/forms/summary.ts and projectList.ts, with ExcelJS (not OpPlan's reader):
 *
 * - rows 1–4: the label (แบบ ผด.0x) top right, then three merged title lines;
 * - ผด.01: a one-row header (ยุทธศาสตร์ | จำนวนโครงการ… | ร้อยละ | งบประมาณ | ร้อยละ | หน่วยดำเนินการ),
 *   then per strategy a merged heading "1. …", its แผนงาน lines "1.1 …" with figures, a "รวม" line;
 *   a "รวมทั้งสิ้น" line last;
 * - ผด.02 and ผด.02/1: a two-row header (years over months), then per group a merged heading
 *   "1. …", per แผนงาน a merged heading "1.1 …", rows numbered from 1 (ที่, name, detail,
 *   budget, location, unit, 12 months of glyphs), a "รวม N โครงการ/รายการ" line in column B; a
 *   "รวมทั้งสิ้น N …" line last.
 * Thai digits (the ใช้เลขไทย setting) are read as Arabic ones.
 */
import ExcelJS from "exceljs";

export interface Total {
  readonly label: string;
  readonly count: number;
  readonly budget: number;
}

export interface ListRow {
  readonly sheetRow: number;
  readonly no: number | string | null;
  readonly name: string;
  readonly detail: string;
  readonly budget: number;
  readonly location: string;
  readonly unit: string;
  /** Fiscal-month indexes (0 = ต.ค.) whose cell holds a mark. */
  readonly months: number[];
}

export interface ListBlock {
  /** As printed: "1.1 แผนงานเคหะและชุมชน". */
  readonly heading: string;
  readonly rows: ListRow[];
  total: Total | null;
}

export interface ListGroup {
  /** As printed: "1. ยุทธศาสตร์…" or "1. ครุภัณฑ์สำนักงาน". */
  readonly heading: string;
  readonly blocks: ListBlock[];
}

export interface TitleBlock {
  readonly label: string;
  /** The three title lines: form title, plan and year, the อปท. */
  readonly titles: string[];
}

export interface ListForm extends TitleBlock {
  readonly sheet: string;
  readonly header: string[];
  readonly years: string[];
  readonly months: string[];
  readonly groups: ListGroup[];
  grandTotal: Total | null;
  /** "ไม่มีโครงการ" / "ไม่มีรายการครุภัณฑ์" when the form is empty. */
  empty: string | null;
  /** Rows the reader could not place (should be none). */
  readonly stray: { sheetRow: number; values: string[] }[];
}

export interface SummaryLine {
  readonly heading: string;
  readonly projects: number;
  readonly percentProjects: number;
  readonly budget: number;
  readonly percentBudget: number;
  readonly units: string;
}

export interface Figures {
  readonly projects: number;
  readonly percentProjects: number;
  readonly budget: number;
  readonly percentBudget: number;
}

export interface SummaryStrategy {
  readonly heading: string;
  readonly lines: SummaryLine[];
  total: Figures | null;
}

export interface SummaryForm extends TitleBlock {
  readonly sheet: string;
  readonly header: string[];
  readonly strategies: SummaryStrategy[];
  grandTotal: Figures | null;
  readonly stray: { sheetRow: number; values: string[] }[];
}

export interface Forms {
  readonly pd01: SummaryForm;
  readonly pd02: ListForm;
  readonly pd021: ListForm;
}

/** Thai digits to Arabic, so "๑.๒ แผนงาน…" reads as "1.2 แผนงาน…". */
export const arabic = (s: string) => s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

function plain(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  if (typeof v === "string") return arabic(v);
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("richText" in v) return arabic(v.richText.map((t) => t.text).join(""));
    if ("result" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return arabic(String((v as ExcelJS.CellHyperlinkValue).text));
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

const text = (v: string | number | null) => (v === null ? "" : String(v).trim());
const num = (v: string | number | null): number => {
  if (typeof v === "number") return v;
  if (v === null) return NaN;
  return Number(v.replace(/[,\s]/g, ""));
};

interface Grid {
  readonly name: string;
  readonly rows: (string | number | null)[][];
  readonly merged: (row: number, col: number) => boolean;
}

function grid(ws: ExcelJS.Worksheet, cols: number): Grid {
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const line: (string | number | null)[] = [];
    for (let c = 1; c <= cols; c++) line.push(plain(row.getCell(c).value));
    rows.push(line);
  }
  return { name: ws.name, rows, merged: (r, c) => ws.getRow(r + 1).getCell(c + 1).isMerged };
}

function titleBlock(g: Grid): TitleBlock {
  const label = g.rows[0]?.map(text).find((s) => /ผด\./.test(s)) ?? "";
  return { label, titles: [1, 2, 3].map((r) => text(g.rows[r]?.[0] ?? null)) };
}

/** A row whose first cell is merged across: a heading line. */
const isHeading = (g: Grid, r: number) => typeof g.rows[r][0] === "string" && g.merged(r, 0) && g.rows[r].slice(1).every((v) => v === null || v === g.rows[r][0]);

const BLOCK_HEADING = /^\s*\d+\.\d+\s/;
const TOTAL_LINE = /^(รวมทั้งสิ้น|รวม)\s*([\d,]+)\s*(โครงการ|รายการ)\s*$/;

export function readListForm(ws: ExcelJS.Worksheet): ListForm {
  const g = grid(ws, 18);
  const h = g.rows.findIndex((r) => text(r[0]) === "ที่");
  if (h < 0) throw new Error(`formsReader: no header row (ที่ …) in ${ws.name}`);
  const form: ListForm = {
    sheet: ws.name,
    ...titleBlock(g),
    header: g.rows[h].slice(0, 6).map(text),
    years: g.rows[h].slice(6).map(text),
    months: g.rows[h + 1].slice(6).map(text),
    groups: [],
    grandTotal: null,
    empty: null,
    stray: [],
  };
  let group: ListGroup | null = null;
  let block: ListBlock | null = null;
  for (let r = h + 2; r < g.rows.length; r++) {
    const v = g.rows[r];
    if (v.every((x) => x === null || text(x) === "")) continue;
    const b = text(v[1]);
    const total = TOTAL_LINE.exec(b.replace(/\s+/g, " "));
    if (v[0] === null && total) {
      const t: Total = { label: total[1], count: num(total[2]), budget: num(v[3]) };
      if (total[1] === "รวมทั้งสิ้น") form.grandTotal = t;
      else if (block) block.total = t;
      else form.stray.push({ sheetRow: r + 1, values: v.map(text) });
      continue;
    }
    if (isHeading(g, r)) {
      const heading = text(v[0]);
      if (BLOCK_HEADING.test(heading) && group) {
        block = { heading, rows: [], total: null };
        group.blocks.push(block);
      } else if (/^ไม่มี/.test(heading)) {
        form.empty = heading;
      } else {
        group = { heading, blocks: [] };
        block = null;
        form.groups.push(group);
      }
      continue;
    }
    if (block && (typeof v[0] === "number" || (v[0] !== null && b !== ""))) {
      const months: number[] = [];
      for (let m = 0; m < 12; m++) if (text(v[6 + m]) !== "") months.push(m);
      block.rows.push({
        sheetRow: r + 1,
        no: v[0],
        name: b,
        detail: text(v[2]),
        budget: num(v[3]),
        location: text(v[4]),
        unit: text(v[5]),
        months,
      });
      continue;
    }
    form.stray.push({ sheetRow: r + 1, values: v.map(text) });
  }
  return form;
}

export function readSummaryForm(ws: ExcelJS.Worksheet): SummaryForm {
  const g = grid(ws, 6);
  const h = g.rows.findIndex((r) => text(r[0]) === "ยุทธศาสตร์");
  if (h < 0) throw new Error(`formsReader: no header row (ยุทธศาสตร์ …) in ${ws.name}`);
  const form: SummaryForm = { sheet: ws.name, ...titleBlock(g), header: g.rows[h].map(text), strategies: [], grandTotal: null, stray: [] };
  let current: SummaryStrategy | null = null;
  const figures = (v: (string | number | null)[]): Figures => ({ projects: num(v[1]), percentProjects: num(v[2]), budget: num(v[3]), percentBudget: num(v[4]) });
  for (let r = h + 1; r < g.rows.length; r++) {
    const v = g.rows[r];
    if (v.every((x) => x === null || text(x) === "")) continue;
    const a = text(v[0]);
    if (a === "รวมทั้งสิ้น") form.grandTotal = figures(v);
    else if (a === "รวม" && current) current.total = figures(v);
    else if (isHeading(g, r)) {
      current = { heading: a, lines: [], total: null };
      form.strategies.push(current);
    } else if (current && typeof v[1] === "number") current.lines.push({ heading: a, ...figures(v), units: text(v[5]) });
    else form.stray.push({ sheetRow: r + 1, values: v.map(text) });
  }
  return form;
}

/** The sheets the JSON says ผด.01, ผด.02 and ผด.02-1 went to (book.parts), or undefined. */
export function formSheetsOf(json: { book?: { parts?: { part: string; sheet: string }[] } }): string[] | undefined {
  const parts = json.book?.parts ?? [];
  const sheets = ["pd01", "pd02", "pd021"].map((k) => parts.find((p) => p.part === k)?.sheet);
  return sheets.every((s): s is string => typeof s === "string") ? sheets : undefined;
}

/** The three forms of an output file; `sheets` = the JSON's `written` (ผด.01, ผด.02, ผด.02-1 or their renamed sheets). */
export async function readForms(file: string, sheets: readonly string[] = ["ผด.01", "ผด.02", "ผด.02-1"]): Promise<Forms> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`formsReader: no sheet "${name}" in ${file} (sheets: ${wb.worksheets.map((w) => w.name).join(", ")})`);
    return ws;
  };
  return { pd01: readSummaryForm(sheet(sheets[0])), pd02: readListForm(sheet(sheets[1])), pd021: readListForm(sheet(sheets[2])) };
}
