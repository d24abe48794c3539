import { parseBudget, type BudgetParse } from "../../src/domain/parse/budget";
import { parseDate, type DateParse } from "../../src/domain/parse/dates";
import { monthFromText, parseMonthRange, parseMonthText, periodFiscalYear, yearFromText, type MonthsParse } from "../../src/domain/parse/months";
import { cellText, isBlank, isExcelError, normalizeText } from "../../src/domain/parse/text";
import { isoToSerial } from "../../src/core/localDate";
import type { RawValue } from "../../src/core/cellValue";

describe("normalizeText / cellText / isBlank / isExcelError", () => {
  it.each([
    ["  ต.ค.  67 ", "ต.ค. 67"],
    ["๑,๖๓๒,๘๒๐", "1,632,820"],
    ["โครงการ\r\nซ่อมถนน", "โครงการ ซ่อมถนน"],
    ["โครงการ\n\nซ่อม\tถนน", "โครงการ ซ่อม ถนน"],
    ["\uFEFFกองช่าง", "กองช่าง"],
    ["กอง\u200Bช่าง", "กองช่าง"],
    ["1,000\u00A0บาท", "1,000 บาท"],
    // Visually identical misspellings: ํ+า for ำ, เ+เ for แ.
    ["ดําเนินการ", "ดำเนินการ"],
    ["เเผนงาน", "แผนงาน"],
  ])("normalizeText(%j) = %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each<[RawValue, string]>([
    [null, ""],
    [1632820, "1632820"],
    [1234.5, "1234.5"],
    [true, "TRUE"],
    [false, "FALSE"],
    ["  ๒๕๖๘\n", "2568"],
  ])("cellText(%j) = %j", (v, expected) => {
    expect(cellText(v)).toBe(expected);
  });

  it("tells blank cells, whatever invisible characters they hold", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank("")).toBe(true);
    expect(isBlank(" \n\t\u00A0\u200B")).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank("-")).toBe(false);
  });

  it("knows Excel's error values and nothing else", () => {
    for (const e of ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA"]) {
      expect(isExcelError(e)).toBe(true);
    }
    expect(isExcelError(" #VALUE! ")).toBe(true);
    expect(isExcelError("#")).toBe(false);
    expect(isExcelError("#1")).toBe(false);
    expect(isExcelError(0)).toBe(false);
    expect(isExcelError(null)).toBe(false);
  });

  it("gives the same answers once it remembers them, and after its memory fills and starts again", () => {
    const typed = "งบ\u00A0๑๒๓\u200B  บาท";
    expect(normalizeText(typed)).toBe("งบ 123 บาท");
    expect(normalizeText(typed)).toBe("งบ 123 บาท");
    // Well past the bound (2,000,000 characters of texts and answers): the memory starts again.
    const long = "ก".repeat(10_000);
    for (let i = 0; i < 150; i++) expect(normalizeText(`${long}${i}\u00A0`)).toBe(`${long}${i}`);
    expect(normalizeText(typed)).toBe("งบ 123 บาท");
    expect(normalizeText("เเดง")).toBe("แดง");
  });
});

