import type { SheetSpec } from "../core/sheetSpec";
import type { WorkbookPort } from "../workbook/port";

/** Sheets named in the specs' dropdown sources, e.g. 'รายการเลือก'!$A$2:$A$13. */
function referencedSheets(specs: readonly SheetSpec[]): Set<string> {
  const names = new Set<string>();
  for (const s of specs)
    for (const v of s.validations ?? []) {
      const m = /^=?\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(v.source ?? "");
      if (m) names.add(m[1]?.replace(/''/g, "'") ?? m[2]);
    }
  return names;
}

/**
 * Appends sheets after the workbook's existing ones, in the given order. Excel refuses a
 * dropdown whose source sheet does not exist yet, so sheets other specs refer to are written
 * first and the rest are placed before them.
 */
export async function appendSheets(
  port: WorkbookPort,
  specs: readonly SheetSpec[],
  existingCount: number,
  options: { activate?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const sources = referencedSheets(specs);
  const first = specs.filter((s) => sources.has(s.name));
  const rest = specs.filter((s) => !sources.has(s.name));
  let done = 0;
  for (const spec of first) {
    await port.writeSheet(spec, { activate: spec.name === options.activate });
    options.onProgress?.(++done, specs.length);
  }
  // The referenced sheets end up after the others, keeping the specs' own order among the rest.
  let position = existingCount;
  for (const spec of rest) {
    await port.writeSheet(spec, { activate: spec.name === options.activate, position: position++ });
    options.onProgress?.(++done, specs.length);
  }
}
