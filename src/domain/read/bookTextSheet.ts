/**
 * The sheet ข้อความเล่มแผน: the paragraphs of คำนำ and ส่วนที่ 1 as the officer edited them, one row
 * per paragraph under the header ส่วน | หัวข้อ | ข้อความ. Read as people leave such a sheet: blank
 * rows, a section named once and blank on its following rows (or merged down), the heading typed
 * on every row or once, a paragraph that runs on into the next cell, Thai or English section
 * names, numbering ("1. บทนำ", "ส่วนที่ 1 บทนำ"). What it cannot take as written is a note naming
 * the cell; a section left empty is printed from OpPlan's defaults, and its note says so.
 */
import { cellAddress } from "../../core/address";
import { PLACEHOLDERS, hasStrayBrace, unknownPlaceholders } from "../book/placeholders";
import { BOOK_SECTION_KEYS, BOOK_SECTION_LABEL, defaultBookText, type BookSection, type BookSectionKey, type BookText } from "../book/bookText";
import { normalizeText, typedText } from "../parse/text";
import type { Grid } from "./grid";

export interface BookTextNote {
  readonly sheet: string;
  /** A1 address of the cell to look at */
  readonly cell: string;
  /** Thai, for the officer */
  readonly message: string;
  readonly fix: string;
}

export interface BookTextReading {
  readonly text: BookText;
  readonly notes: readonly BookTextNote[];
}

type Column = "section" | "heading" | "text";

/** Header labels, compared without spaces. */
const HEADER_WORDS: Record<Column, readonly string[]> = {
  section: ["ส่วน", "ส่วนที่", "section", "part"],
  heading: ["หัวข้อ", "หัวเรื่อง", "heading", "title"],
  text: ["ข้อความ", "ย่อหน้า", "เนื้อหา", "text", "paragraph", "paragraphs"],
};

/** What a section is called, after its numbering: Thai as the template writes it, or English. */
const SECTION_WORDS: readonly (readonly [BookSectionKey, RegExp])[] = [
  ["foreword", /^(คำนำ|foreword|preface)/],
  ["introduction", /^(บทนำ|intro)/],
  ["objectives", /^(วัตถุประสงค์|objective)/],
  ["steps", /^(ขั้นตอน|แผนภูมิ|step|process)/],
  ["timeline", /^(ระยะเวลา|กำหนดเวลา|timeline|deadline|schedule)/],
  ["tools", /^(เครื่องมือ|แบบบัญชี|tool|form)/],
  ["benefits", /^(ประโยชน์|benefit)/],
];

/** How far down the header may sit: below a title and a note or two. */
const HEADER_SEARCH_ROWS = 15;

const squeeze = (s: string) => normalizeText(s).replace(/\s/g, "").toLowerCase();

/** The section a ส่วน or หัวข้อ cell names, or null. */
export function sectionKeyOf(text: string): BookSectionKey | null {
  const t = normalizeText(text)
    .toLowerCase()
    .replace(/^(ส่วนที่|part)\s*\d+\s*[.:]?\s*/, "")
    .replace(/^[\d.()\s:-]+/, "")
    .trim();
  if (!t) return null;
  for (const [key, re] of SECTION_WORDS) if (re.test(t)) return key;
  return null;
}

