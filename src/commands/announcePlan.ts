/**
 * ประกาศ: reads the settings, works out the legal dates (src/domain/deadlines.ts) and writes the
 * ประกาศ sheet with OpPlan's marker, in one replaceSheets.
 *
 * Like สร้างบัญชี ผด., it replaces only a ประกาศ sheet OpPlan generated; one edited by hand only
 * when the user agrees; a sheet of the user's own named ประกาศ is never touched (the
 * announcement goes to "ประกาศ (OpPlan)" instead).
 */
import { computeDeadlines, type DeadlineFinding, type Deadlines } from "../domain/deadlines";
import { ACTION_HINT, type Finding } from "../domain/findings";
import { todayInBangkok, type IsoDate } from "../core/localDate";
import { orgOf, parseEdition } from "../domain/planModel";
import type { WorkbookReading } from "../domain/read/readWorkbook";
import { parseToggle, settingDate } from "../domain/read/settingsSheet";
import type { SettingKey } from "../domain/settings";
import { currentFiscalYear } from "../domain/thaiCalendar";
import {
  ANNOUNCEMENT_MARKER_COLUMN,
  buildAnnouncement,
  timetable,
  type AnnouncementInput,
  type TimetableRow,
} from "../reports/announcement";
import { ANNOUNCEMENT_SHEET } from "../core/sheetNames";
import type { SheetSpec } from "../core/sheetSpec";
import type { BookLogo } from "../reports/book/types";
import { parseAddress } from "../core/address";
import type { WorkbookPort } from "../workbook/port";
import { readPlanSheetData, readPlanSheets, readPlanWorkbook, type PlanSource } from "./checkWorkbook";
import { SettingsFormMissingError, SettingsFormShiftedError } from "./settingsForm";
import { markSpec, resolveTargets } from "./generateForms";

/** The dates of the announcement as the CLI's JSON gives them: ISO yyyy-mm-dd, null when unknown. */
export interface AnnouncementDates {
  readonly trigger: IsoDate | null;
  readonly dueBy: IsoDate | null;
  readonly announced: IsoDate | null;
  readonly postBy: IsoDate | null;
  readonly postedFrom: IsoDate | null;
  readonly postedThrough: IsoDate | null;
  readonly takeDownFrom: IsoDate | null;
}

export interface AnnounceOutcome {
  readonly dates: AnnouncementDates;
  readonly deadlines: Deadlines;
  /** The timetable as the sheet shows it (label, date, basis, state in Thai). */
  readonly timetable: readonly TimetableRow[];
  /** The deadline findings, placed on the ตั้งค่า cell of the setting concerned. */
  readonly findings: readonly Finding[];
  /** The sheet written ([] when only computed, or cancelled). */
  readonly written: readonly string[];
  /** Written under "ประกาศ (OpPlan)" because a sheet of the user's own is named ประกาศ. */
  readonly renamed: boolean;
  /** A generated ประกาศ found edited by hand: replaced when confirmed. */
  readonly edited: readonly string[];
  readonly cancelled: boolean;
  /** Why the ประกาศ was not written (its อปท. is unknown); empty when it was, or could be. */
  readonly refused: readonly Finding[];
  readonly fiscalYear: number;
}

/** The development plan does not change the ประกาศ; it is taken so that the run reads what the other steps read. */
export interface AnnounceOptions extends PlanSource {
  /** Today in Asia/Bangkok by default: decides "to do" against "late". */
  readonly today?: IsoDate;
  /** Only compute the dates (the pane's timetable); write nothing. */
  readonly dryRun?: boolean;
  /** Asked before replacing a generated ประกาศ edited by hand; without it, never replaced. */
  readonly confirmReplaceEdited?: (names: string[]) => Promise<boolean> | boolean;
  /** The emblem above the title (pane: the chosen picture; CLI: --logo). */
  readonly logo?: BookLogo | null;
}

