/**
 * Unusable input: nothing to make forms from, so generate stops (exit 2, no output file) with a
 * Thai message that says what to do. A cover and a ประกาศ only; a five-year plan ผ.02 (years
 * merged under งบประมาณ, or "2566 (บาท)" … side by side); an empty file; an .xlsx with one empty
 * sheet; an .xls (OLE2), an .ods, an HTML table saved as .xls.
 */
import JSZip from "jszip";
import type { FieldCase } from "../truth";
import { book, merge, put, widths, xlsx } from "./sheet";

/** อบต. that sent the book's front matter instead of the project list. */
const u01: FieldCase = {
  id: "u01",
  habit: "a cover page and a ประกาศ only, no project list",
  file: "ปก และประกาศ อบต.ดอนมะนาว.xlsx",
  async build() {
    const wb = book();
    const cover = wb.addWorksheet("ปก");
    put(cover, 10, [["แผนการดำเนินงาน"], ["ประจำปีงบประมาณ พ.ศ. 2568"], [], ["องค์การบริหารส่วนตำบลดอนมะนาว"], ["อำเภอสองพี่น้อง จังหวัดสุพรรณบุรี"]]);
    widths(cover, [80]);
    const notice = wb.addWorksheet("ประกาศ");
    put(notice, 1, [
      ["ประกาศองค์การบริหารส่วนตำบลดอนมะนาว"],
      ["เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568"],
      ["……………………………………………"],
      ["ตามที่องค์การบริหารส่วนตำบลดอนมะนาว ได้ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 เมื่อวันที่ 18 กันยายน 2567 นั้น"],
      ["อาศัยอำนาจตามความในข้อ 26 และข้อ 27 แห่งระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 แก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561 จึงประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568"],
      ["รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้"],
      ["จึงประกาศมาเพื่อทราบโดยทั่วกัน"],
      ["ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2567"],
      [],
      ["(นายสมศักดิ์ ใจงาม)"],
      ["นายกองค์การบริหารส่วนตำบลดอนมะนาว"],
    ]);
    widths(notice, [100]);
    return xlsx(wb);
  },
  truth: { exit: 2, projects: [], stop: /โครงการ/ },
};