describe("parseBudget", () => {
  const text = (value: number) => expect.objectContaining({ kind: "text", value });
  it.each<[RawValue, BudgetParse | ReturnType<typeof text>]>([
    [null, { kind: "empty" }],
    ["", { kind: "empty" }],
    ["   \n", { kind: "empty" }],
    [1632820, { kind: "number", value: 1632820 }],
    [0.1 + 0.2, { kind: "number", value: 0.3 }],
    [-0, { kind: "number", value: 0 }],
    [NaN, { kind: "invalid", text: "NaN" }],
    [Infinity, { kind: "invalid", text: "Infinity" }],
    [true, { kind: "invalid", text: "TRUE" }],
    // The real messy cells of §6.
    [" 1,632,820 ", { kind: "text", value: 1632820, text: "1,632,820" }],
    [" - ", { kind: "dash", value: 0, text: "-" }],
    ["1,632,820\n", text(1632820)],
    ["1,234.50", text(1234.5)],
    ["1,234.5", text(1234.5)],
    ["1234.567", text(1234.57)],
    ["1.005", text(1.01)],
    ["1,63,2820", text(1632820)],
    ["1 632 820", text(1632820)],
    ["๑,๖๓๒,๘๒๐", text(1632820)],
    ["50,000 บาท", text(50000)],
    ["50,000บาท", text(50000)],
    ["50,000 บ.", text(50000)],
    ["฿50,000", text(50000)],
    ["THB 50,000", text(50000)],
    ["50,000 thb", text(50000)],
    ["50,000.-", text(50000)],
    ["50,000.- บาท", text(50000)],
    ["50,000-.", text(50000)],
    ["50,000.00", text(50000)],
    [".50", text(0.5)],
    ["(1,000)", text(-1000)],
    ["-1,000", text(-1000)],
    ["- 1,000 บาท", text(-1000)],
    ["−2,500.75", text(-2500.75)],
    ["1.5 ล้าน", text(1500000)],
    ["1.5 ล้านบาท", text(1500000)],
    ["2 ล้านบาท", text(2000000)],
    ["1.25 ล้าน", text(1250000)],
    ["5 แสนบาท", text(500000)],
    ["0", text(0)],
    ["-", { kind: "dash", value: 0, text: "-" }],
    ["–", { kind: "dash", value: 0, text: "–" }],
    ["—", { kind: "dash", value: 0, text: "—" }],
    ["0.-", { kind: "dash", value: 0, text: "0.-" }],
    ["-.-", { kind: "dash", value: 0, text: "-.-" }],
    ["- บาท", { kind: "dash", value: 0, text: "- บาท" }],
    ["#VALUE!", { kind: "error", text: "#VALUE!" }],
    ["#REF!", { kind: "error", text: "#REF!" }],
    ["#N/A", { kind: "error", text: "#N/A" }],
    ["50,000 + 20,000", { kind: "invalid", text: "50,000 + 20,000" }],
    ["50,000/60,000", { kind: "invalid", text: "50,000/60,000" }],
    ["50,000 20,000", { kind: "invalid", text: "50,000 20,000" }],
    ["ไม่มี", { kind: "invalid", text: "ไม่มี" }],
    ["รอจัดสรร", { kind: "invalid", text: "รอจัดสรร" }],
    ["บาท", { kind: "invalid", text: "บาท" }],
    ["1.234,50", { kind: "invalid", text: "1.234,50" }],
    ["1.2.3", { kind: "invalid", text: "1.2.3" }],
    ["1,000,", { kind: "invalid", text: "1,000," }],
    ["1,000-", { kind: "invalid", text: "1,000-" }],
    ["(-1,000)", { kind: "invalid", text: "(-1,000)" }],
    ["แก้ไข ครั้งที่ 2/2568", { kind: "invalid", text: "แก้ไข ครั้งที่ 2/2568" }],
    ["(โอนงบครั้งที่ 13/2567)", { kind: "invalid", text: "(โอนงบครั้งที่ 13/2567)" }],
  ])("parseBudget(%j)", (v, expected) => {
    expect(parseBudget(v)).toEqual(expected);
  });

  it("keeps 2-decimal values free of binary junk", () => {
    expect(parseBudget("1234.5")).toMatchObject({ value: 1234.5 });
    expect(parseBudget("0.29")).toMatchObject({ value: 0.29 });
    expect(parseBudget("999,999,999.99")).toMatchObject({ value: 999999999.99 });
    expect(parseBudget(1234.5000000001)).toEqual({ kind: "number", value: 1234.5 });
  });

  it("never returns negative zero", () => {
    expect(Object.is((parseBudget("-0") as { value: number }).value, 0)).toBe(true);
    expect(Object.is((parseBudget("(0)") as { value: number }).value, 0)).toBe(true);
  });
});

