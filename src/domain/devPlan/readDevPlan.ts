import { sameSheets, type SheetData } from "../../core/sheetData";
import { Grid } from "../read/grid";
import { formSignOf } from "./formOf";
import { DEV_PLAN_PROFILES, profileForYears } from "./profiles";
import { readPlanSheet, type SheetRead } from "./readPlanSheet";
import type { DevPlan, DevPlanEntry, DevPlanForm, DevPlanSheet } from "./types";

/**
 * The development-plan form a sheet is: ผ.01, the ผ.02 family or ผ.03, by its label, titles or
 * header; null for any other sheet, the operational plan's ผด.01 and ผด.02 included.
 */
export function devPlanFormOf(sheet: SheetData): DevPlanForm | null {
  return formSignOf(new Grid(sheet))?.form ?? null;
}

const isProjectForm = (f: DevPlanForm): f is DevPlanEntry["form"] => f === "ผ.02" || f === "ผ.02/1" || f === "ผ.02/2";

/**
 * The development plan in these sheets: ผ.02-family sheets read into entries under their groups,
 * ผ.01 and ผ.03 recognised and left unread, every other sheet ignored. Null when none is a plan form.
 */
export function readDevPlan(sheets: readonly SheetData[], origin: DevPlan["origin"]): DevPlan | null {
  const first = sheets[0];
  const last = first ? lastReads.get(first) : undefined;
  if (last && last.origin === origin && sameSheets(last.sheets, sheets)) return last.plan;
  const plan = readSheets(sheets, origin);
  if (first) lastReads.set(first, { sheets: [...sheets], origin, plan });
  return plan;
}

/**
 * The last plan read from each first sheet: the file the pane chose, or --dev-plan's, is read again
 * by every run (check, classify, the forms) from the same sheets. Weak: it lives no longer than they do.
 */
const lastReads = new WeakMap<SheetData, { readonly sheets: readonly SheetData[]; readonly origin: DevPlan["origin"]; readonly plan: DevPlan | null }>();

function readSheets(sheets: readonly SheetData[], origin: DevPlan["origin"]): DevPlan | null {
  const found = sheets.flatMap((data) => {
    const grid = new Grid(data);
    const sign = formSignOf(grid);
    if (!sign) return [];
    const read: SheetRead | null = isProjectForm(sign.form) ? readPlanSheet(grid, sign.form) : null;
    const years = read?.years ?? [...new Set(sign.header?.years.map((y) => y.year) ?? [])].sort((a, b) => a - b);
    return [{ grid, sign, read, years }];
  });
  if (found.length === 0) return null;
  // Hidden sheets are read too: an office hides a finished sheet as readily as an old one. Only a
  // hidden one whose years the visible ones do not share is taken for another period's plan.
  const shownYears = new Set(found.filter((f) => f.read && !f.grid.hidden).flatMap((f) => f.years));
  const sheetsOut: DevPlanSheet[] = [];
  const entries: DevPlanEntry[] = [];
  for (const f of found) {
    const otherPeriod = f.grid.hidden && shownYears.size > 0 && !f.years.some((y) => shownYears.has(y));
    const read = f.read !== null && !otherPeriod;
    const notes = [...(f.read?.notes ?? [])];
    if (f.read && otherPeriod)
      notes.unshift({
        cell: "",
        message: `แผ่นงาน "${f.grid.name}" ถูกซ่อนไว้และเป็นแผนปี ${f.years.join(", ")} ซึ่งไม่ตรงกับแผ่นงานที่แสดงอยู่ จึงไม่ได้อ่านเป็นแผนพัฒนา`,
        fix: "ถ้าเป็นแผนที่ใช้อยู่ ให้เลิกซ่อนแผ่นงานนี้",
      });
    if (read) entries.push(...f.read!.entries);
    sheetsOut.push({
      name: f.grid.name,
      form: f.sign.form,
      read,
      entries: read ? f.read!.entries.length : 0,
      years: f.years,
      profile: profileForYears(f.years)?.id ?? null,
      cell: f.sign.cell,
      ...(f.grid.hidden ? { hidden: true } : {}),
      ...(notes.length ? { notes } : {}),
    });
  }
  const readSheets = sheetsOut.filter((s) => s.read);
  const years = [...new Set((readSheets.length ? readSheets : sheetsOut).flatMap((s) => s.years))].sort((a, b) => a - b);
  const ids = new Set((readSheets.length ? readSheets : sheetsOut).map((s) => s.profile));
  const id = ids.size === 1 ? [...ids][0] : null;
  return { origin, sheets: sheetsOut, entries, years, profile: DEV_PLAN_PROFILES.find((p) => p.id === id) ?? null };
}
