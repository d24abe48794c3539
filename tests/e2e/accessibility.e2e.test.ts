import type { Page } from "playwright-core";
import { OWN_CHANGE_GRACE_MS } from "../../src/host/runWindows";
import { axeViolations, isSerious, type Violation } from "./axe";
import { screenshot, usePane } from "./browser";
import { focused, tabTo } from "./keyboard";
import "./pageGlobals";
import { classified, setting, sheets } from "./probes";
import { samplePlanSeed } from "./seeds";

/** A sample plan with every third project not yet classified, so that every step has something to show. */
const SEED = samplePlanSeed({ unclassifiedEvery: 3 });

/** Runs axe-core over the whole page; prints the moderate and minor violations, returns the serious and critical ones. */
async function scan(page: Page, state: string): Promise<Violation[]> {
  // let Fluent's enter transitions finish, so the picture and the colours are at rest
  await page.waitForTimeout(400);
  await screenshot(page, `a11y-${state}.png`);
  const violations = await axeViolations(page, 0);
  const lesser = violations.filter((v) => !isSerious(v));
  if (lesser.length > 0)
    console.log(`${state}: ${lesser.map((v) => `${v.impact} ${v.id} (${v.help}) × ${v.nodes.length}: ${v.nodes.map((n) => n.target).join(", ")}`).join("\n")}`);
  return violations.filter(isSerious);
}

