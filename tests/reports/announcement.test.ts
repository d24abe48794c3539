import { LOCAL_GOVERNMENT_TYPES } from "../../src/domain/catalog";
import { computeDeadlines } from "../../src/domain/deadlines";
import type { IsoDate } from "../../src/core/localDate";
import { parseEdition } from "../../src/domain/planModel";
import { thaiLongDate } from "../../src/domain/thaiCalendar";
import {
  ANNOUNCEMENT_MARKER_COLUMN,
  buildAnnouncement,
  dateLine,
  signerPosition,
  type AnnouncementInput,
} from "../../src/reports/announcement";
import { isDateCell, type CellValue } from "../../src/core/cellValue";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { DATE_FORMAT_BE, DATE_FORMAT_BE_THAI_DIGITS } from "../../src/core/numberFormats";

const type = (label: string) => LOCAL_GOVERNMENT_TYPES.find((t) => t.label === label)!;

function input(over: Partial<AnnouncementInput> = {}, dates: { T?: IsoDate | null; A?: IsoDate | null; P?: IsoDate | null } = {}): AnnouncementInput {
  const { T = "2025-09-16", A = "2025-10-15", P = "2025-10-20" } = dates;
  const today = over.today ?? "2025-10-25";
  return {
    fiscalYear: 2569,
    edition: parseEdition("ฉบับหลัก"),
    orgFullName: "องค์การบริหารส่วนตำบลบ้านใหม่",
    orgName: "บ้านใหม่",
    orgType: type("องค์การบริหารส่วนตำบล"),
    triggerKind: "",
    signerName: "นายสมชาย ใจดี",
    signerPosition: "",
    thaiDigits: false,
    deadlines: computeDeadlines({ fiscalYear: 2569, trigger: T, announced: A, posted: P, holidays: [], rollToWorkingDay: false, today }),
    today,
    ...over,
  };
}

const texts = (spec: SheetSpec) => spec.cells.flat().filter((v): v is string => typeof v === "string");
const allText = (spec: SheetSpec) => texts(spec).join("\n");
/** The timetable row whose label starts with `label`. */
const row = (spec: SheetSpec, label: string): readonly CellValue[] => spec.cells.find((r) => typeof r[0] === "string" && r[0].startsWith(label))!;

