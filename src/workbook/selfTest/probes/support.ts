/** Probe of the requirement sets the add-in needs. */
import type { Probe } from "../types";

const MINIMUM = "1.9";
/** Used where Excel has them: a cell's place for a picture (1.10), merged areas in one read (1.13), the event's source (1.14). */
const OPTIONAL = ["1.10", "1.13", "1.14"];

export const apiSupport: Probe = {
  id: "apiSupport",
  titleTh: "Excel รองรับชุด API ที่ OpPlan ต้องใช้ (ExcelApi 1.9 ขึ้นไป)",
  titleEn: "Excel supports the API sets OpPlan needs (ExcelApi 1.9 or later)",
  // isSetSupported: https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
  // Pass: ExcelApi 1.9 is supported; the optional sets are recorded.
  run: async ({ supports }) => {
    const optional = Object.fromEntries(OPTIONAL.map((v) => [`ExcelApi ${v}`, supports(v)]));
    return { status: supports(MINIMUM) ? "pass" : "fail", seen: { [`ExcelApi ${MINIMUM}`]: supports(MINIMUM), ...optional } };
  },
};