/** อบต. that sent its five-year plan (ผ.02): years 2566–2570 merged under งบประมาณ. */
const u02: FieldCase = {
  id: "u02",
  habit: "only a five-year plan ผ.02, years 2566–2570 merged under งบประมาณ",
  file: "ผ02 แผนพัฒนาท้องถิ่น 2566-2570.xlsx",
  async build() {
    const wb = book();
    const ws = wb.addWorksheet("ผ.02");
    put(ws, 1, [
      [, , , , , , , , , , "แบบ ผ.02"],
      ["รายละเอียดโครงการพัฒนา"],
      ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"],
      ["องค์การบริหารส่วนตำบลหนองบัว อำเภอบ้านไผ่ จังหวัดขอนแก่น"],
      ["ก. ยุทธศาสตร์ชาติ 20 ปี ยุทธศาสตร์ที่ 2 ด้านการสร้างความสามารถในการแข่งขัน"],
      ["ข. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13"],
      ["ง. ยุทธศาสตร์จังหวัดที่ 2 การพัฒนาโครงสร้างพื้นฐาน"],
      ["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"],
      ["1.1 กลยุทธ์ การพัฒนาระบบคมนาคมขนส่ง"],
      ["(1) แผนงานอุตสาหกรรมและการโยธา"],
      ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย\n(ผลผลิตของโครงการ)", "งบประมาณ", , , , , "ตัวชี้วัด (KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก"],
      [, , , , "2566\n(บาท)", "2567\n(บาท)", "2568\n(บาท)", "2569\n(บาท)", "2570\n(บาท)"],
      [1, "โครงการก่อสร้างถนน คสล. บ้านหนองบัว หมู่ที่ 1", "เพื่อการคมนาคมสะดวก", "กว้าง 4 ม. ยาว 150 ม.", "-", "-", 348000, "-", "-", "ร้อยละของประชาชนที่พึงพอใจ", "ประชาชนสัญจรสะดวก", "กองช่าง"],
      [2, "โครงการก่อสร้างถนนลูกรัง สายบ้านโนนสูง - บ้านหนองแวง", "เพื่อการคมนาคมสะดวก", "กว้าง 5 ม. ยาว 1,200 ม.", 185000, "-", 185000, "-", 200000, "ระยะทางที่ก่อสร้าง", "ประชาชนสัญจรสะดวก", "กองช่าง"],
      [3, "โครงการก่อสร้างสะพาน คสล. ข้ามลำห้วยหนองบัว", "เพื่อการคมนาคมสะดวก", "กว้าง 6 ม. ยาว 12 ม.", "-", 900000, "-", "-", "-", "จำนวนสะพาน", "ลดระยะทางสัญจร", "กองช่าง"],
      [4, "โครงการขุดลอกรางระบายน้ำ บ้านหนองบัว หมู่ที่ 1", "แก้ไขปัญหาน้ำท่วมขัง", "ยาว 600 ม.", 45000, 45000, 45000, 45000, 45000, "ระยะทางที่ขุดลอก", "น้ำไม่ท่วมขัง", "กองช่าง"],
      [, "รวม 4 โครงการ", , , 230000, 945000, 578000, 45000, 245000],
    ]);
    merge(ws, "K1:L1", "A2:L2", "A3:L3", "A4:L4", "E11:I11", "A11:A12", "B11:B12", "C11:C12", "D11:D12", "J11:J12", "K11:K12", "L11:L12");
    for (const r of [5, 6, 7, 8, 9, 10]) merge(ws, `A${r}:L${r}`);
    widths(ws, [5, 45, 25, 25, 11, 11, 11, 11, 11, 22, 22, 14]);
    return xlsx(wb);
  },
  truth: { exit: 2, projects: [], codes: ["FIVE_YEAR_PLAN_SHEET"], stop: /ผ\.02|แผนพัฒนา/ },
};

/** เทศบาลตำบล that sent its ผ.02 with "2566 (บาท)" … "2570 (บาท)" side by side in one header row. */
const u03: FieldCase = {
  id: "u03",
  habit: "only a ผ.02 with 2566 (บาท) … 2570 (บาท) side by side, not merged",
  file: "แผนพัฒนา ทต.ท่าช้าง.xlsx",
  async build() {
    const wb = book();
    const ws = wb.addWorksheet("แผนพัฒนา");
    put(ws, 1, [
      ["บัญชีโครงการพัฒนาท้องถิ่น แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เทศบาลตำบลท่าช้าง"],
      ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย", "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)", "ตัวชี้วัด", "ผลที่คาดว่าจะได้รับ", "หน่วยงานที่รับผิดชอบหลัก"],
      [1, "โครงการวางท่อระบายน้ำ คสล. ซอยวัดท่าช้าง หมู่ที่ 2", "ระบายน้ำ", "ยาว 180 ม.", "-", 412000, 412000, "-", "-", "ระยะทาง", "น้ำไม่ท่วมขัง", "กองช่าง"],
      [2, "โครงการติดตั้งไฟฟ้าส่องสว่างถนนสายท่าช้าง - โพทะเล", "ความปลอดภัย", "40 ต้น", 250000, 250000, 250000, "-", "-", "จำนวนจุด", "ปลอดภัยในการสัญจร", "กองช่าง"],
      [3, "โครงการจัดงานประเพณีลอยกระทง", "สืบสานประเพณี", "1 ครั้ง/ปี", 150000, 150000, 150000, 150000, 150000, "ผู้เข้าร่วม", "ประเพณีได้รับการสืบสาน", "กองการศึกษา"],
      [4, "โครงการเทศบาลเคลื่อนที่พบประชาชน", "บริการประชาชน", "6 ครั้ง/ปี", 15000, 15000, 15000, 15000, 15000, "จำนวนครั้ง", "ประชาชนได้รับบริการ", "สำนักปลัด"],
    ]);
    merge(ws, "A1:L1");
    widths(ws, [5, 45, 18, 14, 12, 12, 12, 12, 12, 14, 22, 16]);
    return xlsx(wb);
  },
  truth: { exit: 2, projects: [], codes: ["FIVE_YEAR_PLAN_SHEET"], stop: /ผ\.02|แผนพัฒนา/ },
};

