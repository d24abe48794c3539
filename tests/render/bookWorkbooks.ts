/**
 * Four plan workbooks for the book's render test, typed the way officers keep them and built
 * straight with ExcelJS (never with OpPlan's template writer or sample generator), each with the
 * truth beside it: whose book it is, the words its type must print, and what its lists add up to.
 *
 * - smallTambon: an อบต. with 20 rows (16 projects, 4 ครุภัณฑ์), 3 ยุทธศาสตร์, Thai digits on;
 *   OpPlan's template filled in by hand (✓ in the months).
 * - cityMunicipality: a เทศบาลเมือง with 80 projects in a list of its own making (its own column
 *   labels, months shaded, some amounts typed as text) and its ครุภัณฑ์ on a sheet of their own.
 * - province: an อบจ. whose plan runs to 640 projects with long names that wrap (ผด.02 prints on
 *   many pages), and 24 ครุภัณฑ์.
 * - editedText: a เทศบาลตำบล whose officer rewrote ข้อความเล่มแผน: one คำนำ paragraph rewritten in
 *   their own words, one บทนำ paragraph carrying placeholders.
 *
 * The totals are written here as literals: a case whose rows do not add up to them throws when
 * built, so the truth cannot drift from the workbook.
 */
import ExcelJS from "exceljs";

type Cell = ExcelJS.CellValue | undefined;

export interface BookTruth {
  /** ชื่อ อปท. as typed in ตั้งค่า */
  readonly orgName: string;
  /** ประเภท อปท. as typed in ตั้งค่า */
  readonly orgType: string;
  /** What the ปก must name */
  readonly orgFullName: string;
  readonly fiscalYear: number;
  readonly thaiDigits: boolean;
  /** Words ส่วนที่ 1 must print for this type (committees, budget act, the executive's title). */
  readonly typeWords: readonly string[];
  /** Words of the other types that must not be printed in ส่วนที่ 1. */
  readonly otherTypesWords: readonly string[];
  /** Projects of ผด.01/ผด.02 (ครุภัณฑ์ not counted) and their baht. */
  readonly projects: number;
  readonly budget: number;
  /** ครุภัณฑ์ of ผด.02/1 and their baht. */
  readonly equipmentItems: number;
  readonly equipmentBudget: number;
  readonly strategies: number;
  /** At least this many pages of ผด.02 (the long plan). */
  readonly minPd02Pages?: number;
  /** Paragraphs the officer typed, as the book must print them (placeholders expanded). */
  readonly typedParagraphs?: readonly string[];
}

export interface BookCase {
  readonly id: string;
  /** The habit it imitates, one line. */
  readonly habit: string;
  readonly truth: BookTruth;
  build(): ExcelJS.Workbook;
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
const FONT: Partial<ExcelJS.Font> = { name: "TH SarabunPSK", size: 16 };
const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];
const SHADE: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "งานนโยบายและแผน";
  // Fixed so that two builds are the same file.
  wb.created = wb.modified = utc(2025, 10, 1);
  return wb;
}

function put(ws: ExcelJS.Worksheet, first: number, rows: Cell[][]): void {
  rows.forEach((cells, i) =>
    cells.forEach((v, j) => {
      if (v !== undefined && v !== null) ws.getCell(first + i, j + 1).value = v;
    }),
  );
}

/** ตั้งค่า as the template lays it out (title, header, label | value | help), typed by the officer. */
function settings(wb: ExcelJS.Workbook, rows: [string, Cell][]): void {
  const ws = wb.addWorksheet("ตั้งค่า");
  put(ws, 1, [["ตั้งค่าแผนการดำเนินงาน"], ["รายการ", "ค่า", "คำอธิบาย"], ...rows]);
  ws.mergeCells("A1:C1");
  rows.forEach(([, v], i) => {
    if (v instanceof Date) ws.getCell(3 + i, 2).numFmt = "[$-107041E]d mmmm yyyy";
  });
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 50;
  ws.getColumn(3).width = 60;
}

function strategySheet(wb: ExcelJS.Workbook, rows: [strategy: string, approach: string, plan: string][]): void {
  const ws = wb.addWorksheet("ยุทธศาสตร์");
  put(ws, 1, [["ยุทธศาสตร์การพัฒนา แนวทางการพัฒนา และแผนงาน"], [], ["ยุทธศาสตร์", "แนวทางการพัฒนา", "แผนงาน", "คำสำคัญ"], ...rows]);
  ws.mergeCells("A1:D1");
  [45, 45, 34, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** One row of a list: months as fiscal indexes (0 = ต.ค.). */
interface Row {
  readonly name: string;
  readonly detail: string;
  /** As typed: a number, or text such as " 1,250,000 " */
  readonly budget: number | string;
  readonly location: string;
  readonly unit: string;
  readonly strategy: string | null;
  readonly plan: string;
  readonly equipmentType?: string;
  readonly months: readonly number[];
}

const TEMPLATE_HEADER = [
  "ที่",
  "โครงการ",
  "รายละเอียดของกิจกรรม",
  "งบประมาณ (บาท)",
  "สถานที่ดำเนินการ",
  "หน่วยงานรับผิดชอบหลัก",
  "ยุทธศาสตร์",
  "แผนงาน",
  "ประเภท",
  "ประเภทครุภัณฑ์",
  "แหล่งงบประมาณ",
];

/**
 * OpPlan's โครงการ sheet as an officer fills it in: title, note, two header rows (years over
 * months), one row per project, ✓ typed in the months, ครุภัณฑ์ told by the ประเภท column.
 */
function templateList(wb: ExcelJS.Workbook, fy: number, rows: readonly Row[], source: string, opts: { wrap?: boolean } = {}): void {
  const ws = wb.addWorksheet("โครงการ");
  const m0 = TEMPLATE_HEADER.length;
  put(ws, 1, [
    [`แบบกรอกโครงการ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}`],
    ["กรอกหนึ่งโครงการต่อหนึ่งแถว · งบประมาณกรอกเป็นตัวเลข · เดือนที่ดำเนินการใส่เครื่องหมาย ✓ หรือระบายสี"],
    [...TEMPLATE_HEADER, `พ.ศ. ${fy - 1}`, , , `พ.ศ. ${fy}`],
    [...TEMPLATE_HEADER.map(() => undefined), ...MONTHS],
  ]);
  ws.mergeCells(1, 1, 1, m0 + 12);
  ws.mergeCells(2, 1, 2, m0 + 12);
  for (let c = 1; c <= m0; c++) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, m0 + 1, 3, m0 + 3);
  ws.mergeCells(3, m0 + 4, 3, m0 + 12);
  rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    const kind = r.equipmentType ? "ครุภัณฑ์" : "โครงการ";
    const cells: Cell[] = [i + 1, r.name, r.detail, r.budget, r.location, r.unit, r.strategy ?? undefined, r.plan, kind, r.equipmentType, source];
    cells.forEach((v, j) => {
      if (v !== undefined && v !== null) row.getCell(j + 1).value = v;
    });
    for (const m of r.months) row.getCell(m0 + 1 + m).value = "✓";
    row.getCell(4).numFmt = "#,##0.00";
    if (opts.wrap) {
      row.getCell(2).alignment = { wrapText: true, vertical: "top" };
      row.getCell(3).alignment = { wrapText: true, vertical: "top" };
    }
  });
  for (let r = 3; r <= 4 + rows.length; r++) for (let c = 1; c <= m0 + 12; c++) ws.getCell(r, c).border = THIN;
  ws.getRow(3).font = { ...FONT, bold: true };
  [5, 48, 40, 15, 22, 24, 40, 32, 10, 24, 26, ...Array(12).fill(5)].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** A checked total, so the literal truth beside a case cannot drift from its rows. */
