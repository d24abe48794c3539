import { screenshot, usePane } from "./browser";
import type { OpPlanSeed } from "./pageGlobals";

const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

/** A small project sheet as a user might have typed it: one good row, a budget "abc", a row with no name. */
const SEED: OpPlanSeed = {
  sheets: [
    {
      name: "โครงการ",
      rows: [
        ["ที่", "โครงการ", "งบประมาณ", "หน่วยงานรับผิดชอบหลัก", "แผนงาน", ...MONTHS],
        [1, "ก่อสร้างถนน คสล. หมู่ที่ 5", 150000, "กองช่าง", "แผนงานอุตสาหกรรมและการโยธา", null, null, "✓", "✓"],
        [2, "จัดซื้อวัสดุสำนักงาน", "abc", "สำนักปลัด", "แผนงานบริหารงานทั่วไป"],
        [3, null, 20000, "กองคลัง", "แผนงานบริหารงานทั่วไป", null, "✓"],
      ],
      // the second project's months as shaded cells, as many offices mark them
      fills: [[], [], [null, null, null, null, null, "#A9D08E", "#A9D08E"]],
      numberFormats: [[], ["General", "General", "#,##0.00"]],
    },
  ],
};

/** The check step in the built pane, in Chromium, over the fake Excel preloaded with SEED. */
describe("check step in headless Chromium", () => {
  const pane = usePane();

  const open = (query = "") => pane.open({ query, seed: SEED, ready: /^(ตรวจสอบ|Check)$/, height: 900 });

  it("lists the findings by row and selects a finding's cell in Excel", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("check-result").waitFor();

    const budget = page.getByRole("button", { name: /เซลล์ C3:/ });
    const name = page.getByRole("button", { name: /เซลล์ B4:/ });
    expect(await budget.getAttribute("aria-label")).toContain("abc");
    expect(await name.isVisible()).toBe(true);
    const groups = await page.getByTestId("finding-group").locator("h4").allInnerTexts();
    expect(groups).toEqual(expect.arrayContaining(["โครงการ · แถว 3", "โครงการ · แถว 4"]));
    expect(groups.indexOf("โครงการ · แถว 3")).toBeLessThan(groups.indexOf("โครงการ · แถว 4"));
    expect(await page.getByTestId("count-error").getAttribute("aria-label")).toBe("ข้อผิดพลาด 2 รายการ");
    expect(await page.getByTestId("check-summary").innerText()).toContain("3 โครงการ · งบประมาณรวม 170,000.00");
    await screenshot(page, "check-1-findings.png");

    await budget.click();
    await page.waitForFunction(() => window.__opplan.fake.workbook.find("โครงการ")?.selection === "C3");
    const state = await page.evaluate(() => ({
      active: window.__opplan.fake.workbook.active?.name,
      selection: window.__opplan.fake.workbook.find("โครงการ")?.selection,
      // a check only reads
      sheets: window.__opplan.fake.workbook.sheets.map((s) => s.name),
      c3: window.__opplan.fake.workbook.find("โครงการ")?.cell(2, 2)?.value,
    }));
    expect(state).toEqual({ active: "โครงการ", selection: "C3", sheets: ["โครงการ"], c3: "abc" });
    expect(await budget.getAttribute("aria-current")).toBe("true");

    await name.click();
    await page.waitForFunction(() => window.__opplan.fake.workbook.find("โครงการ")?.selection === "B4");
    await screenshot(page, "check-2-selected.png");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a ribbon check in the pane, in English", async () => {
    const { page, errors } = await open("?lang=en-US");
    const completed = await page.evaluate(async () => {
      let done = false;
      await window.__opplan.handlers.checkProjects({ completed: () => (done = true) });
      return done;
    });
    expect(completed).toBe(true);
    await page.getByTestId("check-result").waitFor();
    expect(await page.getByTestId("check-result").innerText()).toContain("Result of the “Check” ribbon button");
    expect(await page.getByRole("button", { name: /cell C3:/ }).isVisible()).toBe(true);
    await screenshot(page, "check-3-ribbon-en.png");
    expect(errors).toEqual([]);
    await page.close();
  });
});
