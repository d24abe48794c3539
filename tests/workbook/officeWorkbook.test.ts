import { isoToSerial } from "../../src/core/localDate";
import { rect, type Rect } from "../../src/core/rect";
import type { CellValue } from "../../src/core/cellValue";
import type { RangeFormat, SheetSpec } from "../../src/core/sheetSpec";
import { FakeExcelError, seedCells, type SheetState } from "../excelModel";
import { MAX_REQUEST_BYTES } from "../../src/workbook/officeBudget";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { CancelledError, WorkbookError, skippedMessageTh, type ReadOptions, type SkippedFeature, type WorkbookPort, type WriteProgress } from "../../src/workbook/port";
import { backupNames } from "../../src/workbook/sheetNames";
import { createOfficeHarness, type OfficeHarness } from "./officeHarness";
import { solidPng } from "./png";

/** What only the Office adapter has to get right: batching, request sizes, Excel's value rules. */

const THAI_NAME = "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 บ้านหนองบัว";

/** A plan-like sheet: a header row, then rows of mixed Thai text, amounts, dates and marks. */
function planSheet(rows: number, cols = 25, name = "แผน"): SheetSpec {
  const header: CellValue[] = Array.from({ length: cols }, (_, c) => `หัวข้อ ${c + 1}`);
  const body = Array.from({ length: rows - 1 }, (_, r): CellValue[] =>
    Array.from({ length: cols }, (_, c): CellValue => {
      if (c === 0) return r + 1;
      if (c === 1) return `${THAI_NAME} (${r})`;
      if (c === 2) return 150000 + r * 13.25;
      if (c === 3) return { date: "2025-10-01" };
      if (c >= 13) return r % 3 === 0 ? "✓" : null;
      return `รายละเอียด ${r}-${c}`;
    }),
  );
  return {
    name,
    cells: [header, ...body],
    formats: [
      { range: rect(0, 0, rows, cols), style: { fontName: "TH SarabunPSK", fontSize: 16 } },
      { range: rect(0, 0, 1, cols), style: { bold: true, fill: "#DDEBF7", hAlign: "center", border: "thin" } },
      { range: rect(1, 2, rows - 1, 1), style: { numberFormat: "#,##0.00", hAlign: "right" } },
      { range: rect(1, 3, rows - 1, 1), style: { numberFormat: "[$-107041E]d mmmm yyyy" } },
      { range: rect(1, 0, rows - 1, cols), style: { border: "thin", wrap: true, vAlign: "top" } },
    ],
    merges: [rect(0, 13, 1, 3)],
    columnWidths: [5, 38, 15, 14, ...Array.from({ length: cols - 4 }, () => 4)],
    defaultRowHeight: 24,
    rowHeights: [{ row: 0, height: 36 }],
    validations: [{ range: rect(1, 4, rows - 1, 1), items: ["โครงการ", "ครุภัณฑ์"], errorMessage: "เลือกจากรายการ" }],
    freeze: { rows: 1, cols: 2 },
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { from: 0, to: 0 }, centerFooter: "หน้า &P/&N" },
    tabColor: "#2F75B5",
  };
}

