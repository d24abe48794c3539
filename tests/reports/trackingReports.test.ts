/**
 * The two sheets of ติดตามผล as specs: the tracking sheet carries the officer's entries over exactly
 * as typed, and the report prints every figure it is given with bars on its per cents.
 */
import type { CellValue } from "../../src/core/cellValue";
import { buildProgressReport } from "../../src/reports/tracking/progressReport";
import { buildTrackingSheet, TRACKING_HEADER_ROW, trackingLayout } from "../../src/reports/tracking/trackingSheet";
import { DROPPED_MARK, TRACKING_COLUMNS, type TrackingEntry, type TrackingSummary } from "../../src/domain/tracking/types";

const cell = (value: CellValue, at: string) => ({ value, cell: at });
const entry = (row: number, name: string, status: CellValue, disbursed: CellValue, extra: CellValue[] = []): TrackingEntry => ({
  row,
  key: `k${row}`,
  name,
  status: cell(status, `H${row}`),
  disbursed: cell(disbursed, `I${row}`),
  started: cell({ date: "2025-11-03" }, `J${row}`),
  finished: cell("15 ม.ค. 2569", `K${row}`),
  note: cell("=ไม่ใช่สูตร", `L${row}`),
  extra: extra.map((v, i) => cell(v, `M${row + i}`)),
});

describe("the tracking sheet", () => {
  const spec = buildTrackingSheet({
    name: "ติดตามผล",
    fiscalYear: 2569,
    orgTitle: "องค์การบริหารส่วนตำบลห้วยยาง อำเภอกระนวน จังหวัดขอนแก่น",
    extraHeaders: ["ผู้ติดตาม"],
    thaiDigits: false,
    rows: [
      { key: "ก|แผนงานการศึกษา", no: 1, name: "โครงการ ก", strategy: "ยุทธศาสตร์ที่ 1", plan: "แผนงานการศึกษา", budget: 100000, months: "ธ.ค. 68 – ก.พ. 69", edition: "ฉบับหลัก", entry: entry(5, "โครงการ ก", "เสร็จแล้ว", " 120,000 ", ["นายสมชาย"]) },
      { key: "ข|แผนงานการศึกษา", no: 2, name: "โครงการ ข", strategy: "ยุทธศาสตร์ที่ 1", plan: "แผนงานการศึกษา", budget: 5000, months: "ทั้งปี", edition: "เพิ่มเติม ฉบับที่ 1", entry: null },
      { key: "ค|x", no: null, name: "โครงการ ค", strategy: "", plan: "", budget: null, months: "", edition: DROPPED_MARK, entry: entry(7, "โครงการ ค", "ยกเลิก", 0) },
    ],
  });
  const { col, keyCol, firstExtra } = trackingLayout(1);
  const row = (i: number) => spec.cells[TRACKING_HEADER_ROW + 1 + i];

  it("heads every column, the officer's own one after หมายเหตุ and the hidden key last", () => {
    const header = spec.cells[TRACKING_HEADER_ROW];
    expect(header.slice(0, col("note") + 1)).toEqual(TRACKING_COLUMNS.slice(0, -1).map((c) => c.header));
    expect(header[firstExtra]).toBe("ผู้ติดตาม");
    expect(header[keyCol]).toBe("รหัสโครงการ (OpPlan)");
    expect(spec.hiddenColumns).toEqual([keyCol]);
    expect(spec.printArea!.cols).toBe(keyCol);
  });

  it("carries every entry as typed: a word of the officer's, an amount as text, a date, a text date, a note like a formula", () => {
    expect(row(0).slice(col("status"), col("note") + 2)).toEqual(["เสร็จแล้ว", " 120,000 ", { date: "2025-11-03" }, "15 ม.ค. 2569", "=ไม่ใช่สูตร", "นายสมชาย"]);
    expect(row(0)[keyCol]).toBe("ก|แผนงานการศึกษา");
    // a new project: the officer's cells empty
    expect(row(1).slice(col("status"), col("note") + 1)).toEqual([null, null, null, null, null]);
    // a project no longer in the plan: kept with its entries, marked, not numbered
    expect([row(2)[col("no")], row(2)[col("edition")], row(2)[col("status")]]).toEqual([null, DROPPED_MARK, "ยกเลิก"]);
  });

  it("offers the four status words in a list on every row's สถานะ", () => {
    const v = spec.validations![0];
    expect(v.items).toEqual(["ยังไม่ได้ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ยกเลิก"]);
    expect(v.range).toEqual({ row: TRACKING_HEADER_ROW + 1, col: col("status"), rows: 3, cols: 1 });
  });
});

