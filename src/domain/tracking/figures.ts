/**
 * The figures of the tracking report (รายงานผล, domain.md §10): per ยุทธศาสตร์ and แผนงาน, projects
 * done / in progress / not started / cancelled, budget and disbursed; the projects behind their
 * planned months; and what the officer's entries say that cannot be taken as typed.
 */
import { isDateCell, type CellValue } from "../../core/cellValue";
import { isoFromParts, type IsoDate } from "../../core/localDate";
import { STANDARD_PLANS } from "../catalog";
import { baht, clip, SEVERITY } from "../check/collect";
import type { Finding, FindingCode } from "../findings";
import { parseBudget } from "../parse/budget";
import { parseDate } from "../parse/dates";
import { typedText } from "../parse/text";
import type { PlanModel, PlanProject } from "../planModel";
import { fiscalMonths, fiscalYearEnd, fiscalYearStart, toGregorianYear, toThaiDigits } from "../thaiCalendar";
import { parseStatus } from "./status";
import {
  STATUS_WORDS,
  type BehindProject,
  type MergeResult,
  type OfficerCell,
  type PlanTracking,
  type Round,
  type StrategyTracking,
  type TrackingFigures,
  type TrackingSummary,
  type TrackStatus,
} from "./types";

export const EQUIPMENT_GROUP = "ครุภัณฑ์ (แบบ ผด.02/1)";
export const NO_STRATEGY_GROUP = "ยังไม่ระบุยุทธศาสตร์";
export const NO_PLAN_GROUP = "ยังไม่ระบุแผนงาน";

/** "ต.ค. 68" */
function monthLabel(fiscalYear: number, index: number): string {
  const m = fiscalMonths(fiscalYear)[index];
  return `${m.shortName} ${String(m.buddhistYear % 100).padStart(2, "0")}`;
}

/**
 * The planned months as the sheets print them: a run as "ธ.ค. 68 – ก.พ. 69", separate months and
 * runs joined by commas, "ทั้งปี" for all twelve, "" for none.
 */
export function plannedMonthsText(months: readonly boolean[], fiscalYear: number, thaiDigits = false): string {
  const on = Array.from({ length: 12 }, (_, i) => months[i] === true);
  if (on.every(Boolean)) return "ทั้งปี";
  const parts: string[] = [];
  for (let i = 0; i < 12; i++) {
    if (!on[i]) continue;
    let j = i;
    while (j + 1 < 12 && on[j + 1]) j++;
    parts.push(j === i ? monthLabel(fiscalYear, i) : `${monthLabel(fiscalYear, i)} – ${monthLabel(fiscalYear, j)}`);
    i = j;
  }
  const text = parts.join(", ");
  return thaiDigits ? toThaiDigits(text) : text;
}

/** First and last day of the round: 1 ต.ค. of the year before to 31 มี.ค. (half) or 30 ก.ย. (year). */
export function roundDates(fiscalYear: number, round: Round): { from: IsoDate; to: IsoDate } {
  return { from: fiscalYearStart(fiscalYear), to: round === "half" ? isoFromParts(toGregorianYear(fiscalYear), 3, 31) : fiscalYearEnd(fiscalYear) };
}

/** Last day of fiscal month `index` (0 = ต.ค.). */
function monthEnd(fiscalYear: number, index: number): IsoDate {
  const m = fiscalMonths(fiscalYear)[index];
  return isoFromParts(m.gregorianYear, m.month, new Date(Date.UTC(m.gregorianYear, m.month, 0)).getUTCDate());
}

const satang = (baht: number) => Math.round(baht * 100);

/** Counts and sums, in satang while adding up so that no binary fraction drifts into a total. */
class Tally {
  projects = 0;
  done = 0;
  inProgress = 0;
  notStarted = 0;
  cancelled = 0;
  budget = 0;
  disbursed = 0;
  add(status: TrackStatus | null, budget: number, disbursed: number): void {
    this.projects++;
    if (status !== null) this[status]++;
    this.budget += budget;
    this.disbursed += disbursed;
  }
  figures(): TrackingFigures {
    return {
      projects: this.projects,
      done: this.done,
      inProgress: this.inProgress,
      notStarted: this.notStarted,
      cancelled: this.cancelled,
      budget: this.budget / 100,
      disbursed: this.disbursed / 100,
    };
  }
}

