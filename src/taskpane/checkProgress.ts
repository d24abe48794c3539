/** How far a check has got, as one number for the progress bar. */
import type { CheckProgress } from "../commands/checkResult";

/** Share of the bar for reading the workbook: its Excel round trips take most of the time; checking is quick. */
const READ_SHARE = 0.9;

/** 0..1 over both stages; 0 before the first report. */
export function progressFraction(progress: CheckProgress | null): number {
  if (!progress) return 0;
  const part = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 1;
  return progress.stage === "read" ? READ_SHARE * part : READ_SHARE + (1 - READ_SHARE) * part;
}
