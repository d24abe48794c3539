import { screenshot, usePane } from "./browser";
import "./pageGlobals";

const AXE = require.resolve("axe-core/axe.min.js");

/** ตรวจความเข้ากันได้กับ Excel in the built pane, over the Excel model in Debian's Chromium. */
describe("the Excel compatibility check in headless Chromium", () => {
  const pane = usePane();

  it("runs from its folded card, shows the table, leaves only the user's sheet, and passes axe", async () => {
    const { page, errors } = await pane.open({ ready: /สร้างแม่แบบ/, height: 1200 });
    await page.getByRole("button", { name: "ความเข้ากันได้กับ Excel" }).click();
    await page.getByRole("button", { name: "ตรวจความเข้ากันได้กับ Excel" }).click();
    await page.getByTestId("selftest-table").waitFor({ timeout: 60_000 });

    const rows = await page.locator("[data-testid=selftest-table] tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute("data-testid"), status: tr.getAttribute("data-status"), cells: tr.querySelectorAll("td").length })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows) {
      expect(["pass", "fail", "observed"]).toContain(r.status);
      expect(r.cells).toBe(3);
    }
    expect(await page.getByTestId("selftest-summary").innerText()).toMatch(/^ตรวจ \d+ รายการ: ผ่าน \d+ · ไม่ผ่าน \d+ · บันทึกไว้ \d+$/);
    expect(await page.locator("body").innerText()).toContain("Excel: Excel · OfficeOnline · รุ่น 16.0.model");
    expect(await page.evaluate(() => window.__opplan.fake.workbook.sheets.map((s) => s.name))).toEqual(["Sheet1"]);
    await screenshot(page, "selftest-table.png");

    await page.waitForTimeout(400);
    await page.addScriptTag({ path: AXE });
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}`);
    });
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