/** Which setting a deadline finding is about. */
const SETTING_OF: Record<DeadlineFinding["date"], SettingKey> = {
  trigger: "triggerDate",
  dueBy: "triggerDate",
  announced: "announceDate",
  postBy: "announceDate",
  postedFrom: "postDate",
};

export interface PreparedAnnouncement {
  readonly input: AnnouncementInput;
  readonly findings: Finding[];
  /** What the ประกาศ cannot be written without (the อปท.'s name): the sheet is not written. */
  readonly refused: Finding[];
}

/** The announcement's input and findings from a reading of the workbook. Pure. */
export function prepareAnnouncement(reading: WorkbookReading, today: IsoDate): PreparedAnnouncement {
  const cells = reading.settings.cells;
  const text = (k: SettingKey) => cells[k]?.text.trim() ?? "";
  const { orgFullName, type: orgType, name: orgName } = orgOf(reading);
  const fiscalYear = reading.fiscalYear ?? currentFiscalYear();
  const trigger = settingDate(cells.triggerDate);
  const announced = settingDate(cells.announceDate);
  const posted = settingDate(cells.postDate);
  const invalid = (
    [
      ["trigger", trigger],
      ["announced", announced],
      ["posted", posted],
    ] as const
  )
    .filter(([, d]) => d.invalid)
    .map(([k]) => k);
  const toggle = (k: SettingKey) => (cells[k] ? parseToggle(cells[k].raw) === true : false);
  const deadlines = computeDeadlines({
    fiscalYear,
    trigger: trigger.iso,
    announced: announced.iso,
    posted: posted.iso,
    invalid,
    holidays: reading.holidays,
    rollToWorkingDay: toggle("rollDeadline"),
    today,
  });
  const sheet = reading.settings.sheet ?? "ตั้งค่า";
  const findings: Finding[] = deadlines.findings.map((f) => {
    const key: SettingKey = f.code === "DUE_ON_HOLIDAY" && cells.rollDeadline ? "rollDeadline" : SETTING_OF[f.date];
    const cell = cells[key]?.cell ?? "";
    return { code: f.code, severity: f.severity, sheet, cell, message: f.message, fix: f.fix, ...(cell ? { row: parseAddress(cell).row + 1 } : {}) };
  });
  // A ประกาศ is signed and posted: it never prints a placeholder for whose it is.
  const refused: Finding[] = [];
  const missing = (message: string, fix: string, cell = ""): Finding => ({
    code: "SETTINGS_MISSING",
    severity: "error",
    sheet,
    cell,
    message,
    fix,
    ...(cell ? { row: parseAddress(cell).row + 1 } : {}),
  });
  if (!reading.settings.sheet)
    findings.unshift(
      missing("ไม่มีแผ่นงานตั้งค่า: ประกาศต้องใช้วันที่ประกาศใช้ข้อบัญญัติงบประมาณ วันที่ประกาศ และผู้ลงนามจากแผ่นงานนี้", `${ACTION_HINT.template}เพื่อเพิ่มแผ่นงานตั้งค่า แล้วกรอกข้อมูล`),
    );
  if (!orgFullName)
    refused.push(
      missing(
        "ไม่ทราบชื่อ อปท. (แผ่นงานตั้งค่าไม่ได้ระบุ และชื่อเรื่องของรายการโครงการก็ไม่ได้ระบุ) จึงไม่ได้เขียนประกาศ",
        reading.settings.sheet ? 'กรอก "ชื่อ อปท." และ "ประเภท อปท." ในแผ่นงานตั้งค่า' : `${ACTION_HINT.template}เพื่อเพิ่มแผ่นงานตั้งค่า แล้วกรอกชื่อ อปท.`,
        cells.orgName?.cell ?? "",
      ),
    );
  const input: AnnouncementInput = {
    fiscalYear,
    edition: parseEdition(text("edition")),
    orgFullName,
    orgName,
    orgType,
    triggerKind: text("triggerKind"),
    signerName: text("signerName"),
    signerPosition: text("signerPosition"),
    thaiDigits: toggle("thaiDigits"),
    deadlines,
    today,
  };
  return { input, findings, refused };
}