describe("parseDate", () => {
  const on = (iso: string, from: "text" | "serial" = "text"): DateParse => ({ kind: "date", iso, from });
  it.each<[RawValue, DateParse]>([
    [null, { kind: "empty" }],
    ["  ", { kind: "empty" }],
    ["16 ก.ย. 2567", on("2024-09-16")],
    ["16 ก.ย.67", on("2024-09-16")],
    ["16ก.ย.2567", on("2024-09-16")],
    ["16 ก.ย 2567", on("2024-09-16")],
    ["16 กย 2567", on("2024-09-16")],
    ["16 กันยายน 2567", on("2024-09-16")],
    ["๑๖ กันยายน ๒๕๖๗", on("2024-09-16")],
    ["วันที่ 16 เดือนกันยายน พ.ศ. 2567", on("2024-09-16")],
    ["ณ วันที่ ๑๖ กันยายน พ.ศ. ๒๕๖๗", on("2024-09-16")],
    ["วันจันทร์ที่ 16 กันยายน 2567", on("2024-09-16")],
    ["16/09/2567", on("2024-09-16")],
    ["16/9/67", on("2024-09-16")],
    ["16-09-2567", on("2024-09-16")],
    ["16.09.2567", on("2024-09-16")],
    ["16/09/2024", on("2024-09-16")],
    ["2024-09-16", on("2024-09-16")],
    ["2567-09-16", on("2024-09-16")],
    ["2024-09-16T00:00:00", on("2024-09-16")],
    ["16/09/2567 10:30", on("2024-09-16")],
    ["16 ก.ย. 2567 เวลา 10.30 น.", on("2024-09-16")],
    ["16 Sep 2024", on("2024-09-16")],
    ["16 September 2024", on("2024-09-16")],
    ["Sep 16, 2024", on("2024-09-16")],
    ["16 ก.ย. ค.ศ. 2024", on("2024-09-16")],
    ["1 มีนาคม 2567", on("2024-03-01")],
    ["1 ม.ค. 2568", on("2025-01-01")],
    ["29 ก.พ. 2567", on("2024-02-29")],
    ["31 ก.พ. 2567", { kind: "invalid", text: "31 ก.พ. 2567" }],
    ["29 ก.พ. 2568", { kind: "invalid", text: "29 ก.พ. 2568" }],
    ["31/04/2567", { kind: "invalid", text: "31/04/2567" }],
    ["09/16/2024", { kind: "invalid", text: "09/16/2024" }],
    ["16/09-2567", { kind: "invalid", text: "16/09-2567" }],
    ["16 ก.ย. 2350", { kind: "invalid", text: "16 ก.ย. 2350" }],
    ["16 ก.ย. 567", { kind: "invalid", text: "16 ก.ย. 567" }],
    ["ก.ย. 2567", { kind: "invalid", text: "ก.ย. 2567" }],
    ["รอประกาศ", { kind: "invalid", text: "รอประกาศ" }],
    ["#VALUE!", { kind: "invalid", text: "#VALUE!" }],
    [true, { kind: "invalid", text: "TRUE" }],
    [45551, on("2024-09-16", "serial")],
    [45551.75, on("2024-09-16", "serial")],
    [1, on("1900-01-01", "serial")],
    [61, on("1900-03-01", "serial")],
    [2958465, on("9999-12-31", "serial")],
    [0, { kind: "invalid", text: "0" }],
    [60, { kind: "invalid", text: "60" }],
    [2958466, { kind: "invalid", text: "2958466" }],
    [-5, { kind: "invalid", text: "-5" }],
  ])("parseDate(%j)", (v, expected) => {
    expect(parseDate(v)).toEqual(expected);
  });

  it("reads a number as a date unless its format shows a plain number", () => {
    const serial = isoToSerial("2024-09-16");
    expect(parseDate(serial, "[$-107041E]d mmmm yyyy")).toEqual(on("2024-09-16", "serial"));
    expect(parseDate(serial, "dd/mm/yyyy")).toEqual(on("2024-09-16", "serial"));
    expect(parseDate(serial, "General")).toEqual(on("2024-09-16", "serial"));
    expect(parseDate(serial, "#,##0.00")).toEqual({ kind: "invalid", text: String(serial) });
    expect(parseDate(serial, '[$-D00041E]#,##0.00 "บาท"')).toEqual({ kind: "invalid", text: String(serial) });
  });
});

