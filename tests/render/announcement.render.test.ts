import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BUNDLED_SAMPLE } from "../../src/cli/run";
import { markAnnouncement, prepareAnnouncement } from "../../src/commands/announcePlan";
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { todayInBangkok } from "../../src/core/localDate";
import { thaiLongDate } from "../../src/domain/thaiCalendar";
import { buildAnnouncement } from "../../src/reports/announcement";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { isA4, looseThai, pdfPages, pdfText } from "../support/libreoffice";
import { printSheets, RENDER_PATHS } from "../support/renderPaths";

const SAMPLE = resolve(__dirname, "../..", BUNDLED_SAMPLE);

/**
 * The ประกาศ of the bundled sample as LibreOffice prints it: one A4 portrait page, ready to
 * sign, whether the CLI wrote it or the add-in's path (via-office) did.
 */
describe.each(RENDER_PATHS)("ประกาศ printed by LibreOffice ($name)", (path) => {
  const dir = mkdtempSync(join(tmpdir(), `opplan-announcement-${path.name}-`));
  const xlsx = join(dir, "announcement.xlsx");
  let pdf = "";
  let text = "";
  let org = "";
  let announced = "";
  let trigger = "";

  beforeAll(async () => {
    const json = join(dir, "announcement.json");
    const run = await path.run("announce", SAMPLE, "-o", xlsx, "--json", json);
    expect(run.code).toBeLessThan(2);
    const dates = JSON.parse(readFileSync(json, "utf8")).dates;
    announced = dates.announced;
    trigger = dates.trigger;
    const reading = await readPlanWorkbook(await ExcelJsWorkbook.fromFile(SAMPLE));
    org = prepareAnnouncement(reading, todayInBangkok()).input.orgFullName;
    pdf = await printSheets(xlsx, ["ประกาศ"]);
    text = looseThai(pdfText(pdf));
  });

  it("prints on one A4 portrait page", () => {
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(isA4(pages[0], "portrait")).toBe(true);
  });

  it("keeps every row at least as tall as the ประกาศ asks, so no paragraph is clipped", async () => {
    const reading = await readPlanWorkbook(await ExcelJsWorkbook.fromFile(SAMPLE));
    const spec = markAnnouncement(buildAnnouncement(prepareAnnouncement(reading, todayInBangkok()).input));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet("ประกาศ")!;
    const short = (spec.rowHeights ?? [])
      .filter(({ row, height }) => (ws.getRow(row + 1).height ?? 15) < height - 0.5)
      .map(({ row, height }) => `แถว ${row + 1}: ${ws.getRow(row + 1).height ?? "ค่าเริ่มต้น"} < ${height}`);
    expect(short).toEqual([]);
  });

  // Through the adapter today the clipped body rows print their lines over each other.
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
