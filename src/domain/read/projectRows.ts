import { cellAddress } from "../../core/address";
import { resolveEquipmentType } from "../classify/equipmentTypes";
import { parseBudget, type BudgetParse } from "../parse/budget";
import { isBlank, isExcelError, normalizeText, typedText } from "../parse/text";
import type { Label, ProjectRecord } from "../project";
import type { Grid } from "./grid";
import type { Field, Header } from "./header";
import { APPROACH_HEADING, EQUIPMENT_HEADING, headingWords, isLinkageLine, NUMBERING_ONLY, PLAN_HEADING, STRATEGY_HEADING } from "./headings";
import { readMonths, rowHasMonthFill } from "./rowMonths";
import { isColumnNumbering, isNoteStart, isPageLabel, isSignatureLine, isTitleLine } from "./pageFurniture";

/** A heading over other agencies' projects in the area: part of the list, not of a strategy. */
const SECTION_HEADING = /(?:ของ|จาก)หน่วยงานอื่น/;

/** A รวม line and what it claims, with the projects it sums (those since the previous total or heading). */
export interface TotalLine {
  readonly row: number;
  readonly cell: string;
  readonly stated: BudgetParse;
  /** "รวม 5 โครงการ": the count the line states, when it states one. */
  readonly statedCount: number | null;
  readonly covers: readonly ProjectRecord[];
  /**
   * What else a plain รวม may sum, as offices use it: the whole strategy above it (after several
   * แผนงาน blocks), or the whole sheet.
   */
  readonly alsoCovers: readonly (readonly ProjectRecord[])[];
  /** รวมทั้งสิ้น: it may sum every sheet of the workbook, not only its own. */
  readonly grand: boolean;
}

export interface CellErrorAt {
  readonly row: number;
  readonly cell: string;
  readonly field: Field | "month";
  readonly value: string;
}

/** Rows that look like projects where the table has ended (below its signature block). */
export interface LeftOutRow {
  readonly row: number;
  readonly budget: number;
}

export interface SheetRows {
  readonly projects: ProjectRecord[];
  readonly totals: TotalLine[];
  readonly cellErrors: CellErrorAt[];
  readonly leftOut: LeftOutRow[];
}

/** What the sheet as a whole says its rows belong to: its name or a title above the table. */
export interface SheetLabels {
  readonly strategy: Label | null;
  readonly plan: Label | null;
  /** The sheet lists equipment (its name or title says ครุภัณฑ์ or ผด.02/1). */
  readonly equipment: boolean;
}

export const NO_SHEET_LABELS: SheetLabels = { strategy: null, plan: null, equipment: false };

const TOTAL = /^(?:รวม|ยอดรวม)(?:ทั้งสิ้น|ทั้งหมด|งบประมาณ|เงิน)?(?:\s|$|\d|ยุทธศาสตร์|แผนงาน)/;
const GRAND_TOTAL = /^(?:รวม|ยอดรวม)(?:ทั้งสิ้น|ทั้งหมด)/;
const STRATEGY_TOTAL = /^(?:รวม|ยอดรวม)\s*ยุทธศาสตร์/;
const STATED_COUNT = /(\d+)\s*(?:โครงการ|รายการ|กิจกรรม)/;
const AMENDMENT = /(?:แก้ไข|เพิ่มเติม|เปลี่ยนแปลง)\s*(?:ครั้งที่|ฉบับที่)/;
const resolveEquipment = (text: string) => resolveEquipmentType(text)?.type ?? null;
/** Headings in a general list that end an equipment section: another budget category begins. */
const OTHER_CATEGORY = /^(?:\d+(?:\.\d+)*\s*[.)]?\s*)?(?:ค่าที่ดินและสิ่งก่อสร้าง|งบ(?:ดำเนินงาน|เงินอุดหนุน|รายจ่ายอื่น|บุคลากร)|ค่า(?:ใช้สอย|วัสดุ|ตอบแทน)|โครงการ)/;

