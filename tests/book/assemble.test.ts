/**
 * The book's assembly: print order, numbering, and the สารบัญ printing the first page of each part of
 * the body, ภาคผนวก included, as the outcome reports it.
 */
import { appendixParts, assembleBook } from "../../src/reports/book/assemble";
import { defaultBookText } from "../../src/domain/book/bookText";
import { LOCAL_GOVERNMENT_TYPES } from "../../src/domain/catalog";
import { parseEdition } from "../../src/domain/edition";
import type { BookContext } from "../../src/reports/book";
import type { SheetSpec } from "../../src/core/sheetSpec";

const type = LOCAL_GOVERNMENT_TYPES.find((t) => t.label === "เทศบาลตำบล")!;
const ctx: BookContext = {
  fiscalYear: 2570,
  edition: parseEdition("ฉบับหลัก"),
  orgFullName: "เทศบาลตำบลนาดี",
  orgName: "นาดี",
  orgType: type,
  district: "เมือง",
  province: "ขอนแก่น",
  thaiDigits: false,
  text: defaultBookText(type),
  logo: null,
  dated: "2026-10-15",
};

/** A landscape form of `rows` 40-pt rows: about 11 rows a page. */
const form = (name: string, rows: number): SheetSpec => ({
  name,
  cells: Array.from({ length: rows }, (_, i) => [`${name} แถว ${i + 1}`]),
  columnWidths: [60],
  defaultRowHeight: 40,
  print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, centerFooter: "หน้า &P/&N" },
});

describe("assembleBook", () => {
  const forms = [form("ผด.01", 12), form("ผด.02", 40), form("ผด.02-1", 3)];
  const parts = assembleBook({ context: ctx, announcement: null, forms, appendix: ["ภาคผนวก ก"] });

  it("numbers the body on from 1 at ส่วนที่ 1, each form's first page after the last one's", () => {
    expect(parts.map((p) => p.part)).toEqual(["cover", "foreword", "contents", "intro", "pd01", "pd02", "pd021"]);
    const body = parts.filter((p) => p.firstPage !== null);
    body.forEach((p, i) => {
      expect(p.firstPage).toBe(i === 0 ? 1 : body[i - 1].firstPage! + body[i - 1].pages!);
      expect(p.spec.print).toMatchObject({ firstPageNumber: p.firstPage, centerFooter: "หน้า &P" });
    });
    expect(body.find((p) => p.part === "pd02")!.pages).toBeGreaterThan(2);
    expect(parts.find((p) => p.part === "cover")!.spec.print?.centerFooter).toBeUndefined();
    expect(parts.find((p) => p.part === "foreword")!.spec.print?.centerFooter).toBe("หน้า ก");
    expect(parts.find((p) => p.part === "contents")!.spec.print?.centerFooter).toBe("หน้า ข");
  });

  it("lists ส่วนที่ 2 at ผด.01's page, and ภาคผนวก at the page after the last form, as appendixParts reports it", () => {
    const contents = parts.find((p) => p.part === "contents")!.spec.cells.map((r) => r.filter((v) => v !== null && v !== ""));
    const page = (title: string) => contents.find((r) => r[0] === title)?.at(-1);
    const pd01 = parts.find((p) => p.part === "pd01")!;
    const last = parts.find((p) => p.part === "pd021")!;
    expect(page("ส่วนที่ 2 บัญชีโครงการ/กิจกรรม")).toBe(String(pd01.firstPage));
    expect(page("ภาคผนวก")).toBe(String(last.firstPage! + last.pages!));
    expect(appendixParts(["ภาคผนวก ก", "ภาคผนวก ข"], parts)).toEqual([
      { part: "appendix", sheet: "ภาคผนวก ก", title: "ภาคผนวก", firstPage: last.firstPage! + last.pages!, firstPageLabel: String(last.firstPage! + last.pages!), pages: null },
      { part: "appendix", sheet: "ภาคผนวก ข", title: "ภาคผนวก", firstPage: null, firstPageLabel: null, pages: null },
    ]);
  });

  it("without the อปท. gives only the forms, from page 1", () => {
    const only = assembleBook({ context: null, announcement: null, forms });
    expect(only.map((p) => [p.part, p.firstPage])).toEqual([
      ["pd01", 1],
      ["pd02", 1 + only[0].pages!],
      ["pd021", 1 + only[0].pages! + only[1].pages!],
    ]);
  });
});
