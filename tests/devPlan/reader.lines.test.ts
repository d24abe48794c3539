import { amendmentOf, headingLevel, headingMatchers, headingNumber, isEntryNumber, isTotalLine } from "../../src/domain/devPlan/planLines";
import { approachName, planName, strategyName } from "../../src/domain/devPlan/tree";

const M = headingMatchers();

test.each([
  ["เพิ่มเติม ครั้งที่ 1/2567", "เพิ่มเติม ครั้งที่ 1/2567"],
  ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เปลี่ยนแปลง (ครั้งที่ 2/2568)", "เปลี่ยนแปลง ครั้งที่ 2/2568"],
  ["แก้ไข ครั้งที่ 2/68", "แก้ไข ครั้งที่ 2/2568"],
  ["เพิ่มเติม/เปลี่ยนแปลง ครั้งที่ ๓/๒๕๖๗", "เพิ่มเติม/เปลี่ยนแปลง ครั้งที่ 3/2567"],
  ["เพิ่มเติมครั้งที่1/2567", "เพิ่มเติม ครั้งที่ 1/2567"],
])("amendment %s → %s", (text, want) => {
  expect(amendmentOf(text)).toBe(want);
});

test("no amendment in a project's own words or a budget-transfer note", () => {
  expect(amendmentOf("โครงการเพิ่มเติมความรู้ผู้สูงอายุ")).toBeNull();
  expect(amendmentOf("โครงการซ่อมถนน (โอนงบครั้งที่ 13/2567)")).toBeNull();
});

test.each([
  ["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", "strategy"],
  ["ยุทธศาสตร์ที่ 2 การพัฒนาด้านสังคม", "strategy"],
  ["ยุทธศาสตร์: การพัฒนาด้านสังคม", "strategy"],
  ["1. ประเด็นการพัฒนาด้านเศรษฐกิจ", "strategy"],
  ["1.1 กลยุทธ์การพัฒนาระบบคมนาคม", "approach"],
  ["แนวทางการพัฒนา: ส่งเสริมการศึกษา", "approach"],
  ["กลยุทธ์: ส่งเสริมอาชีพ", "approach"],
  ["(1) แผนงานเคหะและชุมชน", "plan"],
  ["แผนงาน: สาธารณสุข", "plan"],
  ["ก. ยุทธศาสตร์ชาติ 20 ปี ยุทธศาสตร์ที่ 2", "linkage"],
  ["ยุทธศาสตร์ชาติ 20 ปี", "linkage"],
  ["ยุทธศาสตร์จังหวัดที่ 3 การพัฒนาโครงสร้างพื้นฐาน", "linkage"],
  ["ยุทธศาสตร์การพัฒนาของ อปท. ในเขตจังหวัด ที่ 1", "linkage"],
  ["ยุทธศาสตร์การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัดขอนแก่น", "linkage"],
  ["แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 หมุดหมายที่ 8", "linkage"],
  ["เป้าหมายการพัฒนาที่ยั่งยืน (SDGs) เป้าหมายที่ 9", "linkage"],
  ["โครงการจัดทำแผนยุทธศาสตร์", null],
  ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", null],
])("heading %s is %s", (text, level) => {
  expect(headingLevel(text, M)).toBe(level);
});

test.each([
  ["1. ยุทธศาสตร์…", 1],
  ["1.2 กลยุทธ์…", 2],
  ["(3) แผนงาน…", 3],
  ["ยุทธศาสตร์ที่ 4 การพัฒนา…", 4],
  ["ประเด็นการพัฒนาที่ 2 …", 2],
  ["ยุทธศาสตร์: การพัฒนา…", null],
])("heading number of %s is %s", (text, n) => {
  expect(headingNumber(text)).toBe(n);
});

test("รวม lines and entry numbers", () => {
  for (const t of ["รวม", "รวม 3 โครงการ", "รวมงบประมาณ", "รวมจำนวนโครงการ", "รวมทั้งสิ้น"]) expect(isTotalLine(t)).toBe(true);
  expect(isTotalLine("รวมพลังเยาวชนต้านยาเสพติด")).toBe(false);
  for (const t of ["1", "12.", "22/2"]) expect(isEntryNumber(t)).toBe(true);
  for (const t of ["1.1", "(1)", "ก.", ""]) expect(isEntryNumber(t)).toBe(false);
});

test("tree names: numbering and field labels go, the words stay", () => {
  expect(strategyName("1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน")).toBe("ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
  expect(strategyName("ยุทธศาสตร์ที่ 4 การพัฒนาด้านการเมือง")).toBe("การพัฒนาด้านการเมือง");
  expect(strategyName("ยุทธศาสตร์: การพัฒนาด้านสังคม")).toBe("การพัฒนาด้านสังคม");
  expect(approachName("1.1 กลยุทธ์การพัฒนาระบบคมนาคม")).toBe("กลยุทธ์การพัฒนาระบบคมนาคม");
  expect(approachName("กลยุทธ์: ส่งเสริมอาชีพ")).toBe("ส่งเสริมอาชีพ");
  expect(planName("(1) แผนงานเคหะและชุมชน")).toBe("แผนงานเคหะและชุมชน");
  expect(planName("แผนงาน: เคหะและชุมชน")).toBe("แผนงานเคหะและชุมชน");
  expect(planName("แผนงาน: แผนงานการศึกษา")).toBe("แผนงานการศึกษา");
});