/**
 * Reads the rows below a header: projects, the headings that label them, totals, markers. The
 * table ends where the officer ended it: notes, signature blocks, page labels and the titles and
 * header a copied print layout repeats are neither projects nor parts of a project's name.
 */
export function readProjectRows(
  grid: Grid,
  header: Header,
  fiscalYear: number | undefined,
  sheet: SheetLabels = NO_SHEET_LABELS,
): SheetRows {
  const col = (f: Field) => header.columns.get(f);
  const projects: ProjectRecord[] = [];
  const totals: TotalLine[] = [];
  const cellErrors: CellErrorAt[] = [];
  const leftOut: LeftOutRow[] = [];
  let strategy: Label | null = null;
  let plan: Label | null = null;
  let approach = "";
  let equipmentType: Label | null = null;
  // A "ค่าครุภัณฑ์" heading in a general list: the rows under it are equipment.
  let equipmentSection = false;
  // What a total line sums: a plain รวม the projects since the last heading or total, a
  // ยุทธศาสตร์ total those since the strategy heading, รวมทั้งสิ้น every project of the sheet.
  let sinceTotal: ProjectRecord[] = [];
  let edition: string | null = null;
  let section: string | null = null;
  let sinceStrategy: ProjectRecord[] = [];
  let sinceGrand: ProjectRecord[] = [];
  let last: ProjectRecord | null = null;
  // Below "หมายเหตุ" text rows continue the note; below a signature the table is over until a
  // header starts another.
  let inNote = false;
  let ended = false;

  const textAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? "" : normalizeText(grid.text(row, c));
  };
  const rawAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? null : grid.raw(row, c);
  };
  // A unit, แผนงาน or period cell merged down over several projects visibly belongs to each of
  // them. Not so the number, name, detail and budget: one name or amount over several rows is
  // not several projects, and must not count several times.
  const shownTextAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? "" : normalizeText(grid.shownText(row, c));
  };
  const shownRawAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? null : grid.shown(row, c);
  };
  const addr = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? "" : cellAddress(row, c);
  };
  const shownLabel = (row: number, f: Field): Label | null => {
    const c = col(f);
    if (c === undefined) return null;
    const text = normalizeText(grid.shownText(row, c));
    if (!text) return null;
    const [r0, c0] = grid.shownFrom(row, c);
    return { text, typed: typedText(grid.raw(r0, c0)), from: "cell", cell: cellAddress(r0, c0) };
  };
  const usedCols = [...header.columns.values(), ...header.months.map((m) => m.col)];
  const preamble = preambleTexts(grid, header);

  for (let row = header.bottom + 1; row < grid.rowCount; row++) {
    const filled = usedCols.filter((c) => !isBlank(grid.raw(row, c)));
    // A number with nothing beside it is a row numbered ahead (typed, or =ROW() filled down), not a project.
    const bare = filled.length === 0 || (filled.length === 1 && filled[0] === col("no") && /^[\d.\s]+$/.test(textAt(row, "no")));
    if (bare && !rowHasMonthFill(grid, header, row)) continue;
    const budgetRaw = rawAt(row, "budget");
    const noText = textAt(row, "no");
    const nameText = textAt(row, "name");
    const numbered = /^\d+$/.test(noText);
    const hasBudget = !isBlank(budgetRaw);
    // A numbered row with an amount and a name is a project: no page furniture looks like that,
    // and a sheet of thousands of them need not be read cell by cell.
    const plain = numbered && hasBudget && nameText.length > 3;
    const cellsOfRow = plain ? null : rowTexts(grid, row);
    const texts = cellsOfRow?.map((t) => t.text) ?? [];
    const first = cellsOfRow ? (texts[0] ?? "") : firstText(grid, row);

    // The furniture of a printed page, wherever it sits in the row: page labels, and the titles a
    // copied layout repeats (the preamble's own texts, or title lines outside the name column,
    // where a name spilling over could start the same way). A heading is never furniture.
    const furniture = ({ text, col: c }: { text: string; col: number }) =>
      isPageLabel(text) ||
      (!numbered && !hasBudget && !isHeadingText(text) && (preamble.has(text) || (isTitleLine(text) && c !== col("name") && c !== col("detail"))));
    if (cellsOfRow?.length && cellsOfRow.every(furniture)) continue;
    if (!plain && (isColumnNumbering(texts) || repeatsHeader(grid, header, row))) {
      // A header further down (a copied print layout's next page) starts the table again.
      ended = false;
      inNote = false;
      last = null;
      continue;
    }
    if (ended) {
      const b = parseBudget(budgetRaw);
      if (nameText && "value" in b && b.value > 0) leftOut.push({ row, budget: b.value });
      continue;
    }
    if (!numbered && isSignatureLine(first)) {
      ended = true;
      last = null;
      continue;
    }
    if (!numbered && isNoteStart(first)) {
      inNote = true;
      last = null;
      continue;
    }
    if (inNote) {
      if (!numbered && !hasBudget) continue;
      inNote = false;
    }

    for (const [f, c] of header.columns)
      if (isExcelError(grid.raw(row, c)) && f !== "budget") cellErrors.push({ row, cell: cellAddress(row, c), field: f, value: String(grid.raw(row, c)) });

    // "รวม 5 โครงการ" is a total even with a number in ที่; a project's name never reads "รวม …".
    const totalText = TOTAL.test(nameText) ? nameText : !numbered && TOTAL.test(first) ? first : null;
    if (totalText !== null) {
      const grand = GRAND_TOTAL.test(totalText);
      const covers = grand ? sinceGrand : STRATEGY_TOTAL.test(totalText) ? sinceStrategy : sinceTotal;
      const count = STATED_COUNT.exec(totalText);
      const alsoCovers = grand ? [] : [sinceStrategy, sinceGrand].filter((c) => c !== covers && c.length > covers.length);
      if (col("budget") !== undefined)
        totals.push({ row, cell: addr(row, "budget"), stated: parseBudget(budgetRaw), statedCount: count ? Number(count[1]) : null, covers, alsoCovers, grand });
      if (grand) sinceGrand = [];
      sinceTotal = [];
      last = null;
      continue;
    }
    const headingLike = !hasBudget && !numbered;
    if (headingLike && AMENDMENT.test(first)) {
      // Rows below "เพิ่มเติม ฉบับที่ 1" belong to that edition, until the next marker.
      edition = first;
      last = null;
      continue;
    }
    // A heading has no amount, or the subtotal of its block beside the words ยุทธศาสตร์ / แผนงาน;
    // its number may sit in ที่ ("1" | "ยุทธศาสตร์…") or in its text.
    const subtotalled = !numbered && (STRATEGY_HEADING.test(first) || PLAN_HEADING.test(first));
    const heading = (!hasBudget || subtotalled) && filled.length <= 3 ? headingOf(grid, row, first, numbered ? nameText : "") : null;
    if (heading) {
      const at = heading.cell;
      const typed = typedText(grid.raw(...heading.at));
      if (isLinkageLine(heading.text)) {
        last = null;
        continue;
      }
      // "โครงการของหน่วยงานอื่นที่ดำเนินการในพื้นที่": the rows below are other agencies' (ข้อ 26),
      // a part of the list, not a project of its own.
      if (SECTION_HEADING.test(heading.text.replace(/\s+/g, ""))) {
        section = heading.text;
        last = null;
        continue;
      }
      if (STRATEGY_HEADING.test(heading.text)) {
        section = null;
        strategy = { text: heading.text, typed, from: "heading", cell: at };
        plan = null;
        approach = "";
        equipmentSection = false;
        sinceTotal = [];
        sinceStrategy = [];
        last = null;
        continue;
      }
      if (APPROACH_HEADING.test(heading.text)) {
        approach = headingWords(heading.text);
        last = null;
        continue;
      }
      if (PLAN_HEADING.test(heading.text)) {
        plan = { text: heading.text, typed, from: "heading", cell: at };
        sinceTotal = [];
        last = null;
        continue;
      }
      // Printed ผด.02/1 headings start in the ที่ column like the strategy headings do; in a
      // general list only a heading that names equipment plainly opens an equipment section.
      const typeName = EQUIPMENT_HEADING.test(heading.text) ? resolveEquipment(headingWords(heading.text)) : null;
      const equipmentList = header.equipmentList || sheet.equipment;
      if (EQUIPMENT_HEADING.test(heading.text) && (equipmentList || typeName || /^(?:ค่า|รายการ)?ครุภัณฑ์$/.test(headingWords(heading.text)))) {
        equipmentType = typeName || equipmentList ? { text: heading.text, typed, from: "heading", cell: at } : null;
        equipmentSection = true;
        sinceTotal = [];
        last = null;
        continue;
      }
      if (equipmentSection && OTHER_CATEGORY.test(heading.text)) {
        equipmentSection = false;
        equipmentType = null;
        last = null;
        continue;
      }
    }
    // A name spilling into the next row: no number, no budget, nothing else but text.
    const onlyText = filled.every((c) => c === col("name") || c === col("detail"));
    if (last && !noText && !hasBudget && onlyText && !rowHasMonthFill(grid, header, row)) {
      last = joinContinuation(last, textAt(row, "name"), textAt(row, "detail"), row, grid.isRowHidden(row));
      projects[projects.length - 1] = last;
      for (const list of [sinceTotal, sinceStrategy, sinceGrand]) if (list.length) list[list.length - 1] = last;
      continue;
    }

    const cells: Record<string, string> = {};
    const rawTexts: Record<string, string> = {};
    for (const [f, c] of header.columns) {
      cells[f] = cellAddress(row, c);
      const v = grid.raw(row, c);
      if (typeof v === "string") rawTexts[f] = v;
    }
    if (header.months.length) cells.months = cellAddress(row, header.months[0].col);
    const months = readMonths(grid, header, row, fiscalYear, shownTextAt(row, "period"), shownRawAt(row, "start"), shownRawAt(row, "end"));
    const kindText = shownTextAt(row, "kind");
    const typeLabel = shownLabel(row, "equipmentType");
    const equipment = /ครุภัณฑ์/.test(kindText) || !!typeLabel || header.equipmentList || sheet.equipment || equipmentSection;
    // A kind column may name the type itself ("ครุภัณฑ์คอมพิวเตอร์").
    const kindType = equipment && !typeLabel && /ครุภัณฑ์/.test(kindText) && resolveEquipment(kindText) ? shownLabel(row, "kind") : null;
    const record: ProjectRecord = {
      sheet: grid.name,
      row,
      rows: [row],
      no: noText,
      name: nameText,
      detail: textAt(row, "detail"),
      budget: parseBudget(budgetRaw),
      location: shownTextAt(row, "location"),
      unit: shownTextAt(row, "unit"),
      source: shownTextAt(row, "source"),
      edition: textAt(row, "edition") || edition,
      section,
      strategy: shownLabel(row, "strategy") ?? strategy ?? sheet.strategy,
      approach: shownTextAt(row, "approach") || approach,
      plan: shownLabel(row, "plan") ?? plan ?? sheet.plan,
      kind: equipment ? "equipment" : "project",
      equipmentType: equipment ? (typeLabel ?? kindType ?? equipmentType) : null,
      ...months,
      cells,
      rawTexts,
      hidden: grid.isRowHidden(row),
    };
    projects.push(record);
    sinceTotal.push(record);
    sinceStrategy.push(record);
    sinceGrand.push(record);
    last = record;
  }
  return { projects, totals, cellErrors, leftOut };
}

