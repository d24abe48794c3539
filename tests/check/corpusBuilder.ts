/**
 * Builds the workbooks of the ตรวจสอบ corpus the way a user's Excel saves them: straight through
 * ExcelJS (merged headers, fills, cached formula results), never through OpPlan's own writers,
 * so the reader meets what it meets in the field rather than what OpPlan itself produces.
 *
 * A workbook is described as data first (settings rows, strategy rows, project sheets made of
 * lines), so cases can spoil the description; `build` turns it into an ExcelJS workbook that
 * cases can spoil further cell by cell.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { cellAddress, parseAddress } from "../../src/core/address";

export type Cell = string | number | boolean | Date | null;

/** Project-list columns a sheet may have, in the order they are laid out. */
export type Field =
  | "no"
  | "name"
  | "detail"
  | "budget"
  | "location"
  | "unit"
  | "strategy"
  | "plan"
  | "kind"
  | "equipmentType"
  | "source"
  | "period"
  | "start"
  | "end";

export type Layout = "template" | "pd02" | "pd021" | "period" | "startEnd";

const HEADERS: Record<Layout, readonly [Field, string][]> = {
  // OpPlan's own โครงการ sheet (src/reports/inputTemplate.ts), as a user fills it in.
  template: [
    ["no", "ที่"],
    ["name", "โครงการ"],
    ["detail", "รายละเอียดของกิจกรรม"],
    ["budget", "งบประมาณ (บาท)"],
    ["location", "สถานที่ดำเนินการ"],
    ["unit", "หน่วยงานรับผิดชอบหลัก"],
    ["strategy", "ยุทธศาสตร์"],
    ["plan", "แผนงาน"],
    ["kind", "ประเภท"],
    ["equipmentType", "ประเภทครุภัณฑ์"],
    ["source", "แหล่งงบประมาณ"],
  ],
  // แบบ ผด.02 as published (domain.md §3).
  pd02: [
    ["no", "ที่"],
    ["name", "โครงการ"],
    ["detail", "รายละเอียดของกิจกรรม\nที่เกิดขึ้นจากโครงการ"],
    ["budget", "งบประมาณ\n(บาท)"],
    ["location", "สถานที่\nดำเนินการ"],
    ["unit", "หน่วยงาน\nรับผิดชอบหลัก"],
  ],
  // แบบ ผด.02/1: equipment outside projects.
  pd021: [
    ["no", "ที่"],
    ["name", "ครุภัณฑ์"],
    ["detail", "รายละเอียดของครุภัณฑ์"],
    ["budget", "งบประมาณ (บาท)"],
    ["location", "สถานที่ดำเนินการ"],
    ["unit", "หน่วยงานรับผิดชอบหลัก"],
  ],
  // A home-made list with the months as one text column.
  period: [
    ["no", "ลำดับที่"],
    ["name", "ชื่อโครงการ"],
    ["detail", "รายละเอียด"],
    ["budget", "งบประมาณ"],
    ["unit", "ผู้รับผิดชอบ"],
    ["strategy", "ยุทธศาสตร์"],
    ["plan", "แผนงาน"],
    ["period", "ระยะเวลาดำเนินการ"],
  ],
  // …and with a start and an end column.
  startEnd: [
    ["no", "ลำดับ"],
    ["name", "โครงการ/กิจกรรม"],
    ["budget", "จำนวนเงิน (บาท)"],
    ["unit", "หน่วยงานที่รับผิดชอบ"],
    ["plan", "แผนงาน"],
    ["start", "เดือนเริ่มต้น"],
    ["end", "เดือนสิ้นสุด"],
  ],
};

/** Layouts whose months are twelve columns under a two-row header (years over months). */
const MONTH_LAYOUTS: ReadonlySet<Layout> = new Set(["template", "pd02", "pd021"]);

export const MONTH_NAMES = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];
export const MARK_FILL = "FFA9D08E";

/** Fiscal-month indexes (0 = ต.ค.) from calendar months. */
export const fm = (...calendarMonths: number[]) => calendarMonths.map((m) => (m + 2) % 12);
export const ALL_YEAR = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

export interface ProjectLine {
  readonly kind: "project";
  /** How a case refers to the line: `built.addr(sheet, id, field)`. */
  readonly id?: string;
  readonly cells: Partial<Record<Field, Cell>>;
  /** Fiscal-month indexes (0 = ต.ค.) marked in the month columns. */
  readonly months?: readonly number[];
  /** Marks as shading (the default in ผด.02) or as a ✓ typed in the cell. */
  readonly marks?: "fill" | "mark";
}

