/** Probe of the request size ceiling with Thai text. */
import { errorCodeOf, type Probe } from "../types";

/** One cell's Thai text, 1,000 characters (3,000 bytes in UTF-8). */
const CELL_TEXT = "แผนการดำเนินงานประจำปีงบประมาณ ".repeat(40).slice(0, 1_000);
const CELL_BYTES = new TextEncoder().encode(JSON.stringify(CELL_TEXT)).length + 3;
const FIRST_BYTES = 1_000_000;
const CAP_BYTES = 16_000_000;
/** Doublings up to the cap, then halvings of the gap: at most this many writes in all. */
export const MAX_SIZE_TRIES = 9;

export const requestSizeThai: Probe = {
  id: "requestSizeThai",
  titleTh: "คำขอที่ใหญ่ที่สุดที่ Excel รับได้ในครั้งเดียว เมื่อเป็นข้อความภาษาไทย",
  titleEn: "The largest request Excel takes at once, of Thai text",
  // Excel on the web "limits requests and responses to 5 MB" and a larger one fails with
  // RequestPayloadSizeLimitExceeded:
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
  // Other platforms' ceilings are not documented. Pass: the first refusal has that code; fail: it
  // has another (the adapter also retries GeneralException); observed: nothing up to 16 MB was refused.
  run: async ({ run, scratch }) => {
    const sheet = await run(async (context) => {
      const ws = scratch.add(context, "size");
      ws.load("name");
      await context.sync();
      return ws.name;
    });
    const tryBytes = async (bytes: number): Promise<string> => {
      const rows = Math.max(1, Math.floor(bytes / CELL_BYTES));
      try {
        await run(async (context) => {
          const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(0, 0, rows, 1);
          range.values = Array.from({ length: rows }, () => [CELL_TEXT]);
          await context.sync();
        });
        return "";
      } catch (err) {
        return errorCodeOf(err);
      }
    };
    let accepted = 0;
    let refused: { bytes: number; code: string } | undefined;
    let tries = 0;
    for (let bytes = FIRST_BYTES; bytes <= CAP_BYTES && tries < MAX_SIZE_TRIES; bytes *= 2) {
      tries++;
      const code = await tryBytes(bytes);
      if (code) {
        refused = { bytes, code };
        break;
      }
      accepted = bytes;
    }
    while (refused && tries < MAX_SIZE_TRIES && refused.bytes - accepted > 64_000) {
      tries++;
      const mid = Math.round((accepted + refused.bytes) / 2);
      const code = await tryBytes(mid);
      if (code) refused = { bytes: mid, code };
      else accepted = mid;
    }
    const seen = { acceptedBytes: accepted, refusedBytes: refused?.bytes ?? null, refusedCode: refused?.code ?? null, tries };
    if (!refused) return { status: "observed", seen };
    return { status: refused.code === "RequestPayloadSizeLimitExceeded" ? "pass" : "fail", seen };
  },
};
