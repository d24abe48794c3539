/**
 * The reader's pieces that decide what an officer's own workbook states: fiscal year sources,
 * page furniture, the strategy tree of a workbook without a ยุทธศาสตร์ sheet, short แผนงาน names,
 * budget columns, the อปท. of a title, and where the plan model places a row.
 */
import { buildPlanModel } from "../../src/domain/planModel";
import { planFindings } from "../../src/domain/planFindings";
import { matchPlan } from "../../src/domain/planNames";
import { resolveFiscalYear, sheetNameFiscalYear, type FiscalYearStatement } from "../../src/domain/read/fiscalYear";
import { Grid } from "../../src/domain/read/grid";
import { chooseBudgetColumn, findHeader } from "../../src/domain/read/header";
import { headerlessRows } from "../../src/domain/read/headerless";
import { orgFromTitle } from "../../src/domain/read/orgTitle";
import { isColumnNumbering, isNoteStart, isPageLabel, isSignatureLine, isTitleLine } from "../../src/domain/read/pageFurniture";
import { readWorkbook } from "../../src/domain/read/readWorkbook";
import type { SheetData } from "../../src/core/sheetData";

type Row = (string | number | null)[];
const sheet = (name: string, rows: Row[], over: Partial<SheetData> = {}): SheetData => ({
  name,
  originRow: 0,
  originCol: 0,
  values: rows,
  numberFormats: [],
  ...over,
});
const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

describe("the fiscal year a workbook states", () => {
  it.each([
    ["แผน68", 2568],
    ["แผน 2568", 2568],
    ["โครงการปี 2568", 2568],
    ["ปีงบ68", 2568],
    ["FY2568", 2568],
    ["แผนการดำเนินงาน 2569 (ร่าง)", 2569],
    ["ผด.02", null],
    ["โครงการ", null],
    ["Sheet1", null],
    ["หมู่ 12", null],
  ])("sheet name %j gives %j", (name, year) => {
    expect(sheetNameFiscalYear(name)).toBe(year);
  });

  const st = (year: number, from: FiscalYearStatement["from"], sheet = "s"): FiscalYearStatement => ({ year, from, sheet, cell: "" });
  it("takes the strongest kind of statement, and the year most sheets state within it", () => {
    expect(resolveFiscalYear([st(2567, "sheetName"), st(2568, "title")])).toEqual({ year: 2568, from: "title" });
    expect(resolveFiscalYear([st(2568, "header", "a"), st(2567, "header", "b"), st(2568, "header", "c")])).toEqual({ year: 2568, from: "header" });
    // A tie goes to the later year (last year's sheet beside this year's).
    expect(resolveFiscalYear([st(2567, "sheetName", "a"), st(2568, "sheetName", "b")])).toEqual({ year: 2568, from: "sheetName" });
    expect(resolveFiscalYear([st(2569, "periods"), st(2568, "settings")])).toEqual({ year: 2568, from: "settings" });
    expect(resolveFiscalYear([])).toBeNull();
  });

  it("reads it from the periods when nothing else states it, and from a sheet name over the periods", () => {
    const rows: Row[] = [
      ["ที่", "โครงการ", "งบประมาณ", "ระยะเวลาดำเนินการ"],
      [1, "โครงการขุดลอกคลอง", 100000, "ต.ค. 68 - ธ.ค. 68"],
      [2, "โครงการอาหารกลางวัน", 50000, "ตลอดปีงบประมาณ"],
      [3, "โครงการวันเด็ก", 20000, "ม.ค. 2569"],
    ];
    expect(readWorkbook([sheet("รายการ", rows)])).toMatchObject({ fiscalYear: 2569, fiscalYearFrom: "periods" });
    expect(readWorkbook([sheet("แผน70", rows)])).toMatchObject({ fiscalYear: 2570, fiscalYearFrom: "sheetName" });
    expect(readWorkbook([sheet("รายการ", rows.slice(0, 2))])).toMatchObject({ fiscalYear: null, fiscalYearFrom: null });
  });
});

