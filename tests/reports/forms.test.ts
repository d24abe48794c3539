import fc from "fast-check";
import { parseEdition, type PlanModel, type PlanProject } from "../../src/domain/planModel";
import { buildForms, pd01Figures } from "../../src/reports/forms";
import { linesFor, monthBar, percentOf, rowHeightFor } from "../../src/reports/forms/common";
import type { SheetSpec } from "../../src/core/sheetSpec";

const S1 = "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
const S2 = "ยุทธศาสตร์การพัฒนาคนและสังคม";
const months = (from: number, to: number) => Array.from({ length: 12 }, (_, m) => m >= from && m <= to);

function project(over: Partial<PlanProject>): PlanProject {
  return {
    sheet: "โครงการ",
    row: 5,
    name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3",
    detail: "กว้าง 4 เมตร ยาว 200 เมตร",
    budget: 100_000,
    location: "หมู่ที่ 3",
    unit: "กองช่าง",
    strategy: S1,
    plan: "แผนงานอุตสาหกรรมและการโยธา",
    kind: "project",
    equipmentType: null,
    months: months(2, 5),
    edition: null,
    placed: { strategy: "label", plan: "label", equipmentType: "label" },
    cells: { strategy: "G6", plan: "H6", equipmentType: "J6" },
    ...over,
  };
}

function plan(projects: readonly PlanProject[], over: Partial<PlanModel> = {}): PlanModel {
  return {
    fiscalYear: 2570,
    fiscalYearAssumed: false,
    edition: parseEdition("ฉบับหลัก"),
    orgFullName: "องค์การบริหารส่วนตำบลบ้านใหม่",
    orgFrom: "settings",
    district: "เมือง",
    province: "ขอนแก่น",
    strategies: [
      { name: S1, number: 1 },
      { name: S2, number: 2 },
    ],
    projects,
    thaiDigits: false,
    ...over,
  };
}

const SAMPLE = plan([
  project({}),
  project({ name: "โครงการวางท่อระบายน้ำ", budget: 250_000.5 }),
  project({ name: "โครงการติดตั้งไฟฟ้าส่องสว่าง", plan: "แผนงานเคหะและชุมชน", budget: 50_000, months: months(0, 0) }),
  project({ name: "เบี้ยยังชีพผู้สูงอายุ", strategy: S2, plan: "แผนงานงบกลาง", budget: 3_000_000, months: months(0, 11) }),
  project({ name: "โครงการอาหารกลางวัน", strategy: S2, plan: "แผนงานการศึกษา", budget: 700_000 }),
  project({ name: "เครื่องคอมพิวเตอร์", kind: "equipment", equipmentType: "ครุภัณฑ์คอมพิวเตอร์", plan: "แผนงานบริหารงานทั่วไป", strategy: S2, budget: 22_000 }),
]);

const col = (spec: SheetSpec, c: number) => spec.cells.map((r) => r[c] ?? null);
const texts = (spec: SheetSpec) => spec.cells.flat().filter((v): v is string => typeof v === "string");

