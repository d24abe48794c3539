import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, isA4, looseThai, pdfPages, pdfText } from "../support/libreoffice";
import { RENDER_PATHS } from "../support/renderPaths";

/** The template as LibreOffice sees it: Thai headers, Buddhist-era dates, dropdowns that survive. */
describe.each(RENDER_PATHS)("template rendered by LibreOffice ($name)", (path) => {
  const dir = mkdtempSync(join(tmpdir(), `opplan-template-${path.name}-`));
  const xlsx = join(dir, "แม่แบบ.xlsx");
  let text = "";
  let pdf = "";

  beforeAll(async () => {
    const { code } = await path.run("template", xlsx, "--fiscal-year", "2570");
    expect(code).toBe(0);
    pdf = convertWithLibreOffice(xlsx, "pdf");
    text = looseThai(pdfText(pdf));
  });

  it("prints the Thai headers of every input sheet", () => {
    for (const s of [
      "แบบกรอกโครงการ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570",
      "รายละเอียดของกิจกรรม",
      "หน่วยงานรับผิดชอบ",
      "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ",
      "ประเภทครุภัณฑ์",
      "ยุทธศาสตร์การพัฒนา แนวทางการพัฒนา และแผนงาน",
      "เลื่อนวันครบกำหนดตามวันหยุด",
      "วันหยุดราชการ ปีงบประมาณ พ.ศ. 2570",
      "ข้อความเล่มแผน: คำนำ และส่วนที่ 1 บทนำ",
    ])
      expect(text).toContain(looseThai(s));
  });

  it("prints the book's default paragraphs with their placeholders, never ###", () => {
    expect(text).toContain(looseThai("ส่วน หัวข้อ ข้อความ"));
    expect(text).toContain(looseThai("3.2 {คณะกรรมการพัฒนา}พิจารณาร่างแผนการดำเนินงาน"));
    expect(text).toContain(looseThai("{ชื่อ อปท.} = ชื่อเต็ม"));
    expect(text).not.toContain("###");
  });

  it("shows the month header under its Buddhist-era years", () => {
    expect(text).toContain(looseThai("พ.ศ. 2569"));
    expect(text).toContain(looseThai("ต.ค. พ.ย. ธ.ค. ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย."));
  });

  it("renders holiday dates in the Buddhist era from real date cells", () => {
    expect(text).toContain(looseThai("13 ตุลาคม 2569 วันนวมินทรมหาราช"));
    expect(text).toContain(looseThai("7 ธันวาคม 2569 ชดเชยวันพ่อแห่งชาติ"));
    expect(text).not.toContain("2026");
  });

  it("prints on A4 with page numbers", () => {
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(0);
    expect(isA4(pages[0], "landscape")).toBe(true);
    expect(text).toContain(looseThai("หน้า 1/"));
  });

  it("keeps the dropdowns when LibreOffice saves the workbook again", async () => {
    const resaved = convertWithLibreOffice(xlsx, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(resaved);
    const ws = wb.getWorksheet("โครงการ")!;
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(dv["H5"]?.type).toBe("list");
    expect(String(dv["H5"]?.formulae[0])).toContain("รายการเลือก");
    expect(dv["I200"]?.type).toBe("list");
    expect(dv["J5"]?.type).toBe("list");
  });
});
