import type { Field } from "../domain/read/header";
import {
  EQUIPMENT_TYPES,
  FUNDING_SOURCES,
  LOCAL_GOVERNMENT_TYPES,
  PROJECT_KINDS,
  STANDARD_PLANS,
  TRACKING_ROUNDS,
  TRIGGER_KINDS,
  YES_NO,
} from "../domain/catalog";
import { HOLIDAY_KIND_LABEL, type Holiday } from "../domain/holidays";
import { BOOK_SECTION_LABEL, type BookText } from "../domain/book/bookText";
import { PLACEHOLDERS } from "../domain/book/placeholders";
import { linesFor, rowHeightFor } from "./forms/common";
import { SETTING_FIELDS, type SettingKey } from "../domain/settings";
import { fiscalMonths } from "../domain/thaiCalendar";
import { quoteSheetName } from "../core/address";
import type { CellValue } from "../core/cellValue";
import type { ListValidation, RangeFormat, SheetSpec } from "../core/sheetSpec";
import { rect, type Rect } from "../core/rect";
import { AMOUNT_FORMAT, DATE_FORMAT_BE } from "../core/numberFormats";
import { SHEET } from "../core/sheetNames";
import * as S from "./styles";

/**
 * The columns the template writes: the reader's fields (domain/read/header.ts) but those it reads
 * only from officers' own layouts (แนวทางการพัฒนา, a period text, start and end dates, the edition).
 */
export type ProjectField = Exclude<Field, "approach" | "period" | "start" | "end" | "edition">;

interface Column {
  readonly field: ProjectField;
  readonly header: string;
  readonly width: number;
  readonly format?: string;
  readonly list?: ListName;
}

type ListName = "plan" | "kind" | "equipmentType" | "source" | "orgType" | "trigger" | "yesNo";

/** Column order of the โครงการ sheet; the 12 month columns follow. */
export const PROJECT_COLUMNS: readonly Column[] = [
  { field: "no", header: "ที่", width: 5 },
  { field: "name", header: "โครงการ", width: 38 },
  { field: "detail", header: "รายละเอียดของกิจกรรม", width: 38 },
  { field: "budget", header: "งบประมาณ (บาท)", width: 15, format: AMOUNT_FORMAT },
  { field: "location", header: "สถานที่ดำเนินการ", width: 20 },
  { field: "unit", header: "หน่วยงานรับผิดชอบหลัก", width: 24 },
  { field: "strategy", header: "ยุทธศาสตร์", width: 30 },
  { field: "plan", header: "แผนงาน", width: 30, list: "plan" },
  { field: "kind", header: "ประเภท", width: 11, list: "kind" },
  { field: "equipmentType", header: "ประเภทครุภัณฑ์", width: 22, list: "equipmentType" },
  { field: "source", header: "แหล่งงบประมาณ", width: 22, list: "source" },
];

const MONTH_COL0 = PROJECT_COLUMNS.length;
const MONTH_WIDTH = 6.5;
/** Two header rows: years over months. Data starts below them. */
export const PROJECT_HEADER_ROW = 2;
export const PROJECT_FIRST_DATA_ROW = 4;
/** Rows pre-formatted and covered by dropdowns even when empty. */
const MIN_FORMATTED_ROWS = 300;
const VALIDATED_ROWS = 1000;

/** One row as a user typed it: any cell may be messy (text amounts, stray marks). */
export interface ProjectRowInput {
  readonly cells?: Partial<Record<ProjectField, CellValue>>;
  /** 12 month cells, ต.ค. first: a mark such as "✓", or null. */
  readonly months?: readonly (CellValue | undefined)[];
  /** Months shown by fill colour rather than a mark (as many offices do). */
  readonly monthFills?: readonly boolean[];
}

export interface StrategyRowInput {
  readonly strategy?: string;
  readonly approach?: string;
  readonly plan?: string;
  readonly keywords?: string;
}

const LISTS: Record<ListName, { col: number; header: string; items: readonly string[] }> = {
  plan: { col: 0, header: "แผนงาน", items: STANDARD_PLANS.map((p) => p.name) },
  kind: { col: 1, header: "ประเภท", items: PROJECT_KINDS },
  equipmentType: { col: 2, header: "ประเภทครุภัณฑ์", items: EQUIPMENT_TYPES },
  source: { col: 3, header: "แหล่งงบประมาณ", items: FUNDING_SOURCES },
  orgType: { col: 4, header: "ประเภท อปท.", items: LOCAL_GOVERNMENT_TYPES.map((t) => t.label) },
  trigger: { col: 5, header: "เหตุที่ต้องจัดทำ", items: TRIGGER_KINDS },
  yesNo: { col: 6, header: "ใช่/ไม่ใช่", items: YES_NO },
};

