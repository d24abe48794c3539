/**
 * The ประกาศ sheet (../shared/domain.md §5): the announcement of the plan, A4 portrait in
 * TH SarabunPSK 16, ready to print and sign; below it (not printed) the timetable of the legal
 * dates with their basis and state, and what is wrong with them.
 *
 * Long dates in words come from thaiLongDate (the platform's Buddhist calendar), never from a
 * month table of our own; the timetable's dates are real date cells shown in the Buddhist era.
 */
import type { LocalGovernmentType } from "../domain/catalog";
import type { DateState, DeadlineFinding, Deadlines } from "../domain/deadlines";
import type { IsoDate } from "../core/localDate";
import type { Edition } from "../domain/planModel";
import { thaiLongDate, toThaiDigits } from "../domain/thaiCalendar";
import { REGULATION_AS_AMENDED } from "../domain/book/bookText";
import { linesFor, rowHeightFor } from "./forms/common";
import { rect, type Rect } from "../core/rect";
import type { CellValue } from "../core/cellValue";
import type { RangeFormat, SheetSpec } from "../core/sheetSpec";
import { DATE_FORMAT_BE, DATE_FORMAT_BE_THAI_DIGITS } from "../core/numberFormats";
import { ANNOUNCEMENT_SHEET } from "../core/sheetNames";
import { THAI_FONT, THAI_FONT_SIZE } from "./styles";
import { centredLogo } from "./book/cover";
import type { BookLogo } from "./book/types";

/** Columns of the text block: together about 16 cm on A4 portrait. */
const WIDTHS = [26, 20, 24, 18];
const COLS = WIDTHS.length;
const TEXT_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
/** The emblem's row, in points: a ครุฑ of about 2 cm with air above and below. */
const LOGO_ROW = 78;
/** Row 1's cell left free for OpPlan's marker: outside the print area, hidden. */
export const ANNOUNCEMENT_MARKER_COLUMN = COLS;

/** Cited as the book's ส่วนที่ 1 cites it: amended up to ฉบับที่ 3 พ.ศ. 2561 (domain.md §1). */
export const REGULATION = REGULATION_AS_AMENDED;

export interface AnnouncementInput {
  readonly fiscalYear: number;
  readonly edition: Edition;
  /** องค์การบริหารส่วนตำบลบ้านใหม่ ("" when the settings do not say) */
  readonly orgFullName: string;
  /** The name alone (บ้านใหม่), for the executive's position */
  readonly orgName: string;
  readonly orgType: LocalGovernmentType | null;
  /** One of TRIGGER_KINDS, or what was typed ("" → the annual budget) */
  readonly triggerKind: string;
  readonly signerName: string;
  /** From ตั้งค่า; "" → the executive of the type of อปท. An acting line: "ปลัด… ปฏิบัติหน้าที่นายก…" */
  readonly signerPosition: string;
  readonly thaiDigits: boolean;
  readonly deadlines: Deadlines;
  /** For the states of the timetable ("to do" or "late") */
  readonly today: IsoDate;
  /** Background dates, when known: council approval, the governor's (นายอำเภอ) approval, the committee's meeting. */
  readonly councilDate?: IsoDate | null;
  readonly governorDate?: IsoDate | null;
  readonly committeeDate?: IsoDate | null;
  readonly fontName?: string;
  readonly fontSize?: number;
  /** The emblem above the title (the ครุฑ or the อปท.'s seal); without one, its row stays empty to paste one in. */
  readonly logo?: BookLogo | null;
}

/** The signer's position: the setting as typed, else the executive of this type of อปท. */
export function signerPosition(input: Pick<AnnouncementInput, "signerPosition" | "orgType" | "orgName" | "orgFullName">): string {
  const typed = input.signerPosition.trim();
  if (typed) return typed;
  const t = input.orgType;
  if (!t) return input.orgFullName ? `ผู้บริหาร${input.orgFullName}` : "นายก…";
  if (!t.fullPrefix) return t.executive; // เมืองพัทยา: นายกเมืองพัทยา
  const name = input.orgName.startsWith(t.fullPrefix) ? input.orgName.slice(t.fullPrefix.length) : input.orgName;
  return `${t.executive}${name}`;
}

/** The position as printed: an acting line goes on two lines, "ปลัด…" over "ปฏิบัติหน้าที่นายก…". */
export function positionLines(position: string): string[] {
  const m = /^(.+?)\s*((?:ปฏิบัติหน้าที่|รักษาราชการแทน|รักษาการแทน|ปฏิบัติราชการแทน).+)$/.exec(position);
  return m ? [m[1].trim(), m[2].trim()] : [position];
}