export function datesOf(d: Deadlines): AnnouncementDates {
  return {
    trigger: d.trigger,
    dueBy: d.dueBy,
    announced: d.announced,
    postBy: d.postBy,
    postedFrom: d.postedFrom,
    postedThrough: d.postedThrough,
    takeDownFrom: d.takeDownFrom,
  };
}

/** The spec with OpPlan's marker ("OpPlan|ประกาศ|<hash>") in row 1, outside the print area. */
export function markAnnouncement(spec: SheetSpec): SheetSpec {
  return markSpec(spec, ANNOUNCEMENT_SHEET, ANNOUNCEMENT_MARKER_COLUMN);
}

/** ประกาศ: computes the dates and (unless dryRun) writes the ประกาศ sheet. */
export async function announcePlan(port: WorkbookPort, options: AnnounceOptions = {}): Promise<AnnounceOutcome> {
  const today = options.today ?? todayInBangkok();
  const sheets = await readPlanSheets(port);
  const reading = readPlanSheetData(sheets, options);
  const { input, findings, refused } = prepareAnnouncement(reading, today);
  const base = {
    dates: datesOf(input.deadlines),
    deadlines: input.deadlines,
    timetable: timetable(input),
    findings: [...refused, ...findings],
    fiscalYear: input.fiscalYear,
    refused,
  };
  if (options.dryRun || refused.length) return { ...base, written: [], renamed: false, edited: [], cancelled: false };
  const [target] = resolveTargets([ANNOUNCEMENT_SHEET], sheets);
  const edited = target.replaces === "edited" ? [target.sheet] : [];
  if (edited.length) {
    const ok = options.confirmReplaceEdited ? await options.confirmReplaceEdited([...edited]) : false;
    if (!ok) return { ...base, written: [], renamed: target.renamed, edited, cancelled: true };
  }
  const spec = { ...markAnnouncement(buildAnnouncement({ ...input, logo: options.logo ?? null })), name: target.sheet };
  await port.replaceSheets([spec]);
  return { ...base, written: [target.sheet], renamed: target.renamed, edited, cancelled: false };
}

/** The dates the pane sets: undefined leaves a date alone, null clears it. */
export interface PlanDates {
  readonly trigger?: IsoDate | null;
  readonly announced?: IsoDate | null;
  readonly posted?: IsoDate | null;
}

const DATE_SETTING = { trigger: "triggerDate", announced: "announceDate", posted: "postDate" } as const;

/**
 * Writes the dates into ตั้งค่า's value cells as real dates (the template formats those cells
 * in the Buddhist era). Throws SettingsFormMissingError (as the settings form does), writing nothing, when the sheet or a row is missing,
 * and SettingsFormShiftedError when which column holds the values is only a guess.
 */
export async function setPlanDates(port: WorkbookPort, dates: PlanDates): Promise<void> {
  const reading = await readPlanWorkbook(port);
  const { sheet, cells } = reading.settings;
  const wanted = (Object.keys(DATE_SETTING) as (keyof PlanDates)[]).filter((k) => dates[k] !== undefined);
  if (!wanted.length) return;
  const missing = wanted.map((k) => DATE_SETTING[k]).filter((s) => !cells[s]);
  if (!sheet) throw new SettingsFormMissingError(wanted.map((k) => DATE_SETTING[k]), true);
  if (missing.length) throw new SettingsFormMissingError(missing, false);
  // Values read from a guessed column: writing there could overwrite the user's notes.
  if (reading.settings.shifted) throw new SettingsFormShiftedError(sheet, wanted.map((k) => DATE_SETTING[k]));
  await port.writeCells(
    sheet,
    wanted.map((k) => {
      const { row, col } = parseAddress(cells[DATE_SETTING[k]]!.cell);
      const iso = dates[k];
      return { row, col, value: iso ? { date: iso } : null };
    }),
  );
}