function listSource(name: ListName): string {
  const l = LISTS[name];
  const letter = String.fromCharCode(65 + l.col);
  return `${quoteSheetName(SHEET.lists)}!$${letter}$2:$${letter}$${l.items.length + 1}`;
}

function listValidation(range: Rect, name: ListName): ListValidation {
  return {
    range,
    source: listSource(name),
    allowBlank: true,
    errorMessage: `เลือกจากรายการ "${LISTS[name].header}" (แก้ไขรายการได้ที่แผ่นงาน ${SHEET.lists})`,
  };
}

const landscape = (repeatFrom: number, repeatTo: number) =>
  ({
    orientation: "landscape",
    paper: "A4",
    fitToPagesWide: 1,
    repeatRows: { from: repeatFrom, to: repeatTo },
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 },
    centerHorizontally: true,
    centerFooter: "หน้า &P/&N",
  }) as const;

export function buildProjectSheet(fiscalYear: number, rows: readonly ProjectRowInput[] = []): SheetSpec {
  const months = fiscalMonths(fiscalYear);
  const totalCols = MONTH_COL0 + 12;
  const cells: CellValue[][] = [];
  cells[0] = [`แบบกรอกโครงการ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`];
  cells[1] = [
    "กรอกหนึ่งโครงการต่อหนึ่งแถว · งบประมาณกรอกเป็นตัวเลข · เดือนที่ดำเนินการใส่เครื่องหมาย ✓ หรือระบายสี · ประเภทครุภัณฑ์กรอกเฉพาะรายการครุภัณฑ์",
  ];
  const yearRow: CellValue[] = PROJECT_COLUMNS.map((c) => c.header);
  const monthRow: CellValue[] = PROJECT_COLUMNS.map(() => null);
  yearRow.push(`พ.ศ. ${fiscalYear - 1}`, null, null, `พ.ศ. ${fiscalYear}`, ...Array(8).fill(null));
  monthRow.push(...months.map((m) => m.shortName));
  cells[PROJECT_HEADER_ROW] = yearRow;
  cells[PROJECT_HEADER_ROW + 1] = monthRow;

  const formats: RangeFormat[] = [];
  const first = PROJECT_FIRST_DATA_ROW;
  rows.forEach((r, i) => {
    const line: CellValue[] = PROJECT_COLUMNS.map((c) => r.cells?.[c.field] ?? null);
    for (let m = 0; m < 12; m++) line.push(r.months?.[m] ?? null);
    cells[first + i] = line;
    const fills = r.monthFills ?? [];
    // One rectangle per run of filled months, so formats grow with runs, not cells.
    for (let m = 0; m < 12; ) {
      if (!fills[m]) {
        m++;
        continue;
      }
      let e = m;
      while (e + 1 < 12 && fills[e + 1]) e++;
      formats.push({ range: rect(first + i, MONTH_COL0 + m, 1, e - m + 1), style: { fill: "#A9D08E" } });
      m = e + 1;
    }
  });
  const bodyRows = Math.max(rows.length, MIN_FORMATTED_ROWS);

  formats.unshift(
    { range: rect(0, 0, 1, totalCols), style: S.title },
    { range: rect(1, 0, 1, totalCols), style: S.note },
    { range: rect(PROJECT_HEADER_ROW, 0, 2, totalCols), style: S.header },
    { range: rect(first, 0, bodyRows, totalCols), style: S.body },
    ...PROJECT_COLUMNS.flatMap((c, col) =>
      c.format ? [{ range: rect(first, col, bodyRows, 1), style: { numberFormat: c.format, hAlign: "right" as const } }] : [],
    ),
    // One line per project, as officers keep their lists: long names stay on their row.
    { range: rect(first, 0, bodyRows, totalCols), style: { wrap: false } },
    { range: rect(first, 0, bodyRows, 1), style: { hAlign: "center" } },
    { range: rect(first, MONTH_COL0, bodyRows, 12), style: { hAlign: "center", wrap: false } },
  );
  const merges: Rect[] = [
    rect(0, 0, 1, totalCols),
    rect(1, 0, 1, totalCols),
    ...PROJECT_COLUMNS.map((_, col) => rect(PROJECT_HEADER_ROW, col, 2, 1)),
    rect(PROJECT_HEADER_ROW, MONTH_COL0, 1, 3),
    rect(PROJECT_HEADER_ROW, MONTH_COL0 + 3, 1, 9),
  ];
  const validated = Math.max(rows.length, VALIDATED_ROWS);
  const validations = PROJECT_COLUMNS.flatMap((c, col) =>
    c.list ? [listValidation(rect(first, col, validated, 1), c.list)] : [],
  );
  return {
    name: SHEET.projects,
    cells,
    formats,
    merges,
    columnWidths: [...PROJECT_COLUMNS.map((c) => c.width), ...Array(12).fill(MONTH_WIDTH)],
    defaultRowHeight: S.THAI_ROW_HEIGHT,
    rowHeights: [
      { row: 0, height: 30 },
      { row: 1, height: 26 },
      { row: PROJECT_HEADER_ROW, height: 30 },
      { row: PROJECT_HEADER_ROW + 1, height: 30 },
    ],
    validations,
    freeze: { rows: first, cols: 2 },
    print: landscape(PROJECT_HEADER_ROW, PROJECT_HEADER_ROW + 1),
    tabColor: "#2F75B5",
  };
}

