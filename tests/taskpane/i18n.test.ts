import { HostError } from "../../src/host/errors";
import { STRINGS, t, type StringId } from "../../src/taskpane/i18n";
import { errorCode, errorMessage } from "../../src/host/errorMessage";
import { languageOf } from "../../src/host/language";
import { WorkbookError } from "../../src/workbook/port";

describe("i18n", () => {
  it("picks Thai for th-TH and when Office gives no language, English otherwise", () => {
    expect(languageOf("th-TH")).toBe("th");
    expect(languageOf("TH")).toBe("th");
    expect(languageOf(undefined)).toBe("th");
    expect(languageOf("")).toBe("th");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("ja-JP")).toBe("en");
  });

  it("has every string in both languages, with the same placeholders, Thai in Thai", () => {
    const ids = Object.keys(STRINGS.th) as StringId[];
    expect(Object.keys(STRINGS.en).sort()).toEqual([...ids].sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const id of ids) {
      expect({ id, en: holes(STRINGS.en[id]) }).toEqual({ id, en: holes(STRINGS.th[id]) });
      expect({ id, thai: /[\u0E00-\u0E7F]/.test(STRINGS.th[id]) }).toEqual({ id, thai: true });
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("stepLabel", "th", { n: 1 })).toBe("ขั้นที่ 1");
    expect(t("stepLabel", "en")).toBe("Step {n}");
  });

  it("turns every kind of error into a message and a stable code", () => {
    const cases: [unknown, string, RegExp][] = [
      [new HostError("NOT_IN_EXCEL"), "NOT_IN_EXCEL", /ไม่พบ Excel/],
      [new HostError("OLD_EXCEL"), "OLD_EXCEL", /Excel รุ่นนี้เก่าเกินไป/],
      [new WorkbookError("SHEET_MISSING", "ตั้งค่า", "m"), "SHEET_MISSING", /ไม่พบชีต “ตั้งค่า”/],
      [new WorkbookError("HOST_ERROR", "x", "write failed"), "HOST_ERROR", /Excel ทำงานไม่สำเร็จ \(write failed\)/],
      [
        Object.assign(new WorkbookError("HOST_ERROR", "x", "InvalidOperationInCellEditMode: busy"), {
          cause: Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }),
        }),
        "HOST_ERROR",
        /Excel กำลังแก้ไขเซลล์อยู่/,
      ],
      [Object.assign(new Error("p"), { code: "AccessDenied" }), "AccessDenied", /ถูกป้องกันไว้/],
      [Object.assign(new Error("big"), { code: "RequestPayloadSizeLimitExceeded" }), "RequestPayloadSizeLimitExceeded", /มากเกินกว่า/],
      [new WorkbookError("TOO_LARGE", "ผด.02", "Excel ไม่รับ"), "TOO_LARGE", /แผ่นงาน ผด\.02 เพราะมากเกินไป แม้ OpPlan แบ่งส่งเป็นชุดเล็กลงแล้ว/],
      [Object.assign(new Error("cells"), { code: "OperationCellsExceedLimit" }), "OperationCellsExceedLimit", /มากเกินกว่า/],
      [Object.assign(new Error("range"), { code: "RangeExceedsLimit" }), "RangeExceedsLimit", /มากเกินกว่า/],
      [Object.assign(new Error("away"), { code: "InactiveWorkbook" }), "InactiveWorkbook", /ไม่ได้เปิดอยู่ด้านหน้า/],
      [Object.assign(new Error("x"), { name: "SettingsFormMissingError", settings: ["triggerDate", "postDate"] }), "UNKNOWN", /ชีตตั้งค่าไม่มีแถวของ วันที่ประกาศใช้ข้อบัญญัติงบประมาณ, วันที่ปิดประกาศ/],
      [Object.assign(new Error("x"), { name: "SettingsFormShiftedError", sheet: "ตั้งค่า", settings: ["announceDate"] }), "UNKNOWN", /ไม่ได้บันทึก: ในชีต “ตั้งค่า”/],
      [Object.assign(new Error("g"), { code: "GeneralException" }), "GeneralException", /Excel ทำงานไม่สำเร็จ \(g\)/],
      ["text", "UNKNOWN", /ไม่คาดคิด: text/],
      [{ odd: 1 }, "UNKNOWN", /ไม่คาดคิด: \{"odd":1\}/],
    ];
    for (const [err, code, message] of cases) {
      expect(errorCode(err)).toBe(code);
      expect(errorMessage(err, "th")).toMatch(message);
      expect(errorMessage(err, "en")).not.toBe(errorMessage(err, "th"));
      expect(errorMessage(err, "en").length).toBeGreaterThan(0);
    }
  });
});
