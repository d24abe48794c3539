import { fixedHolidays, type Holiday } from "./holidays";
import { addDays, isWeekend, type IsoDate } from "../core/localDate";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart, thaiLongDate } from "./thaiCalendar";

/**
 * The legal dates of announcing a plan (../shared/domain.md §2):
 * - ข้อ 27: done within 30 days of the trigger T (budget ordinance, supplementary budget,
 *   accumulated funds, notice from another agency). The first day is not counted
 *   (ป.พ.พ. ม.193/3), so the last day is T + 30.
 * - ข้อ 26(2): posted within 15 days of the announcement A: by A + 15; and kept posted at
 *   least 30 days from P: counted from P + 1, the 30th day is P + 30, take-down from P + 31.
 * - An authority's own deadline counts even on a holiday (ม.64 วรรคสอง); with the setting
 *   on, dueBy and postBy move to the next working day (ม.193/8). The minimum posting length
 *   never moves.
 */

export type DeadlineCode =
  | "DUE_ON_HOLIDAY"
  | "ANNOUNCED_AFTER_DUE"
  | "POSTED_LATE"
  | "ANNOUNCED_BEFORE_TRIGGER"
  | "DATE_OUTSIDE_FY"
  | "DATE_INVALID";

export interface DeadlineFinding {
  readonly code: DeadlineCode;
  readonly severity: "error" | "warning" | "info";
  /** Which date it is about */
  readonly date: "trigger" | "dueBy" | "announced" | "postBy" | "postedFrom";
  readonly message: string;
  readonly fix: string;
}

export type DateState = "on-time" | "late" | "to-do" | "unknown";

export interface DeadlineInput {
  readonly fiscalYear: number;
  readonly trigger: IsoDate | null;
  readonly announced: IsoDate | null;
  readonly posted: IsoDate | null;
  /** Which of the dates were typed but could not be read */
  readonly invalid?: readonly ("trigger" | "announced" | "posted")[];
  /** The holidays sheet; when empty, the fixed public holidays of the fiscal years concerned. */
  readonly holidays: readonly Holiday[];
  readonly rollToWorkingDay: boolean;
  /** For "to do" versus "late" when a date is still empty. */
  readonly today: IsoDate;
}

export interface Deadlines {
  readonly trigger: IsoDate | null;
  readonly dueBy: IsoDate | null;
  readonly announced: IsoDate | null;
  /** Latest posting date: from the announcement, or (not yet announced) from dueBy */
  readonly postBy: IsoDate | null;
  readonly postedFrom: IsoDate | null;
  readonly postedThrough: IsoDate | null;
  readonly takeDownFrom: IsoDate | null;
  /** Before rolling to a working day, when the setting moved it */
  readonly dueByUnrolled: IsoDate | null;
  readonly postByUnrolled: IsoDate | null;
  readonly states: {
    readonly announced: DateState;
    readonly posted: DateState;
  };
  readonly findings: readonly DeadlineFinding[];
}

/** Weekends and the listed holidays are not working days. */
export function isHoliday(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return isWeekend(date) || holidays.has(date);
}

export function nextWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  let d = date;
  while (isHoliday(d, holidays)) d = addDays(d, 1);
  return d;
}

function holidaySet(input: DeadlineInput): Set<IsoDate> {
  if (input.holidays.length) return new Set(input.holidays.map((h) => h.date));
  // No holiday sheet: the fixed ones of this fiscal year and the next (deadlines spill over).
  return new Set([...fixedHolidays(input.fiscalYear), ...fixedHolidays(input.fiscalYear + 1)].map((h) => h.date));
}

const long = (d: IsoDate) => thaiLongDate(d);