describe("page furniture", () => {
  it.each(["หน้า 1", "หน้า 2/5", "หน้าที่ 3", "- 2 -", "page 4", "แบบ ผด.02", "ผด.02/1", "แบบ ผด. 01"])("%j is a page label", (t) => {
    expect(isPageLabel(t)).toBe(true);
  });
  it.each(["หน้าบ้าน", "โครงการ หน้า 2 ของหมู่บ้าน", "ผด.02 ของกองช่าง", "1"])("%j is no page label", (t) => {
    expect(isPageLabel(t)).toBe(false);
  });
  it.each([
    "ลงชื่อ.......................ผู้จัดทำ",
    "(ลงชื่อ) นายสมชาย",
    "ลงนาม",
    "(นางสาวสมใจ ใจดี)",
    "(นายสมชาย ใจดี)",
    "(ว่าที่ร้อยตรีสมศักดิ์ รักดี)",
    "ตำแหน่ง นักวิเคราะห์นโยบายและแผน",
    "................................ผู้ตรวจสอบ",
    "นายกองค์การบริหารส่วนตำบล ผู้อนุมัติ",
  ])("%j is a signature line", (t) => {
    expect(isSignatureLine(t)).toBe(true);
  });
  it.each(["(โอนงบครั้งที่ 13/2567)", "โครงการจัดทำแผนที่ภาษี", "(ต่อ)", "ตำบลหนองบัว", "(นายอำเภอมอบหมาย ครั้งที่ 2)", "(นายกฯ สั่งการ) เพิ่มเติม"])("%j is no signature line", (t) => {
    expect(isSignatureLine(t)).toBe(false);
  });
  it("knows a note, a title line and a row numbering the columns", () => {
    expect(["หมายเหตุ", "หมายเหตุ: ใช้เงินสะสม", "* หมายเหตุ โครงการที่ 2"].every(isNoteStart)).toBe(true);
    expect(isNoteStart("โครงการหมายเหตุ")).toBe(false);
    expect(["บัญชีโครงการ/กิจกรรม/งบประมาณ", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "องค์การบริหารส่วนตำบลหนองบัว"].every(isTitleLine)).toBe(true);
    expect(isColumnNumbering(["(1)", "(2)", "(3)", "(4)"])).toBe(true);
    expect(isColumnNumbering(["1", "2", "3", "4", "5", "6"])).toBe(true);
    expect(isColumnNumbering(["1", "โครงการ", "3"])).toBe(false);
    expect(isColumnNumbering(["5", "6", "7"])).toBe(false);
  });
});

describe("the strategy tree of a workbook without a ยุทธศาสตร์ sheet", () => {
  const header: Row = ["ที่", "โครงการ", "งบประมาณ", "หน่วยงาน", "ยุทธศาสตร์", "แผนงาน"];
  it("is the user's strategies in the user's order and numbering, their labels as written", () => {
    const r = readWorkbook([
      sheet("รายการ", [
        header,
        [1, "โครงการก่อสร้างถนน", 100000, "กองช่าง", "ยุทธศาสตร์ที่ 4 การพัฒนาโครงสร้างพื้นฐาน", "เคหะ"],
        [2, "โครงการอาหารกลางวัน", 50000, "กองการศึกษา", "ยุทธศาสตร์ที่ 2 การพัฒนาคน", "การศึกษา"],
        // The same strategies referred to by number, and written another way.
        [3, "โครงการวางท่อ", 30000, "กองช่าง", "ยุทธศาสตร์ที่ 4", "แผนงานอุตสาหกรรมและการโยธา"],
        [4, "โครงการวันเด็ก", 20000, "กองการศึกษา", "2. ยุทธศาสตร์การพัฒนาคน", "แผนงานการศึกษา"],
      ]),
    ]);
    expect(r.strategiesFrom).toBe("workbook");
    expect(r.strategies.strategies.map((s) => [s.number, s.name])).toEqual([
      [2, "ยุทธศาสตร์ที่ 2 การพัฒนาคน"],
      [4, "ยุทธศาสตร์ที่ 4 การพัฒนาโครงสร้างพื้นฐาน"],
    ]);
    const m = buildPlanModel(r, new Date("2025-01-01"));
    expect(m.projects.map((p) => [p.strategy, p.plan])).toEqual([
      ["ยุทธศาสตร์ที่ 4 การพัฒนาโครงสร้างพื้นฐาน", "แผนงานเคหะและชุมชน"],
      ["ยุทธศาสตร์ที่ 2 การพัฒนาคน", "แผนงานการศึกษา"],
      ["ยุทธศาสตร์ที่ 4 การพัฒนาโครงสร้างพื้นฐาน", "แผนงานอุตสาหกรรมและการโยธา"],
      ["ยุทธศาสตร์ที่ 2 การพัฒนาคน", "แผนงานการศึกษา"],
    ]);
    expect(m.projects.every((p) => p.placed.strategy === "label" && p.placed.plan === "label")).toBe(true);
  });

  it("takes a bare number's name from a fuller label elsewhere", () => {
    const r = readWorkbook([
      sheet("รายการ", [header, [1, "โครงการก่อสร้างถนน", 100000, "กองช่าง", "3", "เคหะ"], [2, "โครงการวางท่อ", 30000, "กองช่าง", "3. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน", "เคหะ"]]),
    ]);
    expect(r.strategies.strategies.map((s) => [s.number, s.name])).toEqual([[3, "3. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน"]]);
  });
});

