/**
 * ติดตามผล as LibreOffice prints it, after a half year's progress typed into the tracking sheet as
 * an officer types it: the report on A4 landscape pages with its figures and its list of projects
 * behind schedule, no ###, the tracking sheet printing the officer's words as typed.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRACKING_REPORT_SHEET, TRACKING_SHEET } from "../../src/core/sheetNames";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import { cli, readJson } from "../support/cli";
import { isA4, pdfPages } from "../support/libreoffice";
import { footerLabel, loose, pdfPageTexts } from "../support/pdfBook";
import { printSheetsEach } from "../support/renderPaths";

const TYPED: [status: string, disbursed: string | number, note: string][] = [
  ["เสร็จแล้ว", " 1,250,000 ", "ส่งมอบงานแล้ว"],
  ["กำลังดำเนินการ", 48000, ""],
  ["ดำเนินการแล้ว", "95,500.50", "=เบิกครบ"],
  ["ยกเลิก", "-", "โอนงบ"],
];

describe("ติดตามผล printed by LibreOffice", () => {
  let report: string[] = [];
  let tracking: string[] = [];
  let sizes: { report: ReturnType<typeof pdfPages>; tracking: ReturnType<typeof pdfPages> };
  let json: { tracking: { total: { projects: number; done: number; disbursed: number; budget: number }; behind: unknown[] } };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "opplan-track-render-"));
    const plan = join(dir, "plan.xlsx");
    expect((await cli("sample", plan, "--projects", "60", "--seed", "3", "--fiscal-year", "2569")).code).toBe(0);
    const first = join(dir, "t1.xlsx");
    expect((await cli("track", plan, "-o", first)).code).toBe(0);
    const wb = await ExcelJsWorkbook.fromFile(first);
    const ws = wb.workbook.getWorksheet(TRACKING_SHEET)!;
    const header = ws.getRow(4).values as unknown[];
    TYPED.forEach(([status, disbursed, note], i) => {
      const row = ws.getRow(5 + i);
      row.getCell(header.indexOf("สถานะ")).value = status;
      row.getCell(header.indexOf("เบิกจ่าย (บาท)")).value = disbursed;
      if (note) row.getCell(header.indexOf("หมายเหตุ")).value = note;
    });
    const typed = join(dir, "typed.xlsx");
    await wb.workbook.xlsx.writeFile(typed);
    const out = join(dir, "t2.xlsx");
    const r = await cli("track", typed, "-o", out, "--round", "6", "--json", join(dir, "t2.json"));
    expect(r.code).toBe(0);
    json = readJson(join(dir, "t2.json"));
    const [reportPdf, trackingPdf] = await printSheetsEach(out, [[TRACKING_REPORT_SHEET], [TRACKING_SHEET]]);
    report = pdfPageTexts(reportPdf);
    tracking = pdfPageTexts(trackingPdf);
    sizes = { report: pdfPages(reportPdf), tracking: pdfPages(trackingPdf) };
  }, 300_000);

  it("prints the report on A4 landscape, numbered from 1, with no ###", () => {
    expect(report.length).toBeGreaterThan(0);
    for (const s of [...sizes.report, ...sizes.tracking]) expect(isA4(s, "landscape")).toBe(true);
    expect(report.map((p) => footerLabel(p))).toEqual(report.map((_, i) => String(i + 1)));
    for (const page of [...report, ...tracking]) expect(page.includes("###")).toBe(false);
  });

  it("prints the round, the totals the officer's entries add up to, and the projects behind schedule", () => {
    const text = loose(report.join("\n"));
    expect(text).toContain(loose("รอบ 6 เดือน (ตุลาคม 2568 – มีนาคม 2569)"));
    const { total } = json.tracking;
    expect(total).toMatchObject({ projects: 60, done: 2, disbursed: 1393500.5 });
    const baht = (n: number) => loose(n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    expect(text).toContain(baht(total.budget));
    expect(text).toContain(baht(total.disbursed));
    expect(text).toContain(loose("รวมทั้งสิ้น"));
    expect(text).toContain(loose(`โครงการที่ล่าช้ากว่าแผน`));
  });

  it("prints the officer's words and amounts on the tracking sheet as they typed them", () => {
    const text = loose(tracking.join("\n"));
    for (const [status, disbursed, note] of TYPED) {
      expect(text).toContain(loose(status));
      if (typeof disbursed === "string" && disbursed !== "-") expect(text).toContain(loose(disbursed));
      if (note) expect(text).toContain(loose(note));
    }
  });
});
