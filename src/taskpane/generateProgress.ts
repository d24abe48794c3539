/** How far สร้างบัญชี ผด. has got, as one number for the progress bar. */
import type { GenerateProgress } from "../commands/generateResult";

/** Shares of the bar: reading the workbook and writing the forms take the Excel round trips. */
const SHARE = { read: 0.4, build: 0.1, write: 0.5 } as const;
const START = { read: 0, build: SHARE.read, write: SHARE.read + SHARE.build } as const;

/** 0..1 over the three stages; 0 before the first report. */
export function generateFraction(progress: GenerateProgress | null): number {
  if (!progress) return 0;
  const part = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 1;
  return START[progress.stage] + SHARE[progress.stage] * part;
}
