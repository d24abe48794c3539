import { readDevPlan } from "../../src/domain/devPlan/readDevPlan";
import { devPlanStrategies, strategySheetRows } from "../../src/domain/devPlan/tree";
import type { DevPlan } from "../../src/domain/devPlan/types";
import { Grid } from "../../src/domain/read/grid";
import { readStrategyTable } from "../../src/domain/read/strategySheet";
import { DEV_PLAN_CASES, headerOnTop, printedBlocks } from "./workbooks";
import { sheetsOf } from "./workbooks/readBack";
import { sheetData } from "./workbooks/sheetData";

const plans = new Map<string, DevPlan>();
beforeAll(async () => {
  for (const c of DEV_PLAN_CASES) plans.set(c.id, readDevPlan(await sheetsOf(await c.build()), "file")!);
});

const shape = (nodes: { name: string; number: number; approaches: string[]; plans: string[] }[]) =>
  nodes.map(({ name, number, approaches, plans }) => ({ name, number, approaches, plans }));

test("the ยุทธศาสตร์ sheet rows of a printed plan: one per strategy × กลยุทธ์ × แผนงาน, unnumbered as the plan is", () => {
  expect(strategySheetRows(plans.get(printedBlocks.id)!)).toEqual([
    ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"],
    ["การพัฒนาด้านโครงสร้างพื้นฐาน", "ก่อสร้าง ปรับปรุง บำรุงรักษาถนน", "แผนงานอุตสาหกรรมและการโยธา", ""],
    ["การพัฒนาด้านโครงสร้างพื้นฐาน", "พัฒนาระบบระบายน้ำ", "แผนงานอุตสาหกรรมและการโยธา", ""],
    ["การพัฒนาด้านสังคมและคุณภาพชีวิต", "ส่งเสริมสวัสดิการสังคม", "แผนงานสร้างความเข้มแข็งของชุมชน", ""],
    ["การพัฒนาด้านสังคมและคุณภาพชีวิต", "ส่งเสริมสุขภาพอนามัย", "แผนงานสาธารณสุข", ""],
  ]);
});

test("a numbered plan's rows carry its numbers", () => {
  expect(strategySheetRows(plans.get(headerOnTop.id)!).slice(1)).toEqual([
    ["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", "กลยุทธ์การพัฒนาระบบคมนาคมขนส่ง", "แผนงานอุตสาหกรรมและการโยธา", ""],
    ["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", "กลยุทธ์การพัฒนาระบบสาธารณูปโภค", "แผนงานอุตสาหกรรมและการโยธา", ""],
    ["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", "กลยุทธ์การพัฒนาระบบสาธารณูปโภค", "แผนงานเคหะและชุมชน", ""],
    ["2. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต", "แนวทางการพัฒนาการศึกษา", "แผนงานการศึกษา", ""],
    ["3. ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ", "กลยุทธ์ส่งเสริมอาชีพ", "แผนงานสร้างความเข้มแข็งของชุมชน", ""],
    ["3. ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ", "กลยุทธ์ส่งเสริมอาชีพ", "แผนงานการเกษตร", ""],
  ]);
});

test.each(DEV_PLAN_CASES.map((c) => [c.id, c] as const))("%s: the rows written into ยุทธศาสตร์ read back to the plan's tree", (id, c) => {
  const plan = plans.get(id)!;
  const back = readStrategyTable(new Grid(sheetData("ยุทธศาสตร์", strategySheetRows(plan))));
  expect(shape(back.strategies)).toEqual(shape(devPlanStrategies(plan)));
  expect(shape(back.strategies)).toEqual(c.truth.strategies);
});

test("a plan whose strategies are numbered twice or not at all is numbered by position", () => {
  const rows = [
    ["แบบ ผ.02"],
    ["ที่", "โครงการ", "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)"],
    ["ยุทธศาสตร์ที่ 4 การพัฒนาด้านการเมืองการบริหาร"],
    ["แผนงาน: บริหารงานทั่วไป"],
    [1, "โครงการจัดทำแผนพัฒนาท้องถิ่น", 10000, 10000, 10000, 10000, 10000],
    ["ยุทธศาสตร์: การพัฒนาด้านสิ่งแวดล้อม"],
    ["แผนงาน: เคหะและชุมชน"],
    [1, "โครงการคัดแยกขยะ", 20000, "-", "-", "-", "-"],
  ];
  const plan = readDevPlan([sheetData("ผ.02", rows)], "file")!;
  expect(shape(devPlanStrategies(plan))).toEqual([
    { name: "การพัฒนาด้านการเมืองการบริหาร", number: 1, approaches: [], plans: ["แผนงานบริหารงานทั่วไป"] },
    { name: "การพัฒนาด้านสิ่งแวดล้อม", number: 2, approaches: [], plans: ["แผนงานเคหะและชุมชน"] },
  ]);
  const back = readStrategyTable(new Grid(sheetData("ยุทธศาสตร์", strategySheetRows(plan))));
  expect(shape(back.strategies)).toEqual(shape(devPlanStrategies(plan)));
});