function joinContinuation(p: ProjectRecord, name: string, detail: string, row: number, hidden: boolean): ProjectRecord {
  const join = (a: string, b: string) => (b ? (a ? `${a} ${b}` : b) : a);
  return { ...p, name: join(p.name, name), detail: join(p.detail, detail), rows: [...p.rows, row], hidden: p.hidden || hidden };
}

/** The texts of a row, left to right, normalised, blanks left out. */
function rowTexts(grid: Grid, row: number): { text: string; col: number }[] {
  const out: { text: string; col: number }[] = [];
  for (let c = grid.data.originCol; c < grid.colCount; c++) {
    const text = normalizeText(grid.text(row, c));
    if (text) out.push({ text, col: c });
  }
  return out;
}

/** Every text above the header: the titles a copied print layout repeats further down. */
function preambleTexts(grid: Grid, header: Header): ReadonlySet<string> {
  const out = new Set<string>();
  for (let r = grid.data.originRow; r < header.top; r++) for (const t of rowTexts(grid, r)) out.add(t.text);
  return out;
}

const isHeadingText = (t: string) =>
  STRATEGY_HEADING.test(t) || PLAN_HEADING.test(t) || EQUIPMENT_HEADING.test(t) || APPROACH_HEADING.test(t) || NUMBERING_ONLY.test(t);