export const STRATEGY_HEADERS = ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"] as const;

export function buildStrategySheet(rows: readonly StrategyRowInput[] = []): SheetSpec {
  const cells: CellValue[][] = [
    ["ยุทธศาสตร์การพัฒนา แนวทางการพัฒนา และแผนงาน"],
    [
      "หนึ่งแถวต่อหนึ่งแผนงานภายใต้ยุทธศาสตร์ · ยุทธศาสตร์หนึ่งมีได้หลายแผนงาน และแผนงานหนึ่งอยู่ได้หลายยุทธศาสตร์ · คำสำคัญคั่นด้วยจุลภาค ใช้ช่วยจัดหมวดหมู่โครงการ",
    ],
    [...STRATEGY_HEADERS],
    ...rows.map((r) => [r.strategy ?? null, r.approach ?? null, r.plan ?? null, r.keywords ?? null]),
  ];
  const bodyRows = Math.max(rows.length, 60);
  return {
    name: SHEET.strategies,
    cells,
    formats: [
      { range: rect(0, 0, 1, 4), style: S.title },
      { range: rect(1, 0, 1, 4), style: S.note },
      { range: rect(2, 0, 1, 4), style: S.header },
      { range: rect(3, 0, bodyRows, 4), style: S.body },
    ],
    merges: [rect(0, 0, 1, 4), rect(1, 0, 1, 4)],
    columnWidths: [45, 45, 34, 40],
    defaultRowHeight: S.THAI_ROW_HEIGHT,
    rowHeights: [
      { row: 0, height: 30 },
      { row: 1, height: 48 },
    ],
    validations: [listValidation(rect(3, 2, Math.max(rows.length, 200), 1), "plan")],
    freeze: { rows: 3, cols: 0 },
    print: { ...landscape(2, 2) },
    tabColor: "#548235",
  };
}

export type SettingValues = Partial<Record<SettingKey, CellValue>>;

export function defaultSettings(fiscalYear: number): SettingValues {
  return {
    fiscalYear,
    edition: "ฉบับหลัก",
    triggerKind: TRIGGER_KINDS[0],
    thaiDigits: "ไม่ใช่",
    rollDeadline: "ไม่ใช่",
    trackingRound: TRACKING_ROUNDS[0],
  };
}

export const SETTINGS_FIRST_ROW = 2;

