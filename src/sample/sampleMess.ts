/**
 * The mess real files have, added to clean sample rows: names spilling into a second row, blank
 * rows (domain.md §6).
 */
import type { ProjectRowInput } from "../reports/inputTemplate";
import { VARIANTS_BY_PLAN, planKeyOf } from "./generatePlan";
import type { Rng } from "./random";
import { MESSY_MAX, MESSY_MIN } from "./sampleDraws";

/**
 * Spoils a small share of rows the way real files are spoilt: a variant แผนงาน spelling, a name
 * spilling into the next row (whose ที่ is empty), a blank padding row. Continuation and padding
 * rows are extra rows: the count of real projects (rows with a ที่) does not change.
 */
export function addMess(rng: Rng, rows: ProjectRowInput[]): ProjectRowInput[] {
  const n = rows.length;
  if (n < 20) return rows;
  const total = Math.max(1, Math.round(n * (MESSY_MIN + rng.next() * (MESSY_MAX - MESSY_MIN))));
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const after = new Map<number, ProjectRowInput[]>();
  const out = rows.slice();
  let made = 0;
  let cursor = 0;
  while (made < total && cursor < order.length) {
    const i = order[cursor++];
    const row = out[i];
    const cells = row.cells ?? {};
    const r = rng.next();
    if (r < 0.35) {
      const key = planKeyOf(cells.plan);
      const variants = key ? VARIANTS_BY_PLAN.get(key) : undefined;
      if (!variants) continue;
      out[i] = { ...row, cells: { ...cells, plan: rng.pick(variants) } };
    } else if (r < 0.75) {
      const name = typeof cells.name === "string" ? cells.name : "";
      const cut = splitPoint(name);
      if (cut < 0) continue;
      out[i] = { ...row, cells: { ...cells, name: name.slice(0, cut) } };
      pushAfter(after, i, { cells: { name: name.slice(cut + 1) } });
    } else {
      pushAfter(after, i, {});
    }
    made++;
  }
  if (after.size === 0) return out;
  const result: ProjectRowInput[] = [];
  out.forEach((row, i) => {
    result.push(row);
    const extra = after.get(i);
    if (extra) result.push(...extra);
  });
  return result;
}

export function pushAfter(map: Map<number, ProjectRowInput[]>, i: number, row: ProjectRowInput) {
  const list = map.get(i);
  if (list) list.push(row);
  else map.set(i, [row]);
}

/** Where a long name wraps into the next row: at a space past its first third, else nowhere. */
export function splitPoint(name: string): number {
  if (name.length < 30) return -1;
  const from = Math.floor(name.length / 3);
  const cut = name.indexOf(" ", from);
  return cut > 0 && cut < name.length - 3 ? cut : -1;
}
