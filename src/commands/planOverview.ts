/**
 * The plan at a glance for the pane's header: who, which year and edition, how many projects
 * and how much, and how long until the plan is due. Reads only.
 *
 * Built from the same pieces as สร้างบัญชี ผด. and ประกาศ (readPlanWorkbook, buildPlanModel,
 * formsSummary, prepareAnnouncement), so the glance never disagrees with what they print.
 */
import { daysBetween, todayInBangkok, type IsoDate } from "../core/localDate";
import { buildPlanModel, type Edition } from "../domain/planModel";
import type { WorkbookReading } from "../domain/read/readWorkbook";
import { SHEET } from "../core/sheetNames";
import type { WorkbookPort } from "../workbook/port";
import { prepareAnnouncement } from "./announcePlan";
import { readPlanWorkbook, type PlanSource } from "./checkWorkbook";
import { formsSummary } from "./generateForms";

export interface PlanOverview {
  /** As the titles print it ("องค์การบริหารส่วนตำบลบ้านใหม่"); null when ตั้งค่า names no อปท. */
  readonly orgFullName: string | null;
  /** Buddhist era, from ตั้งค่า or else the project sheets' headers; null when neither says. */
  readonly fiscalYear: number | null;
  /** The edition as the settings would print it: "ฉบับหลัก", "เพิ่มเติม ฉบับที่ 1", "แก้ไข ครั้งที่ 1/2570". */
  readonly edition: string;
  /** Projects as ผด.01 counts them: this edition's rows, equipment (ผด.02/1) not included. */
  readonly projects: number;
  /** Their budget in baht, as ผด.01's รวมทั้งสิ้น. */
  readonly budget: number;
  /** The last day to announce the plan (ข้อ 27); null while the trigger date is unknown. */
  readonly dueBy: IsoDate | null;
  /** Calendar days from today (Asia/Bangkok) to dueBy: 0 on the day, negative once past; null when dueBy is. */
  readonly daysLeft: number | null;
  /** When the plan was announced (ตั้งค่า); once it is, the countdown no longer matters. */
  readonly announced: IsoDate | null;
  /** The day daysLeft was counted from (Asia/Bangkok); absent in an overview made by hand. */
  readonly today?: IsoDate;
  /**
   * ตั้งค่า and a project sheet are there (one read as projects, or the template's โครงการ, which
   * reads as none while it is empty): step 1 (แม่แบบ) has nothing left to add.
   */
  readonly hasTemplate: boolean;
  /**
   * The sheets read as the user's project lists. A user's own sheet may bear a generated form's
   * name (ผด.02 is a common name for one's project list): its edits still matter.
   */
  readonly projectSheets: readonly string[];
}

/** "ฉบับหลัก" for the main edition, else the title's suffix without its brackets. */
export function editionText(edition: Edition): string {
  if (edition.kind === "main") return "ฉบับหลัก";
  return edition.suffix.replace(/^\((.*)\)$/, "$1");
}

/** The glance from a reading of the workbook. Pure. */
export function overviewOf(reading: WorkbookReading, today: IsoDate): PlanOverview {
  // Noon in Bangkok: the model only needs the date, for its fiscal-year fallback.
  const model = buildPlanModel(reading, new Date(`${today}T12:00:00+07:00`));
  const summary = formsSummary(model);
  const { deadlines } = prepareAnnouncement(reading, today).input;
  const dueBy = deadlines.dueBy;
  return {
    orgFullName: model.orgFullName.trim() || null,
    fiscalYear: reading.fiscalYear,
    edition: editionText(model.edition),
    projects: summary.projects,
    budget: summary.budget,
    dueBy,
    daysLeft: dueBy ? daysBetween(today, dueBy) : null,
    announced: deadlines.announced,
    today,
    hasTemplate: reading.settings.sheet !== null && (reading.projectSheets.length > 0 || reading.sheetOrder.some((n) => n.trim() === SHEET.projects)),
    projectSheets: reading.projectSheets.map((s) => s.name),
  };
}

/** Reads the workbook and sums it up for the pane's header. */
export async function planOverview(port: WorkbookPort, today: IsoDate = todayInBangkok(), source: PlanSource = {}): Promise<PlanOverview> {
  return overviewOf(await readPlanWorkbook(port, undefined, undefined, source), today);
}