describe("labels as typed", () => {
  it.each([
    ["เคหะ", "แผนงานเคหะและชุมชน"],
    ["โยธา", "แผนงานอุตสาหกรรมและการโยธา"],
    ["ศาสนา", "แผนงานการศาสนาวัฒนธรรมและนันทนาการ"],
    ["ผง.การศึกษา", "แผนงานการศึกษา"],
    ["แผนงานการพานิชย์", "แผนงานการพาณิชย์"],
    ["สาธารณะสุข", "แผนงานสาธารณสุข"],
    ["แผนงานเคหะและชุมชน (งานไฟฟ้าถนน)", "แผนงานเคหะและชุมชน"],
    ["ชุมชน", null],
    ["แผน68", null],
    ["ผด.02", null],
  ])("แผนงาน %j is %j", (label, plan) => {
    expect(matchPlan(label)?.plan.name ?? null).toBe(plan);
  });
});

describe("budget columns", () => {
  const grid = (hiddenColumns: number[] = []) =>
    new Grid(
      sheet(
        "s",
        [
          ["ที่", "โครงการ", "งบประมาณ ปี 2567", "งบประมาณ ปี 2568", "งบประมาณ (บาท)"],
          [1, "โครงการก่อสร้างถนน", 10, 20, 30],
        ],
        { hiddenColumns },
      ),
    );
  it("reads this year's visible one, then one naming no year, then a hidden one of this year", () => {
    const g = grid();
    const h = findHeader(g)!;
    expect(h.budgets.map((b) => [b.col, b.year])).toEqual([
      [2, 2567],
      [3, 2568],
      [4, null],
    ]);
    expect(chooseBudgetColumn(h, g, 2568)).toMatchObject({ column: { col: 3 }, clear: true });
    expect(chooseBudgetColumn(h, grid([3]), 2568)).toMatchObject({ column: { col: 4 }, clear: true });
    expect(chooseBudgetColumn(h, grid([3, 4]), 2568)).toMatchObject({ column: { col: 3 }, clear: false });
    // No year stated: the unlabelled one, plainly.
    expect(chooseBudgetColumn(h, g, null)).toMatchObject({ column: { col: 4 }, clear: true });
  });
  it("is not told apart when both name other years: the user must be told", () => {
    const g = new Grid(sheet("s", [["ที่", "โครงการ", "งบประมาณ 2566", "งบประมาณ 2567"], [1, "โครงการ ก", 1, 2]]));
    expect(chooseBudgetColumn(findHeader(g)!, g, 2568).clear).toBe(false);
  });
  it("tells a five-year plan by three year columns, merged under งบประมาณ or not", () => {
    const fy = new Grid(sheet("ผ.02", [["ที่", "โครงการ", "วัตถุประสงค์", "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)"], [1, "โครงการ ก", "x", 1, 1, 1, 1, 1]]));
    expect(findHeader(fy)!.yearBudgetColumns).toEqual([3, 4, 5, 6, 7]);
    const two = new Grid(sheet("s", [["ที่", "โครงการ", "งบประมาณ 2567", "งบประมาณ 2568"], [1, "โครงการ ก", 1, 2]]));
    expect(findHeader(two)!.yearBudgetColumns).toEqual([]);
  });
});

