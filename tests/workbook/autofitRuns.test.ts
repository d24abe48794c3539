import { resolve } from "node:path";
import { BUNDLED_SAMPLE } from "../../src/cli/run";
import { markAnnouncement, prepareAnnouncement } from "../../src/commands/announcePlan";
import { readPlanWorkbook } from "../../src/commands/checkWorkbook";
import { buildAnnouncement } from "../../src/reports/announcement";
import { rect } from "../../src/core/rect";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { autofitRuns, rowsWithMerges } from "../../src/workbook/autofitRuns";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { createOfficeHarness } from "./officeHarness";

/** Excel's AutoFit does not serve rows with merged cells: those keep the spec's heights. */

const spec = (merges: SheetSpec["merges"], autofitRows?: SheetSpec["autofitRows"]): SheetSpec => ({ name: "ก", cells: [], merges, autofitRows });

describe("autofit runs: the span's rows without merged cells", () => {
  it("is the whole span when nothing is merged", () => {
    expect(autofitRuns(spec([], { from: 4, to: 9 }))).toEqual([{ from: 4, to: 9 }]);
  });

  it("splits around merged rows, a merge over several rows taking them all out", () => {
    const merges = [rect(4, 0, 1, 18), rect(8, 2, 2, 1), rect(12, 0, 1, 3), rect(0, 0, 1, 18)];
    expect(autofitRuns(spec(merges, { from: 4, to: 14 }))).toEqual([
      { from: 5, to: 7 },
      { from: 10, to: 11 },
      { from: 13, to: 14 },
    ]);
    expect([...rowsWithMerges(spec(merges))].sort((a, b) => a - b)).toEqual([0, 4, 8, 9, 12]);
  });

  it("is empty without a span, with an empty span, or when every row of it is merged", () => {
    expect(autofitRuns(spec([]))).toEqual([]);
    expect(autofitRuns(spec([], { from: 5, to: 4 }))).toEqual([]);
    expect(autofitRuns(spec([rect(1, 0, 3, 4)], { from: 1, to: 3 }))).toEqual([]);
  });
});

describe("Office adapter: the ประกาศ keeps its paragraph heights", () => {
  it("writes the spec's estimate on every merged paragraph of the autofit span and asks Excel to fit none of them", async () => {
    const input = await ExcelJsWorkbook.fromFile(resolve(__dirname, "../..", BUNDLED_SAMPLE));
    const { input: ann } = prepareAnnouncement(await readPlanWorkbook(input), "2026-10-20");
    const announcement = markAnnouncement(buildAnnouncement(ann));
    const fit = announcement.autofitRows!;
    const estimates = new Map(announcement.rowHeights!.map((r) => [r.row, r.height]));
    const h = createOfficeHarness();
    await h.port.writeSheet(announcement);
    const s = h.excel.workbook.find(announcement.name)!;
    const paragraphs = Array.from({ length: fit.to - fit.from + 1 }, (_, i) => fit.from + i);
    // the body paragraphs are the tall ones: several lines of 16-point Thai each
    expect(Math.max(...paragraphs.map((r) => estimates.get(r)!))).toBeGreaterThanOrEqual(100);
    for (const r of paragraphs) expect([r, s.rowHeights.get(r)]).toEqual([r, estimates.get(r)]);
    expect(s.autofitSpans).toEqual([]);
  });
});
