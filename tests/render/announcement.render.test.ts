import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BUNDLED_SAMPLE } from "../../src/cli/run";
import { markAnnouncement, prepareAnnouncement } from "../../src/commands/announcePlan";
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { thaiLongDate } from "../../src/domain/thaiCalendar";
import { buildAnnouncement } from "../../src/reports/announcement";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { convertWithLibreOffice, isA4, looseThai, pdfPages, pdfText } from "../support/libreoffice";

/** The ประกาศ of the bundled sample as LibreOffice prints it: one A4 portrait page, ready to sign. */
describe("ประกาศ printed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "opplan-announcement-"));
  let pdf = "";
  let text = "";
  let org = "";
  let announced = "";
  let trigger = "";

  beforeAll(async () => {
    const input = await ExcelJsWorkbook.fromFile(resolve(__dirname, "../..", BUNDLED_SAMPLE));
    const { input: ann } = prepareAnnouncement(await readPlanWorkbook(input), "2026-10-20");
    org = ann.orgFullName;
    announced = ann.deadlines.announced!;
    trigger = ann.deadlines.trigger!;
    const out = new ExcelJsWorkbook();
    await out.writeSheet(markAnnouncement(buildAnnouncement(ann)));
    const xlsx = join(dir, "announcement.xlsx");
    await out.saveAs(xlsx);
    pdf = convertWithLibreOffice(xlsx, "pdf");
    text = looseThai(pdfText(pdf));
  });

  it("prints on one A4 portrait page", () => {
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(isA4(pages[0], "portrait")).toBe(true);
  });

  it("prints the title, the subject, the legal basis and the closing", () => {
    expect(org).not.toBe("");
    for (const s of [
      `ประกาศ${org}`,
      "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570",
      "ข้อ 26 และข้อ 27",
      "จึงประกาศมาเพื่อทราบโดยทั่วกัน",
    ])
      expect(text).toContain(looseThai(s));
  });

  it("prints the Buddhist-era dates in words", () => {
    const [day, month, year] = thaiLongDate(announced).split(" ");
    expect(Number(year)).toBeGreaterThan(2500);
    expect(text).toContain(looseThai(`ประกาศ ณ วันที่ ${day} เดือน ${month} พ.ศ. ${year}`));
    expect(text).toContain(looseThai(`เมื่อวันที่ ${thaiLongDate(trigger)}`));
  });

  it("leaves the timetable and the marker off the page", () => {
    expect(text).not.toContain("OpPlan");
    expect(text).not.toContain(looseThai("กำหนดเวลาตามระเบียบ"));
  });
});
