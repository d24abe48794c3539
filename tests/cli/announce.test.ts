/**
 * `opplan announce`: the ประกาศ sheet into a copy, the dates as ISO in the JSON with their
 * findings, exit 1 when a date breaks the regulation, the input never changed.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setPlanDates } from "../../src/commands/announcePlan";
import { inspectGenerated } from "../../src/commands/formMarker";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli, readJson as json, sha } from "../support/cli";


async function withDates(from: string, to: string, dates: Parameters<typeof setPlanDates>[1]) {
  const wb = await ExcelJsWorkbook.fromFile(from);
  await setPlanDates(wb, dates);
  await wb.saveAs(to);
}

describe("opplan announce", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opplan-announce-"));
    const sample = join(dir, "sample.xlsx");
    expect((await cli("sample", sample, "--projects", "10", "--seed", "4")).code).toBe(0);
    input = join(dir, "plan.xlsx");
    await withDates(sample, input, { trigger: "2026-09-18", announced: "2026-10-16", posted: "2026-10-19" });
  });

  it("writes the ประกาศ into a copy and the dates as ISO into the JSON; the input is not changed", async () => {
    const before = sha(input);
    const out = join(dir, "out.xlsx");
    const r = await cli("announce", input, "-o", out, "--json", join(dir, "r.json"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    const result = json(join(dir, "r.json"));
    expect(result).toMatchObject({ command: "announce", exitCode: 0, written: ["ประกาศ"] });
    expect(result.dates).toEqual({
      trigger: "2026-09-18",
      dueBy: "2026-10-18",
      announced: "2026-10-16",
      postBy: "2026-10-31",
      postedFrom: "2026-10-19",
      postedThrough: "2026-11-18",
      takeDownFrom: "2026-11-19",
    });
    // 18 Oct 2026 is a Sunday and 31 Oct a Saturday: warnings, not errors.
    expect(result.findings.map((f: { code: string }) => f.code)).toEqual(["DUE_ON_HOLIDAY", "DUE_ON_HOLIDAY"]);
    expect(r.out).toContain("18 ตุลาคม 2569");
    const wb = await ExcelJsWorkbook.fromFile(out);
    expect(inspectGenerated(await wb.readSheet("ประกาศ"))).toEqual({ generated: true, form: "ประกาศ", editedByHand: false });
  });

  it("exits 1 when the announcement is late, saying the executive must extend the deadline", async () => {
    const late = join(dir, "late.xlsx");
    await withDates(input, late, { announced: "2026-10-25", posted: null });
    const r = await cli("announce", late, "-o", join(dir, "late-out.xlsx"), "--json", join(dir, "late.json"));
    expect(r.code).toBe(1);
    const result = json(join(dir, "late.json"));
    const f = result.findings.find((x: { code: string }) => x.code === "ANNOUNCED_AFTER_DUE");
    expect(f).toMatchObject({ severity: "error", sheet: "ตั้งค่า" });
    expect(f.fix).toContain("ขยายเวลา");
    expect(result.dates.postedFrom).toBeNull();
    expect(result.dates.postedThrough).toBeNull();
    expect(existsSync(join(dir, "late-out.xlsx"))).toBe(true);
  });

  it("exits 2 without an output or on its own input", async () => {
    expect((await cli("announce", input)).code).toBe(2);
    expect((await cli("announce", input, "-o", input)).code).toBe(2);
    expect((await cli("announce", join(dir, "missing.xlsx"), "-o", join(dir, "x.xlsx"))).code).toBe(2);
  });
});
