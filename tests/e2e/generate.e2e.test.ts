import type { Page } from "playwright-core";
import { screenshot, usePane } from "./browser";
import "./pageGlobals";
import { samplePlanSeed } from "./seeds";

const FORMS = ["ผด.01", "ผด.02", "ผด.02-1"];

/** A sample plan's input sheets, values only, as a user would have typed them. */
const SEED = samplePlanSeed();

/** The fake workbook's sheet names and one cell of ผด.02 (row 6, column B). */
async function state(page: Page): Promise<{ sheets: string[]; b6: unknown; active: string | undefined }> {
  return page.evaluate(() => ({
    sheets: window.__opplan.fake.workbook.sheets.map((s) => s.name),
    b6: window.__opplan.fake.workbook.find("ผด.02")?.cell(5, 1)?.value,
    active: window.__opplan.fake.workbook.active?.name,
  }));
}

/** Types into B6 of ผด.02, as the user would. */
async function editByHand(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__opplan.fake.workbook.find("ผด.02")!.ensureCell(5, 1).value = "แก้ด้วยมือ";
  });
}

/** สร้างบัญชี ผด. in the built pane, in Chromium, over the fake Excel preloaded with a sample plan. */
describe("generate step in headless Chromium", () => {
  const pane = usePane();

  const open = (query = "") => pane.open({ query, seed: SEED, ready: /^(สร้างบัญชี ผด\.|Build forms)$/, height: 1000 });

  it("builds the forms, goes to one, asks before replacing a sheet edited by hand, and cancels or replaces", async () => {
    const { page, errors } = await open();
    const run = page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true });
    await run.click();
    const outcome = page.getByTestId("generate-outcome");
    await outcome.getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    const first = await state(page);
    expect(first.sheets.slice(-3)).toEqual(FORMS);
    const table = page.getByTestId("forms-summary");
    expect(await table.innerText()).toContain("รวมทั้งสิ้น");
    expect(await page.getByTestId("forms-summary-row").count()).toBeGreaterThan(1);
    await page.getByTestId("generate-result").scrollIntoViewIfNeeded();
    await screenshot(page, "generate-1-done.png");

    await page.getByRole("button", { name: "ไปที่ชีต “ผด.02”" }).click();
    await page.waitForFunction(() => window.__opplan.fake.workbook.active?.name === "ผด.02");

    await editByHand(page);
    await run.click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("ชีตต่อไปนี้ถูกแก้ไขด้วยมือ: “ผด.02” แทนที่หรือไม่");
    await page.waitForFunction(() => {
      const surface = document.querySelector('[role="alertdialog"]');
      return surface !== null && getComputedStyle(surface).opacity === "1";
    });
    await screenshot(page, "generate-2-confirm.png");
    await dialog.getByRole("button", { name: "ยกเลิก" }).click();
    await outcome.getByText("ยกเลิกแล้ว ไม่ได้แก้ไขชีตใด").waitFor();
    expect((await state(page)).b6).toBe("แก้ด้วยมือ");

    await run.click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "แทนที่" }).click();
    await outcome.getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    expect(await outcome.innerText()).toContain("แทนที่ชีตที่ถูกแก้ไขด้วยมือแล้ว: “ผด.02”");
    const last = await state(page);
    expect(last.b6).toBe(first.b6);
    expect(last.sheets).toEqual(first.sheets);
    const stats = await page.evaluate(() => window.__opplan.fake.stats.maxRequestBytes);
    expect(stats).toBeLessThan(4_000_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("builds the forms from the ribbon and asks in the pane, in English", async () => {
    const { page, errors } = await open("?lang=en-US");
    const completed = await page.evaluate(async () => {
      let done = false;
      await window.__opplan.handlers.generateForms({ completed: () => (done = true) });
      return done;
    });
    expect(completed).toBe(true);
    await page.getByTestId("generate-result").waitFor();
    expect(await page.getByTestId("generate-result").innerText()).toContain("Result of the “Build forms” ribbon button");
    expect((await state(page)).sheets.slice(-3)).toEqual(FORMS);

    await editByHand(page);
    await page.evaluate(() => {
      (window as unknown as { __run: Promise<void> }).__run = window.__opplan.handlers.generateForms({ completed: () => undefined });
    });
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("These sheets were edited by hand: “ผด.02”. Replace them?");
    await dialog.getByRole("button", { name: "Replace" }).click();
    await page.evaluate(() => (window as unknown as { __run: Promise<void> }).__run);
    expect((await state(page)).b6).not.toBe("แก้ด้วยมือ");
    await dialog.waitFor({ state: "detached" });
    await screenshot(page, "generate-3-ribbon-en.png");
    expect(errors).toEqual([]);
    await page.close();
  });
});