/** A paragraph as typed: spaces tidied line by line, the line breaks kept, Thai digits left alone. */
function paragraphText(raw: string): string {
  return raw
    .split(/\r?\n/)
    .map((line) => typedText(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

interface Layout {
  readonly headerRow: number;
  readonly cols: Partial<Record<Column, number>>;
}

/** The header row ส่วน | หัวข้อ | ข้อความ near the top, or null. */
export function bookTextHeader(grid: Grid): Layout | null {
  const last = Math.min(grid.rowCount, grid.data.originRow + HEADER_SEARCH_ROWS);
  for (let r = grid.data.originRow; r < last; r++) {
    const cols: Partial<Record<Column, number>> = {};
    for (let c = grid.data.originCol; c < Math.min(grid.colCount, grid.data.originCol + 10); c++) {
      const t = squeeze(grid.text(r, c));
      if (!t) continue;
      for (const col of ["section", "heading", "text"] as const) if (cols[col] === undefined && HEADER_WORDS[col].includes(t)) cols[col] = c;
    }
    if (cols.text !== undefined && (cols.section !== undefined || cols.heading !== undefined)) return { headerRow: r, cols };
  }
  return null;
}

interface Gathered {
  heading: string | null;
  paragraphs: string[];
  /** The first ส่วน (or หัวข้อ) cell that named it. */
  cell: string;
}

const labels = BOOK_SECTION_KEYS.map((k) => BOOK_SECTION_LABEL[k]).join(", ");
const knownPlaceholders = PLACEHOLDERS.map((p) => `{${p.name}}`).join(" ");

/** The sheet's paragraphs by section; what it leaves empty from the defaults. */
export function readBookText(grid: Grid): BookTextReading {
  const notes: BookTextNote[] = [];
  const note = (cell: string, message: string, fix: string) => notes.push({ sheet: grid.name, cell, message, fix });
  const fallback = defaultBookText(null);
  const layout = bookTextHeader(grid);
  if (!layout) {
    note(
      cellAddress(grid.data.originRow, grid.data.originCol),
      `แผ่นงาน "${grid.name}" ไม่มีแถวหัวตาราง ส่วน | หัวข้อ | ข้อความ จึงไม่ได้ใช้ข้อความในแผ่นงานนี้ เล่มแผนใช้ข้อความเริ่มต้นของ OpPlan ทั้งหมด`,
      'ใส่แถวหัวตาราง "ส่วน" "หัวข้อ" "ข้อความ" เหนือย่อหน้า แถวละหนึ่งย่อหน้า หรือลบแผ่นงานนี้แล้วสร้างแม่แบบใหม่',
    );
    return { text: fallback, notes };
  }
  const { headerRow, cols } = layout;
  const textCol = cols.text!;
  const gathered = new Map<BookSectionKey, Gathered>();
  let current: BookSectionKey | null = null;
  // A ส่วน cell OpPlan does not know stops the section above: its rows are not taken for it.
  let unknown = false;

  const checkWords = (cell: string, text: string) => {
    const names = unknownPlaceholders(text);
    if (names.length)
      note(
        cell,
        `ไม่รู้จัก ${names.map((n) => `{${n}}`).join(" ")} ในข้อความ จะพิมพ์ตามที่พิมพ์ไว้ในวงเล็บปีกกา`,
        `ใช้คำในวงเล็บปีกกาที่ OpPlan รู้จัก: ${knownPlaceholders} หรือพิมพ์ข้อความนั้นเองแทน`,
      );
    else if (hasStrayBrace(text))
      note(cell, "ข้อความมีวงเล็บปีกกาไม่ครบคู่ จะพิมพ์ตามที่พิมพ์ไว้", "ใส่ { และ } ให้ครบคู่รอบคำที่ต้องการให้แทนค่า หรือลบวงเล็บออก");
  };

  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const sectionCell = cols.section !== undefined ? typedText(grid.shownText(r, cols.section)) : "";
    const headingCell = cols.heading !== undefined ? typedText(grid.shownText(r, cols.heading)) : "";
    const parts: string[] = [];
    for (let c = textCol; c < grid.colCount; c++) {
      if (c === cols.section || c === cols.heading || grid.isMergedAway(r, c)) continue;
      // A column of its own (หมายเหตุ) is not the paragraph running on.
      if (c > textCol && grid.text(headerRow, c)) continue;
      const v = grid.raw(r, c);
      if (v === null) continue;
      const t = paragraphText(typeof v === "string" ? v : typedText(v));
      if (t) parts.push(t);
    }
    const body = parts.join(" ");
    if (!sectionCell && !headingCell && !body) continue;

    const named = sectionKeyOf(sectionCell) ?? (sectionCell ? sectionKeyOf(headingCell) : null);
    if (sectionCell && !named) {
      note(
        cellAddress(r, cols.section!),
        `ไม่รู้จักส่วน "${sectionCell}" ข้อความในแถวนี้${body ? "และแถวถัดไปของส่วนนี้" : ""}จึงไม่ได้ใช้ในเล่มแผน`,
        `พิมพ์ชื่อส่วนเป็นหนึ่งใน: ${labels}`,
      );
      current = null;
      unknown = true;
      continue;
    }
    // A heading naming another section on a row whose ส่วน is blank starts that section.
    const byHeading = !sectionCell && headingCell ? sectionKeyOf(headingCell) : null;
    const key: BookSectionKey | null = named ?? (byHeading && byHeading !== current ? byHeading : null) ?? current;
    if (named || (byHeading && byHeading !== current)) unknown = false;
    if (!key) {
      if (!unknown) {
        const at = body ? cellAddress(r, textCol) : cellAddress(r, cols.heading ?? textCol);
        note(at, "ย่อหน้านี้ไม่ได้ระบุว่าอยู่ส่วนใด จึงไม่ได้ใช้ในเล่มแผน", `พิมพ์ชื่อส่วนในคอลัมน์ ส่วน เป็นหนึ่งใน: ${labels}`);
      }
      continue;
    }
    current = key;
    let g = gathered.get(key);
    if (!g) {
      g = { heading: null, paragraphs: [], cell: cellAddress(r, cols.section ?? cols.heading ?? textCol) };
      gathered.set(key, g);
    }
    if (headingCell) {
      checkWords(cellAddress(r, cols.heading!), headingCell);
      if (g.heading === null) g.heading = headingCell;
      // A different heading further down is the officer's own line: printed, as a paragraph.
      else if (headingCell !== g.heading && !body) g.paragraphs.push(headingCell);
    }
    if (body) {
      checkWords(cellAddress(r, textCol), body);
      g.paragraphs.push(...body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
    }
  }

  const missing: BookSectionKey[] = [];
  const sections: BookSection[] = fallback.sections.map((d) => {
    const g = gathered.get(d.key);
    if (!g) {
      missing.push(d.key);
      return d;
    }
    if (!g.paragraphs.length) {
      note(
        g.cell,
        `ส่วน "${BOOK_SECTION_LABEL[d.key]}" ไม่มีข้อความ เล่มแผนจึงใช้ข้อความเริ่มต้นของ OpPlan ในส่วนนี้`,
        `พิมพ์ย่อหน้าของส่วนนี้ในคอลัมน์ ข้อความ แถวละหนึ่งย่อหน้า หรือถ้าข้อความเริ่มต้นใช้ได้ ไม่ต้องแก้`,
      );
      return { key: d.key, heading: g.heading ?? d.heading, paragraphs: d.paragraphs };
    }
    return { key: d.key, heading: g.heading ?? d.heading, paragraphs: g.paragraphs };
  });
  if (missing.length)
    note(
      cellAddress(headerRow, cols.section ?? cols.heading ?? textCol),
      `แผ่นงานไม่มีส่วน ${missing.map((k) => `"${BOOK_SECTION_LABEL[k]}"`).join(", ")} เล่มแผนจึงใช้ข้อความเริ่มต้นของ OpPlan ในส่วนเหล่านี้`,
      "ถ้าต้องการแก้ข้อความของส่วนเหล่านี้ ให้เพิ่มแถวของส่วนนั้น (หรือลบแผ่นงานนี้แล้วสร้างแม่แบบใหม่เพื่อได้ข้อความเริ่มต้นทุกส่วน) ถ้าข้อความเริ่มต้นใช้ได้ ไม่ต้องแก้",
    );
  return { text: { sections, from: gathered.size ? "sheet" : "default" }, notes };
}