describe("Office adapter: batching", () => {
  it("writes 5,000 × 25 in a bounded number of syncs, none over the request budget", async () => {
    const h = createOfficeHarness();
    const progress: WriteProgress[] = [];
    await h.port.writeSheet(planSheet(5000), {}, (p) => progress.push(p));
    const { syncs, maxRequestBytes, requests } = h.excel.stats;
    expect(syncs).toBeLessThanOrEqual(6);
    expect(maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(requests).toHaveLength(syncs);
    expect(progress.map((p) => p.rowsWritten)).toEqual([...progress.map((p) => p.rowsWritten)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ rowsWritten: 5000, rowsTotal: 5000 });
    const s = h.excel.workbook.find("แผน")!;
    expect(s.cell(4999, 1)!.value).toBe(`${THAI_NAME} (4998)`);
    expect(s.cell(4999, 3)).toMatchObject({ value: isoToSerial("2025-10-01"), numberFormat: "[$-107041E]d mmmm yyyy" });
  });

  it("splits text-heavy sheets over several requests, each under the budget", async () => {
    const h = createOfficeHarness();
    const cells = Array.from({ length: 5000 }, (_, r) => Array.from({ length: 25 }, (_, c) => `${THAI_NAME} ${r}:${c}`));
    await h.port.writeSheet({ name: "ยาว", cells });
    const { syncs, maxRequestBytes, requests } = h.excel.stats;
    // ~20 MB of Thai text: several value syncs are unavoidable, each kept under the budget
    expect(requests.reduce((n, r) => n + r.bytes, 0)).toBeGreaterThan(4 * MAX_REQUEST_BYTES);
    expect(syncs).toBeLessThanOrEqual(8);
    expect(maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(h.excel.workbook.find("ยาว")!.cell(4999, 24)!.value).toBe(`${THAI_NAME} 4999:24`);
  });

  it("formats per rectangle: operations and syncs do not grow with the number of rows", async () => {
    const measure = async (rows: number) => {
      const h = createOfficeHarness();
      await h.port.writeSheet(planSheet(rows));
      return { syncs: h.excel.stats.syncs, operations: h.excel.stats.operations };
    };
    const small = await measure(10);
    expect(await measure(1900)).toEqual(small);
    expect(small.syncs).toBe(2);
  });

  it("reads 5,000 rows in at most 3 syncs", async () => {
    const h = createOfficeHarness();
    await h.port.writeSheet(planSheet(5000));
    h.excel.resetStats();
    const d = await h.port.readSheet("แผน");
    expect(h.excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(d!.values).toHaveLength(5000);
    expect(d!.values[4999][1]).toBe(`${THAI_NAME} (4998)`);
    expect([d!.values[4999][13], d!.values[4998][13]]).toEqual(["✓", null]);
    expect(d!.numberFormats[4999][2]).toBe("#,##0.00");
    expect(d!.merges).toEqual([rect(0, 13, 1, 3)]);
  });

  it("reads a whole plan workbook (5,000 project rows with fills and three small sheets) in a few syncs under 4 MB", async () => {
    const h = createOfficeHarness();
    await h.port.writeSheet(planSheet(5000));
    for (const name of ["ตั้งค่า", "ยุทธศาสตร์", "วันหยุด"]) await h.seed(name, Array.from({ length: 20 }, (_, r) => [`${name} ${r}`, r]));
    h.excel.resetStats();
    const progress: number[] = [];
    const all = await h.port.readSheets(["แผน", "ตั้งค่า", "ยุทธศาสตร์", "วันหยุด"], { fills: true }, (p) => progress.push(p.rowsRead));
    expect(all.map((d) => d?.values.length)).toEqual([5000, 20, 20, 20]);
    // one sync sizes every sheet, then pieces of all sheets share requests
    expect(h.excel.stats.syncs).toBeLessThanOrEqual(4);
    expect(h.excel.stats.maxRequestBytes).toBeLessThanOrEqual(4_000_000);
    expect(progress.at(-1)).toBe(5060);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("reads the fills of a rectangle only (12 of 23 columns): far fewer bytes than all fills, in a few syncs", async () => {
    const read = async (options: ReadOptions) => {
      const h = createOfficeHarness();
      await h.port.writeSheet(planSheet(5000, 23));
      // month-like marks as fills in columns 11–22, and one outside them
      const sheet = h.excel.workbook.find("แผน")!;
      seedCells(sheet, [], {
        fills: Array.from({ length: 5000 }, (_, r) => Array.from({ length: 23 }, (_, c) => (r > 0 && (c === 11 + (r % 12) || (c === 1 && r === 7)) ? "#A9D08E" : null))),
      });
      for (const name of ["ตั้งค่า", "ยุทธศาสตร์", "วันหยุด"]) await h.seed(name, Array.from({ length: 20 }, (_, r) => [`${name} ${r}`, r]));
      h.excel.resetStats();
      const all = await h.port.readSheets(["แผน", "ตั้งค่า", "ยุทธศาสตร์", "วันหยุด"], options);
      const { syncs, requests, maxRequestBytes } = h.excel.stats;
      return { all, syncs, maxRequestBytes, bytes: requests.reduce((n, r) => n + r.bytes, 0) };
    };
    const months: Rect = { row: 1, col: 11, rows: 4999, cols: 12 };
    const some = await read({ fillsWhere: (d) => (d.name === "แผน" ? months : null) });
    const every = await read({ fills: true });
    expect(some.all.map((d) => d!.values)).toEqual(every.all.map((d) => d!.values));
    expect(some.all.map((d) => d!.numberFormats)).toEqual(every.all.map((d) => d!.numberFormats));
    const [plan, settings] = some.all;
    expect(plan!.fills).toHaveLength(5000);
    expect(plan!.fills![100]).toEqual(every.all[0]!.fills![100]);
    expect(plan!.fills![100][11 + (100 % 12)]).toBe("#A9D08E");
    expect(every.all[0]!.fills![7][1]).toBe("#A9D08E");
    expect(plan!.fills![7][1]).toBeNull(); // outside the rectangle
    expect(settings!.fills!.flat().every((f) => f === null)).toBe(true);
    expect(some.bytes).toBeLessThan(every.bytes * 0.75);
    expect(every.bytes - some.bytes).toBeGreaterThan(5000 * 11 * 35);
    expect(some.syncs).toBeLessThanOrEqual(4);
    expect(some.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it("reads in smaller pieces when a piece's response would be too large for Excel", async () => {
    const h = createOfficeHarness();
    const long = "ก".repeat(150);
    await h.seed(
      "หนัก",
      Array.from({ length: 5000 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${long}${r}:${c}`)),
    );
    const d = await h.port.readSheet("หนัก");
    expect(d!.values).toHaveLength(5000);
    expect(d!.values[4999][19]).toBe(`${long}4999:19`);
  });

  it("reads fills in pieces small enough for per-cell properties", async () => {
    const h = createOfficeHarness();
    // month headers give the used range its width; the marks themselves are fills only
    const header = Array.from({ length: 30 }, (_, c) => `เดือน ${c}`);
    const rows = [
      header,
      ...Array.from({ length: 3000 }, (_, r) => Array.from({ length: 30 }, (_, c): string | null => (c === 0 ? `${r}` : null))),
    ];
    const fills = rows.map((_, r) => header.map((__, c) => (r > 0 && c === r % 30 ? "#a9d08e" : null)));
    await h.seed("เดือน", rows, { fills });
    const d = await h.port.readSheet("เดือน", { fills: true });
    expect(d!.fills).toHaveLength(3001);
    expect(d!.fills![3000][3000 % 30]).toBe("#A9D08E");
    expect(d!.fills![2999][0]).toBeNull();
    expect(Math.max(...h.excel.stats.requests.map((r) => r.bytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });
});

describe("Office adapter: what the user can see, at no extra request", () => {
  const SMALL = ["ตั้งค่า", "ยุทธศาสตร์", "วันหยุด"];
  /** The labels of every request's actions from now on; never fails a sync, only looks. */
  const watch = (h: OfficeHarness): string[][] => {
    const labels: string[][] = [];
    h.excel.failOnSyncWhere((l) => {
      labels.push([...l]);
      return false;
    });
    return labels;
  };
  /** 5,000 × 25 plan rows and three small sheets; the labels of every request's actions are kept. */
  async function planBook(hide?: (plan: SheetState) => void) {
    const h = createOfficeHarness();
    await h.port.writeSheet(planSheet(5000));
    for (const name of SMALL) await h.seed(name, Array.from({ length: 20 }, (_, r) => [`${name} ${r}`, r]));
    hide?.(h.excel.workbook.find("แผน")!);
    h.excel.resetStats();
    return { h, labels: watch(h) };
  }
  const read = async (hide: ((plan: SheetState) => void) | undefined, options: ReadOptions) => {
    const { h, labels } = await planBook(hide);
    const all = await h.port.readSheets(["แผน", ...SMALL], options);
    const { syncs, requests } = h.excel.stats;
    return { all, syncs, labels, bytes: requests.reduce((n, r) => n + r.bytes, 0), maxRequestBytes: h.excel.stats.maxRequestBytes };
  };
  const perLine = (labels: string[][]) => labels.flat().filter((l) => /getRowProperties|getColumnProperties/.test(l));

  it("tells visibility and that nothing is hidden in the syncs of a plain read, a few hundred bytes more, asking no line", async () => {
    const plain = await read(undefined, {});
    const asked = await read(undefined, { hidden: true });
    expect(asked.syncs).toBe(plain.syncs);
    expect(perLine(asked.labels)).toEqual([]);
    expect(asked.bytes - plain.bytes).toBeGreaterThan(0);
    expect(asked.bytes - plain.bytes).toBeLessThan(500);
    expect(asked.all.map((d) => [d!.visibility, d!.hiddenRows, d!.hiddenColumns])).toEqual(
      Array.from({ length: 4 }, () => ["visible", [], []]),
    );
    // visibility comes with every read, in the sizing sync
    expect(plain.all.every((d) => d!.visibility === "visible")).toBe(true);
    expect(plain.labels[0]).toContain("Worksheet.load");
  });

  it("asks no line of a sheet whose used rows or columns are all hidden", async () => {
    const h = createOfficeHarness();
    await h.seed("เห็น", [["a"]]);
    await h.seed("ซ่อนหมด", [[], ["ก", 1], ["ข", 2]], { hiddenRows: [1, 2], hiddenColumns: [0, 1] });
    const labels = watch(h);
    const d = await h.port.readSheet("ซ่อนหมด", { hidden: true });
    expect([d!.hiddenRows, d!.hiddenColumns]).toEqual([[1, 2], [0, 1]]);
    expect(perLine(labels)).toEqual([]);
    expect(labels).toHaveLength(2);
  });

  it("reads a mixed sheet's hidden rows and columns in the first value request: no extra sync", async () => {
    const hide = (plan: SheetState) => {
      for (const r of [0, 7, 8, 4999]) plan.hiddenRows.add(r);
      plan.hiddenColumns.add(5);
      plan.hiddenColumns.add(30); // outside the used range
    };
    const plain = await read(hide, {});
    const asked = await read(hide, { hidden: true });
    expect(asked.syncs).toBe(plain.syncs);
    expect(asked.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const [plan, ...small] = asked.all;
    expect(plan!.hiddenRows).toEqual([0, 7, 8, 4999]);
    expect(plan!.hiddenColumns).toEqual([5]);
    expect(small.map((d) => [d!.hiddenRows, d!.hiddenColumns])).toEqual(small.map(() => [[], []]));
    // one request each, both beside the first pieces of values (the sizing sync comes before)
    expect(asked.labels.map((l) => l.filter((x) => /getRowProperties|getColumnProperties/.test(x)))).toEqual([
      [],
      ["Range.getRowProperties", "Range.getColumnProperties"],
      ...asked.labels.slice(2).map(() => []),
    ]);
    expect(asked.labels[1]).toContain("Range.load");
    // 5,000 rows and 25 columns of flags: about 20 bytes a line
    expect(asked.bytes - plain.bytes).toBeLessThan(5025 * 30);
    expect(asked.all.map((d) => d!.values)).toEqual(plain.all.map((d) => d!.values));
  });

  it("splits a tall mixed sheet's rows over requests like values, each under the budget", async () => {
    const h = createOfficeHarness();
    const rows = 250_000;
    await h.seed("ยาว", Array.from({ length: rows }, (_, r) => [r]));
    seedCells(h.excel.workbook.find("ยาว")!, [], { hiddenRows: [1, 150_000, rows - 1] });
    const labels = watch(h);
    const d = await h.port.readSheet("ยาว", { hidden: true });
    expect(d!.hiddenRows).toEqual([1, 150_000, rows - 1]);
    expect(d!.values).toHaveLength(rows);
    // ~5 MB of flags ({"rowHidden":false} a row): more than one request may carry
    expect(labels.filter((l) => l.includes("Range.getRowProperties")).length).toBeGreaterThan(1);
    expect(h.excel.stats.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });
});

describe("Office adapter: writing cells in place", () => {
  const PLANS = ["แผนงานการศึกษา", "แผนงานสาธารณสุข", "แผนงานอุตสาหกรรมและการโยธา", "แผนงานสร้างความเข้มแข็งของชุมชน"];
  const column = (rows: number, col = 5, first = 4) => Array.from({ length: rows }, (_, i) => ({ row: first + i, col, value: PLANS[i % 4] }));

  async function measure(cells: { row: number; col: number; value: string | number | null }[]) {
    const h = createOfficeHarness();
    await h.seed("โครงการ", [["ที่", "โครงการ"]]);
    h.excel.resetStats();
    await h.port.writeCells("โครงการ", cells);
    return { h, syncs: h.excel.stats.syncs, operations: h.excel.stats.operations, maxRequestBytes: h.excel.stats.maxRequestBytes };
  }

  it("writes 10,000 contiguous cells of a column in one sync and as many operations as 10", async () => {
    const small = await measure(column(10));
    const large = await measure(column(10_000));
    expect(large.syncs).toBe(1);
    // getItem, getRangeByIndexes, numberFormat, values: one range for the whole run
    expect(large.operations).toBe(small.operations);
    expect(large.operations).toBeLessThanOrEqual(4);
    expect(large.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const s = large.h.excel.workbook.find("โครงการ")!;
    expect(s.cell(10_003, 5)).toMatchObject({ value: PLANS[3], numberFormat: "@", isFormula: false });
    expect(s.cell(10_004, 5)).toBeUndefined();
  });

  it("costs operations per run, not per cell", async () => {
    // two columns with a gap in each: four runs
    const cells = [...column(500, 5, 4), ...column(500, 5, 600), ...column(500, 6, 4), ...column(10, 6, 2000)].reverse();
    const { operations, syncs } = await measure(cells);
    expect(syncs).toBe(1);
    expect(operations).toBe(1 + 4 * 3);
  });

  it("splits a column too large for one request over several, each under the budget", async () => {
    const long = `${"ก".repeat(100)} `;
    const cells = Array.from({ length: 30_000 }, (_, i) => ({ row: i, col: 1, value: `${long}${i}` }));
    const { h, syncs, maxRequestBytes } = await measure(cells);
    expect(syncs).toBeGreaterThan(1);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(h.excel.workbook.find("โครงการ")!.cell(29_999, 1)!.value).toBe(`${long}29999`);
  });

  it("reads the number formats first only when numbers are written: one sync more", async () => {
    const text = await measure(column(100));
    const numbers = await measure(Array.from({ length: 100 }, (_, i) => ({ row: 4 + i, col: 2, value: i })));
    expect([text.syncs, numbers.syncs]).toEqual([1, 2]);
  });

  it("clears with \"\" and never sends null as a value", async () => {
    const { h } = await measure([
      { row: 0, col: 1, value: null },
      { row: 1, col: 1, value: "ใหม่" },
    ]);
    const s = h.excel.workbook.find("โครงการ")!;
    expect([s.cell(0, 1)!.value, s.cell(1, 1)!.value]).toEqual(["", "ใหม่"]);
    expect(s.cell(0, 1)!.numberFormat).toBe("General");
  });
});

describe("Office adapter: Excel's rules", () => {
  it("refuses to write onto an existing sheet without replace, touching nothing", async () => {
    const h = createOfficeHarness();
    await h.seed("ผด.01", [["ของเดิม"]]);
    await expect(h.port.writeSheet({ name: "ผด.01", cells: [["ใหม่"]] })).rejects.toEqual(expect.objectContaining({ code: "SHEET_EXISTS" }));
    await expect(h.port.writeSheet({ name: "ผด.01".toUpperCase(), cells: [["ใหม่"]] })).rejects.toBeInstanceOf(WorkbookError);
    expect(h.excel.stats.syncs).toBe(2);
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["ผด.01"]);
    expect(h.excel.workbook.find("ผด.01")!.cell(0, 0)!.value).toBe("ของเดิม");
  });

  it("replaces a workbook's only sheet in place", async () => {
    const h = createOfficeHarness();
    await h.seed("Sheet1", [["เดิม"]]);
    await h.port.writeSheet({ name: "sheet1", cells: [["ใหม่"]] }, { replace: true, activate: true });
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["sheet1"]);
    expect(h.excel.workbook.active?.name).toBe("sheet1");
  });

  it("keeps formula-like and number-like strings as text, formatted @", async () => {
    const h = createOfficeHarness();
    const risky = ["=SUM(A1)", "+66 81 234 5678", "-", "-abc", "@x", "00123", "1,234", "1/2", "TRUE", "50%"];
    await h.port.writeSheet({ name: "ข้อความ", cells: [risky, [1, true, null]] });
    const s = h.excel.workbook.find("ข้อความ")!;
    expect(risky.map((_, c) => [s.cell(0, c)!.value, s.cell(0, c)!.isFormula, s.cell(0, c)!.numberFormat])).toEqual(
      risky.map((v) => [v, false, "@"]),
    );
    expect([s.cell(1, 0)!.numberFormat, s.cell(1, 1)!.value, s.cell(1, 2)?.value ?? ""]).toEqual(["General", true, ""]);
  });

  it("turns Office failures into HOST_ERROR with the cause kept", async () => {
    const h = createOfficeHarness();
    const cause = new FakeExcelError("GeneralException", "ล่ม");
    h.excel.failOnSync(2, cause);
    const error = await h.port.writeSheet({ name: "ก", cells: [["a"]] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "HOST_ERROR", sheet: "ก", cause });
  });

  it("reads no merges where the host cannot tell", async () => {
    const h = createOfficeHarness({ mergedAreas: false });
    await h.port.writeSheet({ name: "ก", cells: [["a", "b"]], merges: [rect(0, 0, 1, 2)] });
    const d = await h.port.readSheet("ก");
    expect(d!.merges).toBeUndefined();
    // merging keeps only the top-left value, as Excel does
    expect(d!.values).toEqual([["a"]]);
  });

  it("selects a cell in one request", async () => {
    const h = createOfficeHarness();
    await h.seed("ก", [["a"]]);
    await h.seed("โครงการ", [["b"]]);
    h.excel.resetStats();
    await h.port.selectCell("โครงการ", "d12");
    expect(h.excel.stats.syncs).toBe(1);
    expect(h.excel.workbook.active?.name).toBe("โครงการ");
    expect(h.excel.workbook.find("โครงการ")!.selection).toBe("D12");
  });
});

describe.each(["ItemAlreadyExists", "InvalidArgument"] as const)("Office adapter: a sheet-name clash Excel reports as %s", (code) => {
  const book = async () => {
    const h = createOfficeHarness({ excel: { renameClashCode: code } });
    await h.seed("Plan", [["a"]]);
    await h.seed("ก", [["b"]]);
    return h;
  };

  it("is SHEET_EXISTS for the name asked for, when adding or renaming onto a name in another case", async () => {
    const h = await book();
    await expect(h.port.addSheet("PLAN")).rejects.toMatchObject({ code: "SHEET_EXISTS", sheet: "PLAN", cause: expect.objectContaining({ code }) });
    await expect(h.port.renameSheet("ก", "plan")).rejects.toMatchObject({ code: "SHEET_EXISTS", sheet: "plan", cause: expect.objectContaining({ code }) });
    await expect(h.port.addSheet("ก")).rejects.toMatchObject({ code: "SHEET_EXISTS", sheet: "ก" });
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "ก"]);
  });

  it("is no clash when a sheet takes its own name in another case", async () => {
    const h = await book();
    await h.port.renameSheet("Plan", "PLAN");
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["PLAN", "ก"]);
  });

  it("leaves an InvalidArgument that is no clash a HOST_ERROR", async () => {
    const h = await book();
    h.excel.failOnSync(1, new FakeExcelError("InvalidArgument", "ผิด"));
    await expect(h.port.renameSheet("ก", "ข")).rejects.toMatchObject({ code: "HOST_ERROR", sheet: "ก" });
    h.excel.failOnSync(1, new FakeExcelError("InvalidArgument", "ผิด"));
    await expect(h.port.addSheet("ข")).rejects.toMatchObject({ code: "HOST_ERROR", sheet: "ข" });
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "ก"]);
  });
});

/**
 * A form like ผด.02: a title and a two-row header, then `blocks` groups, each a heading row
 * (merged across, bold, filled) and its project rows; months as bar glyphs in G..R, one
 * conditional fill over the month grid, an OpPlan marker in the hidden column S outside the
 * print area, body rows autofitted (with estimates for files).
 */
const DETAIL = "ก่อสร้างถนน คสล. กว้าง 5 เมตร ยาว 200 เมตร";

function formSheet(name: string, bodyRows: number, blocks: number, detail = DETAIL): SheetSpec {
  const COLS = 18;
  const top = 4;
  const cells: CellValue[][] = [
    [`แบบ ${name}`, ...Array.from({ length: COLS - 1 }, () => null), `OPPLAN:${name}`],
    ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"],
    ["ที่", "โครงการ", "รายละเอียดของกิจกรรม", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบ", "พ.ศ. 2568", null, null, "พ.ศ. 2569"],
    [null, null, null, null, null, null, "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."],
  ];
  const formats: RangeFormat[] = [
    { range: rect(0, 0, top + bodyRows, COLS), style: { fontName: "TH SarabunPSK", fontSize: 16 } },
    { range: rect(2, 0, 2, COLS), style: { bold: true, hAlign: "center", border: "thin", fill: "#DDEBF7" } },
  ];
  const merges: Rect[] = [rect(0, 0, 1, COLS), rect(1, 0, 1, COLS), rect(2, 6, 1, 3), rect(2, 9, 1, 9)];
  const rowHeights: { row: number; height: number }[] = [{ row: 0, height: 30 }];
  const perBlock = Math.floor(bodyRows / blocks);
  let row = top;
  for (let b = 0; b < blocks; b++) {
    const size = b === blocks - 1 ? top + bodyRows - row : perBlock;
    cells.push([`แผนงานที่ ${b + 1} ${THAI_NAME}`]);
    merges.push(rect(row, 0, 1, COLS));
    formats.push({ range: rect(row, 0, 1, COLS), style: { bold: true, fill: "#FCE4D6", border: "thin" } });
    for (let i = 1; i < size; i++) {
      const line: CellValue[] = [i, `${THAI_NAME} (${b}-${i})`, detail, 150000 + i, "หมู่ที่ 5", "กองช่าง"];
      for (let m = 0; m < 12; m++) line.push((i + m) % 4 === 0 ? "▬" : null);
      cells.push(line);
      rowHeights.push({ row: row + i, height: 24 + 12 * (i % 5) });
    }
    formats.push({ range: rect(row + 1, 0, size - 1, COLS), style: { border: "thin", wrap: true, vAlign: "top" } });
    formats.push({ range: rect(row + 1, 3, size - 1, 1), style: { numberFormat: "#,##0.00", hAlign: "right" } });
    row += size;
  }
  return {
    name,
    cells,
    formats,
    merges,
    columnWidths: [5, 38, 30, 14, 16, 16, ...Array.from({ length: 12 }, () => 4.5), 10],
    defaultRowHeight: 24,
    rowHeights,
    conditionalFills: [{ range: rect(top, 6, bodyRows, 12), fill: "#A9D08E" }],
    autofitRows: { from: top, to: top + bodyRows - 1 },
    printArea: rect(0, 0, top + bodyRows, COLS),
    hiddenColumns: [COLS],
    freeze: { rows: top, cols: 2 },
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { from: 2, to: 3 }, centerFooter: "หน้า &P/&N" },
  };
}

/** ผด.01 (a summary), ผด.02 (every project) and ผด.02-1 (equipment): 5,000 + 100 body rows, ~150 range formats. */
function planForms(projectRows: number, blocks = 44, detail = DETAIL): SheetSpec[] {
  return [formSheet("ผด.01", 50, 3), formSheet("ผด.02", projectRows, blocks, detail), formSheet("ผด.02-1", 50, 3)];
}

/** An activity description of about 250 Thai characters, as long ones run. */
const LONG_DETAIL = `${DETAIL} ${DETAIL} พร้อมวางท่อระบายน้ำ คสล. ขนาด 0.40 เมตร ${DETAIL} ตามแบบแปลนของ อบต. ${DETAIL} ${DETAIL}`;

describe("Office adapter: generating the forms", () => {
  async function generate(projectRows: number, blocks?: number, detail?: string) {
    const h = createOfficeHarness();
    await h.seed("โครงการ", [["ที่", "โครงการ"]]);
    await h.seed("ผด.02", [["ของเดิม"]]);
    h.excel.resetStats();
    const specs = planForms(projectRows, blocks, detail);
    const progress: WriteProgress[] = [];
    await h.port.replaceSheets(specs, (p) => progress.push(p));
    return { h, specs, progress, stats: h.excel.stats };
  }

  it("writes three sheets (5,100 body rows × 18 columns) in at most 8 syncs, none over 4 MB", async () => {
    const { h, specs, progress, stats } = await generate(5000);
    const formats = specs.reduce((n, s) => n + (s.formats?.length ?? 0), 0);
    expect(formats).toBeGreaterThanOrEqual(140);
    expect(stats.syncs).toBeLessThanOrEqual(8);
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["โครงการ", "ผด.02", "ผด.01", "ผด.02-1"]);
    const s = h.excel.workbook.find("ผด.02")!;
    expect(s.cell(5003, 1)!.value).toBe(`${THAI_NAME} (43-${5003 - 4 - 43 * 113})`);
    expect(s.conditionalFormats).toHaveLength(1);
    // one autofit per block's project rows: the merged headings between them are left out
    expect(s.autofitSpans).toHaveLength(44);
    expect(s.autofitSpans[0]).toEqual({ from: 5, to: 116 });
    expect(s.autofitSpans.at(-1)!.to).toBe(5003);
    expect([s.pageLayout.printArea, [...s.hiddenColumns]]).toEqual(["A1:R5004", [18]]);
    expect(progress.at(-1)).toEqual({ rowsWritten: 5112, rowsTotal: 5112 });
  });

  it("still fits in 8 syncs under 4 MB each with 250-character activity descriptions", async () => {
    const { stats } = await generate(5000, 44, LONG_DETAIL);
    const total = stats.requests.reduce((n, r) => n + r.bytes, 0);
    // more than one request can carry
    expect(total).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(stats.syncs).toBeLessThanOrEqual(8);
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it("costs operations per block and per value block, not per row", async () => {
    const small = (await generate(1000)).stats;
    const large = (await generate(5000)).stats;
    const fewerBlocks = (await generate(5000, 22)).stats;
    // 4,000 more rows add only a few value blocks (3 operations each) per sheet
    expect(large.operations - small.operations).toBeLessThanOrEqual(30);
    // 22 blocks fewer: 22 × (heading merge + 3 range formats, each several property sets)
    expect(large.operations - fewerBlocks.operations).toBeGreaterThan(22 * 10);
  });

  it("sets no row height on the autofit span's unmerged rows: Excel measures those rows", async () => {
    const measure = async (estimates: boolean) => {
      const h = createOfficeHarness();
      const spec = formSheet("ผด.02", 200, 4);
      await h.port.replaceSheets([estimates ? spec : { ...spec, rowHeights: spec.rowHeights!.filter((r) => r.row < 4) }]);
      return { h, operations: h.excel.stats.operations };
    };
    const withEstimates = await measure(true);
    expect(withEstimates.operations).toBe((await measure(false)).operations);
    const s = withEstimates.h.excel.workbook.find("ผด.02")!;
    expect(s.rowHeights.get(0)).toBe(30);
    expect(s.rowHeights.get(2)).toBe(24);
    // the model's measure: the long Thai name wraps onto three lines of 16-point text, 3 × 25.6 + 4
    expect(s.rowHeights.get(5)).toBe(81);
    // a merged heading is not autofitted (Excel's AutoFit does not serve merged rows): it keeps the default
    expect(s.rowHeights.get(4)).toBe(24);
  });

  it("asks Excel for one conditional format with a formula relative to the grid's top-left", async () => {
    const { h } = await generate(300, 5);
    const [cf] = h.excel.workbook.find("ผด.02")!.conditionalFormats;
    expect(cf).toEqual({ type: "Custom", range: rect(4, 6, 300, 12), formula: "=LEN(G5)>0", fill: "#A9D08E" });
  });

  it("replaces small sheets in two syncs: the names, then everything", async () => {
    const h = createOfficeHarness();
    await h.seed("ผด.01", [["เดิม"]]);
    h.excel.resetStats();
    await h.port.replaceSheets([formSheet("ผด.01", 20, 2), formSheet("ผด.02", 20, 2)]);
    expect(h.excel.stats.syncs).toBe(2);
  });

  it("leaves the old sheets untouched and no temporary sheet behind, whichever sync fails", async () => {
    const specs = [formSheet("ผด.01", 50, 3), formSheet("ผด.02", 5000, 10, LONG_DETAIL), formSheet("ผด.02-1", 50, 3)];
    const fresh = async () => {
      const h = createOfficeHarness();
      await h.seed("โครงการ", [["ที่", "โครงการ"]]);
      await h.seed("ผด.01", [["ผด.01 เดิม"]]);
      await h.seed("ผด.02", [["ผด.02 เดิม"]], { fills: [["#FFC000"]] });
      h.excel.resetStats();
      return h;
    };
    const ok = await fresh();
    await ok.port.replaceSheets(specs);
    const syncs = ok.excel.stats.syncs;
    expect(syncs).toBeGreaterThanOrEqual(3);
    for (let n = 1; n <= syncs; n++) {
      const h = await fresh();
      // Not GeneralException: on a large request that is taken for a size refusal and retried.
      const cause = new FakeExcelError("InvalidOperation", `ล่มที่ ${n}`);
      h.excel.failOnSync(n, cause);
      const error = await h.port.replaceSheets(specs).catch((e: unknown) => e);
      expect([n, error]).toEqual([n, expect.objectContaining({ code: "HOST_ERROR", cause })]);
      expect([n, h.excel.workbook.sheets.map((s) => s.name)]).toEqual([n, ["โครงการ", "ผด.01", "ผด.02"]]);
      expect(h.excel.workbook.find("ผด.02")!.cell(0, 0)).toMatchObject({ value: "ผด.02 เดิม", fill: "#FFC000" });
      expect(h.excel.workbook.find("ผด.01")!.cell(1, 0)).toBeUndefined();
    }
  });

  it("leaves the old sheets when an action fails part-way through the last request (the actions before it applied)", async () => {
    const h = createOfficeHarness();
    await h.seed("ผด.01", [["ผด.01 เดิม"]]);
    await h.seed("ผด.02", [["ผด.02 เดิม"]]);
    h.excel.resetStats();
    // Excel refuses a dropdown whose list is on a sheet the workbook lacks: the failing action
    // comes after both temporary sheets were added and filled, in the same request.
    const bad = { ...formSheet("ผด.02", 20, 2), validations: [{ range: rect(4, 4, 10, 1), source: "'ไม่มี'!$A$1:$A$5" }] };
    const error = await h.port.replaceSheets([formSheet("ผด.01", 20, 2), bad]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "HOST_ERROR" });
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["ผด.01", "ผด.02"]);
    expect(h.excel.workbook.find("ผด.01")!.cell(0, 0)!.value).toBe("ผด.01 เดิม");
    // the build's request, then the clean-up: names, deletes
    expect(h.excel.stats.syncs).toBe(4);
  });
});

describe("Office adapter: a swap that fails part-way", () => {
  const FORMS = ["ผด.01", "ผด.02", "ผด.02-1"];
  /** The tab order the user had, the forms apart: the replaced sheets keep their places. */
  const ORDER = ["ผด.01", "โครงการ", "ผด.02", "ผด.02-1"];
  const specs = () => [formSheet("ผด.01", 6, 2), formSheet("ผด.02", 8, 2), formSheet("ผด.02-1", 6, 2)];
  const fresh = async () => {
    const h = createOfficeHarness();
    for (const name of ORDER) await h.seed(name, [[name === "โครงการ" ? "ที่" : `${name} เดิม`]], { fills: [["#FFC000"]] });
    h.excel.resetStats();
    return h;
  };
  /** "old" or "new" when every form is, else what was found. */
  const forms = (h: OfficeHarness): string => {
    const kinds = FORMS.map((name) => {
      const c = h.excel.workbook.find(name)?.cell(0, 0);
      if (c?.value === `${name} เดิม` && c.fill === "#FFC000") return "old";
      return c?.value === `แบบ ${name}` ? "new" : `neither (${name})`;
    });
    return kinds.every((k) => k === kinds[0]) ? kinds[0] : kinds.join(", ");
  };

  it("leaves every old form or every new one, never neither nor a backup, whichever action fails", async () => {
    const probe = await fresh();
    await probe.port.replaceSheets(specs());
    const actions = probe.excel.stats.operations;
    expect(forms(probe)).toBe("new");
    const seen = { old: 0, new: 0 };
    for (let n = 1; n <= actions; n++) {
      const h = await fresh();
      h.excel.failAtAction(n, "GeneralException");
      const outcome = await h.port.replaceSheets(specs()).then(
        () => "completed",
        (e: unknown) => e,
      );
      // no temporary or backup sheet left, and the replaced sheets in their places
      expect([n, h.excel.workbook.sheets.map((s) => s.name)]).toEqual([n, ORDER]);
      const found = forms(h);
      // the write completes exactly when the new forms are in; a failure leaves the old ones
      expect([n, found]).toEqual([n, outcome === "completed" ? "new" : "old"]);
      if (outcome !== "completed") expect([n, outcome]).toEqual([n, expect.objectContaining({ code: "HOST_ERROR" })]);
      seen[found as "old" | "new"]++;
    }
    // the failures after the last new sheet got its name finish the swap; all before undo it
    expect(seen.old).toBeGreaterThan(actions / 2);
    expect(seen.new).toBeGreaterThanOrEqual(3);
    expect(seen.old + seen.new).toBe(actions);
  });

  it("gives the old sheets backup names no sheet has, as Excel compares names, and valid", async () => {
    const long = "ก".repeat(31);
    expect(backupNames(["ผด.01", "ผด.02", long, "Plan"], ["ผด.01", "~~ผด.02", "~OPPLAN-OLD1", "~~plan"])).toEqual([
      "~~ผด.01",
      "~opplan-old2",
      `~~${"ก".repeat(29)}`,
      "~opplan-old3",
    ]);
    // sheets the user named like a backup stay as they were
    const h = await fresh();
    await h.seed("~~ผด.01", [["ของผู้ใช้"]]);
    await h.port.replaceSheets(specs());
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual([...ORDER, "~~ผด.01"]);
    expect(h.excel.workbook.find("~~ผด.01")!.cell(0, 0)!.value).toBe("ของผู้ใช้");
    expect(forms(h)).toBe("new");
  });
});

describe("Office adapter: a write refused for its size", () => {
  const refusing = (bytes: number, code: string) => createOfficeHarness({ excel: { largeRequestError: { bytes, code } } });
  /** The cells of the spec Excel does not hold as written (a merge keeps its top-left value only). */
  const missing = (h: OfficeHarness, spec: SheetSpec): string[] => {
    const s = h.excel.workbook.find(spec.name)!;
    const hidden = (r: number, c: number) =>
      (spec.merges ?? []).some((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols && (r !== m.row || c !== m.col));
    const out: string[] = [];
    spec.cells.forEach((line, r) =>
      line.forEach((v, c) => {
        const want = v === null || hidden(r, c) ? "" : typeof v === "object" ? isoToSerial(v.date) : v;
        if ((s.cell(r, c)?.value ?? "") !== want) out.push(`${spec.name}!R${r + 1}C${c + 1}`);
      }),
    );
    return out;
  };
  const refused = (h: OfficeHarness, bytes: number) => h.excel.stats.requests.filter((r) => r.requestBytes > bytes).length;

  it("writes the whole sheet in smaller requests when Excel refuses the budget's (RequestPayloadSizeLimitExceeded)", async () => {
    const h = refusing(1_000_000, "RequestPayloadSizeLimitExceeded");
    const spec = planSheet(5000);
    const progress: number[] = [];
    await h.port.writeSheet(spec, {}, (p) => progress.push(p.rowsWritten));
    expect(refused(h, 1_000_000)).toBeGreaterThanOrEqual(1);
    expect(missing(h, spec)).toEqual([]);
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["แผน"]);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(5000);
  });

  it("does the same when Excel calls it GeneralException, replacing forms whole", async () => {
    const h = refusing(800_000, "GeneralException");
    await h.seed("โครงการ", [["ที่", "โครงการ"]]);
    await h.seed("ผด.02", [["ของเดิม"]]);
    const specs = planForms(2000, 20, LONG_DETAIL);
    await h.port.replaceSheets(specs);
    expect(refused(h, 800_000)).toBeGreaterThanOrEqual(1);
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["โครงการ", "ผด.02", "ผด.01", "ผด.02-1"]);
    expect(specs.flatMap((spec) => missing(h, spec))).toEqual([]);
  });

  it("writes cells in place in smaller requests too", async () => {
    const h = refusing(1_000_000, "RequestPayloadSizeLimitExceeded");
    await h.seed("โครงการ", [["ที่", "โครงการ"]]);
    const long = `${"ก".repeat(100)} `;
    await h.port.writeCells("โครงการ", Array.from({ length: 30_000 }, (_, i) => ({ row: i, col: 1, value: `${long}${i}` })));
    expect(refused(h, 1_000_000)).toBeGreaterThanOrEqual(1);
    const s = h.excel.workbook.find("โครงการ")!;
    expect(Array.from({ length: 30_000 }, (_, i) => s.cell(i, 1)?.value).filter((v, i) => v !== `${long}${i}`)).toEqual([]);
  });

  it("gives up after a bounded number of tries with a Thai message, leaving the old sheet whole and nothing else", async () => {
    const h = refusing(3_000, "RequestPayloadSizeLimitExceeded");
    await h.seed("ก่อน", [["อื่น"]]);
    await h.seed("แผน", [["แผนเดิม"]], { fills: [["#FFC000"]] });
    h.excel.resetStats();
    const error = await h.port.writeSheet(planSheet(300), { replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "TOO_LARGE", sheet: "แผน", cause: expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" }) });
    expect((error as Error).message).toMatch(/^Excel ไม่รับข้อมูลที่เขียนลงแผ่นงาน "แผน" เพราะคำขอใหญ่เกินไป แม้แบ่งส่งเป็นชุดเล็กลงแล้ว 5 ครั้ง .*แผ่นงานยังเป็นอย่างเดิม/);
    // the first try and four halvings
    expect(refused(h, 3_000)).toBe(5);
    expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["ก่อน", "แผน"]);
    expect(h.excel.workbook.find("แผน")!.cell(0, 0)).toMatchObject({ value: "แผนเดิม", fill: "#FFC000" });
    expect(h.excel.workbook.find("แผน")!.cell(1, 0)).toBeUndefined();
  });

  it("takes a GeneralException on a small request for what it says: no retry", async () => {
    const h = refusing(5_000, "GeneralException");
    const spec: SheetSpec = { name: "เล็ก", cells: Array.from({ length: 40 }, (_, r) => [`${THAI_NAME} ${r}`]) };
    const error = await h.port.writeSheet(spec).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "HOST_ERROR", message: expect.stringMatching(/^GeneralException: /) });
    expect(refused(h, 5_000)).toBe(1);
    expect(h.excel.workbook.sheets).toEqual([]);
  });
});

/** The port over the harness's fake, firing `controller` as its nth sync from now is sent. */
function abortingOnSync(h: OfficeHarness, n: number, controller: AbortController): WorkbookPort {
  let syncs = 0;
  return createOfficeWorkbook(
    (batch) =>
      h.excel.run((ctx) => {
        const sync = ctx.sync;
        ctx.sync = <T>(value?: T): Promise<T> => {
          if (++syncs === n) controller.abort();
          return sync.call(ctx, value) as Promise<T>;
        };
        return batch(ctx);
      }),
    { mergedAreasSupported: () => true },
  );
}

describe("Office adapter: cancelling", () => {
  /** Small enough to be quick, big enough (~5 MB) for several requests. */
  async function heavySheet() {
    const h = createOfficeHarness();
    await h.seed(
      "หนัก",
      Array.from({ length: 2000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${"ก".repeat(150)}${r}:${c}`)),
    );
    h.excel.resetStats();
    return h;
  }

  it("reads nothing once the signal has fired: not one request", async () => {
    const h = await heavySheet();
    const signal = AbortSignal.abort();
    await expect(h.port.readSheets(["หนัก"], { signal })).rejects.toBeInstanceOf(CancelledError);
    await expect(h.port.readSheet("หนัก", { signal })).rejects.toBeInstanceOf(CancelledError);
    expect(h.excel.stats.syncs).toBe(0);
  });

  it("stops a read before its next request once a report fired the signal", async () => {
    const h = await heavySheet();
    await h.port.readSheets(["หนัก"]);
    const whole = h.excel.stats.syncs;
    expect(whole).toBeGreaterThanOrEqual(3);
    h.excel.resetStats();
    const controller = new AbortController();
    let syncsAtAbort = -1;
    const read = h.port.readSheets(["หนัก"], { signal: controller.signal }, () => {
      syncsAtAbort = h.excel.stats.syncs;
      controller.abort();
    });
    await expect(read).rejects.toBeInstanceOf(CancelledError);
    // stopped part-way, and nothing sent after the report
    expect(syncsAtAbort).toBeGreaterThan(1);
    expect(syncsAtAbort).toBeLessThan(whole);
    expect(h.excel.stats.syncs).toBe(syncsAtAbort);
  });

  describe("replacing sheets", () => {
    const specs = () => [formSheet("ผด.01", 50, 3), formSheet("ผด.02", 5000, 10, LONG_DETAIL), formSheet("ผด.02-1", 50, 3)];
    const fresh = async () => {
      const h = createOfficeHarness();
      await h.seed("โครงการ", [["ที่", "โครงการ"]]);
      await h.seed("ผด.01", [["ผด.01 เดิม"]]);
      await h.seed("ผด.02", [["ผด.02 เดิม"]], { fills: [["#FFC000"]] });
      h.excel.resetStats();
      return h;
    };
    const unchanged = (h: OfficeHarness, n: number) => {
      expect([n, h.excel.workbook.sheets.map((s) => s.name)]).toEqual([n, ["โครงการ", "ผด.01", "ผด.02"]]);
      expect(h.excel.workbook.find("ผด.02")!.cell(0, 0)).toMatchObject({ value: "ผด.02 เดิม", fill: "#FFC000" });
      expect(h.excel.workbook.find("ผด.01")!.cell(1, 0)).toBeUndefined();
    };

    it("sends no request of the build after the report that fired the signal, only the clean-up", async () => {
      /** ~4.5 MB of Thai text each: two requests of values apiece. */
      const heavy = (name: string): SheetSpec => ({
        name,
        cells: Array.from({ length: 1000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${"ก".repeat(150)} ${r}:${c}`)),
      });
      const big = () => [heavy("ผด.01"), heavy("ผด.02"), formSheet("ผด.02-1", 50, 3)];
      const probe = await fresh();
      await probe.port.replaceSheets(big());
      const whole = probe.excel.stats.syncs;

      const h = await fresh();
      const controller = new AbortController();
      let syncsAtAbort = -1;
      const write = h.port.replaceSheets(
        big(),
        () => {
          if (syncsAtAbort < 0) syncsAtAbort = h.excel.stats.syncs;
          controller.abort();
        },
        { signal: controller.signal },
      );
      await expect(write).rejects.toBeInstanceOf(CancelledError);
      // the names, one request of the build; then the clean-up: the names again and the deletes
      expect(syncsAtAbort).toBe(2);
      // what was left out: more than the swap's request
      expect(whole - syncsAtAbort).toBeGreaterThanOrEqual(2);
      const after = h.excel.stats.requests.slice(syncsAtAbort);
      expect(after).toHaveLength(2);
      for (const r of after) expect(r.requestBytes).toBeLessThan(5_000);
      unchanged(h, 0);
    });

    it("leaves the sheets as they were when cancelled during any request before the swap's; during the swap's, the write completes", async () => {
      const probe = await fresh();
      await probe.port.replaceSheets(specs());
      const syncs = probe.excel.stats.syncs;
      expect(syncs).toBeGreaterThanOrEqual(3);
      for (let n = 1; n <= syncs; n++) {
        const h = await fresh();
        const controller = new AbortController();
        const write = abortingOnSync(h, n, controller).replaceSheets(specs(), undefined, { signal: controller.signal });
        if (n < syncs) {
          await expect(write).rejects.toBeInstanceOf(CancelledError);
          // the request under way when the signal fired still went; after it, only the clean-up
          const after = h.excel.stats.requests.slice(n);
          expect([n, after.length <= 2 && after.every((r) => r.requestBytes < 5_000)]).toEqual([n, true]);
          unchanged(h, n);
        } else {
          await expect(write).resolves.toBeUndefined();
          expect(h.excel.workbook.sheets.map((s) => s.name)).toEqual(["โครงการ", "ผด.01", "ผด.02", "ผด.02-1"]);
          expect(h.excel.workbook.find("ผด.02")!.cell(0, 0)!.value).toBe("แบบ ผด.02");
        }
      }
    });
  });
});

describe("Office adapter: the plan book's pictures and pages", () => {
  const emblem = { base64: solidPng(30, 30), extension: "png" as const, row: 2, col: 1, offsetX: 4, offsetY: 2, width: 60, height: 60 };
  const cover = (name = "ปก"): SheetSpec => ({
    name,
    cells: [["องค์การบริหารส่วนตำบลหนองบัว"], [], [], ["แผนการดำเนินงาน"]],
    columnWidths: [10, 20],
    defaultRowHeight: 24,
    images: [emblem],
    print: { orientation: "portrait", paper: "A4", pageBreaks: [] },
  });

  it("writes the sheets whole and reports a picture Excel refuses, naming the sheet", async () => {
    const h = createOfficeHarness({ excel: { sheets: ["ข้อมูล"], refuseImages: true } });
    const skipped: SkippedFeature[] = [];
    await h.port.replaceSheets([cover(), { name: "ประกาศ", cells: [["ประกาศ"]], images: [emblem] }], undefined, { onSkipped: (s) => skipped.push(s) });
    expect(await h.sheetNames()).toEqual(["ข้อมูล", "ปก", "ประกาศ"]);
    expect((await h.port.readSheet("ปก"))!.values[3]).toEqual(["แผนการดำเนินงาน"]);
    expect(skipped).toEqual([
      { sheet: "ปก", feature: "image", code: "InvalidArgument" },
      { sheet: "ประกาศ", feature: "image", code: "InvalidArgument" },
    ]);
    expect((await h.sheet("ปก")).images).toEqual([]);
    const message = skippedMessageTh(skipped[0]);
    expect(message).toContain('"ปก"');
    expect(message).toMatch(/[\u0E01-\u0E5B]/);
    // a single sheet's write tells the same
    const one: SkippedFeature[] = [];
    await h.port.writeSheet(cover("ปก 2"), { onSkipped: (s) => one.push(s) });
    expect(one.map((s) => s.sheet)).toEqual(["ปก 2"]);
  });

  it("places a picture by the spec's own sizes where Excel cannot tell a cell's place (before ExcelApi 1.10)", async () => {
    for (const cellPlaces of [true, false]) {
      const h = createOfficeHarness({ cellPlaces });
      await h.port.replaceSheets([cover()]);
      // column A: 10 characters = 56.25 pt; rows 1–2: 24 pt each
      const [image] = (await h.sheet("ปก")).images;
      expect([cellPlaces, image]).toEqual([cellPlaces, { left: 60.25, top: 50, width: 60, height: 60 }]);
    }
  });

  it("takes the cell's place from Excel when it has fitted the rows above the picture", async () => {
    const h = createOfficeHarness();
    const long = "ประกาศองค์การบริหารส่วนตำบลหนองบัว เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 ".repeat(3);
    const spec: SheetSpec = { ...cover(), cells: [[long], [long]], formats: [{ range: rect(0, 0, 2, 1), style: { wrap: true, fontSize: 16 } }], autofitRows: { from: 0, to: 1 }, print: undefined };
    await h.port.replaceSheets([spec]);
    const s = h.excel.workbook.find("ปก")!;
    const fitted = s.rowHeights.get(0)! + s.rowHeights.get(1)!;
    expect(fitted).toBeGreaterThan(48);
    expect((await h.sheet("ปก")).images[0].top).toBeCloseTo(fitted + 2, 5);
  });

  it("sends no break for the first row", async () => {
    const h = createOfficeHarness();
    await h.port.writeSheet({ name: "ผด.02", cells: Array.from({ length: 80 }, (_, r) => [r]), print: { orientation: "landscape", paper: "A4", pageBreaks: [0, 20, 40, 60] } });
    expect((await h.sheet("ผด.02")).print.pageBreaks).toEqual([20, 40, 60]);
  });
});
