import { OWN_CHANGE_GRACE_MS } from "../../src/host/runWindows";
import type { Locator, Page } from "playwright-core";
import { screenshot, usePane } from "./browser";
import "./pageGlobals";
import { classified, setting, sheets } from "./probes";
import { samplePlanSeed } from "./seeds";

/**
 * The whole work of a planning officer in the built pane, in Chromium, over the fake Excel
 * preloaded with the sample plan: every step clicked through in order, with what each leaves in
 * the workbook, the step badges, the settings written back, a cancel half-way, a failure injected
 * into one sync, and an old Excel.
 */
const SEED = samplePlanSeed({ unclassifiedEvery: 3 });
/** What สร้างบัญชี ผด. writes: the whole book, in print order. */
const FORMS = ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "ส่วนที่ 1", "ผด.01", "ผด.02", "ผด.02-1"];
const STEP = { template: 1, check: 2, classify: 3, generate: 4, announce: 5 } as const;

/** The whole pane, and the step concerned on its own (the whole pane runs to thousands of pixels once findings show). */
async function shot(page: Page, name: string, step?: string): Promise<void> {
  await screenshot(page, `workflow-${name}.png`);
  if (step) await screenshot(page.getByRole("region", { name: step, exact: true }), `workflow-${name}-step.png`);
}
const badge = (page: Page, step: number): Locator => page.getByTestId(`step-state-${step}`);

