/**
 * ติดตามผล: writes the tracking sheet (every project of the plan and its later editions, with the
 * officer's entries carried over by project) and the report built from it, in one change.
 *
 * The tracking sheet is the officer's input as much as OpPlan's output: it is rewritten on every
 * run without asking, because every entry in it is carried over (rows re-sorted, projects added,
 * projects dropped from the plan kept and marked). The report is replaced like a form: asked first
 * when it was edited by hand. A sheet of the user's own under either name is never touched.
 * An entry the report cannot read (a สถานะ not in the list, an amount that is no number) stops the
 * run before anything is written, and the finding names its cell.
 */
import { todayInBangkok } from "../core/localDate";
import type { SheetData } from "../core/sheetData";
import { TRACKING_REPORT_SHEET, TRACKING_SHEET, TRACKING_SHEET_NAMES, withoutAlternativeSuffix } from "../core/sheetNames";
import { hasErrors, sortFindings, type Finding } from "../domain/findings";
import { buildPlanModel, type PlanModel } from "../domain/planModel";
import type { ReadSettings } from "../domain/read/settingsSheet";
import { summarizeTracking, plannedMonthsText } from "../domain/tracking/figures";
import { mergeTracking } from "../domain/tracking/merge";
import { readTrackingSheet } from "../domain/tracking/readTracking";
import { parseRound } from "../domain/tracking/status";
import { DROPPED_MARK, type Round, type TrackingSheetReading } from "../domain/tracking/types";
import { orgTitle, formContext } from "../reports/forms/common";
import { buildProgressReport, REPORT_MARKER_COLUMN } from "../reports/tracking/progressReport";
import { buildTrackingSheet, trackingLayout, type TrackingSheetRow } from "../reports/tracking/trackingSheet";
import { throwIfCancelled, type WorkbookPort } from "../workbook/port";
import { readPlanSheetData, readPlanSheets } from "./checkWorkbook";
import { inspectGenerated } from "./formMarker";
import { markSpec, resolveTargets } from "./generateForms";
import type { TrackOptions, TrackOutcome } from "./trackResult";

export type { TrackOptions, TrackOutcome } from "./trackResult";

const lower = (s: string) => s.trim().toLocaleLowerCase("en-US");

/**
 * Where the entries come from: OpPlan's tracking sheet (the one it will write to), else a sheet the
 * officer keeps under a tracking name, else any sheet whose header is a tracking table.
 */
function previousTracking(sheets: readonly SheetData[], target: string): TrackingSheetReading | null {
  const ours = sheets.find((s) => lower(s.name) === lower(target) && inspectGenerated(s).generated);
  const named = sheets.filter((s) => TRACKING_SHEET_NAMES.some((n) => lower(n) === lower(withoutAlternativeSuffix(s.name))));
  for (const s of [...(ours ? [ours] : []), ...named, ...sheets]) {
    const r = readTrackingSheet(s);
    if (r) return r;
  }
  return null;
}

/** The round asked, else ตั้งค่า's รอบรายงานผล, else the whole year; a word that is neither stops the run. */
function roundOf(settings: ReadSettings, asked: Round | undefined): { round: Round; refused: Finding[] } {
  if (asked) return { round: asked, refused: [] };
  const typed = settings.cells.trackingRound;
  if (!typed) return { round: "year", refused: [] };
  const r = parseRound(typed.raw);
  if (r === "invalid")
    return {
      round: "year",
      refused: [
        {
          code: "SETTINGS_MISSING",
          severity: "error",
          sheet: settings.sheet ?? "",
          cell: typed.cell,
          message: `อ่านรอบรายงานผล "${typed.text}" ไม่ได้`,
          fix: 'เลือก "12 เดือน (ต.ค.–ก.ย.)" หรือ "6 เดือน (ต.ค.–มี.ค.)"',
        },
      ],
    };
  return { round: r ?? "year", refused: [] };
}

function sheetRows(plan: PlanModel, merged: ReturnType<typeof mergeTracking>): TrackingSheetRow[] {
  let no = 0;
  return merged.rows.map((r) => {
    if (r.project === null) {
      const name = r.entry?.name ?? "";
      return { key: r.key, no: null, name, strategy: "", plan: "", budget: null, months: "", edition: DROPPED_MARK, entry: r.entry };
    }
    const p = plan.projects[r.project];
    return {
      key: r.key,
      no: ++no,
      name: p.name,
      strategy: p.kind === "equipment" ? "ครุภัณฑ์ (แบบ ผด.02/1)" : (p.strategy ?? "ยังไม่ระบุ"),
      plan: p.plan ?? "ยังไม่ระบุ",
      budget: p.budget,
      months: plannedMonthsText(p.months, plan.fiscalYear),
      edition: p.edition?.trim() ? p.edition.trim() : "ฉบับหลัก",
      entry: r.entry,
    };
  });
}