/** A download that failed: a 0-byte file named .xlsx. */
const u04: FieldCase = {
  id: "u04",
  habit: "an empty 0-byte file named .xlsx",
  file: "แผน68.xlsx",
  async build() {
    return Buffer.alloc(0);
  },
  truth: { exit: 2, projects: [], stop: /ว่าง|ไม่มีข้อมูล|0 ไบต์/ },
};

/** A new workbook saved before anything was typed: one empty sheet. */
const u05: FieldCase = {
  id: "u05",
  habit: "an .xlsx with one empty sheet",
  file: "Book1.xlsx",
  async build() {
    const wb = book();
    wb.addWorksheet("Sheet1");
    return xlsx(wb);
  },
  truth: { exit: 2, projects: [], stop: /โครงการ/ },
};

/** An old Excel 97–2003 .xls: an OLE2 compound file (signature D0 CF 11 E0 A1 B1 1A E1). */
const u06: FieldCase = {
  id: "u06",
  habit: "an Excel 97-2003 .xls (OLE2 signature)",
  file: "แผนดำเนินงาน2568.xls",
  async build() {
    const b = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
    b.writeUInt16LE(0x003e, 24); // minor version
    b.writeUInt16LE(0x0003, 26); // major version 3
    b.writeUInt16LE(0xfffe, 28); // byte order
    b.writeUInt16LE(0x0009, 30); // sector shift: 512-byte sectors
    return b;
  },
  truth: { exit: 2, projects: [], stop: /\.xlsx/ },
};

/** A LibreOffice Calc user's .ods: a zip whose first entry, mimetype, says so; a real project table inside. */
const u07: FieldCase = {
  id: "u07",
  habit: "an OpenDocument .ods from LibreOffice Calc",
  file: "แผนดำเนินงาน อบต.ลำพญา.ods",
  async build() {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    const cell = (v: string) => `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
    const num = (v: number) => `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    const rows = [
      [cell("ที่"), cell("โครงการ"), cell("งบประมาณ (บาท)"), cell("ยุทธศาสตร์"), cell("แผนงาน")],
      [num(1), cell("โครงการก่อสร้างถนน คสล. หมู่ที่ 2"), num(380000), cell("ยุทธศาสตร์ที่ 1 ด้านโครงสร้างพื้นฐาน"), cell("แผนงานอุตสาหกรรมและการโยธา")],
      [num(2), cell("เบี้ยยังชีพผู้สูงอายุ"), num(3600000), cell("ยุทธศาสตร์ที่ 2 ด้านสังคม"), cell("แผนงานงบกลาง")],
    ];
    zip.file(
      "content.xml",
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="แผน68">${rows.map((r) => `<table:table-row>${r.join("")}</table:table-row>`).join("")}</table:table></office:spreadsheet></office:body></office:document-content>`,
    );
    zip.file(
      "META-INF/manifest.xml",
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    );
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  },
  truth: { exit: 2, projects: [], stop: /\.xlsx/ },
};

/** A table exported from a web system as "Excel" that is really HTML with an .xls name. */
const u08: FieldCase = {
  id: "u08",
  habit: "an HTML table saved with an .xls name (web-system export)",
  file: "export_project_2568.xls",
  async build() {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table border="1"><tr><th>ที่</th><th>โครงการ</th><th>งบประมาณ</th><th>ยุทธศาสตร์</th></tr><tr><td>1</td><td>โครงการก่อสร้างถนน คสล. หมู่ที่ 5</td><td>450,000</td><td>ยุทธศาสตร์ที่ 1</td></tr><tr><td>2</td><td>โครงการอาหารกลางวัน ศพด.</td><td>310,000</td><td>ยุทธศาสตร์ที่ 3</td></tr></table></body></html>`;
    return Buffer.from(html, "utf8");
  },
  truth: { exit: 2, projects: [], stop: /\.xlsx/ },
};

export const unusableCases: FieldCase[] = [u01, u02, u03, u04, u05, u06, u07, u08];