/** Standard แผนงาน in the catalogue's order, then the user's own in the order met, the unplaced last. */
function planRank(name: string, own: readonly string[]): number {
  if (name === NO_PLAN_GROUP) return Number.MAX_SAFE_INTEGER;
  const i = STANDARD_PLANS.findIndex((p) => p.name === name);
  return i >= 0 ? i : STANDARD_PLANS.length + own.indexOf(name);
}

/** Blank, a date cell, or text that reads as one; a bare number only when it could be a serial of this century (a sheet read without formats). */
function isDateLike(v: CellValue): boolean {
  if (v === null || isDateCell(v)) return true;
  if (typeof v === "boolean") return false;
  if (typeof v === "number") return Number.isInteger(v) && v >= 36_526 && v <= 73_050;
  // "-" is how officers write "none yet" in any column.
  if (/^\s*[-\u2010-\u2015]*\s*$/.test(v)) return true;
  return parseDate(v).kind !== "invalid";
}

type AddFinding = (code: FindingCode, at: OfficerCell, row: number, message: string, fix: string) => void;

/** A cell as the officer sees it, for quoting in a message. */
const shownValue = (v: CellValue): string => (isDateCell(v) ? `วันที่ ${v.date}` : typedText(v));

const STATUS_CHOICES = Object.values(STATUS_WORDS).map((w) => `"${w}"`).join(" ");

/**
 * The report's figures from the plan and the merged sheet. Rows no longer in the plan are not
 * counted (one TRACK_DROPPED says how many were kept). A status word not known counts in the
 * projects but in no status, and is an error: the caller writes nothing until it is fixed.
 */
