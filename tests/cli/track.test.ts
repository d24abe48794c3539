/**
 * `opplan track`: the tracking sheet and the report on a copy, the JSON the issue names, the
 * officer's entries carried from one run's output into the next, and the stops (exit 2, nothing
 * written) on an entry it cannot read or a round it does not know.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRACKING_REPORT_SHEET, TRACKING_SHEET } from "../../src/core/sheetNames";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli, expectThaiOnly, readJson as json, sha } from "../support/cli";

describe("opplan track", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opplan-track-"));
    input = join(dir, "plan.xlsx");
    expect((await cli("sample", input, "--projects", "30", "--seed", "7")).code).toBe(0);
  });

  /** The tracking sheet's column of a header, and its row of a project, in a written file. */
  async function open(file: string) {
    const wb = await ExcelJsWorkbook.fromFile(file);
    const ws = wb.workbook.getWorksheet(TRACKING_SHEET)!;
    const header = ws.getRow(4).values as unknown[];
    const col = (h: string) => header.indexOf(h);
    const rowOf = (n: number) => ws.getRow(4 + n);
    return { wb, ws, col, rowOf };
  }

  it("writes ติดตามผล and รายงานผล into a copy and gives tracking in the JSON; the input is not changed", async () => {
    const before = sha(input);
    const out = join(dir, "t1.xlsx");
    const r = await cli("track", input, "-o", out, "--json", join(dir, "t1.json"));
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(r.out).toContain("ติดตามผล");
    const j = json(join(dir, "t1.json"));
    expect(j.written).toEqual([TRACKING_SHEET, TRACKING_REPORT_SHEET]);
    expect(j.rows).toMatchObject({ total: 30, added: 30, byKey: 0, dropped: 0 });
    const keys = ["name", "projects", "done", "inProgress", "notStarted", "cancelled", "budget", "disbursed"];
    for (const s of j.tracking.strategies) for (const k of keys) expect([s.name, k, k in s]).toEqual([s.name, k, true]);
    const sum = (k: string) => j.tracking.strategies.reduce((a: number, s: Record<string, number>) => a + s[k], 0);
    expect(j.tracking.total.projects).toBe(30);
    expect(sum("projects")).toBe(30);
    expect(Math.round(sum("budget") * 100)).toBe(Math.round(j.tracking.total.budget * 100));
    expect(j.tracking.round).toBe("year");
  });

  it("carries what the officer typed in one output into the next run's", async () => {
    const first = join(dir, "t1.xlsx");
    const { wb, col, rowOf } = await open(first);
    rowOf(1).getCell(col("สถานะ")).value = "เสร็จแล้ว";
    rowOf(1).getCell(col("เบิกจ่าย (บาท)")).value = " 12,500 ";
    rowOf(2).getCell(col("สถานะ")).value = "กำลังดำเนินการ";
    rowOf(2).getCell(col("หมายเหตุ")).value = "-";
    const typed = join(dir, "typed.xlsx");
    await wb.workbook.xlsx.writeFile(typed);
    const out = join(dir, "t2.xlsx");
    const r = await cli("track", typed, "-o", out, "--round", "6", "--json", join(dir, "t2.json"));
    expect(r.code).toBe(0);
    const j = json(join(dir, "t2.json"));
    expect(j.rows).toMatchObject({ total: 30, byKey: 30, added: 0 });
    expect(j.tracking).toMatchObject({ round: "half", total: { done: 1, inProgress: 1, notStarted: 28, disbursed: 12500 } });
    const again = await open(out);
    expect([again.rowOf(1).getCell(again.col("สถานะ")).value, again.rowOf(1).getCell(again.col("เบิกจ่าย (บาท)")).value]).toEqual(["เสร็จแล้ว", " 12,500 "]);
    expect(again.rowOf(2).getCell(again.col("หมายเหตุ")).value).toBe("-");
  });

  it("stops with exit 2 and writes nothing when a สถานะ cannot be read", async () => {
    const { wb, col, rowOf } = await open(join(dir, "t1.xlsx"));
    rowOf(3).getCell(col("สถานะ")).value = "รออนุมัติ";
    const bad = join(dir, "bad.xlsx");
    await wb.workbook.xlsx.writeFile(bad);
    const out = join(dir, "never.xlsx");
    const r = await cli("track", bad, "-o", out, "--json", join(dir, "bad.json"));
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expectThaiOnly(r.err);
    expect(r.err).toContain("รออนุมัติ");
    expect(json(join(dir, "bad.json")).error).toBe("ติดตามผลไม่ได้");
  });

  it("refuses a round it does not know before reading anything", async () => {
    const r = await cli("track", input, "-o", join(dir, "x.xlsx"), "--round", "3");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--round");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("is in the usage", async () => {
    const r = await cli("--help");
    expect(r.out).toContain("track <ไฟล์.xlsx>");
  });
});
