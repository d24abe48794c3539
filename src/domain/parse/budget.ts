import type { RawValue } from "../../core/cellValue";
import { cellText, isExcelError, normalizeText } from "./text";

export type BudgetParse =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: number; text: string }
  | { kind: "dash"; value: 0; text: string }
  | { kind: "invalid"; text: string }
  | { kind: "error"; text: string };

/**
 * An amount of baht from a budget cell, whether Excel holds a number or, as in many real plans,
 * text typed the way Thai documents write money: " 1,632,820 ", "50,000.-", "1.5 ล้านบาท",
 * " - " for nothing.
 */
export function parseBudget(v: RawValue): BudgetParse {
  if (v === null) return { kind: "empty" };
  if (typeof v === "boolean") return { kind: "invalid", text: cellText(v) };
  if (typeof v === "number") {
    return Number.isFinite(v) ? { kind: "number", value: roundNumber(v) } : { kind: "invalid", text: String(v) };
  }
  const text = normalizeText(v);
  if (text === "") return { kind: "empty" };
  if (isExcelError(text)) return { kind: "error", text };
  const amount = parseAmountText(text);
  if (amount === null) return { kind: "invalid", text };
  if (amount === "dash") return { kind: "dash", value: 0, text };
  return { kind: "text", value: amount, text };
}

/** Formula results carry binary junk (0.1 + 0.2); budgets are kept to the satang. */
function roundNumber(x: number): number {
  if (Number.isInteger(x)) return x + 0;
  // Cut to 15 significant digits first, so that the junk goes before rounding and 1.005 (stored
  // as 1.00499…) rounds up as it was typed.
  const cents = Math.round(Number((x * 100).toPrecision(15)));
  return cents / 100 + 0;
}

const CURRENCY_PREFIX = /^(?:฿|thb)\s*/;
const CURRENCY_SUFFIX = /\s*(?:บาท|บ\.?|฿|thb)$/;
// The Thai-document mark for "no satang": "50,000.-". A bare trailing "-" is left out on purpose:
// after digits it could just as well be an accounting minus.
const END_MARK = /\s*(?:\.-+\.?|-\.)$/;
const SCALE_SUFFIX = /\s*(ล้าน|แสน)$/;

type Amount = number | "dash" | null;

function parseAmountText(text: string): Amount {
  const unified = text.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, "-");
  let s = unified;
  let negative = false;
  let scale = 0;
  let marked = false;

  for (let changed = true; changed; ) {
    const before = s;
    if (s.startsWith("(") && s.endsWith(")")) {
      if (negative) return null;
      negative = true;
      s = s.slice(1, -1);
    } else if (/^-\s*[\d.(฿t]/.test(s) && /\d/.test(s)) {
      if (negative) return null;
      negative = true;
      s = s.slice(1);
    } else if (CURRENCY_PREFIX.test(s)) {
      s = s.replace(CURRENCY_PREFIX, "");
    } else if (CURRENCY_SUFFIX.test(s)) {
      s = s.replace(CURRENCY_SUFFIX, "");
    } else if (END_MARK.test(s)) {
      marked = true;
      s = s.replace(END_MARK, "");
    } else if (scale === 0 && SCALE_SUFFIX.test(s)) {
      scale = s.match(SCALE_SUFFIX)?.[1] === "ล้าน" ? 6 : 5;
      s = s.replace(SCALE_SUFFIX, "");
    }
    s = s.trim();
    changed = s !== before;
  }

  // What is left of "-", "–", "-.-" or " - บาท" once the marks are gone: the usual way to write zero.
  if (!/\d/.test(s)) return !negative && scale === 0 && /^-*$/.test(s) && unified.includes("-") ? "dash" : null;

  const digits = numberBody(s);
  if (digits === null) return null;
  const value = toValue(digits.int, digits.frac, scale);
  if (marked && value === 0 && !negative) return "dash";
  return negative ? -value + 0 : value;
}

/** Integer and fraction digits of "1,632,820.50", "1 632 820" or "1,63,2820"; null when it is not one number. */
function numberBody(s: string): { int: string; frac: string } | null {
  const tight = s.replace(/\s*([,.])\s*/g, "$1");
  const m = /^([\d, ]*)(?:\.(\d+))?$/.exec(tight);
  if (!m) return null;
  let int = m[1];
  const frac = m[2] ?? "";
  if (int === "" && frac === "") return null;
  // A space between digits is a thousands separator only in "1 632 820"; in "50,000 20,000" it
  // separates two amounts, which no single number can stand for.
  if (int.includes(" ")) {
    if (!/^\d{1,3}(?: \d{3})+$/.test(int)) return null;
    int = int.replace(/ /g, "");
  }
  // Commas are accepted wherever they sit between digits: people misplace them ("1,63,2820") but
  // the digits still say what they meant.
  if (int !== "" && !/^\d+(?:,\d+)*$/.test(int)) return null;
  return { int: int.replace(/,/g, ""), frac };
}

/**
 * Rounds to the satang on the decimal digits themselves, so that no binary fraction ever gets in
 * between the text and the value: "1234.5" gives 1234.5, "0.125 ล้าน" gives 125000.
 */
function toValue(int: string, frac: string, scale: number): number {
  const all = int + frac;
  const point = int.length + scale;
  const padded = all + "0".repeat(Math.max(0, point + 3 - all.length));
  const cents = Number(padded.slice(0, point + 2) || "0") + (Number(padded[point + 2]) >= 5 ? 1 : 0);
  return cents / 100;
}