describe("the progress report", () => {
  const figures = (projects: number, done: number, inProgress: number, notStarted: number, cancelled: number, budget: number, disbursed: number) => ({
    projects,
    done,
    inProgress,
    notStarted,
    cancelled,
    budget,
    disbursed,
  });
  const summary: TrackingSummary = {
    fiscalYear: 2569,
    round: "half",
    from: "2025-10-01",
    to: "2026-03-31",
    asOf: "2026-03-15",
    strategies: [
      { name: "ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน", number: 1, ...figures(3, 1, 1, 1, 0, 300000, 150000), plans: [{ name: "แผนงานอุตสาหกรรมและการโยธา", ...figures(3, 1, 1, 1, 0, 300000, 150000) }] },
      { name: "ครุภัณฑ์ (แบบ ผด.02/1)", number: null, ...figures(1, 0, 0, 0, 1, 20000, 0), plans: [{ name: "แผนงานบริหารงานทั่วไป", ...figures(1, 0, 0, 0, 1, 20000, 0) }] },
    ],
    total: figures(4, 1, 1, 1, 1, 320000, 150000),
    behind: [{ project: 2, name: "โครงการขุดลอกคลอง", strategy: "ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน", plan: "แผนงานอุตสาหกรรมและการโยธา", months: "พ.ย. 68 – ธ.ค. 68", allPassed: true, row: 7 }],
  };
  const spec = buildProgressReport({ name: "รายงานผล", summary, orgTitle: "องค์การบริหารส่วนตำบลห้วยยาง", thaiDigits: false });
  const rowOf = (label: string) => spec.cells.find((r) => typeof r[0] === "string" && (r[0] as string).trim() === label)!;

  it("titles the round and the date the figures stand at", () => {
    const text = spec.cells.slice(0, 5).flat().join(" ");
    expect(text).toContain("รอบ 6 เดือน (ตุลาคม 2568 – มีนาคม 2569)");
    expect(text).toContain("ข้อมูล ณ วันที่ 15 มีนาคม 2569");
  });

  it("prints each strategy, its แผนงาน and the total with counts, per cents and baht", () => {
    expect(rowOf("1. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน")).toEqual(["1. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน", 3, 1, 33.33, 1, 33.33, 1, 33.33, 0, 0, 300000, 150000, 50]);
    expect(rowOf("แผนงานอุตสาหกรรมและการโยธา")[0]).toBe("    แผนงานอุตสาหกรรมและการโยธา");
    expect(rowOf("ครุภัณฑ์ (แบบ ผด.02/1)").slice(8, 13)).toEqual([1, 100, 20000, 0, 0]);
    expect(rowOf("รวมทั้งสิ้น")).toEqual(["รวมทั้งสิ้น", 4, 1, 25, 1, 25, 1, 25, 1, 25, 320000, 150000, 46.88]);
  });

  it("draws bars from 0 to 100 on the per cents done and disbursed, over every body row", () => {
    const first = spec.cells.findIndex((r) => r[0] === "1. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน");
    const total = spec.cells.findIndex((r) => r[0] === "รวมทั้งสิ้น");
    expect(spec.dataBars!.map((b) => [b.range, b.min, b.max])).toEqual([
      [{ row: first, col: 3, rows: total - first + 1, cols: 1 }, 0, 100],
      [{ row: first, col: 12, rows: total - first + 1, cols: 1 }, 0, 100],
    ]);
  });

  it("lists the projects behind schedule", () => {
    const r = rowOf("โครงการขุดลอกคลอง");
    expect([r[1], r[9], r[11]]).toEqual([1, "พ.ย. 68 – ธ.ค. 68", "เลยทุกเดือนที่วางแผนแล้ว"]);
    expect(spec.cells.flat().join(" ")).toContain("โครงการที่ล่าช้ากว่าแผน");
  });

  it("is A4 landscape, one page wide, its pages broken by OpPlan", () => {
    expect(spec.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
    expect(spec.print!.pageBreaks).toBeDefined();
  });
});