function expectTotals(id: string, rows: readonly Row[], truth: BookTruth): void {
  const baht = (v: number | string) => (typeof v === "number" ? v : Number(v.replace(/[,\s]/g, "")));
  const satang = (rs: readonly Row[]) => rs.reduce((s, r) => s + Math.round(baht(r.budget) * 100), 0);
  const projects = rows.filter((r) => !r.equipmentType);
  const equipment = rows.filter((r) => r.equipmentType);
  const got = { projects: projects.length, budget: satang(projects) / 100, equipmentItems: equipment.length, equipmentBudget: satang(equipment) / 100 };
  const want = { projects: truth.projects, budget: truth.budget, equipmentItems: truth.equipmentItems, equipmentBudget: truth.equipmentBudget };
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${id}: rows give ${JSON.stringify(got)}, truth says ${JSON.stringify(want)}`);
}

/** A small deterministic stream of numbers (a case is the same workbook on every run). */
function stream(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

/** A run of months from `start` (fiscal index) for `length` months, kept inside the year. */
const monthRun = (start: number, length: number) => Array.from({ length: Math.min(length, 12 - start) }, (_, i) => start + i);
const ALL_YEAR = monthRun(0, 12);

const LOCAL_WORDS = ["คณะกรรมการพัฒนาท้องถิ่น", "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่น", "ข้อบัญญัติ"];
const MUNICIPAL_WORDS = ["คณะกรรมการพัฒนาเทศบาล", "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาเทศบาล", "เทศบัญญัติ"];

// ---------------------------------------------------------------------------------------------
// (a) อบต. ห้วยยาง: 20 rows, Thai digits on.

const A_S1 = "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
const A_S2 = "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม";
const A_S3 = "ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการบ้านเมืองที่ดี";

const A_ROWS: readonly Row[] = [
  { name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านห้วยยาง หมู่ที่ 1 สายหน้าวัด", detail: "ผิวจราจรกว้าง 4 เมตร ยาว 180 เมตร หนา 0.15 เมตร", budget: 432000, location: "บ้านห้วยยาง หมู่ที่ 1", unit: "กองช่าง", strategy: A_S1, plan: "แผนงานอุตสาหกรรมและการโยธา", months: [1, 2, 3] },
  { name: "โครงการก่อสร้างถนนลูกรัง บ้านโนนทอง หมู่ที่ 4 สายไปหนองแวง", detail: "กว้าง 4 เมตร ยาว 850 เมตร หนาเฉลี่ย 0.30 เมตร", budget: 198500, location: "บ้านโนนทอง หมู่ที่ 4", unit: "กองช่าง", strategy: A_S1, plan: "แผนงานอุตสาหกรรมและการโยธา", months: [4, 5] },
  { name: "โครงการวางท่อระบายน้ำ คสล. บ้านหนองแวง หมู่ที่ 6", detail: "ท่อ คสล. ขนาด 0.40 เมตร ยาว 120 เมตร พร้อมบ่อพัก", budget: 245000, location: "บ้านหนองแวง หมู่ที่ 6", unit: "กองช่าง", strategy: A_S1, plan: "แผนงานอุตสาหกรรมและการโยธา", months: [2, 3] },
  { name: "โครงการขยายเขตประปาหมู่บ้าน บ้านโคกกลาง หมู่ที่ 7", detail: "วางท่อ PVC ขนาด 2 นิ้ว ยาว 1,500 เมตร", budget: 176000, location: "บ้านโคกกลาง หมู่ที่ 7", unit: "กองช่าง", strategy: A_S1, plan: "แผนงานเคหะและชุมชน", months: [3, 4, 5] },
  { name: "โครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ บ้านห้วยยาง หมู่ที่ 2", detail: "เสาไฟฟ้าโซลาร์เซลล์ สูง 6 เมตร จำนวน 12 ต้น", budget: 264000, location: "บ้านห้วยยาง หมู่ที่ 2", unit: "กองช่าง", strategy: A_S1, plan: "แผนงานเคหะและชุมชน", months: [6, 7] },
  { name: "โครงการอาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก", detail: "นักเรียน 310 คน 260 วัน", budget: 612340.5, location: "โรงเรียนในตำบลห้วยยาง", unit: "กองการศึกษา", strategy: A_S2, plan: "แผนงานการศึกษา", months: ALL_YEAR },
  { name: "โครงการสนับสนุนอาหารกลางวันโรงเรียนสังกัด สพฐ.", detail: "นักเรียน 240 คน 200 วัน", budget: 1056000, location: "โรงเรียนในตำบลห้วยยาง", unit: "กองการศึกษา", strategy: A_S2, plan: "แผนงานการศึกษา", months: ALL_YEAR },
  { name: "โครงการแข่งขันกีฬาต้านยาเสพติด ตำบลห้วยยาง", detail: "แข่งขันกีฬาฟุตบอล วอลเลย์บอล 9 หมู่บ้าน", budget: 80000, location: "สนามกีฬา อบต.ห้วยยาง", unit: "กองการศึกษา", strategy: A_S2, plan: "แผนงานการศึกษา", months: [4] },
  { name: "โครงการรณรงค์ป้องกันและควบคุมโรคไข้เลือดออก", detail: "พ่นหมอกควัน แจกทรายอะเบท 9 หมู่บ้าน", budget: 45000, location: "9 หมู่บ้าน", unit: "สำนักปลัด", strategy: A_S2, plan: "แผนงานสาธารณสุข", months: [7, 8, 9] },
  { name: "โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า", detail: "ฉีดวัคซีนสุนัขและแมว 1,200 ตัว", budget: 36000, location: "9 หมู่บ้าน", unit: "สำนักปลัด", strategy: A_S2, plan: "แผนงานสาธารณสุข", months: [5, 6] },
  { name: "โครงการส่งเสริมอาชีพผู้สูงอายุและผู้พิการ", detail: "ฝึกอาชีพจักสาน 40 คน", budget: 25000, location: "ศาลาประชาคม หมู่ที่ 3", unit: "สำนักปลัด", strategy: A_S2, plan: "แผนงานสังคมสงเคราะห์", months: [8] },
  { name: "โครงการปรับปรุงซ่อมแซมบ้านผู้ยากไร้", detail: "ซ่อมแซมบ้าน 3 หลัง", budget: 60000, location: "ตำบลห้วยยาง", unit: "สำนักปลัด", strategy: A_S2, plan: "แผนงานสังคมสงเคราะห์", months: [9, 10] },
  { name: "โครงการจัดทำแผนพัฒนาท้องถิ่นและประชาคมหมู่บ้าน", detail: "ประชุมประชาคม 9 หมู่บ้าน", budget: 20000, location: "9 หมู่บ้าน", unit: "สำนักปลัด", strategy: A_S3, plan: "แผนงานบริหารงานทั่วไป", months: [3, 4] },
  { name: "โครงการฝึกอบรมเพิ่มประสิทธิภาพบุคลากร อบต.ห้วยยาง", detail: "ผู้บริหาร สมาชิกสภา พนักงาน 45 คน", budget: 150000, location: "ที่ทำการ อบต.ห้วยยาง", unit: "สำนักปลัด", strategy: A_S3, plan: "แผนงานบริหารงานทั่วไป", months: [6] },
  { name: "โครงการ อบต.เคลื่อนที่ บริการประชาชน", detail: "ออกให้บริการรับชำระภาษี 9 หมู่บ้าน", budget: 15000, location: "9 หมู่บ้าน", unit: "กองคลัง", strategy: A_S3, plan: "แผนงานบริหารงานทั่วไป", months: [4, 5] },
  { name: "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาล", detail: "ตั้งจุดบริการประชาชนช่วงปีใหม่และสงกรานต์", budget: 30000, location: "ถนนสายหลักในตำบล", unit: "สำนักปลัด", strategy: A_S3, plan: "แผนงานการรักษาความสงบภายใน", months: [2, 6] },
  { name: "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล", detail: "จำนวน 2 เครื่อง เครื่องละ 24,000 บาท", budget: 48000, location: "กองคลัง", unit: "กองคลัง", strategy: null, plan: "แผนงานบริหารงานทั่วไป", equipmentType: "ครุภัณฑ์คอมพิวเตอร์", months: [2] },
  { name: "ตู้เหล็กเก็บเอกสาร แบบ 2 บาน", detail: "จำนวน 3 หลัง หลังละ 5,500 บาท", budget: 16500, location: "สำนักปลัด", unit: "สำนักปลัด", strategy: null, plan: "แผนงานบริหารงานทั่วไป", equipmentType: "ครุภัณฑ์สำนักงาน", months: [3] },
  { name: "เครื่องตัดหญ้าแบบข้อแข็ง", detail: "จำนวน 2 เครื่อง เครื่องละ 9,500 บาท", budget: 19000, location: "กองช่าง", unit: "กองช่าง", strategy: null, plan: "แผนงานเคหะและชุมชน", equipmentType: "ครุภัณฑ์การเกษตร", months: [4] },
  { name: "เครื่องปรับอากาศ แบบแยกส่วน ขนาด 18,000 บีทียู", detail: "จำนวน 1 เครื่อง", budget: 28000, location: "ศูนย์พัฒนาเด็กเล็ก", unit: "กองการศึกษา", strategy: null, plan: "แผนงานการศึกษา", equipmentType: "ครุภัณฑ์ไฟฟ้าและวิทยุ", months: [5] },
];

const smallTambon: BookCase = {
  id: "tambon-small",
  habit: "อบต. filling OpPlan's template by hand: 20 rows, ✓ months, ครุภัณฑ์ by ประเภท, Thai digits on",
  truth: {
    orgName: "ห้วยยาง",
    orgType: "องค์การบริหารส่วนตำบล",
    orgFullName: "องค์การบริหารส่วนตำบลห้วยยาง",
    fiscalYear: 2569,
    thaiDigits: true,
    typeWords: [...LOCAL_WORDS, "นายกองค์การบริหารส่วนตำบล"],
    otherTypesWords: [...MUNICIPAL_WORDS, "นายกเทศมนตรี", "นายกองค์การบริหารส่วนจังหวัด"],
    projects: 16,
    budget: 3444840.5,
    equipmentItems: 4,
    equipmentBudget: 111500,
    strategies: 3,
  },
  build() {
    expectTotals(this.id, A_ROWS, this.truth);
    const wb = workbook();
    templateList(wb, 2569, A_ROWS, "ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
    strategySheet(wb, [
      [A_S1, "ก่อสร้างและปรับปรุงถนน ทางระบายน้ำ", "แผนงานอุตสาหกรรมและการโยธา"],
      [A_S1, "ประปา ไฟฟ้าสาธารณะ", "แผนงานเคหะและชุมชน"],
      [A_S2, "ส่งเสริมการศึกษา กีฬา", "แผนงานการศึกษา"],
      [A_S2, "ป้องกันโรค", "แผนงานสาธารณสุข"],
      [A_S2, "สวัสดิการผู้สูงอายุ ผู้พิการ ผู้ยากไร้", "แผนงานสังคมสงเคราะห์"],
      [A_S3, "พัฒนาบุคลากรและการบริการ", "แผนงานบริหารงานทั่วไป"],
      [A_S3, "ความปลอดภัยในชีวิตและทรัพย์สิน", "แผนงานการรักษาความสงบภายใน"],
    ]);
    settings(wb, [
      ["ชื่อ อปท.", "ห้วยยาง"],
      ["ประเภท อปท.", "องค์การบริหารส่วนตำบล"],
      ["อำเภอ", "กระนวน"],
      ["จังหวัด", "ขอนแก่น"],
      ["ปีงบประมาณ", 2569],
      ["ฉบับ", "ฉบับหลัก"],
      ["เหตุที่ต้องจัดทำ", "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี"],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", utc(2025, 9, 15)],
      ["วันที่ประกาศแผน", utc(2025, 10, 8)],
      ["วันที่ปิดประกาศ", utc(2025, 10, 10)],
      ["ผู้ลงนาม", "นายประสิทธิ์ ศรีสุข"],
      ["ตำแหน่ง", undefined],
      ["ใช้เลขไทย", "ใช่"],
      ["เลื่อนวันครบกำหนดตามวันหยุด", "ไม่ใช่"],
    ]);
    return wb;
  },
};

// ---------------------------------------------------------------------------------------------
// (b) เทศบาลเมืองศรีสำราญ: 80 projects in the office's own list, ครุภัณฑ์ on their own sheet.

const B_STRATEGIES: readonly { name: string; plans: readonly string[]; units: readonly string[] }[] = [
  { name: "1. ยุทธศาสตร์การพัฒนาเมืองและโครงสร้างพื้นฐาน", plans: ["แผนงานอุตสาหกรรมและการโยธา", "แผนงานเคหะและชุมชน"], units: ["กองช่าง"] },
  { name: "2. ยุทธศาสตร์การพัฒนาการศึกษา ศาสนา และวัฒนธรรม", plans: ["แผนงานการศึกษา", "แผนงานการศาสนาวัฒนธรรมและนันทนาการ"], units: ["กองการศึกษา"] },
  { name: "3. ยุทธศาสตร์การพัฒนาสาธารณสุขและสิ่งแวดล้อม", plans: ["แผนงานสาธารณสุข", "แผนงานเคหะและชุมชน"], units: ["กองสาธารณสุขและสิ่งแวดล้อม"] },
  { name: "4. ยุทธศาสตร์การพัฒนาสังคมและคุณภาพชีวิต", plans: ["แผนงานสังคมสงเคราะห์", "แผนงานสร้างความเข้มแข็งของชุมชน", "แผนงานงบกลาง"], units: ["กองสวัสดิการสังคม"] },
  { name: "5. ยุทธศาสตร์การบริหารจัดการเมืองที่ดี", plans: ["แผนงานบริหารงานทั่วไป", "แผนงานการรักษาความสงบภายใน"], units: ["สำนักปลัดเทศบาล", "กองคลัง", "กองยุทธศาสตร์และงบประมาณ"] },
];

const B_WORKS: Record<string, readonly string[]> = {
  "แผนงานอุตสาหกรรมและการโยธา": ["โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอย", "โครงการปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต ถนน", "โครงการก่อสร้างรางระบายน้ำ คสล. พร้อมฝาตะแกรง ซอย"],
  "แผนงานเคหะและชุมชน": ["โครงการติดตั้งโคมไฟฟ้าส่องสว่าง LED ถนน", "โครงการบริหารจัดการขยะมูลฝอยชุมชน", "โครงการปรับปรุงภูมิทัศน์สวนสาธารณะ"],
  "แผนงานการศึกษา": ["โครงการอาหารกลางวันโรงเรียนเทศบาล", "โครงการพัฒนาศูนย์การเรียนรู้ชุมชน", "โครงการส่งเสริมทักษะภาษาอังกฤษนักเรียน"],
  "แผนงานการศาสนาวัฒนธรรมและนันทนาการ": ["โครงการจัดงานประเพณีลอยกระทง", "โครงการจัดงานประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ", "โครงการแข่งขันกีฬาชุมชนสัมพันธ์"],
  "แผนงานสาธารณสุข": ["โครงการป้องกันและควบคุมโรคไข้เลือดออก", "โครงการตรวจคัดกรองสุขภาพผู้สูงอายุ", "โครงการอาหารปลอดภัยในตลาดสด"],
  "แผนงานสังคมสงเคราะห์": ["โครงการปรับปรุงที่อยู่อาศัยผู้ยากไร้", "โครงการส่งเสริมอาชีพผู้พิการ"],
  "แผนงานสร้างความเข้มแข็งของชุมชน": ["โครงการส่งเสริมกลุ่มอาชีพสตรี", "โครงการอบรมคณะกรรมการชุมชน"],
  "แผนงานงบกลาง": ["เบี้ยยังชีพผู้สูงอายุ", "เบี้ยยังชีพคนพิการ"],
  "แผนงานบริหารงานทั่วไป": ["โครงการเทศบาลเคลื่อนที่", "โครงการฝึกอบรมพนักงานเทศบาล", "โครงการจัดทำแผนพัฒนาเทศบาลและประชาคม"],
  "แผนงานการรักษาความสงบภายใน": ["โครงการฝึกซ้อมแผนป้องกันและระงับอัคคีภัย", "โครงการป้องกันอุบัติเหตุช่วงเทศกาล"],
};

const B_COMMUNITIES = ["ชุมชนตลาดเก่า", "ชุมชนวัดกลาง", "ชุมชนหนองบัว", "ชุมชนโนนสว่าง", "ชุมชนหลังสถานี", "ชุมชนศรีเมือง", "ชุมชนท่าน้ำ", "ชุมชนบ้านใหม่"];

function bRows(): Row[] {
  const r = stream(2569);
  const rows: Row[] = [];
  let n = 0;
  // 16 projects per strategy, round-robin over its แผนงาน: 80 in all.
  for (const s of B_STRATEGIES)
    for (let i = 0; i < 16; i++) {
      const plan = s.plans[i % s.plans.length];
      const community = r.pick(B_COMMUNITIES);
      const base = r.pick(B_WORKS[plan]);
      const budget = r.int(2, 180) * 5000 + (n % 7 === 0 ? 0.25 : 0);
      const start = r.int(0, 9);
      rows.push({
        name: `${base} ${community} (${++n})`,
        detail: `ดำเนินการตามแบบแปลนและรายละเอียดของเทศบาล ${community}`,
        // Every fifth amount typed as text, as copied from the budget ordinance.
        budget: n % 5 === 0 ? ` ${budget.toLocaleString("en-US", { minimumFractionDigits: 2 })} ` : budget,
        location: community,
        unit: r.pick(s.units),
        strategy: s.name,
        plan,
        months: plan === "แผนงานงบกลาง" ? ALL_YEAR : monthRun(start, r.int(1, 4)),
      });
    }
  return rows;
}

const B_EQUIPMENT: readonly Row[] = [
  { name: "รถบรรทุกขยะ แบบอัดท้าย ขนาด 10 ลูกบาศก์หลา", detail: "จำนวน 1 คัน", budget: 2950000, location: "เขตเทศบาล", unit: "กองสาธารณสุขและสิ่งแวดล้อม", strategy: null, plan: "แผนงานเคหะและชุมชน", equipmentType: "ยานพาหนะและขนส่ง", months: [3] },
  { name: "เครื่องคอมพิวเตอร์ All In One สำหรับงานสำนักงาน", detail: "จำนวน 4 เครื่อง", budget: 68000, location: "สำนักงานเทศบาล", unit: "กองคลัง", strategy: null, plan: "แผนงานบริหารงานทั่วไป", equipmentType: "คอมพิวเตอร์", months: [2] },
  { name: "เครื่องขยายเสียงพร้อมลำโพง", detail: "จำนวน 1 ชุด", budget: 35000, location: "สำนักงานเทศบาล", unit: "สำนักปลัดเทศบาล", strategy: null, plan: "แผนงานบริหารงานทั่วไป", equipmentType: "ไฟฟ้าและวิทยุ", months: [4] },
  { name: "โต๊ะทำงานพร้อมเก้าอี้", detail: "จำนวน 6 ชุด", budget: 42000, location: "กองการศึกษา", unit: "กองการศึกษา", strategy: null, plan: "แผนงานการศึกษา", equipmentType: "สำนักงาน", months: [5] },
  { name: "เครื่องวัดความดันโลหิตแบบดิจิทัล", detail: "จำนวน 10 เครื่อง", budget: 25000, location: "ศูนย์บริการสาธารณสุข", unit: "กองสาธารณสุขและสิ่งแวดล้อม", strategy: null, plan: "แผนงานสาธารณสุข", equipmentType: "วิทยาศาสตร์หรือการแพทย์", months: [6] },
  { name: "เครื่องตัดหญ้าแบบนั่งขับ", detail: "จำนวน 1 เครื่อง", budget: 185000, location: "สวนสาธารณะเทศบาล", unit: "กองช่าง", strategy: null, plan: "แผนงานเคหะและชุมชน", equipmentType: "การเกษตร", months: [7] },
];

const cityMunicipality: BookCase = {
  id: "city-80",
  habit: "เทศบาลเมือง: its own list (ลำดับ, ชื่อโครงการ…, months shaded, amounts partly text), ครุภัณฑ์ on a sheet of their own",
  truth: {
    orgName: "ศรีสำราญ",
    orgType: "เทศบาลเมือง",
    orgFullName: "เทศบาลเมืองศรีสำราญ",
    fiscalYear: 2569,
    thaiDigits: false,
    typeWords: [...MUNICIPAL_WORDS, "นายกเทศมนตรี"],
    otherTypesWords: [...LOCAL_WORDS, "นายกองค์การบริหารส่วน"],
    projects: 80,
    budget: 41565003,
    equipmentItems: 6,
    equipmentBudget: 3305000,
    strategies: 5,
  },
  build() {
    const rows = bRows();
    expectTotals(this.id, [...rows, ...B_EQUIPMENT], this.truth);
    const wb = workbook();
    const ws = wb.addWorksheet("แผนดำเนินงาน 69");
    const header = ["ลำดับ", "ชื่อโครงการ", "รายละเอียด", "งบประมาณ", "สถานที่", "หน่วยงานรับผิดชอบ", "ยุทธศาสตร์", "แผนงาน"];
    const m0 = header.length;
    put(ws, 1, [
      ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 เทศบาลเมืองศรีสำราญ"],
      [...header, "พ.ศ. 2568", , , "พ.ศ. 2569"],
      [...header.map(() => undefined), ...MONTHS],
    ]);
    ws.mergeCells(1, 1, 1, m0 + 12);
    for (let c = 1; c <= m0; c++) ws.mergeCells(2, c, 3, c);
    ws.mergeCells(2, m0 + 1, 2, m0 + 3);
    ws.mergeCells(2, m0 + 4, 2, m0 + 12);
    rows.forEach((p, i) => {
      const row = ws.getRow(4 + i);
      [i + 1, p.name, p.detail, p.budget, p.location, p.unit, p.strategy, p.plan].forEach((v, j) => (row.getCell(j + 1).value = v));
      row.getCell(4).numFmt = "#,##0.00";
      for (const m of p.months) row.getCell(m0 + 1 + m).fill = SHADE;
    });
    [6, 50, 40, 14, 18, 26, 44, 34, ...Array(12).fill(4.5)].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const eq = wb.addWorksheet("ครุภัณฑ์");
    put(eq, 1, [
      ["บัญชีครุภัณฑ์ ปีงบประมาณ 2569"],
      ["ที่", "รายการครุภัณฑ์", "รายละเอียด", "งบประมาณ", "แผนงาน", "ประเภทครุภัณฑ์", "หน่วยงาน", "พ.ศ. 2568", , , "พ.ศ. 2569"],
      [, , , , , , , ...MONTHS],
      ...B_EQUIPMENT.map((e, i) => [i + 1, e.name, e.detail, e.budget, e.plan, e.equipmentType, e.unit]),
    ]);
    eq.mergeCells("A1:S1");
    for (let c = 1; c <= 7; c++) eq.mergeCells(2, c, 3, c);
    eq.mergeCells("H2:J2");
    eq.mergeCells("K2:S2");
    B_EQUIPMENT.forEach((e, i) => e.months.forEach((m) => (eq.getCell(4 + i, 8 + m).fill = SHADE)));
    [5, 48, 30, 12, 30, 24, 24, ...Array(12).fill(4.5)].forEach((w, i) => (eq.getColumn(i + 1).width = w));
    strategySheet(
      wb,
      B_STRATEGIES.flatMap((s) => s.plans.map((p): [string, string, string] => [s.name, "", p])),
    );
    settings(wb, [
      ["ชื่อ อปท.", "ศรีสำราญ"],
      ["ประเภท อปท.", "เทศบาลเมือง"],
      ["อำเภอ", "เมืองยโสธร"],
      ["จังหวัด", "ยโสธร"],
      ["ปีงบประมาณ", 2569],
      ["ฉบับ", "ฉบับหลัก"],
      ["เหตุที่ต้องจัดทำ", "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี"],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", utc(2025, 9, 17)],
      ["วันที่ประกาศแผน", utc(2025, 10, 9)],
      ["วันที่ปิดประกาศ", utc(2025, 10, 10)],
      ["ผู้ลงนาม", "นายวิโรจน์ มั่นคง"],
      ["ตำแหน่ง", "นายกเทศมนตรีเมืองศรีสำราญ"],
      ["ใช้เลขไทย", "ไม่ใช่"],
      ["เลื่อนวันครบกำหนดตามวันหยุด", "ไม่ใช่"],
    ]);
    return wb;
  },
};

// ---------------------------------------------------------------------------------------------
// (c) อบจ.ภูผาหลวง: 640 projects with long names, 24 ครุภัณฑ์.

const C_DISTRICTS = ["เมืองภูผาหลวง", "นาแก", "ท่าอุเทน", "ศรีสงคราม", "บ้านแพง", "โพนสวรรค์", "ปลาปาก", "เรณูนคร", "นาหว้า", "วังยาง"];
const C_VILLAGES = ["หนองบัวทอง", "โนนสะอาด", "ดอนแดง", "นาคำ", "โคกสว่าง", "ห้วยทราย", "ท่าลาด", "โพธิ์ชัย", "หนองผือ", "คำเตย", "นาทม", "ดงหลวง"];
const C_STRATEGIES: readonly { name: string; plans: readonly string[]; unit: string; names: readonly ((v: () => string) => string)[] }[] = [
  {
    name: "ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐานและระบบคมนาคมขนส่ง",
    plans: ["แผนงานอุตสาหกรรมและการโยธา"],
    unit: "กองช่าง",
    names: [
      (v) => `โครงการก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้าน${v()} - บ้าน${v()} ตำบล${v()} อำเภอ${v()} ผิวจราจรกว้าง 6.00 เมตร ยาว 2,450 เมตร หนา 0.05 เมตร พร้อมไหล่ทางข้างละ 1.00 เมตร`,
      (v) => `โครงการซ่อมสร้างผิวทางแอสฟัลท์ติกคอนกรีต รหัสทางหลวงท้องถิ่น นพ.ถ 1-00${v().length}${v().length} สายบ้าน${v()} - บ้าน${v()} อำเภอ${v()} ระยะทาง 3.20 กิโลเมตร`,
      (v) => `โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กเชื่อมระหว่างตำบล สายบ้าน${v()} หมู่ที่ 4 ตำบล${v()} - บ้าน${v()} หมู่ที่ 9 ตำบล${v()} อำเภอ${v()}`,
    ],
  },
  {
    name: "ยุทธศาสตร์ที่ 2 การบริหารจัดการทรัพยากรน้ำเพื่อการเกษตรและการอุปโภคบริโภค",
    plans: ["แผนงานการเกษตร", "แผนงานเคหะและชุมชน"],
    unit: "กองช่าง",
    names: [
      (v) => `โครงการขุดลอกหนองน้ำสาธารณะ หนอง${v()} บ้าน${v()} ตำบล${v()} อำเภอ${v()} เพื่อเพิ่มปริมาณการกักเก็บน้ำสำหรับการเกษตรและแก้ไขปัญหาภัยแล้งอย่างยั่งยืน`,
      (v) => `โครงการก่อสร้างระบบประปาหมู่บ้านแบบผิวดินขนาดใหญ่ บ้าน${v()} ตำบล${v()} อำเภอ${v()} พร้อมถังเก็บน้ำ คสล. ความจุ 120 ลูกบาศก์เมตร และระบบกรองน้ำ`,
    ],
  },
  {
    name: "ยุทธศาสตร์ที่ 3 การพัฒนาการศึกษาและการเรียนรู้ตลอดชีวิต",
    plans: ["แผนงานการศึกษา"],
    unit: "กองการศึกษา ศาสนาและวัฒนธรรม",
    names: [
      (v) => `โครงการอุดหนุนโรงเรียนในสังกัดองค์การบริหารส่วนจังหวัดภูผาหลวง โรงเรียนบ้าน${v()} อำเภอ${v()} เพื่อพัฒนาห้องเรียนวิทยาศาสตร์และเทคโนโลยีให้ได้มาตรฐาน`,
      (v) => `โครงการค่ายพัฒนาทักษะทางวิชาการและคุณธรรมจริยธรรมสำหรับนักเรียนระดับมัธยมศึกษา อำเภอ${v()} และอำเภอ${v()} ประจำปีงบประมาณ`,
    ],
  },
  {
    name: "ยุทธศาสตร์ที่ 4 การพัฒนาคุณภาพชีวิต สาธารณสุข และสวัสดิการสังคม",
    plans: ["แผนงานสาธารณสุข", "แผนงานสังคมสงเคราะห์"],
    unit: "กองสาธารณสุข",
    names: [
      (v) => `โครงการสนับสนุนการดำเนินงานโรงพยาบาลส่งเสริมสุขภาพตำบลบ้าน${v()} ตำบล${v()} อำเภอ${v()} ที่ถ่ายโอนมาสังกัดองค์การบริหารส่วนจังหวัดภูผาหลวง`,
      (v) => `โครงการคัดกรองและส่งเสริมสุขภาพผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียงในพื้นที่อำเภอ${v()} โดยการมีส่วนร่วมของอาสาสมัครสาธารณสุขประจำหมู่บ้าน`,
    ],
  },
  {
    name: "ยุทธศาสตร์ที่ 5 การส่งเสริมการท่องเที่ยว ศาสนา ศิลปวัฒนธรรม และการกีฬา",
    plans: ["แผนงานการศาสนาวัฒนธรรมและนันทนาการ"],
    unit: "กองการศึกษา ศาสนาและวัฒนธรรม",
    names: [
      (v) => `โครงการจัดงานประเพณีไหลเรือไฟและงานกาชาดจังหวัดภูผาหลวง ร่วมกับอำเภอ${v()} เพื่อสืบสานวัฒนธรรมท้องถิ่นและส่งเสริมการท่องเที่ยวเชิงวัฒนธรรม`,
      (v) => `โครงการแข่งขันกีฬาเยาวชนและประชาชนต้านยาเสพติด ระดับอำเภอ อำเภอ${v()} ชิงถ้วยนายกองค์การบริหารส่วนจังหวัดภูผาหลวง`,
    ],
  },
  {
    name: "ยุทธศาสตร์ที่ 6 การบริหารจัดการองค์กรตามหลักธรรมาภิบาล",
    plans: ["แผนงานบริหารงานทั่วไป", "แผนงานการรักษาความสงบภายใน"],
    unit: "สำนักปลัดองค์การบริหารส่วนจังหวัด",
    names: [
      (v) => `โครงการฝึกอบรมและศึกษาดูงานเพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของผู้บริหาร สมาชิกสภา และบุคลากรองค์การบริหารส่วนจังหวัด ประจำปีงบประมาณ หลักสูตร${v()}`,
      (v) => `โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสำคัญ ตั้งจุดบริการประชาชนร่วมกับอำเภอ${v()} และองค์กรปกครองส่วนท้องถิ่นในพื้นที่`,
    ],
  },
];

function cRows(): Row[] {
  const r = stream(2570);
  const rows: Row[] = [];
  const names = new Set<string>();
  const counts = [180, 130, 100, 100, 70, 60];
  C_STRATEGIES.forEach((s, k) => {
    for (let i = 0; i < counts[k]; i++) {
      const v = () => r.pick([...C_VILLAGES, ...C_DISTRICTS]);
      const district = r.pick(C_DISTRICTS);
      // A plan lists each project once: a name drawn twice is drawn again.
      let name = r.pick(s.names)(v);
      for (let tries = 0; names.has(name); tries++) name = tries < 20 ? r.pick(s.names)(v) : `${name} ระยะที่ ${tries - 18}`;
      names.add(name);
      rows.push({
        name,
        detail: `ดำเนินการตามแบบแปลนและประมาณการขององค์การบริหารส่วนจังหวัดภูผาหลวง พื้นที่อำเภอ${district} รายละเอียดตามที่กำหนดในข้อบัญญัติงบประมาณรายจ่าย`,
        budget: r.int(10, 950) * 10000,
        location: `อำเภอ${district}`,
        unit: s.unit,
        strategy: s.name,
        plan: s.plans[i % s.plans.length],
        months: monthRun(r.int(0, 8), r.int(2, 6)),
      });
    }
  });
  const types = ["ครุภัณฑ์สำนักงาน", "ครุภัณฑ์คอมพิวเตอร์", "ครุภัณฑ์ยานพาหนะและขนส่ง", "ครุภัณฑ์ก่อสร้าง", "ครุภัณฑ์ไฟฟ้าและวิทยุ", "ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์"];
  const items = ["จัดซื้อเครื่องคอมพิวเตอร์ สำหรับงานประมวลผล แบบที่ 2 (จอแสดงภาพขนาดไม่น้อยกว่า 19 นิ้ว)", "จัดซื้อรถบรรทุกน้ำ ขนาด 6 ตัน 6 ล้อ", "จัดซื้อตู้เหล็กเก็บเอกสาร แบบ 4 ลิ้นชัก", "จัดซื้อเครื่องตบดิน", "จัดซื้อเครื่องกำเนิดไฟฟ้า ขนาด 10 กิโลวัตต์", "จัดซื้อเครื่องวัดความดันโลหิตแบบดิจิทัล"];
  for (let i = 0; i < 24; i++)
    rows.push({
      name: `${items[i % 6]} รายการที่ ${i + 1}`,
      detail: "คุณลักษณะตามบัญชีราคามาตรฐานครุภัณฑ์ของสำนักงบประมาณ",
      budget: r.int(5, 300) * 1000,
      location: "ศาลากลางองค์การบริหารส่วนจังหวัด",
      unit: "กองพัสดุและทรัพย์สิน",
      strategy: null,
      plan: "แผนงานบริหารงานทั่วไป",
      equipmentType: types[i % 6],
      months: [r.int(1, 8)],
    });
  return rows;
}

const province: BookCase = {
  id: "province-640",
  habit: "อบจ. with a long plan: 640 projects with long names wrapped in their cells, 24 ครุภัณฑ์",
  truth: {
    orgName: "ภูผาหลวง",
    orgType: "องค์การบริหารส่วนจังหวัด",
    orgFullName: "องค์การบริหารส่วนจังหวัดภูผาหลวง",
    fiscalYear: 2570,
    thaiDigits: false,
    typeWords: [...LOCAL_WORDS, "นายกองค์การบริหารส่วนจังหวัด"],
    otherTypesWords: [...MUNICIPAL_WORDS, "นายกเทศมนตรี", "นายกองค์การบริหารส่วนตำบล"],
    projects: 640,
    budget: 3094140000,
    equipmentItems: 24,
    equipmentBudget: 3504000,
    strategies: 6,
    minPd02Pages: 30,
  },
  build() {
    const rows = cRows();
    expectTotals(this.id, rows, this.truth);
    const wb = workbook();
    templateList(wb, 2570, rows, "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", { wrap: true });
    strategySheet(
      wb,
      C_STRATEGIES.flatMap((s) => s.plans.map((p): [string, string, string] => [s.name, "", p])),
    );
    settings(wb, [
      ["ชื่อ อปท.", "ภูผาหลวง"],
      ["ประเภท อปท.", "องค์การบริหารส่วนจังหวัด"],
      ["อำเภอ", "เมืองภูผาหลวง"],
      ["จังหวัด", "ภูผาหลวง"],
      ["ปีงบประมาณ", 2570],
      ["ฉบับ", "ฉบับหลัก"],
      ["เหตุที่ต้องจัดทำ", "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี"],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", utc(2026, 9, 16)],
      ["วันที่ประกาศแผน", utc(2026, 10, 9)],
      ["วันที่ปิดประกาศ", utc(2026, 10, 13)],
      ["ผู้ลงนาม", "นายสมบัติ ภูผาทอง"],
      ["ตำแหน่ง", undefined],
      ["ใช้เลขไทย", "ไม่ใช่"],
      ["เลื่อนวันครบกำหนดตามวันหยุด", "ไม่ใช่"],
    ]);
    return wb;
  },
};

// ---------------------------------------------------------------------------------------------
// (d) เทศบาลตำบลหนองบัวใหญ่: the officer's own words in ข้อความเล่มแผน.

const D_S1 = "ยุทธศาสตร์ที่ 1 ด้านโครงสร้างพื้นฐาน";
const D_S2 = "ยุทธศาสตร์ที่ 2 ด้านคุณภาพชีวิต";

/** The คำนำ paragraph the officer rewrote: no placeholder, printed as typed. */
export const REWRITTEN_FOREWORD =
  "เทศบาลตำบลหนองบัวใหญ่ได้จัดทำแผนการดำเนินงานฉบับนี้ขึ้นหลังจากประชุมประชาคมทั้ง 11 ชุมชน เมื่อเดือนสิงหาคม 2568 " +
  "โดยรวบรวมโครงการที่ได้รับงบประมาณตามเทศบัญญัติและโครงการของหน่วยงานอื่นที่เข้ามาดำเนินการในพื้นที่ไว้ในเล่มเดียว";
/** The บทนำ paragraph with placeholders, as typed… */
export const PLACEHOLDER_INTRO =
  "แผนการดำเนินงานของ{ชื่อ อปท.} ประจำปีงบประมาณ พ.ศ. {ปีงบประมาณ} รวบรวมโครงการตาม{ข้อบัญญัติ}งบประมาณรายจ่าย " +
  "ที่{คณะกรรมการพัฒนา}ได้พิจารณาแล้ว เพื่อเสนอ{ผู้บริหารท้องถิ่น}ประกาศใช้";
/** …and as the book must print it for this เทศบาลตำบล. */
export const PLACEHOLDER_INTRO_PRINTED =
  "แผนการดำเนินงานของเทศบาลตำบลหนองบัวใหญ่ ประจำปีงบประมาณ พ.ศ. 2569 รวบรวมโครงการตามเทศบัญญัติงบประมาณรายจ่าย " +
  "ที่คณะกรรมการพัฒนาเทศบาลได้พิจารณาแล้ว เพื่อเสนอนายกเทศมนตรีประกาศใช้";

/** ข้อความเล่มแผน as the officer left it: ส่วน | หัวข้อ | ข้อความ, the section named on its first row only. */
const D_TEXT: [section: string | undefined, heading: string | undefined, text: string][] = [
  ["คำนำ", "คำนำ", REWRITTEN_FOREWORD],
  [undefined, undefined, "เทศบาลตำบลหนองบัวใหญ่ขอขอบคุณทุกชุมชนและทุกหน่วยงานที่ร่วมจัดทำแผนการดำเนินงานฉบับนี้"],
  ["บทนำ", "1. บทนำ", PLACEHOLDER_INTRO],
  [undefined, undefined, "แผนการดำเนินงานแสดงว่าโครงการใดจะทำที่ไหน เมื่อใด ใช้งบประมาณเท่าใด และกองใดรับผิดชอบ"],
  ["วัตถุประสงค์", "2. วัตถุประสงค์ของแผนการดำเนินงาน", "2.1 เพื่อให้ทุกกองรู้ว่าโครงการของตนต้องเริ่มเมื่อใด"],
  [undefined, undefined, "2.2 เพื่อใช้ติดตามและประเมินผลการดำเนินงานเมื่อสิ้นปีงบประมาณ"],
  ["ขั้นตอนการจัดทำ", "3. ขั้นตอนการจัดทำแผนการดำเนินงาน", "3.1 {คณะกรรมการสนับสนุน}รวบรวมโครงการและจัดทำร่างแผนการดำเนินงานเสนอ{คณะกรรมการพัฒนา}"],
  [undefined, undefined, "3.2 {คณะกรรมการพัฒนา}พิจารณาร่างแล้วเสนอ{ผู้บริหารท้องถิ่น}"],
  [undefined, undefined, "3.3 {ผู้บริหารท้องถิ่น}ให้ความเห็นชอบและประกาศใช้ ปิดประกาศภายใน 15 วัน และปิดไว้อย่างน้อย 30 วัน"],
  ["ระยะเวลา", "4. ระยะเวลาในการจัดทำแผนการดำเนินงาน", "จัดทำให้แล้วเสร็จภายใน 30 วันนับแต่วันที่ประกาศใช้{ข้อบัญญัติ}งบประมาณรายจ่ายประจำปี"],
  ["เครื่องมือ", "5. เครื่องมือของแผนการดำเนินงาน", "แบบ ผด.01 แบบ ผด.02 และแบบ ผด.02/1 ในส่วนที่ 2"],
  ["ประโยชน์", "6. ประโยชน์ของแผนการดำเนินงาน", "6.1 ประชาชนรู้ว่าเทศบาลจะทำโครงการใดในชุมชนของตน"],
  [undefined, undefined, "6.2 ผู้บริหารใช้กำกับการทำงานของทุกกองให้เป็นไปตามแผน"],
];

const D_ROWS: readonly Row[] = [
  { name: "โครงการก่อสร้างถนน คสล. ซอยหนองบัว 3", detail: "กว้าง 4 ม. ยาว 160 ม.", budget: 390000, location: "ชุมชนหนองบัว", unit: "กองช่าง", strategy: D_S1, plan: "แผนงานอุตสาหกรรมและการโยธา", months: [1, 2] },
  { name: "โครงการก่อสร้างรางระบายน้ำ ซอยวัดใหญ่", detail: "ยาว 200 ม.", budget: 520000, location: "ชุมชนวัดใหญ่", unit: "กองช่าง", strategy: D_S1, plan: "แผนงานอุตสาหกรรมและการโยธา", months: [3, 4] },
  { name: "โครงการปรับปรุงระบบประปาเทศบาล", detail: "เปลี่ยนท่อเมน 800 ม.", budget: 450000, location: "โรงกรองน้ำเทศบาล", unit: "กองช่าง", strategy: D_S1, plan: "แผนงานเคหะและชุมชน", months: [5, 6] },
  { name: "โครงการติดตั้งไฟส่องสว่าง ถนนเลี่ยงเมือง", detail: "โคม LED 30 ชุด", budget: 270000, location: "ถนนเลี่ยงเมือง", unit: "กองช่าง", strategy: D_S1, plan: "แผนงานเคหะและชุมชน", months: [6] },
  { name: "โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็กเทศบาล", detail: "เด็ก 85 คน 245 วัน", budget: 416500, location: "ศูนย์พัฒนาเด็กเล็ก", unit: "กองการศึกษา", strategy: D_S2, plan: "แผนงานการศึกษา", months: ALL_YEAR },
  { name: "โครงการจัดงานประเพณีบุญบั้งไฟ", detail: "ขบวนแห่และการแข่งขัน", budget: 150000, location: "สนามกีฬาเทศบาล", unit: "กองการศึกษา", strategy: D_S2, plan: "แผนงานการศาสนาวัฒนธรรมและนันทนาการ", months: [7] },
  { name: "โครงการป้องกันโรคไข้เลือดออก", detail: "พ่นหมอกควัน 11 ชุมชน", budget: 60000, location: "11 ชุมชน", unit: "กองสาธารณสุขและสิ่งแวดล้อม", strategy: D_S2, plan: "แผนงานสาธารณสุข", months: [7, 8] },
  { name: "เบี้ยยังชีพผู้สูงอายุ", detail: "ผู้สูงอายุ 620 คน", budget: 5208000, location: "เขตเทศบาล", unit: "สำนักปลัดเทศบาล", strategy: D_S2, plan: "แผนงานงบกลาง", months: ALL_YEAR },
  { name: "เครื่องพิมพ์เลเซอร์ ชนิด Network", detail: "จำนวน 1 เครื่อง", budget: 8900, location: "กองคลัง", unit: "กองคลัง", strategy: null, plan: "แผนงานบริหารงานทั่วไป", equipmentType: "ครุภัณฑ์คอมพิวเตอร์", months: [2] },
];

const editedText: BookCase = {
  id: "municipal-text",
  habit: "เทศบาลตำบล whose officer rewrote ข้อความเล่มแผน: a คำนำ paragraph in their own words, a บทนำ paragraph with placeholders",
  truth: {
    orgName: "หนองบัวใหญ่",
    orgType: "เทศบาลตำบล",
    orgFullName: "เทศบาลตำบลหนองบัวใหญ่",
    fiscalYear: 2569,
    thaiDigits: false,
    typeWords: [...MUNICIPAL_WORDS, "นายกเทศมนตรี"],
    otherTypesWords: [...LOCAL_WORDS, "นายกองค์การบริหารส่วน"],
    projects: 8,
    budget: 7464500,
    equipmentItems: 1,
    equipmentBudget: 8900,
    strategies: 2,
    typedParagraphs: [REWRITTEN_FOREWORD, PLACEHOLDER_INTRO_PRINTED],
  },
  build() {
    expectTotals(this.id, D_ROWS, this.truth);
    const wb = workbook();
    templateList(wb, 2569, D_ROWS, "เทศบัญญัติงบประมาณรายจ่ายประจำปี");
    strategySheet(wb, [
      [D_S1, "ถนน ระบายน้ำ", "แผนงานอุตสาหกรรมและการโยธา"],
      [D_S1, "ประปา ไฟฟ้า", "แผนงานเคหะและชุมชน"],
      [D_S2, "การศึกษา", "แผนงานการศึกษา"],
      [D_S2, "ประเพณี", "แผนงานการศาสนาวัฒนธรรมและนันทนาการ"],
      [D_S2, "สุขภาพ", "แผนงานสาธารณสุข"],
      [D_S2, "สวัสดิการ", "แผนงานงบกลาง"],
      [D_S2, "บริหาร", "แผนงานบริหารงานทั่วไป"],
    ]);
    settings(wb, [
      ["ชื่อ อปท.", "หนองบัวใหญ่"],
      ["ประเภท อปท.", "เทศบาลตำบล"],
      ["อำเภอ", "บัวใหญ่"],
      ["จังหวัด", "นครราชสีมา"],
      ["ปีงบประมาณ", 2569],
      ["ฉบับ", "ฉบับหลัก"],
      ["เหตุที่ต้องจัดทำ", "ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี"],
      ["วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", utc(2025, 9, 18)],
      ["วันที่ประกาศแผน", utc(2025, 10, 14)],
      ["วันที่ปิดประกาศ", utc(2025, 10, 15)],
      ["ผู้ลงนาม", "นางสาวกัลยา บุญมา"],
      ["ตำแหน่ง", undefined],
      ["ใช้เลขไทย", "ไม่ใช่"],
      ["เลื่อนวันครบกำหนดตามวันหยุด", "ไม่ใช่"],
    ]);
    const tx = wb.addWorksheet("ข้อความเล่มแผน");
    put(tx, 1, [["ข้อความเล่มแผน: คำนำ และส่วนที่ 1 บทนำ"], ["แก้ข้อความได้ หนึ่งแถวต่อหนึ่งย่อหน้า"], ["ส่วน", "หัวข้อ", "ข้อความ"], ...D_TEXT]);
    tx.mergeCells("A1:C1");
    tx.mergeCells("A2:C2");
    [16, 36, 110].forEach((w, i) => (tx.getColumn(i + 1).width = w));
    for (let r = 4; r < 4 + D_TEXT.length; r++) tx.getCell(r, 3).alignment = { wrapText: true, vertical: "top" };
    return wb;
  },
};

export const BOOK_CASES: readonly BookCase[] = [smallTambon, cityMunicipality, province, editedText];
