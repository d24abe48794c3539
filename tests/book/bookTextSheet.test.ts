/**
 * ข้อความเล่มแผน read back: OpPlan's own sheet as written, and sheets as officers leave them
 * (blank rows, a section named once or merged down, headings repeated, a paragraph running into the
 * next cell, English names, mistakes), with a note naming the cell for each thing not taken.
 */
import type { RawValue } from "../../src/core/cellValue";
import type { Rect } from "../../src/core/rect";
import type { SheetData } from "../../src/core/sheetData";
import { defaultBookText, defaultSection } from "../../src/domain/book/bookText";
import { LOCAL_GOVERNMENT_TYPES } from "../../src/domain/catalog";
import { checkPlan } from "../../src/domain/check/checkPlan";
import { readBookText, sectionKeyOf } from "../../src/domain/read/bookTextSheet";
import { Grid } from "../../src/domain/read/grid";
import { readWorkbook } from "../../src/domain/read/readWorkbook";
import { buildBookTextSheet } from "../../src/reports/inputTemplate";

type Row = RawValue[];
const data = (name: string, rows: Row[], merges: Rect[] = []): SheetData => ({ name, originRow: 0, originCol: 0, values: rows, numberFormats: [], merges });
const grid = (rows: Row[], merges: Rect[] = []) => new Grid(data("ข้อความเล่มแผน", rows, merges));
const paragraphs = (r: ReturnType<typeof readBookText>, key: string) => r.text.sections.find((s) => s.key === key)!.paragraphs;
const heading = (r: ReturnType<typeof readBookText>, key: string) => r.text.sections.find((s) => s.key === key)!.heading;
const notesAt = (r: ReturnType<typeof readBookText>) => r.notes.map((n) => n.cell);

/** The template's sheet as a reader gets it back. */
const fromSpec = (spec: ReturnType<typeof buildBookTextSheet>): Row[] => spec.cells.map((r) => [...r].map((v) => (v === undefined ? null : (v as RawValue))));

