/**
 * How the check step lays out findings: grouped by the sheet row they belong to, workbook-
 * and sheet-level findings (no row) first, and counted by severity.
 */
import { SEVERITY_ORDER, type Finding, type Severity } from "../domain/findings";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  /** Stable across renders: sheet and row. */
  readonly key: string;
  /** "" for findings about the workbook as a whole. */
  readonly sheet: string;
  /** Sheet row as Excel numbers it; undefined for sheet- and workbook-level findings. */
  readonly row?: number;
  /** Most severe first. */
  readonly findings: readonly Finding[];
}

/**
 * One group per sheet row, in the order the findings come (the check sorts them by sheet and
 * row); the groups without a row come first.
 */
export function groupByRow(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { sheet: string; row?: number; findings: Finding[] }>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row ?? ""}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sheet: f.sheet, row: f.row, findings: [] }));
    group.findings.push(f);
  }
  const all = [...groups].map(([key, g]): FindingGroup => ({
    key,
    sheet: g.sheet,
    ...(g.row === undefined ? {} : { row: g.row }),
    findings: [...g.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
  }));
  // Array.prototype.sort is stable: within each part the check's order stays.
  return all.sort((a, b) => Number(a.row !== undefined) - Number(b.row !== undefined));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
