/**
 * ติดตามผล through both adapters, on a plan typed by hand: a year's progress typed into the
 * tracking sheet as an officer types it (their own words, amounts as text, blanks, a column of
 * their own), the rows re-sorted, a project added by a supplement and one dropped from the plan;
 * then every figure of the report checked against the truth written here, and every entry found
 * again where it belongs.
 */
import { trackPlan } from "../../src/commands/trackPlan";
import { inspectGenerated } from "../../src/commands/formMarker";
import type { CellValue } from "../../src/core/cellValue";
import { TRACKING_REPORT_SHEET, TRACKING_SHEET } from "../../src/core/sheetNames";
import type { SheetData } from "../../src/core/sheetData";
import { DROPPED_MARK, TRACKING_COLUMNS } from "../../src/domain/tracking/types";
import type { WorkbookPort } from "../../src/workbook/port";
import { createExcelJsHarness } from "../workbook/exceljsHarness";
import type { WorkbookHarness } from "../workbook/harness";
import { createOfficeHarness } from "../workbook/officeHarness";

const S1 = "ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน";
const S2 = "ยุทธศาสตร์ที่ 2 การพัฒนาคุณภาพชีวิต";
const ROADS = "แผนงานอุตสาหกรรมและการโยธา";
const HOUSING = "แผนงานเคหะและชุมชน";
const SCHOOL = "แผนงานการศึกษา";
const HEALTH = "แผนงานสาธารณสุข";
const ADMIN = "แผนงานบริหารงานทั่วไป";

/** ตั้งค่า as an officer fills it in; no รอบรายงานผล row (an older template). */
const SETTINGS: (string | number | null)[][] = [
  ["ตั้งค่าแผนการดำเนินงาน"],
  ["รายการ", "ค่า"],
  ["ชื่อ อปท.", "หนองบัว"],
  ["ประเภท อปท.", "องค์การบริหารส่วนตำบล"],
  ["อำเภอ", "เมือง"],
  ["จังหวัด", "ขอนแก่น"],
  ["ปีงบประมาณ", 2569],
];
const STRATEGIES: (string | null)[][] = [
  ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน"],
  [S1, "ถนน", ROADS],
  [S1, "ไฟฟ้า ประปา", HOUSING],
  [S2, "การศึกษา", SCHOOL],
  [S2, "สุขภาพ", HEALTH],
  [S2, "บริหาร", ADMIN],
];
const HEADER = ["ที่", "โครงการ", "รายละเอียด", "งบประมาณ", "สถานที่", "หน่วยงาน", "ยุทธศาสตร์", "แผนงาน", "ประเภท", "ระยะเวลา"];
type PlanRow = [name: string, budget: number | string, strategy: string | null, plan: string, kind: string, period: string];
const PLAN: PlanRow[] = [
  ["โครงการก่อสร้างถนน คสล. หมู่ที่ 1", 400000, S1, ROADS, "โครงการ", "พ.ย. 68 - ม.ค. 69"],
  ["โครงการวางท่อระบายน้ำ หมู่ที่ 3", "250,000", S1, ROADS, "โครงการ", "ก.พ. 69 - มี.ค. 69"],
  ["โครงการขยายเขตประปา หมู่ที่ 5", 180000, S1, HOUSING, "โครงการ", "ม.ค. 69"],
  ["โครงการติดตั้งไฟส่องสว่าง หมู่ที่ 2", 120000, S1, HOUSING, "โครงการ", "มิ.ย. 69 - ก.ค. 69"],
  ["โครงการอาหารกลางวันโรงเรียน", 600000, S2, SCHOOL, "โครงการ", "ต.ค. 68 - ก.ย. 69"],
  ["โครงการแข่งขันกีฬาต้านยาเสพติด", 80000, S2, SCHOOL, "โครงการ", "ธ.ค. 68"],
  ["โครงการป้องกันโรคไข้เลือดออก", 50000, S2, HEALTH, "โครงการ", "พ.ค. 69 - ก.ค. 69"],
  ["โครงการอบรมพัฒนาบุคลากร", 100000, S2, ADMIN, "โครงการ", "ม.ค. 69"],
  ["เครื่องคอมพิวเตอร์โน้ตบุ๊ก", 24000, null, ADMIN, "ครุภัณฑ์", "พ.ย. 68"],
];
const planSheet = (rows: PlanRow[], supplement: PlanRow[] = []): (string | number | null)[][] => [
  ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"],
  HEADER,
  ...rows.map((r, i) => [i + 1, r[0], "", r[1], "ตำบลหนองบัว", "กองช่าง", r[2], r[3], r[4], r[5]]),
  ...(supplement.length ? [["เพิ่มเติม ฉบับที่ 1"], ...supplement.map((r, i) => [i + 1, r[0], "", r[1], "ตำบลหนองบัว", "สำนักปลัด", r[2], r[3], r[4], r[5]])] : []),
];

