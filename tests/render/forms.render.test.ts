import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BUNDLED_SAMPLE } from "../../src/cli/run";
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { buildPlanModel } from "../../src/domain/planModel";
import { buildForms } from "../../src/reports/forms";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { convertWithLibreOffice, isA4, looseThai, pdfPages, pdfText } from "../support/libreoffice";

/** The forms of the bundled sample as LibreOffice prints them. */
describe("ผด. forms printed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "opplan-forms-"));
  let pdf = "";
  let pages: string[] = [];
  let all = "";

  beforeAll(async () => {
    const input = await ExcelJsWorkbook.fromFile(resolve(__dirname, "../..", BUNDLED_SAMPLE));
    const plan = buildPlanModel(await readPlanWorkbook(input));
    const out = new ExcelJsWorkbook();
    for (const spec of buildForms(plan)) await out.writeSheet(spec);
    const xlsx = join(dir, "forms.xlsx");
    await out.saveAs(xlsx);
    pdf = convertWithLibreOffice(xlsx, "pdf");
    const count = pdfPages(pdf).length;
    pages = Array.from({ length: count }, (_, i) =>
      execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }),
    );
    all = looseThai(pdfText(pdf));
  });

  it("prints the labels and the three title lines of each form", () => {
    for (const s of [
      "แบบ ผด.01",
      "บัญชีสรุปจำนวนโครงการและงบประมาณ",
      "แบบ ผด.02",
      "บัญชีโครงการ/กิจกรรม/งบประมาณ",
      "แบบ ผด.02/1",
      "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น",
      "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570",
      "รวมทั้งสิ้น",
    ])
      expect(all).toContain(looseThai(s));
  });

  it("prints every page on A4 landscape, with a page number", () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pdfPages(pdf)) expect(isA4(p, "landscape")).toBe(true);
    pages.forEach((text, i) => expect(looseThai(text)).toContain(looseThai(`หน้า ${i + 1}/`)));
  });

  it("never prints ### for an amount", () => {
    expect(all).not.toContain("###");
  });

  it("keeps the month grid on the page: every page with the month header has all twelve months", () => {
    const withHeader = pages.filter((p) => p.includes("ต.ค."));
    expect(withHeader.length).toBeGreaterThan(2);
    for (const p of withHeader) for (const m of ["ต.ค.", "ม.ค.", "เม.ย.", "ก.ค.", "ก.ย."]) expect(p).toContain(m);
  });

  it("does not print OpPlan's marker column", () => {
    expect(all).not.toContain("OpPlan|");
  });
});
