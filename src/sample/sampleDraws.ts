/**
 * What one sample row draws: its budget from the template's quantities, its months, the cell the
 * budget is typed in, and the office's settings.
 */
import type { CellValue } from "../core/cellValue";
import { addDays, isoFromParts } from "../core/localDate";
import { TRACKING_ROUNDS, TRIGGER_KINDS } from "../domain/catalog";
import { toGregorianYear, toThaiDigits } from "../domain/thaiCalendar";
import type { SettingValues } from "../reports/inputTemplate";
import { type BudgetSpec, FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, LAST_NAMES, type MonthSpan } from "./lexicon";
import type { Rng } from "./random";
import { type Area, groupDigits, metres } from "./sampleArea";

export const MESSY_BUDGET_SHARE = 0.07;

/** Messy rows (continuation, padding, variant แผนงาน) per real project: kept inside 2–5 %. */
export const MESSY_MIN = 0.022;

export const MESSY_MAX = 0.042;

// ───────────────────────────── the area ─────────────────────────────

/** The 5-year development plan a fiscal year falls in: 2566–2570, 2571–2575 … */
export function planStart(fiscalYear: number): number {
  return 2566 + 5 * Math.floor((fiscalYear - 2566) / 5);
}

/** Draws the amount and the quantities the detail quotes. */
export function drawBudget(rng: Rng, spec: BudgetSpec, villages: number): { amount: number; quantities: Record<string, string> } {
  const roundTo = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);
  switch (spec.kind) {
    case "range":
      return { amount: spec.max === 0 ? 0 : rng.step(spec.min, spec.max, spec.step), quantities: {} };
    case "per": {
      const count = spec.perVillage ? villages : rng.int(spec.qty[0], spec.qty[1]);
      const rate = spec.rate[0] + rng.next() * (spec.rate[1] - spec.rate[0]);
      return { amount: roundTo(count * rate, spec.step), quantities: { count: groupDigits(count) } };
    }
    case "dims": {
      const w = rng.pick(spec.widths);
      const l = rng.step(spec.length[0], spec.length[1], spec.length[2]);
      const area = Math.round(w * l * 100) / 100;
      const vol = Math.round(area * spec.depth * 100) / 100;
      const base = spec.by === "area" ? area : spec.by === "vol" ? vol : l;
      const rate = spec.rate[0] + rng.next() * (spec.rate[1] - spec.rate[0]);
      return {
        amount: roundTo(base * rate, spec.step),
        quantities: { w: metres(w), l: groupDigits(l), d: spec.depth.toFixed(2), area: groupDigits(area), vol: groupDigits(vol) },
      };
    }
  }
}

export function drawMonths(rng: Rng, span: MonthSpan): { start: number; len: number } {
  const len = rng.int(span.minLen, span.maxLen);
  return { start: rng.int(span.from, span.to - len + 1), len };
}

/** A budget as it is typed in real files: mostly a number, sometimes text in one of their habits. */
export function budgetCell(rng: Rng, amount: number): CellValue {
  if (amount === 0) return " - ";
  if (!rng.chance(MESSY_BUDGET_SHARE)) return amount;
  const r = rng.next();
  if (r < 0.45) return ` ${groupDigits(amount)} `;
  if (r < 0.7) return `${groupDigits(amount)} บาท`;
  if (r < 0.85) return toThaiDigits(groupDigits(amount));
  return `${groupDigits(amount)}.00`;
}

// ───────────────────────────── the plan ─────────────────────────────

export function makeSettings(rng: Rng, area: Area, fiscalYear: number): SettingValues {
  // The budget ordinance is announced mid-September to early October (domain.md §2).
  const trigger = addDays(isoFromParts(toGregorianYear(fiscalYear) - 1, 9, 10), rng.int(0, 25));
  const announce = addDays(trigger, rng.int(10, 28));
  const post = addDays(announce, rng.int(1, 5));
  const male = rng.chance(0.75);
  const title = male ? "นาย" : rng.pick(["นาง", "นางสาว"]);
  const first = rng.pick(male ? FIRST_NAMES_MALE : FIRST_NAMES_FEMALE);
  return {
    orgName: area.orgName,
    orgType: area.type.label,
    district: area.district,
    province: area.province,
    fiscalYear,
    edition: "ฉบับหลัก",
    triggerKind: TRIGGER_KINDS[0],
    triggerDate: { date: trigger },
    announceDate: { date: announce },
    postDate: { date: post },
    signerName: `${title}${first} ${rng.pick(LAST_NAMES)}`,
    signerPosition: null,
    thaiDigits: "ไม่ใช่",
    rollDeadline: "ไม่ใช่",
    trackingRound: TRACKING_ROUNDS[0],
  };
}