describe("readBookText", () => {
  it("reads OpPlan's own sheet back as the text it was written from, with no notes", () => {
    for (const type of [null, LOCAL_GOVERNMENT_TYPES[1]]) {
      const written = defaultBookText(type);
      const r = readBookText(grid(fromSpec(buildBookTextSheet(written))));
      expect(r.notes).toEqual([]);
      expect(r.text).toEqual({ ...written, from: "sheet" });
    }
  });

  it("takes an officer's sheet with its mistakes, and says where each is", () => {
    const r = readBookText(
      grid([
        ["ข้อความในเล่มแผนของเรา"],
        [],
        ["  ส่วน ", "หัวข้อ", "ข้อความ", "หมายเหตุ"],
        ["คำนำ", "คำนำ", "แผนการดำเนินงานของ{ชื่ออปท}   ปี {ปีงบประมาณ}", "แก้แล้ว"],
        [null, null, "ย่อหน้าที่สอง", null],
        [],
        ["1. บทนำ", "1. บทนำ", "บทนำของเรา"],
        [null, "1. บทนำ", "ย่อหน้าต่อมา ปี ๒๕๖๙"],
        ["Objectives", "2. วัตถุประสงค์", "เพื่อให้ {นายอำเภอ} ทราบ"],
        ["ขั้นตอน", "3. ขั้นตอนของเรา", null],
        ["ภาคผนวก", "ภาคผนวก", "ข้อความนอกเรื่อง"],
        [null, null, "ยังเป็นภาคผนวก"],
        ["ประโยชน์", null, "ประโยชน์ข้อหนึ่ง\n\nประโยชน์ข้อสอง\nบรรทัดต่อ"],
        ["", "", "ประกาศ {ชื่อ อปท. ประจำปี"],
      ]),
    );
    expect(r.text.from).toBe("sheet");
    expect(heading(r, "foreword")).toBe("คำนำ");
    // The หมายเหตุ column is a column of its own, not the paragraph running on.
    expect(paragraphs(r, "foreword")).toEqual(["แผนการดำเนินงานของ{ชื่ออปท} ปี {ปีงบประมาณ}", "ย่อหน้าที่สอง"]);
    expect(heading(r, "introduction")).toBe("1. บทนำ");
    // The heading typed again on the next row is not a paragraph; Thai digits stay as typed.
    expect(paragraphs(r, "introduction")).toEqual(["บทนำของเรา", "ย่อหน้าต่อมา ปี ๒๕๖๙"]);
    expect(paragraphs(r, "objectives")).toEqual(["เพื่อให้ {นายอำเภอ} ทราบ"]);
    // A heading without paragraphs: the typed heading, OpPlan's paragraphs.
    expect(heading(r, "steps")).toBe("3. ขั้นตอนของเรา");
    expect(paragraphs(r, "steps")).toEqual(defaultSection("steps").paragraphs);
    // ภาคผนวก is no section: neither its rows nor the row after it went anywhere.
    expect(r.text.sections.flatMap((s) => s.paragraphs).join(" ")).not.toMatch(/ภาคผนวก|นอกเรื่อง/);
    expect(heading(r, "benefits")).toBe("6. ประโยชน์ของแผนการดำเนินงาน");
    expect(paragraphs(r, "benefits")).toEqual(["ประโยชน์ข้อหนึ่ง", "ประโยชน์ข้อสอง\nบรรทัดต่อ", "ประกาศ {ชื่อ อปท. ประจำปี"]);
    expect(paragraphs(r, "timeline")).toEqual(defaultSection("timeline").paragraphs);
    expect(paragraphs(r, "tools")).toEqual(defaultSection("tools").paragraphs);

    expect(r.notes.map((n) => [n.sheet, n.cell])).toEqual([
      ["ข้อความเล่มแผน", "C9"],
      ["ข้อความเล่มแผน", "A11"],
      ["ข้อความเล่มแผน", "C14"],
      ["ข้อความเล่มแผน", "A10"],
      ["ข้อความเล่มแผน", "A3"],
    ]);
    const [unknown, section, brace, empty, missing] = r.notes;
    expect(unknown.message).toContain("{นายอำเภอ}");
    expect(unknown.fix).toContain("{ชื่อ อปท.}");
    expect(section.message).toContain('ไม่รู้จักส่วน "ภาคผนวก"');
    expect(section.fix).toContain("คำนำ, บทนำ, วัตถุประสงค์, ขั้นตอนการจัดทำ, ระยะเวลา, เครื่องมือ, ประโยชน์");
    expect(brace.message).toContain("วงเล็บปีกกาไม่ครบคู่");
    expect(empty.message).toBe('ส่วน "ขั้นตอนการจัดทำ" ไม่มีข้อความ เล่มแผนจึงใช้ข้อความเริ่มต้นของ OpPlan ในส่วนนี้');
    expect(missing.message).toBe('แผ่นงานไม่มีส่วน "ระยะเวลา", "เครื่องมือ" เล่มแผนจึงใช้ข้อความเริ่มต้นของ OpPlan ในส่วนเหล่านี้');
  });

  it("joins a paragraph that runs on into the next cell, and reads merged cells once", () => {
    const r = readBookText(
      grid(
        [
          ["ส่วน", "หัวข้อ", "ข้อความ"],
          ["บทนำ", "บทนำ", "ครึ่งแรกของย่อหน้า", "ครึ่งหลังของย่อหน้า"],
          [null, null, "ย่อหน้าในเซลล์ผสาน", null],
          [null, null, "ย่อหน้าสุดท้าย"],
          ["คำนำ", "คำนำ", "คำนำของเรา"],
        ],
        // บทนำ merged down over its three rows; the second paragraph merged across C:D.
        [
          { row: 1, col: 0, rows: 3, cols: 1 },
          { row: 2, col: 2, rows: 1, cols: 2 },
        ],
      ),
    );
    expect(paragraphs(r, "introduction")).toEqual(["ครึ่งแรกของย่อหน้า ครึ่งหลังของย่อหน้า", "ย่อหน้าในเซลล์ผสาน", "ย่อหน้าสุดท้าย"]);
    expect(paragraphs(r, "foreword")).toEqual(["คำนำของเรา"]);
  });

  it("knows the sections by their Thai names with numbering, and by English names", () => {
    expect(
      ["คำนำ", "ส่วนที่ 1 บทนำ", "1. บทนำ", "๒. วัตถุประสงค์ของแผน", "3) ขั้นตอนการจัดทำแผน", "แผนภูมิ", "4.ระยะเวลา", "เครื่องมือ", "ประโยชน์ที่จะได้รับ"].map(sectionKeyOf),
    ).toEqual(["foreword", "introduction", "introduction", "objectives", "steps", "steps", "timeline", "tools", "benefits"]);
    expect(["Foreword", "Introduction", "Objectives", "Steps", "Timeline", "Tools", "Benefits"].map(sectionKeyOf)).toEqual([
      "foreword",
      "introduction",
      "objectives",
      "steps",
      "timeline",
      "tools",
      "benefits",
    ]);
    expect(["ภาคผนวก", "ส่วนที่ 1", "", "สรุป"].map(sectionKeyOf)).toEqual([null, null, null, null]);
  });

  it("starts a section from a heading naming it when the ส่วน column is left blank", () => {
    const r = readBookText(
      grid([
        ["Section", "Heading", "Text"],
        ["Introduction", "1. บทนำ", "บทนำ"],
        [null, "2. วัตถุประสงค์", "วัตถุประสงค์ข้อแรก"],
        [null, null, "วัตถุประสงค์ข้อสอง"],
      ]),
    );
    expect(paragraphs(r, "introduction")).toEqual(["บทนำ"]);
    expect(heading(r, "objectives")).toBe("2. วัตถุประสงค์");
    expect(paragraphs(r, "objectives")).toEqual(["วัตถุประสงค์ข้อแรก", "วัตถุประสงค์ข้อสอง"]);
  });

  it("says a paragraph above every section belongs nowhere", () => {
    const r = readBookText(grid([["ส่วน", "หัวข้อ", "ข้อความ"], [null, null, "ย่อหน้าลอย"], ["คำนำ", null, "คำนำ"]]));
    expect(notesAt(r)[0]).toBe("C2");
    expect(r.notes[0].message).toContain("ไม่ได้ระบุว่าอยู่ส่วนใด");
    expect(r.text.sections.flatMap((s) => s.paragraphs)).not.toContain("ย่อหน้าลอย");
  });

  it("without its header uses the defaults throughout and says so", () => {
    const r = readBookText(grid([["คำนำ", "ข้อความของเรา"]]));
    expect(r.text).toEqual(defaultBookText(null));
    expect(notesAt(r)).toEqual(["A1"]);
    expect(r.notes[0].message).toContain("ไม่มีแถวหัวตาราง ส่วน | หัวข้อ | ข้อความ");
  });
});

