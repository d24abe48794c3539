/**
 * The book's text parts as LibreOffice prints them (one call for two books): A4 portrait, the
 * cover, คำนำ and สารบัญ on a page each, every paragraph printed to its last word (a row too short
 * for its text loses its last line), the chart's boxes whole, no ### and no placeholder left.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultBookText, type BookText } from "../../src/domain/book/bookText";
import { LOCAL_GOVERNMENT_TYPES } from "../../src/domain/catalog";
import { parseEdition } from "../../src/domain/edition";
import { buildContents, buildCover, buildForeword, buildIntro, type BookContext } from "../../src/reports/book";
import { flowSteps } from "../../src/reports/book/flowChart";
import { bookLook } from "../../src/reports/book/layout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { convertAllWithLibreOffice, isA4, looseThai, pdfPages } from "../support/libreoffice";

const type = (label: string) => LOCAL_GOVERNMENT_TYPES.find((t) => t.label === label)!;
const pageText = (pdf: string, n: number) => execFileSync("pdftotext", ["-layout", "-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" });

/** An officer's edit: a long paragraph of their own in บทนำ, Arabic digits where Thai ones print. */
const edited = (): BookText => ({
  from: "sheet",
  sections: defaultBookText(null).sections.map((s) =>
    s.key === "introduction"
      ? {
          ...s,
          paragraphs: [
            ...s.paragraphs,
            "นอกจากนี้ {ชื่อ อปท.} ได้รวบรวมโครงการที่ประชาชนเสนอผ่านการประชุมประชาคมหมู่บ้านทั้ง 12 หมู่บ้าน และโครงการที่หน่วยงานอื่นแจ้งว่าจะเข้ามาดำเนินการในพื้นที่ในปีงบประมาณ พ.ศ. {ปีงบประมาณ} ไว้ในแผนฉบับนี้ด้วย เพื่อให้ทุกฝ่ายทราบว่าโครงการใดจะดำเนินการเมื่อใดและที่ใด สุดท้ายของย่อหน้า",
          ],
        }
      : s,
  ),
});

const BOOKS: readonly { file: string; ctx: BookContext }[] = [
  {
    file: "เทศบาลเมือง",
    ctx: {
      fiscalYear: 2569,
      edition: parseEdition("เพิ่มเติม ฉบับที่ 1"),
      orgFullName: "เทศบาลเมืองบ้านใหม่",
      orgName: "บ้านใหม่",
      orgType: type("เทศบาลเมือง"),
      district: "เมือง",
      province: "ขอนแก่น",
      thaiDigits: true,
      text: edited(),
      logo: null,
      dated: "2025-10-20",
    },
  },
  {
    file: "อบจ",
    ctx: {
      fiscalYear: 2570,
      edition: parseEdition("ฉบับหลัก"),
      orgFullName: "องค์การบริหารส่วนจังหวัดขอนแก่น",
      orgName: "ขอนแก่น",
      orgType: type("องค์การบริหารส่วนจังหวัด"),
      district: "",
      province: "ขอนแก่น",
      thaiDigits: false,
      text: defaultBookText(type("องค์การบริหารส่วนจังหวัด")),
      logo: null,
      dated: null,
    },
  },
];

const contents = (thai: boolean) => [
  { title: "ส่วนที่ 1 บทนำ", page: thai ? "๑" : "1", level: 0 as const },
  { title: "ส่วนที่ 2 บัญชีโครงการ/กิจกรรม/งบประมาณ", page: "", level: 0 as const },
  { title: "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น (แบบ ผด.02/1)", page: thai ? "๑๒" : "12", level: 1 as const },
];

describe("the book's text parts rendered by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "opplan-book-parts-"));
  const pdfs = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const b of BOOKS) {
      const wb = new ExcelJsWorkbook();
      for (const spec of [buildCover(b.ctx), buildForeword(b.ctx), buildContents(b.ctx, contents(b.ctx.thaiDigits)), buildIntro(b.ctx)]) await wb.writeSheet(spec);
      const file = join(dir, `${b.file}.xlsx`);
      await wb.saveAs(file);
      files.push(file);
    }
    convertAllWithLibreOffice(files, "pdf").forEach((pdf, i) => pdfs.set(BOOKS[i].file, pdf));
  });

  it.each(BOOKS.map((b) => [b.file, b] as const))("%s: every page A4 portrait; ปก, คำนำ and สารบัญ a page each", (_name, b) => {
    const pdf = pdfs.get(b.file)!;
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const p of pages) expect(isA4(p, "portrait")).toBe(true);
    const look = bookLook(b.ctx);
    expect(looseThai(pageText(pdf, 1))).toContain(looseThai(`แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. ${look.digits(String(b.ctx.fiscalYear))}`));
    expect(looseThai(pageText(pdf, 1))).toContain(looseThai(b.ctx.orgFullName));
    expect(looseThai(pageText(pdf, 2))).toMatch(new RegExp(`^${looseThai("คำนำ")}`));
    expect(looseThai(pageText(pdf, 2))).toContain(looseThai(b.ctx.dated ? "ตุลาคม ๒๕๖๘" : "เดือน .................... พ.ศ."));
    expect(looseThai(pageText(pdf, 3))).toMatch(new RegExp(`^${looseThai("สารบัญ")}`));
    expect(looseThai(pageText(pdf, 4))).toMatch(new RegExp(`^${looseThai(look.digits("ส่วนที่ 1 บทนำ"))}`));
  });

  it.each(BOOKS.map((b) => [b.file, b] as const))("%s: every paragraph to its last word, the chart's boxes whole, nothing left in braces, no ###", (_name, b) => {
    const pdf = pdfs.get(b.file)!;
    const all = looseThai(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }));
    const look = bookLook(b.ctx);
    for (const section of b.ctx.text.sections) {
      expect(all).toContain(looseThai(look.print(section.heading)));
      for (const p of section.paragraphs) {
        const printed = looseThai(look.print(p));
        // The first and the last words: the row is tall enough for every line of it.
        expect(all).toContain(printed.slice(0, 12));
        expect(all).toContain(printed.slice(-12));
      }
    }
    for (const step of flowSteps(b.ctx.orgType, b.ctx.orgFullName)) for (const line of look.digits(step.step).split("\n")) expect(all).toContain(looseThai(line));
    expect(all).not.toMatch(/[{}]/);
    expect(all).not.toContain("###");
    if (b.ctx.thaiDigits) expect(all).not.toMatch(/ข้อ\d|พ\.ศ\.\d|ฉบับที่\d/);
  });
});
