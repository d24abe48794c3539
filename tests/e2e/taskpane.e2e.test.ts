import type { Page } from "playwright-core";
import { screenshot, usePane } from "./browser";
import "./pageGlobals";

const TEMPLATE_SHEETS = ["โครงการ", "ยุทธศาสตร์", "ตั้งค่า", "วันหยุด", "ข้อความเล่มแผน", "รายการเลือก"];

/** The built pane in Debian's Chromium, with our fake Excel in place of the real one. */
describe("task pane in headless Chromium", () => {
  const pane = usePane();

  async function open(query = ""): Promise<Page> {
    const { page, errors } = await pane.open({ query, ready: /สร้างแม่แบบ|Create template/, height: 720 });
    expect(errors).toEqual([]);
    return page;
  }

  it("renders in Thai and adds the template sheets to the workbook", async () => {
    const page = await open("?sheets=Sheet1,โครงการ");
    await expect(page.locator("body")).toBeDefined();
    expect(await page.locator("body").innerText()).toContain("แผนการดำเนินงาน");
    await screenshot(page, "taskpane-1-start.png");

    // Counted from the click: the pane's own reads on opening (the plan at a glance, each step's
    // state) come and go with the machine's speed and are not the template's.
    const syncsBefore = await page.evaluate(() => window.__opplan.fake.stats.syncs);
    await page.getByRole("button", { name: "สร้างแม่แบบ" }).click();
    await page.getByTestId("sheets-added").waitFor();
    const added = await page.getByTestId("sheets-added").innerText();
    for (const s of TEMPLATE_SHEETS.slice(1)) expect(added).toContain(s);
    expect(await page.getByTestId("sheets-existing").innerText()).toContain("โครงการ");
    await screenshot(page, "taskpane-2-template.png");

    const state = await page.evaluate((before) => ({
      sheets: window.__opplan.fake.workbook.sheets.map((s) => s.name),
      syncs: window.__opplan.fake.stats.syncs - before,
      maxRequestBytes: window.__opplan.fake.stats.maxRequestBytes,
    }), syncsBefore);
    expect(state.sheets).toEqual(["Sheet1", ...TEMPLATE_SHEETS]);
    // One read of the sheet list, one of their cells (the year and the อปท. they state), and a few
    // syncs per sheet written: never a sync per row.
    // (six sheets since ข้อความเล่มแผน joined the template: three syncs each at most)
    expect(state.syncs).toBeLessThanOrEqual(1 + 1 + 3 * 6);
    expect(state.maxRequestBytes).toBeLessThan(4_000_000);
    await page.close();
  });

  it("runs the same command from the ribbon and shows its result in the pane", async () => {
    const page = await open("?lang=en-US");
    expect(await page.getByRole("button", { name: "Create template" }).isVisible()).toBe(true);
    const completed = await page.evaluate(async () => {
      let done = false;
      await window.__opplan.handlers.createTemplate({ completed: () => (done = true) });
      return done;
    });
    expect(completed).toBe(true);
    await page.getByTestId("sheets-added").waitFor();
    expect(await page.getByTestId("sheets-added").innerText()).toContain("ตั้งค่า");
    await screenshot(page, "taskpane-3-ribbon-en.png");
    await page.close();
  });
});
