/** Probe of the events the adapter watches: which fire for a value, a fill and a number format, and how late. */
import type { Probe } from "../types";

type EventName = "onChanged" | "onFormatChanged";

interface Heard {
  readonly event: EventName;
  readonly at: number;
  readonly triggerSource?: string;
}

/** How long to wait for an event before deciding it does not come. */
const WAIT_MS = 2_000;
/** After the expected event, how long to listen for the other kind. */
const LINGER_MS = 300;
const POLL_MS = 25;

export const eventsFired: Probe = {
  id: "eventsFired",
  titleTh: "เหตุการณ์ที่เกิดเมื่อเขียนค่า ใส่สีพื้น และเปลี่ยนรูปแบบตัวเลข และเกิดช้าเท่าใด",
  titleEn: "Events raised by a value write, a fill and a number format, and how late",
  // WorksheetCollection.onChanged "occurs when any worksheet in the workbook is changed" (data,
  // ExcelApi 1.9) and onFormatChanged "when the format is changed on a worksheet":
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events; triggerSource
  // (ExcelApi 1.14) "identifies whether this local add-in triggers the event":
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
  // Pass: onChanged for the value, onFormatChanged for the fill and the number format, and with
  // ExcelApi 1.14 triggerSource ThisLocalAddin on the value's onChanged. Whether a format
  // change raises onChanged as well, and the delays, are recorded.
  run: ({ run, scratch, supports, now, sleep }) =>
    run(async (context) => {
      const ws = scratch.add(context, "events");
      ws.load("id");
      await context.sync();
      const heard: Heard[] = [];
      const sheets = context.workbook.worksheets;
      const listen = (event: EventName) => (args: { worksheetId: string; triggerSource?: string }) => {
        if (args.worksheetId === ws.id) heard.push({ event, at: now(), triggerSource: args.triggerSource });
        return Promise.resolve();
      };
      const handlers = [sheets.onChanged.add(listen("onChanged")), sheets.onFormatChanged.add(listen("onFormatChanged"))];
      await context.sync();

      const act = async (change: () => void, expected: EventName) => {
        heard.length = 0;
        change();
        const start = now();
        await context.sync();
        const synced = now();
        while (now() - synced < WAIT_MS && !heard.some((h) => h.event === expected)) await sleep(POLL_MS);
        await sleep(LINGER_MS);
        const first = (event: EventName) => heard.find((h) => h.event === event);
        const delay = (event: EventName) => {
          const h = first(event);
          return h ? h.at - start : null;
        };
        return {
          onChangedMs: delay("onChanged"),
          onFormatChangedMs: delay("onFormatChanged"),
          triggerSource: first("onChanged")?.triggerSource ?? first("onFormatChanged")?.triggerSource ?? null,
        };
      };
      try {
        const value = await act(() => (ws.getRange("B2").values = [["ค่า"]]), "onChanged");
        const fill = await act(() => (ws.getRange("C3").format.fill.color = "#A9D08E"), "onFormatChanged");
        const numberFormat = await act(() => (ws.getRange("D4").numberFormat = [["0.00"]]), "onFormatChanged");
        const withSource = supports("1.14");
        const ok =
          value.onChangedMs !== null &&
          fill.onFormatChangedMs !== null &&
          numberFormat.onFormatChangedMs !== null &&
          (!withSource || value.triggerSource === "ThisLocalAddin");
        return { status: ok ? "pass" : "fail", seen: { value, fill, numberFormat, triggerSourceApi: withSource } };
      } finally {
        for (const h of handlers) h.remove();
        await context.sync();
      }
    }),
};
