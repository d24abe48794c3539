/**
 * Scratch sheets: every sheet a self-test run adds or renames to carries the run's own prefix
 * (OpPlanTest_<tag>_), so that removing them can never touch a sheet of the user's, and they are
 * all removed after each probe, whether it passed, failed or threw.
 */
import type { ExcelRun, Scratch } from "./types";

export const SCRATCH_PREFIX = "OpPlanTest_";

export interface ScratchSheets extends Scratch {
  readonly prefix: string;
  /**
   * Deletes every sheet whose name starts with this run's prefix (any case: a probe may rename
   * to another case). Resolves with the names deleted.
   */
  removeAll(run: ExcelRun): Promise<string[]>;
}

/** `tag` tells runs apart (default: the time in base 36), so an earlier run's leftovers are not this one's. */
export function createScratch(tag: string = Date.now().toString(36).slice(-6)): ScratchSheets {
  const prefix = `${SCRATCH_PREFIX}${tag}_`;
  let serial = 0;
  const name = (label: string): string => {
    serial += 1;
    // Excel allows 31 characters; the label only helps a person reading the sheet tabs.
    const room = 31 - prefix.length - String(serial).length - 1;
    const safe = label.replace(/[^A-Za-z0-9]/g, "").slice(0, Math.max(0, room));
    return `${prefix}${serial}${safe ? `_${safe}` : ""}`;
  };
  return {
    prefix,
    name,
    add: (context, label) => context.workbook.worksheets.add(name(label)),
    async removeAll(run) {
      return run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const key = prefix.toLowerCase();
        const mine = sheets.items.filter((s) => s.name.toLowerCase().startsWith(key));
        for (const s of mine) s.delete();
        await context.sync();
        return mine.map((s) => s.name);
      });
    },
  };
}
