/**
 * Carries the officer's entries over to the plan as it stands now. Nothing typed is ever lost: every
 * entry of the sheet ends in exactly one row, its project's if it still has one, else a row kept
 * after the plan's rows and marked as no longer in the plan.
 */
import type { PlanProject } from "../planModel";
import { normalizeText } from "../parse/text";
import type { MergeResult, TrackedRow, TrackingEntry, TrackingSheetReading } from "./types";

/** The แผนงาน part of a key of a project nothing placed yet. */
const NO_PLAN = "ยังไม่ระบุแผนงาน";
/** Between name and แผนงาน, spaced so that the hidden key still reads as the two words it is made of. */
const SEPARATOR = " | ";

const nameKey = (name: string) => normalizeText(name);
const keyOf = (key: string) => normalizeText(key);

/**
 * A stable identity per project: its name and แผนงาน ("โครงการก่อสร้างถนน หมู่ 3 | แผนงานเคหะและชุมชน"),
 * the second and later of one name under one แผนงาน numbered by their order ("…#2"). It does not
 * depend on the row, the sheet or the budget, so re-sorting the plan or revising an amount keeps it.
 */
export function projectKeys(projects: readonly PlanProject[]): string[] {
  const seen = new Map<string, number>();
  return projects.map((p) => {
    const base = `${nameKey(p.name)}${SEPARATOR}${p.plan === null ? NO_PLAN : normalizeText(p.plan)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** Index of each value's occurrences, for "unique on both sides". */
function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
}

/**
 * The plan's projects in its order, each with its entry, then the entries no longer in the plan in
 * their sheet order. Pass 1 by key; pass 2 by name among what is left, where the name is unique on
 * both sides (a key that changed because the แผนงาน was reclassified, a sheet made by hand without
 * keys): a name two projects share is never guessed. Entries with no name and no key of a project
 * stay, as no longer in the plan.
 */
export function mergeTracking(projects: readonly PlanProject[], previous: TrackingSheetReading | null): MergeResult {
  const keys = projectKeys(projects);
  const entries = previous?.entries ?? [];
  const entryOf: (TrackingEntry | null)[] = projects.map(() => null);
  const used = new Set<number>();

  // Pass 1: by key. A row the officer copied has the same key twice: the first in sheet order takes it.
  const byKeyIndex = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.key === null) return;
    const k = keyOf(e.key);
    byKeyIndex.set(k, [...(byKeyIndex.get(k) ?? []), i]);
  });
  let byKey = 0;
  keys.forEach((k, p) => {
    const i = byKeyIndex.get(k)?.find((j) => !used.has(j));
    if (i === undefined) return;
    used.add(i);
    entryOf[p] = entries[i];
    byKey++;
  });

  // Pass 2: by name, unique among the projects left and among the entries left.
  const leftProjects = projects.map((_, p) => p).filter((p) => entryOf[p] === null);
  const leftEntries = entries.map((_, i) => i).filter((i) => !used.has(i) && nameKey(entries[i].name) !== "");
  const projectNames = countBy(leftProjects, (p) => nameKey(projects[p].name));
  const entryNames = countBy(leftEntries, (i) => nameKey(entries[i].name));
  const entryByName = new Map(leftEntries.map((i) => [nameKey(entries[i].name), i]));
  let byName = 0;
  for (const p of leftProjects) {
    const n = nameKey(projects[p].name);
    if (n === "" || projectNames.get(n) !== 1 || entryNames.get(n) !== 1) continue;
    const i = entryByName.get(n)!;
    used.add(i);
    entryOf[p] = entries[i];
    byName++;
  }

  const rows: TrackedRow[] = keys.map((key, p) => ({ key, project: p, entry: entryOf[p] }));
  // A dropped row keeps its key as it stood, except one a project of the plan now carries (a copied
  // row): two rows under one key would let the copy take the project's entries on a later run.
  const inUse = new Set(keys);
  const dropped = entries
    .filter((_, i) => !used.has(i))
    .map((entry): TrackedRow => ({ key: entry.key !== null && !inUse.has(keyOf(entry.key)) ? entry.key : "", project: null, entry }));
  return {
    rows: [...rows, ...dropped],
    byKey,
    byName,
    added: entryOf.filter((e) => e === null).length,
    dropped: dropped.length,
  };
}
