/**
 * The self-test's probes over the Excel model (tests/excelModel): the one file that brings the
 * model into the self-test, for `npm run selftest` and its tests.
 */
import { createFakeExcel, type FakeExcel } from "../tests/excelModel";
import { PROBES } from "../src/workbook/selfTest/probes";
import { runProbes } from "../src/workbook/selfTest/runner";
import type { ExcelRun, Probe, ProbeOutcome, SelfTestProgress } from "../src/workbook/selfTest/types";

export interface ModelRun {
  readonly probes: ProbeOutcome[];
  /** The model after the run, for tests to look at what was left. */
  readonly excel: FakeExcel;
}

/** The model implements the event's triggerSource, so it answers as an Excel with every set up to 1.17. */
const supports = (version: string) => Number(version.split(".")[1]) <= 17 && version.startsWith("1.");

export async function runOnModel(
  options: { probes?: readonly Probe[]; onProgress?: (p: SelfTestProgress) => void; excel?: FakeExcel } = {},
): Promise<ModelRun> {
  const excel = options.excel ?? createFakeExcel({ sheets: ["Sheet1"], triggerSource: true });
  const run: ExcelRun = (batch) => excel.run(batch);
  const probes = await runProbes(options.probes ?? PROBES, { run, supports, onProgress: options.onProgress });
  return { probes, excel };
}