describe("readWorkbook and ข้อความเล่มแผน", () => {
  const projects = data("โครงการ", [
    ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"],
    ["ที่", "โครงการ", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบหลัก"],
    [1, "ก่อสร้างถนน", 100000, "กองช่าง"],
  ]);
  const text = (name: string, rows: Row[]) =>
    data(name, [["ข้อความเล่มแผน"], ["ส่วน", "หัวข้อ", "ข้อความ"], ...rows]);
  const words: Row[] = [
    ["คำนำ", "คำนำ", "องค์การบริหารส่วนตำบลบ้านเก่า จัดทำแผนตามระเบียบ พ.ศ. 2548 แก้ไขถึง พ.ศ. 2561 ประจำปีงบประมาณ พ.ศ. 2561"],
    ["บทนำ", "1. บทนำ", "โครงการ งบประมาณ (บาท) หน่วยงานรับผิดชอบหลัก {ผู้อำนวยการ}"],
  ];

  it("reads the text sheet as the book's text, never as projects, its years or names", () => {
    const r = readWorkbook([projects, text("ข้อความเล่มแผน", words)]);
    expect(r.projects.map((p) => p.name)).toEqual(["ก่อสร้างถนน"]);
    expect(r.skipped).toEqual([]);
    expect(r.fiscalYear).toBe(2569);
    expect(r.fiscalYearStated.map((s) => s.sheet)).not.toContain("ข้อความเล่มแผน");
    expect(r.orgTitle).toBeNull();
    expect(r.bookText?.from).toBe("sheet");
    expect(r.bookText?.sections[1].paragraphs).toEqual(["โครงการ งบประมาณ (บาท) หน่วยงานรับผิดชอบหลัก {ผู้อำนวยการ}"]);
    const notes = checkPlan(r).filter((f) => f.code === "BOOK_TEXT_NOTE");
    expect(notes.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["warning", "ข้อความเล่มแผน", "A2"],
      ["warning", "ข้อความเล่มแผน", "C4"],
    ]);
    expect(notes[1].message).toContain("{ผู้อำนวยการ}");
  });

  it("takes a copy under another name when the sheet is not there, and sets a second one aside", () => {
    const copy = text("ข้อความเล่มแผน (2)", words);
    const only = readWorkbook([projects, copy]);
    expect(only.skipped).toEqual([{ name: "ข้อความเล่มแผน (2)", reason: "book-text" }]);
    expect(only.bookText?.sections[0].paragraphs[0]).toContain("บ้านเก่า");
    expect(only.fiscalYearStated.map((s) => s.sheet)).not.toContain("ข้อความเล่มแผน (2)");
    expect(checkPlan(only).filter((f) => f.sheet === "ข้อความเล่มแผน (2)" && f.code !== "BOOK_TEXT_NOTE")).toEqual([]);

    const both = readWorkbook([projects, text("ข้อความเล่มแผน", [["คำนำ", "คำนำ", "ฉบับจริง"]]), copy]);
    expect(both.bookText?.sections[0].paragraphs).toEqual(["ฉบับจริง"]);
    expect(both.bookTextNotes.map((n) => [n.sheet, n.cell])).toContainEqual(["ข้อความเล่มแผน (2)", ""]);
    expect(both.bookTextNotes.find((n) => n.sheet === "ข้อความเล่มแผน (2)")!.message).toContain('ใช้ข้อความจากแผ่นงาน "ข้อความเล่มแผน" เท่านั้น');
  });

  it("without the sheet gives no text and no notes", () => {
    const r = readWorkbook([projects]);
    expect(r.bookText).toBeNull();
    expect(r.bookTextNotes).toEqual([]);
  });
});
