/**
 * The forms reader on one generated output: a small template workbook whose forms are plain to
 * predict (every row labelled, per cents exact). If the layout of ผด.01 / ผด.02 / ผด.02-1 changes
 * (rows, columns, headings, รวม lines), this fails before the field tests silently misread it.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, readJson } from "../support/cli";
import { formSheetsOf, readForms, type Forms } from "./formsReader";
import { book, MONTHS, put, settingsSheet, xlsx } from "./workbooks/sheet";

async function template(thaiDigits: boolean): Promise<Buffer> {
  const wb = book();
  const ws = wb.addWorksheet("โครงการ");
  const S1 = "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
  const S2 = "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต";
  put(ws, 1, [
    ["แบบกรอกโครงการ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568"],
    [],
    ["ที่", "โครงการ", "รายละเอียดของกิจกรรม", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก", "ยุทธศาสตร์", "แผนงาน", "ประเภท", "ประเภทครุภัณฑ์", "แหล่งงบประมาณ", "พ.ศ. 2567", , , "พ.ศ. 2568"],
    [, , , , , , , , , , , ...MONTHS],
    [1, "โครงการก่อสร้างถนน คสล. หมู่ที่ 1", "กว้าง 4 ม.", 500000, "หมู่ที่ 1", "กองช่าง", S1, "แผนงานอุตสาหกรรมและการโยธา", "โครงการ", , , , , , "✓", "✓"],
    [2, "โครงการขยายเขตไฟฟ้า หมู่ที่ 2", "ปักเสา 8 ต้น", 200000, "หมู่ที่ 2", "กองช่าง", S1, "แผนงานเคหะและชุมชน", "โครงการ"],
    [3, "โครงการป้องกันโรคไข้เลือดออก", "พ่นหมอกควัน", 150000, "ทุกหมู่บ้าน", "สำนักปลัด", S2, "แผนงานสาธารณสุข", "โครงการ"],
    [4, "โครงการตรวจสุขภาพผู้สูงอายุ", "ตรวจคัดกรอง", 150000, "ทุกหมู่บ้าน", "สำนักปลัด", S2, "แผนงานสาธารณสุข", "โครงการ"],
    [5, "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "1 เครื่อง", 22000, "สำนักปลัด", "สำนักปลัด", S2, "แผนงานบริหารงานทั่วไป", "ครุภัณฑ์", "ครุภัณฑ์คอมพิวเตอร์"],
  ]);
  const st = wb.addWorksheet("ยุทธศาสตร์");
  put(st, 1, [["ยุทธศาสตร์การพัฒนา"], [], ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"], [S1, , "แผนงานอุตสาหกรรมและการโยธา"], [S1, , "แผนงานเคหะและชุมชน"], [S2, , "แผนงานสาธารณสุข"]]);
  settingsSheet(wb, [
    ["ชื่อ อปท.", "ทดสอบ"],
    ["ประเภท อปท.", "องค์การบริหารส่วนตำบล"],
    ["อำเภอ", "เมือง"],
    ["จังหวัด", "ขอนแก่น"],
    ["ปีงบประมาณ", 2568],
    ["ฉบับ", "ฉบับหลัก"],
    ["ใช้เลขไทย", thaiDigits ? "ใช่" : "ไม่ใช่"],
  ]);
  return xlsx(wb);
}

async function generated(thaiDigits: boolean): Promise<{ forms: Forms; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), "opplan-forms-reader-"));
  const input = join(dir, "in.xlsx");
  writeFileSync(input, await template(thaiDigits));
  const out = join(dir, "out.xlsx");
  const r = await cli("generate", input, "-o", out, "--json", join(dir, "r.json"));
  expect(r.code).toBe(0);
  return { forms: await readForms(out, formSheetsOf(readJson(join(dir, "r.json")))), file: out };
}

const S1 = "1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
const S2 = "2. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต";
const titles = (form: string) => [form, "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น"];
const row = (sheetRow: number, no: number, name: string, detail: string, budget: number, location: string, unit: string, months: number[] = []) => ({
  sheetRow,
  no,
  name,
  detail,
  budget,
  location,
  unit,
  months,
});

const EXPECTED = {
  pd01: {
    sheet: "ผด.01",
    label: "แบบ ผด.01",
    titles: titles("บัญชีสรุปจำนวนโครงการและงบประมาณ"),
    header: ["ยุทธศาสตร์", "จำนวนโครงการที่ดำเนินการ", "คิดเป็นร้อยละของโครงการทั้งหมด", "จำนวนงบประมาณ", "คิดเป็นร้อยละของงบประมาณทั้งหมด", "หน่วยดำเนินการ"],
    strategies: [
      {
        heading: S1,
        lines: [
          { heading: "1.1 แผนงานเคหะและชุมชน", projects: 1, percentProjects: 25, budget: 200000, percentBudget: 20, units: "กองช่าง" },
          { heading: "1.2 แผนงานอุตสาหกรรมและการโยธา", projects: 1, percentProjects: 25, budget: 500000, percentBudget: 50, units: "กองช่าง" },
        ],
        total: { projects: 2, percentProjects: 50, budget: 700000, percentBudget: 70 },
      },
      {
        heading: S2,
        lines: [{ heading: "2.1 แผนงานสาธารณสุข", projects: 2, percentProjects: 50, budget: 300000, percentBudget: 30, units: "สำนักปลัด" }],
        total: { projects: 2, percentProjects: 50, budget: 300000, percentBudget: 30 },
      },
    ],
    grandTotal: { projects: 4, percentProjects: 100, budget: 1000000, percentBudget: 100 },
    stray: [],
  },
  pd02: {
    sheet: "ผด.02",
    label: "แบบ ผด.02",
    titles: titles("บัญชีโครงการ/กิจกรรม/งบประมาณ"),
    header: ["ที่", "โครงการ", "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก"],
    years: [...Array(3).fill("พ.ศ. 2567"), ...Array(9).fill("พ.ศ. 2568")],
    months: MONTHS,
    groups: [
      {
        heading: S1,
        blocks: [
          { heading: "1.1 แผนงานเคหะและชุมชน", rows: [row(9, 1, "โครงการขยายเขตไฟฟ้า หมู่ที่ 2", "ปักเสา 8 ต้น", 200000, "หมู่ที่ 2", "กองช่าง")], total: { label: "รวม", count: 1, budget: 200000 } },
          {
            heading: "1.2 แผนงานอุตสาหกรรมและการโยธา",
            rows: [row(12, 1, "โครงการก่อสร้างถนน คสล. หมู่ที่ 1", "กว้าง 4 ม.", 500000, "หมู่ที่ 1", "กองช่าง", [3, 4])],
            total: { label: "รวม", count: 1, budget: 500000 },
          },
        ],
      },
      {
        heading: S2,
        blocks: [
          {
            heading: "2.1 แผนงานสาธารณสุข",
            rows: [
              row(16, 1, "โครงการป้องกันโรคไข้เลือดออก", "พ่นหมอกควัน", 150000, "ทุกหมู่บ้าน", "สำนักปลัด"),
              row(17, 2, "โครงการตรวจสุขภาพผู้สูงอายุ", "ตรวจคัดกรอง", 150000, "ทุกหมู่บ้าน", "สำนักปลัด"),
            ],
            total: { label: "รวม", count: 2, budget: 300000 },
          },
        ],
      },
    ],
    grandTotal: { label: "รวมทั้งสิ้น", count: 4, budget: 1000000 },
    empty: null,
    stray: [],
  },
  pd021: {
    sheet: "ผด.02-1",
    label: "แบบ ผด.02/1",
    titles: titles("บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น"),
    header: ["ที่", "ครุภัณฑ์", "รายละเอียดของครุภัณฑ์", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก"],
    years: [...Array(3).fill("พ.ศ. 2567"), ...Array(9).fill("พ.ศ. 2568")],
    months: MONTHS,
    groups: [
      {
        heading: "1. ครุภัณฑ์คอมพิวเตอร์",
        blocks: [{ heading: "1.1 แผนงานบริหารงานทั่วไป", rows: [row(9, 1, "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "1 เครื่อง", 22000, "สำนักปลัด", "สำนักปลัด")], total: { label: "รวม", count: 1, budget: 22000 } }],
      },
    ],
    grandTotal: { label: "รวมทั้งสิ้น", count: 1, budget: 22000 },
    empty: null,
    stray: [],
  },
};

describe("formsReader", () => {
  it("reads the three generated forms as printed: titles, headings, rows, รวม lines, รวมทั้งสิ้น", async () => {
    const { forms } = await generated(false);
    expect(forms).toEqual(EXPECTED);
  });

  it("reads the cells where the layout puts them (title rows 1-4, header at row 5, body from row 7)", async () => {
    const { file } = await generated(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const pd02 = wb.getWorksheet("ผด.02")!;
    expect([2, 3, 4, 5, 6, 7, 8].map((r) => pd02.getCell(r, 1).value)).toEqual([
      "บัญชีโครงการ/กิจกรรม/งบประมาณ",
      "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
      "องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น",
      "ที่",
      "ที่",
      S1,
      "1.1 แผนงานเคหะและชุมชน",
    ]);
    expect([1, 2, 4, 7].map((c) => pd02.getCell(9, c).value)).toEqual([1, "โครงการขยายเขตไฟฟ้า หมู่ที่ 2", 200000, null]);
    expect([2, 4].map((c) => pd02.getCell(10, c).value)).toEqual(["รวม 1 โครงการ", 200000]);
    const pd01 = wb.getWorksheet("ผด.01")!;
    expect([1, 2, 3, 4, 5].map((c) => pd01.getCell(7, c).value)).toEqual(["1.1 แผนงานเคหะและชุมชน", 1, 25, 200000, 20]);
  });

  it("reads Thai-digit forms (ใช้เลขไทย) as the same figures", async () => {
    const { forms } = await generated(true);
    expect(forms).toEqual(EXPECTED);
  });
});