describe("monthFromText", () => {
  it.each<[string, number | null]>([
    ["ต.ค.", 10],
    ["ต.ค", 10],
    ["ตค", 10],
    ["ต. ค.", 10],
    ["ต.ค.67", 10],
    ["ต.ค.\n67", 10],
    ["ตุลาคม", 10],
    ["ตุลาคม 2567", 10],
    ["ต.ค. 2567", 10],
    ["เดือนตุลาคม", 10],
    ["ม.ค.", 1],
    ["มค", 1],
    ["ก.พ.", 2],
    ["มี.ค.", 3],
    ["มีค", 3],
    ["มีนาคม", 3],
    ["เม.ย.", 4],
    ["พ.ค.", 5],
    ["มิ.ย.", 6],
    ["ก.ค.", 7],
    ["ส.ค.", 8],
    ["ก.ย.", 9],
    ["พ.ย.", 11],
    ["ธ.ค.", 12],
    ["กุมภาพันธ์", 2],
    ["พฤศจิกายน", 11],
    ["Oct", 10],
    ["ตกค้าง", null],
    ["กคช", null],
    ["ต.ค.-ธ.ค.", null],
    ["1 ต.ค.", null],
    ["ที่", null],
    ["โครงการ", null],
    ["พ.ศ. 2567", null],
    ["", null],
    ["Mayor", null],
  ])("monthFromText(%j) = %j", (t, expected) => {
    expect(monthFromText(t)).toBe(expected);
  });
});

describe("yearFromText", () => {
  it.each<[string, number | null]>([
    ["พ.ศ. 2568", 2568],
    ["พ.ศ.2568", 2568],
    ["2568", 2568],
    ["ปี 2568", 2568],
    ["ปีงบประมาณ พ.ศ. 2568", 2568],
    ["๒๕๖๘", 2568],
    ["พ.ศ. ๒๕๖๗", 2567],
    ["พ.ศ. 68", 2568],
    ["2566 (บาท)", 2566],
    ["68", null],
    ["ต.ค.", null],
    ["1,632,820", null],
    ["ปี", null],
    ["", null],
  ])("yearFromText(%j) = %j", (t, expected) => {
    expect(yearFromText(t)).toBe(expected);
  });
});

/** Months as a string of 12 marks, ต.ค. first, so that failures read at a glance. */
function marks(p: MonthsParse): string {
  return p.kind === "months" ? p.months.map((m) => (m ? "x" : ".")).join("") : p.kind;
}

