/**
 * The officer's words in the ติดตามผล sheet: the สถานะ of a project and the round reported
 * (ตั้งค่า's รอบรายงานผล, the CLI's --round). Words are matched whole, never by what they contain:
 * "ยังไม่ได้ดำเนินการ" holds "ดำเนินการ", and "ไม่ได้ดำเนินการ" means "not yet" to one officer and
 * "dropped" to another, so a word not in these lists is the caller's to ask about, not ours to guess.
 */
import type { CellValue } from "../../core/cellValue";
import { normalizeText } from "../parse/text";
import type { Round, TrackStatus } from "./types";

/** One spelling for comparison: canonical text, no spaces (officers space Thai words at will), no trailing stop, lower case. */
function wordOf(s: string): string {
  return normalizeText(s)
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[.。]+$/u, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

const STATUS_SPELLINGS: Readonly<Record<TrackStatus, readonly string[]>> = {
  done: ["ดำเนินการแล้วเสร็จ", "เสร็จแล้ว", "เสร็จ", "แล้วเสร็จ", "เสร็จสิ้น", "ดำเนินการแล้ว", "ดำเนินการเสร็จแล้ว", "ดำเนินการเสร็จสิ้น", "✓", "✔", "done", "finished", "completed"],
  inProgress: ["อยู่ระหว่างดำเนินการ", "กำลังดำเนินการ", "ระหว่างดำเนินการ", "ดำเนินการอยู่", "inprogress", "in-progress", "ongoing"],
  notStarted: ["ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "ยังไม่เริ่ม", "ยังไม่ได้เริ่ม", "notstarted", "not-started", "notyetstarted"],
  cancelled: ["ยกเลิก", "ยกเลิกโครงการ", "cancelled", "canceled"],
};

const STATUS_BY_WORD: ReadonlyMap<string, TrackStatus> = new Map(
  (Object.keys(STATUS_SPELLINGS) as TrackStatus[]).flatMap((s) => STATUS_SPELLINGS[s].map((w) => [wordOf(w), s] as const)),
);

/**
 * What a สถานะ cell says: blank is not started (the officer has not got to it); a word of the lists
 * above, however spaced or stopped; anything else (a number, a date, "รอเบิก", "ไม่ได้ดำเนินการ") null.
 */
export function parseStatus(v: CellValue): TrackStatus | null {
  if (v === null) return "notStarted";
  if (typeof v !== "string") return null;
  const w = wordOf(v);
  if (w === "") return "notStarted";
  return STATUS_BY_WORD.get(w) ?? null;
}

const ROUND_SPELLINGS: Readonly<Record<Round, readonly string[]>> = {
  half: ["6 เดือน (ต.ค.–มี.ค.)", "6 เดือน", "6", "ต.ค.-มี.ค.", "ตค-มีค", "ตุลาคม-มีนาคม", "ครึ่งปี", "ครึ่งปีแรก", "half", "h1", "6m", "6months"],
  year: ["12 เดือน (ต.ค.–ก.ย.)", "12 เดือน", "12", "ต.ค.-ก.ย.", "ตค-กย", "ตุลาคม-กันยายน", "ทั้งปี", "year", "fullyear", "full", "12m", "12months"],
};

const ROUND_BY_WORD: ReadonlyMap<string, Round> = new Map(
  (Object.keys(ROUND_SPELLINGS) as Round[]).flatMap((r) => ROUND_SPELLINGS[r].map((w) => [roundWord(w), r] as const)),
);

/** Dots and the dash between months are typed every which way ("ต.ค.-มี.ค.", "ต.ค – มี.ค"): left out. */
function roundWord(s: string): string {
  return wordOf(s).replace(/[.\-–—]/g, "");
}

/** The round a setting or an option names; null when blank (the caller's default); "invalid" for anything else. */
export function parseRound(v: CellValue): Round | null | "invalid" {
  if (v === null) return null;
  if (typeof v === "number") return v === 6 ? "half" : v === 12 ? "year" : "invalid";
  if (typeof v !== "string") return "invalid";
  if (normalizeText(v) === "") return null;
  return ROUND_BY_WORD.get(roundWord(v)) ?? "invalid";
}