export function buildSettingsSheet(values: SettingValues): SheetSpec {
  const cells: CellValue[][] = [["ตั้งค่าแผนการดำเนินงาน"], ["รายการ", "ค่า", "คำอธิบาย"]];
  const formats: RangeFormat[] = [
    { range: rect(0, 0, 1, 3), style: S.title },
    { range: rect(1, 0, 1, 3), style: S.header },
    { range: rect(SETTINGS_FIRST_ROW, 0, SETTING_FIELDS.length, 3), style: S.body },
    { range: rect(SETTINGS_FIRST_ROW, 0, SETTING_FIELDS.length, 1), style: { bold: true } },
    { range: rect(SETTINGS_FIRST_ROW, 2, SETTING_FIELDS.length, 1), style: { fontColor: "#595959" } },
  ];
  const validations: ListValidation[] = [];
  SETTING_FIELDS.forEach((f, i) => {
    const row = SETTINGS_FIRST_ROW + i;
    cells.push([f.label, values[f.key] ?? null, f.help]);
    if (f.kind === "date") formats.push({ range: rect(row, 1), style: { numberFormat: DATE_FORMAT_BE, hAlign: "left" } });
    if (f.kind === "year") formats.push({ range: rect(row, 1), style: { numberFormat: "0", hAlign: "left" } });
    if (f.kind === "toggle") validations.push(listValidation(rect(row, 1), "yesNo"));
    if (f.key === "orgType") validations.push(listValidation(rect(row, 1), "orgType"));
    if (f.key === "triggerKind") validations.push(listValidation(rect(row, 1), "trigger"));
    // Two choices: listed in the rule itself, not on รายการเลือก.
    if (f.key === "trackingRound")
      validations.push({ range: rect(row, 1), items: TRACKING_ROUNDS, allowBlank: true, errorMessage: `เลือก ${TRACKING_ROUNDS.join(" หรือ ")}` });
  });
  return {
    name: SHEET.settings,
    cells,
    formats,
    merges: [rect(0, 0, 1, 3)],
    columnWidths: [46, 50, 80],
    defaultRowHeight: S.THAI_ROW_HEIGHT,
    rowHeights: [{ row: 0, height: 30 }],
    validations,
    freeze: { rows: 2, cols: 0 },
    print: { ...landscape(1, 1) },
    tabColor: "#BF8F00",
  };
}

export const HOLIDAY_HEADERS = ["วันที่", "ชื่อวันหยุด", "ประเภท"] as const;

export function buildHolidaySheet(fiscalYear: number, holidays: readonly Holiday[]): SheetSpec {
  const cells: CellValue[][] = [
    [`วันหยุดราชการ ปีงบประมาณ พ.ศ. ${fiscalYear}`],
    [
      "เติมวันหยุดตามจันทรคติ (มาฆบูชา วิสาขบูชา อาสาฬหบูชา เข้าพรรษา) วันพืชมงคล และวันหยุดพิเศษตามมติคณะรัฐมนตรีเอง · วันที่ต้องเป็นวันที่ของ Excel",
    ],
    [...HOLIDAY_HEADERS],
    ...holidays.map((h) => [{ date: h.date }, h.name, HOLIDAY_KIND_LABEL[h.kind]]),
  ];
  const bodyRows = holidays.length + 20;
  return {
    name: SHEET.holidays,
    cells,
    formats: [
      { range: rect(0, 0, 1, 3), style: S.title },
      { range: rect(1, 0, 1, 3), style: S.note },
      { range: rect(2, 0, 1, 3), style: S.header },
      { range: rect(3, 0, bodyRows, 3), style: S.body },
      { range: rect(3, 0, bodyRows, 1), style: { numberFormat: DATE_FORMAT_BE, hAlign: "left" } },
    ],
    merges: [rect(0, 0, 1, 3), rect(1, 0, 1, 3)],
    columnWidths: [22, 55, 24],
    defaultRowHeight: S.THAI_ROW_HEIGHT,
    rowHeights: [
      { row: 0, height: 30 },
      { row: 1, height: 48 },
    ],
    freeze: { rows: 3, cols: 0 },
    print: { ...landscape(2, 2), orientation: "portrait" },
    tabColor: "#C00000",
  };
}

export function buildListsSheet(): SheetSpec {
  const lists = Object.values(LISTS);
  const height = Math.max(...lists.map((l) => l.items.length));
  const cells: CellValue[][] = [lists.map((l) => l.header)];
  for (let i = 0; i < height; i++) cells.push(lists.map((l) => l.items[i] ?? null));
  return {
    name: SHEET.lists,
    cells,
    formats: [
      { range: rect(0, 0, 1, lists.length), style: S.header },
      { range: rect(1, 0, height, lists.length), style: { ...S.body, wrap: false } },
    ],
    columnWidths: [44, 12, 36, 40, 30, 50, 12],
    defaultRowHeight: S.THAI_ROW_HEIGHT,
    // Printed like the other input sheets: one page wide, the headers repeated.
    print: landscape(0, 0),
    freeze: { rows: 1, cols: 0 },
    tabColor: "#7F7F7F",
  };
}

