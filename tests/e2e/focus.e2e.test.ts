import type { Page } from "playwright-core";
import { usePane } from "./browser";
import { focused, tabTo } from "./keyboard";
import "./pageGlobals";
import { sheets } from "./probes";
import { samplePlanSeed } from "./seeds";

/** A sample plan with every third project not yet classified, so that จัดหมวดหมู่ has cells to write. */
const SEED = samplePlanSeed({ unclassifiedEvery: 3 });

/** Whether the keyboard focus has dropped to the page (on nothing). */
const onPage = (page: Page) => page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

/** Whether the focused element is shown unavailable (aria-disabled) yet still holds the focus. */
const focusedUnavailable = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-disabled") === "true");

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where the keyboard focus goes while a step runs and when it ends, in headless Chromium: a run
 * button pressed with Enter keeps it (shown unavailable meanwhile), ยกเลิก gives it back to the run
 * button when the run stops, and so does the replace question when answered; ยืนยันรายการนี้ keeps
 * it after writing.
 */
describe("keyboard focus through a run, in headless Chromium", () => {
  const pane = usePane();
  const open = () => pane.open({ seed: SEED, ready: /^สร้างบัญชี ผด\.$/, height: 1000 });

  it("keeps the focus on ตรวจสอบ pressed with Enter, while the check runs and after", async () => {
    const { page, errors } = await open();
    await page.evaluate(() => window.__opplan.fake.setLatency(300));
    await tabTo(page, /^ตรวจสอบ$/);
    await page.keyboard.press("Enter");
    await page.getByRole("progressbar", { name: "ตรวจสอบ" }).waitFor();
    expect(await focused(page)).toEqual({ role: "button", name: "ตรวจสอบ" });
    expect(await focusedUnavailable(page)).toBe(true);
    expect(await onPage(page)).toBe(false);

    await page.getByTestId("check-result").waitFor();
    await page.evaluate(() => window.__opplan.fake.setLatency(0));
    expect(await focused(page)).toEqual({ role: "button", name: "ตรวจสอบ" });
    expect(await focusedUnavailable(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("gives the focus back to สร้างบัญชี ผด. when a slow run is cancelled with the keyboard", async () => {
    const { page, errors } = await open();
    const start = await sheets(page);
    await page.evaluate(() => window.__opplan.fake.setLatency(300));
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    await page.getByRole("progressbar", { name: "สร้างบัญชี ผด." }).waitFor();
    expect(await focused(page)).toEqual({ role: "button", name: "สร้างบัญชี ผด." });
    expect(await tabTo(page, /^ยกเลิก$/, 5)).toEqual({ role: "button", name: "ยกเลิก" });
    await page.keyboard.press("Enter");
    await page.getByTestId("generate-run-cancelled").getByText("ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน").waitFor();
    await page.evaluate(() => window.__opplan.fake.setLatency(0));
    expect(await onPage(page)).toBe(false);
    expect(await focused(page)).toEqual({ role: "button", name: "สร้างบัญชี ผด." });
    expect(await sheets(page)).toEqual(start);
    expect(await page.getByTestId("step-state-4").innerText()).toBe("ยังไม่ได้ทำ");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("gives the focus back to สร้างบัญชี ผด. when the replace question is answered with the keyboard", async () => {
    const { page, errors } = await open();
    const outcome = page.getByTestId("generate-outcome");
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    await outcome.getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    expect(await focused(page)).toEqual({ role: "button", name: "สร้างบัญชี ผด." });
    // ผด.02 edited by hand: the next run asks first
    await page.evaluate(() => {
      window.__opplan.fake.workbook.find("ผด.02")!.ensureCell(5, 1).value = "แก้ด้วยมือ";
    });
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await tabTo(page, /^แทนที่$/, 3)).toEqual({ role: "button", name: "แทนที่" });
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await outcome.getByText(/แทนที่ชีตที่ถูกแก้ไขด้วยมือแล้ว/).waitFor();
    expect(await onPage(page)).toBe(false);
    expect(await focused(page)).toEqual({ role: "button", name: "สร้างบัญชี ผด." });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("keeps the focus on ประกาศ through its replace question answered with the keyboard", async () => {
    const { page, errors } = await open();
    await tabTo(page, /^ประกาศ$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("announce-done").waitFor();
    expect(await focused(page)).toEqual({ role: "button", name: "ประกาศ" });
    // the ประกาศ sheet edited by hand: the next run asks first
    await page.evaluate(() => {
      window.__opplan.fake.workbook.find("ประกาศ")!.ensureCell(0, 0).value = "แก้ด้วยมือ";
    });
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    // ยกเลิก has the focus in the question: Enter keeps the sheet
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("announce-result").getByText("ยกเลิกแล้ว ไม่ได้แก้ไขชีตประกาศ").waitFor();
    expect(await onPage(page)).toBe(false);
    expect(await focused(page)).toEqual({ role: "button", name: "ประกาศ" });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("keeps the focus on ยืนยันรายการนี้ pressed with Enter once the row is written", async () => {
    const { page, errors } = await open();
    await tabTo(page, /^จัดหมวดหมู่$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("classify-result").waitFor();

    // the first แผนงาน still to decide: choose one, so that the row has something to write
    const field = await tabTo(page, /^แผนงานของ “.+”$/);
    const project = /^แผนงานของ “(.+)”$/.exec(field.name)![1];
    const key = await page.getByTestId("classification").filter({ has: page.locator("*:focus") }).getAttribute("data-key");
    const row = page.locator(`[data-testid="classification"][data-key="${key}"]`);
    await page.keyboard.press("Alt+ArrowDown");
    await page.getByRole("listbox").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor({ state: "detached" });

    const confirm = `ยืนยันรายการนี้: ${project}`;
    expect(await tabTo(page, new RegExp(`^${escapeRe(confirm)}$`), 5)).toEqual({ role: "button", name: confirm });
    await page.keyboard.press("Enter");
    await row.locator('[data-field="แผนงาน"]').getByText(/บันทึกแล้วที่ [A-Z]+\d+/).waitFor();
    expect(await onPage(page)).toBe(false);
    expect(await focused(page)).toEqual({ role: "button", name: confirm });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