export type Line =
  | ProjectLine
  /** A strategy / แผนงาน / ประเภทครุภัณฑ์ heading, merged across the text columns as printed. */
  | { readonly kind: "heading"; readonly text: string; readonly id?: string; readonly merged?: boolean }
  | { readonly kind: "total"; readonly id?: string; readonly label?: string; readonly budget: Cell }
  | { readonly kind: "blank" }
  /** Free text in column A: an amendment marker, a note. */
  | { readonly kind: "text"; readonly text: string; readonly id?: string };

export interface ProjectSheet {
  readonly name: string;
  readonly layout: Layout;
  /** Lines above the header (label, titles, notes); null is a blank row. */
  readonly preamble: readonly (string | null)[];
  /** Buddhist years written over ต.ค.–ธ.ค. and ม.ค.–ก.ย. */
  readonly headerYears: readonly [number, number];
  readonly lines: Line[];
  /** Project marks drawn as fills when a line does not say. */
  readonly marks: "fill" | "mark";
}

export interface StrategyRow {
  readonly strategy: string;
  readonly approach: string;
  readonly plan: string;
}

export interface PlanBook {
  /** Label/value/help rows of ตั้งค่า; null leaves the sheet out. */
  settings: [string, Cell, string?][] | null;
  strategies: StrategyRow[] | null;
  holidays: [Date, string][] | null;
  sheets: ProjectSheet[];
}

export const FY = 2568;
export const SETTINGS_SHEET = "ตั้งค่า";
export const STRATEGY_SHEET = "ยุทธศาสตร์";

export const S1 = "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
export const S2 = "ยุทธศาสตร์การพัฒนาด้านการศึกษา ศาสนา และวัฒนธรรม";
export const S3 = "ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการที่ดี";

export const P = {
  works: "แผนงานอุตสาหกรรมและการโยธา",
  housing: "แผนงานเคหะและชุมชน",
  education: "แผนงานการศึกษา",
  culture: "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
  admin: "แผนงานบริหารงานทั่วไป",
  community: "แผนงานสร้างความเข้มแข็งของชุมชน",
} as const;

export const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** ตั้งค่า as OpPlan's template lays it out (label | value | help), every needed value filled. */
export function baselineSettings(): [string, Cell, string?][] {
  return [
    ["ชื่อ อปท.", "บ้านใหม่", "ชื่อไม่ต้องมีคำนำหน้า เช่น บ้านใหม่"],
    ["ประเภท อปท.", "องค์การบริหารส่วนตำบล", "ใช้ประกอบชื่อเต็มและตำแหน่งผู้ลงนาม"],
    ["อำเภอ", "เมืองขอนแก่น", "ชื่ออำเภอ ไม่ต้องมีคำว่า อำเภอ"],
    ["จังหวัด", "ขอนแก่น", "ชื่อจังหวัด ไม่ต้องมีคำว่า จังหวัด"],
    ["ปีงบประมาณ", FY, "ปี พ.ศ. เช่น 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)"],
    ["ฉบับ", "ฉบับหลัก", "ฉบับหลัก / เพิ่มเติม ฉบับที่ N / แก้ไข ครั้งที่ N"],
    ["เหตุที่ต้องจัดทำ", "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี", "เหตุตามระเบียบ ข้อ 27"],
    ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", utcDate(2024, 9, 16), "หรือวันที่ของเหตุอื่น (งบเพิ่มเติม เงินสะสม หรือวันที่ได้รับแจ้ง)"],
    ["วันที่ประกาศแผน", utcDate(2024, 10, 10), "วันที่ผู้บริหารท้องถิ่นลงนามประกาศ"],
    ["วันที่ปิดประกาศ", utcDate(2024, 10, 11), "วันที่ติดประกาศให้ประชาชนทราบ"],
    ["ผู้ลงนาม", "นายสมชาย ใจดี", "ชื่อ-สกุลของผู้ลงนามในประกาศ"],
    ["ตำแหน่ง", "นายกองค์การบริหารส่วนตำบลบ้านใหม่", "เว้นว่างได้ ระบบจะใช้ตำแหน่งตามประเภท อปท."],
    ["ใช้เลขไทย", "ไม่ใช่", "ใช่ = แสดงตัวเลขในบัญชีและประกาศเป็นเลขไทย"],
    ["เลื่อนวันครบกำหนดตามวันหยุด", "ไม่ใช่", "ใช่ = วันครบกำหนดที่ตรงกับวันหยุดเลื่อนไปวันทำการถัดไป (ป.พ.พ. ม.193/8)"],
  ];
}

