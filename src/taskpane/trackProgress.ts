/** ติดตามผล in the pane: how far a run has got, and the round ตั้งค่า asks for. */
import type { TrackProgress } from "../commands/trackResult";
import type { Round } from "../domain/tracking/types";

/** Shares of the bar: reading the plan and the entries, and writing both sheets, take the Excel round trips. */
const SHARE = { read: 0.45, merge: 0.1, write: 0.45 } as const;
const START = { read: 0, merge: SHARE.read, write: SHARE.read + SHARE.merge } as const;

/** 0..1 over the three stages; 0 before the first report. */
export function trackFraction(progress: TrackProgress | null): number {
  if (!progress) return 0;
  const part = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 1;
  return START[progress.stage] + SHARE[progress.stage] * part;
}

/**
 * ตั้งค่า's รอบรายงานผล as a round: the dropdown's words ("6 เดือน (ต.ค.–มี.ค.)", "12 เดือน
 * (ต.ค.–ก.ย.)") or what an officer types instead ("6 เดือน", "ครึ่งปี", "รอบเมษายน", "ทั้งปี",
 * "12"); null for a blank or a value that says neither, where the pane proposes the whole year.
 */
export function roundFromSetting(text: string): Round | null {
  const t = text.replace(/\s+/g, "").replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (t === "") return null;
  if (/^12|12เดือน|ทั้งปี|ก\.?ย\.?|กันยายน|year/i.test(t)) return "year";
  if (/^6|6เดือน|ครึ่งปี|มี\.?ค\.?|มีนาคม|เมษายน|เม\.?ย\.?|half/i.test(t)) return "half";
  return null;
}