export function summarizeTracking(
  plan: PlanModel,
  merged: MergeResult,
  options: { readonly round: Round; readonly today: IsoDate; readonly sheet: string },
): { summary: TrackingSummary; findings: Finding[] } {
  const { sheet } = options;
  const findings: Finding[] = [];
  const add: AddFinding = (code, at, row, message, fix) => findings.push({ code, severity: SEVERITY[code], sheet, cell: at.cell, row, message, fix });
  const { from, to } = roundDates(plan.fiscalYear, options.round);
  const asOf = options.today < to ? options.today : to;
  // A month has ended once its last day is behind asOf; when the round itself is over, its last
  // month has ended on the round's last day (a project planned in มี.ค. is behind in the ต.ค.–มี.ค. report).
  const ended = (day: IsoDate) => day < asOf || (options.today > to && day <= to);

  const groups = new Map<string, Map<string, Tally>>();
  const totals = new Map<string, Tally>();
  const ownPlans: string[] = [];
  const total = new Tally();
  const behind: BehindProject[] = [];

  for (const row of merged.rows) {
    if (row.project === null) continue;
    const p: PlanProject = plan.projects[row.project];
    const e = row.entry;
    const where = (what: string) => `${what} ของโครงการ "${clip(p.name)}" (แผ่นงาน "${sheet}" เซลล์ ${e?.status.cell ?? ""})`;

    let status: TrackStatus | null = "notStarted";
    let disbursed = 0;
    if (e) {
      status = parseStatus(e.status.value);
      if (status === null)
        add(
          "TRACK_STATUS_UNKNOWN",
          e.status,
          e.row,
          `สถานะ "${clip(shownValue(e.status.value))}" ของโครงการ "${clip(p.name)}" ในแผ่นงาน "${sheet}" เซลล์ ${e.status.cell} อ่านไม่ได้ว่าเป็นสถานะใด`,
          `แก้เซลล์ ${e.status.cell} เป็นคำใดคำหนึ่ง: ${STATUS_CHOICES} (ปล่อยว่างได้ถ้ายังไม่ได้ดำเนินการ)`,
        );
      disbursed = readDisbursed(e.disbursed, e.row, p, sheet, add);
      for (const [cell, what] of [
        [e.started, "วันที่เริ่ม"],
        [e.finished, "วันที่แล้วเสร็จ"],
      ] as const)
        if (!isDateLike(cell.value))
          add(
            "TRACK_DATE_INVALID",
            cell,
            e.row,
            `${what} "${clip(shownValue(cell.value))}" ของโครงการ "${clip(p.name)}" ในแผ่นงาน "${sheet}" เซลล์ ${cell.cell} อ่านเป็นวันที่ไม่ได้`,
            `พิมพ์วันที่ในเซลล์ ${cell.cell} เช่น 15/01/2569 หรือ 15 ม.ค. 2569 หรือลบออกถ้ายังไม่ทราบ`,
          );
    }
    const budget = satang(p.budget);
    if (e && disbursed > budget)
      add(
        "TRACK_OVER_BUDGET",
        e.disbursed,
        e.row,
        `${where("เบิกจ่าย")} ${baht(disbursed / 100)} บาท มากกว่างบประมาณตามแผน ${baht(budget / 100)} บาท`,
        `ตรวจจำนวนเงินในเซลล์ ${e.disbursed.cell} ถ้าถูกต้อง (เช่น มีการโอนงบเพิ่ม) ให้บันทึกเหตุผลในหมายเหตุ`,
      );
    if (e && disbursed > 0 && status === "notStarted")
      add(
        "TRACK_DISBURSED_NOT_STARTED",
        e.disbursed,
        e.row,
        `${where("เบิกจ่าย")} ${baht(disbursed / 100)} บาท แต่สถานะยังเป็น "ยังไม่ได้ดำเนินการ" หรือว่างอยู่`,
        `แก้สถานะในเซลล์ ${e.status.cell} เป็น "${STATUS_WORDS.inProgress}" หรือ "${STATUS_WORDS.done}" หรือแก้จำนวนเงินในเซลล์ ${e.disbursed.cell}`,
      );

    const [group, planName] =
      p.kind === "equipment" ? [EQUIPMENT_GROUP, p.plan ?? NO_PLAN_GROUP] : [p.strategy ?? NO_STRATEGY_GROUP, p.plan ?? NO_PLAN_GROUP];
    if (!groups.has(group)) groups.set(group, new Map());
    const plans = groups.get(group)!;
    if (!plans.has(planName)) plans.set(planName, new Tally());
    if (!STANDARD_PLANS.some((s) => s.name === planName) && planName !== NO_PLAN_GROUP && !ownPlans.includes(planName)) ownPlans.push(planName);
    if (!totals.has(group)) totals.set(group, new Tally());
    for (const t of [plans.get(planName)!, totals.get(group)!, total]) t.add(status, budget, disbursed);

    if (status === "notStarted") {
      const first = p.months.findIndex(Boolean);
      const last = p.months.lastIndexOf(true);
      if (first >= 0 && ended(monthEnd(plan.fiscalYear, first))) {
        const months = plannedMonthsText(p.months, plan.fiscalYear, plan.thaiDigits);
        const allPassed = ended(monthEnd(plan.fiscalYear, last));
        behind.push({ project: row.project, name: p.name, strategy: group, plan: planName, months, allPassed, row: e?.row ?? null });
        findings.push({
          code: "TRACK_BEHIND",
          severity: SEVERITY.TRACK_BEHIND,
          sheet,
          cell: e?.status.cell ?? "",
          ...(e ? { row: e.row } : {}),
          message: `โครงการ "${clip(p.name)}" มีแผนดำเนินการ ${months} ${allPassed ? "ซึ่งพ้นไปทั้งหมดแล้ว" : "ซึ่งถึงกำหนดเริ่มแล้ว"} แต่ยังไม่ได้ดำเนินการ${e ? ` (แผ่นงาน "${sheet}" เซลล์ ${e.status.cell})` : ""}`,
          fix: e
            ? `ถ้าเริ่มแล้ว ให้แก้สถานะในเซลล์ ${e.status.cell} เป็น "${STATUS_WORDS.inProgress}" หรือ "${STATUS_WORDS.done}"; ถ้ายังไม่เริ่ม ให้บันทึกเหตุผลในหมายเหตุ`
            : `กรอกสถานะของโครงการนี้ในแผ่นงาน "${sheet}" แล้วสร้างรายงานอีกครั้ง`,
        });
      }
    }
  }

  const droppedRows = merged.rows.filter((r) => r.project === null && r.entry !== null);
  if (droppedRows.length) {
    const cells = droppedRows.map((r) => r.entry!.status.cell).filter((c) => c !== "");
    findings.push({
      code: "TRACK_DROPPED",
      severity: SEVERITY.TRACK_DROPPED,
      sheet,
      cell: cells[0] ?? "",
      message: `แผ่นงาน "${sheet}" มี ${droppedRows.length} แถวที่ไม่อยู่ในแผนแล้ว (เช่น "${clip(droppedRows[0].entry!.name || "ไม่มีชื่อโครงการ")}" แถว ${droppedRows[0].entry!.row}) เก็บไว้ท้ายตารางโดยไม่นับรวมในรายงาน`,
      fix: "ถ้าเป็นโครงการเดียวกับโครงการในแผนที่เปลี่ยนชื่อ ให้ย้ายสถานะและเงินเบิกจ่ายไปไว้ที่แถวของโครงการนั้นแล้วลบแถวเดิม ถ้าไม่ใช่ เก็บไว้ได้",
      count: droppedRows.length,
      cells: cells.slice(0, 5),
    });
  }

  const rank = (g: string, order: readonly string[]) =>
    g === NO_STRATEGY_GROUP ? order.length + 2 : g === EQUIPMENT_GROUP ? order.length + 1 : order.indexOf(g) < 0 ? order.length : order.indexOf(g);
  const order = plan.strategies.map((s) => s.name);
  const numbers = new Map(plan.strategies.map((s) => [s.name, s.number]));
  const strategies: StrategyTracking[] = [...groups]
    .sort((a, b) => rank(a[0], order) - rank(b[0], order))
    .map(([name, plans]) => ({
      name,
      number: name === EQUIPMENT_GROUP || name === NO_STRATEGY_GROUP ? null : (numbers.get(name) ?? null),
      ...totals.get(name)!.figures(),
      plans: [...plans]
        .sort((a, b) => planRank(a[0], ownPlans) - planRank(b[0], ownPlans))
        .map(([planName, t]): PlanTracking => ({ name: planName, ...t.figures() })),
    }));

  return {
    summary: { fiscalYear: plan.fiscalYear, round: options.round, from, to, asOf, strategies, total: total.figures(), behind },
    findings,
  };
}