async function badgeReads(page: Page, step: number, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="step-state-${id}"]`)?.textContent === want,
    [step, text] as const,
    { timeout: 10_000 },
  );
}

/** Every cell value of the three forms, to tell whether a failed run touched them. */
const formValues = (page: Page) =>
  page.evaluate((names) => {
    return names.map((n) => {
      const s = window.__opplan.fake.workbook.find(n);
      if (!s) return null;
      return [...s.cells.entries()].map(([k, c]) => `${k}=${String(c.value)}`).join("|");
    });
  }, FORMS);

describe("the whole workflow in headless Chromium", () => {
  const pane = usePane();
  const open = (query = "") => pane.open({ query, seed: SEED, ready: /^(สร้างบัญชี ผด\.|Build forms)$/, height: 1000 });

  it("goes through every step with the sample plan: glance, template, check, classify and undo, settings, generate with a cancel and a failure, announce, then out of date", async () => {
    const { page, errors } = await open();
    const opened = await sheets(page);

    // The plan at a glance, read from the workbook
    const glance = page.getByTestId("glance-figures");
    await glance.waitFor();
    const figures = await glance.innerText();
    expect(figures).toContain("พ.ศ.\u00a02570");
    const projects = Number(/จำนวนโครงการ\s+([\d,]+)/.exec(figures)?.[1].replace(/,/g, ""));
    expect(projects).toBeGreaterThan(10);
    expect(figures).toMatch(/งบประมาณรวม\s+[\d,]+\.\d\d\u00a0บาท/);
    expect(figures).toContain("ฉบับหลัก");
    await badgeReads(page, STEP.template, "เสร็จแล้ว");
    for (const step of [STEP.check, STEP.classify, STEP.generate, STEP.announce]) expect(await badge(page, step).innerText()).toBe("ยังไม่ได้ทำ");
    await shot(page, "1-start");
    await screenshot(page.getByTestId("plan-glance"), "workflow-1-glance.png");

    // 1 แม่แบบ: the sample predates the book's text sheet: only ข้อความเล่มแผน is added, nothing changed
    await page.getByRole("button", { name: "สร้างแม่แบบ", exact: true }).click();
    await page.getByTestId("sheets-added").waitFor();
    const start = await sheets(page);
    expect(start.filter((n) => !opened.includes(n))).toEqual(["ข้อความเล่มแผน"]);
    expect(start.filter((n) => opened.includes(n))).toEqual(opened);

    // Excel tells of the template's writes after its syncs; on a busy machine later than the grace
    // that counts them as the run's own. A user who clicks ตรวจสอบ within that moment could see it out
    // of date at once (noted in issue 15's note); the test waits as a user does.
    await page.waitForTimeout(OWN_CHANGE_GRACE_MS + 300);

    // 2 ตรวจสอบ: findings grouped by row, each naming its cell
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("check-result").waitFor();
    expect(await page.getByTestId("finding-group").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("check-result").innerText()).toMatch(/L\d+|D\d+/);
    const checkState = await badge(page, STEP.check).innerText();
    expect(["เสร็จแล้ว", "มีข้อผิดพลาด"]).toContain(checkState);
    expect(await sheets(page)).toEqual(start);
    await shot(page, "2-check", "ตรวจสอบ");

    // 3 จัดหมวดหมู่: accept the confident decisions, then take them back
    const before = await classified(page);
    await page.getByRole("button", { name: "จัดหมวดหมู่", exact: true }).click();
    await page.getByTestId("classify-result").waitFor();
    await page.getByRole("button", { name: "ยอมรับทั้งหมดที่มั่นใจ" }).click();
    await page.getByTestId("classify-outcome").getByText(/บันทึกแล้ว/).waitFor();
    const written = await classified(page);
    expect(written).toBeGreaterThan(before);
    // classify's own writes change the rows ตรวจสอบ read: its result is now out of date, classify's is not
    await badgeReads(page, STEP.check, "ข้อมูลเปลี่ยน ต้องทำใหม่");
    expect(await badge(page, STEP.classify).innerText()).not.toBe("ข้อมูลเปลี่ยน ต้องทำใหม่");
    await shot(page, "3-classify-applied", "จัดหมวดหมู่");
    await page.getByRole("button", { name: /^ย้อนกลับ/ }).click();
    await page.getByTestId("classify-outcome").getByText(/ย้อนกลับแล้ว ลบ \d+ เซลล์/).waitFor();
    expect(await classified(page)).toBe(before);
    await shot(page, "4-classify-undone", "จัดหมวดหมู่");
    // and apply again, so the forms have the classification
    await page.getByRole("button", { name: "ยอมรับทั้งหมดที่มั่นใจ" }).click();
    await page.getByTestId("classify-outcome").getByText(/บันทึกแล้ว/).waitFor();
    expect(await classified(page)).toBe(written);

    // ตั้งค่า: a text that looks like a formula, a toggle and a Buddhist-era date, written back
    await page.getByTestId("settings-header").click();
    await page.getByTestId("setting-signerName").waitFor();
    await page.getByTestId("setting-signerName").fill("=นายสมชาย ใจดี");
    await page.getByRole("switch", { name: /ใช้เลขไทย/ }).click();
    await page.getByTestId("setting-announceDate-day").selectOption("9");
    await page.getByTestId("setting-announceDate-month").selectOption("10");
    await page.getByTestId("setting-announceDate-year").selectOption("2569");
    await page.getByText("แก้ไขแล้ว 3 รายการ ยังไม่ได้บันทึก").waitFor();
    await shot(page, "5-settings-edited");
    await screenshot(page.getByTestId("settings-panel"), "workflow-5-settings-edited-panel.png");
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByTestId("settings-saved").getByText("บันทึกลงชีต “ตั้งค่า” แล้ว 3 รายการ").waitFor();
    const signer = await setting(page, "ผู้ลงนาม");
    expect(signer?.value).toBe("=นายสมชาย ใจดี");
    expect(signer?.numberFormat).toBe("@");
    expect(signer?.formula ?? null).toBeNull();
    expect((await setting(page, "ใช้เลขไทย"))?.value).toBe("ใช่");
    const announced = await setting(page, "วันที่ประกาศแผน");
    // 9 ต.ค. 2569 = 2026-10-09 as an Excel serial date (before the posting on the 14th, as the rules want)
    expect(announced?.value).toBe(46304);
    // ประกาศ's own pickers show the saved date too
    await page.waitForFunction(() => (document.querySelector('[data-testid="announce-date-announced-day"]') as HTMLSelectElement | null)?.value === "9");
    await page.getByTestId("settings-header").click();

    // 4 สร้างบัญชี ผด.: cancelled half-way on a slow Excel, nothing written
    await page.evaluate(() => window.__opplan.fake.setLatency(250));
    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    const cancel = page.getByRole("button", { name: "ยกเลิก", exact: true });
    await cancel.waitFor();
    await page.getByRole("progressbar").first().waitFor();
    await shot(page, "6-generate-running", "สร้างบัญชี ผด.");
    await cancel.click();
    await page.getByTestId("generate-run-cancelled").getByText("ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน").waitFor();
    await page.evaluate(() => window.__opplan.fake.setLatency(0));
    expect(await sheets(page)).toEqual(start);
    expect(await badge(page, STEP.generate).innerText()).toBe("ยังไม่ได้ทำ");
    await shot(page, "7-generate-cancelled", "สร้างบัญชี ผด.");

    // then for real
    const run = page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true });
    await run.click();
    await page.getByTestId("generate-outcome").getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    expect(await sheets(page)).toEqual([...start, ...FORMS]);
    expect(["เสร็จแล้ว", "มีข้อผิดพลาด"]).toContain(await badge(page, STEP.generate).innerText());
    // the glance and ผด.01 count the same projects
    expect(await page.getByTestId("forms-summary").innerText()).toMatch(new RegExp(`รวมทั้งสิ้น\\s+${projects}\\b`));
    const forms = await formValues(page);
    // the settings saved above are in the forms: Thai digits in the title
    expect(forms[1]).toContain("๒๕๗๐");
    await shot(page, "8-generate-done", "สร้างบัญชี ผด.");

    // a locked workbook: the swap's request fails; the old forms stay whole, no temporary sheet is left
    await page.evaluate(() => {
      const locked = Object.assign(new Error("The sheet is protected."), { code: "AccessDenied", name: "RichApi.Error" });
      window.__opplan.fake.failOnSyncWhere((labels) => labels.includes("Worksheet.delete"), locked);
    });
    await run.click();
    await page.getByText("สมุดงานหรือชีตถูกป้องกันไว้ (Protect) ยกเลิกการป้องกันก่อน แล้วลองอีกครั้ง").first().waitFor();
    expect(await sheets(page)).toEqual([...start, ...FORMS]);
    expect(await formValues(page)).toEqual(forms);
    await badgeReads(page, STEP.generate, "มีข้อผิดพลาด");
    await shot(page, "9-generate-failed", "สร้างบัญชี ผด.");
    await run.click();
    await page.getByTestId("generate-outcome").getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    expect(await formValues(page)).toEqual(forms);

    // 5 ประกาศ
    await page.getByRole("button", { name: "ประกาศ", exact: true }).click();
    await page.getByTestId("announce-done").waitFor();
    // the ประกาศ of the book, replaced in its place
    expect(await sheets(page)).toEqual([...start, ...FORMS]);
    await badgeReads(page, STEP.announce, "เสร็จแล้ว");
    await shot(page, "10-announce", "ประกาศ");

    // The user types into a project row: the steps that read the rows go out of date; ประกาศ (settings only) does not
    const stale = "ข้อมูลเปลี่ยน ต้องทำใหม่";
    await page.evaluate(() => window.__opplan.fake.userEdit("โครงการ", "C6", [[123456]]));
    for (const step of [STEP.check, STEP.classify, STEP.generate]) await badgeReads(page, step, stale);
    expect(await badge(page, STEP.announce).innerText()).toBe("เสร็จแล้ว");
    expect(await badge(page, STEP.template).innerText()).toBe("เสร็จแล้ว");
    await shot(page, "11-out-of-date");
    // and running a step again brings it back
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="step-state-2"]')?.textContent !== "ข้อมูลเปลี่ยน ต้องทำใหม่");
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("a failure injected into one sync of ตรวจสอบ shows a Thai sentence saying what to do, and the next run works", async () => {
    const { page, errors } = await open();
    await page.evaluate(() => {
      const tooBig = Object.assign(new Error("Payload too large"), { code: "RequestPayloadSizeLimitExceeded", name: "RichApi.Error" });
      window.__opplan.fake.failOnSync(2, tooBig);
    });
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByText("ข้อมูลมากเกินกว่าที่ Excel รับได้ในครั้งเดียว ลองแบ่งข้อมูลให้น้อยลง").first().waitFor();
    await badgeReads(page, STEP.check, "มีข้อผิดพลาด");
    await shot(page, "12-check-failed", "ตรวจสอบ");
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("check-result").waitFor();
    expect(["เสร็จแล้ว", "มีข้อผิดพลาด"]).toContain(await badge(page, STEP.check).innerText());
    expect(await page.getByText("ข้อมูลมากเกินกว่าที่ Excel รับได้").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("on an Excel without ExcelApi 1.9 says so at the top and in every step it is asked to run", async () => {
    const { page, errors } = await open("?api=old");
    const old = "Excel รุ่นนี้เก่าเกินไป OpPlan ต้องใช้ Excel 2019 ขึ้นไป, Microsoft 365 หรือ Excel บนเว็บ";
    await page.getByText(old).first().waitFor();
    const before = await sheets(page);
    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    await page.waitForFunction((text) => document.body.innerText.split(text).length > 2, old);
    expect(await sheets(page)).toEqual(before);
    await shot(page, "13-old-excel");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("runs in English when Office does, badges and glance included", async () => {
    const { page, errors } = await open("?lang=en-US");
    await page.getByTestId("glance-figures").waitFor();
    expect(await page.getByTestId("glance-figures").innerText()).toMatch(/Projects\s+\d+/);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByTestId("check-result").waitFor();
    expect(["Done", "Has errors"]).toContain(await badge(page, STEP.check).innerText());
    await shot(page, "14-english");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
