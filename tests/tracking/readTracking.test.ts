import type { RawValue } from "../../src/core/cellValue";
import type { SheetData } from "../../src/core/sheetData";
import { isDateNumberFormat, isTrackingTable, readTrackingSheet } from "../../src/domain/tracking/readTracking";

const sheet = (rows: RawValue[][], opts: Partial<SheetData> & { formats?: Record<string, string> } = {}): SheetData => {
  const { formats = {}, ...rest } = opts;
  return {
    name: "ติดตามผล",
    originRow: 0,
    originCol: 0,
    values: rows,
    numberFormats: rows.map((r, i) => r.map((_, j) => formats[`${i},${j}`] ?? "General")),
    ...rest,
  };
};

const OPPLAN_HEADER = ["ที่", "โครงการ", "ยุทธศาสตร์", "แผนงาน", "งบประมาณ (บาท)", "ระยะเวลาตามแผน", "ฉบับ", "สถานะ", "เบิกจ่าย (บาท)", "วันที่เริ่ม", "วันที่แล้วเสร็จ", "หมายเหตุ", "รหัสโครงการ (OpPlan)"];

describe("readTrackingSheet", () => {
  it("reads OpPlan's own sheet under a title, values as typed", () => {
    const data = sheet(
      [
        ["ติดตามผลการดำเนินงาน ปีงบประมาณ 2569"],
        ["องค์การบริหารส่วนตำบลบ้านใหม่"],
        [],
        OPPLAN_HEADER,
        [1, "โครงการก่อสร้างถนน หมู่ 3", "ย1", "แผนงานเคหะและชุมชน", 100000, "ธ.ค. 68 – ก.พ. 69", null, "เสร็จแล้ว", " 95,500 ", 46023, "15/02/2569", "ผู้รับจ้างส่งงานช้า", "โครงการก่อสร้างถนน หมู่ 3 | แผนงานเคหะและชุมชน"],
        [2, "โครงการอาหารกลางวัน", "ย2", "แผนงานการศึกษา", 20000, "ทั้งปี", null, null, null, null, null, null, "โครงการอาหารกลางวัน | แผนงานการศึกษา"],
      ],
      { formats: { "4,9": "[$-107041E]d mmmm yyyy" } },
    );
    const r = readTrackingSheet(data)!;
    expect(r.sheet).toBe("ติดตามผล");
    expect(r.headerRow).toBe(4);
    expect(r.extraHeaders).toEqual([]);
    expect(r.entries).toHaveLength(2);
    const [a, b] = r.entries;
    expect(a).toMatchObject({
      row: 5,
      key: "โครงการก่อสร้างถนน หมู่ 3 | แผนงานเคหะและชุมชน",
      name: "โครงการก่อสร้างถนน หมู่ 3",
      status: { value: "เสร็จแล้ว", cell: "H5" },
      // the amount typed as text stays text: the figures read it
      disbursed: { value: " 95,500 ", cell: "I5" },
      // 46023 in a date format is 2026-01-01
      started: { value: { date: "2026-01-01" }, cell: "J5" },
      finished: { value: "15/02/2569", cell: "K5" },
      note: { value: "ผู้รับจ้างส่งงานช้า", cell: "L5" },
      extra: [],
    });
    expect(b).toMatchObject({ row: 6, status: { value: null, cell: "H6" }, disbursed: { value: null, cell: "I6" } });
  });

  it("finds moved, renamed and inserted columns by their header, and keeps the officer's own", () => {
    // The officer moved หมายเหตุ first, renamed สถานะ and เบิกจ่าย to their usual variants, inserted
    // a column of their own (ผู้รับผิดชอบ) and another (เลขที่สัญญา) at the end; no key column.
    const data = sheet([
      ["หมายเหตุ", "ลำดับ", "ชื่อโครงการ", "ผู้รับผิดชอบ", "สถานะการดำเนินงาน", "งบประมาณที่\nเบิกจ่าย", "วันเริ่ม", "วันที่เสร็จ", "เลขที่สัญญา"],
      ["งวดแรก", 1, "โครงการขุดลอกลำห้วย", "กองช่าง", "กำลังดำเนินการ", 30000, "1 ม.ค. 2569", null, "12/2569"],
      [null, 2, "โครงการอาหารกลางวัน", null, "ยังไม่ดำเนินการ", null, null, null, null],
    ]);
    const r = readTrackingSheet(data)!;
    expect(r.headerRow).toBe(1);
    expect(r.extraHeaders).toEqual(["ผู้รับผิดชอบ", "เลขที่สัญญา"]);
    expect(r.entries[0]).toMatchObject({
      key: null,
      name: "โครงการขุดลอกลำห้วย",
      note: { value: "งวดแรก", cell: "A2" },
      status: { value: "กำลังดำเนินการ", cell: "E2" },
      disbursed: { value: 30000, cell: "F2" },
      started: { value: "1 ม.ค. 2569", cell: "G2" },
      finished: { value: null, cell: "H2" },
      extra: [
        { value: "กองช่าง", cell: "D2" },
        { value: "12/2569", cell: "I2" },
      ],
    });
    expect(r.entries[1].extra).toEqual([
      { value: null, cell: "D3" },
      { value: null, cell: "I3" },
    ]);
  });

  it("keeps a row with entries but no name, skips blank rows, total rows and repeated headers", () => {
    const data = sheet([
      ["โครงการ", "สถานะ", "เบิกจ่าย"],
      ["โครงการ ก", "เสร็จ", 1000],
      [null, null, null],
      ["", "  ", ""],
      // the officer typed an amount on a row whose name was deleted: not to be lost
      [null, "เสร็จแล้ว", "5,000"],
      ["โครงการ", "สถานะ", "เบิกจ่าย"],
      ["โครงการ ข", null, null],
      ["รวม", null, 6000],
    ]);
    const r = readTrackingSheet(data)!;
    expect(r.entries.map((e) => [e.row, e.name, e.status.value, e.disbursed.value])).toEqual([
      [2, "โครงการ ก", "เสร็จ", 1000],
      [5, "", "เสร็จแล้ว", "5,000"],
      [7, "โครงการ ข", null, null],
    ]);
    // columns the sheet does not have: empty, with no cell
    expect(r.entries[0].started).toEqual({ value: null, cell: "" });
    expect(r.entries[0].note).toEqual({ value: null, cell: "" });
  });

  it("keeps a row holding only a key (the officer cleared the name shown)", () => {
    const r = readTrackingSheet(
      sheet([
        ["โครงการ", "สถานะ", "รหัสโครงการ (OpPlan)"],
        [null, null, "โครงการ ก | แผนงานการศึกษา"],
      ]),
    )!;
    expect(r.entries).toEqual([expect.objectContaining({ row: 2, name: "", key: "โครงการ ก | แผนงานการศึกษา" })]);
  });

  it("addresses cells in sheet coordinates when the used range does not start at A1", () => {
    // used range B3:D5 (origin row 2, col 1)
    const data = sheet(
      [
        ["โครงการ", "สถานะ", "วันที่เริ่ม"],
        ["โครงการ ก", "ยกเลิก", 46054],
      ],
      { originRow: 2, originCol: 1, formats: { "1,2": "d/m/yyyy" } },
    );
    const r = readTrackingSheet(data)!;
    expect(r.headerRow).toBe(3);
    expect(r.entries[0]).toMatchObject({ row: 4, status: { value: "ยกเลิก", cell: "C4" }, started: { value: { date: "2026-02-01" }, cell: "D4" } });
  });

  it("leaves a number in a plain format a number, not a date", () => {
    const data = sheet(
      [
        ["โครงการ", "สถานะ", "วันที่เริ่ม", "เบิกจ่าย"],
        ["โครงการ ก", null, 46054, 46054],
      ],
      { formats: { "1,3": "#,##0.00" } },
    );
    const e = readTrackingSheet(data)!.entries[0];
    expect(e.started.value).toBe(46054);
    expect(e.disbursed.value).toBe(46054);
  });

  it("is null for a sheet that is not a tracking table", () => {
    expect(readTrackingSheet(sheet([["ที่", "โครงการ", "งบประมาณ"], [1, "โครงการ ก", 100]]))).toBeNull();
    expect(readTrackingSheet(sheet([]))).toBeNull();
    // a header below row 15 is not looked for
    const low: RawValue[][] = Array.from({ length: 15 }, () => [null]);
    expect(readTrackingSheet(sheet([...low, ["โครงการ", "สถานะ"]]))).toBeNull();
    // "รหัสโครงการ" holds "โครงการ": not the name column
    expect(readTrackingSheet(sheet([["รหัสโครงการ (OpPlan)", "สถานะ"]]))).toBeNull();
  });

  it("tells a tracking table by สถานะ and เบิกจ่าย beside โครงการ", () => {
    expect(isTrackingTable(sheet([["ที่", "โครงการ", "งบประมาณ (บาท)", "สถานะ", "เบิกจ่ายแล้ว"]]))).toBe(true);
    expect(isTrackingTable(sheet([["ที่", "โครงการ", "งบประมาณ (บาท)", "สถานะ"]]))).toBe(false);
    expect(isTrackingTable(sheet([["ที่", "โครงการ", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบหลัก"]]))).toBe(false);
  });
});

describe("isDateNumberFormat", () => {
  it.each([
    ["[$-107041E]d mmmm yyyy", true],
    ["d/m/yyyy", true],
    ["dd/mm/bbbb", true],
    ['d" "mmm" "yy', true],
    ["mmm-yy", true],
    ["General", false],
    ["@", false],
    ["#,##0.00", false],
    ["0", false],
    ["h:mm", false],
    ['#,##0 "บาท"', false],
  ])("%p → %p", (format, isDate) => {
    expect(isDateNumberFormat(format)).toBe(isDate);
  });
});
