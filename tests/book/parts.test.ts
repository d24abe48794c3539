/**
 * The builders of the book's text parts: what each prints, in the words of the อปท.'s type, with
 * the officer's own text where they gave it, Thai digits when asked, and the layout the assembly
 * relies on (A4 portrait, the marker cell free and hidden, heights estimated, blocks kept together).
 */
import type { SheetSpec } from "../../src/core/sheetSpec";
import { defaultBookText, type BookText } from "../../src/domain/book/bookText";
import { LOCAL_GOVERNMENT_TYPES, type LocalGovernmentType } from "../../src/domain/catalog";
import { parseEdition } from "../../src/domain/edition";
import { BOOK_MARKER_COLUMN, buildContents, buildCover, buildForeword, buildIntro, type BookContext } from "../../src/reports/book";
import { centredLogo, columnPoints, LOGO_HEIGHT_PT } from "../../src/reports/book/cover";
import { flowSteps } from "../../src/reports/book/flowChart";
import { keepNumbersOn, WIDTHS } from "../../src/reports/book/layout";

const type = (label: string): LocalGovernmentType => LOCAL_GOVERNMENT_TYPES.find((t) => t.label === label)!;
const ctx = (over: Partial<BookContext> = {}): BookContext => ({
  fiscalYear: 2569,
  edition: parseEdition("ฉบับหลัก"),
  orgFullName: "องค์การบริหารส่วนตำบลบ้านใหม่",
  orgName: "บ้านใหม่",
  orgType: type("องค์การบริหารส่วนตำบล"),
  district: "เมือง",
  province: "ขอนแก่น",
  thaiDigits: false,
  text: defaultBookText(null),
  logo: null,
  dated: "2025-10-20",
  ...over,
});
const texts = (spec: SheetSpec) => spec.cells.flatMap((r) => r.filter((v): v is string => typeof v === "string"));
const column = (spec: SheetSpec, col: number) => spec.cells.map((r) => r[col] ?? null).filter((v): v is string => typeof v === "string");
const rowOf = (spec: SheetSpec, text: string | RegExp) =>
  spec.cells.findIndex((r) => r.some((v) => typeof v === "string" && (typeof text === "string" ? v === text : text.test(v))));
const styleAt = (spec: SheetSpec, row: number, col: number) =>
  Object.assign({}, ...(spec.formats ?? []).filter((f) => f.range.row <= row && row < f.range.row + f.range.rows && f.range.col <= col && col < f.range.col + f.range.cols).map((f) => f.style));

/** What every text part shares. */
function expectBookLayout(spec: SheetSpec) {
  expect(spec.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToPagesWide: 1 });
  expect(spec.cells[0]?.[BOOK_MARKER_COLUMN] ?? null).toBeNull();
  expect(spec.hiddenColumns).toEqual([BOOK_MARKER_COLUMN]);
  expect(spec.printArea).toEqual({ row: 0, col: 0, rows: spec.cells.length, cols: BOOK_MARKER_COLUMN });
  expect(spec.autofitRows).toBeUndefined();
  // Every row's height is OpPlan's estimate: no row left to the host's default.
  const heights = new Map((spec.rowHeights ?? []).map((r) => [r.row, r.height]));
  for (let r = 0; r < spec.cells.length; r++) {
    expect(heights.get(r)).toBeGreaterThan(0);
    // 16 pt Thai (15 in the chart) needs 24 pt a line or its vowels collide with the row above.
    if (spec.cells[r].some((v) => typeof v === "string" && v !== "▼")) expect(heights.get(r)).toBeGreaterThanOrEqual(22.5);
  }
  // Text only: a cell too narrow for a number prints ###, one for text never does.
  for (const row of spec.cells) for (const v of row) expect(v === null || v === undefined || typeof v === "string").toBe(true);
  for (const f of spec.formats ?? []) if (f.style.fontName) expect(["TH SarabunPSK", "Arial"]).toContain(f.style.fontName);
}