export const BOOK_TEXT_HEADERS = ["ส่วน", "หัวข้อ", "ข้อความ"] as const;
const BOOK_TEXT_WIDTHS = [18, 34, 100];
/** Title, two notes, then the header: the paragraphs start below it. */
export const BOOK_TEXT_HEADER_ROW = 3;

/**
 * ข้อความเล่มแผน: the paragraphs of คำนำ and ส่วนที่ 1, one row per paragraph, for the officer to
 * edit; the book is built from what it holds (src/domain/read/bookTextSheet.ts reads it back).
 * Every row names its section, so a row moved or inserted keeps its place; the heading is on a
 * section's first row only.
 */
export function buildBookTextSheet(text: BookText): SheetSpec {
  const cols = BOOK_TEXT_HEADERS.length;
  const total = BOOK_TEXT_WIDTHS.reduce((a, b) => a + b, 0);
  const usage =
    "แก้ข้อความของคำนำและส่วนที่ 1 บทนำ ได้ตามต้องการ เล่มแผนสร้างจากข้อความในแผ่นงานนี้ · หนึ่งแถวต่อหนึ่งย่อหน้า เพิ่มหรือลบแถวได้ · " +
    `คอลัมน์ ส่วน ใช้ชื่อ: ${Object.values(BOOK_SECTION_LABEL).join(" ")} · หัวข้อพิมพ์ครั้งเดียวในแถวแรกของส่วน · ` +
    "ส่วนที่ไม่มีข้อความจะใช้ข้อความเริ่มต้นของ OpPlan · แผนภูมิขั้นตอนสร้างจากประเภท อปท. ในแผ่นงานตั้งค่า ไม่ได้มาจากแผ่นงานนี้";
  const words =
    "คำในวงเล็บปีกกาจะแทนด้วยค่าจากแผ่นงานตั้งค่าเมื่อสร้างเล่มแผน: " + PLACEHOLDERS.map((p) => `{${p.name}} = ${p.help}`).join(" · ");
  const cells: CellValue[][] = [["ข้อความเล่มแผน: คำนำ และส่วนที่ 1 บทนำ"], [usage], [words], [...BOOK_TEXT_HEADERS]];
  const rowHeights = [
    { row: 0, height: 30 },
    { row: 1, height: rowHeightFor(linesFor(usage, total, S.THAI_FONT_SIZE), S.THAI_FONT_SIZE) },
    { row: 2, height: rowHeightFor(linesFor(words, total, S.THAI_FONT_SIZE), S.THAI_FONT_SIZE) },
  ];
  const first = BOOK_TEXT_HEADER_ROW + 1;
  for (const section of text.sections)
    section.paragraphs.forEach((p, i) => {
      rowHeights.push({ row: cells.length, height: rowHeightFor(linesFor(p, BOOK_TEXT_WIDTHS[2], S.THAI_FONT_SIZE), S.THAI_FONT_SIZE) });
      cells.push([BOOK_SECTION_LABEL[section.key], i === 0 ? section.heading : null, p]);
    });
  const rows = cells.length - first;
  const bodyRows = rows + 40;
  return {
    name: SHEET.bookText,
    cells,
    formats: [
      { range: rect(0, 0, 1, cols), style: S.title },
      { range: rect(1, 0, 2, cols), style: { ...S.note, vAlign: "top" } },
      { range: rect(BOOK_TEXT_HEADER_ROW, 0, 1, cols), style: S.header },
      { range: rect(first, 0, bodyRows, cols), style: S.body },
      { range: rect(first, 1, bodyRows, 1), style: { bold: true } },
    ],
    merges: [rect(0, 0, 1, cols), rect(1, 0, 1, cols), rect(2, 0, 1, cols)],
    columnWidths: BOOK_TEXT_WIDTHS,
    defaultRowHeight: S.THAI_ROW_HEIGHT,
    rowHeights,
    validations: [
      {
        range: rect(first, 0, bodyRows, 1),
        items: Object.values(BOOK_SECTION_LABEL),
        allowBlank: true,
        errorMessage: `เลือกส่วนจากรายการ: ${Object.values(BOOK_SECTION_LABEL).join(" ")}`,
      },
    ],
    // Excel measures the wrapped paragraphs itself; a file keeps the estimates above.
    autofitRows: { from: first, to: first + rows - 1 },
    print: landscape(BOOK_TEXT_HEADER_ROW, BOOK_TEXT_HEADER_ROW),
    tabColor: "#7030A0",
  };
}