/** Row of a baseline setting on ตั้งค่า (title and header rows above), by its label. */
export function settingRow(label: string): number {
  const i = baselineSettings().findIndex(([l]) => l === label);
  if (i < 0) throw new Error(`no setting ${label}`);
  return i + 3;
}

/** Replaces a setting's value (and optionally its label) in a book's ตั้งค่า rows. */
export function setSetting(book: PlanBook, label: string, value: Cell, newLabel?: string): void {
  const row = book.settings!.find(([l]) => l === label);
  if (!row) throw new Error(`no setting ${label}`);
  row[1] = value;
  if (newLabel !== undefined) row[0] = newLabel;
}

export function baselineStrategies(): StrategyRow[] {
  return [
    { strategy: `1. ${S1}`, approach: "พัฒนาเส้นทางคมนาคม", plan: P.works },
    { strategy: `1. ${S1}`, approach: "พัฒนาระบบประปา", plan: P.housing },
    { strategy: `2. ${S2}`, approach: "ส่งเสริมการศึกษา", plan: P.education },
    { strategy: `2. ${S2}`, approach: "ส่งเสริมศาสนาและประเพณี", plan: P.culture },
    { strategy: `3. ${S3}`, approach: "พัฒนาบุคลากร", plan: P.admin },
    { strategy: `3. ${S3}`, approach: "ส่งเสริมความเข้มแข็งของชุมชน", plan: P.community },
  ];
}

/** The six projects of the baseline, one per strategy × แผนงาน; months as fiscal indexes. */
export const PROJECTS = {
  road: {
    name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 บ้านหนองบัว",
    detail: "ผิวจราจรกว้าง 4 เมตร ยาว 200 เมตร หนา 0.15 เมตร",
    budget: 495_000,
    location: "หมู่ที่ 3",
    unit: "กองช่าง",
    strategy: 1,
    plan: P.works,
    months: fm(1, 2, 3),
  },
  water: {
    name: "โครงการขยายเขตประปาหมู่บ้าน หมู่ที่ 5",
    detail: "วางท่อ PVC ขนาด 2 นิ้ว ยาว 1,200 เมตร",
    budget: 250_000,
    location: "หมู่ที่ 5",
    unit: "กองช่าง",
    strategy: 1,
    plan: P.housing,
    months: fm(2, 3, 4),
  },
  milk: {
    name: "โครงการอาหารเสริม (นม) โรงเรียน",
    detail: "จัดซื้ออาหารเสริม (นม) ให้นักเรียน 4 โรงเรียน",
    budget: 1_250_000,
    location: "โรงเรียนในตำบล",
    unit: "กองการศึกษา",
    strategy: 2,
    plan: P.education,
    months: ALL_YEAR,
  },
  loykrathong: {
    name: "โครงการจัดงานประเพณีลอยกระทง",
    detail: "จัดกิจกรรมประกวดกระทงและนางนพมาศ",
    budget: 80_000,
    location: "สระน้ำสาธารณะ หมู่ที่ 1",
    unit: "กองการศึกษา",
    strategy: 2,
    plan: P.culture,
    months: fm(11),
  },
  training: {
    name: "โครงการฝึกอบรมเพิ่มประสิทธิภาพการปฏิบัติงานของบุคลากร",
    detail: "อบรมคณะผู้บริหาร สมาชิกสภา และพนักงาน 60 คน",
    budget: 60_000,
    location: "ที่ทำการ อบต.",
    unit: "สำนักปลัด",
    strategy: 3,
    plan: P.admin,
    months: fm(6, 7),
  },
  women: {
    name: "โครงการส่งเสริมอาชีพกลุ่มสตรีแม่บ้าน",
    detail: "ฝึกอาชีพการทำขนมไทย 30 คน",
    budget: 35_000,
    location: "ศาลาประชาคม หมู่ที่ 2",
    unit: "สำนักปลัด",
    strategy: 3,
    plan: P.community,
    months: fm(5),
  },
} as const;

