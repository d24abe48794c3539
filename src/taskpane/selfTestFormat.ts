/** How the self-test's outcomes read in the pane: status labels, seen values as text, the report as JSON. */
import type { ProbeStatus, SelfTestReport } from "../host/selfTestActions";
import type { StringId } from "./i18n";

export const STATUS_LABEL: Readonly<Record<ProbeStatus, StringId>> = {
  pass: "selfTestPass",
  fail: "selfTestFail",
  observed: "selfTestObserved",
};

function valueText(v: unknown): string {
  if (v === null || v === undefined) return "–";
  if (typeof v === "string") return v === "" ? '""' : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** "key: value; key: value" for an object, the text itself for a string. */
export function formatSeen(seen: unknown): string {
  if (typeof seen !== "object" || seen === null || Array.isArray(seen)) return valueText(seen);
  return Object.entries(seen as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${valueText(v)}`)
    .join("; ");
}

/** The report as offered to copy or download: {host, platform, version, requirementSets, probes:[{id,status,seen}]}. */
export function reportJson(report: SelfTestReport): string {
  const { host, platform, version, requirementSets, probes } = report;
  return `${JSON.stringify({ host, platform, version, requirementSets, probes: probes.map(({ id, status, seen }) => ({ id, status, seen })) }, null, 2)}\n`;
}

export function countByStatus(report: SelfTestReport): Record<ProbeStatus, number> {
  const counts: Record<ProbeStatus, number> = { pass: 0, fail: 0, observed: 0 };
  for (const p of report.probes) counts[p.status]++;
  return counts;
}