describe("ปก", () => {
  it("prints the plan, its year and edition, the อปท. and where it is, large, bold and centred", () => {
    const spec = buildCover(ctx({ edition: parseEdition("เพิ่มเติม ฉบับที่ 1") }));
    expectBookLayout(spec);
    expect(spec.name).toBe("ปก");
    expect(texts(spec)).toEqual([
      "แผนการดำเนินงาน",
      "ประจำปีงบประมาณ พ.ศ. 2569",
      "(เพิ่มเติม ฉบับที่ 1)",
      "องค์การบริหารส่วนตำบลบ้านใหม่",
      "อำเภอเมือง จังหวัดขอนแก่น",
    ]);
    const title = rowOf(spec, "แผนการดำเนินงาน");
    expect(styleAt(spec, title, 0)).toMatchObject({ bold: true, hAlign: "center", fontSize: 36 });
    expect(styleAt(spec, rowOf(spec, "องค์การบริหารส่วนตำบลบ้านใหม่"), 0)).toMatchObject({ bold: true, hAlign: "center" });
    expect(spec.images).toBeUndefined();
    expect(spec.print?.keepTogether).toEqual([{ from: 0, to: spec.cells.length - 1 }]);
  });

  it("puts the emblem on top, centred, its proportions kept", () => {
    const logo = { base64: "iVBORw0KGgo=", extension: "png" as const, widthPx: 300, heightPx: 400 };
    const spec = buildCover(ctx({ logo, thaiDigits: true }));
    expect(spec.images).toHaveLength(1);
    const im = spec.images![0];
    expect(im).toMatchObject({ base64: logo.base64, extension: "png", height: LOGO_HEIGHT_PT, width: 75 });
    // Above the title, and centred over the page's columns.
    expect(im.row).toBeLessThan(rowOf(spec, "แผนการดำเนินงาน"));
    const left = WIDTHS.slice(0, im.col).reduce((a, w) => a + columnPoints(w), 0) + im.offsetX!;
    const page = WIDTHS.reduce((a, w) => a + columnPoints(w), 0);
    expect(left + im.width / 2).toBeCloseTo(page / 2, 1);
    expect(im.offsetX!).toBeLessThan(columnPoints(WIDTHS[im.col]));
    expect(spec.rowHeights!.find((r) => r.row === im.row)!.height).toBeGreaterThanOrEqual(im.height + im.offsetY!);
    expect(texts(spec)).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
  });

  it("holds a wide emblem to the page's middle, shrinking its height with it", () => {
    const im = centredLogo({ base64: "x", extension: "jpeg", widthPx: 1000, heightPx: 100 }, 1);
    expect(im.width).toBe(220);
    expect(im.height).toBe(22);
  });
});

describe("คำนำ", () => {
  it("prints the paragraphs with the placeholders filled in and closes with the อปท. and the month of the announcement", () => {
    const spec = buildForeword(ctx());
    expectBookLayout(spec);
    const t = texts(spec);
    expect(t[0]).toBe("คำนำ");
    expect(t[1]).toMatch(/^\u00A0+แผนการดำเนินงาน ประจำปีงบประมาณ พ\.ศ\.\u00A02569 ขององค์การบริหารส่วนตำบลบ้านใหม่ จัดทำขึ้นตามระเบียบ/);
    expect(t[1]).toContain("ตามข้อบัญญัติงบประมาณรายจ่าย");
    expect(t.join(" ")).not.toMatch(/[{}]/);
    expect(t.slice(-2)).toEqual(["องค์การบริหารส่วนตำบลบ้านใหม่", "ตุลาคม 2568"]);
    const closing = rowOf(spec, "ตุลาคม 2568");
    expect(spec.cells[closing].findIndex((v) => v === "ตุลาคม 2568")).toBeGreaterThan(0);
    expect(styleAt(spec, closing, 3)).toMatchObject({ hAlign: "center" });
    expect(spec.print?.keepTogether).toContainEqual({ from: 0, to: rowOf(spec, /^\u00A0+แผนการดำเนินงาน/) });
  });

  it("in Thai digits, with the edition, and dots for the date when it is not known", () => {
    const spec = buildForeword(ctx({ thaiDigits: true, dated: null, edition: parseEdition("เพิ่มเติม ฉบับที่ 2") }));
    const t = texts(spec);
    expect(t[1]).toContain("พ.ศ.\u00A0๒๕๖๙ (เพิ่มเติม ฉบับที่\u00A0๒) ของ");
    expect(t.join(" ")).not.toMatch(/[0-9]/);
    expect(t[t.length - 1]).toBe("เดือน .................... พ.ศ. ...........");
    expect(texts(buildForeword(ctx({ thaiDigits: true })))).toContain("ตุลาคม ๒๕๖๘");
  });

  it("prints what the officer wrote", () => {
    const text: BookText = {
      from: "sheet",
      sections: defaultBookText(null).sections.map((s) => (s.key === "foreword" ? { ...s, heading: "คำนำ (ฉบับแก้)", paragraphs: ["ย่อหน้าของเรา {ชื่อ อปท.}", "ถึง {นายอำเภอ}"] } : s)),
    };
    const t = texts(buildForeword(ctx({ text })));
    expect(t.slice(0, 3)).toEqual(["คำนำ (ฉบับแก้)", "\u00A0".repeat(10) + "ย่อหน้าของเรา องค์การบริหารส่วนตำบลบ้านใหม่", "\u00A0".repeat(10) + "ถึง {นายอำเภอ}"]);
  });
});

