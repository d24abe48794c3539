/**
 * The plan book in the built pane, in headless Chromium over the fake Excel with a sample plan:
 * an emblem chosen through the real file input (a PNG built here by hand) shows as a thumbnail,
 * สร้างบัญชี ผด. writes the book and lists its parts in print order with their pages, the emblem is
 * still there after the pane reloads (kept in the document's add-in settings) and serves the
 * ribbon's button too, a file that is no picture is told in Thai, and the emblem can be removed.
 * The step passes axe in each of these states.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { LOGO_SETTING } from "../../src/host/bookLogo";
import { pngBytes } from "../host/pictureBytes";
import { screenshot, usePane } from "./browser";
import "./pageGlobals";
import { samplePlanSeed } from "./seeds";

const AXE = require.resolve("axe-core/axe.min.js");
const SEED = samplePlanSeed();
const STEP = '[role="region"][aria-label="สร้างบัญชี ผด."]';
const BOOK_ORDER = ["cover", "announcement", "foreword", "contents", "intro", "pd01", "pd02", "pd021"];

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), "opplan-logo-")), name);
  writeFileSync(path, bytes);
  return path;
}

/** axe over the generate step: its serious and critical violations. */
async function axeOn(page: Page): Promise<string[]> {
  // let Fluent's enter transitions finish, so colours are measured at rest
  await page.waitForTimeout(400);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [[sel]], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, STEP);
}

/** The parts as listed: their keys and their lines. */
async function partsShown(page: Page): Promise<{ keys: (string | null)[]; lines: string[] }> {
  const items = page.getByTestId("book-part");
  return { keys: await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-part"))), lines: (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()) };
}

describe("the plan book in headless Chromium", () => {
  const pane = usePane();
  const open = (query = "") => pane.open({ query, seed: SEED, ready: /^สร้างบัญชี ผด\.$/, height: 1600 });

  it("takes an emblem, builds the book listing its parts and pages, keeps the emblem over a reload and for the ribbon", async () => {
    const { page, errors } = await open();
    const step = page.locator(STEP);
    const logo = step.getByRole("group", { name: "ตราสัญลักษณ์ (ไม่บังคับ)" });
    await logo.getByText("ยังไม่ได้เลือกตรา ปกและประกาศจะพิมพ์โดยไม่มีตรา").waitFor();
    expect(await axeOn(page)).toEqual([]);

    await page.getByTestId("logo-file").setInputFiles(file("ตรา อบต.png", pngBytes(240, 240, { rgb: [0x1f, 0x4e, 0x9a] })));
    const preview = logo.getByRole("img", { name: "ตราสัญลักษณ์ที่เลือก จากไฟล์ “ตรา อบต.png”" });
    await preview.waitFor();
    // the browser decoded the picture: the thumbnail is the file itself
    expect(await preview.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight])).toEqual([true, 240, 240]);
    expect(await logo.innerText()).toContain("240×240 พิกเซล");
    const saved = await page.evaluate((key) => window.__opplan.documentSettings.saved()[key] as { fileName: string } | undefined, LOGO_SETTING);
    expect(saved?.fileName).toBe("ตรา อบต.png");
    expect(await axeOn(page)).toEqual([]);

    await step.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).click();
    await page.getByTestId("generate-outcome").getByText(/^สร้างเล่มแผนแล้ว \d+ ชีต$/).waitFor();
    const shown = await partsShown(page);
    expect(shown.keys).toEqual(BOOK_ORDER);
    expect(shown.lines[2]).toMatch(/^คำนำ · หน้า ก/);
    expect(shown.lines[4]).toMatch(/^ส่วนที่ 1 บทนำ · หน้า 1(–\d+)?$/);
    // the forms number on from ส่วนที่ 1
    expect(shown.lines[5]).toMatch(/ผด\.01.* · หน้า \d+/);
    expect(await step.getByRole("heading", { name: "เล่มแผนตามลำดับที่พิมพ์" }).count()).toBe(1);
    const sheets = await page.evaluate(() => window.__opplan.fake.workbook.sheets.map((s) => s.name));
    expect(sheets.slice(-3)).toEqual(["ผด.01", "ผด.02", "ผด.02-1"]);
    await screenshot(step, "book-1-done.png");
    expect(await axeOn(page)).toEqual([]);

    // The pane reloads over the same workbook: the emblem is read back from the document's settings.
    await page.reload();
    await page.getByRole("button", { name: "สร้างบัญชี ผด.", exact: true }).waitFor();
    await preview.waitFor();
    const completed = await page.evaluate(async () => {
      let done = false;
      await window.__opplan.handlers.generateForms({ completed: () => (done = true) });
      return done;
    });
    expect(completed).toBe(true);
    await page.getByTestId("generate-result").getByText("ผลจากปุ่ม “สร้างบัญชี ผด.” บนริบบอน").waitFor();
    expect((await partsShown(page)).keys).toEqual(BOOK_ORDER);
    await screenshot(step, "book-2-ribbon.png");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells a file that is no picture in Thai, and removes the emblem, for good", async () => {
    const { page, errors } = await open();
    const step = page.locator(STEP);
    await page.getByTestId("logo-file").setInputFiles(file("ตรา.png", pngBytes(64, 64)));
    await page.getByTestId("logo-preview").waitFor();
    // a small picture is taken, with a word on its print
    await page.getByTestId("logo-small").getByText(/^รูปเล็ก \(64×64 พิกเซล\)/).waitFor();

    await page.getByTestId("logo-file").setInputFiles(file("ประกาศ.png", "นี่ไม่ใช่รูป\n".repeat(50)));
    const refused = page.getByTestId("logo-refused");
    await refused.waitFor();
    expect(await refused.innerText()).toBe("ไฟล์ “ประกาศ.png” ไม่ใช่รูป PNG หรือ JPEG จึงใช้เป็นตราไม่ได้ เลือกไฟล์ .png หรือ .jpg ยังใช้ตราเดิม “ตรา.png”");
    await screenshot(step, "book-3-refused.png");
    expect(await axeOn(page)).toEqual([]);

    const remove = step.getByRole("button", { name: "เอาตราออก" });
    await remove.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("logo-none").waitFor();
    expect(await page.getByTestId("logo-preview").count()).toBe(0);
    // the focus stays in the step, on the button that chooses again
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("เลือกรูปตรา…");
    expect(await page.evaluate((key) => key in window.__opplan.documentSettings.saved(), LOGO_SETTING)).toBe(false);
    await page.reload();
    await page.getByTestId("logo-none").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
