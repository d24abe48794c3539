import { fiscalMonths, toThaiDigits } from "../../domain/thaiCalendar";
import type { PlanModel } from "../../domain/planModel";
import { ownStrategyNumber } from "../../domain/strategyNames";
import type { CellStyle, PrintSetup, RangeFormat } from "../../core/sheetSpec";
import type { CellValue } from "../../core/cellValue";
import { rect, type Rect } from "../../core/rect";
import { AMOUNT_FORMAT, AMOUNT_FORMAT_THAI_DIGITS } from "../../core/numberFormats";
import { THAI_FONT, THAI_FONT_SIZE } from "../styles";

/** What every form shares: fonts, number formats, the title block, the print setup. */
export interface FormOptions {
  readonly fontName?: string;
  readonly fontSize?: number;
}

export interface FormContext {
  readonly plan: PlanModel;
  readonly fontName: string;
  readonly fontSize: number;
  /** Digits as the settings ask: Thai (๑๒๓) or Arabic. */
  readonly text: (s: string) => string;
  readonly amountFormat: string;
  readonly countFormat: string;
  readonly percentFormat: string;
}

export function formContext(plan: PlanModel, options: FormOptions = {}): FormContext {
  const thai = plan.thaiDigits;
  return {
    plan,
    fontName: options.fontName ?? THAI_FONT,
    fontSize: options.fontSize ?? THAI_FONT_SIZE,
    text: thai ? toThaiDigits : (s) => s,
    amountFormat: thai ? AMOUNT_FORMAT_THAI_DIGITS : AMOUNT_FORMAT,
    countFormat: thai ? "[$-D00041E]#,##0" : "#,##0",
    percentFormat: thai ? "[$-D00041E]0.00" : "0.00",
  };
}

/** Second title line: the plan and its edition. */
export function planTitle(ctx: FormContext): string {
  const { fiscalYear, edition } = ctx.plan;
  return ctx.text(`แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fiscalYear}${edition.suffix ? ` ${edition.suffix}` : ""}`);
}

/** Third title line: the อปท. with its district and province. */
export function orgTitle(ctx: FormContext): string {
  const { orgFullName, district, province } = ctx.plan;
  // An official form never prints a placeholder: without a name the line stays short, and the
  // check says the name is missing (SETTINGS_MISSING).
  const parts = orgFullName ? [orgFullName] : [];
  if (district) parts.push(`อำเภอ${district.replace(/^อำเภอ/, "")}`);
  if (province) parts.push(`จังหวัด${province.replace(/^จังหวัด/, "")}`);
  return ctx.text(parts.join(" "));
}

export const TITLE_ROWS = 4;

/**
 * A group's heading as the forms print it: the user's label as written when it carries its own
 * number (the one the plan model numbers it by: "ยุทธศาสตร์ที่ 2 …", "2. ยุทธศาสตร์…"), else "n. label".
 */
export function groupTitle(name: string, number: number): string {
  return ownStrategyNumber(name) !== null ? name : `${number}. ${name}`;
}

/**
 * Rows 0–3 of every form: the form label top right, then the three centred title lines.
 * Returns their cells, formats and merges for a table `cols` wide.
 */
export function titleBlock(ctx: FormContext, label: string, title: string, cols: number) {
  const cells: CellValue[][] = [Array(cols).fill(null), [title], [planTitle(ctx)], [orgTitle(ctx)]];
  cells[0][cols - 3] = label;
  const formats: RangeFormat[] = [
    { range: rect(0, cols - 3, 1, 3), style: { bold: true, hAlign: "right" } },
    { range: rect(1, 0, 3, cols), style: { bold: true, hAlign: "center", vAlign: "middle", fontSize: ctx.fontSize + 2 } },
  ];
  const merges: Rect[] = [rect(0, cols - 3, 1, 3), rect(1, 0, 1, cols), rect(2, 0, 1, cols), rect(3, 0, 1, cols)];
  return { cells, formats, merges };
}

export function baseStyle(ctx: FormContext): CellStyle {
  return { fontName: ctx.fontName, fontSize: ctx.fontSize, vAlign: "top" };
}

