import { classifyProject, indexStrategies } from "../../src/domain/classify/classify";
import { CONFIDENT } from "../../src/domain/classify/confidence";
import type { ProjectRecord } from "../../src/domain/project";
import { projectRecord } from "./evaluate";
import { Grid } from "../../src/domain/read/grid";
import { readNumberedHeadings, type StrategyNode } from "../../src/domain/read/strategySheet";

const node = (number: number, name: string, plans: string[], keywords: string[] = [], approaches: string[] = []): StrategyNode => ({
  name,
  number,
  plans,
  keywords,
  approaches,
  cell: `A${number}`,
});

const TREE = [
  node(1, "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", ["แผนงานอุตสาหกรรมและการโยธา", "แผนงานเคหะและชุมชน"], ["ถนน", "ไฟฟ้า"]),
  node(2, "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต", ["แผนงานการศึกษา", "แผนงานสาธารณสุข", "แผนงานงบกลาง", "แผนงานสังคมสงเคราะห์"], ["เด็ก", "ผู้สูงอายุ"]),
  node(3, "ยุทธศาสตร์การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม", ["แผนงานเคหะและชุมชน", "แผนงานการเกษตร"], ["ขยะ", "ปลูกต้นไม้"]),
  node(4, "ยุทธศาสตร์การบริหารจัดการที่ดี", ["แผนงานบริหารงานทั่วไป"], ["บุคลากร"]),
];
const index = indexStrategies(TREE);

/** A record as the reader hands it over, with row 5's fields as given. */
function project(over: Partial<ProjectRecord>): ProjectRecord {
  return { ...projectRecord(), row: 4, rows: [4], ...over };
}
const label = (text: string) => ({ text, typed: text, from: "cell" as const, cell: "H5" });

describe("classification", () => {
  it("keeps the user's label, misspelt or abbreviated, and never overrides it", () => {
    const c = classifyProject(project({ name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก", plan: label("ผง.การพานิชย์") }), index);
    expect(c.plan).toMatchObject({ name: "แผนงานการพาณิชย์", method: "label" });
    expect(c.plan.alternatives[0].name).toBe("แผนงานการพาณิชย์");
  });

  it("flags a label the project's words contradict strongly (CLASS_CONFLICT), still keeping it", () => {
    const c = classifyProject(project({ name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนา หมู่ที่ 3", unit: "กองช่าง", plan: label("แผนงานการศึกษา") }), index);
    expect(c.plan.name).toBe("แผนงานการศึกษา");
    expect(c.conflict).toEqual({ label: "แผนงานการศึกษา", suggested: "แผนงานอุตสาหกรรมและการโยธา" });
    expect(classifyProject(project({ name: "โครงการอาหารกลางวัน", plan: label("แผนงานการศึกษา") }), index).conflict).toBeNull();
  });

  it("infers the strategy from a แผนงาน that sits under exactly one strategy", () => {
    const c = classifyProject(project({ name: "โครงการอาหารกลางวันเด็กนักเรียน", plan: label("แผนงานการศึกษา") }), index);
    expect(c.strategy).toMatchObject({ name: "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต", method: "inferred" });
  });

  it("infers the แผนงาน from a strategy that holds only one", () => {
    const c = classifyProject(project({ name: "โครงการพัฒนาศักยภาพ", strategy: label("ยุทธศาสตร์ที่ 4") }), index);
    expect(c.strategy).toMatchObject({ name: "ยุทธศาสตร์การบริหารจัดการที่ดี", method: "label" });
    expect(c.plan).toMatchObject({ name: "แผนงานบริหารงานทั่วไป", method: "inferred" });
  });

  it.each([
    ["โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว หมู่ที่ 5", "กองช่าง", "แผนงานอุตสาหกรรมและการโยธา"],
    ["โครงการติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ", "กองช่าง", "แผนงานเคหะและชุมชน"],
    ["เบี้ยยังชีพผู้สูงอายุ", "กองสวัสดิการสังคม", "แผนงานงบกลาง"],
    ["ค่าอาหารเสริม (นม) ศูนย์พัฒนาเด็กเล็ก", "กองการศึกษา", "แผนงานการศึกษา"],
    ["โครงการป้องกันและควบคุมโรคไข้เลือดออก", "กองสาธารณสุขและสิ่งแวดล้อม", "แผนงานสาธารณสุข"],
    ["โครงการจัดงานประเพณีลอยกระทง", "กองการศึกษา", "แผนงานการศาสนาวัฒนธรรมและนันทนาการ"],
    ["โครงการฝึกอบรมทบทวน อปพร.", "สำนักปลัด", "แผนงานการรักษาความสงบภายใน"],
    ["โครงการจัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน", "กองคลัง", "แผนงานบริหารงานทั่วไป"],
  ])("suggests from the words: %s", (name, unit, plan) => {
    const c = classifyProject(project({ name, unit }), index);
    expect(c.plan).toMatchObject({ name: plan, method: "suggested" });
    expect(c.plan.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(c.plan.alternatives.length).toBeGreaterThanOrEqual(1);
  });

  it("chooses among strategies holding the แผนงาน by their words, with a runner-up", () => {
    const c = classifyProject(project({ name: "โครงการรณรงค์คัดแยกขยะมูลฝอยในครัวเรือน" }), index);
    expect(c.plan.name).toBe("แผนงานเคหะและชุมชน");
    expect(c.strategy).toMatchObject({ name: "ยุทธศาสตร์การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม", method: "suggested" });
    expect(c.strategy.alternatives.map((a) => a.name)).toContain("ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
  });

  it("says plainly when nothing decides", () => {
    const c = classifyProject(project({ name: "รายการที่ 7" }), index);
    expect(c.plan).toMatchObject({ name: null, method: "unresolved", confidence: 0 });
    expect(c.strategy.method).toBe("unresolved");
  });

  it("classifies equipment by the unit that buys it", () => {
    const c = classifyProject(project({ name: "เครื่องคอมพิวเตอร์ All In One", kind: "equipment", unit: "กองการศึกษา" }), index);
    expect(c.plan.name).toBe("แผนงานการศึกษา");
  });
});

describe("strategy tree as numbered headings", () => {
  it("reads strategies, approaches, แผนงาน and keywords", () => {
    const rows = [
      ["ยุทธศาสตร์และแนวทางการพัฒนา"],
      ["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"],
      ["1.1 พัฒนาเส้นทางคมนาคม"],
      ["แผนงานอุตสาหกรรมและการโยธา, แผนงานเคหะและชุมชน"],
      ["คำสำคัญ: ถนน, สะพาน"],
      ["2. ยุทธศาสตร์การพัฒนาคนและสังคม"],
      ["2.1 ส่งเสริมการศึกษา", "แผนงานการศึกษา"],
      ["2.2 แผนงานงบกลาง"],
    ];
    const grid = new Grid({ name: "ยุทธศาสตร์", originRow: 0, originCol: 0, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) });
    const tree = readNumberedHeadings(grid);
    expect(tree.map((s) => s.name)).toEqual(["ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", "ยุทธศาสตร์การพัฒนาคนและสังคม"]);
    expect(tree[0]).toMatchObject({ approaches: ["พัฒนาเส้นทางคมนาคม"], plans: ["แผนงานอุตสาหกรรมและการโยธา", "แผนงานเคหะและชุมชน"], keywords: ["ถนน", "สะพาน"] });
    expect(tree[1]).toMatchObject({ approaches: ["ส่งเสริมการศึกษา"], plans: ["แผนงานการศึกษา", "2.2 แผนงานงบกลาง"], number: 2 });
  });
});