export function computeDeadlines(input: DeadlineInput): Deadlines {
  const hol = holidaySet(input);
  const findings: DeadlineFinding[] = [];
  const add = (f: DeadlineFinding) => findings.push(f);
  for (const which of input.invalid ?? [])
    add({
      code: "DATE_INVALID",
      severity: "error",
      date: which === "posted" ? "postedFrom" : which,
      message: `อ่าน${{ trigger: "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ", announced: "วันที่ประกาศแผน", posted: "วันที่ปิดประกาศ" }[which]}ไม่ได้`,
      fix: "กรอกเป็นวันที่ของ Excel หรือพิมพ์ เช่น 16 ก.ย. 2567",
    });

  const roll = (d: IsoDate | null, what: "dueBy" | "postBy", label: string): IsoDate | null => {
    if (!d || !isHoliday(d, hol)) return d;
    if (input.rollToWorkingDay) return nextWorkingDay(d, hol);
    add({
      code: "DUE_ON_HOLIDAY",
      severity: "warning",
      date: what,
      message: `${label} ${long(d)} ตรงกับวันหยุด (${isWeekend(d) ? "เสาร์–อาทิตย์" : "วันหยุดราชการ"}) ระยะเวลาของทางราชการนับวันหยุดด้วย จึงยังครบกำหนดในวันนั้น`,
      fix: `ดำเนินการให้เสร็จก่อนวันหยุด หรือถ้าถือตาม ป.พ.พ. ม.193/8 ให้เปิด "เลื่อนวันครบกำหนดตามวันหยุด" (เลื่อนเป็น ${long(nextWorkingDay(d, hol))})`,
    });
    return d;
  };

  const { trigger: T, announced: A, posted: P } = input;
  const dueByUnrolled = T ? addDays(T, 30) : null;
  const dueBy = roll(dueByUnrolled, "dueBy", "วันครบกำหนดประกาศใช้แผน");
  // Not yet announced: the latest lawful posting follows from the latest lawful announcement.
  const postBase = A ?? dueBy;
  const postByUnrolled = postBase ? addDays(postBase, 15) : null;
  const postBy = roll(postByUnrolled, "postBy", "วันครบกำหนดปิดประกาศ");
  const postedThrough = P ? addDays(P, 30) : null;
  const takeDownFrom = P ? addDays(P, 31) : null;

  if (T && A && A < T)
    add({
      code: "ANNOUNCED_BEFORE_TRIGGER",
      severity: "error",
      date: "announced",
      message: `วันที่ประกาศแผน (${long(A)}) อยู่ก่อนวันที่ประกาศใช้ข้อบัญญัติงบประมาณ (${long(T)})`,
      fix: "ตรวจวันที่ทั้งสอง: แผนการดำเนินงานประกาศได้หลังจากประกาศใช้ข้อบัญญัติงบประมาณแล้ว",
    });
  if (A && dueBy && A > dueBy)
    add({
      code: "ANNOUNCED_AFTER_DUE",
      severity: "error",
      date: "announced",
      message: `ประกาศแผนวันที่ ${long(A)} เกินกำหนด 30 วัน (ครบกำหนด ${long(dueBy)})`,
      fix: "ผู้บริหารท้องถิ่นต้องขยายเวลาการจัดทำแผนการดำเนินงานก่อน (ระเบียบฯ ข้อ 27) แล้วอ้างการขยายเวลานั้นในประกาศ",
    });
  if (P && postBy && P > postBy)
    add({
      code: "POSTED_LATE",
      severity: "error",
      date: "postedFrom",
      message: `ปิดประกาศวันที่ ${long(P)} เกิน 15 วันนับแต่วันประกาศ (ครบกำหนด ${long(postBy)})`,
      fix: "ปิดประกาศภายใน 15 วันนับแต่วันประกาศ (ระเบียบฯ ข้อ 26 (2)); ถ้าเลยแล้ว ให้บันทึกเหตุผลไว้",
    });
  if (P && A && P < A)
    add({
      code: "POSTED_LATE",
      severity: "error",
      date: "postedFrom",
      message: `วันที่ปิดประกาศ (${long(P)}) อยู่ก่อนวันที่ประกาศแผน (${long(A)})`,
      fix: "ตรวจวันที่ปิดประกาศ: ปิดประกาศได้ตั้งแต่วันที่ประกาศแผน",
    });
  const fy = input.fiscalYear;
  if (T && fiscalYearOf(T) !== fy && fiscalYearOf(T) !== fy - 1)
    add({
      code: "DATE_OUTSIDE_FY",
      severity: "warning",
      date: "trigger",
      message: `วันที่ประกาศใช้ข้อบัญญัติงบประมาณ (${long(T)}) ไม่อยู่ในช่วงของปีงบประมาณ พ.ศ. ${fy}`,
      fix: `ข้อบัญญัติประจำปีมักประกาศใช้ช่วง ก.ย.–ต.ค. ก่อนหรือต้นปีงบประมาณ (${long(fiscalYearStart(fy))}); ตรวจปี พ.ศ.`,
    });
  for (const [d, label, which] of [
    [A, "วันที่ประกาศแผน", "announced"],
    [P, "วันที่ปิดประกาศ", "postedFrom"],
  ] as const)
    if (d && (d < addDays(fiscalYearStart(fy), -92) || d > fiscalYearEnd(fy)))
      add({
        code: "DATE_OUTSIDE_FY",
        severity: "warning",
        date: which,
        message: `${label} (${long(d)}) อยู่นอกช่วงปีงบประมาณ พ.ศ. ${fy}`,
        fix: "ตรวจปี พ.ศ. ของวันที่",
      });

  const state = (done: IsoDate | null, by: IsoDate | null): DateState => {
    if (done) return by && done > by ? "late" : "on-time";
    if (!by) return "unknown";
    return input.today > by ? "late" : "to-do";
  };
  return {
    trigger: T,
    dueBy,
    announced: A,
    postBy,
    postedFrom: P,
    postedThrough,
    takeDownFrom,
    dueByUnrolled,
    postByUnrolled,
    states: { announced: state(A, dueBy), posted: state(P, postBy) },
    findings,
  };
}
