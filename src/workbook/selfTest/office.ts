/**
 * The self-test in the user's Excel: the only file of it that calls Excel.run or reads Office.
 * Says where it ran (Office.context.diagnostics) and which ExcelApi sets Excel supports.
 */
import { PROBES } from "./probes";
import { runProbes } from "./runner";
import type { ExcelRun, SelfTestProgress, SelfTestReport } from "./types";

/** ExcelApi 1.1 to 1.17, the sets the report lists. */
export const EXCEL_API_VERSIONS: readonly string[] = Array.from({ length: 17 }, (_, i) => `1.${i + 1}`);

const officeRun: ExcelRun = (batch) => Excel.run(batch);

function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

function diagnostics(): { host: string; platform: string; version: string } {
  try {
    const d = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
    return { host: String(d?.host ?? "unknown"), platform: String(d?.platform ?? "unknown"), version: String(d?.version ?? "unknown") };
  } catch {
    return { host: "unknown", platform: "unknown", version: "unknown" };
  }
}

/** Runs every probe in the open workbook, on scratch sheets that are removed afterwards. */
export async function runSelfTestInOffice(onProgress?: (progress: SelfTestProgress) => void): Promise<SelfTestReport> {
  const probes = await runProbes(PROBES, { run: officeRun, supports: supportsExcelApi, onProgress });
  return { ...diagnostics(), requirementSets: EXCEL_API_VERSIONS.filter(supportsExcelApi), probes };
}
