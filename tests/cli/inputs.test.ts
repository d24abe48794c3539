/**
 * Every kind of file an officer may give as input, through the CLI: an .xlsx under any name
 * and CSV are read; every other kind is exit 2 with one Thai sentence that says what the file
 * is and how to save it as .xlsx, no output written, the input unchanged.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { ole2, windows874, zipOf } from "../support/bytes";
import { cli, expectThaiOnly, readJson, sha } from "../support/cli";

const SAVE_AS = "บันทึกเป็น (Save As) → ชนิด \"สมุดงาน Excel (.xlsx)\"";

/** A small plan as Thai Excel shows it: the header of the template, amounts and marks as typed. */
const PLAN_ROWS = [
  ["แบบกรอกโครงการ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570"],
  ["ที่", "โครงการ", "รายละเอียดของกิจกรรม", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก", "ยุทธศาสตร์", "แผนงาน", "ประเภท", "ประเภทครุภัณฑ์", "แหล่งงบประมาณ", "พ.ศ. 2569", "", "", "พ.ศ. 2570", "", "", "", "", "", "", "", ""],
  ["", "", "", "", "", "", "", "", "", "", "", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."],
  ["1", "โครงการก่อสร้างถนน ค.ส.ล. สายบ้านหนองบัว, หมู่ที่ 3", "ผิวจราจรกว้าง 5 เมตร\nยาว 400 เมตร", " 1,632,820 ", "บ้านหนองบัว หมู่ที่ 3", "กองช่าง", "", "แผนงานอุตสาหกรรมและการโยธา", "โครงการ", "", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "", "", "/", "/", "", "", "", "", "", "", "", ""],
  ["2", "โครงการแข่งขันกีฬาต้านยาเสพติด", "จัดการแข่งขันกีฬา ๖ ประเภท", "๑๒๐,๐๐๐", "สนามกีฬา อบต.", "สำนักปลัด", "", "แผนงานการศาสนาวัฒนธรรมและนันทนาการ", "โครงการ", "", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "", "", "", "", "", "", "/", "", "", "", "", ""],
  ["3", "โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "อบรม อปพร. \"รุ่นที่ 2\"", "85,000.50", "ที่ทำการ อบต.", "สำนักปลัด", "", "แผนงานการรักษาความสงบภายใน", "โครงการ", "", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "", "", "", "", "", "/", "", "", "", "", "", ""],
];
const PLAN_BUDGET = 1_632_820 + 120_000 + 85_000.5;

const csvText = (rows: string[][], sep: string, eol: string) =>
  rows.map((r) => r.map((f) => (/[",;\t\r\n]/.test(f) || f !== f.trim() ? `"${f.replace(/"/g, '""')}"` : f)).join(sep)).join(eol) + eol;

describe("input files by their content", () => {
  let dir: string;
  let xlsx: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opplan-inputs-"));
    xlsx = join(dir, "plan.xlsx");
    expect((await cli("sample", xlsx, "--projects", "8", "--seed", "6")).code).toBe(0);
  });

  const file = (name: string, bytes: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  /** Refused as it must be: exit 2, the sentence, no output, the input as it was, the sentence in the JSON too. */
  async function expectRefused(input: string, ...phrases: string[]) {
    const before = existsSync(input) && statSync(input).isFile() ? sha(input) : null;
    const out = join(dir, "never.xlsx");
    const json = join(dir, "refused.json");
    const r = await cli("generate", input, "-o", out, "--json", json);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expectThaiOnly(r.err);
    expect(r.err.split("\n")).toHaveLength(1);
    for (const p of phrases) expect(r.err).toContain(p);
    expect(existsSync(out)).toBe(false);
    if (before !== null) expect(sha(input)).toBe(before);
    expect(readJson(json)).toMatchObject({ command: "generate", exitCode: 2, error: r.err });
    return r;
  }

  it("reads an .xlsx whatever it is named (here .xls)", async () => {
    const misnamed = join(dir, "misnamed.xls");
    copyFileSync(xlsx, misnamed);
    const before = sha(misnamed);
    const out = join(dir, "misnamed-out.xlsx");
    const r = await cli("generate", misnamed, "-o", out);
    expect(r.err).toBe("");
    expect([0, 1]).toContain(r.code);
    expect(existsSync(out)).toBe(true);
    expect(sha(misnamed)).toBe(before);
  });

  it("an old .xls (OLE2): what it is and how to save it as .xlsx", async () => {
    await expectRefused(file("old.xls", ole2("Workbook")), "old.xls", "Excel รุ่นเก่า (.xls", SAVE_AS, "LibreOffice");
  });

  it("a password-protected workbook (OLE2 with an EncryptedPackage), even named .xlsx", async () => {
    await expectRefused(file("locked.xlsx", ole2("EncryptionInfo", "EncryptedPackage")), "locked.xlsx", "รหัสผ่าน");
  });

  it(".xlsb and .ods: what they are and how to save them as .xlsx", async () => {
    await expectRefused(file("binary.xlsb", await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "x" })), "binary.xlsb", "(.xlsb)", SAVE_AS);
    const ods = await zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>", "META-INF/manifest.xml": "<manifest/>" });
    await expectRefused(file("libre.ods", ods), "libre.ods", "OpenDocument (.ods", SAVE_AS);
    // The content decides, not the name.
    await expectRefused(file("libre-named.xlsx", ods), "OpenDocument (.ods");
  });

  it("HTML and XML tables saved with an .xls name (government exports)", async () => {
    const html = '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>ที่</td><td>โครงการ</td></tr><tr><td>1</td><td>ถนน</td></tr></table></body></html>';
    await expectRefused(file("export.xls", html), "export.xls", "หน้าเว็บ (HTML)", SAVE_AS);
    const xml = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="โครงการ"><Table><Row><Cell><Data ss:Type="String">ที่</Data></Cell></Row></Table></Worksheet></Workbook>';
    await expectRefused(file("export2003.xls", xml), "XML Spreadsheet", SAVE_AS);
  });

  it("an empty file, a truncated .xlsx, a corrupt .xlsx", async () => {
    await expectRefused(file("empty.xlsx", ""), "empty.xlsx", "ว่างเปล่า (0 ไบต์)");
    const whole = readFileSync(xlsx);
    await expectRefused(file("cut.xlsx", whole.subarray(0, Math.floor(whole.length * 0.6))), "cut.xlsx", "ไม่ครบ");
    const corrupt = Buffer.from(whole);
    const centralDirectory = corrupt.readUInt32LE(corrupt.length - 22 + 16);
    corrupt.fill(0x41, 200, centralDirectory - 200);
    const r = await expectRefused(file("corrupt.xlsx", corrupt), "corrupt.xlsx", "เสียหาย");
    // ExcelJS's own words go to the JSON's detail only.
    expect(r.err).not.toContain("Corrupted");
    expect(readJson(join(dir, "refused.json")).detail).toContain("Corrupted zip");
  });

  it("a folder, a missing file, a Word file, a PDF, a note saved as .xlsx", async () => {
    mkdirSync(join(dir, "แผนงาน.xlsx"));
    await expectRefused(join(dir, "แผนงาน.xlsx"), "เป็นโฟลเดอร์ ไม่ใช่ไฟล์");
    await expectRefused(join(dir, "none.xlsx"), "ไม่พบไฟล์");
    await expectRefused(file("letter.xlsx", await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" })), "เอกสาร Word");
    await expectRefused(file("scan.xlsx", "%PDF-1.7\n"), "PDF");
    await expectRefused(file("notes.xlsx", "ไม่ใช่ไฟล์ Excel"), "ข้อความธรรมดา");
    await expectRefused(file("image.xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])), "ไม่ใช่สมุดงาน Excel (.xlsx) หรือไฟล์ CSV", SAVE_AS);
  });

  describe("CSV", () => {
    it("reads a Windows-874 CSV from Thai Excel: the cells as typed reach the check", async () => {
      const csv = file("แผน2570.csv", windows874(csvText(PLAN_ROWS, ",", "\r\n")));
      const before = sha(csv);
      const json = join(dir, "csv.json");
      const r = await cli("check", csv, "--json", json);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out.split("\n")[0]).toBe(`อ่าน ${csv} เป็นตาราง CSV (รหัสอักขระ Windows-874 · คั่นด้วยจุลภาค ",") 6 แถว เป็นแผ่นงาน "แผน2570"`);
      const result = readJson(json);
      expect(result.projectSheets).toEqual(["แผน2570"]);
      expect(result.summary).toMatchObject({ projects: 3, budget: PLAN_BUDGET, fiscalYear: 2570 });
      expect(sha(csv)).toBe(before);
    });

    it("generate on a UTF-8 CSV with ; and a BOM: an .xlsx with the CSV's sheet, its text as typed, and the forms", async () => {
      const csv = file("plan-semicolon.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(PLAN_ROWS, ";", "\n"))]));
      const out = join(dir, "from-csv.xlsx");
      const r = await cli("generate", csv, "-o", out);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain('คั่นด้วยอัฒภาค ";"');
      const wb = await ExcelJsWorkbook.fromFile(out);
      expect((await wb.listSheets()).slice(0, 4)).toEqual(["plan-semicolon", "ผด.01", "ผด.02", "ผด.02-1"]);
      const sheet = wb.workbook.getWorksheet("plan-semicolon")!;
      expect(sheet.getCell("D4").value).toBe(" 1,632,820 ");
      expect(sheet.getCell("D5").value).toBe("๑๒๐,๐๐๐");
      expect(sheet.getCell("C4").value).toBe("ผิวจราจรกว้าง 5 เมตร\nยาว 400 เมตร");
      expect(sheet.getCell("C6").value).toBe('อบรม อปพร. "รุ่นที่ 2"');
    });

    it("a tab-separated export named .xls is read; a quote that never closes is refused with its line", async () => {
      const tsv = file("export-tab.xls", Buffer.from(csvText(PLAN_ROWS, "\t", "\r\n")));
      const r = await cli("check", tsv);
      expect(r.code).toBe(0);
      expect(r.out).toContain("คั่นด้วยแท็บ");
      const broken = file("broken.csv", 'ที่,โครงการ,งบประมาณ\n1,"ถนน,1000\n2,ประปา,500\n');
      await expectRefused(broken, "broken.csv", 'เครื่องหมายคำพูด (") ที่เปิดในบรรทัด 2 ไม่มีตัวปิด');
      await expectRefused(file("blank.csv", "\r\n , \r\n"), "ไม่มีข้อมูล");
    });

    it("template --from goes through the same recognition: a CSV is read, an .xls is refused", async () => {
      const csv = file("from.csv", csvText(PLAN_ROWS, ",", "\n"));
      const out = join(dir, "template-from-csv.xlsx");
      const r = await cli("template", out, "--from", csv, "--fiscal-year", "2570");
      expect(r.code).toBe(0);
      const wb = await ExcelJsWorkbook.fromFile(out);
      expect(await wb.listSheets()).toEqual(expect.arrayContaining(["from", "ตั้งค่า", "ยุทธศาสตร์"]));
      const old = file("from-old.xls", ole2("Workbook"));
      const refused = await cli("template", join(dir, "t.xlsx"), "--from", old);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain("Excel รุ่นเก่า");
      expectThaiOnly(refused.err);
      expect(existsSync(join(dir, "t.xlsx"))).toBe(false);
    });
  });
});