export type ProjectId = keyof typeof PROJECTS;
const STRATEGY_NAMES = [S1, S2, S3];

/** One baseline project as a line of the given layout. */
export function projectLine(id: ProjectId, layout: Layout, no: number, overrides: Partial<Record<Field, Cell>> = {}): ProjectLine {
  const p = PROJECTS[id];
  const cells: Partial<Record<Field, Cell>> = { no, name: p.name, detail: p.detail, budget: p.budget, location: p.location, unit: p.unit };
  if (layout === "template" || layout === "period") {
    cells.strategy = `ยุทธศาสตร์ที่ ${p.strategy}`;
    cells.plan = p.plan;
  }
  if (layout === "template") {
    cells.kind = "โครงการ";
    cells.source = "ข้อบัญญัติงบประมาณรายจ่ายประจำปี";
  }
  if (layout === "startEnd") cells.plan = p.plan;
  if (layout === "period") cells.period = periodText(p.months);
  if (layout === "startEnd") {
    cells.start = monthText(p.months[0], true);
    cells.end = monthText(p.months[p.months.length - 1], true);
  }
  return { kind: "project", id, cells: { ...cells, ...overrides }, months: MONTH_LAYOUTS.has(layout) ? p.months : undefined };
}

function monthText(index: number, withYear: boolean): string {
  const year = (index < 3 ? FY - 1 : FY) % 100;
  return withYear ? `${MONTH_NAMES[index]} ${year}` : MONTH_NAMES[index];
}

function periodText(months: readonly number[]): string {
  if (months.length === 12) return "ตลอดปีงบประมาณ";
  const a = months[0];
  const b = months[months.length - 1];
  return a === b ? monthText(a, true) : `${monthText(a, true)} - ${monthText(b, true)}`;
}

export const PD02_PREAMBLE = (fy = FY): (string | null)[] => [
  "แบบ ผด.02",
  "บัญชีโครงการ/กิจกรรม/งบประมาณ",
  `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}`,
  "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น",
  null,
];

/** Strategy and แผนงาน headings with ที่ restarting in every block, as ผด.02 prints them. */
export function pd02Lines(): Line[] {
  const lines: Line[] = [];
  const ids = Object.keys(PROJECTS) as ProjectId[];
  let lastStrategy = 0;
  ids.forEach((id, i) => {
    const p = PROJECTS[id];
    if (p.strategy !== lastStrategy) {
      lines.push({ kind: "heading", id: `s${p.strategy}`, text: `${p.strategy}. ${STRATEGY_NAMES[p.strategy - 1]}` });
      lastStrategy = p.strategy;
    }
    const sub = ids.slice(0, i + 1).filter((x) => PROJECTS[x].strategy === p.strategy).length;
    lines.push({ kind: "heading", id: `p-${id}`, text: `${p.strategy}.${sub} ${p.plan}` });
    lines.push(projectLine(id, "pd02", 1));
  });
  return lines;
}

export function templateLines(layout: Layout = "template"): Line[] {
  return (Object.keys(PROJECTS) as ProjectId[]).map((id, i) => projectLine(id, layout, i + 1));
}

export function projectSheet(layout: Layout, name?: string): ProjectSheet {
  const defaults: Record<Layout, string> = { template: "โครงการ", pd02: "ผด.02", pd021: "ผด.02-1", period: "โครงการ", startEnd: "โครงการ" };
  const preamble =
    layout === "template"
      ? [`แบบกรอกโครงการ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${FY}`, "กรอกหนึ่งโครงการต่อหนึ่งแถว"]
      : layout === "pd02"
        ? PD02_PREAMBLE()
        : [`รายการโครงการ ประจำปีงบประมาณ พ.ศ. ${FY}`];
  const lines = layout === "pd02" ? pd02Lines() : layout === "pd021" ? [] : templateLines(layout);
  return { name: name ?? defaults[layout], layout, preamble, headerYears: [FY - 1, FY], lines, marks: layout === "template" ? "mark" : "fill" };
}

/** A complete, valid plan: ตั้งค่า, ยุทธศาสตร์, วันหยุด and one project sheet. Zero findings. */
export function baseline(layout: Layout = "pd02"): PlanBook {
  return {
    settings: baselineSettings(),
    strategies: baselineStrategies(),
    holidays: [
      [utcDate(2024, 10, 14), "วันหยุดชดเชยวันคล้ายวันสวรรคต ร.9"],
      [utcDate(2024, 10, 23), "วันปิยมหาราช"],
    ],
    sheets: [projectSheet(layout)],
  };
}