/** "H5" → zero-based row 4, column 7. */
function rowCol(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return [Number(m[2]) - 1, [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

/** One cell's value in the fake workbook, by A1 address. */
const cellValue = (page: Page, sheet: string, address: string) =>
  page.evaluate(([name, [r, c]]) => window.__opplan.fake.workbook.find(name)?.cell(r, c)?.value ?? null, [sheet, rowCol(address)] as const);

/** Waits until a cell of the fake workbook holds `want`. */
const cellBecomes = (page: Page, sheet: string, address: string, want: unknown) =>
  page.waitForFunction(([name, [r, c], v]) => window.__opplan.fake.workbook.find(name)?.cell(r, c)?.value === v, [sheet, rowCol(address), want] as const);

/** Types into B6 of ผด.02 as the user would: the sheet now counts as edited by hand. */
const editByHand = (page: Page) =>
  page.evaluate(() => {
    window.__opplan.fake.workbook.find("ผด.02")!.ensureCell(5, 1).value = "แก้ด้วยมือ";
  });
const b6 = (page: Page) => cellValue(page, "ผด.02", "B6");

async function badgeReads(page: Page, step: number, text: string): Promise<void> {
  await page.waitForFunction(([id, want]) => document.querySelector(`[data-testid="step-state-${id}"]`)?.textContent === want, [step, text] as const);
}

/** Whether the focused element lies inside the element `selector` picks. */
const focusWithin = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector(sel)?.contains(document.activeElement) ?? false, selector);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Fails with every state's serious and critical violations listed. */
function expectNoSerious(found: Record<string, Violation[]>): void {
  for (const [state, list] of Object.entries(found)) if (list.length > 0) console.log(`${state}:\n${JSON.stringify(list, null, 2)}`);
  expect(Object.fromEntries(Object.entries(found).map(([state, list]) => [state, list.map((v) => `${v.impact} ${v.id}`)]))).toEqual(
    Object.fromEntries(Object.keys(found).map((state) => [state, []])),
  );
}

const STALE = "ข้อมูลเปลี่ยน ต้องทำใหม่";
const OLD_EXCEL = "Excel รุ่นนี้เก่าเกินไป OpPlan ต้องใช้ Excel 2019 ขึ้นไป, Microsoft 365 หรือ Excel บนเว็บ";

/**
 * Every step and state of the pane under axe-core (the steps in order; then a failed run, the settings
 * form, a run under way and cancelled, an out-of-date badge, the replace question, an Excel too old),
 * and each kind of action with the keyboard alone (Tab to reach, Enter, Space and arrows to act, no
 * mouse), in headless Chromium.
 */
describe("accessibility in headless Chromium", () => {
  const pane = usePane();
  const open = (query = "") => pane.open({ query, seed: SEED, ready: /^สร้างบัญชี ผด\.$/, height: 1000 });

  it("has no serious or critical axe-core violation at any step", async () => {
    const { page, errors } = await open();
    const found: Record<string, Violation[]> = {};
    found.initial = await scan(page, "1-initial");

    await page.getByRole("button", { name: "สร้างแม่แบบ", exact: true }).click();
    await page.getByTestId("sheets-existing").waitFor();
    found.template = await scan(page, "2-template");

    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("check-result").waitFor();
    expect(await page.getByTestId("finding-group").count()).toBeGreaterThan(0);
    found.check = await scan(page, "3-check");

    await page.getByRole("button", { name: "จัดหมวดหมู่", exact: true }).click();
    await page.getByTestId("classify-result").waitFor();
    expect(await page.getByTestId("classification").count()).toBeGreaterThan(0);
    expect(await page.getByRole("combobox").count()).toBeGreaterThan(0);
    found.classify = await scan(page, "4-classify");

    const dropdown = page.getByRole("combobox").first();
    await dropdown.click();
    await page.getByRole("listbox").waitFor();
    found.dropdown = await scan(page, "5-dropdown-open");
    await page.keyboard.press("Escape");
    await page.getByRole("listbox").waitFor({ state: "detached" });

    await page.getByRole("button", { name: "ยอมรับทั้งหมดที่มั่นใจ" }).click();
    await page.getByTestId("classify-outcome").getByText(/บันทึกแล้ว/).waitFor();
    found.classifyApplied = await scan(page, "6-classify-applied");

    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    await page.getByTestId("generate-outcome").getByText(/สร้างเล่มแผนแล้ว/).waitFor();
    found.generate = await scan(page, "7-generate");

    await page.getByRole("button", { name: "ดูกำหนดเวลา", exact: true }).click();
    await page.getByTestId("announce-timetable").waitFor();
    found.announceDates = await scan(page, "8-announce-dates");

    await page.getByRole("button", { name: "ประกาศ", exact: true }).click();
    await page.getByTestId("announce-done").waitFor();
    found.announce = await scan(page, "9-announce");

    expectNoSerious(found);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("has none in the states the newer parts add: a failed run, settings edited and invalid, a settings conflict, a run under way, cancelled, out of date, the replace question", async () => {
    const { page, errors } = await open();
    const found: Record<string, Violation[]> = {};

    // ตรวจสอบ failed by an Office error in one of its syncs (first, while nothing else reads the workbook)
    await page.getByTestId("glance-figures").waitFor();
    await page.evaluate(() => {
      const tooBig = Object.assign(new Error("Payload too large"), { code: "RequestPayloadSizeLimitExceeded", name: "RichApi.Error" });
      window.__opplan.fake.failOnSync(2, tooBig);
    });
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    // the error bar of the step (its badge's reason says it too)
    await page
      .getByRole("region", { name: "ตรวจสอบ", exact: true })
      .locator(".fui-MessageBar", { hasText: "ข้อมูลมากเกินกว่าที่ Excel รับได้ในครั้งเดียว ลองแบ่งข้อมูลให้น้อยลง" })
      .waitFor();
    await badgeReads(page, 2, "มีข้อผิดพลาด");
    found.failed = await scan(page, "10-check-failed");

    // ตั้งค่า open, a text edited (the unsaved count shows) and a year out of range (an error on its field)
    await page.getByTestId("settings-header").click();
    await page.getByTestId("setting-signerName").fill("นางสาวทดสอบ ระบบ");
    await page.getByTestId("setting-fiscalYear").fill("3000");
    await page.getByText("แก้ไขแล้ว 2 รายการ ยังไม่ได้บันทึก").waitFor();
    await page.getByText(/กรอกปี พ\.ศ\. ระหว่าง \d+ ถึง \d+/).waitFor();
    expect(await page.getByTestId("setting-fiscalYear").getAttribute("aria-invalid")).toBe("true");
    found.settingsEdited = await scan(page, "11-settings-edited");

    // and one of its lists open
    await page.getByRole("combobox", { name: "เหตุที่ต้องจัดทำ" }).click();
    await page.getByRole("listbox").waitFor();
    found.settingsDropdown = await scan(page, "12-settings-dropdown-open");
    await page.keyboard.press("Escape");
    await page.getByRole("listbox").waitFor({ state: "detached" });

    // saved over a value changed in the sheet since the form was read: the question, with its two buttons
    const signer = (await setting(page, "ผู้ลงนาม"))!;
    await page.evaluate((row) => window.__opplan.fake.userEdit("ตั้งค่า", `B${row}`, [["นายคนอื่น แก้ในชีต"]]), signer.row);
    await page.getByTestId("setting-fiscalYear").fill("2570");
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByTestId("settings-conflicts").waitFor();
    found.settingsConflict = await scan(page, "13-settings-conflict");
    await page.getByRole("button", { name: "ใช้ค่าในชีต (โหลดใหม่)", exact: true }).click();
    await page.getByTestId("settings-conflicts").waitFor({ state: "detached" });
    await page.getByTestId("settings-header").click();

    // สร้างบัญชี ผด. on a slow Excel: the progress bar and ยกเลิก, then the cancelled note
    const start = await sheets(page);
    await page.evaluate(() => window.__opplan.fake.setLatency(300));
    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    const cancel = page.getByRole("button", { name: "ยกเลิก", exact: true });
    await cancel.waitFor();
    await page.getByRole("progressbar", { name: "สร้างบัญชี ผด." }).waitFor();
    found.running = await scan(page, "14-generate-running");
    // still running once scanned: the scan saw the bar and ยกเลิก
    expect(await cancel.count()).toBe(1);
    await cancel.click();
    await page.getByTestId("generate-run-cancelled").getByText("ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน").waitFor();
    await page.evaluate(() => window.__opplan.fake.setLatency(0));
    expect(await sheets(page)).toEqual(start);
    found.cancelled = await scan(page, "15-generate-cancelled");

    // run again, then the user types into a project row: the badge goes out of date
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("check-result").waitFor();
    // past the time in which a change still counts as the run's own
    await page.waitForTimeout(OWN_CHANGE_GRACE_MS + 300);
    await page.evaluate(() => window.__opplan.fake.userEdit("โครงการ", "C6", [[123456]]));
    await badgeReads(page, 2, STALE);
    found.stale = await scan(page, "16-out-of-date");

    // สร้างบัญชี ผด. again over a sheet edited by hand: the alert dialog
    const run = page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true });
    await run.click();
    await page.getByTestId("generate-outcome").getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    await editByHand(page);
    await run.click();
    await page.getByRole("alertdialog").waitFor();
    found.confirmReplace = await scan(page, "17-confirm-replace");
    await page.keyboard.press("Escape");
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    expect(await b6(page)).toBe("แก้ด้วยมือ");

    expectNoSerious(found);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("has none on an Excel without ExcelApi 1.9, at the top and in a step", async () => {
    const { page, errors } = await open("?api=old");
    const found: Record<string, Violation[]> = {};
    await page.getByTestId("old-excel").getByText(OLD_EXCEL).waitFor();
    found.oldExcel = await scan(page, "18-old-excel");
    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    await page.waitForFunction((text) => document.body.innerText.split(text).length > 2, OLD_EXCEL);
    found.oldExcelStep = await scan(page, "19-old-excel-step");
    expectNoSerious(found);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("has none in Office's dark theme: glance, settings, findings, classification, forms and ประกาศ", async () => {
    const { page, errors } = await open("?theme=dark");
    const found: Record<string, Violation[]> = {};
    await page.getByTestId("glance-figures").waitFor();
    // the pane follows Office: a dark page, not a light one
    const background = await page.evaluate(() => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.getByTestId("settings-header").click();
    await page.getByTestId("setting-signerName").waitFor();
    found.darkSettings = await scan(page, "20-dark-settings");
    await page.getByTestId("settings-header").click();
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByTestId("check-result").waitFor();
    await page.getByRole("button", { name: "จัดหมวดหมู่", exact: true }).click();
    await page.getByTestId("classify-result").waitFor();
    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    await page.getByTestId("generate-outcome").getByText(/สร้างเล่มแผนแล้ว/).waitFor();
    await page.getByRole("button", { name: "ประกาศ", exact: true }).click();
    await page.getByTestId("announce-done").waitFor();
    found.darkAll = await scan(page, "21-dark-all-steps");
    expectNoSerious(found);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("runs the main flow with the keyboard alone", async () => {
    const { page, errors } = await open();
    const before = { sheets: await sheets(page), classified: await classified(page) };

    // ตรวจสอบ, then go to a finding's cell
    await tabTo(page, /^ตรวจสอบ$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("check-result").waitFor();
    const selection = () => page.evaluate(() => window.__opplan.fake.workbook.sheets.map((s) => `${s.name}!${s.selection ?? ""}`).join(","));
    const selectedBefore = await selection();
    const finding = await tabTo(page, /เซลล์ [A-Z]+\d+:/);
    expect(finding.role).toBe("button");
    await page.keyboard.press("Enter");
    await page.waitForFunction((was) => window.__opplan.fake.workbook.sheets.map((s) => `${s.name}!${s.selection ?? ""}`).join(",") !== was, selectedBefore);
    const cell = /เซลล์ ([A-Z]+\d+):/.exec(finding.name)![1];
    expect(await selection()).toContain(`!${cell}`);
    expect(await page.locator("*:focus").getAttribute("aria-current")).toBe("true");

    // จัดหมวดหมู่, then accept the confident decisions (with Space, the other key of a button)
    await tabTo(page, /^จัดหมวดหมู่$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("classify-result").waitFor();
    await tabTo(page, /^ยอมรับทั้งหมดที่มั่นใจ$/);
    await page.keyboard.press("Space");
    await page.getByTestId("classify-outcome").getByText(/บันทึกแล้ว/).waitFor();
    expect(await classified(page)).toBeGreaterThan(before.classified);

    // สร้างบัญชี ผด.
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("generate-outcome").getByText(/สร้างเล่มแผนแล้ว/).waitFor();
    expect((await sheets(page)).slice(before.sheets.length)).toEqual(["ปก", "ประกาศ", "คำนำ", "สารบัญ", "ส่วนที่ 1", "ผด.01", "ผด.02", "ผด.02-1"]);
    await screenshot(page, "a11y-keyboard-done.png");
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("edits ตั้งค่า with the keyboard alone: a dropdown, a date part on its native select, a date cleared, a text, a switch, saved with Enter and written back", async () => {
    const { page, errors } = await open();
    const before = { announce: (await setting(page, "วันที่ประกาศแผน"))?.value, digits: (await setting(page, "ใช้เลขไทย"))?.value };
    expect(typeof before.announce).toBe("number");
    expect(before.digits).toBe("ไม่ใช่");

    // the accordion opens with Enter and keeps the focus
    expect(await tabTo(page, /^ตั้งค่าแผน$/)).toEqual({ role: "button", name: "ตั้งค่าแผน" });
    await page.keyboard.press("Enter");
    await page.getByTestId("setting-signerName").waitFor();
    expect(await page.locator("*:focus").getAttribute("aria-expanded")).toBe("true");

    // a Fluent Dropdown: Enter opens it, ArrowDown and Enter choose
    const orgType = (await setting(page, "ประเภท อปท."))?.value;
    expect(await tabTo(page, /^ประเภท อปท\.$/)).toEqual({ role: "combobox", name: "ประเภท อปท." });
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor({ state: "detached" });
    const chosenType = (await page.locator("*:focus").innerText()).trim();
    expect(chosenType).not.toBe(orgType);
    expect(chosenType).not.toBe("");

    // a date part: ArrowDown on the closed native select moves to the next day (Chromium on Linux changes the value in place)
    const day = page.getByTestId("setting-announceDate-day");
    const dayBefore = Number(await day.inputValue());
    expect(dayBefore).toBeLessThan(28);
    expect(await tabTo(page, /^วันที่ประกาศแผน วัน$/)).toEqual({ role: "combobox", name: "วันที่ประกาศแผน วัน" });
    await page.keyboard.press("ArrowDown");
    expect(await day.inputValue()).toBe(String(dayBefore + 1));

    // a date cleared with its ล้าง button: the focus stays on it (dimmed now: nothing left to clear)
    expect(await tabTo(page, /^ล้าง วันที่ปิดประกาศ$/)).toEqual({ role: "button", name: "ล้าง วันที่ปิดประกาศ" });
    await page.keyboard.press("Enter");
    await page.getByTestId("setting-postDate-words").getByText("ยังไม่ได้ระบุวันที่").waitFor();
    expect(await page.getByTestId("setting-postDate-day").inputValue()).toBe("");
    expect(await focused(page)).toEqual({ role: "button", name: "ล้าง วันที่ปิดประกาศ" });

    // a text: select what is there and type over it
    expect(await tabTo(page, /^ผู้ลงนาม$/)).toEqual({ role: "textbox", name: "ผู้ลงนาม" });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("นางสาวแป้น พิมพ์ดี");

    // a switch: Space
    expect((await tabTo(page, /^ใช้เลขไทย/)).role).toBe("switch");
    await page.keyboard.press("Space");
    expect(await page.locator("*:focus").isChecked()).toBe(true);
    await page.getByText("แก้ไขแล้ว 5 รายการ ยังไม่ได้บันทึก").waitFor();

    // บันทึก with Enter: written, and the focus stays on the button (now dimmed: nothing left to save)
    expect(await tabTo(page, /^บันทึก$/)).toEqual({ role: "button", name: "บันทึก" });
    await page.keyboard.press("Enter");
    await page.getByTestId("settings-saved").getByText("บันทึกลงชีต “ตั้งค่า” แล้ว 5 รายการ").waitFor();
    expect(await focused(page)).toEqual({ role: "button", name: "บันทึก" });
    expect((await setting(page, "ประเภท อปท."))?.value).toBe(chosenType);
    expect((await setting(page, "วันที่ปิดประกาศ"))?.value ?? "").toBe("");
    expect((await setting(page, "ผู้ลงนาม"))?.value).toBe("นางสาวแป้น พิมพ์ดี");
    expect((await setting(page, "ใช้เลขไทย"))?.value).toBe("ใช่");
    expect((await setting(page, "วันที่ประกาศแผน"))?.value).toBe((before.announce as number) + 1);

    // someone changes ผู้ลงนาม in the sheet meanwhile: the save asks, เขียนทับ answers from the keyboard,
    // and the focus comes back to บันทึก when the question goes away
    const signer = (await setting(page, "ผู้ลงนาม"))!;
    await page.evaluate((row) => window.__opplan.fake.userEdit("ตั้งค่า", `B${row}`, [["นายคนอื่น แก้ในชีต"]]), signer.row);
    expect(await tabTo(page, /^ผู้ลงนาม$/)).toEqual({ role: "textbox", name: "ผู้ลงนาม" });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("นางสาวแป้น พิมพ์สอง");
    await tabTo(page, /^บันทึก$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("settings-conflicts").waitFor();
    expect((await setting(page, "ผู้ลงนาม"))?.value).toBe("นายคนอื่น แก้ในชีต");
    expect(await tabTo(page, /^เขียนทับด้วยค่าในฟอร์ม$/)).toEqual({ role: "button", name: "เขียนทับด้วยค่าในฟอร์ม" });
    await page.keyboard.press("Enter");
    await page.getByTestId("settings-saved").waitFor();
    expect((await setting(page, "ผู้ลงนาม"))?.value).toBe("นางสาวแป้น พิมพ์สอง");
    expect(await focused(page)).toEqual({ role: "button", name: "บันทึก" });
    await screenshot(page.getByTestId("settings-panel"), "a11y-keyboard-settings.png");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("answers the replace question of สร้างบัญชี ผด. with the keyboard alone: focus in the dialog on ยกเลิก, Escape keeps the sheet, แทนที่ replaces it", async () => {
    const { page, errors } = await open();
    const outcome = page.getByTestId("generate-outcome");
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    await outcome.getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    const generated = await b6(page);
    const names = await sheets(page);
    await editByHand(page);

    // Enter on the run: the question takes the focus, on the choice that loses nothing
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await focusWithin(page, '[role="alertdialog"]')).toBe(true);
    expect(await focused(page)).toEqual({ role: "button", name: "ยกเลิก" });
    // Tab stays inside the dialog
    const cycle = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      expect(await focusWithin(page, '[role="alertdialog"]')).toBe(true);
      cycle.push((await focused(page)).name);
    }
    expect(new Set(cycle)).toEqual(new Set(["แทนที่", "ยกเลิก"]));
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await outcome.getByText("ยกเลิกแล้ว ไม่ได้แก้ไขชีตใด").waitFor();
    expect(await b6(page)).toBe("แก้ด้วยมือ");

    // again, ยกเลิก with Enter keeps it too
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    expect(await focused(page)).toEqual({ role: "button", name: "ยกเลิก" });
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await outcome.getByText("ยกเลิกแล้ว ไม่ได้แก้ไขชีตใด").waitFor();
    expect(await b6(page)).toBe("แก้ด้วยมือ");

    // and a third time, Tab to แทนที่ and Enter
    await tabTo(page, /^สร้างบัญชี ผด\.$/);
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    expect(await tabTo(page, /^แทนที่$/, 3)).toEqual({ role: "button", name: "แทนที่" });
    await page.keyboard.press("Enter");
    await outcome.getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    expect(await outcome.innerText()).toContain("แทนที่ชีตที่ถูกแก้ไขด้วยมือแล้ว: “ผด.02”");
    expect(await b6(page)).toBe(generated);
    expect(await sheets(page)).toEqual(names);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("chooses a classification from its dropdown with the keyboard alone and writes it with ยืนยันรายการนี้", async () => {
    const { page, errors } = await open();
    await tabTo(page, /^จัดหมวดหมู่$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("classify-result").waitFor();

    // the first แผนงาน still to decide
    const field = await tabTo(page, /^แผนงานของ “.+”$/);
    expect(field.role).toBe("combobox");
    const project = /^แผนงานของ “(.+)”$/.exec(field.name)![1];
    const key = await page.getByTestId("classification").filter({ has: page.locator("*:focus") }).getAttribute("data-key");
    const row = page.locator(`[data-testid="classification"][data-key="${key}"]`);
    const plan = row.locator('[data-field="แผนงาน"]');
    const cell = /จะบันทึกที่ ([A-Z]+\d+)/.exec(await plan.innerText())![1];
    const shown = () => page.locator("*:focus").innerText();
    const was = await shown();

    await page.keyboard.press("Alt+ArrowDown");
    await page.getByRole("listbox").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor({ state: "detached" });
    const chosen = (await shown()).trim();
    expect(chosen).not.toBe(was.trim());
    expect(chosen).not.toBe("");
    expect((await focused(page)).name).toBe(field.name);
    expect(await plan.innerText()).toContain("คุณเลือกเอง");
    expect(await cellValue(page, "โครงการ", cell)).not.toBe(chosen);

    expect(await tabTo(page, new RegExp(`^ยืนยันรายการนี้: ${escapeRe(project)}$`), 5)).toMatchObject({ role: "button" });
    await page.keyboard.press("Enter");
    await cellBecomes(page, "โครงการ", cell, chosen);
    await plan.getByText(`บันทึกแล้วที่ ${cell}`).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("reaches the glance's refresh button by its name and reads the workbook again with Enter, keeping the focus", async () => {
    const { page, errors } = await open();
    const glance = page.getByTestId("glance-figures");
    await glance.getByText("พ.ศ.\u00a02570").waitFor();
    // a change the pane is not told of (no event): only a refresh shows it
    await page.evaluate(() => {
      const s = window.__opplan.fake.workbook.find("ตั้งค่า")!;
      for (let r = 0; r < 60; r++) if (s.cell(r, 0)?.value === "ปีงบประมาณ") s.ensureCell(r, 1).value = 2571;
    });
    await page.evaluate(() => window.__opplan.fake.setLatency(300));
    expect(await tabTo(page, /^อ่านข้อมูลแผนจากสมุดงานใหม่$/, 3)).toEqual({ role: "button", name: "อ่านข้อมูลแผนจากสมุดงานใหม่" });
    await page.keyboard.press("Enter");
    await glance.getByText("พ.ศ.\u00a02571").waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="plan-glance"]')?.getAttribute("aria-busy") === "false");
    expect(await focused(page)).toEqual({ role: "button", name: "อ่านข้อมูลแผนจากสมุดงานใหม่" });
    await page.evaluate(() => window.__opplan.fake.setLatency(0));
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
