/** Probe of data bars (the report's bars in the cells): what a new bar reads, and a set bar read back. */
import type { Probe } from "../types";

export const dataBarReadBack: Probe = {
  id: "dataBarReadBack",
  titleTh: "แถบข้อมูลในเซลล์ (data bar) ตั้งค่าต่ำสุด/สูงสุดเป็นตัวเลข สีทึบ แล้วอ่านกลับได้",
  titleEn: "A data bar with Number bounds and a solid colour reads back as set",
  // DataBarConditionalFormat (ExcelApi 1.6): https://learn.microsoft.com/javascript/api/excel/excel.databarconditionalformat
  // Pass: the bar's type, Number bounds 0 and 100, colour and solid fill read back as set. The
  // values of an untouched bar are recorded for the model (register: data-bar-new-defaults).
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "bars");
      ws.getRange("B2:B5").values = [[0], [25], [50], [100]];
      const fresh = ws.getRange("C2:C5").conditionalFormats.add("DataBar");
      const set = ws.getRange("B2:B5").conditionalFormats.add("DataBar");
      const bar = set.dataBar;
      bar.lowerBoundRule = { type: "Number", formula: "0" };
      bar.upperBoundRule = { type: "Number", formula: "100" };
      bar.positiveFormat.fillColor = "#4472C4";
      bar.positiveFormat.gradientFill = false;
      await context.sync();
      fresh.load("type");
      fresh.dataBar.load("lowerBoundRule,upperBoundRule");
      fresh.dataBar.positiveFormat.load("fillColor,gradientFill");
      set.load("type");
      bar.load("lowerBoundRule,upperBoundRule");
      bar.positiveFormat.load("fillColor,gradientFill");
      await context.sync();
      const seen = {
        type: set.type,
        lower: bar.lowerBoundRule,
        upper: bar.upperBoundRule,
        fillColor: bar.positiveFormat.fillColor,
        gradientFill: bar.positiveFormat.gradientFill,
        newBar: {
          type: fresh.type,
          lower: fresh.dataBar.lowerBoundRule,
          upper: fresh.dataBar.upperBoundRule,
          fillColor: fresh.dataBar.positiveFormat.fillColor,
          gradientFill: fresh.dataBar.positiveFormat.gradientFill,
        },
      };
      // A formula may come back as "=0" or "0": the number is what counts.
      const isNumber = (r: Excel.ConditionalDataBarRule, n: number) => r.type === "Number" && Number(String(r.formula ?? "").replace(/^=/, "")) === n;
      const ok =
        seen.type === "DataBar" &&
        isNumber(seen.lower, 0) &&
        isNumber(seen.upper, 100) &&
        String(seen.fillColor).toUpperCase() === "#4472C4" &&
        seen.gradientFill === false;
      return { status: ok ? "pass" : "fail", seen };
    }),
};
