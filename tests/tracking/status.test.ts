import { TRACKING_ROUNDS } from "../../src/domain/catalog";
import { parseRound, parseStatus } from "../../src/domain/tracking/status";
import { STATUS_WORDS, type TrackStatus } from "../../src/domain/tracking/types";

describe("parseStatus: the officer's words as typed", () => {
  const cases: [string | number | boolean | null, TrackStatus | null][] = [
    // blank: the officer has not got to it yet
    [null, "notStarted"],
    ["", "notStarted"],
    ["   ", "notStarted"],
    ["\u00A0", "notStarted"],
    // done
    ["ดำเนินการแล้วเสร็จ", "done"],
    ["เสร็จแล้ว", "done"],
    ["เสร็จ", "done"],
    ["แล้วเสร็จ", "done"],
    ["เสร็จสิ้น", "done"],
    ["ดำเนินการแล้ว", "done"],
    ["✓", "done"],
    [" ดำเนินการ แล้วเสร็จ. ", "done"],
    ["เสร็จแล้ว.", "done"],
    ["Done", "done"],
    // in progress
    ["อยู่ระหว่างดำเนินการ", "inProgress"],
    ["กำลังดำเนินการ", "inProgress"],
    ["ระหว่างดำเนินการ", "inProgress"],
    ["ดำเนินการอยู่", "inProgress"],
    ["อยู่ระหว่าง  ดำเนินการ", "inProgress"],
    ["In progress", "inProgress"],
    // not started: "ยังไม่ได้ดำเนินการ" holds "ดำเนินการ" and must not read as done
    ["ยังไม่ได้ดำเนินการ", "notStarted"],
    ["ยังไม่ดำเนินการ", "notStarted"],
    ["ยังไม่เริ่ม", "notStarted"],
    ["ยังไม่ได้เริ่ม", "notStarted"],
    ["not started", "notStarted"],
    // cancelled
    ["ยกเลิก", "cancelled"],
    ["ยกเลิกโครงการ", "cancelled"],
    ["ยกเลิก.", "cancelled"],
    ["CANCELLED", "cancelled"],
    // the caller asks: ambiguous or unknown words, numbers, booleans
    ["ไม่ได้ดำเนินการ", null],
    ["รอเบิก", null],
    ["เสร็จ?", null],
    ["ดำเนินการ", null],
    [1, null],
    [true, null],
  ];
  it.each(cases)("%p → %p", (typed, status) => {
    expect(parseStatus(typed)).toBe(status);
  });

  it("reads a date cell as no status word", () => {
    expect(parseStatus({ date: "2026-01-15" })).toBeNull();
  });

  it("reads back every word of the dropdown as its own status", () => {
    for (const [status, word] of Object.entries(STATUS_WORDS)) expect(parseStatus(word)).toBe(status);
  });

  it("is not fooled by Thai digits or zero-width spaces inside a word", () => {
    expect(parseStatus("เสร็จ\u200Bแล้ว")).toBe("done");
    expect(parseStatus("ยกเลิก ๑")).toBeNull();
  });
});

describe("parseRound", () => {
  const cases: [string | number | null, "half" | "year" | null | "invalid"][] = [
    ["6 เดือน (ต.ค.–มี.ค.)", "half"],
    ["6 เดือน (ต.ค. - มี.ค.)", "half"],
    ["6 เดือน", "half"],
    ["๖ เดือน", "half"],
    ["ต.ค.-มี.ค.", "half"],
    ["ต.ค. – มี.ค.", "half"],
    ["ครึ่งปี", "half"],
    ["half", "half"],
    ["H1", "half"],
    ["6", "half"],
    [6, "half"],
    ["12 เดือน (ต.ค.–ก.ย.)", "year"],
    ["12 เดือน", "year"],
    ["ทั้งปี", "year"],
    ["12", "year"],
    [12, "year"],
    ["year", "year"],
    ["Year", "year"],
    [null, null],
    ["", null],
    ["  ", null],
    ["9 เดือน", "invalid"],
    ["เม.ย.", "invalid"],
    [3, "invalid"],
  ];
  it.each(cases)("%p → %p", (typed, round) => {
    expect(parseRound(typed)).toBe(round);
  });

  it("reads back both choices of the dropdown", () => {
    expect(TRACKING_ROUNDS.map((c) => parseRound(c))).toEqual(["year", "half"]);
  });
});
