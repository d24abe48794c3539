/**
 * What the browser tests' page holds besides the pane: the fake Office host's handle
 * (window.__opplan, set by fakeOfficeHost.ts) and the optional workbook seed a test sets
 * before the page loads (window.__opplanSeed, read by fakeOfficeHost.ts).
 */
import type { FakeExcel, SeedValue } from "../excelModel";

export type RibbonHandler = (event: { completed(): void }) => Promise<void>;

export interface OpPlanSeed {
  sheets: {
    name: string;
    /** From A1: row by row, null for an empty cell. */
    rows: SeedValue[][];
    /** #RRGGBB or null, same shape as rows. */
    fills?: (string | null)[][];
    numberFormats?: string[][];
  }[];
}

declare global {
  interface Window {
    __opplan: {
      fake: FakeExcel;
      handlers: Record<string, RibbonHandler>;
      /** Office.context.document.settings as the fake host keeps them; saved() is what the document holds. */
      documentSettings: { get(name: string): unknown; saved(): Record<string, unknown> };
    };
    __opplanSeed?: OpPlanSeed;
  }
}