const squeeze = (s: string) => normalizeText(s).replace(/\s+/g, "");

/**
 * The header again (a copied print layout repeats it on every page): two or more of the labelled
 * columns hold their header's own words, or the month columns hold month names or years again.
 */
function repeatsHeader(grid: Grid, header: Header, row: number): boolean {
  let same = 0;
  for (const [col, label] of header.labels) {
    const t = squeeze(grid.shownText(row, col));
    if (t && squeeze(label).includes(t) && !/^\d+$/.test(t)) same++;
  }
  if (same >= 2) return true;
  if (!header.months.length) return false;
  let monthWords = 0;
  for (const m of header.months) {
    const t = normalizeText(grid.shownText(row, m.col));
    if (/^(?:พ\.?\s*ศ\.?\s*)?\d{4}$/.test(t) || monthNameOnly(t)) monthWords++;
  }
  return monthWords >= 3 && squeeze(grid.text(row, header.columns.get("name") ?? -1)) === "";
}

const MONTH_WORDS = /^(?:ต\.?ค\.?|พ\.?ย\.?|ธ\.?ค\.?|ม\.?ค\.?|ก\.?พ\.?|มี\.?ค\.?|เม\.?ย\.?|พ\.?ค\.?|มิ\.?ย\.?|ก\.?ค\.?|ส\.?ค\.?|ก\.?ย\.?|ตุลาคม|พฤศจิกายน|ธันวาคม|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน)$/;
const monthNameOnly = (t: string) => MONTH_WORDS.test(t.replace(/\s+/g, ""));