/** The sheet of a book by name (the first project sheet when no name is given). */
export function sheetOf(book: PlanBook, name?: string): ProjectSheet {
  const s = name === undefined ? book.sheets[0] : book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function indexOfLine(sheet: ProjectSheet, id: string): number {
  const i = sheet.lines.findIndex((l) => "id" in l && l.id === id);
  if (i < 0) throw new Error(`no line ${id} on ${sheet.name}`);
  return i;
}

/** Changes some cells (and optionally the month marks) of a project line. */
export function patch(sheet: ProjectSheet, id: string, cells: Partial<Record<Field, Cell>>, months?: readonly number[]): void {
  const i = indexOfLine(sheet, id);
  const line = sheet.lines[i];
  if (line.kind !== "project") throw new Error(`${id} is not a project line`);
  sheet.lines[i] = { ...line, cells: { ...line.cells, ...cells }, ...(months ? { months } : {}) };
}

export function insertAfter(sheet: ProjectSheet, id: string, ...lines: Line[]): void {
  sheet.lines.splice(indexOfLine(sheet, id) + 1, 0, ...lines);
}

export function removeLine(sheet: ProjectSheet, id: string): void {
  sheet.lines.splice(indexOfLine(sheet, id), 1);
}

// ---------------------------------------------------------------------------------------------

/** Where the lines of a built project sheet landed. */
export interface SheetPlacement {
  readonly columns: ReadonlyMap<Field, number>;
  /** First month column (ต.ค.), 0-based; -1 when months are not columns. */
  readonly monthCol0: number;
  /** Excel row number (1-based) of each line with an id. */
  readonly rows: ReadonlyMap<string, number>;
  /** Excel row of the header's first row and of the first line below the header. */
  readonly headerRow: number;
  readonly firstLineRow: number;
}

export class Built {
  constructor(
    readonly wb: ExcelJS.Workbook,
    readonly placements: ReadonlyMap<string, SheetPlacement>,
  ) {}

  ws(sheet: string): ExcelJS.Worksheet {
    const ws = this.wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    return ws;
  }

  row(sheet: string, id: string): number {
    const r = this.placements.get(sheet)?.rows.get(id);
    if (r === undefined) throw new Error(`no line ${id} on ${sheet}`);
    return r;
  }

  /** A1 address of a line's field ("months" is the ต.ค. column), e.g. addr("ผด.02", "road", "budget") → "D10". */
  addr(sheet: string, id: string, field: Field | "months" | "A"): string {
    const pl = this.placements.get(sheet)!;
    const col = field === "months" ? pl.monthCol0 : field === "A" ? 0 : pl.columns.get(field);
    if (col === undefined || col < 0) throw new Error(`no column ${field} on ${sheet}`);
    return cellAddress(this.row(sheet, id) - 1, col);
  }

  /** 0-based column of a field on a sheet. */
  col(sheet: string, field: Field): number {
    const c = this.placements.get(sheet)!.columns.get(field);
    if (c === undefined) throw new Error(`no column ${field} on ${sheet}`);
    return c;
  }

  set(sheet: string, address: string, value: Cell): this {
    this.ws(sheet).getCell(address).value = value;
    return this;
  }

  /** A formula whose last computed value (what Excel saved) is an error or any other result. */
  formula(sheet: string, address: string, formula: string, result: string | number): this {
    const r = typeof result === "string" && result.startsWith("#") ? ({ error: result } as ExcelJS.CellErrorValue) : result;
    this.ws(sheet).getCell(address).value = { formula, result: r } as ExcelJS.CellFormulaValue;
    return this;
  }

  merge(sheet: string, range: string): this {
    this.ws(sheet).mergeCells(range);
    return this;
  }

  /** Shades every cell of a range, as offices mark months. */
  fill(sheet: string, range: string, argb = MARK_FILL): this {
    const r = parseAddress(range);
    const ws = this.ws(sheet);
    for (let row = r.row; row < r.row + r.rows; row++)
      for (let col = r.col; col < r.col + r.cols; col++) ws.getCell(row + 1, col + 1).fill = solid(argb);
    return this;
  }

  async buffer(): Promise<Buffer> {
    return Buffer.from(await this.wb.xlsx.writeBuffer());
  }

  async writeFile(path: string): Promise<void> {
    await this.wb.xlsx.writeFile(path);
  }
}

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

const FONT: Partial<ExcelJS.Font> = { name: "TH SarabunPSK", size: 16 };

export function build(book: PlanBook): Built {
  const wb = new ExcelJS.Workbook();
  // Fixed so that two builds of one description are byte-for-byte the same file.
  wb.created = wb.modified = utcDate(2024, 10, 1);
  wb.creator = "corpus";
  const placements = new Map<string, SheetPlacement>();
  if (book.settings) buildSettings(wb.addWorksheet(SETTINGS_SHEET), book.settings);
  if (book.strategies) buildStrategies(wb.addWorksheet(STRATEGY_SHEET), book.strategies);
  if (book.holidays) {
    const ws = wb.addWorksheet("วันหยุด");
    ws.addRow(["วันที่", "ชื่อวันหยุด", "ประเภท"]);
    for (const [d, name] of book.holidays) {
      const row = ws.addRow([d, name, "เพิ่มเอง"]);
      row.getCell(1).numFmt = "[$-107041E]d mmmm yyyy";
    }
  }
  for (const s of book.sheets) placements.set(s.name, buildProjectSheet(wb.addWorksheet(s.name), s));
  return new Built(wb, placements);
}

function buildSettings(ws: ExcelJS.Worksheet, rows: readonly [string, Cell, string?][]): void {
  ws.addRow(["ตั้งค่าแผนการดำเนินงาน"]);
  ws.mergeCells("A1:C1");
  ws.addRow(["รายการ", "ค่า", "คำอธิบาย"]);
  for (const [label, value, help] of rows) {
    const row = ws.addRow([label, value, help ?? null]);
    if (value instanceof Date) row.getCell(2).numFmt = "[$-107041E]d mmmm yyyy";
  }
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 50;
}

function buildStrategies(ws: ExcelJS.Worksheet, rows: readonly StrategyRow[]): void {
  ws.addRow(["ยุทธศาสตร์การพัฒนา แนวทางการพัฒนา และแผนงาน"]);
  ws.mergeCells("A1:D1");
  ws.addRow(["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"]);
  for (const r of rows) ws.addRow([r.strategy, r.approach, r.plan, null]);
}

function buildProjectSheet(ws: ExcelJS.Worksheet, s: ProjectSheet): SheetPlacement {
  const fields = HEADERS[s.layout];
  const hasMonths = MONTH_LAYOUTS.has(s.layout);
  const nCols = fields.length + (hasMonths ? 12 : 0);
  const last = nCols - 1;
  const columns = new Map<Field, number>();
  fields.forEach(([f], i) => columns.set(f, i));
  const monthCol0 = hasMonths ? fields.length : -1;

  let r = 1;
  for (const line of s.preamble) {
    if (line !== null) {
      const isLabel = /^แบบ /.test(line);
      const at = isLabel ? last + 1 : 1;
      const cell = ws.getCell(r, at);
      cell.value = line;
      cell.font = { ...FONT, bold: true };
      if (!isLabel && last > 0) ws.mergeCells(r, 1, r, last + 1);
    }
    r++;
  }
  const headerRow = r;
  const headerRows = hasMonths ? 2 : 1;
  fields.forEach(([, label], i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = label;
    c.font = { ...FONT, bold: true };
    c.border = thin;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (headerRows === 2) ws.mergeCells(headerRow, i + 1, headerRow + 1, i + 1);
  });
  if (hasMonths) {
    ws.getCell(headerRow, monthCol0 + 1).value = `พ.ศ. ${s.headerYears[0]}`;
    ws.mergeCells(headerRow, monthCol0 + 1, headerRow, monthCol0 + 3);
    ws.getCell(headerRow, monthCol0 + 4).value = `พ.ศ. ${s.headerYears[1]}`;
    ws.mergeCells(headerRow, monthCol0 + 4, headerRow, monthCol0 + 12);
    MONTH_NAMES.forEach((m, i) => {
      const c = ws.getCell(headerRow + 1, monthCol0 + 1 + i);
      c.value = m;
      c.border = thin;
    });
  }
  r = headerRow + headerRows;
  const firstLineRow = r;
  const rows = new Map<string, number>();
  const budgetCol = columns.get("budget");
  const nameCol = columns.get("name") ?? 1;
  for (const line of s.lines) {
    if ("id" in line && line.id) rows.set(line.id, r);
    const row = ws.getRow(r);
    switch (line.kind) {
      case "project": {
        for (const [f, v] of Object.entries(line.cells) as [Field, Cell][]) {
          const c = columns.get(f);
          if (c === undefined || v === undefined) continue;
          row.getCell(c + 1).value = v;
        }
        if (budgetCol !== undefined) row.getCell(budgetCol + 1).numFmt = "#,##0.00";
        const marks = line.marks ?? s.marks;
        for (const m of line.months ?? []) {
          const cell = row.getCell(monthCol0 + 1 + m);
          if (marks === "fill") cell.fill = solid(MARK_FILL);
          else cell.value = "✓";
        }
        break;
      }
      case "heading":
        row.getCell(1).value = line.text;
        row.getCell(1).font = { ...FONT, bold: true };
        if (line.merged !== false && budgetCol) ws.mergeCells(r, 1, r, budgetCol);
        break;
      case "total":
        row.getCell(nameCol + 1).value = line.label ?? "รวม";
        if (budgetCol !== undefined) {
          row.getCell(budgetCol + 1).value = line.budget;
          row.getCell(budgetCol + 1).numFmt = "#,##0.00";
        }
        break;
      case "text":
        row.getCell(1).value = line.text;
        break;
      case "blank":
        break;
    }
    r++;
  }
  ws.getColumn(nameCol + 1).width = 40;
  return { columns, monthCol0, rows, headerRow, firstLineRow };
}

/**
 * A ผ.02 sheet of the five-year plan: งบประมาณ merged over one column per plan year (2566–2570).
 */
export function addFiveYearSheet(built: Built, name = "ผ.02"): void {
  const ws = built.wb.addWorksheet(name);
  ws.getCell("A1").value = "รายละเอียดโครงการพัฒนา แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)";
  ws.mergeCells("A1:N1");
  const heads = ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย (ผลผลิตของโครงการ)"];
  heads.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  ws.getCell(3, 5).value = "งบประมาณ";
  ws.mergeCells(3, 5, 3, 9);
  [2566, 2567, 2568, 2569, 2570].forEach((y, i) => (ws.getCell(4, 5 + i).value = `${y} (บาท)`));
  ["ตัวชี้วัด (KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก"].forEach((h, i) => (ws.getCell(3, 10 + i).value = h));
  for (const c of [1, 2, 3, 4, 10, 11, 12]) ws.mergeCells(3, c, 4, c);
  ws.addRow([1, "โครงการก่อสร้างถนนลูกรัง หมู่ที่ 7", "เพื่อการสัญจร", "ยาว 500 เมตร", 200000, 200000, 0, 0, 0, "ร้อยละ 80", "การสัญจรสะดวก", "กองช่าง"]);
  ws.addRow([2, "โครงการซ่อมแซมฝายน้ำล้น หมู่ที่ 8", "เพื่อกักเก็บน้ำ", "1 แห่ง", 0, 150000, 150000, 0, 0, "ร้อยละ 70", "มีน้ำใช้", "กองช่าง"]);
}

// ---------------------------------------------------------------------------------------------

/**
 * Everything a check could change, sheet by sheet: names, order, state, every stored cell's
 * value (formulas with their cached result), number format, style, merges, column widths, row
 * heights and views. Empty cells the reader may have touched are left out: they hold nothing.
 */
export function snapshot(wb: ExcelJS.Workbook): string {
  const h = createHash("sha256");
  h.update(JSON.stringify({ views: wb.views, names: wb.worksheets.map((w) => [w.name, w.state, w.id]) }));
  for (const ws of wb.worksheets) {
    h.update(`\u0000${ws.name}\u0000`);
    h.update(JSON.stringify({ views: ws.views, merges: Object.keys((ws as unknown as { _merges: object })._merges).sort() }));
    h.update(JSON.stringify(ws.columns?.map((c) => [c.width, c.hidden]) ?? []));
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Null && !cell.fill && !cell.numFmt) return;
        cells.push(`${cell.address}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ""}|${JSON.stringify(cell.style)}`);
      });
      if (cells.length || row.height !== undefined) h.update(`\u0001${r}:${row.height ?? ""}\u0002${cells.join("\u0002")}`);
    });
  }
  return h.digest("hex");
}
