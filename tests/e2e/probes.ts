/** What the browser tests read back from the fake workbook behind the pane. */
import type { Page } from "playwright-core";
import "./pageGlobals";

/** The workbook's sheet names, in order. */
export const sheets = (page: Page) => page.evaluate(() => window.__opplan.fake.workbook.sheets.map((s) => s.name));

/** Counts the filled ยุทธศาสตร์ and แผนงาน cells of the project sheet โครงการ. */
export const classified = (page: Page) =>
  page.evaluate(() => {
    const s = window.__opplan.fake.workbook.find("โครงการ")!;
    const used = s.usedRect(true)!;
    let header = -1;
    let cols: number[] = [];
    for (let r = 0; r < used.rows && header < 0; r++) {
      const line = Array.from({ length: used.cols }, (_, c) => s.cell(r, c)?.value);
      if (line.includes("ยุทธศาสตร์") && line.includes("แผนงาน")) {
        header = r;
        cols = [line.indexOf("ยุทธศาสตร์"), line.indexOf("แผนงาน")];
      }
    }
    let n = 0;
    for (let r = header + 1; r < used.rows; r++) for (const c of cols) if ((s.cell(r, c)?.value ?? "") !== "") n++;
    return n;
  });

/** The value cell right of a label in ตั้งค่า (column A label, column B value), as the fake holds it. */
export const setting = (page: Page, label: string) =>
  page.evaluate((want) => {
    const s = window.__opplan.fake.workbook.find("ตั้งค่า")!;
    for (let r = 0; r < 60; r++)
      if (s.cell(r, 0)?.value === want) {
        const c = s.cell(r, 1);
        return {
          row: r + 1,
          value: c?.value ?? null,
          numberFormat: c?.numberFormat ?? "General",
          formula: (c as { formula?: unknown } | undefined)?.formula ?? null,
        };
      }
    return undefined;
  }, label);
