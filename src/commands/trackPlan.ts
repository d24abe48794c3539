/**
 * TEMP stub of ติดตามผล (issue 15) so the pane and ribbon can be built against the signature while
 * the real command is written elsewhere. It adds the two sheets empty and answers a fixed outcome.
 * The lead drops this commit on merge.
 */
import type { WorkbookPort } from "../workbook/port";
import { CancelledError } from "../workbook/port";
import { TRACKING_REPORT_SHEET, TRACKING_SHEET } from "../core/sheetNames";
import type { TrackOptions, TrackOutcome } from "./trackResult";

export async function trackPlan(port: WorkbookPort, options: TrackOptions): Promise<TrackOutcome> {
  const round = options.round ?? "year";
  options.onProgress?.({ stage: "read", done: 0, total: 1 });
  await Promise.resolve();
  if (options.signal?.aborted) throw new CancelledError();
  options.onProgress?.({ stage: "write", done: 1, total: 1 });
  // Empty sheets of the two names, so that the pane's "go to sheet" and the e2e's workbook check work.
  const existing = await port.listSheets();
  for (const name of [TRACKING_SHEET, TRACKING_REPORT_SHEET]) if (!existing.includes(name)) await port.addSheet(name);
  const figures = { projects: 3, done: 1, inProgress: 1, notStarted: 1, cancelled: 0, budget: 350000, disbursed: 120000 };
  return {
    written: [TRACKING_SHEET, TRACKING_REPORT_SHEET],
    trackingSheet: TRACKING_SHEET,
    reportSheet: TRACKING_REPORT_SHEET,
    rows: { total: 3, byKey: 0, byName: 0, added: 3, dropped: 0 },
    tracking: {
      fiscalYear: 2569,
      round,
      from: "2025-10-01",
      to: round === "half" ? "2026-03-31" : "2026-09-30",
      asOf: options.today ?? "2026-03-31",
      strategies: [{ name: "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน", number: 1, plans: [{ name: "แผนงานเคหะและชุมชน", ...figures }], ...figures }],
      total: figures,
      behind: [{ project: 2, name: "โครงการก่อสร้างถนน คสล. หมู่ 3", strategy: "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน", plan: "แผนงานเคหะและชุมชน", months: "ธ.ค. 68 – ก.พ. 69", allPassed: true, row: null }],
    },
    findings: [],
    refused: [],
    replacedEdited: [],
    cancelled: false,
  };
}