describe("สารบัญ", () => {
  const entries = [
    { title: "ส่วนที่ 1 บทนำ", page: "1", level: 0 as const },
    { title: "ส่วนที่ 2 บัญชีโครงการ/กิจกรรม/งบประมาณ", page: "", level: 0 as const },
    { title: "บัญชีสรุปจำนวนโครงการและงบประมาณ (แบบ ผด.01)", page: "5", level: 1 as const },
    { title: "บัญชีโครงการ/กิจกรรม/งบประมาณ (แบบ ผด.02)", page: "6", level: 1 as const },
  ];

  it("lists the entries under เรื่อง | หน้า, a form indented, its page right-aligned", () => {
    const spec = buildContents(ctx(), entries);
    expectBookLayout(spec);
    expect(texts(spec)[0]).toBe("สารบัญ");
    const head = rowOf(spec, "เรื่อง");
    const pageCol = BOOK_MARKER_COLUMN - 1;
    expect(spec.cells[head][pageCol]).toBe("หน้า");
    expect(spec.cells.slice(head + 1).map((r) => [r.findIndex((v) => typeof v === "string" && v !== r[pageCol]), r[pageCol]])).toEqual([
      [0, "1"],
      [0, ""],
      [1, "5"],
      [1, "6"],
    ]);
    for (let r = head; r < spec.cells.length; r++) expect(styleAt(spec, r, pageCol)).toMatchObject({ hAlign: "right" });
    expect(styleAt(spec, head + 1, 0)).toMatchObject({ bold: true });
    expect(styleAt(spec, head + 3, 1).bold).toBeUndefined();
  });

  it("prints its titles in Thai digits when asked, the labels as the footers print them", () => {
    const spec = buildContents(ctx({ thaiDigits: true }), [
      { title: "บัญชีโครงการ/กิจกรรม/งบประมาณ (แบบ ผด.02)", page: "๑๒", level: 1 },
    ]);
    expect(texts(spec)).toContain("บัญชีโครงการ/กิจกรรม/งบประมาณ (แบบ ผด.๐๒)");
    expect(texts(spec)).toContain("๑๒");
  });
});