/** The amount disbursed in satang: blank and "-" are nothing; text amounts read as typed; anything else a finding and 0. */
function readDisbursed(
  at: OfficerCell,
  row: number,
  p: PlanProject,
  sheet: string,
  add: AddFinding,
): number {
  const v = at.value;
  const parsed = v === null || typeof v === "boolean" || isDateCell(v) ? (v === null ? parseBudget(null) : { kind: "invalid" as const }) : parseBudget(v);
  const typed = shownValue(v);
  if (parsed.kind === "empty") return 0;
  if (parsed.kind === "invalid" || parsed.kind === "error") {
    add(
      "TRACK_AMOUNT_INVALID",
      at,
      row,
      `เงินเบิกจ่าย "${clip(typed)}" ของโครงการ "${clip(p.name)}" ในแผ่นงาน "${sheet}" เซลล์ ${at.cell} อ่านเป็นจำนวนเงินไม่ได้`,
      `พิมพ์จำนวนเงินเป็นตัวเลขในเซลล์ ${at.cell} เช่น 125,000 หรือ 125000.50 (ใส่ - หรือปล่อยว่างถ้ายังไม่ได้เบิกจ่าย)`,
    );
    return 0;
  }
  if (parsed.value < 0) {
    add(
      "TRACK_AMOUNT_NEGATIVE",
      at,
      row,
      `เงินเบิกจ่าย "${clip(typed)}" ของโครงการ "${clip(p.name)}" ในแผ่นงาน "${sheet}" เซลล์ ${at.cell} ติดลบ`,
      `แก้เซลล์ ${at.cell} เป็นยอดเบิกจ่ายสะสมที่ไม่ติดลบ ถ้ามีการคืนเงิน ให้หักออกจากยอดรวมแล้วบันทึกในหมายเหตุ`,
    );
    return 0;
  }
  return satang(parsed.value);
}