export function headerStyle(ctx: FormContext): CellStyle {
  return { ...baseStyle(ctx), bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", fill: "#E7E6E6" };
}

export function printSetup(repeatFrom: number, repeatTo: number): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    fitToPagesWide: 1,
    repeatRows: { from: repeatFrom, to: repeatTo },
    margins: { left: 0.35, right: 0.35, top: 0.5, bottom: 0.55 },
    centerHorizontally: true,
    centerFooter: "หน้า &P/&N",
  };
}

/** The year row and month row of the ผด.02 grids: "พ.ศ. 2569" over ต.ค.–ธ.ค., "พ.ศ. 2570" over the rest. */
export function monthHeader(ctx: FormContext): { years: CellValue[]; months: CellValue[] } {
  const months = fiscalMonths(ctx.plan.fiscalYear);
  const years: CellValue[] = Array(12).fill(null);
  years[0] = ctx.text(`พ.ศ. ${months[0].buddhistYear}`);
  years[3] = ctx.text(`พ.ศ. ${months[3].buddhistYear}`);
  return { years, months: months.map((m) => m.shortName) };
}

/** Planned months as a bar of glyphs that prints in black and white: ◄━━► or ◆ for one month. */
export function monthBar(months: readonly boolean[]): CellValue[] {
  const out: CellValue[] = Array(12).fill(null);
  for (let m = 0; m < 12; ) {
    if (!months[m]) {
      m++;
      continue;
    }
    let e = m;
    while (e + 1 < 12 && months[e + 1]) e++;
    if (e === m) out[m] = "◆";
    else for (let k = m; k <= e; k++) out[k] = k === m ? "◄" : k === e ? "►" : "━";
    m = e + 1;
  }
  return out;
}

/**
 * Lines a text takes in a column `width` characters wide. Thai vowels and tone marks above and
 * below their consonant take no width of their own. Measured on LibreOffice's rendering (Laksaman,
 * TH Sarabun's metric twin) at 16 pt: about 0.6 letters per Excel width unit once Thai lines
 * break at word boundaries rather than anywhere.
 */
export function linesFor(text: string, width: number, fontSize: number): number {
  if (!text) return 1;
  const perLine = Math.max(1, (width - 1) * 0.6 * (16 / fontSize));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "").length / perLine)), 0);
}

/**
 * Points for `lines` lines of text: 1.6 × the size a line, plus 4 points of cell padding.
 * Measured on the ประกาศ as LibreOffice prints it (Laksaman, TH Sarabun's twin, with Carlito):
 * 25.2 pt a line at 16 pt; at 1.45 its five-line paragraph lost the foot of its last line.
 * Excel's own row for TH SarabunPSK 16 is 24 pt, so Excel gets a little air, never a clipped line.
 */
export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.max(fontSize * 1.5, Math.ceil(lines * fontSize * 1.6 + 4));
}

/** Width (Excel characters) that shows the largest amount in full, never "###". */
export function amountWidth(amounts: readonly number[], minimum: number, thaiDigits = false): number {
  const longest = Math.max(0, ...amounts.map((a) => a.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).length));
  // Per character of the amount, in Excel width units of the workbook's Calibri 11 (7 px a
  // digit): LibreOffice with Carlito, Calibri's metric twin, shows 13 bold Arabic characters
  // (12,345,678.00) at 16 pt in 19 units and not in 18. Thai digits (๑๒๓) are drawn wider in the
  // TH Sarabun family; their factor keeps the earlier ratio to the Arabic one (unverified).
  return Math.max(minimum, Math.ceil(longest * (thaiDigits ? 1.7 : 1.25)) + 3);
}

/**
 * A share in per cent to two decimals, rounded on its own (half up), as an auditor with a
 * calculator gets it: rows with equal figures show equal per cents, even where a column then adds
 * up to 99.99 or 100.01 (domain.md §3; the form's รวมทั้งสิ้น line shows 100.00). Computed on
 * satang in integers, so no binary fraction turns 12.345 into 12.34.
 */
export function percentOf(value: number, total: number): number {
  if (!(total > 0)) return 0;
  const v = BigInt(Math.round(value * 100));
  const t = BigInt(Math.round(total * 100));
  // round(v / t × 10 000) = floor((2 · v · 10 000 + t) / (2 · t)) for v, t ≥ 0
  const hundredths = (2n * v * 10_000n + t) / (2n * t);
  return Number(hundredths) / 100;
}