describe("ส่วนที่ 1 บทนำ", () => {
  const headings = (spec: SheetSpec) => column(spec, 0).filter((v) => /^\d\. /.test(v));

  it("prints its sections in order with the words of an อบต., and the chart after the steps", () => {
    const spec = buildIntro(ctx());
    expectBookLayout(spec);
    const t = texts(spec);
    expect(t.slice(0, 2)).toEqual(["ส่วนที่ 1", "บทนำ"]);
    expect(headings(spec)).toEqual([
      "1. บทนำ",
      "2. วัตถุประสงค์ของแผนการดำเนินงาน",
      "3. ขั้นตอนการจัดทำแผนการดำเนินงาน",
      "4. ระยะเวลาในการจัดทำแผนการดำเนินงาน",
      "5. เครื่องมือของแผนการดำเนินงาน",
      "6. ประโยชน์ของแผนการดำเนินงาน",
    ]);
    const all = t.join("\n");
    expect(all).not.toMatch(/[{}]/);
    expect(all).toContain("3.2 คณะกรรมการพัฒนาท้องถิ่นพิจารณาร่างแผนการดำเนินงาน แล้วเสนอนายกองค์การบริหารส่วนตำบล");
    expect(all).toContain("ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
    expect(all).toContain("ข้อ\u00A027 กำหนดให้จัดทำแผนการดำเนินงานให้แล้วเสร็จภายใน 30 วัน");
    const chart = rowOf(spec, "แผนภูมิขั้นตอนการจัดทำแผนการดำเนินงาน");
    expect(chart).toBeGreaterThan(rowOf(spec, "3. ขั้นตอนการจัดทำแผนการดำเนินงาน"));
    expect(chart).toBeLessThan(rowOf(spec, "4. ระยะเวลาในการจัดทำแผนการดำเนินงาน"));
    expect(spec.print?.centerFooter).toBe("หน้า &P");
  });

  it("draws the chart in cells: boxes with outlines, an arrow between each two, who does each beside it", () => {
    const spec = buildIntro(ctx());
    const boxes = spec.cells.map((r, i) => [i, r[3]] as const).filter(([, v]) => typeof v === "string" && v !== "ขั้นตอน" && v !== "▼");
    expect(boxes.map(([, v]) => v)).toEqual([
      "รวบรวมโครงการ/กิจกรรม\nของ อปท. และหน่วยงานอื่น",
      "จัดทำร่างแผนการดำเนินงาน",
      "เสนอร่างแผนการดำเนินงาน\nต่อคณะกรรมการพัฒนาท้องถิ่น",
      "พิจารณาร่างแผนการดำเนินงาน",
      "เสนอร่างแผนการดำเนินงาน\nต่อนายกองค์การบริหารส่วนตำบล",
      "ให้ความเห็นชอบ",
      "ประกาศใช้แผนการดำเนินงาน",
      "ปิดประกาศให้ประชาชนทราบ\nภายใน 15 วันนับแต่วันประกาศ\nและปิดไว้อย่างน้อย 30 วัน",
    ]);
    expect(boxes.map(([r]) => spec.cells[r][1])).toEqual([
      "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น",
      "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น",
      "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น",
      "คณะกรรมการพัฒนาท้องถิ่น",
      "คณะกรรมการพัฒนาท้องถิ่น",
      "นายกองค์การบริหารส่วนตำบล",
      "นายกองค์การบริหารส่วนตำบล",
      "องค์การบริหารส่วนตำบลบ้านใหม่",
    ]);
    for (const [r] of boxes) expect(styleAt(spec, r, 3)).toMatchObject({ outline: "thin", hAlign: "center", vAlign: "middle", wrap: true });
    // An arrow on the row between each two boxes, centred in the box column.
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i][0] - boxes[i - 1][0]).toBe(2);
      expect(spec.cells[boxes[i][0] - 1][3]).toBe("▼");
      expect(styleAt(spec, boxes[i][0] - 1, 3)).toMatchObject({ hAlign: "center" });
    }
    const from = rowOf(spec, "แผนภูมิขั้นตอนการจัดทำแผนการดำเนินงาน");
    expect(spec.print?.keepTogether).toContainEqual({ from, to: boxes[boxes.length - 1][0] });
    // The box's estimated height holds its lines.
    const h = new Map(spec.rowHeights!.map((r) => [r.row, r.height]));
    expect(h.get(boxes[7][0])).toBeGreaterThanOrEqual(3 * 15 * 1.6);
  });

  it.each([
    ["เทศบาลตำบล", "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาเทศบาล", "คณะกรรมการพัฒนาเทศบาล", "นายกเทศมนตรี", "เทศบัญญัติ"],
    ["เทศบาลเมือง", "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาเทศบาล", "คณะกรรมการพัฒนาเทศบาล", "นายกเทศมนตรี", "เทศบัญญัติ"],
    ["เทศบาลนคร", "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาเทศบาล", "คณะกรรมการพัฒนาเทศบาล", "นายกเทศมนตรี", "เทศบัญญัติ"],
    ["องค์การบริหารส่วนจังหวัด", "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น", "คณะกรรมการพัฒนาท้องถิ่น", "นายกองค์การบริหารส่วนจังหวัด", "ข้อบัญญัติ"],
    ["เมืองพัทยา", "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น", "คณะกรรมการพัฒนาท้องถิ่น", "นายกเมืองพัทยา", "ข้อบัญญัติ"],
  ])("for a %s names its committees, executive and budget act, in the text and the chart", (label, support, development, executive, ordinance) => {
    const orgFullName = label === "เมืองพัทยา" ? "เมืองพัทยา" : `${label}บ้านใหม่`;
    const spec = buildIntro(ctx({ orgType: type(label), orgFullName }));
    const all = texts(spec).join("\n");
    expect(all).toContain(`3.1 ${support.replace("\n", "")}รวบรวมแผนงาน/โครงการพัฒนาของ${orgFullName}`);
    expect(all).toContain(`3.2 ${development}พิจารณาร่างแผนการดำเนินงาน แล้วเสนอ${executive}`);
    expect(all).toContain(`ประกาศใช้${ordinance}งบประมาณรายจ่ายประจำปี`);
    expect(column(spec, 1)).toEqual(expect.arrayContaining([support, development, executive, orgFullName]));
    expect(column(spec, 3)).toContain(`เสนอร่างแผนการดำเนินงาน\nต่อ${executive}`);
    if (ordinance === "เทศบัญญัติ") expect(all).not.toMatch(/ข้อบัญญัติ|ท้องถิ่นพิจารณา/);
  });

  it("in Thai digits throughout", () => {
    const all = texts(buildIntro(ctx({ thaiDigits: true }))).join("\n");
    expect(all).not.toMatch(/[0-9]/);
    expect(all).toContain("๓. ขั้นตอนการจัดทำแผนการดำเนินงาน");
    expect(all).toContain("ภายใน ๑๕ วันนับแต่วันประกาศ");
    expect(all).toContain("ข้อ\u00A0๒๖");
  });

  it("prints an officer's edited sections, a section they left empty from the defaults", () => {
    const base = defaultBookText(null);
    const text: BookText = {
      from: "sheet",
      sections: base.sections.map((s) => (s.key === "benefits" ? { ...s, heading: "6. ประโยชน์ที่ได้รับ", paragraphs: ["ประชาชนได้รับบริการ {ผู้ว่า}"] } : s)),
    };
    const t = texts(buildIntro(ctx({ text })));
    expect(t).toContain("6. ประโยชน์ที่ได้รับ");
    expect(t).toContain("\u00A0".repeat(10) + "ประชาชนได้รับบริการ {ผู้ว่า}");
    expect(t).not.toContain("6. ประโยชน์ของแผนการดำเนินงาน");
    expect(t.join("\n")).toContain("2.1 เพื่อแสดงรายละเอียดแผนงาน");
  });

  it("keeps each heading with its first paragraph", () => {
    const spec = buildIntro(ctx());
    for (const h of ["2. วัตถุประสงค์ของแผนการดำเนินงาน", "4. ระยะเวลาในการจัดทำแผนการดำเนินงาน", "6. ประโยชน์ของแผนการดำเนินงาน"]) {
      const row = rowOf(spec, h);
      expect(spec.print?.keepTogether).toContainEqual({ from: row, to: row + 1 });
    }
    // The part's title goes with the first section's heading and paragraph.
    expect(spec.print?.keepTogether).toContainEqual({ from: 0, to: rowOf(spec, "1. บทนำ") + 1 });
  });
});

describe("the flow chart's steps", () => {
  it("without a type use the regulation's words and the อปท.'s name, or the generic one", () => {
    const steps = flowSteps(null, "");
    expect(steps.map((s) => s.who)).toEqual([
      "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น",
      "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น",
      "คณะกรรมการสนับสนุน\nการจัดทำแผนพัฒนาท้องถิ่น",
      "คณะกรรมการพัฒนาท้องถิ่น",
      "คณะกรรมการพัฒนาท้องถิ่น",
      "ผู้บริหารท้องถิ่น",
      "ผู้บริหารท้องถิ่น",
      "องค์กรปกครองส่วนท้องถิ่น",
    ]);
  });
});

describe("keepNumbersOn", () => {
  it("ties a clause, a year or an edition to its number", () => {
    expect(keepNumbersOn("ตามข้อ 26 (2) พ.ศ. 2569 ฉบับที่ 3 ข้อความ 5 ข้อ")).toBe("ตามข้อ\u00A026 (2) พ.ศ.\u00A02569 ฉบับที่\u00A03 ข้อความ 5 ข้อ");
  });
});
