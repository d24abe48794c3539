import type { SheetSpec } from "../core/sheetSpec";
import { isValidSheetName, WorkbookError } from "./port";

/** Every spec's name valid (INVALID_NAME) and none given twice (a caller's bug: a plain Error). */
export function requireDistinctNames(specs: readonly SheetSpec[]): void {
  const seen = new Set<string>();
  for (const { name } of specs) {
    if (!isValidSheetName(name)) throw new WorkbookError("INVALID_NAME", name, `Invalid sheet name: ${name}`);
    // Excel compares sheet names case-insensitively.
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`The same sheet twice: ${name}`);
    seen.add(key);
  }
}

/**
 * A temporary name per spec to build it under ("~ผด.02"; "~opplan1" when that is taken or
 * too long to stay valid): none an existing sheet has, none a spec will be renamed to.
 */
export function temporaryNames(specs: readonly SheetSpec[], existing: readonly string[]): string[] {
  const taken = new Set([...existing, ...specs.map((s) => s.name)].map((n) => n.toLowerCase()));
  return specs.map((spec) => {
    let temp = `~${spec.name}`.slice(0, 31);
    for (let n = 1; taken.has(temp.toLowerCase()) || !isValidSheetName(temp); n++) temp = `~opplan${n}`;
    taken.add(temp.toLowerCase());
    return temp;
  });
}

/**
 * A backup name per sheet being replaced, which it wears while the new sheet takes its name
 * ("~~ผด.02"; "~opplan-old1" when that is taken or too long): none an existing sheet has, none
 * a spec or a temporary name uses, compared as Excel compares them, case-insensitively.
 */
export function backupNames(replaced: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return replaced.map((name) => {
    let backup = `~~${name}`.slice(0, 31);
    for (let n = 1; used.has(backup.toLowerCase()) || !isValidSheetName(backup); n++) backup = `~opplan-old${n}`;
    used.add(backup.toLowerCase());
    return backup;
  });
}

/** Where each spec's sheet ends up: the index of the sheet of its name it replaces, or -1 for a new one. */
export function replacedIndexes(specs: readonly SheetSpec[], existing: readonly string[]): number[] {
  const lower = existing.map((n) => n.toLowerCase());
  return specs.map((s) => lower.indexOf(s.name.toLowerCase()));
}
