/**
 * The Office.js adapter: the only code besides the fake that touches Excel objects. The port's
 * operations are here; what they share is in files of their own (officeBudget, officeBuild,
 * officeCells, officeImages, officeLayout, officeRead, officeErrors).
 * Enums are written as string literals because the global `Excel` object exists only inside Office.
 */
import { normalizeRangeAddress } from "../core/address";
import { cellRuns } from "./cellWrites";
import { inShrinkingRequests } from "./officeBudget";
import type { SheetSpec } from "../core/sheetSpec";
import { buildSheets } from "./officeBuild";
import { addImages } from "./officeImages";
import { writeCells } from "./officeCells";
import { type ErrorMap, hostCall } from "./officeErrors";
import { readSheets } from "./officeRead";
import { requireImage, requirePageNumber } from "./printChecks";
import { WorkbookError, type WorkbookPort, isValidSheetName, throwIfCancelled } from "./port";
import { requireDistinctNames } from "./sheetNames";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be used; by default Office is asked. */
  readonly mergedAreasSupported?: () => boolean;
  /** Whether Range.left/top (ExcelApi 1.10) may place a picture; by default Office is asked. */
  readonly cellPlacesSupported?: () => boolean;
}

export function createOfficeWorkbook(run: ExcelRun = (batch) => Excel.run(batch), options: OfficeWorkbookOptions = {}): WorkbookPort {
  const mergedAreasSupported = options.mergedAreasSupported ?? officeSupportsMergedAreas;
  const cellPlacesSupported = options.cellPlacesSupported ?? (() => officeSupports("1.10"));
  return {
    listSheets: () =>
      hostCall(run, "", {}, async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      }),

    readSheet: async (name, readOptions = {}) => {
      throwIfCancelled(readOptions.signal);
      return (await hostCall(run, name, {}, (ctx) => readSheets(ctx, [name], readOptions, mergedAreasSupported())))[0];
    },

    readSheets: async (names, readOptions = {}, onProgress) => {
      throwIfCancelled(readOptions.signal);
      return hostCall(run, names[0] ?? "", {}, (ctx) => readSheets(ctx, names, readOptions, mergedAreasSupported(), onProgress));
    },

    writeSheet: async (spec, writeOptions = {}, onProgress) => {
      requireValidName(spec.name);
      requireWritable([spec]);
      await buildSheets(run, [spec], onProgress, (existing) => {
        // Excel compares sheet names case-insensitively.
        if (existing.some((n) => n.toLowerCase() === spec.name.toLowerCase()) && !writeOptions.replace) {
          throw new WorkbookError("SHEET_EXISTS", spec.name, `Sheet exists: ${spec.name}`);
        }
        return { position: writeOptions.position, activate: writeOptions.activate };
      });
      await addImages(run, [spec], cellPlacesSupported(), writeOptions.onSkipped);
    },

    replaceSheets: async (specs, onProgress, replaceOptions = {}) => {
      requireDistinctNames(specs);
      requireWritable(specs);
      throwIfCancelled(replaceOptions.signal);
      if (specs.length === 0) return;
      await buildSheets(run, specs, onProgress, () => ({ together: replaceOptions.together }), replaceOptions.signal);
      await addImages(run, specs, cellPlacesSupported(), replaceOptions.onSkipped);
    },

    writeCells: async (sheet, cells) => {
      const runs = cellRuns(cells);
      await inShrinkingRequests(sheet, false, (limit) =>
        hostCall(run, sheet, { ItemNotFound: ["SHEET_MISSING", sheet] }, (ctx) => writeCells(ctx, sheet, runs, limit)),
      );
    },

    addSheet: async (name) => {
      requireValidName(name);
      const codes: ErrorMap = { ItemAlreadyExists: ["SHEET_EXISTS", name] };
      await hostCall(run, name, codes, async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }, { name });
    },

    renameSheet: async (from, to) => {
      requireValidName(to);
      const codes: ErrorMap = { ItemNotFound: ["SHEET_MISSING", from], ItemAlreadyExists: ["SHEET_EXISTS", to] };
      // A sheet renamed to its own name in another case clashes with nothing.
      await hostCall(run, from, codes, async (ctx) => {
        ctx.workbook.worksheets.getItem(from).name = to;
        await ctx.sync();
      }, { name: to, except: from });
    },

    deleteSheet: async (name) => {
      await hostCall(run, name, { ItemNotFound: ["SHEET_MISSING", name] }, async (ctx) => {
        ctx.workbook.worksheets.getItem(name).delete();
        await ctx.sync();
      });
    },

    selectCell: async (sheet, address) => {
      const local = normalizeRangeAddress(address);
      // One round trip: a missing sheet fails the sync with ItemNotFound.
      await hostCall(run, sheet, { ItemNotFound: ["SHEET_MISSING", sheet] }, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(local).select();
        await ctx.sync();
      });
    },
  };
}

export function officeSupportsMergedAreas(): boolean {
  return officeSupports("1.13");
}

/** Whether the Excel running the add-in says it has ExcelApi `version`; false outside Office. */
export function officeSupports(version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
}

/**
 * Refuses, before anything is written, what no host would take: a first page number under 1 or
 * a picture without a size or a place (printChecks). Everything the book writes is in ExcelApi
 * 1.9, the manifest's minimum, so no host that loads the add-in lacks it.
 */
function requireWritable(specs: readonly SheetSpec[]): void {
  for (const spec of specs) {
    if (spec.print?.firstPageNumber !== undefined) requirePageNumber(spec.print.firstPageNumber);
    for (const image of spec.images ?? []) requireImage(image);
  }
}

export function requireValidName(name: string): void {
  if (!isValidSheetName(name)) throw new WorkbookError("INVALID_NAME", name, `Invalid sheet name: ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Errors
