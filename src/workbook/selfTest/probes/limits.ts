/**
 * Probes of what Excel does where no page says: typed text in a General cell, a new sheet's
 * page setup, and the requests the Excel model refuses (a list source on a missing sheet, a
 * too-long prompt title, a zoom with both a scale and fit-to-pages, activating a hidden sheet).
 * Each only records what it saw ("observed"): the model's register (tests/excelModel/register.ts)
 * marks these rules unverified, and these results are what settles them.
 */
import { errorCodeOf, type Probe, type ProbeContext } from "../types";

/** Inputs Excel's parser may turn into a formula, a number, a percentage, a boolean or a date. */
export const TYPED_INPUTS = ["=1+1", "+66", "1,234", "50%", "TRUE", "0012", "2027-01-31"] as const;

export const typedInput: Probe = {
  id: "typedInput",
  titleTh: "ข้อความที่เขียนลงเซลล์รูปแบบทั่วไป (General): Excel แปลงเป็นสูตร ตัวเลข หรือวันที่อย่างไร",
  titleEn: "Text written to General cells: what Excel turns it into (formula, number, date)",
  // Not documented for Range.values: recorded, so the model's rules string-becomes-formula and
  // string-parsed-typed can be checked against it. OpPlan itself writes user text under "@".
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "typed");
      const range = ws.getRangeByIndexes(0, 0, TYPED_INPUTS.length, 1);
      range.values = TYPED_INPUTS.map((s) => [s]);
      await context.sync();
      range.load("values,formulas,numberFormat");
      await context.sync();
      const seen: Record<string, unknown> = {};
      TYPED_INPUTS.forEach((input, i) => {
        seen[input] = { value: range.values[i][0], formula: range.formulas[i][0], numberFormat: range.numberFormat[i][0] };
      });
      return { status: "observed", seen };
    }),
};

export const pageDefaults: Probe = {
  id: "pageDefaults",
  titleTh: "ค่าตั้งต้นของหน้ากระดาษในชีตใหม่ (แนว กระดาษ ขอบ มาตราส่วน)",
  titleEn: "A new sheet's page setup defaults (orientation, paper, margins, zoom)",
  // The defaults follow the user's locale and printer: recorded for the model's page-defaults rule.
  run: ({ run, scratch }) =>
    run(async (context) => {
      const layout = scratch.add(context, "defaults").pageLayout;
      layout.load("orientation,paperSize,leftMargin,rightMargin,topMargin,bottomMargin,zoom");
      await context.sync();
      return {
        status: "observed",
        seen: {
          orientation: layout.orientation,
          paperSize: layout.paperSize,
          margins: [layout.leftMargin, layout.rightMargin, layout.topMargin, layout.bottomMargin],
          zoom: layout.zoom,
        },
      };
    }),
};

/** The error code a batch fails with (errorCodeOf), or "accepted" when it goes through. */
async function outcome(ctx: ProbeContext, batch: (context: Excel.RequestContext) => Promise<void>): Promise<string> {
  try {
    await ctx.run(async (context) => {
      await batch(context);
      await context.sync();
    });
    return "accepted";
  } catch (e) {
    return errorCodeOf(e);
  }
}

export const refusedRequests: Probe = {
  id: "refusedRequests",
  titleTh: "คำขอที่แบบจำลองของ OpPlan ปฏิเสธ: Excel ปฏิเสธด้วยหรือไม่ และด้วยรหัสใด",
  titleEn: "Requests OpPlan's Excel model refuses: does Excel refuse them too, with which code",
  // None of these is documented: each outcome is recorded for its rule in the model's register
  // (list-source-sheet-exists, validation-text-limits, zoom-scale-or-fit, hidden-sheet-activate).
  run: async (ctx) => {
    const { scratch } = ctx;
    const sheet = scratch.name("limits");
    const hidden = scratch.name("hidden");
    await ctx.run(async (context) => {
      context.workbook.worksheets.add(sheet);
      const h = context.workbook.worksheets.add(hidden);
      h.visibility = "Hidden";
      await context.sync();
    });
    const at = (context: Excel.RequestContext, address: string) => context.workbook.worksheets.getItem(sheet).getRange(address);
    const seen = {
      listSourceOnMissingSheet: await outcome(ctx, async (context) => {
        at(context, "A1:A3").dataValidation.rule = { list: { inCellDropDown: true, source: `='${scratch.name("missing")}'!$A$1:$A$3` } };
      }),
      promptTitle33: await outcome(ctx, async (context) => {
        const dv = at(context, "B1:B3").dataValidation;
        dv.rule = { list: { inCellDropDown: true, source: "ก,ข" } };
        dv.prompt = { showPrompt: true, title: "ก".repeat(33), message: "ทดสอบ" };
      }),
      zoomScaleAndFit: await outcome(ctx, async (context) => {
        context.workbook.worksheets.getItem(sheet).pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 };
      }),
      activateHidden: await outcome(ctx, async (context) => {
        context.workbook.worksheets.getItem(hidden).activate();
      }),
    };
    // The hidden scratch sheet goes with the others; it must be visible to be deleted last.
    await ctx.run(async (context) => {
      context.workbook.worksheets.getItem(hidden).visibility = "Visible";
      await context.sync();
    });
    return { status: "observed", seen };
  },
};