describe("parseMonthText", () => {
  it.each<[string, number | undefined, string, boolean, boolean]>([
    //  text                                         fy     ONDJFMAMJJAS    outside reversed
    ["ต.ค. 67 - ก.ย. 68", 2568, "xxxxxxxxxxxx", false, false],
    ["ต.ค.67-ก.ย.68", 2568, "xxxxxxxxxxxx", false, false],
    ["ม.ค.-มี.ค. 2568", 2568, "...xxx......", false, false],
    ["ต.ค.67–ธ.ค.67", 2568, "xxx.........", false, false],
    ["ตุลาคม 2567 ถึง กันยายน 2568", 2568, "xxxxxxxxxxxx", false, false],
    ["ตั้งแต่เดือนตุลาคม 2567 ถึงเดือนกันยายน 2568", 2568, "xxxxxxxxxxxx", false, false],
    ["ต.ค. 2567 — ธ.ค. 2567", 2568, "xxx.........", false, false],
    ["ต.ค. - ก.ย. 2568", 2568, "xxxxxxxxxxxx", false, false],
    ["ต.ค. 67 - มี.ค.", 2568, "xxxxxx......", false, false],
    ["เม.ย. 68", 2568, "......x.....", false, false],
    ["เมษายน", 2568, "......x.....", false, false],
    ["ตลอดปีงบประมาณ", 2568, "xxxxxxxxxxxx", false, false],
    ["ตลอดปี", 2568, "xxxxxxxxxxxx", false, false],
    ["ทั้งปี", undefined, "xxxxxxxxxxxx", false, false],
    ["12 เดือน", 2568, "xxxxxxxxxxxx", false, false],
    ["ตลอดปีงบประมาณ 2568", 2568, "xxxxxxxxxxxx", false, false],
    ["ต.ค., ม.ค., เม.ย.", 2568, "x..x..x.....", false, false],
    ["ต.ค. ม.ค. เม.ย.", 2568, "x..x..x.....", false, false],
    ["ต.ค. และ พ.ย.", 2568, "xx..........", false, false],
    ["ต.ค.-ธ.ค. 67, เม.ย. 68", 2568, "xxx...x.....", false, false],
    ["ต.ค.-ธ.ค. 67\nเม.ย.-มิ.ย. 68", 2568, "xxx...xxx...", false, false],
    ["๑ ต.ค. ๖๗ - ๓๐ ก.ย. ๖๘", 2568, "xxxxxxxxxxxx", false, false],
    ["01/10/2567 - 31/12/2567", 2568, "xxx.........", false, false],
    ["Oct 2024 - Dec 2024", 2568, "xxx.........", false, false],
    ["ต.ค. 67 – ก.ย. 68 (12 เดือน)", 2568, "xxxxxxxxxxxx", false, false],
    // No years: the fiscal order (ต.ค. first) decides what is reversed.
    ["มี.ค. - ม.ค.", 2568, "...xxx......", false, true],
    ["ม.ค. - มี.ค.", undefined, "...xxx......", false, false],
    ["ธ.ค. - ต.ค.", undefined, "xxx.........", false, true],
    // With years.
    ["ก.ย. 68 - ต.ค. 67", 2568, "xxxxxxxxxxxx", false, true],
    ["ธ.ค. 67 - ต.ค. 67", undefined, "xxx.........", false, true],
    ["ต.ค. 66 - ธ.ค. 66", 2568, "............", true, false],
    ["ก.ย. 67 - ธ.ค. 67", 2568, "xxx.........", true, false],
    ["ก.ค. 68 - ธ.ค. 68", 2568, ".........xxx", true, false],
    ["ต.ค. 66 - ก.ย. 69", 2568, "xxxxxxxxxxxx", true, false],
    ["เม.ย. 67", 2568, "............", true, false],
    // Without a fiscal year it comes from the first dated month.
    ["ต.ค. 68 - ธ.ค. 68", undefined, "xxx.........", false, false],
    ["เม.ย. 68, ต.ค. 68", undefined, "......x.....", true, false],
    // Fiscal quarters: the first is ต.ค.–ธ.ค.
    ["ไตรมาส 1", 2568, "xxx.........", false, false],
    ["ไตรมาสที่ 2", 2568, "...xxx......", false, false],
    ["ไตรมาส 2-3", 2568, "...xxxxxx...", false, false],
    ["ไตรมาส 1 และ 4", 2568, "xxx......xxx", false, false],
    ["ไตรมาส 1, ไตรมาส 3", undefined, "xxx...xxx...", false, false],
    ["Q4", 2568, ".........xxx", false, false],
    ["ไตรมาส 3-2", 2568, "...xxxxxx...", false, true],
    ["ไตรมาส 2/2568", 2568, "...xxx......", false, false],
    ["ไตรมาส 2/2567", 2568, "............", true, false],
    // Full month names, and the whole year as people write it.
    ["ตุลาคม 2567 – ธันวาคม 2567", 2568, "xxx.........", false, false],
    ["มกราคม - มีนาคม", 2568, "...xxx......", false, false],
    ["ตลอดปี", 2568, "xxxxxxxxxxxx", false, false],
  ])("parseMonthText(%j, %j)", (text, fy, expected, outsideFy, reversed) => {
    const p = parseMonthText(text, fy);
    expect(marks(p)).toBe(expected);
    expect(p).toMatchObject({ outsideFy, reversed });
  });

  it.each([
    "ไตรมาส 5",
    "ไตรมาส",
    "ตกค้าง",
    "ดำเนินการแล้ว",
    "2568",
    "ต.ค. - ธ.ค. - มี.ค.",
    "ต.ค. 12345",
    "ต.ค. -",
    "(โอนงบครั้งที่ 13/2567)",
    "แก้ไข ครั้งที่ 2/2568",
  ])("rejects %j", (text) => {
    expect(parseMonthText(text, 2568)).toEqual({ kind: "invalid", text });
  });

  it.each([
    ["ต.ค. 67 - ก.ย. 68", 2568],
    ["ตุลาคม 2567 – ธันวาคม 2567", 2568],
    ["ม.ค. - มี.ค. 2569", 2569],
    ["ไตรมาส 2/2568", 2568],
    ["ไตรมาส 2", null],
    ["ม.ค. - มี.ค.", null],
    ["ตลอดปีงบประมาณ", null],
    ["ตกค้าง", null],
  ])("periodFiscalYear(%j) is %j", (text, fy) => {
    expect(periodFiscalYear(text as string)).toBe(fy);
  });

  it("is empty for an empty cell", () => {
    expect(parseMonthText("  \n ")).toEqual({ kind: "empty" });
  });

  it("reads a two-digit year in the century nearest the fiscal year", () => {
    expect(marks(parseMonthText("ต.ค. 99 - ม.ค. 00", 2600))).toBe("xxxx........");
    expect(parseMonthText("ต.ค. 99 - ม.ค. 00", 2600)).toMatchObject({ outsideFy: false, reversed: false });
  });
});