/** "ประกาศ ณ วันที่ 15 เดือน ตุลาคม พ.ศ. 2568" from the platform's long date; blanks to fill by hand without one. */
export function dateLine(announced: IsoDate | null, thaiDigits: boolean): string {
  if (!announced) return "ประกาศ ณ วันที่ ...... เดือน ......................... พ.ศ. ..........";
  const parts = thaiLongDate(announced, thaiDigits).split(/\s+/);
  if (parts.length !== 3) return `ประกาศ ณ วันที่ ${thaiLongDate(announced, thaiDigits)}`;
  const [day, month, year] = parts;
  return `ประกาศ ณ วันที่ ${day} เดือน ${month} พ.ศ. ${year}`;
}

export const STATE_TEXT: Record<DateState, string> = {
  "on-time": "ทันกำหนด",
  late: "เกินกำหนด",
  "to-do": "ต้องดำเนินการ",
  unknown: "ยังไม่ทราบ",
};

/** What the budget's trigger is called in the background paragraph. */
function triggerPhrase(kind: string, ordinance: string, fy: string): string {
  if (/เพิ่มเติม/.test(kind)) return `ได้ประกาศใช้${ordinance}งบประมาณรายจ่ายเพิ่มเติม ประจำปีงบประมาณ พ.ศ. ${fy}`;
  if (/สะสม/.test(kind)) return "ได้รับอนุมัติให้จ่ายขาดเงินสะสม";
  if (/หน่วยงานอื่น|แจ้ง/.test(kind)) return "ได้รับแจ้งแผนงาน/โครงการของหน่วยงานอื่นที่ดำเนินการในพื้นที่";
  return `ได้ประกาศใช้${ordinance}งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy}`;
}

export interface TimetableRow {
  readonly key: "trigger" | "dueBy" | "announced" | "postBy" | "postedFrom" | "postedThrough" | "takeDownFrom";
  readonly label: string;
  readonly date: IsoDate | null;
  /** Shown instead of a date when there is none: the latest lawful date, or what is missing. */
  readonly instead: string;
  readonly basis: string;
  readonly state: string;
}

/** The seven dates of the timetable, with their legal basis and state in Thai. */
export function timetable(input: Pick<AnnouncementInput, "deadlines" | "today" | "triggerKind" | "thaiDigits">): TimetableRow[] {
  const d = input.deadlines;
  const long = (x: IsoDate) => thaiLongDate(x, input.thaiDigits);
  const findingOn = (which: DeadlineFinding["date"], code: DeadlineFinding["code"]) => d.findings.some((f) => f.date === which && f.code === code);
  const deadlineState = (which: "dueBy" | "postBy", date: IsoDate | null, unrolled: IsoDate | null) => {
    if (!date) return STATE_TEXT.unknown;
    if (unrolled && unrolled !== date) return `เลื่อนจาก ${long(unrolled)} (วันหยุด)`;
    if (findingOn(which, "DUE_ON_HOLIDAY")) return "ตรงกับวันหยุด";
    return "วันสุดท้าย";
  };
  const doneState = (state: DateState, by: IsoDate | null) => (state === "to-do" && by ? `ต้องดำเนินการภายใน ${long(by)}` : STATE_TEXT[state]);
  const trigger = input.triggerKind.trim() || "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี";
  return [
    {
      key: "trigger",
      label: "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ (หรือวันที่ของเหตุ)",
      date: d.trigger,
      instead: "กรอกในแผ่นงานตั้งค่า",
      basis: `เหตุตามข้อ 27: ${trigger}`,
      state: d.trigger ? "วันเริ่มนับ" : STATE_TEXT.unknown,
    },
    {
      key: "dueBy",
      label: "ครบกำหนดประกาศใช้แผน",
      date: d.dueBy,
      instead: "ยังไม่ทราบ",
      basis: "ข้อ 27: ภายใน 30 วันนับแต่วันประกาศใช้ (ไม่นับวันแรก)",
      state: deadlineState("dueBy", d.dueBy, d.dueByUnrolled),
    },
    {
      key: "announced",
      label: "วันที่ประกาศแผน",
      date: d.announced,
      instead: d.dueBy ? `ประกาศได้ไม่เกิน ${long(d.dueBy)}` : "ยังไม่ทราบ",
      basis: "ข้อ 26 (1), ข้อ 27: ผู้บริหารท้องถิ่นประกาศ",
      state: doneState(d.states.announced, d.dueBy),
    },
    {
      key: "postBy",
      label: "ครบกำหนดปิดประกาศ",
      date: d.postBy,
      instead: "ยังไม่ทราบ",
      basis: d.announced ? "ข้อ 26 (2): ภายใน 15 วันนับแต่วันประกาศ" : "ข้อ 26 (2): ภายใน 15 วันนับแต่วันประกาศ (นับจากวันครบกำหนดประกาศ)",
      state: deadlineState("postBy", d.postBy, d.postByUnrolled),
    },
    {
      key: "postedFrom",
      label: "วันที่ปิดประกาศ",
      date: d.postedFrom,
      instead: d.postBy ? `ปิดประกาศได้ไม่เกิน ${long(d.postBy)}` : "ยังไม่ทราบ",
      basis: "ข้อ 26 (2): ปิดประกาศให้ประชาชนทราบโดยเปิดเผย",
      state: doneState(d.states.posted, d.postBy),
    },
    {
      key: "postedThrough",
      label: "ปิดประกาศไว้อย่างน้อยถึง",
      date: d.postedThrough,
      instead: "ยังไม่ทราบ",
      basis: "ข้อ 26 (2): ไม่น้อยกว่า 30 วัน (ไม่นับวันแรก)",
      state: !d.postedThrough ? STATE_TEXT.unknown : input.today > d.postedThrough ? "ครบ 30 วันแล้ว" : "ยังต้องปิดไว้",
    },
    {
      key: "takeDownFrom",
      label: "ปลดประกาศได้ตั้งแต่",
      date: d.takeDownFrom,
      instead: "ยังไม่ทราบ",
      basis: "ข้อ 26 (2): หลังครบ 30 วัน",
      state: !d.takeDownFrom ? STATE_TEXT.unknown : input.today >= d.takeDownFrom ? "ปลดได้แล้ว" : "ยังปลดไม่ได้",
    },
  ];
}

