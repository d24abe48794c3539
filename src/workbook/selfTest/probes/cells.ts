/** Probes of cells: null objects, text that must stay text, and a cleared number format. */
import type { Probe } from "../types";

export const nullObjectChain: Probe = {
  id: "nullObjectChain",
  titleTh: "ชีตที่ไม่มีอยู่: getItemOrNullObject ต่อด้วยช่วงข้อมูลที่ใช้ ไม่เกิดข้อผิดพลาด",
  titleEn: "A missing sheet: getItemOrNullObject chained to its used range, no error",
  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
  // says an *OrNullObject call returns an object with isNullObject true instead of throwing.
  // That a null sheet's getUsedRangeOrNullObject is null too (the adapter reads missing sheets
  // in one sync on it) is not said in so many words: this probe is what shows it.
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(scratch.name("missing"));
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      const seen = { sheetIsNullObject: ws.isNullObject, usedRangeIsNullObject: used.isNullObject };
      return { status: seen.sheetIsNullObject && seen.usedRangeIsNullObject ? "pass" : "fail", seen };
    }),
};

/** Inputs Excel would otherwise take for a formula, a number, a date or an error. */
export const LOOKS_LIKE_FORMULA_OR_NUMBER = ["=1+1", "+66", "-", "@x", "1/2", "0012", "1e5"] as const;

export const textStaysText: Probe = {
  id: "textStaysText",
  titleTh: "ข้อความที่ดูเหมือนสูตรหรือตัวเลข ในเซลล์รูปแบบ \"@\" ยังเป็นข้อความ",
  titleEn: "Text that looks like a formula or a number stays text in a \"@\" cell",
  // Excel's Text number format "treats the content of a cell as text and displays the content
  // exactly as you type it, even when you type numbers":
  // https://support.microsoft.com/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2
  // The adapter sets the format before the values in the same request and relies on it.
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "text");
      const range = ws.getRangeByIndexes(0, 0, LOOKS_LIKE_FORMULA_OR_NUMBER.length, 1);
      range.numberFormat = LOOKS_LIKE_FORMULA_OR_NUMBER.map(() => ["@"]);
      range.values = LOOKS_LIKE_FORMULA_OR_NUMBER.map((s) => [s]);
      await context.sync();
      range.load("values");
      await context.sync();
      const read = range.values;
      const changed: Record<string, unknown> = {};
      LOOKS_LIKE_FORMULA_OR_NUMBER.forEach((input, i) => {
        const got = read[i][0];
        if (got !== input) changed[input] = got;
      });
      const ok = Object.keys(changed).length === 0;
      return { status: ok ? "pass" : "fail", seen: ok ? { keptAsText: [...LOOKS_LIKE_FORMULA_OR_NUMBER] } : { changed } };
    }),
};

export const emptyNumberFormat: Probe = {
  id: "emptyNumberFormat",
  titleTh: "กำหนด numberFormat เป็นค่าว่าง แล้วอ่านกลับได้ General",
  titleEn: "An empty numberFormat reads back as General",
  // "If you specify a blank value for the numberFormat property, the number format is reset to
  // General": https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  run: ({ run, scratch }) =>
    run(async (context) => {
      const ws = scratch.add(context, "format");
      const cell = ws.getRange("A1");
      cell.numberFormat = [["0.00"]];
      cell.values = [[1234.5]];
      await context.sync();
      cell.numberFormat = [[""]];
      await context.sync();
      cell.load("numberFormat");
      await context.sync();
      const readBack = cell.numberFormat[0][0];
      return { status: readBack === "General" ? "pass" : "fail", seen: { readBack } };
    }),
};
