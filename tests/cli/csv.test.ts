/**
 * The CSV reader on its own: the encodings Thai Excel saves, RFC 4180 fields, the separator,
 * the sheet name, and cells kept as the text that was typed.
 */
import fc from "fast-check";
import { decodeText, delimitedWorkbook, looksTabular, parseDelimited, sheetNameFor, sniffSeparator, UnclosedQuoteError, type Separator } from "../../src/cli/csv";
import { isValidSheetName } from "../../src/workbook/port";
import { windows874 } from "../support/bytes";

const THAI = "โครงการก่อสร้างถนน ค.ส.ล. หมู่ที่ ๑๒ งบประมาณ ๑,๖๓๒,๘๒๐ บาท ต.ค. 67";

describe("decodeText", () => {
  it("the test's Windows-874 encoder writes the code page's bytes (ก = A1, ๙ = F9)", () => {
    expect([...windows874("กฮ๙a")]).toEqual([0xa1, 0xce, 0xf9, 0x61]);
    expect(new TextDecoder("windows-874").decode(windows874(THAI))).toBe(THAI);
  });

  it("reads UTF-8 with and without its BOM", () => {
    expect(decodeText(Buffer.from(THAI, "utf8"))).toEqual({ text: THAI, encoding: "UTF-8" });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(THAI, "utf8")]))).toEqual({ text: THAI, encoding: "UTF-8" });
  });

  it("reads Windows-874 (what Excel on Thai Windows saves as CSV) when the bytes are not UTF-8", () => {
    expect(decodeText(windows874(THAI))).toEqual({ text: THAI, encoding: "Windows-874" });
  });

  it("reads UTF-16 with its BOM (Excel's Unicode Text), both byte orders", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("ที่\tโครงการ\r\n", "utf16le")]);
    expect(decodeText(le)).toEqual({ text: "ที่\tโครงการ\r\n", encoding: "UTF-16" });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: "ที่\tโครงการ\r\n", encoding: "UTF-16" });
  });

  it("refuses bytes that are not text: NUL bytes, controls, bytes Windows-874 leaves undefined", () => {
    expect(decodeText(Buffer.from([0x50, 0x00, 0x01, 0x02, 0x41]))).toBeNull();
    expect(decodeText(Buffer.from([0xa1, 0x81, 0xa2]))).toBeNull();
    expect(decodeText(Buffer.from("ก\x1b[0m", "utf8"))).toBeNull();
    // A DOS end-of-file mark is not a reason.
    expect(decodeText(Buffer.from("a,b\r\n\x1a", "utf8"))?.text).toBe("a,b\r\n");
  });
});

