/**
 * The pane's door to the self-test (ตรวจความเข้ากันได้กับ Excel). Like settingsActions it
 * publishes nothing on the result bus: the report is the panel's own. Its code is loaded on first
 * use. It runs in an Excel too old for OpPlan as well: that is what the report would show.
 */
import type { ProbeStatus, SelfTestProgress, SelfTestReport } from "../workbook/selfTest/types";
import { HostError } from "./errors";
import { isInExcel } from "./actions";

export type { ProbeStatus, SelfTestProgress, SelfTestReport };

export interface SelfTestRun {
  readonly report: SelfTestReport;
  /** Each probe's title by its id, in Thai and English. */
  readonly titles: Readonly<Record<string, { readonly th: string; readonly en: string }>>;
}

/** Runs every probe on scratch sheets of the open workbook; rejects NOT_IN_EXCEL before any Excel call. */
export async function runSelfTest(onProgress?: (progress: SelfTestProgress) => void): Promise<SelfTestRun> {
  if (!isInExcel()) throw new HostError("NOT_IN_EXCEL");
  const [{ runSelfTestInOffice }, { PROBES }] = await Promise.all([
    import(/* webpackChunkName: "selftest" */ "../workbook/selfTest/office"),
    import(/* webpackChunkName: "selftest" */ "../workbook/selfTest/probes"),
  ]);
  const report = await runSelfTestInOffice(onProgress);
  return { report, titles: Object.fromEntries(PROBES.map((p) => [p.id, { th: p.titleTh, en: p.titleEn }])) };
}
