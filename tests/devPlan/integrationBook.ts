/**
 * One อบต.'s development plan (ผ.02, 2566–2570, printed layout: linkage line, numbered headings
 * inside the table, the years under งบประมาณ in a second header row, "รวม" lines) and its FY 2568
 * project list, as an officer keeps them; with the truth written by hand beside them: the plan as
 * a reader must read it (PLAN), the tree it states (TREE), and which entry each project is
 * (LINKS). The integration tests stand these in for the reader and the linker (jest.mock) until
 * those land; then the same truth checks the real ones.
 */
import type ExcelJS from "exceljs";
import type { DevPlan, DevPlanEntry } from "../../src/domain/devPlan/types";
import type { StrategyNode } from "../../src/domain/read/strategySheet";
import { book, merge, put, widths, xlsx } from "../field/workbooks/sheet";

export const PLAN_SHEET = "ผ.02";
export const LIST_SHEET = "แผนการดำเนินงาน 68";

export const S1 = "1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน";
export const S2 = "2. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต";
const A1 = "1.1 กลยุทธ์ การพัฒนาระบบคมนาคมขนส่ง";
const A2 = "2.1 แนวทาง ส่งเสริมการศึกษาและสาธารณสุข";
const P_ROAD = "(1) แผนงานอุตสาหกรรมและการโยธา";
const P_EDU = "(1) แผนงานการศึกษา";
const P_HEALTH = "(2) แผนงานสาธารณสุข";

