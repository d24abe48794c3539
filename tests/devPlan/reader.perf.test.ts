import { readDevPlan } from "../../src/domain/devPlan/readDevPlan";
import { sheetData, type Cells } from "./workbooks/sheetData";

/** 3,000 entries under 10 strategies × 3 กลยุทธ์ × 2 แผนงาน, heading rows inside, a spill every tenth. */
function bigPlan(): { rows: Cells[]; entries: number } {
  const rows: Cells[] = [
    [, , , , , , , , , , , "แบบ ผ.02"],
    ["รายละเอียดโครงการพัฒนา"],
    ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย (ผลผลิตของโครงการ)", "งบประมาณ", , , , , "ตัวชี้วัด (KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก"],
    [, , , , "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)"],
  ];
  let entries = 0;
  for (let s = 1; s <= 10; s++) {
    rows.push([`${s}. ยุทธศาสตร์การพัฒนาด้านที่ ${s}`]);
    for (let a = 1; a <= 3; a++) {
      rows.push([`${s}.${a} กลยุทธ์ที่ ${a}`]);
      for (let p = 1; p <= 2; p++) {
        rows.push([`(${p}) แผนงานอุตสาหกรรมและการโยธา`]);
        for (let i = 1; i <= 50; i++) {
          entries++;
          rows.push([i, `โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สาย ${entries} หมู่ที่ ${i % 12 + 1}`, "เพื่อการคมนาคม", "กว้าง 4 เมตร ยาว 100 เมตร", ` ${(100000 + i).toLocaleString("en-US")} `, "-", 250000, "-", "-", "ร้อยละ", "สะดวก", "กองช่าง"]);
          if (i % 10 === 0) rows.push([, "ช่วงที่ 2"]);
        }
        rows.push([, "รวม", , , 1]);
      }
    }
  }
  return { rows, entries };
}

test("reads a 3,000-entry ผ.02 well under a second", () => {
  const { rows, entries } = bigPlan();
  const data = sheetData("ผ.02", rows);
  const t0 = performance.now();
  const plan = readDevPlan([data], "file")!;
  const ms = performance.now() - t0;
  console.log(`readDevPlan: ${entries} entries (${rows.length} rows) in ${ms.toFixed(0)} ms`);
  expect(plan.entries).toHaveLength(3000);
  expect(plan.entries.filter((e) => e.name.endsWith(" ช่วงที่ 2"))).toHaveLength(300);
  expect(ms).toBeLessThan(1000);
});