describe("parseDelimited", () => {
  it("splits fields and records; quoted fields hold separators, newlines and doubled quotes", () => {
    const text = 'ที่,โครงการ,งบประมาณ\r\n1,"ถนน ค.ส.ล. ""สายหลัก"", หมู่ 3"," 1,632,820 "\r\n2,"ประปา\nหมู่บ้าน",๑๒๐\n';
    expect(parseDelimited(text, ",")).toEqual([
      ["ที่", "โครงการ", "งบประมาณ"],
      ["1", 'ถนน ค.ส.ล. "สายหลัก", หมู่ 3', " 1,632,820 "],
      ["2", "ประปา\nหมู่บ้าน", "๑๒๐"],
    ]);
  });

  it("takes CRLF, LF and CR line ends; keeps blank lines as empty rows and empty fields", () => {
    expect(parseDelimited("a;b\r\n\r\nc;;\rd", ";")).toEqual([["a", "b"], [""], ["c", "", ""], ["d"]]);
    expect(parseDelimited("a\tb\n", "\t")).toEqual([["a", "b"]]);
    expect(parseDelimited("", ",")).toEqual([]);
    expect(parseDelimited('""', ",")).toEqual([[""]]);
  });

  it("is lenient where Excel is: a quote inside an unquoted field is a character, text after a closing quote joins", () => {
    expect(parseDelimited('ท่อ 4",x\n"ab"cd,e', ",")).toEqual([
      ['ท่อ 4"', "x"],
      ["abcd", "e"],
    ]);
  });

  it("refuses a quote that never closes, naming the line it opened on", () => {
    const text = 'ที่,โครงการ\n1,ถนน\n2,"ประปา\nหมู่บ้าน\n3,ไฟฟ้า\n';
    expect(() => parseDelimited(text, ",")).toThrow(UnclosedQuoteError);
    try {
      parseDelimited(text, ",");
    } catch (e) {
      expect((e as UnclosedQuoteError).line).toBe(3);
    }
  });

  it("reads back whatever an RFC 4180 writer writes, for any separator and line end", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "ก", "๑", " ", ",", ";", "\t", '"', "\n", "\r", "x") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Separator>(",", ";", "\t"),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        (rows, sep, eol, trailing) => {
          const quote = (f: string, alone: boolean) =>
            alone || f === "" || /[",;\t\r\n]/.test(f) || f !== f.trim() ? `"${f.replace(/"/g, '""')}"` : f;
          const text = rows.map((r) => r.map((f) => quote(f, r.length === 1)).join(sep)).join(eol) + (trailing ? eol : "");
          expect(parseDelimited(text, sep)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("sniffSeparator", () => {
  it('picks ";" over the commas inside unquoted Thai amounts', () => {
    const text = "ที่;โครงการ;งบประมาณ\n1;ถนน;1,632,820\n2;ประปา;500\n3;ไฟฟ้า;12,000.50\n";
    expect(sniffSeparator(text).separator).toBe(";");
  });

  it("picks a tab or a semicolon over commas that every row has as often", () => {
    expect(sniffSeparator("ที่\tงบ (บาท, รวม)\n1\t1,000\n2\t2,000\n").separator).toBe("\t");
    expect(sniffSeparator("ที่;งบ (บาท, รวม)\n1;1,000\n2;2,000\n").separator).toBe(";");
  });

  it('picks "," for a comma file with quoted amounts, and "," for a single column', () => {
    expect(sniffSeparator('ที่,โครงการ,งบ\n1,ถนน,"1,632,820"\n2,"ประปา; หมู่ 2",500\n').separator).toBe(",");
    expect(sniffSeparator("โครงการ\nถนน\n").separator).toBe(",");
  });

  it("follows Excel's sep= first line, which is not data", () => {
    expect(sniffSeparator("sep=;\r\na,b;c\r\n")).toEqual({ separator: ";", body: "a,b;c\r\n" });
  });
});

describe("looksTabular", () => {
  it("is a table when most rows have two or more filled fields", () => {
    expect(looksTabular([["ที่", "โครงการ"], ["1", "ถนน"], [""]])).toBe(true);
    expect(looksTabular([["ไม่ใช่ไฟล์ Excel"]])).toBe(false);
    expect(looksTabular([])).toBe(false);
  });
});

describe("sheetNameFor", () => {
  it("names the sheet after the file as Excel does", () => {
    expect(sheetNameFor("/data/แผน 2570.csv")).toBe("แผน 2570");
    expect(sheetNameFor("C:\\Users\\อบต\\plan.v2.csv")).toBe("plan.v2");
  });

  it("replaces what Excel forbids and trims quotes and spaces", () => {
    expect(sheetNameFor("แผน[1]: ถนน?*.csv")).toBe("แผน_1__ ถนน__");
    expect(sheetNameFor("'ร่าง'.csv")).toBe("ร่าง");
    expect(sheetNameFor(".csv")).toBe("แผ่นงาน1");
    expect(sheetNameFor("'''.csv")).toBe("แผ่นงาน1");
  });

  it("cuts a long Thai name at 31 characters between letters, never before a vowel or tone mark", () => {
    expect(sheetNameFor("แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. 2570 องค์การบริหารส่วนตำบล.csv")).toBe("แผนการดำเนินงานประจำปีงบประมาณ");
    // Characters 31 and 32 are the vowel and tone marks of ที่: the name stops before its ท.
    expect(sheetNameFor(`${"ก".repeat(30)}ที่ดิน.csv`)).toBe("ก".repeat(30));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("ก", "้", "ี", "ำ", ":", "[", "'", " ", "a", "/") }), (stem) => {
        expect(isValidSheetName(sheetNameFor(`${stem}.csv`))).toBe(true);
      }),
    );
  });
});

describe("delimitedWorkbook", () => {
  it("one sheet of text cells, empty fields left empty, a formula-looking field kept as text", async () => {
    const wb = delimitedWorkbook(
      [
        ["ที่", "งบประมาณ", "วันที่"],
        ["1", " 1,632,820 ", "ต.ค. 67"],
        ["๒", "", "=SUM(B2)"],
      ],
      "แผน",
    );
    expect(await wb.listSheets()).toEqual(["แผน"]);
    const sheet = (await wb.readSheet("แผน"))!;
    expect(sheet.values).toEqual([
      ["ที่", "งบประมาณ", "วันที่"],
      ["1", " 1,632,820 ", "ต.ค. 67"],
      ["๒", null, "=SUM(B2)"],
    ]);
    // And so it is saved: text, not numbers, dates or formulas.
    const saved = (await (await import("../../src/workbook/exceljsWorkbook")).ExcelJsWorkbook.fromBuffer(await wb.toBuffer())).workbook.getWorksheet("แผน")!;
    expect(saved.getCell("B2").value).toBe(" 1,632,820 ");
    expect(saved.getCell("C3").value).toBe("=SUM(B2)");
    expect(saved.getCell("A2").value).toBe("1");
  });
});