describe("ผด.01", () => {
  const [pd01] = buildForms(SAMPLE);

  it("has the label and three title lines", () => {
    expect(texts(pd01)).toEqual(expect.arrayContaining(["แบบ ผด.01", "บัญชีสรุปจำนวนโครงการและงบประมาณ", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570", "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง จังหวัดขอนแก่น"]));
  });

  it("lists strategies in the sheet's order with their แผนงาน in the standard order, รวม lines and รวมทั้งสิ้น", () => {
    expect(col(pd01, 0).filter((v) => typeof v === "string" && /^\d|รวม/.test(v))).toEqual([
      `1. ${S1}`,
      "1.1 แผนงานเคหะและชุมชน",
      "1.2 แผนงานอุตสาหกรรมและการโยธา",
      "รวม",
      `2. ${S2}`,
      "2.1 แผนงานการศึกษา",
      "2.2 แผนงานงบกลาง",
      "รวม",
      "รวมทั้งสิ้น",
    ]);
    const last = pd01.cells.at(-1)!;
    expect(last.slice(0, 5)).toEqual(["รวมทั้งสิ้น", 5, 100, 4_100_000.5, 100]);
  });

  it("prints a strategy that numbers itself as written, numbered as the model numbers it", () => {
    // "ยุทธศาสตร์ 3 …" (no ที่) is strategy 3 to the model: printed once numbered, not "3. ยุทธศาสตร์ 3 …".
    const own = plan([project({ strategy: "ยุทธศาสตร์ 3 การพัฒนาเศรษฐกิจ" })], { strategies: [{ name: "ยุทธศาสตร์ 3 การพัฒนาเศรษฐกิจ", number: 3 }] });
    expect(col(buildForms(own)[0], 0).filter((v) => typeof v === "string" && /ยุทธศาสตร์ 3|^3\./.test(v))).toEqual([
      "ยุทธศาสตร์ 3 การพัฒนาเศรษฐกิจ",
      "3.1 แผนงานอุตสาหกรรมและการโยธา",
    ]);
  });

  it("counts only ผด.02 projects, the same numbers as its rows", () => {
    const f = pd01Figures(SAMPLE);
    expect(f.projects).toBe(SAMPLE.projects.filter((p) => p.kind === "project").length);
    expect(f.strategies.map((s) => s.lines.map((l) => l.projects))).toEqual([[1, 2], [1, 1]]);
  });

  it("rounds each row's per cent on its own: equal figures show equal per cents, the total 100.00", () => {
    const three = plan([1, 2, 3].map((i) => project({ name: `ถนนสาย ${i}`, plan: ["แผนงานอุตสาหกรรมและการโยธา", "แผนงานเคหะและชุมชน", "แผนงานการเกษตร"][i - 1], budget: 1 })));
    const f = pd01Figures(three);
    const lines = f.strategies.flatMap((s) => s.lines);
    // An auditor recomputing 1/3 of the projects gets 33.33 on every line, not one 33.34.
    expect(lines.map((l) => l.percentProjects)).toEqual([33.33, 33.33, 33.33]);
    expect(lines.map((l) => l.percentBudget)).toEqual([33.33, 33.33, 33.33]);
    expect(f.strategies[0].percentProjects).toBe(100);
    const [summary] = buildForms(three);
    expect(summary.cells.at(-1)!.slice(0, 5)).toEqual(["รวมทั้งสิ้น", 3, 100, 3, 100]);
  });

  it("gives a strategy its own share, not the sum of its lines' rounded ones", () => {
    const seven = plan(
      [1, 2, 3, 4, 5, 6, 7].map((i) =>
        project({ name: `โครงการ ${i}`, strategy: i <= 2 ? S1 : S2, plan: i === 1 ? "แผนงานเคหะและชุมชน" : i === 2 ? "แผนงานการเกษตร" : "แผนงานการศึกษา", budget: 1 }),
      ),
    );
    const f = pd01Figures(seven);
    // 1/7 = 14.2857… → 14.29 on each of the two lines, but 2/7 = 28.5714… → 28.57 for the strategy.
    expect(f.strategies[0].lines.map((l) => l.percentProjects)).toEqual([14.29, 14.29]);
    expect(f.strategies[0].percentProjects).toBe(28.57);
    expect(f.strategies[1].percentProjects).toBe(71.43);
  });
});

describe("ผด.02 and ผด.02/1", () => {
  const [, pd02, pd021] = buildForms(SAMPLE);

  it("has the two-row month header with the Buddhist years merged over their months", () => {
    const header = pd02.cells[4];
    expect(header.slice(0, 6)).toEqual(["ที่", "โครงการ", "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก"]);
    expect([header[6], header[9]]).toEqual(["พ.ศ. 2569", "พ.ศ. 2570"]);
    expect(pd02.cells[5].slice(6)).toEqual(["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]);
    expect(pd02.merges).toEqual(expect.arrayContaining([{ row: 4, col: 6, rows: 1, cols: 3 }, { row: 4, col: 9, rows: 1, cols: 9 }]));
  });

  it("gives the merged headings and the total lines the height their text needs: nothing autofits them", () => {
    const height = (row: number) => pd02.rowHeights?.find((h) => h.row === row)?.height ?? 0;
    // "หน่วยงานรับผิดชอบหลัก" takes three lines in its column; the two header rows share them.
    expect(height(4) + height(5)).toBeGreaterThanOrEqual(rowHeightFor(3, 16));
    const grand = pd02.cells.findIndex((r) => typeof r[1] === "string" && r[1].startsWith("รวมทั้งสิ้น"));
    const label = String(pd02.cells[grand][1]);
    expect(height(grand)).toBe(rowHeightFor(linesFor(label, 28, 16), 16));
  });

  it("restarts ที่ at 1 in every block and draws month bars", () => {
    const numbered = pd02.cells.filter((r) => typeof r[0] === "number").map((r) => r[0]);
    expect(numbered).toEqual([1, 1, 2, 1, 1]);
    const light = pd02.cells.find((r) => r[1] === "โครงการติดตั้งไฟฟ้าส่องสว่าง")!;
    expect(light.slice(6)).toEqual(["◆", ...Array(11).fill(null)]);
    const road = pd02.cells.find((r) => r[1] === "โครงการวางท่อระบายน้ำ")!;
    expect(road.slice(6, 12)).toEqual([null, null, "◄", "━", "━", "►"]);
    expect(pd02.conditionalFills).toEqual([{ range: { row: 6, col: 6, rows: pd02.cells.length - 6, cols: 12 }, fill: "#BFBFBF" }]);
  });

  it("lists equipment only in ผด.02/1, by ประเภทครุภัณฑ์ then แผนงาน", () => {
    expect(texts(pd02)).not.toContain("เครื่องคอมพิวเตอร์");
    expect(pd021.name).toBe("ผด.02-1");
    expect(texts(pd021)).toEqual(expect.arrayContaining(["แบบ ผด.02/1", "1. ครุภัณฑ์คอมพิวเตอร์", "1.1 แผนงานบริหารงานทั่วไป", "เครื่องคอมพิวเตอร์"]));
  });

  it("prints on A4 landscape, one page wide, header rows repeated, page numbers, marker column outside the print area", () => {
    for (const s of [pd02, pd021]) {
      expect(s.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { from: 4, to: 5 }, centerFooter: "หน้า &P/&N" });
      expect(s.printArea).toEqual({ row: 0, col: 0, rows: s.cells.length, cols: 18 });
      expect(s.hiddenColumns).toEqual([18]);
      expect(s.formats?.[0].style).toMatchObject({ fontName: "TH SarabunPSK", fontSize: 16 });
    }
  });

  it("formats per block, never per row", () => {
    const many = (n: number) =>
      plan(Array.from({ length: n }, (_, i) => project({ name: `ถนนสาย ${i}`, plan: i % 2 ? "แผนงานเคหะและชุมชน" : "แผนงานอุตสาหกรรมและการโยธา" })));
    const small = buildForms(many(20))[1];
    const large = buildForms(many(2000))[1];
    expect(large.cells.length).toBeGreaterThan(small.cells.length * 50);
    expect(large.formats!.length).toBe(small.formats!.length);
    expect(large.merges!.length).toBe(small.merges!.length);
  });

  it("shows every amount in full: the budget column fits the largest", () => {
    const big = buildForms(plan([project({ budget: 123_456_789.25 })]))[1];
    expect(big.columnWidths![3]).toBeGreaterThanOrEqual("123,456,789.25".length);
  });
});

describe("options", () => {
  it("writes Thai digits in titles and number formats when asked", () => {
    const [pd01, pd02] = buildForms(plan(SAMPLE.projects, { thaiDigits: true }));
    expect(texts(pd01)).toContain("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐");
    expect(pd02.cells[4][6]).toBe("พ.ศ. ๒๕๖๙");
    expect(pd02.formats!.map((f) => f.style.numberFormat).filter(Boolean)).toEqual(expect.arrayContaining(["[$-D00041E]#,##0.00"]));
  });

  it("puts the edition into the titles", () => {
    const [pd01] = buildForms(plan(SAMPLE.projects, { edition: parseEdition("เพิ่มเติม ฉบับที่ 2") }));
    expect(texts(pd01)).toContain("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 (เพิ่มเติม ฉบับที่ 2)");
    expect(parseEdition("แก้ไข ครั้งที่ 1/2570")).toMatchObject({ kind: "amendment", number: 1, year: 2570, suffix: "แก้ไข ครั้งที่ 1/2570" });
  });

  it("takes a font and size", () => {
    const [pd01] = buildForms(SAMPLE, { fontName: "TH Sarabun New", fontSize: 14 });
    expect(pd01.formats![0].style).toMatchObject({ fontName: "TH Sarabun New", fontSize: 14 });
  });
});

describe("helpers", () => {
  it("percentOf rounds half up on the exact decimal figure", () => {
    expect(percentOf(1, 8)).toBe(12.5);
    // 12.345 as a binary fraction is 12.3449999…: computed on satang it still rounds up.
    expect(percentOf(12.345, 100)).toBe(12.35);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(1_234_567_890.55, 1_234_567_890.55)).toBe(100);
  });

  it("percentages are each within half a hundredth of the exact share", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 40 }), (values) => {
        const total = values.reduce((a, b) => a + b, 0);
        const p = values.map((v) => percentOf(v, total));
        p.forEach((x, i) => expect(Math.abs(x - (total ? (values[i] / total) * 100 : 0))).toBeLessThanOrEqual(0.005 + 1e-9));
        // Equal figures, equal per cents.
        values.forEach((v, i) => values.forEach((w, j) => v === w && expect(p[i]).toBe(p[j])));
      }),
    );
  });

  it("draws one bar per run of months", () => {
    expect(monthBar([true, true, false, true, ...Array(8).fill(false)])).toEqual(["◄", "►", null, "◆", ...Array(8).fill(null)]);
  });
});