/**
 * A heading's text and cell: its first text, also when its number ("1.", "1.1") sits in ที่ and
 * its words in the next column, or when ที่ holds a plain number and the name column the words.
 */
function headingOf(grid: Grid, row: number, first: string, numberedName: string): { text: string; cell: string; at: [number, number] } | null {
  const firstCol = firstTextCol(grid, row);
  if (numberedName) {
    const noText = normalizeText(grid.text(row, firstCol));
    const words = numberedName;
    if (!STRATEGY_HEADING.test(words) && !PLAN_HEADING.test(words) && !APPROACH_HEADING.test(words) && !EQUIPMENT_HEADING.test(words)) return null;
    const nameCol = nextTextCol(grid, row, firstCol);
    return { text: `${noText}. ${words}`, cell: cellAddress(row, nameCol), at: [row, nameCol] };
  }
  if (!NUMBERING_ONLY.test(first)) return { text: first, cell: cellAddress(row, firstCol), at: [row, firstCol] };
  const next = nextTextCol(grid, row, firstCol);
  const t = normalizeText(grid.text(row, next));
  return t ? { text: `${first} ${t}`, cell: cellAddress(row, firstCol), at: [row, next] } : { text: first, cell: cellAddress(row, firstCol), at: [row, firstCol] };
}

function firstText(grid: Grid, row: number): string {
  return normalizeText(grid.text(row, firstTextCol(grid, row)));
}

function firstTextCol(grid: Grid, row: number): number {
  for (let c = grid.data.originCol; c < grid.colCount; c++) if (!isBlank(grid.raw(row, c))) return c;
  return 0;
}

function nextTextCol(grid: Grid, row: number, after: number): number {
  for (let c = after + 1; c < grid.colCount; c++) if (!isBlank(grid.raw(row, c))) return c;
  return after;
}

