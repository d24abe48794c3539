import type { Finding } from "../findings";
import type { WorkbookReading } from "../read/readWorkbook";

/**
 * The findings that make forms from this workbook meaningless, so nothing is written: no project
 * list at all (only covers, a five-year plan, empty sheets), lists without a row, or a supplement
 * none of whose rows is marked. Empty when the forms can be built.
 */
export function blockingFindings(reading: WorkbookReading, findings: readonly Finding[]): Finding[] {
  if (reading.projects.length === 0)
    return findings.filter((f) => f.severity === "error" && (f.code === "HEADER_NOT_FOUND" || f.code === "NO_PROJECTS" || f.code === "FIVE_YEAR_PLAN_SHEET"));
  return findings.filter((f) => f.code === "EDITION_EMPTY");
}