describe("what a title says", () => {
  it("names the อปท. with its district and province", () => {
    const g = new Grid(sheet("s", [["บัญชีโครงการ/กิจกรรม/งบประมาณ"], ["เทศบาลตำบลบ้านเหล่า อำเภอเมือง จังหวัดแพร่"], ["ที่", "โครงการ", "งบประมาณ"]]));
    expect(orgFromTitle(g, 2)).toMatchObject({ fullName: "เทศบาลตำบลบ้านเหล่า", type: "เทศบาลตำบล", name: "บ้านเหล่า", district: "เมือง", province: "แพร่", cell: "A2" });
    expect(orgFromTitle(new Grid(sheet("s", [["แผนของเทศบาลตำบลต่าง ๆ"]])), 1)).toBeNull();
  });
  it("finds a list without a header, and the money on it", () => {
    const g = new Grid(sheet("s", [[null], [1, "โครงการซ่อมถนนลูกรัง หมู่ 4", 150000], [2, "โครงการจัดซื้อวัสดุ", " 45,000 "], [null, "รวม", 195000]]));
    expect(headerlessRows(g)).toEqual({ rows: 2, budget: 195000, first: 1 });
    expect(headerlessRows(new Grid(sheet("ปก", [["แผนการดำเนินงาน"], ["ประจำปีงบประมาณ พ.ศ. 2568"]])))).toBeNull();
  });
});

describe("where the plan model places a row", () => {
  const list = (rows: Row[]) => readWorkbook([sheet("รายการ", [["ที่", "โครงการ", "งบประมาณ", "หน่วยงาน", "แผนงาน", ...MONTHS], ...rows])]);
  it("keeps a label it does not know, as typed, and never replaces it with a suggestion", () => {
    const m = buildPlanModel(list([[1, "โครงการก่อสร้างถนนคอนกรีต", 100000, "กองช่าง", "แผนงานพัฒนาแหล่งน้ำ", "✓"]]));
    expect(m.projects[0]).toMatchObject({ plan: "แผนงานพัฒนาแหล่งน้ำ", placed: { plan: "label" } });
  });
  it("leaves a row unplaced where the suggestion is below the confident threshold, and says so", () => {
    const m = buildPlanModel(
      list([
        [1, "โครงการอาหารเสริม (นม) โรงเรียน", 100000, "กองการศึกษา", null, "✓"],
        [2, "โครงการพัฒนาศักยภาพ", 50000, "", null, "✓"],
      ]),
    );
    const [milk, vague] = m.projects;
    expect(milk.placed.plan === "suggestion" ? milk.plan : null).toBe(milk.placed.plan === "suggestion" ? "แผนงานการศึกษา" : null);
    expect(vague).toMatchObject({ plan: null, placed: { plan: "none" } });
    const f = planFindings(m);
    const unclassified = f.find((x) => x.code === "UNCLASSIFIED")!;
    expect(unclassified).toMatchObject({ sheet: "รายการ", severity: "warning" });
    // Without any strategy in the workbook, every row is unspecified as to its strategy.
    expect(unclassified.count).toBe(2);
    expect(unclassified.message).toContain("ยุทธศาสตร์");
    if (milk.placed.plan === "suggestion") expect(f.find((x) => x.code === "PLACED_BY_SUGGESTION")).toMatchObject({ count: 1 });
  });
  it("takes the อปท. from a title when ตั้งค่า does not name it", () => {
    const r = readWorkbook([sheet("รายการ", [["องค์การบริหารส่วนตำบลหนองบัว"], ["ที่", "โครงการ", "งบประมาณ"], [1, "โครงการ ก", 1]])]);
    expect(buildPlanModel(r)).toMatchObject({ orgFullName: "องค์การบริหารส่วนตำบลหนองบัว", orgFrom: "title" });
  });
});