async function seedPlan(h: WorkbookHarness, plan = planSheet(PLAN)): Promise<void> {
  await h.seed("ตั้งค่า", SETTINGS);
  await h.seed("ยุทธศาสตร์", STRATEGIES);
  await h.seed("โครงการ", plan);
}

const colOf = (data: SheetData, header: string, headerRow = 3) => data.values[headerRow - data.originRow].findIndex((v) => v === header) + data.originCol;

/** The tracking sheet's rows as { name → row } (zero-based sheet rows). */
async function rowsByName(port: WorkbookPort): Promise<{ data: SheetData; row: Map<string, number>; col: (h: string) => number }> {
  const data = (await port.readSheet(TRACKING_SHEET))!;
  const name = colOf(data, "โครงการ");
  const row = new Map<string, number>();
  data.values.forEach((line, i) => {
    const v = line[name - data.originCol];
    if (i > 3 - data.originRow && typeof v === "string" && v) row.set(v, i + data.originRow);
  });
  return { data, row, col: (h) => colOf(data, h) };
}

const at = (data: SheetData, row: number, col: number) => data.values[row - data.originRow]?.[col - data.originCol] ?? null;

/** What the officer typed, by project: สถานะ, เบิกจ่าย, หมายเหตุ, and their own column ผู้ติดตาม. */
const TYPED: Record<string, [status: CellValue, disbursed: CellValue, note: CellValue, follower: CellValue]> = {
  "โครงการก่อสร้างถนน คสล. หมู่ที่ 1": ["เสร็จแล้ว", " 398,500 ", "ส่งมอบงาน 20 ม.ค.", "นายสมชาย"],
  "โครงการวางท่อระบายน้ำ หมู่ที่ 3": ["กำลังดำเนินการ", 100000, null, "นายสมชาย"],
  "โครงการขยายเขตประปา หมู่ที่ 5": [null, null, "รอผู้รับจ้าง", null],
  "โครงการติดตั้งไฟส่องสว่าง หมู่ที่ 2": ["ยังไม่ดำเนินการ", "-", null, null],
  "โครงการอาหารกลางวันโรงเรียน": ["อยู่ระหว่างดำเนินการ", "300,000.50", null, "นางสาวมาลี"],
  "โครงการแข่งขันกีฬาต้านยาเสพติด": ["ดำเนินการแล้ว", 78000, "=ใช้งบเหลือจ่าย", null],
  "โครงการป้องกันโรคไข้เลือดออก": ["ยกเลิก", 0, "โอนงบไปช่วยภัยแล้ง", null],
  "โครงการอบรมพัฒนาบุคลากร": [null, null, null, null],
  "เครื่องคอมพิวเตอร์โน้ตบุ๊ก": ["ดำเนินการแล้วเสร็จ", 23900, null, null],
};

const harnesses: [string, () => WorkbookHarness][] = [
  ["ExcelJS", createExcelJsHarness],
  ["Office.js (fake Excel)", createOfficeHarness],
];

