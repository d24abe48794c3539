import type { RawValue } from "./cellValue";
import type { Rect } from "./rect";

/** One sheet as read: its used range's values and number formats, and what else was asked for. */
export interface SheetData {
  readonly name: string;
  /** Zero-based position of values[0][0] in the sheet (the used range's top-left). */
  readonly originRow: number;
  readonly originCol: number;
  readonly values: RawValue[][];
  readonly numberFormats: string[][];
  /** Fill colour per cell (#RRGGBB) or null; present only when asked for. */
  readonly fills?: (string | null)[][];
  /** Merged areas in sheet coordinates, when the host can tell. */
  readonly merges?: Rect[];
  /**
   * Whether the user can see the sheet's tab: "hidden" (Unhide brings it back) or "veryHidden"
   * (only code can). The adapters always tell; absent (data made by hand) means visible.
   */
  readonly visibility?: "visible" | "hidden" | "veryHidden";
  /**
   * Rows the user hid (or a filter hides), zero-based sheet rows inside the values' rectangle,
   * ascending; present only when asked for (ReadOptions.hidden).
   */
  readonly hiddenRows?: readonly number[];
  /** Hidden columns inside the values' rectangle, zero-based, ascending; present only when asked for. */
  readonly hiddenColumns?: readonly number[];
}

/**
 * The same sheets, object by object: a port that answers an unchanged sheet with the same object
 * (the CLI's) or a plan file chosen once (the pane's) lets a reading of them be used again.
 */
export const sameSheets = (a: readonly SheetData[] | undefined, b: readonly SheetData[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((s, i) => s === b[i]));
