/**
 * Choosing the development plan file in the built pane, in headless Chromium: the file (a small
 * ผ.02 workbook built here with ExcelJS, as an officer's would look) goes through the real file
 * input and is read by the pane's own reader (DecompressionStream + DOMParser), and the card
 * passes axe. The card shows the plan when readDevPlan recognises it, or says it found no ผ.02
 * naming the sheets it read (the reader's placeholder recognises nothing yet): either way the
 * names come from the file itself.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { book, merge, put, xlsx } from "../field/workbooks/sheet";
import { screenshot, usePane } from "./browser";
import "./pageGlobals";

const AXE = require.resolve("axe-core/axe.min.js");

async function planFile(): Promise<string> {
  const wb = book();
  put(wb.addWorksheet("ผ.01"), 1, [["บัญชีสรุปโครงการพัฒนา"], ["ยุทธศาสตร์", "จำนวน", "งบประมาณ"]]);
  const ws = wb.addWorksheet("ผ.02 ยุทธ1");
  put(ws, 1, [[null, null, null, null, null, null, null, null, null, null, "แบบ ผ.02"], ["รายละเอียดโครงการพัฒนา"], ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"]]);
  put(ws, 5, [["1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"], ["(1) แผนงานอุตสาหกรรมและการโยธา"]]);
  put(ws, 7, [
    ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย", "งบประมาณ"],
    [null, null, null, null, "2566 (บาท)", "2567 (บาท)", "2568 (บาท)", "2569 (บาท)", "2570 (บาท)"],
    [1, "โครงการก่อสร้างถนน ค.ส.ล. หมู่ที่ 3", "เพื่อการสัญจร", "กว้าง 4 ม.", 450000, "-", "-", 450000, "-"],
    [2, "โครงการก่อสร้างถนน ค.ส.ล. หมู่ที่ 10", "เพื่อการสัญจร", "กว้าง 4 ม.", "-", 300000, "-", "-", "-"],
  ]);
  merge(ws, "A7:A8", "B7:B8", "E7:I7");
  const dir = mkdtempSync(join(tmpdir(), "opplan-devplan-"));
  const path = join(dir, "แผนพัฒนา 2566-2570.xlsx");
  writeFileSync(path, await xlsx(wb));
  return path;
}

async function axeOn(page: Page, selector: string) {
  await page.waitForTimeout(300);
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [[sel]], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }, selector);
}

describe("the development plan card in headless Chromium", () => {
  const pane = usePane();

  it("reads a chosen .xlsx in the pane and passes axe", async () => {
    const file = await planFile();
    const { page, errors } = await pane.open({ ready: /^เลือกไฟล์แผนพัฒนา…$/, height: 1400 });
    const card = page.getByRole("region", { name: "แผนพัฒนาท้องถิ่น (ผ.02)" });
    expect(await axeOn(page, '[data-testid="dev-plan"]')).toEqual([]);
    await page.getByTestId("dev-plan-file").setInputFiles(file);
    const shown = card.locator('[data-testid="dev-plan-found"], [data-testid="dev-plan-none"]');
    await shown.waitFor();
    const text = await shown.innerText();
    if ((await shown.getAttribute("data-testid")) === "dev-plan-none") {
      // every sheet of the file, in its order, read from the zip by the pane
      expect(text).toContain("ไม่พบแบบ ผ.02 ในไฟล์ “แผนพัฒนา 2566-2570.xlsx” (แผ่นงานที่ดู: “ผ.01”, “ผ.02 ยุทธ1”)");
    } else {
      expect(text).toContain("ใช้แผนพัฒนาจากไฟล์ “แผนพัฒนา 2566-2570.xlsx”");
      expect(text).toContain("“ผ.02 ยุทธ1” แบบ ผ.02 · 2 โครงการ");
    }
    await card.scrollIntoViewIfNeeded();
    await screenshot(card, "devplan-1-chosen.png");
    expect(await axeOn(page, '[data-testid="dev-plan"]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells a file that is no .xlsx in Thai", async () => {
    const dir = mkdtempSync(join(tmpdir(), "opplan-devplan-"));
    const csv = join(dir, "แผน.xlsx");
    writeFileSync(csv, "ที่,โครงการ\n1,ถนน\n".repeat(20));
    const { page, errors } = await pane.open({ ready: /^เลือกไฟล์แผนพัฒนา…$/ });
    await page.getByTestId("dev-plan-file").setInputFiles(csv);
    await page.getByText("ไฟล์ “แผน.xlsx” ไม่ใช่ไฟล์ Excel (.xlsx)").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