export async function trackPlan(port: WorkbookPort, options: TrackOptions = {}): Promise<TrackOutcome> {
  const { onProgress, signal } = options;
  const today = options.today ?? todayInBangkok();
  const sheets = await readPlanSheets(port, (p) => onProgress?.({ stage: "read", done: p.done, total: p.total }), signal);
  onProgress?.({ stage: "merge", done: 0, total: 1 });
  throwIfCancelled(signal);
  const reading = readPlanSheetData(sheets, options);
  const plan = buildPlanModel(reading, new Date(`${today}T12:00:00+07:00`), { allEditions: true });
  const targets = resolveTargets([TRACKING_SHEET, TRACKING_REPORT_SHEET], sheets);
  const [trackingTarget, reportTarget] = targets;
  const base = { trackingSheet: trackingTarget.sheet, reportSheet: reportTarget.sheet, replacedEdited: [] as string[], cancelled: false };
  const noRows = { total: 0, byKey: 0, byName: 0, added: 0, dropped: 0 };

  const round = roundOf(reading.settings, options.round);
  if (plan.projects.length === 0 || round.refused.length) {
    const refused: Finding[] = round.refused.length
      ? round.refused
      : [{ code: "NO_PROJECTS", severity: "error", sheet: "", cell: "", message: "สมุดงานนี้ไม่มีรายการโครงการที่จะติดตามผลได้", fix: "กรอกโครงการในแผ่นงานโครงการก่อน แล้วสั่ง ติดตามผล อีกครั้ง" }];
    return { ...base, written: [], rows: noRows, tracking: null, findings: refused, refused };
  }

  const previous = previousTracking(sheets, trackingTarget.sheet);
  const merged = mergeTracking(plan.projects, previous);
  const { summary, findings: found } = summarizeTracking(plan, merged, { round: round.round, today, sheet: previous?.sheet ?? trackingTarget.sheet });
  const findings = sortFindings(found, reading.sheetOrder);
  const rows = { total: merged.rows.length, byKey: merged.byKey, byName: merged.byName, added: merged.added, dropped: merged.dropped };
  onProgress?.({ stage: "merge", done: 1, total: 1 });
  // What the report cannot read it would count wrongly: nothing is written until it is fixed.
  if (hasErrors(findings)) {
    const refused = findings.filter((f) => f.severity === "error");
    return { ...base, written: [], rows, tracking: summary, findings, refused };
  }

  // The builders put Thai digits in themselves.
  const org = orgTitle({ ...formContext(plan), text: (s) => s });
  const extraHeaders = previous?.extraHeaders ?? [];
  const trackingSpec = buildTrackingSheet({
    name: trackingTarget.sheet,
    fiscalYear: plan.fiscalYear,
    orgTitle: org,
    rows: sheetRows(plan, merged),
    extraHeaders,
    thaiDigits: plan.thaiDigits,
  });
  const reportSpec = buildProgressReport({ name: reportTarget.sheet, summary, orgTitle: org, thaiDigits: plan.thaiDigits });
  const specs = [
    { ...markSpec(trackingSpec, TRACKING_SHEET, trackingLayout(extraHeaders.length).keyCol), name: trackingTarget.sheet },
    { ...markSpec(reportSpec, TRACKING_REPORT_SHEET, REPORT_MARKER_COLUMN), name: reportTarget.sheet },
  ];

  // The tracking sheet is edited by the officer by design; only the report is asked about.
  const edited = reportTarget.replaces === "edited" ? [reportTarget.sheet] : [];
  if (edited.length) {
    const ok = options.confirmReplaceEdited ? await options.confirmReplaceEdited([...edited]) : false;
    if (!ok) return { ...base, written: [], rows, tracking: summary, findings, refused: [], cancelled: true };
  }
  onProgress?.({ stage: "write", done: 0, total: 1 });
  throwIfCancelled(signal);
  await port.replaceSheets(specs, (p) => onProgress?.({ stage: "write", done: p.rowsWritten, total: Math.max(1, p.rowsTotal) }), { signal });
  return { ...base, written: specs.map((s) => s.name), rows, tracking: summary, findings, refused: [], replacedEdited: edited };
}
