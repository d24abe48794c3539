/**
 * Pictures over written sheets (the emblem on the ปก and the ประกาศ), each added in a request of
 * its own once the sheets are written. Excel on the web refuses some valid pictures
 * (InvalidArgument: https://github.com/OfficeDev/office-js/issues/5025); a refused picture must
 * not cost the user the book, so the sheets are complete first and a refusal is reported
 * (onSkipped), not thrown.
 */
import { charsToPoints, heightsOf } from "../core/printScale";
import type { SheetImage, SheetSpec } from "../core/sheetSpec";
import { officeErrorCode } from "./officeErrors";
import type { ExcelRun } from "./officeWorkbook";
import type { SkippedFeature } from "./port";

/** Excel's standard column width in characters, for columns a spec leaves alone. */
const STANDARD_COLUMN_CHARS = 8.43;

/**
 * Adds every spec's pictures to its sheet (by the spec's name). A cell's place comes from Excel
 * where it tells it (Range.left/top, ExcelApi 1.10: the sheet's real row heights, fitted ones
 * included), else from the spec's own widths and heights, which are what the adapter wrote on
 * the rows above a picture unless Excel fitted them.
 */
export async function addImages(
  run: ExcelRun,
  specs: readonly SheetSpec[],
  cellPlacesSupported: boolean,
  onSkipped: ((s: SkippedFeature) => void) | undefined,
): Promise<void> {
  for (const spec of specs) {
    for (const image of spec.images ?? []) {
      try {
        await run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(spec.name);
          let at = placeFromSpec(spec, image);
          if (cellPlacesSupported) {
            const cell = ws.getCell(image.row, image.col).load("left,top");
            await ctx.sync();
            at = { left: cell.left + (image.offsetX ?? 0), top: cell.top + (image.offsetY ?? 0) };
          }
          const shape = ws.shapes.addImage(image.base64);
          // Unlocked while sized: a locked picture would carry its other side along (unverified:
          // the self-test's pictures probe records what it does), then locked for the user.
          shape.lockAspectRatio = false;
          shape.left = at.left;
          shape.top = at.top;
          shape.width = image.width;
          shape.height = image.height;
          shape.lockAspectRatio = true;
          await ctx.sync();
        });
      } catch (e) {
        const code = officeErrorCode(e);
        // Our own bugs are no refusal of Excel's.
        if (code === undefined) throw e;
        onSkipped?.({ sheet: spec.name, feature: "image", code });
      }
    }
  }
}

/** The picture's top-left corner in points from the sheet's, by the spec's column widths and row heights. */
export function placeFromSpec(spec: SheetSpec, image: SheetImage): { left: number; top: number } {
  const hidden = new Set(spec.hiddenColumns ?? []);
  let left = image.offsetX ?? 0;
  for (let c = 0; c < image.col; c++) if (!hidden.has(c)) left += charsToPoints(spec.columnWidths?.[c] ?? STANDARD_COLUMN_CHARS);
  const height = heightsOf(spec);
  let top = image.offsetY ?? 0;
  for (let r = 0; r < image.row; r++) top += height(r);
  return { left, top };
}