/** The ผ.02 sheet's rows from row 1; the Excel rows of the entries are in PLAN below. */
function planRows(): ExcelJS.CellValue[][] {
  return [
    [, , , , , , , , , , , "แบบ ผ.02"],
    ["รายละเอียดโครงการพัฒนา"],
    ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"],
    ["องค์การบริหารส่วนตำบลหนองบัว อำเภอบ้านไผ่ จังหวัดขอนแก่น"],
    ["ก. ยุทธศาสตร์ชาติ 20 ปี ยุทธศาสตร์ที่ 2 ด้านการสร้างความสามารถในการแข่งขัน"],
    [S1],
    [A1],
    [P_ROAD],
    ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย\n(ผลผลิตของโครงการ)", "งบประมาณ", , , , , "ตัวชี้วัด (KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก"],
    [, , , , "2566\n(บาท)", "2567\n(บาท)", "2568\n(บาท)", "2569\n(บาท)", "2570\n(บาท)"],
    // 11, 12: twins that differ only by หมู่
    [1, "โครงการก่อสร้างถนน คสล. บ้านหนองบัว หมู่ที่ 1", "เพื่อการคมนาคมสะดวก", "กว้าง 4 ม. ยาว 150 ม.", "-", "-", 348000, "-", "-", "ร้อยละของประชาชนที่พึงพอใจ", "ประชาชนสัญจรสะดวก", "กองช่าง"],
    [2, "โครงการก่อสร้างถนน คสล. บ้านหนองบัว หมู่ที่ 10", "เพื่อการคมนาคมสะดวก", "กว้าง 5 ม. ยาว 200 ม.", "-", "-", 412000, "-", "-", "ร้อยละของประชาชนที่พึงพอใจ", "ประชาชนสัญจรสะดวก", "กองช่าง"],
    // 13: planned for 2567 only
    [3, "โครงการก่อสร้างสะพาน คสล. ข้ามลำห้วยหนองบัว", "เพื่อการคมนาคมสะดวก", "กว้าง 6 ม. ยาว 12 ม.", "-", 900000, "-", "-", "-", "จำนวนสะพาน", "ลดระยะทางสัญจร", "กองช่าง"],
    [, "รวม 3 โครงการ", , , 0, 900000, 760000, 0, 0],
    [S2],
    [A2],
    [P_EDU],
    [1, "โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก", "เด็กได้รับอาหารครบหมู่", "เด็ก 60 คน", 500000, 500000, 500000, 500000, 500000, "จำนวนเด็ก", "เด็กมีสุขภาพดี", "กองการศึกษา"],
    [2, "โครงการจัดงานวันเด็กแห่งชาติ", "ส่งเสริมเด็กและเยาวชน", "เด็ก 300 คน", 60000, 60000, 60000, 60000, 60000, "จำนวนผู้ร่วมงาน", "เด็กกล้าแสดงออก", "กองการศึกษา"],
    [P_HEALTH],
    // 21, 22: two that a short name in the year's list cannot tell apart
    [1, "โครงการรณรงค์ป้องกันโรคไข้เลือดออก", "ลดการระบาด", "13 หมู่บ้าน", 30000, 30000, 30000, 30000, 30000, "อัตราผู้ป่วย", "ผู้ป่วยลดลง", "สำนักปลัด"],
    [2, "โครงการรณรงค์ป้องกันโรคไข้เลือดออกในโรงเรียน", "ลดการระบาดในโรงเรียน", "4 โรงเรียน", 20000, 20000, 20000, 20000, 20000, "อัตราผู้ป่วย", "ผู้ป่วยลดลง", "สำนักปลัด"],
    [, "รวม 4 โครงการ", , , 610000, 610000, 610000, 610000, 610000],
  ];
}

export function addPlanSheet(wb: ExcelJS.Workbook, name = PLAN_SHEET): void {
  const ws = wb.addWorksheet(name);
  put(ws, 1, planRows());
  merge(ws, "A2:L2", "A3:L3", "A4:L4", "E9:I9", "A9:A10", "B9:B10", "C9:C10", "D9:D10", "J9:J10", "K9:K10", "L9:L10");
  widths(ws, [5, 45, 25, 25, 11, 11, 11, 11, 11, 22, 22, 14]);
}

/** The year's list, as the officer typed it (rows 3–9; names in B, แผนงาน in H). */
export function addListSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(LIST_SHEET);
  put(ws, 1, [
    ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 องค์การบริหารส่วนตำบลหนองบัว อำเภอบ้านไผ่ จังหวัดขอนแก่น"],
    ["ที่", "โครงการ", "รายละเอียดของกิจกรรม", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก", "แหล่งงบประมาณ", "แผนงาน", "ระยะเวลาดำเนินการ"],
    [1, "ก่อสร้างถนน ค.ส.ล. บ้านหนองบัว ม.1", "กว้าง 4 ม. ยาว 150 ม.", 348000, "หมู่ที่ 1", "กองช่าง", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", , "ม.ค. - มี.ค. 68"],
    [2, "ก่อสร้างถนน คสล. บ้านหนองบัว หมู่ที่ 10", "กว้าง 5 ม. ยาว 200 ม.", 412000, "หมู่ที่ 10", "กองช่าง", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "แผนงานเคหะและชุมชน", "ม.ค. - มี.ค. 68"],
    [3, "โครงการก่อสร้างสะพาน คสล. ข้ามลำห้วยหนองบัว", "กว้าง 6 ม. ยาว 12 ม.", 900000, "หมู่ที่ 3", "กองช่าง", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", , "เม.ย. - มิ.ย. 68"],
    [4, "โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก", "เด็ก 60 คน 245 วัน", 500000, "ศพด.", "กองการศึกษา", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", , "ต.ค. 67 - ก.ย. 68"],
    [5, "โครงการป้องกันโรคไข้เลือดออก", "พ่นหมอกควัน แจกทรายอะเบท", 30000, "ทุกหมู่บ้าน", "สำนักปลัด", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", , "พ.ค. - ก.ค. 68"],
    [6, "โครงการติดตั้งไฟฟ้าส่องสว่าง หมู่ที่ 5", "โคมไฟ LED 20 จุด", 150000, "หมู่ที่ 5", "กองช่าง", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", , "ม.ค. - มี.ค. 68"],
    [7, "โครงการขยายเขตประปาส่วนภูมิภาค บ้านโนนสูง", "วางท่อ PVC 2 กม.", 2400000, "หมู่ที่ 7", "การประปาส่วนภูมิภาคสาขาบ้านไผ่", "หน่วยงานอื่น", , "ม.ค. - ก.ย. 68"],
  ]);
  merge(ws, "A1:I1");
  widths(ws, [5, 42, 30, 14, 14, 26, 30, 28, 18]);
}

/** The year's list with its plan in the same workbook. */
export async function workbookWithPlan(): Promise<Buffer> {
  const wb = book();
  addListSheet(wb);
  addPlanSheet(wb);
  return xlsx(wb);
}

export async function listOnly(): Promise<Buffer> {
  const wb = book();
  addListSheet(wb);
  return xlsx(wb);
}

export async function planOnly(): Promise<Buffer> {
  const wb = book();
  addPlanSheet(wb);
  return xlsx(wb);
}

// ---- the truth, by hand -------------------------------------------------------------------

const YEARS = [2566, 2567, 2568, 2569, 2570];
const COLS = ["E", "F", "G", "H", "I"];
const label = (text: string, cell: string, number: number | null) => ({ text, number, cell });
const STRATEGY_1 = label(S1, "A6", 1);
const STRATEGY_2 = label(S2, "A15", 2);

function entry(row: number, no: string, name: string, amounts: (number | null)[], groups: Pick<DevPlanEntry, "strategy" | "approach" | "plan">, unit: string): DevPlanEntry {
  return {
    sheet: PLAN_SHEET,
    row,
    no,
    name,
    objective: "",
    target: "",
    unit,
    amounts: amounts.map((amount, i) => ({ year: YEARS[i], amount, cell: `${COLS[i]}${row}` })),
    ...groups,
    amendment: null,
    form: "ผ.02",
    nameCell: `B${row}`,
  };
}

const ROAD = { strategy: STRATEGY_1, approach: label(A1, "A7", 1), plan: label(P_ROAD, "A8", 1) };
const EDU = { strategy: STRATEGY_2, approach: label(A2, "A16", 1), plan: label(P_EDU, "A17", 1) };
const HEALTH = { strategy: STRATEGY_2, approach: label(A2, "A16", 1), plan: label(P_HEALTH, "A20", 2) };

export const ENTRIES = {
  road1: entry(11, "1", "โครงการก่อสร้างถนน คสล. บ้านหนองบัว หมู่ที่ 1", [null, null, 348000, null, null], ROAD, "กองช่าง"),
  road10: entry(12, "2", "โครงการก่อสร้างถนน คสล. บ้านหนองบัว หมู่ที่ 10", [null, null, 412000, null, null], ROAD, "กองช่าง"),
  bridge: entry(13, "3", "โครงการก่อสร้างสะพาน คสล. ข้ามลำห้วยหนองบัว", [null, 900000, null, null, null], ROAD, "กองช่าง"),
  lunch: entry(18, "1", "โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก", [500000, 500000, 500000, 500000, 500000], EDU, "กองการศึกษา"),
  childrenDay: entry(19, "2", "โครงการจัดงานวันเด็กแห่งชาติ", [60000, 60000, 60000, 60000, 60000], EDU, "กองการศึกษา"),
  dengue: entry(21, "1", "โครงการรณรงค์ป้องกันโรคไข้เลือดออก", [30000, 30000, 30000, 30000, 30000], HEALTH, "สำนักปลัด"),
  dengueSchool: entry(22, "2", "โครงการรณรงค์ป้องกันโรคไข้เลือดออกในโรงเรียน", [20000, 20000, 20000, 20000, 20000], HEALTH, "สำนักปลัด"),
} as const;

/** The plan as the reader must read these sheets. */
export function planOf(origin: DevPlan["origin"]): DevPlan {
  const entries = Object.values(ENTRIES);
  return {
    origin,
    sheets: [{ name: PLAN_SHEET, form: "ผ.02", read: true, entries: entries.length, years: YEARS, profile: "2566-2570", cell: "L1" }],
    entries,
    years: YEARS,
    profile: null,
  };
}

/** The tree the plan states, as the ยุทธศาสตร์ sheet would hold it (numbering removed, as readStrategyTable does). */
export const TREE: StrategyNode[] = [
  { name: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", number: 1, approaches: ["กลยุทธ์ การพัฒนาระบบคมนาคมขนส่ง"], plans: ["แผนงานอุตสาหกรรมและการโยธา"], keywords: [], cell: "A6" },
  { name: "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต", number: 2, approaches: ["แนวทาง ส่งเสริมการศึกษาและสาธารณสุข"], plans: ["แผนงานการศึกษา", "แผนงานสาธารณสุข"], keywords: [], cell: "A15" },
];

export const LIST_ROW = { road1: 3, road10: 4, bridge: 5, lunch: 6, dengue: 7, lights: 8, water: 9 } as const;