/** The ประกาศ sheet: the announcement (printed) and the timetable of its dates below (not printed). */
export function buildAnnouncement(input: AnnouncementInput): SheetSpec {
  const fontName = input.fontName ?? THAI_FONT;
  const fontSize = input.fontSize ?? THAI_FONT_SIZE;
  const digits = (s: string) => (input.thaiDigits ? toThaiDigits(s) : s);
  const long = (x: IsoDate) => thaiLongDate(x, input.thaiDigits);
  const d = input.deadlines;
  const org = input.orgFullName || "(ระบุชื่อ อปท. ในแผ่นงานตั้งค่า)";
  const fy = String(input.fiscalYear);
  const edition = input.edition.suffix ? ` ${input.edition.suffix}` : "";
  const ordinance = input.orgType?.ordinance ?? "ข้อบัญญัติ";
  const indent = "\u00A0".repeat(12);

  const cells: CellValue[][] = [];
  const formats: RangeFormat[] = [];
  const merges: Rect[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const base = { fontName, fontSize, vAlign: "top" as const };

  /** One paragraph: a merged, wrapped cell across the text block, its height estimated. */
  const para = (text: string, style: Partial<RangeFormat["style"]> = {}, extraLines = 0) => {
    const row = cells.length;
    const value = digits(text);
    cells.push([value]);
    merges.push(rect(row, 0, 1, COLS));
    formats.push({ range: rect(row, 0, 1, COLS), style: { ...base, wrap: true, hAlign: "left", ...style } });
    rowHeights.push({ row, height: rowHeightFor(linesFor(value, TEXT_WIDTH, fontSize) + extraLines, fontSize) });
    return row;
  };
  const gap = (height: number) => {
    const row = cells.length;
    cells.push([]);
    rowHeights.push({ row, height });
  };

  // The emblem (ครุฑ) goes above the title: the chosen picture, else pasted or on letterhead.
  cells.push([]);
  rowHeights.push({ row: 0, height: LOGO_ROW });
  para(`ประกาศ${org}`, { bold: true, hAlign: "center", wrap: true });
  para(`เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}${edition}`, { bold: true, hAlign: "center" });
  para("-------------------------------------", { hAlign: "center" });

  const when = (x: IsoDate | null | undefined) => (x ? `เมื่อวันที่ ${long(x)}` : "เมื่อวันที่ ..............................");
  const background = [`${indent}ด้วย${org}${triggerPhrase(input.triggerKind, ordinance, fy)} ${when(d.trigger)}`];
  if (input.councilDate) background.push(`โดยได้รับความเห็นชอบจากสภาท้องถิ่น เมื่อวันที่ ${long(input.councilDate)}`);
  if (input.governorDate) background.push(`และได้รับอนุมัติจากนายอำเภอ/ผู้ว่าราชการจังหวัด เมื่อวันที่ ${long(input.governorDate)}`);
  if (input.committeeDate)
    background.push(`ทั้งนี้ คณะกรรมการพัฒนาท้องถิ่นได้พิจารณาร่างแผนการดำเนินงานแล้ว เมื่อวันที่ ${long(input.committeeDate)}`);
  background.push(
    `เพื่อให้การดำเนินงานตามแผนพัฒนาท้องถิ่นเป็นไปอย่างมีประสิทธิภาพ ${org}จึงได้จัดทำแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}${edition} ` +
      "เพื่อแสดงรายละเอียดแผนงาน/โครงการพัฒนาและกิจกรรมที่ดำเนินการจริงทั้งหมดในพื้นที่ในปีงบประมาณนั้น",
  );
  para(background.join(" "));
  para(
    `${indent}อาศัยอำนาจตามความในข้อ 26 และข้อ 27 แห่ง${REGULATION} ` +
      `จึงประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}${edition} ของ${org} รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้`,
  );
  const lastParagraph = para(`${indent}จึงประกาศมาเพื่อทราบโดยทั่วกัน`);
  gap(12);
  const signature = { hAlign: "center" as const, wrap: false };
  // The date line and the signature block sit in the right part of the page, as official notices do.
  const right = (text: string, height?: number) => {
    const row = cells.length;
    cells.push([null, text]);
    merges.push(rect(row, 1, 1, COLS - 1));
    formats.push({ range: rect(row, 1, 1, COLS - 1), style: { ...base, ...signature } });
    rowHeights.push({ row, height: height ?? rowHeightFor(1, fontSize) });
  };
  right(digits(dateLine(d.announced, input.thaiDigits)));
  gap(60); // the signature
  right(`(${input.signerName.trim() || "........................................................"})`);
  for (const line of positionLines(signerPosition(input))) right(digits(line));
  const printed = cells.length;

  // --- the timetable: for the officer, not printed -----------------------------------------
  gap(24);
  para(`กำหนดเวลาตามระเบียบ (ส่วนนี้ไม่พิมพ์) · คำนวณเมื่อ ${long(input.today)}`, { bold: true, fill: "#DDEBF7" });
  const head = cells.length;
  cells.push(["ขั้นตอน", "วันที่", "ตามระเบียบ", "สถานะ"]);
  formats.push({
    range: rect(head, 0, 1, COLS),
    style: { ...base, bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", fill: "#E7E6E6" },
  });
  rowHeights.push({ row: head, height: rowHeightFor(1, fontSize) });
  const rows = timetable(input);
  const first = cells.length;
  for (const r of rows) {
    const row = cells.length;
    const values: CellValue[] = [r.label, r.date ? { date: r.date } : digits(r.instead), digits(r.basis), digits(r.state)];
    cells.push(values);
    const lines = Math.max(...values.map((v, c) => (typeof v === "string" ? linesFor(v, WIDTHS[c], fontSize) : 1)));
    rowHeights.push({ row, height: rowHeightFor(lines, fontSize) });
  }
  formats.push({ range: rect(first, 0, rows.length, COLS), style: { ...base, wrap: true, border: "thin" } });
  formats.push({
    range: rect(first, 1, rows.length, 1),
    style: { numberFormat: input.thaiDigits ? DATE_FORMAT_BE_THAI_DIGITS : DATE_FORMAT_BE, hAlign: "center" },
  });
  rows.forEach((r, i) => {
    if (/เกินกำหนด/.test(r.state)) formats.push({ range: rect(first + i, 3, 1, 1), style: { bold: true, fontColor: "#C00000" } });
    else if (r.state === STATE_TEXT["on-time"]) formats.push({ range: rect(first + i, 3, 1, 1), style: { fontColor: "#006100" } });
  });

  if (d.findings.length) {
    gap(12);
    para("สิ่งที่ต้องตรวจ", { bold: true });
    for (const f of d.findings) para(`• ${f.message} → ${f.fix}`, { fontColor: f.severity === "error" ? "#C00000" : "#7F6000" });
  }

  return {
    name: ANNOUNCEMENT_SHEET,
    cells,
    formats,
    merges,
    columnWidths: [...WIDTHS, 4],
    defaultRowHeight: rowHeightFor(1, fontSize),
    rowHeights,
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToPagesWide: 1,
      margins: { left: 1.0, right: 0.75, top: 0.6, bottom: 0.6 },
      centerHorizontally: true,
    },
    printArea: rect(0, 0, printed, COLS),
    // Only the paragraphs: the gaps (the signature's space) keep their heights.
    autofitRows: { from: 1, to: lastParagraph },
    hiddenColumns: [ANNOUNCEMENT_MARKER_COLUMN],
    tabColor: "#7030A0",
    ...(input.logo ? { images: [centredLogo(input.logo, 0, LOGO_ROW - 20, WIDTHS)] } : {}),
  };
}