describe("the ประกาศ sheet", () => {
  it("is A4 portrait, fit to one page wide, TH SarabunPSK 16, marker column outside the print area", () => {
    const spec = buildAnnouncement(input());
    expect(spec.name).toBe("ประกาศ");
    expect(spec.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToPagesWide: 1 });
    expect(spec.printArea!.cols).toBe(ANNOUNCEMENT_MARKER_COLUMN);
    expect(spec.hiddenColumns).toEqual([ANNOUNCEMENT_MARKER_COLUMN]);
    const width = spec.columnWidths!.slice(0, ANNOUNCEMENT_MARKER_COLUMN).reduce((a, b) => a + b, 0);
    expect(width).toBeGreaterThan(80); // ~16 cm
    expect(width).toBeLessThan(95);
    for (const f of spec.formats!.filter((f) => f.style.fontName)) {
      expect(f.style.fontName).toBe("TH SarabunPSK");
      expect(f.style.fontSize).toBe(16);
    }
    expect(buildAnnouncement(input({ fontName: "Angsana New", fontSize: 15 })).formats!.find((f) => f.style.fontName)!.style).toMatchObject({
      fontName: "Angsana New",
      fontSize: 15,
    });
  });

  it("has the title with the full name, the subject with the edition, the background, the legal basis and the closing", () => {
    const spec = buildAnnouncement(input({ edition: parseEdition("เพิ่มเติม ฉบับที่ 2") }));
    const t = texts(spec);
    expect(t).toContain("ประกาศองค์การบริหารส่วนตำบลบ้านใหม่");
    expect(t).toContain("เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 (เพิ่มเติม ฉบับที่ 2)");
    const all = allText(spec);
    expect(all).toContain("ได้ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 เมื่อวันที่ 16 กันยายน 2568");
    expect(all).toContain("อาศัยอำนาจตามความในข้อ 26 และข้อ 27 แห่งระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น");
    expect(all).toContain("และที่แก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561");
    expect(all).toContain("จึงประกาศใช้แผนการดำเนินงาน");
    expect(all).toContain("รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้");
    expect(all).toContain("จึงประกาศมาเพื่อทราบโดยทั่วกัน");
    expect(t).toContain("ประกาศ ณ วันที่ 15 เดือน ตุลาคม พ.ศ. 2568");
    expect(t).toContain("(นายสมชาย ใจดี)");
    expect(t).toContain("นายกองค์การบริหารส่วนตำบลบ้านใหม่");
  });

  it("names the council, governor and committee dates when given, and a supplementary budget's trigger", () => {
    const all = allText(
      buildAnnouncement(
        input({ triggerKind: "งบประมาณรายจ่ายเพิ่มเติม", councilDate: "2025-09-10", governorDate: "2025-09-12", committeeDate: "2025-10-01" }),
      ),
    );
    expect(all).toContain("งบประมาณรายจ่ายเพิ่มเติม");
    expect(all).toContain("สภาท้องถิ่น เมื่อวันที่ 10 กันยายน 2568");
    expect(all).toContain("นายอำเภอ/ผู้ว่าราชการจังหวัด เมื่อวันที่ 12 กันยายน 2568");
    expect(all).toContain("คณะกรรมการพัฒนาท้องถิ่น");
    expect(all).toContain("1 ตุลาคม 2568");
  });

  it.each([
    ["องค์การบริหารส่วนตำบล", "บ้านใหม่", "นายกองค์การบริหารส่วนตำบลบ้านใหม่"],
    ["เทศบาลตำบล", "บ้านใหม่", "นายกเทศมนตรีตำบลบ้านใหม่"],
    ["เทศบาลเมือง", "เทศบาลเมืองบ้านใหม่", "นายกเทศมนตรีเมืองบ้านใหม่"],
    ["เทศบาลนคร", "ขอนแก่น", "นายกเทศมนตรีนครขอนแก่น"],
    ["องค์การบริหารส่วนจังหวัด", "ขอนแก่น", "นายกองค์การบริหารส่วนจังหวัดขอนแก่น"],
    ["เมืองพัทยา", "เมืองพัทยา", "นายกเมืองพัทยา"],
  ])("signs as the executive of a %s", (label, name, position) => {
    expect(signerPosition({ signerPosition: "", orgType: type(label), orgName: name, orgFullName: "" })).toBe(position);
    expect(texts(buildAnnouncement(input({ orgType: type(label), orgName: name })))).toContain(position);
  });

  it("prints an acting line from ตั้งค่า on two lines", () => {
    const t = texts(
      buildAnnouncement(input({ signerPosition: "ปลัดองค์การบริหารส่วนตำบลบ้านใหม่ ปฏิบัติหน้าที่นายกองค์การบริหารส่วนตำบลบ้านใหม่" })),
    );
    expect(t).toContain("ปลัดองค์การบริหารส่วนตำบลบ้านใหม่");
    expect(t).toContain("ปฏิบัติหน้าที่นายกองค์การบริหารส่วนตำบลบ้านใหม่");
    expect(t).not.toContain("นายกองค์การบริหารส่วนตำบลบ้านใหม่");
  });

  it("uses Thai digits in the words and the date format when ใช้เลขไทย is on", () => {
    const spec = buildAnnouncement(input({ thaiDigits: true }));
    const t = texts(spec);
    expect(t).toContain("ประกาศ ณ วันที่ ๑๕ เดือน ตุลาคม พ.ศ. ๒๕๖๘");
    expect(t).toContain("เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    expect(allText(spec)).toContain("ข้อ ๒๖ และข้อ ๒๗");
    expect(spec.formats!.some((f) => f.style.numberFormat === DATE_FORMAT_BE_THAI_DIGITS)).toBe(true);
    expect(spec.formats!.some((f) => f.style.numberFormat === DATE_FORMAT_BE)).toBe(false);
    expect(dateLine("2025-10-05", true)).toBe(`ประกาศ ณ วันที่ ๕ เดือน ตุลาคม พ.ศ. ๒๕๖๘`);
  });

  it("has the timetable as real date cells in the Buddhist era, each with its legal basis and state", () => {
    const spec = buildAnnouncement(input());
    expect(spec.formats!.some((f) => f.style.numberFormat === DATE_FORMAT_BE)).toBe(true);
    const expectRow = (label: string, date: string, basis: RegExp, state: string) => {
      const r = row(spec, label);
      expect(r[1]).toEqual({ date });
      expect(r[2]).toMatch(basis);
      expect(r[3]).toBe(state);
    };
    expectRow("วันที่ประกาศใช้ข้อบัญญัติ", "2025-09-16", /ข้อ 27/, "วันเริ่มนับ");
    expectRow("ครบกำหนดประกาศใช้แผน", "2025-10-16", /ข้อ 27.*30 วัน/, "วันสุดท้าย");
    expectRow("วันที่ประกาศแผน", "2025-10-15", /ข้อ 26/, "ทันกำหนด");
    expectRow("ครบกำหนดปิดประกาศ", "2025-10-30", /ข้อ 26 \(2\).*15 วัน/, "วันสุดท้าย");
    expectRow("วันที่ปิดประกาศ", "2025-10-20", /ข้อ 26 \(2\)/, "ทันกำหนด");
    expectRow("ปิดประกาศไว้อย่างน้อยถึง", "2025-11-19", /30 วัน/, "ยังต้องปิดไว้");
    expectRow("ปลดประกาศได้ตั้งแต่", "2025-11-20", /ข้อ 26 \(2\)/, "ยังปลดไม่ได้");
    // The timetable is for the officer: outside the print area.
    const tableRow = spec.cells.indexOf(row(spec, "วันที่ปิดประกาศ"));
    expect(tableRow).toBeGreaterThanOrEqual(spec.printArea!.rows);
  });

  it("marks late dates and lists the findings under the timetable", () => {
    const spec = buildAnnouncement(input({}, { T: "2025-09-16", A: "2025-10-20", P: "2025-11-10" }));
    expect(row(spec, "วันที่ประกาศแผน")[3]).toBe("เกินกำหนด");
    expect(row(spec, "วันที่ปิดประกาศ")[3]).toBe("เกินกำหนด");
    const all = allText(spec);
    expect(all).toContain("ผู้บริหารท้องถิ่นต้องขยายเวลา");
    expect(all).toContain("เกิน 15 วันนับแต่วันประกาศ");
  });

  it("with no announcement date: the day is left blank to write by hand and the row says the latest lawful date", () => {
    const spec = buildAnnouncement(input({}, { A: null, P: null }));
    const t = texts(spec);
    expect(t).toContain("ประกาศ ณ วันที่ ...... เดือน ......................... พ.ศ. ..........");
    const due = thaiLongDate("2025-10-16");
    expect(row(spec, "วันที่ประกาศแผน")[1]).toBe(`ประกาศได้ไม่เกิน ${due}`);
    expect(row(spec, "วันที่ประกาศแผน")[3]).toBe("เกินกำหนด"); // today 25 Oct is past 16 Oct
    const early = buildAnnouncement(input({ today: "2025-10-01" }, { A: null, P: null }));
    expect(row(early, "วันที่ประกาศแผน")[3]).toBe(`ต้องดำเนินการภายใน ${due}`);
    expect(row(early, "วันที่ปิดประกาศ")[1]).toBe(`ปิดประกาศได้ไม่เกิน ${thaiLongDate("2025-10-31")}`);
    expect(isDateCell(row(early, "ครบกำหนดปิดประกาศ")[1])).toBe(true);
  });

  it("with no trigger date: dates unknown, blanks in the background paragraph", () => {
    const spec = buildAnnouncement(input({}, { T: null, A: null, P: null }));
    expect(row(spec, "ครบกำหนดประกาศใช้แผน")[3]).toBe("ยังไม่ทราบ");
    expect(row(spec, "วันที่ประกาศแผน")[3]).toBe("ยังไม่ทราบ");
    expect(allText(spec)).toContain("เมื่อวันที่ ......");
  });

  it("estimates taller rows for longer paragraphs, and merges each across the text block", () => {
    const spec = buildAnnouncement(input());
    const heights = new Map(spec.rowHeights!.map((h) => [h.row, h.height]));
    const para = spec.cells.findIndex((r) => typeof r[0] === "string" && r[0].includes("อาศัยอำนาจ"));
    const title = spec.cells.findIndex((r) => r[0] === "ประกาศองค์การบริหารส่วนตำบลบ้านใหม่");
    expect(heights.get(para)!).toBeGreaterThan(heights.get(title)!);
    expect(spec.merges).toContainEqual({ row: para, col: 0, rows: 1, cols: ANNOUNCEMENT_MARKER_COLUMN });
  });
});