describe("parseMonthRange", () => {
  const oct1 = isoToSerial("2024-10-01");
  const dec15 = isoToSerial("2024-12-15");
  it.each<[RawValue, RawValue, number | undefined, string, boolean, boolean]>([
    ["ต.ค. 67", "ธ.ค. 67", 2568, "xxx.........", false, false],
    ["ต.ค.", "ธ.ค.", 2568, "xxx.........", false, false],
    ["ตุลาคม", "กันยายน", undefined, "xxxxxxxxxxxx", false, false],
    ["ม.ค.", null, 2568, "...x........", false, false],
    ["ม.ค.", "", 2568, "...x........", false, false],
    [null, "ก.พ. 68", 2568, "....x.......", false, false],
    [oct1, dec15, 2568, "xxx.........", false, false],
    [oct1, "มี.ค. 68", 2568, "xxxxxx......", false, false],
    ["1 ต.ค. 2567", "31 ธ.ค. 2567", 2568, "xxx.........", false, false],
    ["01/10/2567", "31/12/2567", 2568, "xxx.........", false, false],
    [10, 12, 2568, "xxx.........", false, false],
    ["10", "12", undefined, "xxx.........", false, false],
    ["ต.ค. 67 - ธ.ค. 67", null, 2568, "xxx.........", false, false],
    ["ธ.ค. 67", "ต.ค. 67", 2568, "xxx.........", false, true],
    ["มี.ค.", "ม.ค.", 2568, "...xxx......", false, true],
    ["ต.ค. 66", "ธ.ค. 66", 2568, "............", true, false],
    [isoToSerial("2023-10-01"), isoToSerial("2023-12-31"), 2568, "............", true, false],
    ["ก.ย.", "ต.ค.", 2568, "xxxxxxxxxxxx", false, true],
  ])("parseMonthRange(%j, %j, %j)", (start, end, fy, expected, outsideFy, reversed) => {
    const p = parseMonthRange(start, end, fy);
    expect(marks(p)).toBe(expected);
    expect(p).toMatchObject({ outsideFy, reversed });
  });

  it.each<[RawValue, RawValue, string]>([
    ["ต.ค.", "ไม่ระบุ", "ไม่ระบุ"],
    ["xyz", "ธ.ค.", "xyz"],
    [15, "ธ.ค.", "15"],
    ["#N/A", "ธ.ค.", "#N/A"],
    [true, null, "TRUE"],
  ])("rejects (%j, %j)", (start, end, text) => {
    expect(parseMonthRange(start, end, 2568)).toEqual({ kind: "invalid", text });
  });

  it("is empty when both cells are", () => {
    expect(parseMonthRange(null, " ")).toEqual({ kind: "empty" });
  });
});
