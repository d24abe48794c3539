/** Probe of what a request that fails half-way leaves applied. */
import { codeOfFailure, type Probe } from "../types";

export const failedBatchLeftovers: Probe = {
  id: "failedBatchLeftovers",
  titleTh: "คำขอที่ล้มเหลวที่คำสั่งที่ 3: สองคำสั่งแรกยังมีผลอยู่หรือไม่",
  titleEn: "A request failing at its third action: are the first two applied?",
  // Not documented (unverified): the adapter's swap order is built to be safe either way, and
  // assumes Office applies a request's actions in order and stops at the failing one. Recorded.
  run: async ({ run, scratch }) => {
    const sheet = await run(async (context) => {
      const ws = scratch.add(context, "batch");
      ws.load("name");
      await context.sync();
      return ws.name;
    });
    const error = await codeOfFailure(() =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1").values = [["หนึ่ง"]];
        ws.getRange("A2").values = [["สอง"]];
        context.workbook.worksheets.getItem(scratch.name("missing")).getRange("A3").values = [["สาม"]];
        await context.sync();
      }),
    );
    return run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A1:A2");
      range.load("values");
      await context.sync();
      return {
        status: "observed",
        seen: { error: error || "none", firstApplied: range.values[0][0] === "หนึ่ง", secondApplied: range.values[1][0] === "สอง" },
      };
    });
  },
};
