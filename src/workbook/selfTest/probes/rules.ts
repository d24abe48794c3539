/** Probe of Excel's rules on cells: a conditional format and a list validation, read back. */
import type { Probe } from "../types";

const LIST_SOURCE = "ยุทธศาสตร์ที่ 1,ยุทธศาสตร์ที่ 2,ยุทธศาสตร์ที่ 3";

export const rulesReadBack: Probe = {
  id: "rulesReadBack",
  titleTh: "การจัดรูปแบบตามเงื่อนไข (สูตร + สีพื้น) และรายการให้เลือก (validation) อ่านกลับได้",
  titleEn: "A conditional format (formula + fill) and a list validation read back",
  // Custom conditional formats: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
  // List data validation: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
  // Pass: the rule's formula, its fill, the validation's type and list source read back as set.
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "rules");
      const shaded = ws.getRange("B2:B5");
      const cf = shaded.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=LEN(B2)>0";
      cf.custom.format.fill.color = "#FFF2CC";
      const dv = ws.getRange("C2:C5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: LIST_SOURCE } };
      await context.sync();
      cf.custom.rule.load("formula");
      cf.custom.format.fill.load("color");
      dv.load("type,rule");
      await context.sync();
      const seen = {
        formula: cf.custom.rule.formula,
        fill: cf.custom.format.fill.color,
        validationType: dv.type,
        listSource: dv.rule.list?.source ?? null,
      };
      const ok =
        seen.formula.replace(/\s/g, "").toUpperCase() === "=LEN(B2)>0" &&
        String(seen.fill).toUpperCase() === "#FFF2CC" &&
        seen.validationType === "List" &&
        seen.listSource === LIST_SOURCE;
      return { status: ok ? "pass" : "fail", seen };
    }),
};