describe.each(harnesses)("ติดตามผล through %s", (_name, make) => {
  it("writes every project of the plan with the officer's columns empty, and a report of nothing started", async () => {
    const h = make();
    await seedPlan(h);
    const r = await trackPlan(h.port, { today: "2025-11-20" });
    expect(r.refused).toEqual([]);
    expect(r.written).toEqual([TRACKING_SHEET, TRACKING_REPORT_SHEET]);
    expect(r.rows).toEqual({ total: 9, byKey: 0, byName: 0, added: 9, dropped: 0 });
    expect(r.tracking!.total).toEqual({ projects: 9, done: 0, inProgress: 0, notStarted: 9, cancelled: 0, budget: 1804000, disbursed: 0 });
    for (const s of [TRACKING_SHEET, TRACKING_REPORT_SHEET]) expect(inspectGenerated(await h.port.readSheet(s)).generated).toBe(true);
    const { data, row, col } = await rowsByName(h.port);
    expect([...row.keys()]).toEqual(PLAN.map((p) => p[0]));
    for (const header of TRACKING_COLUMNS.map((c) => c.header)) expect([header, col(header) >= 0]).toEqual([header, true]);
    for (const r of row.values()) expect(at(data, r, col("สถานะ"))).toBeNull();
    // the plan's months, as the sheet prints them
    expect(at(data, row.get("โครงการก่อสร้างถนน คสล. หมู่ที่ 1")!, col("ระยะเวลาตามแผน"))).toBe("พ.ย. 68 – ม.ค. 69");
  });

  it("keeps a year's entries through re-sorted rows, a supplement and a project dropped from the plan, and reports them", async () => {
    const h = make();
    await seedPlan(h);
    await trackPlan(h.port, { today: "2025-11-20" });

    // The officer adds a column of their own, then types the year's progress.
    let { data, row, col } = await rowsByName(h.port);
    const noteCol = col("หมายเหตุ");
    // ผู้ติดตาม goes right of หมายเหตุ, where the hidden key is: the key moves one column right.
    const keyCol = col("รหัสโครงการ (OpPlan)");
    const keys = [...row.values()].map((r) => ({ r, key: at(data, r, keyCol) }));
    await h.port.writeCells(TRACKING_SHEET, [
      { row: 3, col: keyCol, value: "ผู้ติดตาม" },
      { row: 3, col: keyCol + 1, value: "รหัสโครงการ (OpPlan)" },
      ...keys.flatMap(({ r, key }) => [
        { row: r, col: keyCol, value: null },
        { row: r, col: keyCol + 1, value: key },
      ]),
    ]);
    const writes = Object.entries(TYPED).flatMap(([name, [status, disbursed, note, follower]]) => {
      const r = row.get(name)!;
      return [
        { row: r, col: col("สถานะ"), value: status },
        { row: r, col: col("เบิกจ่าย (บาท)"), value: disbursed },
        { row: r, col: noteCol, value: note },
        { row: r, col: keyCol, value: follower },
      ];
    });
    writes.push({ row: row.get("โครงการก่อสร้างถนน คสล. หมู่ที่ 1")!, col: col("วันที่เริ่ม"), value: { date: "2025-11-10" } });
    writes.push({ row: row.get("โครงการก่อสร้างถนน คสล. หมู่ที่ 1")!, col: col("วันที่แล้วเสร็จ"), value: "20 ม.ค. 2569" });
    await h.port.writeCells(TRACKING_SHEET, writes);

    // Then sorts the rows by name, descending (the whole rows, the hidden key with them).
    ({ data, row, col } = await rowsByName(h.port));
    const lines = [...row.values()].map((r) => data.values[r - data.originRow].slice());
    const width = Math.max(...lines.map((l) => l.length));
    lines.sort((a, b) => String(b[col("โครงการ") - data.originCol]).localeCompare(String(a[col("โครงการ") - data.originCol]), "th"));
    const first = Math.min(...row.values());
    await h.port.writeCells(
      TRACKING_SHEET,
      lines.flatMap((l, i) => Array.from({ length: width }, (_, c) => ({ row: first + i, col: c + data.originCol, value: (l[c] ?? null) as CellValue }))),
    );

    // The plan changes: อบรมพัฒนาบุคลากร is dropped, a supplement adds a project.
    const added: PlanRow = ["โครงการซ่อมแซมถนนลูกรัง หมู่ที่ 7", 90000, S1, ROADS, "โครงการ", "ก.พ. 69"];
    await h.port.deleteSheet("โครงการ");
    await h.seed("โครงการ", planSheet(PLAN.filter((p) => p[0] !== "โครงการอบรมพัฒนาบุคลากร"), [added]));

    const r = await trackPlan(h.port, { today: "2026-03-15", round: "half" });
    expect(r.refused).toEqual([]);
    expect(r.rows).toEqual({ total: 10, byKey: 8, byName: 0, added: 1, dropped: 1 });

    // Every entry is where it belongs, as typed; the officer's column is kept.
    ({ data, row, col } = await rowsByName(h.port));
    expect(col("ผู้ติดตาม")).toBeGreaterThan(col("หมายเหตุ"));
    for (const [name, [status, disbursed, note, follower]] of Object.entries(TYPED)) {
      const r = row.get(name)!;
      expect([name, at(data, r, col("สถานะ")), at(data, r, col("เบิกจ่าย (บาท)")), at(data, r, col("หมายเหตุ")), at(data, r, col("ผู้ติดตาม"))]).toEqual([
        name,
        status,
        disbursed,
        note,
        follower,
      ]);
    }
    const road = row.get("โครงการก่อสร้างถนน คสล. หมู่ที่ 1")!;
    expect(at(data, road, col("วันที่แล้วเสร็จ"))).toBe("20 ม.ค. 2569");
    expect(typeof at(data, road, col("วันที่เริ่ม"))).toBe("number");
    expect(at(data, row.get("โครงการอบรมพัฒนาบุคลากร")!, col("ฉบับ"))).toBe(DROPPED_MARK);
    expect(at(data, row.get(added[0])!, col("ฉบับ"))).toBe("เพิ่มเติม ฉบับที่ 1");
    expect(at(data, row.get(added[0])!, col("สถานะ"))).toBeNull();

    // The report, figure by figure (the dropped project is not counted; the new one is).
    const t = r.tracking!;
    expect([t.round, t.from, t.to, t.asOf]).toEqual(["half", "2025-10-01", "2026-03-31", "2026-03-15"]);
    // the strategy tree's names, as the forms head them ("ยุทธศาสตร์ที่ 1 " is its number)
    const byName = Object.fromEntries(t.strategies.map((s) => [s.number === null ? s.name : [S1, S2][s.number - 1], s]));
    expect(byName[S1]).toMatchObject({ projects: 5, done: 1, inProgress: 1, notStarted: 3, cancelled: 0, budget: 1040000, disbursed: 498500 });
    expect(byName[S2]).toMatchObject({ projects: 3, done: 1, inProgress: 1, notStarted: 0, cancelled: 1, budget: 730000, disbursed: 378000.5 });
    expect(byName["ครุภัณฑ์ (แบบ ผด.02/1)"]).toMatchObject({ projects: 1, done: 1, budget: 24000, disbursed: 23900 });
    // แผนงาน in the standard order, as the forms list them (domain.md §4)
    expect(byName[S1].plans.map((p) => [p.name, p.projects, p.disbursed])).toEqual([
      [HOUSING, 2, 0],
      [ROADS, 3, 498500],
    ]);
    expect(t.total).toEqual({ projects: 9, done: 3, inProgress: 2, notStarted: 3, cancelled: 1, budget: 1794000, disbursed: 900400.5 });
    // Behind by 15 มี.ค.: ประปา (ม.ค.) not started with a note, ซ่อมแซมถนนลูกรัง (ก.พ.) new and blank.
    expect(t.behind.map((b) => [b.name, b.allPassed])).toEqual([
      ["โครงการขยายเขตประปา หมู่ที่ 5", true],
      ["โครงการซ่อมแซมถนนลูกรัง หมู่ที่ 7", true],
    ]);
    expect(r.findings.filter((f) => f.code === "TRACK_BEHIND").length).toBe(2);
    expect(r.findings.find((f) => f.code === "TRACK_DROPPED")).toBeDefined();
  });

  it("stops on a status it cannot read, names the cell and writes nothing", async () => {
    const h = make();
    await seedPlan(h);
    await trackPlan(h.port, { today: "2025-11-20" });
    const { row, col } = await rowsByName(h.port);
    const r0 = row.get("โครงการอาหารกลางวันโรงเรียน")!;
    await h.port.writeCells(TRACKING_SHEET, [
      { row: r0, col: col("สถานะ"), value: "รอเบิก" },
      { row: r0, col: col("เบิกจ่าย (บาท)"), value: "ประมาณห้าหมื่น" },
    ]);
    const before = await h.port.readSheets([TRACKING_SHEET, TRACKING_REPORT_SHEET]);
    const r = await trackPlan(h.port, { today: "2026-01-10" });
    expect(r.written).toEqual([]);
    expect(r.refused.map((f) => [f.code, f.sheet, f.cell])).toEqual(
      expect.arrayContaining([
        ["TRACK_STATUS_UNKNOWN", TRACKING_SHEET, `${String.fromCharCode(65 + col("สถานะ"))}${r0 + 1}`],
        ["TRACK_AMOUNT_INVALID", TRACKING_SHEET, `${String.fromCharCode(65 + col("เบิกจ่าย (บาท)"))}${r0 + 1}`],
      ]),
    );
    for (const f of r.refused) expect(f.message).toMatch(/[ก-๙]/);
    expect(await h.port.readSheets([TRACKING_SHEET, TRACKING_REPORT_SHEET])).toEqual(before);
  });

  it("asks before replacing a report edited by hand, and never touches a sheet of the user's own named ติดตามผล", async () => {
    const h = make();
    await seedPlan(h);
    await h.seed(TRACKING_SHEET, [["บันทึกการลงพื้นที่ของนายก"], ["วันที่", "หมู่บ้าน"]]);
    const first = await trackPlan(h.port, { today: "2025-11-20" });
    expect(first.written).toEqual([`${TRACKING_SHEET} (OpPlan)`, TRACKING_REPORT_SHEET]);
    expect((await h.port.readSheet(TRACKING_SHEET))!.values[0][0]).toBe("บันทึกการลงพื้นที่ของนายก");
    await h.port.writeCells(TRACKING_REPORT_SHEET, [{ row: 1, col: 0, value: "รายงานที่แก้เอง" }]);
    const ask = jest.fn(() => false);
    const declined = await trackPlan(h.port, { today: "2025-11-20", confirmReplaceEdited: ask });
    expect(ask).toHaveBeenCalledWith([TRACKING_REPORT_SHEET]);
    expect(declined).toMatchObject({ cancelled: true, written: [] });
    expect((await h.port.readSheet(TRACKING_REPORT_SHEET))!.values[1][0]).toBe("รายงานที่แก้เอง");
    const agreed = await trackPlan(h.port, { today: "2025-11-20", confirmReplaceEdited: () => true });
    expect(agreed.replacedEdited).toEqual([TRACKING_REPORT_SHEET]);
  });
});
